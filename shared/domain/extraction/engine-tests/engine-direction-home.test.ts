import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: the economy of the document', () => {
  it('takes the partner from the document when the sentence names one side only', () => {
    const text =
      'La Belgique et la Tunisie ont signé un accord. Les ministres belges et tunisiens se sont réunis à Tunis avec des entreprises tunisiennes. ' +
      'En 2023, leurs échanges commerciaux ont atteint 1,1 milliard de dollars.';
    expect(extract(text, 'fr')).toEqual([
      expect.objectContaining({ metric: 'bilateral_trade', from: 'BE', to: 'TN', period: '2023' }),
    ]);
  });

  it('gives a flow with no economy of its own, under a title naming the pair, that pair', () => {
    const text =
      'Pérou-Chili : les échanges progressent\n\nLes exportations ont atteint 3 milliards de dollars en 2024, selon les douanes.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'CL', 3e9],
    ]);
  });

  it('continues the direction the document states most often for a flow that names no partner', () => {
    const text =
      'Les exportations du Portugal vers le Brésil ont atteint 2 milliards d’euros en 2022. Les exportations portugaises vers le Brésil ont progressé de 4 %. ' +
      'Les exportations de la région Nord vers Sao Paulo ont atteint 300 millions d’euros.\n\nLes exportations de vins ont atteint 150 millions d’euros en 2022.';
    const wine = extract(text, 'fr').find((f) => f.value === 1.5e8);
    expect([wine?.from, wine?.to]).toEqual(['PT', 'BR']);
  });

  it('gives an amount without partner the usual direction of a like magnitude', () => {
    const text =
      "Les exportations de la Wallonie ont atteint 50 milliards d'euros en 2022. Les exportations wallonnes vers le Sénégal ont atteint 90 millions d'euros en 2022. Les exportations wallonnes vers le Sénégal ont progressé de 4 % en 2022.\n\n" +
      "L'objectif est d'atteindre 55 milliards d'euros d'exportations d'ici 2026.";
    expect(extract(text, 'fr').at(-1)).toMatchObject({
      kind: 'target',
      from: 'BE-WAL',
      to: 'WORLD',
      value: 55e9,
    });
  });

  it('gives a flow of one side of the pair the document speaks of the other side', () => {
    const text =
      'De handel tussen Chili en Peru bereikte in 2022 4 miljard dollar. De Chileense uitvoer steeg met 8 procent tot 2,5 miljard dollar.';
    expect(
      extract(text, 'nl')
        .slice(1)
        .map((f) => [f.from, f.to]),
    ).toEqual([
      ['CL', 'PE'],
      ['CL', 'PE'],
    ]);
  });

  it('gives a text that names no economy the one of its statistics office or its only currency', () => {
    const office = extract(
      "À fin mai 2024, les exportations de biens ont atteint 120 milliards d'euros, selon la Banque nationale de Belgique.",
      'fr',
    );
    const currency = extract('Exports rose 4.2% to ¥9.1 trillion in 2023, the ministry said.', 'en');
    expect(office.map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['exports', 'BE', 'WORLD', '2024-01/2024-05'],
    ]);
    expect(currency.map((f) => [f.measure, f.from, f.to])).toEqual([
      ['growth', 'JP', 'WORLD'],
      ['value', 'JP', 'WORLD'],
    ]);
  });

  it('reads a foreign-trade story in a home currency as the home economy’s trade with the world', () => {
    const text =
      "Échanges extérieurs : les chiffres à fin juin\n\nLes importations de biens se sont établies à 300 MMDH à fin juin 2024. Par partenaire, l'Espagne reste le premier client du Royaume marocain avec 40 MMDH d'achats. La France suit avec 35 MMDH. Côté fournisseurs, la Chine occupe la deuxième place, avec des livraisons de 45 MMDH.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'value', 'MA', 'WORLD', 300e9],
      ['exports', 'rank', 'MA', 'ES', 1],
      ['exports', 'value', 'MA', 'ES', 40e9],
      ['exports', 'value', 'MA', 'FR', 35e9],
      ['imports', 'rank', 'MA', 'CN', 2],
      ['imports', 'value', 'MA', 'CN', 45e9],
    ]);
  });

  it("reads a text that quotes a statistics office as reporting that office's economy's trade (nl)", () => {
    // Prepare
    const text =
      'Minder export naar Azië\n\nIn 2019 is de waarde van de goederenuitvoer naar Azië met 9 procent afgenomen. Vooral de verkoop aan Japan en Vietnam liep terug. Dat meldt het CBS.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([['NL', 'ASIA', -9]]);
  });

  it('reads the firms\' economy as the reporter and "the Vietnam-Kenya trade deficit" as Vietnam\'s (nl, en)', () => {
    // Prepare
    const dutch =
      'In 2018 exporteerden bedrijven in Portugal voor 2,7 miljard euro aan producten naar Chili.';
    const english =
      'Although exports to Kenya grew by 2.2%, the Vietnam-Kenya trade deficit still rose by 4.1% to $1.7 billion in May 2018.';
    // Act
    const figures = [...extract(dutch, 'nl'), ...extract(english, 'en')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PT', 'CL', 2.7e9],
      ['exports', 'VN', 'KE', 2.2],
      ['trade_balance', 'VN', 'KE', 4.1],
      ['trade_balance', 'VN', 'KE', -1.7e9],
    ]);
  });

  it('reads "het Vlaamse Gewest" as the region that reports its share of its country\'s exports (nl)', () => {
    // Prepare
    const text =
      'De Waalse uitvoer steeg in 2016.\nMet ongeveer 58% van de inwoners was het Vlaamse Gewest in 2016 goed voor 81,2% van de totale Belgische uitvoer.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toContainEqual(['BE-VLG', 'WORLD', 81.2]);
  });

  it('gives flows with no partner of their own the pair the story opens on, a continent included (fr)', () => {
    // Prepare
    const text =
      'Les échanges entre le Chili et le continent asiatique ont progressé en 2018. Le Chili effectue 64% de ces échanges avec quatre pays seulement.\n\nLes exportations chiliennes ont enregistré une hausse de 7,2% à 41 milliards de dollars.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.filter((f) => f.metric === 'exports').map((f) => [f.from, f.to, f.value])).toEqual([
      ['CL', 'ASIA', 7.2],
      ['CL', 'ASIA', 41e9],
    ]);
  });

  it('reads no party in the economy that owns a long-named statistics agency quoted after a figure', () => {
    const text =
      "Investment by Qatari firms in Kenya climbed to $2 billion in 2022, up 50 per cent from $1.3 billion in the same period a year ago, Kenya's Central Agency for Trade Statistics said in a statement.";
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['fdi', 'QA', 'KE', 2e9],
      ['fdi', 'QA', 'KE', 50],
      ['fdi', 'QA', 'KE', 1.3e9],
    ]);
  });

  it("reads the economy in a statistics office's name as the text's home, never as a partner (en, fr)", () => {
    // Prepare
    const english =
      'Exports rose to $5 billion in 2023, according to the Kenya National Bureau of Statistics.';
    const french =
      "Les exportations ont atteint 5 milliards de dollars en 2023, selon l'Agence nationale de la statistique du Sénégal.";
    const partner =
      'Exports to Uganda rose to $5 billion in 2023, according to the Kenya National Bureau of Statistics.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(french, 'fr'), ...extract(partner, 'en')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['KE', 'WORLD', 5e9],
      ['SN', 'WORLD', 5e9],
      ['KE', 'UG', 5e9],
    ]);
  });

  it("takes a heading's one economy as the text's home, and 'l'île' for it", () => {
    // Prepare
    const text =
      "Bilan 2023 - Maurice\n\nL'Inde reste le premier fournisseur de l'île, avec 1,2 milliard de dollars de marchandises livrées.";
    const partnerHeading =
      'Import uit Peru stijgt\n\nNederland voerde in 2023 voor 2 miljard euro in uit Peru. De totale invoer steeg met 4 procent.';
    // Act
    const figures = extract(text, 'fr');
    const dutch = extract(partnerHeading, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['imports', 'rank', 'MU', 'IN'],
      ['imports', 'value', 'MU', 'IN'],
    ]);
    expect(dutch.map((f) => [f.from, f.to])).toEqual([
      ['NL', 'PE'],
      ['NL', 'WORLD'],
    ]);
  });

  it("gives the home's flow with the world to a flow naming no economy, after the partner's flows into it", () => {
    // Prepare
    const text =
      "Bilan commercial 2023 - Le Kenya\nLe Pérou demeure le premier fournisseur du Kenya, avec 2 milliards d'euros de marchandises livrées au Kenya (+9 % par rapport à 2022).\nLes exportations de marchandises ont atteint 300 millions d'euros en 2023, en hausse de 6 % sur 2022.";
    // (a heading that names the partner, whose own flows the text never states, is no home)
    const partnerHeading =
      "Fiche pays Kenya\nLes exportations péruviennes à destination du Kenya ont atteint 400 millions d'euros en 2023.\nPrincipaux produits exportés :\n- Cuivre : 120 millions d'euros";
    // Act
    const figures = extract(text, 'fr');
    const partner = extract(partnerHeading, 'fr');
    // Assess
    expect(figures.slice(-2).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'WORLD', 3e8],
      ['exports', 'KE', 'WORLD', 6],
    ]);
    expect(partner.map((f) => [f.from, f.to])).toEqual([
      ['PE', 'KE'],
      ['PE', 'KE'],
    ]);
  });

  it('reads "nos importations" as the country whose adjective owns a flow in the same sentence, whoever is named later', () => {
    const text =
      'En 2023, les exportations françaises vers le Vietnam se sont élevées à 1,8 milliard d’euros, tandis que nos importations en provenance de ce pays atteignaient 11,2 milliards. Le Vietnam est notre deuxième partenaire commercial en ASEAN, derrière Singapour.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'value', 'FR', 'VN'],
      ['imports', 'value', 'FR', 'VN'],
      ['bilateral_trade', 'rank', 'FR', 'VN'],
    ]);
  });

  it('reads a fact sheet under a headline joining a pair by a dash: each bulleted line its own figure, the total the pair’s', () => {
    const en =
      'Kenya–Netherlands trade: key figures (2023)\n\n• Total trade: €1.2 billion (+6%)\n• Kenyan exports to the Netherlands: €780 million\n• Dutch exports to Kenya: €420 million';
    expect(extract(en, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'value', 'KE', 'NL', 1.2e9],
      ['bilateral_trade', 'growth', 'KE', 'NL', 6],
      ['exports', 'value', 'KE', 'NL', 780e6],
      ['exports', 'value', 'NL', 'KE', 420e6],
    ]);
    const fr =
      "Maroc – Belgique : chiffres clés 2023\n\n- Échanges commerciaux : 4,6 milliards d'euros\n- Exportations belges vers le Maroc : 2,8 milliards d'euros\n- Importations belges en provenance du Maroc : 1,8 milliard d'euros\n- Solde commercial : +1 milliard d'euros en faveur de la Belgique";
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'BE', 'MA', 4.6e9],
      ['exports', 'BE', 'MA', 2.8e9],
      ['imports', 'BE', 'MA', 1.8e9],
      ['trade_balance', 'BE', 'MA', 1e9],
    ]);
  });
});
