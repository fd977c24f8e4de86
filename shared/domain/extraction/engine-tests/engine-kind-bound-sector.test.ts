import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('kind: targets, forecasts and actuals', () => {
  it('recognises targets and their horizon, and forecasts', () => {
    const text =
      "Le gouvernement vise des exportations de 5 milliards d'euros vers l'Inde d'ici 2030. " +
      'De Vlaamse export naar India zou volgend jaar volgens de ramingen verwacht worden op 3 miljard euro in 2025.';
    const figures = extract(text, 'fr');
    expect(figures[0]).toEqual(
      expect.objectContaining({ kind: 'target', period: '2030', value: 5e9, to: 'IN' }),
    );
    expect(figures[1]).toEqual(
      expect.objectContaining({ kind: 'forecast', from: 'BE-VLG', to: 'IN', value: 3e9, period: '2025' }),
    );
  });

  it('keeps the actual beside a target in one sentence', () => {
    const figures = extract(
      "Le Kenya vise des exportations de 10 milliards de dollars vers la Chine d'ici 2030, contre 4 milliards de dollars en 2022.",
      'fr',
    );
    expect(figures.map((f) => [f.value, f.period, f.kind])).toEqual([
      [10e9, '2030', 'target'],
      [4e9, '2022', 'actual'],
    ]);
  });

  it('reads "d’ici cinq ans" as a horizon from publication, and "less than half the" as no share', () => {
    const fr = extract(
      "Le Chili table sur des échanges de 10 milliards de dollars avec le Pérou d'ici cinq ans.",
      'fr',
      '2024-04',
    );
    const en = extract(
      "Chile's trade deficit in 2023 was less than half the record shortfall of $9 billion a year earlier.",
      'en',
    );
    expect(fr[0]).toMatchObject({ kind: 'target', period: '2029' });
    expect(en.map((f) => f.measure)).toEqual(['value']);
  });

  it('reads a passed horizon as an actual, "met 8 procent tot" as growth, and no split of a pair’s trade', () => {
    const en = extract(
      'Bilateral trade between Chile and Peru reached $4 billion in 2023, with Chilean exports accounting for about two thirds of the total. Chilean companies had invested $9 billion in Peru by the end of 2023.',
      'en',
      '2024-06',
    );
    const nl = extract(
      'De uitvoer van Chili naar Peru steeg vorig jaar met 6 procent tot 2,5 miljard dollar, de invoer uit Peru met 8 procent tot 1,5 miljard dollar.',
      'nl',
      '2024-06',
    );
    expect(en.map((f) => [f.metric, f.measure, f.kind])).toEqual([
      ['bilateral_trade', 'value', 'actual'],
      ['fdi', 'value', 'actual'],
    ]);
    expect(nl.map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 6],
      ['exports', 'value', 2.5e9],
      ['imports', 'growth', 8],
      ['imports', 'value', 1.5e9],
    ]);
  });

  it('tells an expectation with a horizon (forecast) from an ambition with one (target)', () => {
    const forecast = extract(
      'Selon la banque centrale, les exportations du Chili vers le Pérou devraient atteindre 5 milliards de dollars d’ici 2026.',
      'fr',
    );
    const target = extract(
      'Le Chili vise des exportations de 5 milliards de dollars vers le Pérou d’ici 2026.',
      'fr',
    );
    const rekent = extract(
      'Het agentschap rekent erop dat de Chileense export naar Peru tegen 2027 boven de 6 miljard dollar uitkomt.',
      'nl',
    );
    expect(forecast.map((f) => [f.kind, f.period])).toEqual([['forecast', '2026']]);
    expect(target.map((f) => [f.kind, f.period])).toEqual([['target', '2026']]);
    expect(rekent.map((f) => [f.kind, f.period, f.bound])).toEqual([['forecast', '2027', 'gt']]);
  });

  it('gives a second aim joined to a target with a horizon the target’s kind', () => {
    const text =
      "« Notre objectif est de porter les échanges avec le Pérou à 8 milliards de dollars d'ici 2030 et d'attirer 3 milliards de dollars d'investissements péruviens », a déclaré le ministre chilien.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.kind, f.period])).toEqual([
      ['bilateral_trade', 'target', '2030'],
      ['fdi', 'target', '2030'],
    ]);
  });

  it('reads "could double to … by 2028" as a forecast, and a yearly forecast with no year as undated', () => {
    const text =
      "Peru's exports to Chile could double to around $4 billion by 2028, a study found. Imports from Chile are forecast to grow at around 3% a year. Exports reached $2 billion in 2023.";
    expect(extract(text, 'en').map((f) => [f.measure, f.kind, f.period])).toEqual([
      ['value', 'forecast', '2028'],
      ['growth', 'forecast', null],
      ['value', 'actual', '2023'],
    ]);
  });

  it('reads the level an aim starts from as actual, a future tense as a forecast and a promise as a target', () => {
    const aim = extract(
      "Le Kenya vise à augmenter ses exportations vers l'Ouganda, en passant de 0,8 milliard de dollars en 2018 à 2 milliards de dollars d'ici 2024.",
      'fr',
    );
    const future = extract(
      'En 2026, les échanges entre le Chili et le Pérou atteindront 10 milliards de dollars.',
      'fr',
    );
    const promise = extract(
      "Le Pérou salue la promesse chilienne de 3 milliards de dollars d'investissements au Pérou de 2024 à 2026.",
      'fr',
    );
    expect(aim.map((f) => [f.value, f.kind])).toEqual([
      [0.8e9, 'actual'],
      [2e9, 'target'],
    ]);
    expect(future.map((f) => f.kind)).toEqual(['forecast']);
    expect(promise.map((f) => f.kind)).toEqual(['target']);
  });
});

describe('bound: more than, less than', () => {
  it('keeps bounds in the quote: moins de, meer dan, more than', () => {
    const figures = extract(
      'Les investissements espagnols au Maroc représentent plus de 20% du total en 2019. ' +
        'De handel tussen België en Japan bedroeg meer dan 4 miljard euro in 2018. ' +
        'Exports from Kenya to the United States were less than 1 percent of the total in 2017.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.bound, f.quote])).toEqual([
      ['fdi', 'gt', 'plus de 20%'],
      ['bilateral_trade', 'gt', 'meer dan 4 miljard euro'],
      ['exports', 'lt', 'less than 1 percent'],
    ]);
  });
});

describe('sector: the goods of a flow', () => {
  it('reads the sector named before the metric: "le secteur aéronautique a vu ses exportations"', () => {
    const figures = extract(
      'Au premier semestre 2023, le secteur aéronautique a vu ses exportations tunisiennes progresser de 9 %.',
      'fr',
    );
    expect(figures[0]).toMatchObject({ sector: 'aeronautics', value: 9 });
  });

  it('reads one class of goods named by joined adjectives (the first its sector), and a word that ends in a good’s name as no good', () => {
    const text =
      'En 2018, les produits agricoles et halieutiques comptent pour 27 % des exportations du Kenya vers le Vietnam, suivis des textiles (9 %).';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.sector])).toEqual([
      ['share', 27, 'agriculture'],
      ['share', 9, 'textiles'],
    ]);
  });

  it('reads sales of goods as exports, with the goods as sector', () => {
    const text = "Peru's fish sales fell 12% to $1.1 billion in 2023.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['exports', 'growth', 'PE', 'WORLD', -12, 'fish'],
      ['exports', 'value', 'PE', 'WORLD', 1.1e9, 'fish'],
    ]);
  });

  it('records a rank "of the" one product with its sector, and withholds one of a product named by a common noun', () => {
    // Prepare
    const named =
      "In 2023, Peru's imports of octopus from Chile rose 5%, making Chile Peru's largest supplier of the cephalopod.";
    const unnamed =
      "In 2023, Peru's imports of lobster from Chile rose 5%, making Chile Peru's largest supplier of the delicacy.";
    // Act
    const fromNamed = extract(named, 'en');
    const fromUnnamed = extract(unnamed, 'en');
    // Assess
    expect(fromNamed.map((f) => [f.measure, f.from, f.to, f.sector])).toEqual([
      ['growth', 'PE', 'CL', 'fish'],
      ['rank', 'PE', 'CL', 'fish'],
    ]);
    expect(fromUnnamed.map((f) => f.measure)).toEqual(['growth']);
  });
});

describe('bound: a hedge right after the figure', () => {
  it('reads "65 % environ" and "$5 billion or so" as approximate', () => {
    const fr = extract('Les exportations autrichiennes vers l’UE représentent 65 % environ du total.', 'fr');
    const en = extract('Austrian exports to Peru reached $5 billion or so in 2023.', 'en');
    expect([...fr, ...en].map((f) => [f.value, f.bound])).toEqual([
      [65, 'approx'],
      [5e9, 'approx'],
    ]);
  });

  it.each<[string, Language]>([
    [
      'Kenya ran a trade deficit of $1.4 billion in July 2022, wider than the median forecast of a $1.2 billion shortfall.',
      'en',
    ],
    [
      'Le déficit commercial du Kenya a atteint 1,4 milliard de dollars en juillet 2022. Le consensus tablait sur un déficit de 1,2 milliard de dollars.',
      'fr',
    ],
  ])('dates a polled forecast with the period the story reports: %s', (text, language) => {
    expect(extract(text, language).map((f) => [f.kind, f.period])).toEqual([
      ['actual', '2022-07'],
      ['forecast', '2022-07'],
    ]);
  });
});

describe('sector: the product a figure is for, in lower-case English', () => {
  it('names common traded products in the three languages', () => {
    expect(
      extract("Peru's exports of cocoa to Belgium reached $400 million in 2023.", 'en').map((f) => f.sector),
    ).toEqual(['cocoa']);
    expect(
      extract(
        "Les exportations péruviennes de café vers la Belgique ont atteint 90 millions d'euros en 2023.",
        'fr',
      ).map((f) => f.sector),
    ).toEqual(['coffee']);
    expect(
      extract('De Peruaanse uitvoer van koper naar België bedroeg in 2023 1 miljard euro.', 'nl').map(
        (f) => f.sector,
      ),
    ).toEqual([null]);
    expect(
      extract('De Peruaanse uitvoer van bloemen naar België bedroeg in 2023 20 miljoen euro.', 'nl').map(
        (f) => f.sector,
      ),
    ).toEqual(['flowers']);
  });

  it('gives a share the goods of its subject when the flow it is a share of comes after it', () => {
    const text =
      'Les exportations du Pérou vers la Belgique ont atteint 900 millions d’euros en 2023. Le café représente 40 % des ventes.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.sector])).toEqual([
      ['value', null],
      ['share', 'coffee'],
    ]);
  });

  it('gives each bracketed item its own goods, a signed change too, not the goods of the item before', () => {
    const text =
      'Les exportations du Pérou vers la Belgique ont atteint 900 millions d’euros en 2023, portées par le café (40 %), les textiles (9 %) et le cacao (-12 %).';
    expect(extract(text, 'fr').map((f) => [f.value, f.sector])).toEqual([
      [900e6, null],
      [40, 'coffee'],
      [9, 'textiles'],
      [-12, 'cocoa'],
    ]);
  });

  it('gives an item its goods before a comma and its change, but not goods that describe the amount before', () => {
    const led =
      "Peru's exports to Belgium rose 12% in 2023, led by coffee, up 18.3 percent, and textiles, up 4.9 percent.";
    expect(extract(led, 'en').map((f) => [f.value, f.sector])).toEqual([
      [12, null],
      [18.3, 'coffee'],
      [4.9, 'textiles'],
    ]);
    const fr =
      'Les ventes du Pérou à la Belgique ont progressé de 5 % en 2023, tirées par le cacao, en hausse de 18 %.';
    expect(extract(fr, 'fr').map((f) => [f.value, f.sector])).toEqual([
      [5, null],
      [18, 'cocoa'],
    ]);
    const described = "Belgium's imports from Peru reached €2.1 billion in 2023, mostly coffee, up 3.4%.";
    expect(extract(described, 'en').map((f) => [f.value, f.sector])).toEqual([
      [2.1e9, null],
      [3.4, null],
    ]);
  });

  it('reads goods and services named together as all trade, with no sector', () => {
    const en = "Peru's goods and services credits rose 4% to $2,310m in 2023.";
    expect(extract(en, 'en').map((f) => [f.value, f.sector])).toEqual([
      [4, null],
      [2_310_000_000, null],
    ]);
    const fr =
      'Les exportations de biens et services du Pérou vers la Belgique ont atteint 2,1 milliards d’euros en 2023.';
    expect(extract(fr, 'fr').map((f) => [f.value, f.sector])).toEqual([[2.1e9, null]]);
    const nl = 'De Peruaanse uitvoer van goederen en diensten naar België bedroeg in 2023 2,1 miljard euro.';
    expect(extract(nl, 'nl').map((f) => [f.value, f.sector])).toEqual([[2.1e9, null]]);
  });

  it('gives an amount the goods it is worth, named right after it', () => {
    expect(
      extract('In 2023 Peru exported $410 million of coffee to Belgium.', 'en').map((f) => f.sector),
    ).toEqual(['coffee']);
    expect(
      extract(
        "En 2023, le Pérou a exporté vers la Belgique 1,3 milliard d'euros de produits chimiques et 150 millions d'euros de textiles.",
        'fr',
      ).map((f) => [f.value, f.sector]),
    ).toEqual([
      [1.3e9, 'chemicals'],
      [150e6, 'textiles'],
    ]);
    expect(
      extract('Peru voerde in 2023 voor 84 miljoen euro aan bloemen uit naar België.', 'nl').map(
        (f) => f.sector,
      ),
    ).toEqual(['flowers']);
    // (an amount of a flow names no goods)
    expect(
      extract('In 2023 Peru recorded $410 million of exports to Belgium.', 'en').map((f) => f.sector),
    ).toEqual([null]);
  });

  it('reads goods named before the metric word when the phrase after it names none', () => {
    expect(
      extract('Peru earned $5.2 billion from coffee exports in the 2022/23 season.', 'en').map(
        (f) => f.sector,
      ),
    ).toEqual(['coffee']);
  });

  it('keeps a share of one product named with its material, and drops one that several listed goods hold', () => {
    const material =
      'Les pâtes chimiques de bois représentent 6 % des exportations du Pérou vers la Belgique en 2023.';
    const listed =
      'Les textiles et le café représentent 30 % des exportations du Pérou vers la Belgique en 2023.';
    expect(extract(material, 'fr').map((f) => f.value)).toEqual([6]);
    expect(extract(listed, 'fr').map((f) => f.value)).toEqual([]);
  });
});

describe('kind: the figure of a reason given for a judgement', () => {
  it('reads a figure after "given that", "puisque", "aangezien" as an actual, though a target is named before', () => {
    const en = extract(
      'The goal of $50bn was modest given that Kenya exported $46bn worth of goods to the EU in 2022.',
      'en',
    );
    expect(en.map((f) => [f.value, f.kind])).toContainEqual([46e9, 'actual']);
    const fr = extract(
      "L'objectif semblait prudent, puisque le Maroc a exporté 4 milliards d'euros vers la Belgique en 2022.",
      'fr',
    );
    expect(fr.map((f) => [f.value, f.kind])).toEqual([[4e9, 'actual']]);
  });

  it('names the commodities of emerging exporters: soybeans, rice, palm oil, nickel, lithium, garments as textiles', () => {
    const text =
      "Argentina's exports rose to $6.1 billion in March. Soybeans brought in $1.9 billion, while lithium reached $210 million.";
    expect(extract(text, 'en', '2024-04-20').map((f) => [f.value, f.sector])).toEqual([
      [6.1e9, null],
      [1.9e9, 'soybeans'],
      [2.1e8, 'lithium'],
    ]);
    const asia =
      "Indonesia's exports of crude palm oil fell 12% in 2023, rice imports rose 9%, nickel exports rose 4% and Bangladesh's garment exports climbed 6%.";
    expect(extract(asia, 'en').map((f) => f.sector)).toEqual(['palm oil', 'rice', 'nickel', 'textiles']);
  });

  it("gives the level a foreseen change reaches the forecast's kind", () => {
    const text =
      "Chile's central bank expects exports to rise 3% in 2025 to about $102 billion. Copper exports rose 6% in 2024 to $50 billion.";
    expect(extract(text, 'en').map((f) => [f.value, f.kind])).toEqual([
      [3, 'forecast'],
      [102e9, 'forecast'],
      [6, 'actual'],
      [50e9, 'actual'],
    ]);
  });

  it('reads a percentage its forecaster follows ("the 5% rise forecast by economists") as a forecast', () => {
    const text =
      "Indonesia's exports rose 2.9% in July from a year earlier, short of the 5% rise forecast by economists in a poll.";
    expect(extract(text, 'en', '2024-08-15').map((f) => [f.value, f.kind])).toEqual([
      [2.9, 'actual'],
      [5, 'forecast'],
    ]);
  });
});

describe('kind: the future and the conditional state a forecast', () => {
  it('reads Dutch "zal", "zullen" and "zou" and the French future and conditional of a change as forecasts', () => {
    const nl =
      'De Deense uitvoer naar Polen zal dit jaar met 2 procent toenemen. De Deense invoer uit Polen zou volgend jaar met 4 procent groeien. ' +
      'De Deense export naar Estland zou vorig jaar met 6 procent gestegen zijn.';
    const fr =
      'Les importations du Gabon en provenance de Chine augmenteraient de 5 % cette année. ' +
      "Les exportations du Gabon vers l'Inde progresseront de 7 % l'an prochain. " +
      "Les exportations du Gabon vers l'Italie auraient augmenté de 3 % l'an dernier.";
    expect(extract(nl, 'nl', '2025-03').map((f) => [f.value, f.period, f.kind])).toEqual([
      [2, '2025', 'forecast'],
      [4, '2026', 'forecast'],
      [6, '2024', 'actual'],
    ]);
    expect(extract(fr, 'fr', '2025-03').map((f) => [f.value, f.period, f.kind])).toEqual([
      [5, '2025', 'forecast'],
      [7, '2026', 'forecast'],
      [3, '2024', 'actual'],
    ]);
  });
});

describe("sector: an item's own goods before the flow's", () => {
  it("gives each bracketed change of a list of goods its own goods, not the first item's", () => {
    const en = extract(
      'Flemish exports to China fell 11.4% in 2023. Exports of chemicals (-18%) and machinery (-9%) fell most.',
      'en',
    );
    expect(en.map((f) => [f.value, f.sector])).toEqual([
      [-11.4, null],
      [-18, 'chemicals'],
      [-9, 'machinery'],
    ]);
  });
});
