import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('metric: a pronoun takes up the flow before', () => {
  it('lets a Dutch clause with the pronoun after its verb (ging het om) continue the flow', () => {
    const text =
      'In het eerste kwartaal van 2024 voerde Noorwegen voor 300 mln euro uit naar Chili. Over heel 2023 ging het om ruim 1,1 mrd euro.';
    expect(
      extract(text, 'nl', '2024-06').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.bound]),
    ).toEqual([
      ['exports', 'NO', 'CL', 3e8, '2024-01/2024-03', 'eq'],
      ['exports', 'NO', 'CL', 1.1e9, '2023', 'gt'],
    ]);
  });

  it('lets a pronoun expected to change take up the flow before it, as a forecast', () => {
    const cases: Array<[string, Language]> = [
      [
        "Norway's exports to Chile totalled 2.1 billion euros in 2023, and analysts expect that to rise to 2.6 billion euros in 2026.",
        'en',
      ],
      [
        'De Noorse uitvoer naar Chili bedroeg 2,1 miljard euro in 2023. Analisten verwachten dat die stijgt tot 2,6 miljard euro in 2026.',
        'nl',
      ],
      [
        "Les exportations norvégiennes vers le Chili ont atteint 2,1 milliards d'euros en 2023. On s'attend à ce qu'elles atteignent 2,6 milliards d'euros en 2026.",
        'fr',
      ],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value, f.period, f.kind])).toEqual(
        [
          ['exports', 'NO', 'CL', 2.1e9, '2023', 'actual'],
          ['exports', 'NO', 'CL', 2.6e9, '2026', 'forecast'],
        ],
      );
    }
  });

  it('lets a pronoun clause continue the figure before it', () => {
    const text =
      "En 2020, l'excédent commercial de la Norvège avec la Suède a atteint 4 milliards d'euros. Il a progressé de 7 %.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'value', 'NO', 'SE', 4e9],
      ['trade_balance', 'growth', 'NO', 'SE', 7],
    ]);
  });

  it('continues a figure from a pronoun after a leading adverbial', () => {
    const figures = extract(
      "Le commerce entre l'Égypte et la Grèce devrait atteindre 5 milliards de dollars en 2026. En 2024, il s'était établi à 3,9 milliards de dollars.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.kind, f.value, f.period])).toEqual([
      ['bilateral_trade', 'forecast', 5e9, '2026'],
      ['bilateral_trade', 'actual', 3.9e9, '2024'],
    ]);
  });

  it('continues a deficit and its currency into the next sentence', () => {
    const figures = extract(
      "Le déficit commercial du Sénégal avec la Chine s'est établi à 900 milliards de francs CFA en 2022. Il était de 800 milliards en 2021.",
      'fr',
    );
    expect(figures.map((f) => [f.value, f.unit, f.period])).toEqual([
      [-9e11, 'XOF', '2022'],
      [-8e11, 'XOF', '2021'],
    ]);
  });

  it('takes up the flow of the sentence before for a pronoun with no figure before it', () => {
    const text =
      "Les exportations du Chili vers le Pérou ont reculé l'an dernier. Selon le ministère, elles se sont établies à 1,1 milliard de dollars en 2022, contre 1,3 milliard en 2021, soit une baisse de 15 %.";
    expect(extract(text, 'fr', '2023-03').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'CL', 'PE', 1.1e9, '2022'],
      ['exports', 'CL', 'PE', 1.3e9, '2021'],
      ['exports', 'CL', 'PE', -15, '2022'],
    ]);
  });

  it('takes up the flow of the sentence before for a pronoun after an attribution ("Selon …, ils")', () => {
    const text =
      'Les échanges entre le Chili et le Pérou restent modestes. Selon les douanes péruviennes, ils se sont élevés à 4,1 milliards de dollars en 2023.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 4.1e9],
    ]);
  });

  it('reads a Dutch pronoun after its verb as taking up the flow before', () => {
    const text =
      'In 2023 bedroeg de Chileense export naar Peru 2,4 miljard dollar. Ten opzichte van 2022 is dat een daling van 4 procent.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['value', 'CL', 'PE', 2.4e9, '2023'],
      ['growth', 'CL', 'PE', -4, '2023'],
    ]);
  });

  it('reads a pronoun after a colon as the subject of the clause, not the flow named just before the colon', () => {
    const text =
      'Les exportations péruviennes vers le Chili ont augmenté plus vite que les importations : elles ont progressé de 9,4 % à 20,8 milliards de dollars en 2024.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'growth', 'PE', 'CL'],
      ['exports', 'value', 'PE', 'CL'],
    ]);
  });

  it('gives the items after a pronoun the flow the sentence before names, not the balance stated earlier', () => {
    // Prepare
    const text =
      "Le déficit commercial du Kenya avec l'Inde a atteint 2,4 milliards de dollars en 2018. Les importations kényanes en provenance d'Inde sont variées. Elles comprennent surtout des médicaments (410 millions de dollars) et des véhicules (260 millions de dollars).";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'KE', 'IN', -2.4e9],
      ['imports', 'KE', 'IN', 4.1e8],
      ['imports', 'KE', 'IN', 2.6e8],
    ]);
  });

  it('gives an amount that opens its sentence ("Avec un total de …, elles …") the flow just stated, not a rival\'s', () => {
    const text =
      "S'agissant des ventes du Pérou à l'étranger, le Chili se classe en troisième position avec 12 % des exportations péruviennes, derrière la Chine (31 %). Avec un total de 2,35 milliards d'euros l'an dernier, elles retrouvent leur niveau de 2014.";
    expect(extract(text, 'fr', '2022-10').at(-1)).toEqual(
      expect.objectContaining({ metric: 'exports', from: 'PE', to: 'CL', value: 2.35e9, period: '2021' }),
    );
  });
});

describe('metric: a clause that leaves its flow out continues the one before', () => {
  it('reads the same change for another partner ("Japan doet het beter, met een stijging van")', () => {
    const text =
      'De Chileense uitvoer naar China zakte vorig jaar met 11 procent tot 9,7 miljard euro. Japan doet het beter, met een stijging van 2,1 procent tot 4,9 miljard euro. Peru zag de Chileense export met 17 procent krimpen.';
    expect(extract(text, 'nl', '2025-04').map((f) => [f.from, f.to, f.measure, f.value])).toEqual([
      ['CL', 'CN', 'growth', -11],
      ['CL', 'CN', 'value', 9.7e9],
      ['CL', 'JP', 'growth', 2.1],
      ['CL', 'JP', 'value', 4.9e9],
      ['CL', 'PE', 'growth', -17],
    ]);
  });

  it('reads a flow left out after "et les wallonnes", and a span of years opening the sentence', () => {
    const text =
      "En 2024, les exportations flamandes vers le Pérou ont atteint 2 milliards d'euros. Sur cinq ans, les exportations flamandes vers le Pérou ont progressé de 41 %, et les wallonnes de 18 %.";
    expect(extract(text, 'fr').map((f) => [f.from, f.measure, f.value, f.period])).toEqual([
      ['BE-VLG', 'value', 2e9, '2024'],
      ['BE-VLG', 'growth', 41, '2019/2024'],
      ['BE-WAL', 'growth', 18, '2019/2024'],
    ]);
    expect(
      extract('In 2024, Flemish exports to Peru rose by 4%, and Walloon ones by 2%.', 'en').map((f) => [
        f.from,
        f.value,
      ]),
    ).toEqual([
      ['BE-VLG', 4],
      ['BE-WAL', 2],
    ]);
  });

  it('reads an economy of the flow before "goed voor" an amount as that flow', () => {
    const text =
      'De Chileense uitvoer naar Peru zal tegen 2026 boven de 3 miljard dollar uitkomen, verwacht het agentschap. In 2023 was Chili goed voor 2,4 miljard dollar.';
    expect(extract(text, 'nl').at(-1)).toMatchObject({
      metric: 'exports',
      from: 'CL',
      to: 'PE',
      value: 2.4e9,
      period: '2023',
      kind: 'actual',
    });
  });

  it('continues the flow before for a clause whose subject is a class of goods', () => {
    const text =
      'En 2023, les exportations du Chili vers le Pérou ont atteint 2 milliards de dollars, tandis que les produits chimiques atteignent 300 millions de dollars.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.sector])).toEqual([
      ['exports', 'CL', 'PE', 2e9, null],
      ['exports', 'CL', 'PE', 300e6, 'chemicals'],
    ]);
  });

  it('reads "dat van X" as the same figure for X, and two positions that share a noun', () => {
    const text =
      'Het aandeel van Peru in de totale Chileense uitvoer bedroeg in 2023 4,1 procent; dat van Bolivia 1,2 procent. Peru is de 5de en Bolivia de 12de exportbestemming van Chili.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.to, f.value, f.period])).toEqual([
      ['share', 'PE', 4.1, '2023'],
      ['share', 'BO', 1.2, '2023'],
      ['rank', 'PE', 5, '2023'],
      ['rank', 'BO', 12, '2023'],
    ]);
  });

  it('continues the flow of the sentence before for goods that "came second"', () => {
    const text =
      "In 2023 Peru's copper sales abroad reached $21 billion, 31% of total exports. Fish and fishmeal came second at $3.1 billion.";
    expect(extract(text, 'en').at(-1)).toMatchObject({
      metric: 'exports',
      from: 'PE',
      to: 'WORLD',
      value: 3.1e9,
      sector: 'fish',
    });
  });

  it('continues a flow for goods named by joined adjectives and listed after it', () => {
    const text =
      'En 2018, le Vietnam pèse 1,4% des exportations kényanes. Les produits agricoles et halieutiques comptent pour 85 M$, les textiles pour 40 M$.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['share', 'KE', 'VN', 1.4, null],
      ['value', 'KE', 'VN', 85e6, 'agriculture'],
      ['value', 'KE', 'VN', 40e6, 'textiles'],
    ]);
  });

  it('reads a change that only "was" ("er was al een daling van", "there had been a drop of") as the flow before', () => {
    const cases: Array<[string, Language]> = [
      [
        'De Peruaanse uitvoer naar Chili is vorig jaar met 6,8 procent teruggevallen tot 4,9 miljard euro. In 2023 was er al een daling van 3,2 procent.',
        'nl',
      ],
      [
        "Peru's exports to Chile fell 6.8% last year to 4.9 billion euros. In 2023 there had already been a drop of 3.2%.",
        'en',
      ],
      [
        "Les exportations péruviennes vers le Chili ont reculé de 6,8 % l'an dernier, à 4,9 milliards d'euros. En 2023, il y avait déjà eu une baisse de 3,2 %.",
        'fr',
      ],
    ];
    for (const [text, language] of cases) {
      expect(
        extract(text, language, '2025-06')
          .filter((f) => f.measure === 'growth')
          .map((f) => [f.metric, f.from, f.to, f.value, f.period]),
      ).toEqual([
        ['exports', 'PE', 'CL', -6.8, '2024'],
        ['exports', 'PE', 'CL', -3.2, '2023'],
      ]);
    }
  });

  it('reads "omgekeerd" with no flow of its own as the flow before the other way, and "uitgewisseld" as trade (nl)', () => {
    const text =
      'Vorig jaar werd tussen Peru en Chili voor ruim 4,4 miljard euro aan goederen uitgewisseld. Peru verkocht voor 2,9 miljard euro aan Chili. Omgekeerd kwam er voor 1,5 miljard euro aan Chileense producten naar Peru, goed voor een stijging van 11 procent.';
    expect(
      extract(text, 'nl', '2025-09').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period]),
    ).toEqual([
      ['bilateral_trade', 'value', 'CL', 'PE', 4.4e9, '2024'],
      ['exports', 'value', 'PE', 'CL', 2.9e9, '2024'],
      ['exports', 'value', 'CL', 'PE', 1.5e9, '2024'],
      ['exports', 'growth', 'CL', 'PE', 11, '2024'],
    ]);
  });

  it.each<[string, Array<[string, number]>]>([
    [
      'De handel tussen Chili en Peru steeg in 2017 tot 17 miljard euro. De groei bedroeg in totaal 6,1 procent.',
      [
        ['bilateral_trade', 1.7e10],
        ['bilateral_trade', 6.1],
      ],
    ],
    [
      'Het aandeel van Japan in de Chileense invoer bedroeg 9 procent in 2019. In 2012 betrof dat nog 6 procent.',
      [
        ['imports', 9],
        ['imports', 6],
      ],
    ],
    [
      'De Keniaanse export daalde met 3,4 procent in mei. Daarna piekte de krimp op 18,3 procent in juni.',
      [
        ['exports', -3.4],
        ['exports', -18.3],
      ],
    ],
  ])('takes up the flow before in a clause told by its change noun or "betrof dat": %s', (text, expected) => {
    expect(extract(text, 'nl').map((f) => [f.metric, f.value])).toEqual(expected);
  });

  it('does not give the flow before to a change of a part left out of it ("Hors Union européenne")', () => {
    const text =
      "Selon l'office, les exportations du Pérou se sont établies à 52,3 milliards de dollars, en baisse de 3,6 % par rapport à 2023. Hors Union européenne, le recul atteint même 7 %.";
    expect(extract(text, 'fr').map((f) => f.value)).toEqual([5.23e10, -3.6]);
  });

  it('reads "les volumes" as the flow the paragraph states', () => {
    const text =
      "Le commerce entre la Suisse et le Vietnam a reculé de 3 % à 1,4 milliard de francs suisses. Si l'on inclut l'or, les volumes ont au contraire progressé de 6 % à 2,2 milliards de francs suisses.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['bilateral_trade', 'growth', -3],
      ['bilateral_trade', 'value', 1.4e9],
      ['bilateral_trade', 'growth', 6],
      ['bilateral_trade', 'value', 2.2e9],
    ]);
  });

  it('gives a change with no flow of its own the flow of the level it reaches ("een maandklim van … tot")', () => {
    const text =
      'Peru boekte in juni 2022 een maandklim van 12,5% tegenover juni 2021 tot 3,1 miljard euro, de hoogste junuitvoer ooit.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 12.5],
      ['exports', 'value', 3.1e9],
    ]);
  });

  it('reads "is dit een afname" after an aside in brackets as the change of the flow before', () => {
    const text =
      'De Chileense goederenuitvoer kwam in 2017 in totaal op 62 miljard euro. In reële termen (na correctie voor prijsstijgingen) is dit een afname met 1,6% in vergelijking met 2016.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.measure, f.value, f.period])).toEqual([
      ['exports', 'value', 6.2e10, '2017'],
      ['exports', 'growth', -1.6, '2017'],
    ]);
  });

  it('reads "The figure stood at" after the paragraph that states it, and "les montants" after a comma, as that flow', () => {
    // Prepare
    const figure =
      "Peru's non-mining foreign trade crossed the $30 billion mark for the first time in 2018.\n\nThe figure stood at $31.4 billion for the year, growing 7 per cent.";
    const amounts =
      "Les échanges entre le Kenya et l'Ouganda ont atteint 1,4 milliard de dollars en 2021. Cette année, de janvier à mai, les montants sont évalués à 0,6 milliard de dollars.";
    // Act
    const stood = extract(figure, 'en').map((f) => [f.metric, f.measure, f.value]);
    const estimated = extract(amounts, 'fr', '2022-10').map((f) => [f.metric, f.value, f.period]);
    // Assess: the rounded mark is the exact figure restated
    expect(stood).toEqual([
      ['total_trade', 'value', 3.14e10],
      ['total_trade', 'growth', 7],
    ]);
    expect(estimated).toEqual([
      ['bilateral_trade', 1.4e9, '2021'],
      ['bilateral_trade', 0.6e9, '2022-01/2022-05'],
    ]);
  });
});

describe('metric: a part of the flow before', () => {
  it('reads "la Chine en pèse 12 pour cent" as the share of the flow before with another partner', () => {
    const text =
      'En 2024, le Chili ne représente que 1,9 pour cent des importations péruviennes. À titre de comparaison, la Chine en pèse 12 pour cent.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'share', 'PE', 'CL', 1.9],
      ['imports', 'share', 'PE', 'CN', 12],
    ]);
  });

  it('reads "58% of them" as a share of the figure before, taken by the economy named', () => {
    const text = "Overall, Scotland's goods exports reached £30 billion in 2022. The EU took 48% of them.";
    expect(extract(text, 'en').at(-1)).toMatchObject({
      metric: 'exports',
      measure: 'share',
      from: 'GB-SCT',
      to: 'EU',
      value: 48,
      period: '2022',
    });
  });

  it('reads "X a absorbé 60 % de ces exportations" as X’s share of the flow before', () => {
    const text =
      'Les exportations du Chili ont atteint 90 milliards de dollars en 2022. La Chine a absorbé 40 % de ces exportations.';
    expect(extract(text, 'fr').at(-1)).toMatchObject({ measure: 'share', from: 'CL', to: 'CN', value: 40 });
  });

  it('reads a part of "that" flow across a paragraph break ("Ruim 80 procent van die auto\'s", "de ce cuivre")', () => {
    const nl =
      "De Peruaanse auto-export bereikte vorig jaar 15 miljard euro. Dat is drie keer zoveel als tien jaar geleden.\n\nRuim 80 procent van die auto's gaat naar de Europese Unie.";
    const fr =
      "Les exportations péruviennes de cuivre ont atteint 15 milliards d'euros l'an dernier.\n\nPlus de 80 % de ce cuivre part vers la Chine.";
    expect(extract(nl, 'nl', '2025-06').map((f) => [f.measure, f.from, f.to, f.period, f.bound])).toEqual([
      ['value', 'PE', 'WORLD', '2024', 'eq'],
      ['share', 'PE', 'EU', '2024', 'gt'],
    ]);
    expect(extract(fr, 'fr', '2025-06').map((f) => [f.measure, f.from, f.to, f.period, f.bound])).toEqual([
      ['value', 'PE', 'WORLD', '2024', 'eq'],
      ['share', 'PE', 'CN', '2024', 'gt'],
    ]);
  });

  it('reads the parts of a flow that "went to" each partner ("16 percent went to Chile, 12 percent to Japan")', () => {
    const cases: Array<[string, Language]> = [
      [
        "Peru's copper exports reached 19.4 billion dollars last year. About 16 percent went to Chile, 12 percent to Japan.",
        'en',
      ],
      [
        "Les exportations péruviennes de cuivre ont atteint 19,4 milliards de dollars l'an dernier. Environ 16 % sont allés vers le Chili, 12 % vers le Japon.",
        'fr',
      ],
      [
        'De Peruaanse koperexport bedroeg vorig jaar 19,4 miljard dollar. Ongeveer 16 procent daarvan ging naar Chili, 12 procent naar Japan.',
        'nl',
      ],
    ];
    for (const [text, language] of cases) {
      expect(
        extract(text, language, '2025-02')
          .filter((f) => f.measure === 'share')
          .map((f) => [f.from, f.to, f.value, f.period]),
      ).toEqual([
        ['PE', 'CL', 16, '2024'],
        ['PE', 'JP', 12, '2024'],
      ]);
    }
  });

  it('gives a share of the flow a pronoun takes up that flow, a group named in its total being no partner', () => {
    // Prepare
    const text =
      "En 2023, les exportations du Pérou vers le Kenya s'établissaient à 2 milliards de dollars. Elles correspondaient à 40 % des exportations péruviennes vers l'Afrique et à 3 % des exportations totales du Pérou.";
    // (a flow with the world taken up keeps the group its share names)
    const world =
      'Les exportations de cuivre du Pérou ont atteint 2 milliards de dollars. Elles représentent 40 % des exportations vers l’Asie.';
    // Act
    const figures = extract(text, 'fr');
    const toWorld = extract(world, 'fr');
    // Assess
    expect(figures.map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'PE', 'KE', 2e9],
      ['share', 'PE', 'KE', 40],
      ['share', 'PE', 'KE', 3],
    ]);
    expect(toWorld.at(-1)).toEqual(expect.objectContaining({ measure: 'share', from: 'PE', to: 'ASIA' }));
  });

  it('continues the flow of a trend taken up as the subject, and reads no flow in a cause after the amount', () => {
    const text =
      "Les exportations ghanéennes vers la Grèce sont passées de 12 millions d'euros en 2015 à 19 millions d'euros en 2018. Cette tendance a été stoppée en 2016 par une baisse à 9 millions d'euros, sous l'effet d'un ralentissement du commerce international.";
    const en =
      'Ghanaian exports to Greece grew from 2015 to 2018. This trend broke in 2016 with a fall to 9 million euros, due to a slowdown in world trade.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'GH', 'GR', 12e6],
      ['exports', 'GH', 'GR', 19e6],
      ['exports', 'GH', 'GR', 9e6],
    ]);
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'GH', 'GR', 9e6],
    ]);
  });
});

describe('metric: economies set at a change of their own after a change of a flow', () => {
  it('gives each economy of a Dutch series ("zit op een verlies van", "op min", "– min … –") the flow before, across a paragraph break', () => {
    const text =
      'De Zweedse invoer is in juni 2022 met 4 procent teruggevallen.\n\nIn de buurlanden loopt het anders. Noorwegen zit op een verlies van 11 procent, Finland op min 2 procent. Denemarken, – min 6 procent – en Estland – min 9,5 procent – hebben het moeilijker.';
    expect(
      extract(text, 'nl', '2022-08').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period]),
    ).toEqual([
      ['imports', 'growth', 'SE', 'WORLD', -4, '2022-06'],
      ['imports', 'growth', 'NO', 'WORLD', -11, '2022-06'],
      ['imports', 'growth', 'FI', 'WORLD', -2, '2022-06'],
      ['imports', 'growth', 'DK', 'WORLD', -6, '2022-06'],
      ['imports', 'growth', 'EE', 'WORLD', -9.5, '2022-06'],
    ]);
  });

  it('reads "een verlies van" a flow as its fall', () => {
    const text = 'De Zweedse uitvoer naar Chili kende in 2023 een verlies van 7 procent.';
    expect(extract(text, 'nl', '2024-02').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'growth', 'SE', 'CL', -7],
    ]);
  });

  it('does not carry a flow over two paragraph breaks, nor to an economy that does more than stand at a change', () => {
    const far =
      'De Zweedse invoer is in juni 2022 met 4 procent teruggevallen.\n\nHet weer was slecht.\n\nNoorwegen zit op min 11 procent.';
    expect(extract(far, 'nl', '2022-08').map((f) => f.value)).toEqual([-4]);
    const more =
      'De Zweedse invoer is in juni 2022 met 4 procent teruggevallen. Noorwegen heeft een werkloosheid van 3 procent.';
    expect(extract(more, 'nl', '2022-08').map((f) => f.value)).toEqual([-4]);
  });

  it('reads a share "of that amount" as a part of the amount before (nl, fr)', () => {
    const nl =
      'Volgens het agentschap werd in 2022 ruim 3,4 miljard euro in Peru geïnvesteerd. Chileense bedrijven tekenden voor 12 procent van dat bedrag.';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['fdi', 'value', 'CL', 'PE', 3.4e9],
      ['fdi', 'share', 'CL', 'PE', 12],
    ]);
    const fr =
      "Selon l'agence, 3,4 milliards d'euros ont été investis au Pérou en 2022. Les entreprises chiliennes représentent 12 % de ce montant.";
    expect(extract(fr, 'fr').map((f) => [f.metric, f.measure, f.to, f.value])).toEqual([
      ['fdi', 'value', 'PE', 3.4e9],
      ['fdi', 'share', 'PE', 12],
    ]);
  });

  it('reads "sold … abroad" and "shipped … overseas" as exports to the world', () => {
    const text =
      'Ecuador sold goods worth $32.7 billion abroad in 2023, and Colombia shipped $49.5 billion of goods overseas in the same year.';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'EC', 'WORLD', 32.7e9],
      ['exports', 'CO', 'WORLD', 49.5e9],
    ]);
  });
});

describe('continuation: a share taken by "en" in a compound tense', () => {
  it('reads "le Vietnam en a absorbé près de 60 %, loin devant l’Inde (18 %)" as shares of the flow before', () => {
    const text =
      "Les exportations sénégalaises d'arachides ont atteint 95 milliards de FCFA en 2023. La Chine en a absorbé près de 70 %, loin devant l'Inde (11 %).";
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'SN', 'WORLD', 95_000_000_000],
      ['share', 'SN', 'CN', 70],
      ['share', 'SN', 'IN', 11],
    ]);
  });
});
