import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: the parties of a rank', () => {
  it('reads a rank: the market is `to`, the ranking economy `from` (nl)', () => {
    const figures = extract(
      'Japan is vandaag de 12de exportmarkt van Wallonië, met een uitvoer van 2,5 miljard euro in 2019.',
      'nl',
    );
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'exports',
        measure: 'rank',
        from: 'BE-WAL',
        to: 'JP',
        value: 12,
        unit: 'rank',
        period: '2019',
      }),
      expect.objectContaining({
        metric: 'exports',
        measure: 'value',
        from: 'BE-WAL',
        to: 'JP',
        value: 2.5e9,
        unit: 'EUR',
        period: '2019',
      }),
    ]);
  });

  it('records a supplier rank as imports of the ranking economy', () => {
    const figures = extract('La Chine est devenue le deuxième fournisseur du Sénégal en 2020.', 'fr');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        measure: 'rank',
        from: 'SN',
        to: 'CN',
        value: 2,
        period: '2020',
      }),
    ]);
  });

  it('gives an investor rank to the investor', () => {
    const figures = extract(
      'En 2022, les Émirats arabes unis étaient le premier investisseur au Sénégal.',
      'fr',
    );
    expect(figures).toEqual([
      expect.objectContaining({ metric: 'fdi', measure: 'rank', from: 'AE', to: 'SN', value: 1 }),
    ]);
  });

  it('reads a rank among investors "dans le pays", and a stock that "dépassait" an amount', () => {
    const text =
      "Le stock d'investissements chiliens au Pérou dépassait 1,5 milliard d'euros fin 2024, ce qui place le Chili au 8e rang des investisseurs étrangers dans le pays.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.bound])).toEqual([
      ['fdi', 'value', 'CL', 'PE', 1.5e9, 'gt'],
      ['fdi', 'rank', 'CL', 'PE', 8, 'eq'],
    ]);
  });

  it('leaves out the economy ranked ahead ("de tweede grootste afnemer, na India")', () => {
    const text = 'Peru blijft de tweede grootste afnemer van Chileense koper, na China.';
    expect(extract(text, 'nl', '2025-04').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'PE', 2],
    ]);
  });

  it("reads an exporter's rank as its exports to the world, and a sector's as no rank", () => {
    // Prepare
    const text =
      'In 2021, Chile was the 9th largest exporter of fruit in the world. ' +
      'The mining sector remained the country’s top exporter, with sales of $40 billion.';
    // Act
    const figures = extract(text, 'en').filter((f) => f.measure === 'rank');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'CL', 'WORLD', 9, '2021'],
    ]);
  });

  it('leaves out the economy a rank was taken from, and keeps a headline rank apart from an older one', () => {
    // Prepare
    const text =
      "Peru remains Kenya's top trade partner\n\nKenya's exports to Peru rose 4% in 2023. " +
      "Peru, which overtook Chile as Kenya's main trade partner in 2015, accounted for 18% of Kenya's trade.";
    // Act
    const ranks = extract(text, 'en').filter((f) => f.measure === 'rank');
    // Assess
    expect(ranks.map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['bilateral_trade', 'KE', 'PE', 1, '2023'],
      ['bilateral_trade', 'KE', 'PE', 1, '2015'],
    ]);
  });

  it('leaves out the continent of a subset rank and the economy named just ahead, and skips the ranks of a port', () => {
    // Prepare
    const text =
      'De Vlaamse uitvoer naar Peru steeg in 2023. Peru is daarmee na Chili de tweede grootste Zuid-Amerikaanse afzetmarkt voor Vlaanderen. Peru is ook de vierde Amerikaanse handelspartner van de haven.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'BE-VLG', 'PE', 2]]);
  });

  it('reads a rank among the clients of an economy, which is not a subset', () => {
    const figures = extract(
      'En 2022, la Tunisie occupait la 27e place parmi les clients de la France.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'rank', 'FR', 'TN', 27],
    ]);
  });

  it('leaves out the economies a rank is measured against, and reads a market share as imports', () => {
    const figures = extract(
      "En 2023, la Turquie était le quatrième fournisseur de l'Algérie, derrière la Chine et la France, avec une part de marché de 6,1 %.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'DZ', 'TR', 4],
      ['imports', 'share', 'DZ', 'TR', 6.1],
    ]);
  });

  it('reads a rank among non-European investors without Europe as a party, and finds the ranked noun a few words on', () => {
    const figures = extract(
      'En 2022, la Corée du Sud est le deuxième investisseur non européen en Pologne. La Pologne occupe la 40e place dans la liste des clients de la Corée du Sud.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['fdi', 'rank', 'KR', 'PL', 2],
      ['exports', 'rank', 'KR', 'PL', 40],
    ]);
  });

  it('ranks a "source of imports" as the importer’s list', () => {
    const text =
      "In 2023, Peru's imports from Chile rose to $1.1 billion, making Chile Peru's 7th largest source of imports.";
    expect(extract(text, 'en').at(-1)).toMatchObject({
      metric: 'imports',
      measure: 'rank',
      from: 'PE',
      to: 'CL',
      value: 7,
    });
  });

  it('records a rank within a continent named at the start of the sentence', () => {
    const text =
      'De Chileense uitvoer naar Peru bedroeg in 2023 2,4 miljard dollar. Binnen Zuid-Amerika is Peru de derde belangrijkste klant van Chili.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to])).toEqual([
      ['value', 'CL', 'PE'],
      ['rank', 'CL', 'PE'],
    ]);
  });

  it('reads the industry an investor ranks in as the host’s, and merges a headline rank the body repeats', () => {
    const text =
      "Mines : le Japon, troisième investisseur dans la filière péruvienne\n\nEn 2023, le Japon s'est hissé au rang de troisième investisseur étranger dans l'industrie minière péruvienne.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['fdi', 'JP', 'PE', 3, '2023'],
    ]);
  });

  it('withholds a rank held "for years" ("jarenlang"), and leaves out every economy listed as ranked ahead', () => {
    const text =
      'Chili, dat jarenlang de tweede belangrijkste afzetmarkt voor Peruaans koper was, zakte vorig jaar naar de vierde plaats, na China, de Verenigde Staten en Japan.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['rank', 'PE', 'CL', 4, '2024'],
    ]);
  });

  it("reads a rank whose subject is a pronoun as the previous sentence's economy's, and \"avec un stock d'IDE de\" as the ranked flow", () => {
    const text =
      "La Belgique est le 8e client du Pérou. Elle est aussi le 9e investisseur étranger au Pérou, avec un stock d'IDE de 14,3 milliards de dollars à fin 2024.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'PE', 'BE'],
      ['fdi', 'rank', 'BE', 'PE'],
      ['fdi', 'value', 'BE', 'PE'],
    ]);
  });

  it('ranks a supplier in the list of the economy its goods go into, with the share stated with the rank', () => {
    // Prepare
    const text = "En 2018, l'Inde est le 7ème pays de provenance des biens au Kenya, avec une part de 3,4 %.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'KE', 'IN', 7],
      ['imports', 'share', 'KE', 'IN', 3.4],
    ]);
  });
});

describe('metric: the flow of a rank given to the amounts beside it', () => {
  it('gives sales stated with a supplier rank, and the growth right after them, the rank’s flow', () => {
    const figures = extract(
      "En 2022, la Turquie est devenue le deuxième fournisseur de l'Algérie, avec des ventes de 4 milliards de dollars, en hausse de 11 %.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'DZ', 'TR', 2],
      ['imports', 'value', 'DZ', 'TR', 4e9],
      ['imports', 'growth', 'DZ', 'TR', 11],
    ]);
  });

  it('gives an amount after a rank within a region that rank’s flow', () => {
    const figures = extract(
      "En 2023, l'Inde reste le premier client asiatique du Chili, avec 3 milliards de dollars.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'CL', 'IN'],
      ['exports', 'value', 'CL', 'IN'],
    ]);
  });

  it('gives the part a ranked client absorbs, and its value in brackets, the ranked flow and its sides', () => {
    const text =
      "En 2022, les échanges commerciaux du Maroc avec l'Asie se sont faits surtout avec la Chine, qui reste le premier client du Maroc, puisqu'elle absorbe 12,5 % (4,2 milliards de dollars) de ses ventes.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'rank', 'MA', 'CN', 1],
      ['exports', 'share', 'MA', 'CN', 12.5],
      ['exports', 'value', 'MA', 'CN', 4.2e9],
    ]);
  });

  it('ranks in the role a rank is given in ("en tant que client", "als klant")', () => {
    const fr = extract(
      'En 2022, le Pérou se classe au 30e rang des partenaires commerciaux de la Belgique en tant que client.',
      'fr',
    );
    const nl = extract(
      'In 2022 stond Peru op de 30ste plaats van de handelspartners van België als klant.',
      'nl',
    );
    for (const figures of [fr, nl])
      expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'BE', 'PE', 30]]);
  });

  it('ranks an economy among the world’s traders by a bare position for a flow, the group it is within no party', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en']> = [
      ['Binnen de Europese Unie staat Spanje op de zesde plaats voor uitvoer.', 'nl'],
      ["Au sein de l'Union européenne, l'Espagne occupe la 6e place pour les exportations.", 'fr'],
      ['Within the European Union, Spain holds 6th place for exports.', 'en'],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language).map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['exports', 'rank', 'ES', 'WORLD', 6],
      ]);
    }
  });

  it('gives a position stated for both flows a rank in each', () => {
    const figures = extract(
      'Op wereldvlak staat Spanje zowel voor invoer als voor uitvoer op de 14de plaats.',
      'nl',
    );
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value]).sort()).toEqual([
      ['exports', 'ES', 'WORLD', 14],
      ['imports', 'ES', 'WORLD', 14],
    ]);
  });

  it('reads a partner within a subset that restates the ranking before as that ranking', () => {
    const text =
      'En 2022, la Corée est le 12e fournisseur du Portugal, avec une part de 1,2 %. Il s’agit du 4e partenaire hors UE.';
    const also =
      'En 2022, la Corée est le 12e fournisseur du Portugal. Elle est aussi son premier partenaire commercial.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'PT', 'KR', 12],
      ['imports', 'share', 'PT', 'KR', 1.2],
      ['imports', 'rank', 'PT', 'KR', 4],
    ]);
    expect(extract(also, 'fr').map((f) => [f.metric, f.value])).toEqual([
      ['imports', 12],
      ['bilateral_trade', 1],
    ]);
  });

  it('ranks the subject, not the rivals an aside sets it against', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en']> = [
      [
        "Les ventes du Kenya au Rwanda ont atteint 500 millions de dollars en 2021. Selon ces chiffres, le Kenya figure, après l'Ouganda et devant la Tanzanie, comme deuxième partenaire commercial du Rwanda.",
        'fr',
      ],
      [
        'De Keniaanse uitvoer naar Rwanda bedroeg in 2021 500 miljoen dollar. Met die cijfers staat Kenia, na Oeganda en voor Tanzania, als tweede handelspartner van Rwanda genoteerd.',
        'nl',
      ],
      [
        "Kenya's exports to Rwanda reached $500 million in 2021. By that count Kenya ranks, behind Uganda but ahead of Tanzania, as the second trading partner of Rwanda.",
        'en',
      ],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language).map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['exports', 'value', 'KE', 'RW', 5e8],
        ['bilateral_trade', 'rank', 'KE', 'RW', 2],
      ]);
    }
  });

  it('keeps a first place set in apposition after a rival for that rival', () => {
    const text =
      "En 2021, le Kenya était le deuxième client du Rwanda avec 12 % de ses exportations, loin derrière l'Ouganda, premier client avec 30 %.";
    const first = extract(text, 'fr').find((f) => f.measure === 'rank' && f.value === 1);
    expect([first?.from, first?.to]).toEqual(['RW', 'UG']);
  });

  it("gives the shares in brackets after a rank's rivals to those rivals, in the flow the rank is in", () => {
    const fr =
      "La Chine est le 10e fournisseur du Portugal, avec une part de 1,2 %. Parmi les pays tiers, elle est le troisième fournisseur, derrière la Corée (3,4 %) et l'Inde (2,1 %).";
    expect(
      extract(fr, 'fr')
        .slice(2)
        .map((f) => [f.metric, f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['imports', 'rank', 'PT', 'CN', 3],
      ['imports', 'share', 'PT', 'KR', 3.4],
      ['imports', 'share', 'PT', 'IN', 2.1],
    ]);
    const nl =
      'Nederland neemt 12 procent van de Portugese uitvoer voor zijn rekening en staat op de derde plaats, na Spanje (30 procent) en Frankrijk (20 procent).';
    expect(extract(nl, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['share', 'PT', 'NL', 12],
      ['rank', 'PT', 'NL', 3],
      ['share', 'PT', 'ES', 30],
      ['share', 'PT', 'FR', 20],
    ]);
    // (the ranked one the subject names, the rival taking its place)
    const adjective =
      "Les ventes portugaises vers l'Espagne pèsent 12 % du total en 2019 ; l'Espagne est ainsi le troisième client, derrière la France (30 %) et l'Allemagne (20 %).";
    expect(
      extract(adjective, 'fr')
        .slice(2)
        .map((f) => [f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['share', 'PT', 'FR', 30],
      ['share', 'PT', 'DE', 20],
    ]);
  });

  it('gives the share in brackets after a rival of the sentence the flow of the share the sentence before stated', () => {
    const fr =
      "Le Chili absorbe 1,5 % des ventes du Pérou à l'étranger. Hors d'Amérique, il arrive deuxième, derrière la Chine (4,1 %).";
    const nl =
      'Chili was in 2022 goed voor 1,5% van de Peruaanse uitvoer. Het is de tweede markt buiten Amerika, net na China (4,1%).';
    expect(extract(fr, 'fr').at(-1)).toMatchObject({ metric: 'exports', from: 'PE', to: 'CN', value: 4.1 });
    expect(extract(nl, 'nl').at(-1)).toMatchObject({ metric: 'exports', from: 'PE', to: 'CN', value: 4.1 });
  });

  it('puts a rival after a share in brackets after its partner in the partner’s place, not the owner’s', () => {
    const en = "Peru's exports go mainly to China (50.1%), ahead of Spain (20.4%) and Chile (9.2%).";
    const nl = 'De Peruaanse uitvoer gaat vooral naar China (50,1%), voor Spanje (20,4%).';
    expect(extract(en, 'en').map((f) => [f.from, f.to, f.value])).toEqual([
      ['PE', 'CN', 50.1],
      ['PE', 'ES', 20.4],
      ['PE', 'CL', 9.2],
    ]);
    expect(extract(nl, 'nl').at(-1)).toMatchObject({ from: 'PE', to: 'ES', value: 20.4 });
  });
});

describe('direction: rivals whose names join their words with a particle', () => {
  it('leaves "devant l’Afrique du Sud et le Maroc" out of the rank’s parties', () => {
    const text =
      "Les exportations autrichiennes vers l'Afrique ont atteint 900 millions d'euros en 2023. " +
      "Le Nigeria reste le principal débouché, devant l'Afrique du Sud et le Kenya.";
    const rank = extract(text, 'fr').find((f) => f.measure === 'rank');
    expect(rank).toMatchObject({ metric: 'exports', from: 'AT', to: 'NG', value: 1 });
  });
});
