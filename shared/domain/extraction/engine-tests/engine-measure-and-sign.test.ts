import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('measure: growth and its change words', () => {
  it('reads growth with its sign and the metric it describes', () => {
    const text =
      'Le déficit commercial du Maroc avec la Turquie a progressé de 12,5% en 2023. Les exportations belges vers le Japon sont en baisse de 3,2% en 2022.';
    const figures = extract(text, 'fr');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'trade_balance',
        measure: 'growth',
        from: 'MA',
        to: 'TR',
        value: 12.5,
        unit: 'percent',
        period: '2023',
      }),
      expect.objectContaining({
        metric: 'exports',
        measure: 'growth',
        from: 'BE',
        to: 'JP',
        value: -3.2,
        period: '2022',
      }),
    ]);
  });

  it('reads a growth word after the percentage', () => {
    const figures = extract(
      'De Deense uitvoer naar Noorwegen lag in 2021 15 procent lager dan in 2020.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'growth', value: -15, period: '2021' })]);
  });

  it('reads a Dutch separable verb of change split by its subject', () => {
    const figures = extract(
      'In 2021 nam de uitvoer van Portugal naar Angola opnieuw toe, met 6 procent. In 2022 nam de invoer uit Angola af met 4 procent.',
      'nl',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 6],
      ['imports', 'growth', -4],
    ]);
  });

  it('reads declines from slipped, zakte and se sont repliées', () => {
    const en = extract("Kenya's exports to Egypt slipped 4.1% in 2022.", 'en');
    const nl = extract('De Belgische invoer uit Peru zakte in 2022 met 7 procent.', 'nl');
    const fr = extract('En 2022, les exportations du Gabon vers la Chine se sont repliées de 3 %.', 'fr');
    expect([en, nl, fr].map((f) => f[0]?.value)).toEqual([-4.1, -7, -3]);
  });

  it('reads "a 9% increase" as growth, and ranks "hors de l’Union européenne" without the Union', () => {
    const en = extract(
      'Trade between Chile and Peru reached $4 billion in 2022, a 9% increase from the previous year.',
      'en',
    );
    const fr = extract(
      "En 2022, le Chili était le troisième client de l'Espagne hors de l'Union européenne.",
      'fr',
    );
    expect(en.at(-1)).toMatchObject({ measure: 'growth', value: 9 });
    expect(fr.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'ES', 'CL', 3]]);
  });

  it('reads a Dutch change told at the clause end or by "min" as a growth with its sign', () => {
    // Prepare
    const text =
      'De Keniaanse export zakte in mei fors bij de belangrijkste afzetmarkten: Oeganda, min 11,2 procent, Tanzania, min 6 procent. In 2018 nam de Keniaanse export naar Oeganda met 7,3% af. De export van thee nam zelfs met 16 procent toe. De Keniaanse uitvoer van bloemen ging met 1,4 procent in de lift, tot 0,6 miljard euro. De Keniaanse export steeg met 4,8 procent, terwijl de invoer er met 5,1 procent op achteruitging.';
    // Act
    const figures = extract(text, 'nl').filter((f) => f.unit === 'percent');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', -11.2],
      ['exports', 'growth', -6],
      ['exports', 'growth', -7.3],
      ['exports', 'growth', 16],
      ['exports', 'growth', 1.4],
      ['exports', 'growth', 4.8],
      ['imports', 'growth', -5.1],
    ]);
  });

  it('gives a second flow whose verb is left out the change of the first: "met 4 procent en de invoer met 6,5 procent"', () => {
    const text = 'In 2016 zakte de Chileense uitvoer met 4 procent en de invoer met 6,5 procent.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', -4],
      ['imports', 'growth', -6.5],
    ]);
  });

  it.each<[string, Language, number]>([
    [
      "Vietnam's rice exports to Japan rose 6.1 percent, lowering Vietnam's trade deficit with Japan 9.4 percent.",
      'en',
      -9.4,
    ],
    [
      "Les échanges entre le Kenya et l'Ouganda ont atteint 1,2 milliard d'euros en 2019, soit une réduction de 8,4% en glissement annuel.",
      'fr',
      -8.4,
    ],
    ["Over the past five years, Chile's exports to Peru recorded a CAGR of 15%.", 'en', 15],
    ["Comparé à mars 2019, les expéditions du Kenya vers l'Ouganda se sont relevées de 4,1%.", 'fr', 4.1],
  ])(
    'reads change words "lowering", "réduction", "CAGR", "se sont relevées" as a growth: %s',
    (text, language, value) => {
      expect(
        extract(text, language)
          .filter((f) => f.unit === 'percent')
          .at(-1),
      ).toEqual(expect.objectContaining({ measure: 'growth', value }));
    },
  );

  it('keeps "pour leur part … augmenté de" a growth', () => {
    const text =
      'Les exportations chiliennes ont atteint 190 milliards. Les importations du Chili ont, pour leur part, augmenté de 4,1% à 180 milliards.';
    expect(extract(text, 'fr').find((f) => f.unit === 'percent')).toEqual(
      expect.objectContaining({ measure: 'growth', value: 4.1 }),
    );
  });

  it.each<[string, Language, number[]]>([
    ["Kenya's export growth slowed from 9.4 per cent in May to 6.8 per cent in June.", 'en', [9.4, 6.8]],
    [
      "Between 2012 and 2017, Peru's service exports fell at an average yearly growth rate of 0,73%.",
      'en',
      [-0.73],
    ],
    [
      "Si les importations chiliennes en provenance d'Asie ont baissé, celles venant du Pérou ont grimpé de 2,6%.",
      'fr',
      [2.6],
    ],
  ])('signs growth rates by the change they tell: %s', (text, language, values) => {
    expect(extract(text, language).map((f) => f.value)).toEqual(values);
  });
});

describe('sign: deficits and negative balances', () => {
  it('makes a deficit value negative', () => {
    const figures = extract(
      'In 2020 the trade deficit of Egypt with China stood at about $8.4 billion.',
      'en',
    );
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'trade_balance',
        measure: 'value',
        from: 'EG',
        to: 'CN',
        value: -8.4e9,
        bound: 'approx',
        period: '2020',
      }),
    ]);
  });

  it('makes a balance stated as negative or in deficit negative', () => {
    const figures = extract(
      "En 2021, la balance commerciale du Sénégal avec l'Inde est restée déficitaire, avec un solde négatif de 300 millions de dollars.",
      'fr',
    );
    expect(figures).toEqual([
      expect.objectContaining({ metric: 'trade_balance', from: 'SN', to: 'IN', value: -3e8 }),
    ]);
  });

  it('reads "le solde reste déficitaire pour X" as a negative balance of X', () => {
    const figures = extract(
      'En 2021, les exportations du Chili vers le Pérou ont atteint 1 Md$. Le solde reste largement déficitaire pour le Pérou, à 300 millions de dollars.',
      'fr',
    );
    expect(figures.at(-1)).toMatchObject({ metric: 'trade_balance', from: 'PE', to: 'CL', value: -3e8 });
  });

  it('signs "Het tekort op de handelsbalans" negative, and reads a Dutch day date ("3 maart 2025") in a title as no period', () => {
    const text =
      'Vraag nr. 12 van 3 maart 2025\n\nHet tekort op de Chileense handelsbalans met Peru liep op tot 1,4 miljard euro.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['trade_balance', 'CL', 'PE', -1.4e9, null],
    ]);
  });

  it('reads a "trade gap" as a deficit, with the amount it is compared against', () => {
    const text =
      "Kenya's trade gap has narrowed to 11.3 billion dollars by the end of May against 14.87 billion dollars a year earlier.";
    expect(extract(text, 'en').map((f) => [f.metric, f.value])).toEqual([
      ['trade_balance', -1.13e10],
      ['trade_balance', -1.487e10],
    ]);
  });

  it('reads "the balance was -1.2 billion" as a deficit', () => {
    const text =
      "Chile's trade deficit widened in 2021. In April 2021, the balance was -1.2 billion dollars.";
    expect(extract(text, 'en').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['trade_balance', -1.2e9, '2021-04'],
    ]);
  });
});

describe('measure: shares of a flow', () => {
  it("reads an investor's share of the total after a pair's trade as a share of the host's investment", () => {
    const text =
      'Trade in goods between Chile and Peru reached €6 billion in 2024. Chilean direct investment stock in Peru reached €3 billion at the end of 2023, more than 60% of the total.';
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'value', 'CL', 'PE', 6e9],
      ['fdi', 'value', 'CL', 'PE', 3e9],
      ['fdi', 'share', 'CL', 'PE', 60],
    ]);
  });

  it('reads "65 % de ses exportations" as a share of exports', () => {
    const figures = extract(
      "En 2022, l'Union européenne représentait 60 % des échanges de la Tunisie et 70 % de ses exportations.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'EU', 'TN', 60],
      ['exports', 'TN', 'EU', 70],
    ]);
  });

  it('reads "la part de marché de X au Y" as imports of Y from X', () => {
    const figures = extract("La part de marché de l'Italie en Tunisie s'est établie à 14 % en 2022.", 'fr');
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['imports', 'share', 'TN', 'IT'],
    ]);
  });

  it('reads "la part de X dans les exportations de Y" with X as the partner', () => {
    const figures = extract(
      "La part de l'Asie dans les exportations totales du Chili est passée de 40 % en 2021 à 45 % en 2022.",
      'fr',
    );
    expect(figures.map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['CL', 'ASIA', 40, '2021'],
      ['CL', 'ASIA', 45, '2022'],
    ]);
  });

  it('reads "of the total" as the total stated before, not as trade with the world', () => {
    const text =
      'Bilateral trade between Chile and Peru rose to $4 billion in 2023. Chilean exports accounted for about $2.5 billion of the total.';
    expect(extract(text, 'en').at(-1)).toMatchObject({
      metric: 'exports',
      from: 'CL',
      to: 'PE',
      value: 2.5e9,
    });
  });

  it('gives a region’s share of its country’s flow to the region', () => {
    const text = 'In 2019 nam Wallonië 17 procent van alle Belgische uitvoer naar Kenia voor zijn rekening.';
    expect(extract(text, 'nl')).toEqual([
      expect.objectContaining({ metric: 'exports', measure: 'share', from: 'BE-WAL', to: 'KE', value: 17 }),
    ]);
  });

  it('reads a share after "made up" as a share even after a decline word, and no amount of re-exports "of which"', () => {
    const text =
      "Peru's exports to Chile amounted to $2.3 billion in 2023, of which re-exports accounted for $0.4 billion. Exports fell 7% on lower copper sales, which made up 38% of the total.";
    expect(extract(text, 'en').map((f) => [f.measure, f.value])).toEqual([
      ['value', 2.3e9],
      ['growth', -7],
      ['share', 38],
    ]);
  });

  it('reads a share in a relative clause after a decline as a share ("de terugval van de farma-export, die bijna 40 procent … uitmaakt")', () => {
    const text =
      'De Peruaanse export naar Chili daalde vorig jaar. Oorzaak is de terugval van de koperexport, die bijna 40 procent van de Peruaanse export naar Chili uitmaakt.';
    expect(extract(text, 'nl', '2025-03').map((f) => [f.measure, f.from, f.to, f.value, f.bound])).toEqual([
      ['share', 'PE', 'CL', 40, 'approx'],
    ]);
  });

  it('reads the shares of the economies a ranking noun lists as shares of its flow, "à hauteur de" as a bracket (fr)', () => {
    // Prepare
    const text =
      "Les exportations du Kenya ont baissé de 9 % en mars. Sur la période considérée, les principaux clients du Kenya ont été l'Ouganda à hauteur de 12,5%, le Pakistan (9,4%), les Pays-Bas (8,1%) et l'Égypte (3,6%).";
    // Act
    const figures = extract(text, 'fr', '2022-04');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'growth', 'KE', 'WORLD', -9],
      ['exports', 'share', 'KE', 'UG', 12.5],
      ['exports', 'share', 'KE', 'PK', 9.4],
      ['exports', 'share', 'KE', 'NL', 8.1],
      ['exports', 'share', 'KE', 'EG', 3.6],
    ]);
  });

  it('reads a percentage of a total flow as a share even after a change verb', () => {
    const moved = extract(
      "Between 2014 and 2018, the share of Chile's exports to Peru fell from 26 % of total exports to 22.5 %.",
      'en',
    );
    const bracketed = extract(
      'Les échanges entre la Suisse et le Chili ont augmenté de 6% à 1,2 milliard de francs (3% des échanges totaux).',
      'fr',
    );
    expect(moved.map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 26, '2014'],
      ['share', 22.5, '2018'],
    ]);
    expect(bracketed.filter((f) => f.unit === 'percent').map((f) => [f.measure, f.value])).toEqual([
      ['growth', 6],
      ['share', 3],
    ]);
  });

  it('keeps both terms of a share that moved "de 3,1% à 5,6%"', () => {
    const text = 'En 2016, la part du Pérou dans le commerce extérieur du Chili est passée de 3,1% à 5,6%.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value])).toEqual([
      ['share', 3.1],
      ['share', 5.6],
    ]);
  });
});

describe('measure: a change verb before its subject (Dutch word order), "met X %" at the end', () => {
  it('reads the change and its sign from the verb of the clause, further back than the figure', () => {
    const fall = 'Volgens het CBS daalde de Nederlandse uitvoer naar Peru in 2023 met 2,4 procent.';
    const rise = 'Volgens het CBS steeg de Nederlandse uitvoer naar Peru in 2023 met 2,4 procent.';
    expect(extract(fall, 'nl').map((f) => [f.measure, f.value])).toEqual([['growth', -2.4]]);
    expect(extract(rise, 'nl').map((f) => [f.measure, f.value])).toEqual([['growth', 2.4]]);
  });
});

describe('measure: the earlier level of a share', () => {
  it('reads the percentage a share came from as that share at an earlier date, not as a change', () => {
    const en = "Chile's imports from Peru made up 4% of its total imports in 2023, down from 6.5% in 2020.";
    const fr =
      'Les importations du Chili en provenance du Pérou représentent 4 % du total en 2023, contre 6,5 % en 2020.';
    expect(extract(en, 'en').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 4, '2023'],
      ['share', 6.5, '2020'],
    ]);
    expect(extract(fr, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 4, '2023'],
      ['share', 6.5, '2020'],
    ]);
  });

  it('reads a percentage after "accounting for" or "making up" as a share, past the change of its clause', () => {
    const text =
      "Vietnam's exports to the United States rose 22% to $119 billion last year, accounting for 29% of the total, while shipments to China grew 6%, making up 17% of all exports.";
    expect(extract(text, 'en', '2025-01-15').map((f) => [f.measure, f.to, f.value])).toEqual([
      ['growth', 'US', 22],
      ['value', 'US', 119e9],
      ['share', 'US', 29],
      ['growth', 'CN', 6],
      ['share', 'CN', 17],
    ]);
  });
});

describe('measure: the change verb at the end of a Dutch verb-final clause', () => {
  it('reads "dat … met X procent is gestegen", "… daalt" and "… zal groeien" as changes, with their sign', () => {
    const text =
      'Het statistiekbureau meldt dat de Deense uitvoer naar Zweden in 2023 met 3,2 procent is gestegen. ' +
      'Omdat de Deense invoer uit Noorwegen in 2023 met 7 procent daalt, krimpt het tekort. ' +
      'De bank verwacht dat de Deense export naar Finland met 1,5 procent zal groeien.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.value])).toEqual([
      ['growth', 3.2],
      ['growth', -7],
      ['growth', 1.5],
    ]);
  });
});

describe('measure: French verbs of change in the future, the conditional and the reflexive', () => {
  it('reads "croître", "se contracter", "plonger", "s’accroître" and "rebondir" as changes, with their sign', () => {
    const text =
      "Les exportations du Togo vers le Ghana devraient croître de 4,5 % en 2026. Les importations du Togo en provenance de l'Inde se sont contractées de 6 % en 2023. " +
      'Les exportations du Togo vers le Bénin ont plongé de 18 % en 2023, alors que ses exportations vers le Niger se sont accrues de 9 %. ' +
      'Les exportations du Togo vers le Burkina Faso ont rebondi de 11 % en 2023.';
    expect(extract(text, 'fr', '2025-02').map((f) => [f.measure, f.value])).toEqual([
      ['growth', 4.5],
      ['growth', -6],
      ['growth', -18],
      ['growth', 9],
      ['growth', 11],
    ]);
  });
});

describe('measure: a balance that worsens ("verslechtering")', () => {
  it('reads "een verslechtering met 9 procent" of a deficit as its growth', () => {
    const text =
      'Het Deense handelstekort met China liep in 2024 op tot 6,1 miljard euro. Op jaarbasis is dat een verslechtering met 9 procent.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['trade_balance', 'value', -6_100_000_000],
      ['trade_balance', 'growth', 9],
    ]);
  });
});

describe('sign: a change written as a comparison with the year before', () => {
  it('reads "kleiner/groter dan", "smaller/larger than" and "inférieures de … à" as signed changes, the month before a decimal kept', () => {
    const nl = extract(
      'Den Haag, 16 mei 2024 – De Nederlandse goederenuitvoer was in maart 2,1 procent kleiner dan in maart 2023. De invoer was 1,4 procent groter dan een jaar eerder.',
      'nl',
      '2024-05',
    );
    expect(nl.map((f) => [f.metric, f.measure, f.value, f.period])).toEqual([
      ['exports', 'growth', -2.1, '2024-03'],
      ['imports', 'growth', 1.4, '2024-03'],
    ]);
    const en = extract(
      'Dutch exports in the first quarter of 2024 were 1.2 percent smaller than a year earlier, while imports were 0.8 percent larger.',
      'en',
    );
    expect(en.map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', -1.2],
      ['imports', 'growth', 0.8],
    ]);
    const fr = extract(
      'Le 7 mai 2024 – Les exportations françaises sont en mars inférieures de 2,1 % à leur niveau de mars 2023.',
      'fr',
      '2024-05',
    );
    expect(fr.map((f) => [f.metric, f.measure, f.value, f.period])).toEqual([
      ['exports', 'growth', -2.1, '2024-03'],
    ]);
  });
});
