import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: owners and partners told by nouns and adjectives', () => {
  it('gives the owner of a balance named just before it', () => {
    const figures = extract(
      'In 2022 imports from Vietnam climbed 5% to 40 billion yen, leaving Japan with a surplus of 12 billion yen.',
      'en',
    );
    expect(figures.find((f) => f.metric === 'trade_balance')).toMatchObject({
      from: 'JP',
      to: 'VN',
      value: 12e9,
    });
  });

  it('reads an adjective after a preposition as the origin of goods, not the owner of the flow', () => {
    const reexports = extract(
      'In 2022 exports from Singapore to Kenya, mostly re-exports of Chinese goods, rose 6%.',
      'en',
    );
    const imports = extract(
      'En 2022, les importations ivoiriennes de produits marocains ont augmenté de 9 %.',
      'fr',
    );
    expect(reexports.map((f) => [f.from, f.to])).toEqual([['SG', 'KE']]);
    expect(imports.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'CI', 'MA']]);
  });

  it('does not take a demonym after "to" for the owner of a flow', () => {
    const text =
      "Kenya's imports from Egypt rose 5% in 2022, while its exports to the North African nation reached $400 million.";
    expect(extract(text, 'en').at(-1)).toMatchObject({ from: 'KE', to: 'EG', value: 4e8 });
  });

  it('gives a market share to the subject that holds it and the market it is held in', () => {
    const text = 'En 2023, la Corée du Sud détient une part de marché de 4,1 % au Pérou.';
    expect(extract(text, 'fr')).toEqual([
      expect.objectContaining({ metric: 'imports', measure: 'share', from: 'PE', to: 'KR', value: 4.1 }),
    ]);
  });

  it('reads the economy that "is een afzetmarkt" for another as the partner', () => {
    const text =
      'Peru is voor Chili vooral een afzetmarkt voor machines, die in 2023 ruim een kwart van de uitvoer uitmaken.';
    expect(extract(text, 'nl').map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'PE', 25]]);
  });

  it('reads the balance "de X avec Y" as X’s even when Y "affiche" comes after', () => {
    const text =
      "La balance commerciale du Chili avec le Pérou affiche un excédent de 900 millions de dollars pour l'année 2023.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'CL', 'PE', 900e6],
    ]);
  });

  it('reads the largest investor named as subject as the investor, and foreign investors as the world', () => {
    const text =
      'Chili was vorig jaar de derde grootste buitenlandse investeerder in Peru, goed voor 900 miljoen euro. De Verenigde Staten blijven de grootste investeerder, met 2,1 miljard euro. In totaal trokken buitenlandse investeerders 9 miljard euro aan in Peru.';
    expect(extract(text, 'nl', '2024-04').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['rank', 'CL', 'PE', 3],
      ['value', 'CL', 'PE', 900e6],
      ['rank', 'US', 'PE', 1],
      ['value', 'US', 'PE', 2.1e9],
      ['value', 'WORLD', 'PE', 9e9],
    ]);
  });

  it('gives a surplus "favorable à" an economy to it, and the amount "with a stock of around" after a rank to the rank’s flow', () => {
    const fr = extract(
      'Les échanges entre le Chili et le Pérou ont atteint 4 milliards de dollars en 2023. Le solde est largement favorable au Chili, avec un excédent de 800 millions de dollars.',
      'fr',
    );
    const en = extract(
      'In 2023, Chile was the third largest investor in Peru, with an FDI stock of around $9 billion.',
      'en',
    );
    expect(fr.at(-1)).toMatchObject({ metric: 'trade_balance', from: 'CL', to: 'PE', value: 800e6 });
    expect(en.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['fdi', 'rank', 'CL', 'PE'],
      ['fdi', 'value', 'CL', 'PE'],
    ]);
  });

  it('takes the economy that accounts for a share of a flow whose owner is not named as its partner', () => {
    // Prepare
    const french =
      'Le Pérou a exporté pour 50 milliards de dollars en 2023. La Chine représente 30 % des exportations.';
    const dutch =
      'Peru voerde in 2023 voor 50 miljard euro uit. De lidstaten van de EU zijn goed voor 14 procent van de uitvoer en 12 procent van de invoer.';
    // (a region's share of its country's flow stays the region's)
    const region = 'Flanders accounts for 80% of Belgian exports to Kenya.';
    // Act
    const figures = [...extract(french, 'fr'), ...extract(dutch, 'nl'), ...extract(region, 'en')];
    // Assess
    expect(
      figures.filter((f) => f.measure === 'share').map((f) => [f.metric, f.from, f.to, f.value]),
    ).toEqual([
      ['exports', 'PE', 'CN', 30],
      ['exports', 'PE', 'EU', 14],
      ['imports', 'PE', 'EU', 12],
      ['exports', 'BE-VLG', 'KE', 80],
    ]);
  });

  it("reads 'de' after the importer's adjective on imports as where they come from", () => {
    // Prepare
    const text =
      "Les importations chiliennes de l'UE ont atteint 5,6 milliards de dollars en 2017, soit environ 9 % des importations totales du pays.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['imports', 'value', 'CL', 'EU'],
      ['imports', 'share', 'CL', 'EU'],
    ]);
  });

  it('reads money received "van Peruaanse investeerders" as investment from that economy', () => {
    const text = 'In de eerste helft van 2023 ontving Spanje 2,3 miljard euro van Peruaanse investeerders.';
    expect(extract(text, 'nl')).toEqual([
      expect.objectContaining({ metric: 'fdi', from: 'PE', to: 'ES', value: 2.3e9, unit: 'EUR' }),
    ]);
  });
});

describe('direction: prepositions and the places of a flow', () => {
  it("reads a source after an elided d' (en provenance d'Espagne) as the partner", () => {
    const text =
      "Les exportations péruviennes vers le Chili ont atteint 4 milliards de dollars en 2023, tandis que les importations en provenance d'Équateur ont atteint 2 milliards de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'CL', 4e9],
      ['imports', 'PE', 'EC', 2e9],
    ]);
  });

  it('reads "naar de" before a plural country name as its partner, and exports to countries outside the EU as no flow', () => {
    const text =
      'De Chileense uitvoer daalde in 2024. De uitvoer naar landen buiten de Europese Unie daalde met 4 procent. De uitvoer naar de Filipijnen steeg met 7 procent tot 1,2 miljard dollar.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['growth', 'CL', 'PH', 7],
      ['value', 'CL', 'PH', 1.2e9],
    ]);
  });

  it('reads the economy before ", où" ("Le Japon, où la Wallonie a exporté") as the place traded with', () => {
    const text =
      "Le Pérou, où le Chili a exporté pour 1,3 milliard d'euros en 2024, recule en revanche de 5 %.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'CL', 'PE', 1.3e9],
      ['growth', 'CL', 'PE', -5],
    ]);
  });

  it('reads a region opening its sentence after "in" as the owner of the flow (nl)', () => {
    const text =
      'De Vlaamse uitvoer naar Peru bedroeg vorig jaar 3,9 miljard euro. In Wallonië nemen farmaceutische producten ruim 70 procent van de uitvoer naar Peru voor hun rekening.';
    expect(extract(text, 'nl', '2025-10').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'BE-VLG', 'PE', 3.9e9],
      ['share', 'BE-WAL', 'PE', 70],
    ]);
  });

  it("never pairs an economy with its own country: a region's share of its country's exports is of its trade with the world (nl)", () => {
    // Prepare
    const text = 'In 2018 was het Waalse Gewest goed voor 13,6% van de totale Belgische uitvoer.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'share', 'BE-WAL', 'WORLD', 13.6],
    ]);
  });

  it('reads "to the rest of Asia" as to Asia, and an economy named as an exception ("not including Hong Kong") as no party (en)', () => {
    // Prepare
    const text =
      "Vietnam's exports to the rest of Asia rose 8.4 percent in 2018. Exports to China, not including Hong Kong, climbed 9.7 percent.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['VN', 'ASIA', 8.4],
      ['VN', 'CN', 9.7],
    ]);
  });

  it('reads the place imports come in ("de invoer … in Wallonië") as the importer, not the source (nl)', () => {
    // Prepare
    const text =
      'Wat de invoer van machines in Wallonië betreft, gaat het vooral om pompen (0,8 miljard euro) en motoren (0,6 miljard).';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'BE-WAL', 'WORLD', 0.8e9],
      ['imports', 'BE-WAL', 'WORLD', 0.6e9],
    ]);
  });

  it('reads "an import value in Portugal of …" as Portugal importing (en)', () => {
    // Prepare
    const text =
      "Kenya's exports to Portugal reached €80 million in 2019. Cut flowers account for an import value in Portugal of € 12.5 million.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'PT', 80e6],
      ['imports', 'PT', 'KE', 12.5e6],
    ]);
  });

  it('reads where goods are made ("in Chili gemaakte kunststoffen") as their exporter, not as a partner (nl)', () => {
    // Prepare
    const text =
      'De uitvoer van in Chili gemaakte kunststoffen naar Japan steeg in 2017 tot bijna 0,7 miljard euro.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CL', 'JP', 0.7e9]]);
  });
});

describe('direction: verbs and relative clauses', () => {
  it('reads the host of investment "received by" a country', () => {
    const figures = extract(
      "Les IDE en provenance de Chine ont atteint 2 milliards de dollars en 2021, soit 8 % des flux reçus par l'Égypte.",
      'fr',
    );
    expect(figures.map((f) => [f.measure, f.from, f.to])).toEqual([
      ['value', 'CN', 'EG'],
      ['share', 'CN', 'EG'],
    ]);
  });

  it('gives a part of a pair’s trade ("dont …") the other side of that pair', () => {
    const figures = extract(
      "En 2021, les échanges entre le Chili et le Pérou ont atteint 3 Md$, dont 1,2 Md$ d'exportations chiliennes.",
      'fr',
    );
    expect(figures.at(-1)).toMatchObject({ metric: 'exports', from: 'CL', to: 'PE', value: 1.2e9 });
  });

  it('reads a relative clause’s figure as its own: "la Chine, dont les importations ont dépassé …"', () => {
    const figures = extract(
      'Le Chili pourrait devenir un fournisseur clé de la Chine, dont les importations ont dépassé 2 500 milliards de dollars en 2023.',
      'fr',
    );
    expect(figures[0]).toMatchObject({
      metric: 'imports',
      from: 'CN',
      to: 'WORLD',
      kind: 'actual',
      bound: 'gt',
    });
  });

  it("reads a host that aims to attract another economy's investment", () => {
    const figures = extract(
      "Peru's minister said the country aims to attract $5 billion in Chilean investment by 2030.",
      'en',
    );
    expect(figures[0]).toMatchObject({ metric: 'fdi', from: 'CL', to: 'PE', kind: 'target', period: '2030' });
  });

  it('reads investors who "have committed" an amount as investment, owned by the name before them', () => {
    const text =
      'Peruvian officials say Chilean investors have committed about $2 billion to projects in Peru since 2019.';
    expect(extract(text, 'en', '2024-06').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['fdi', 'CL', 'PE', 2e9, '2019/2024'],
    ]);
  });

  it('keeps the source of "imported … from X and exported …" as the partner of both flows (en)', () => {
    const text =
      'Overall, Chile imported 168 billion yen worth of goods from Peru in 2024 and exported 310 billion yen.';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'CL', 'PE', 168e9],
      ['exports', 'CL', 'PE', 310e9],
    ]);
  });
});

describe('direction: economies compared with, no party', () => {
  it('gives no part in a figure to the economies it is compared with', () => {
    // Prepare
    const text =
      "Avec 2,8 milliards d'euros, le montant des exportations de biens chiliens vers l'UE est supérieur en 2018 à celui de pays comme la Bolivie ou l'Équateur.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'EU', 2.8e9]]);
  });

  it('reads the subject an apposition of rivals describes as a party, and "y a envoyé" as the place named last', () => {
    // Prepare
    const text =
      'Deuxième économie du continent derrière le Brésil, le Mexique est le premier client latino-américain du Pérou. En 2023, les firmes péruviennes y ont exporté pour 2 milliards de dollars.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'PE', 'MX'],
      ['exports', 'value', 'PE', 'MX'],
    ]);
  });

  it('reads the place foreign imports go into as the importer and their adjective as the origin', () => {
    const fr = extract(
      "Les importations turques en Wallonie ont progressé de 8 % en 2022 et s'élevaient à 500 millions d'euros.",
      'fr',
    );
    const share = extract(
      'Les importations japonaises vers le Maroc représentent 4 % des achats du pays à l’étranger en 2022.',
      'fr',
    );
    const nl = extract('De Japanse invoer naar België steeg in 2022 met 6 procent.', 'nl');
    const purchases = extract(
      "En 2022, les achats espagnols au Maroc ont atteint 9 milliards d'euros.",
      'fr',
    );
    expect(fr.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['imports', 'BE-WAL', 'TR'],
      ['imports', 'BE-WAL', 'TR'],
    ]);
    expect(share.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'MA', 'JP']]);
    expect(nl.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'BE', 'JP']]);
    // purchases "au Maroc" are made there: Spain buys from Morocco
    expect(purchases.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'ES', 'MA']]);
  });

  it('reads a capitalised Dutch article that opens the sentence as no cue of the owner', () => {
    const imports = extract('De VS zijn het derde importland van België.', 'nl');
    const market = extract('De EU is voor Colombia de op één na grootste afzetmarkt voor koffie.', 'nl');
    expect(imports.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['imports', 'BE', 'US', 3]]);
    expect(market.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CO', 'EU', 2]]);
  });

  it('keeps the source of imports named in an earlier clause as the partner of an export in the next one', () => {
    const text =
      'In 2022 the main goods import of Kenya from Japan was vehicles ($900 million); tea was the main goods export ($60 million).';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'KE', 'JP', 900e6],
      ['exports', 'KE', 'JP', 60e6],
    ]);
  });

  it('reads the economy after a Dutch compound share noun ("importaandeel van Azië") as the partner', () => {
    const text = 'In 2022 bedroeg het importaandeel van Azië in de Belgische invoer 12,6 procent.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'BE', 'ASIA', 12.6],
    ]);
  });

  it('gives a balance the economy the sentence before says it favours', () => {
    const text =
      "L'excédent commercial entre la Grèce et l'Italie penche depuis des années en faveur de l'Italie. En 2017, il atteignait environ 450 millions d'euros.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'IT', 'GR', 450e6],
    ]);
  });

  it('reads "vers elle", "avec lui" as the country named before', () => {
    const text =
      'La Tunisie importe beaucoup. En 2022, le Brésil exportait vers elle pour 1,3 milliard de dollars.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BR', 'TN', 1.3e9],
    ]);
  });

  it('gives a flow verb coordinated after a figure, with an anaphor for its partner, the subject as its trader', () => {
    const text =
      "Les exportations du Kenya ont atteint 6 milliards de dollars en 2021. L'Inde achète 4,2 % des exportations kényanes (250 millions de dollars) et exporte en retour vers ce pays 3,1 % (400 millions de dollars).";
    expect(
      extract(text, 'fr')
        .slice(1)
        .map((f) => [f.metric, f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['exports', 'share', 'KE', 'IN', 4.2],
      ['exports', 'value', 'KE', 'IN', 2.5e8],
      ['exports', 'share', 'IN', 'KE', 3.1],
      ['exports', 'value', 'IN', 'KE', 4e8],
    ]);
    // (a pronoun and an auxiliary between the conjunction and the verb, the anaphor after the figure)
    const group =
      "Les exportations du Kenya ont atteint 6 milliards de dollars en 2021. Les pays d'Europe ont acheté 10 % des exportations kényanes et ils ont vendu 25 % de leurs produits vers ce pays.";
    expect(extract(group, 'fr').at(-1)).toMatchObject({ value: 25, from: 'EUROPE', to: 'KE' });
    // … but a second flow with no partner of its own shares the first one's
    const shared =
      'Overall, Kenya imported 2 billion dollars worth of goods from India in 2022 and exported 500 million dollars.';
    expect(extract(shared, 'en').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['imports', 'KE', 'IN'],
      ['exports', 'KE', 'IN'],
    ]);
  });

  it('reads a group one member of which a share comes from as the origin of the imports, not their owner', () => {
    const nl =
      "De Waalse invoer van voeding bedroeg 5 miljard euro in 2019. Zo'n 70 procent van de invoer is afkomstig uit een andere EU-lidstaat.";
    const en =
      'Wallonia bought 5 billion euros of food abroad in 2019. Some 70 percent of the imports came from another EU country.';
    const fr =
      "La Wallonie a importé pour 5 milliards d'euros de denrées en 2019 ; 70 % des importations proviennent d'un autre pays de l'UE.";
    for (const [text, language] of [
      [nl, 'nl'],
      [en, 'en'],
      [fr, 'fr'],
    ] as Array<[string, Language]>)
      expect(extract(text, language).find((f) => f.measure === 'share')).toMatchObject({
        metric: 'imports',
        from: 'BE-WAL',
        to: 'EU',
        value: 70,
      });
  });
});

describe('direction: the Dutch buyer that takes a share of a flow ("neemt … af")', () => {
  it('reads the subject of "neemt X procent van de (totale) …export af" as the partner, and the compound flow as the total', () => {
    const text =
      'Vorig jaar voerde Denemarken voor 3,4 miljard euro aan meubelen uit. Zweden neemt ongeveer 30 procent van de totale meubelexport af.';
    expect(extract(text, 'nl', '2025-04').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'DK', 'WORLD', 3_400_000_000],
      ['share', 'DK', 'SE', 30],
    ]);
  });
});
