import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('periods: bases of comparison and the amounts a change starts from', () => {
  it('gives each side of "X contre Y en 2023" its own year', () => {
    const text =
      'En 2022, le commerce entre la France et le Japon a progressé, à 14,2 milliards de dollars contre 12,9 milliards en 2021.';
    const figures = extract(text, 'fr');
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['bilateral_trade', 'FR', 'JP', 14.2e9, 'USD', '2022'],
      ['bilateral_trade', 'FR', 'JP', 12.9e9, 'USD', '2021'],
    ]);
  });

  it('never takes a base of comparison for the period', () => {
    const figures = extract(
      'En 2021, les importations du Kenya en provenance de Chine ont augmenté de 8 % par rapport à 2020.',
      'fr',
    );
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        measure: 'growth',
        from: 'KE',
        to: 'CN',
        period: '2021',
      }),
    ]);
  });

  it('reads "a year earlier" against the clause\'s own year', () => {
    const figures = extract(
      'Het handelstekort van Egypte met Turkije bedroeg in 2020 1,2 miljard dollar, tegenover 0,9 miljard dollar een jaar eerder.',
      'nl',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [-1.2e9, '2020'],
      [-0.9e9, '2019'],
    ]);
  });

  it('reads "a year ago" and "the previous fiscal" as a year before a fiscal year, its whole span moved', () => {
    const ago = extract(
      "Pakistan's rice exports to Kenya climbed to $410 million in 2022-23 from $350 million a year ago.",
      'en',
    );
    expect(ago.map((f) => [f.value, f.period])).toEqual([
      [410e6, '2022-07/2023-06'],
      [350e6, '2021-07/2022-06'],
    ]);
    const fiscal = extract(
      "India's exports to Nepal eased to $7.4 billion in FY 2023-24, from $8.0 billion in the previous fiscal.",
      'en',
    );
    expect(fiscal.map((f) => [f.value, f.period])).toEqual([
      [7.4e9, '2023-04/2024-03'],
      [8e9, '2022-04/2023-03'],
    ]);
  });

  it('gives a period after "to X from Y" to the base Y alone, the level X keeping the story\'s', () => {
    const text =
      "Vietnam's exports rose 9% in July. Shipments to Japan fell to $1.9 billion from $2.1 billion in July last year, and the surplus with the EU narrowed to $3.4 billion from $3.9 billion in June.";
    expect(extract(text, 'en', '2024-08-10').map((f) => [f.value, f.period])).toEqual([
      [9, '2024-07'],
      [1.9e9, '2024-07'],
      [2.1e9, '2023-07'],
      [3.4e9, '2024-07'],
      [3.9e9, '2024-06'],
    ]);
  });

  it('reads a wire lede: "beat forecasts" states a fact, "the highest since at least 1981" no period, "to X, …, from Y in May" Y\'s', () => {
    const text =
      "Malaysia's exports beat forecasts in March, rising 5.2% from a year earlier, while imports grew more than expected, up 7.1%. The trade surplus narrowed to RM12.4 billion, the lowest since at least 2019, from RM15.1 billion in February.";
    expect(extract(text, 'en', '2024-04-19').map((f) => [f.value, f.period, f.kind])).toEqual([
      [5.2, '2024-03', 'actual'],
      [7.1, '2024-03', 'actual'],
      [12.4e9, '2024-03', 'actual'],
      [15.1e9, '2024-02', 'actual'],
    ]);
  });

  it('dates the amount a change starts from a year before the amount it reaches', () => {
    // Prepare
    const text =
      'Kenyan exports to Uganda grew by 6 percent during the first nine months of 2021. ' +
      'Exports of tea increased by 8 percent, from $100 million to $108 million. ' +
      'Exports of coffee grew from $50 million last year to $54 million.';
    // Act
    const figures = extract(text, 'en', '2021-11');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [6, '2021-01/2021-09'],
      [8, '2021-01/2021-09'],
      [100e6, '2020-01/2020-09'],
      [108e6, '2021-01/2021-09'],
      [50e6, '2020-01/2020-09'],
      [54e6, '2021-01/2021-09'],
    ]);
  });

  it('does not move the period back for the earlier level of a flow already dated later', () => {
    // Prepare
    const text =
      'In 2021 Peru exported goods worth EUR 2.2 billion to Chile. ' +
      "In 2020 Peru's exports to Chile were EUR 2 billion. That is an increase of 10 percent.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [2.2e9, '2021'],
      [2e9, '2020'],
      [10, '2021'],
    ]);
  });

  it('dates the amount a change starts from a year before the year its clause names', () => {
    const figures = extract(
      'De handel tussen Peru en Chili steeg het afgelopen jaar van 4 miljard euro naar 5 miljard euro.',
      'nl',
      '2022-03',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [4e9, '2020'],
      [5e9, '2021'],
    ]);
  });

  it("gives the level a change reaches from a dated base the story's period, not the base's", () => {
    // Prepare
    const text =
      'En 2021, les investissements péruviens au Chili ont chuté. Ils sont passés de 1,2 milliard de dollars en 2020 à 0,9 milliard.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [1.2e9, '2020'],
      [0.9e9, '2021'],
    ]);
  });

  it('dates an amount "compared with" one of the same flow a year before, and one "a month earlier" a month before', () => {
    // Prepare
    const yearly = extract(
      "In 2021 Peru's trade surplus with Chile rose to $5.1 billion compared with $4.2 billion.",
      'en',
    );
    const monthly = extract(
      'Les exportations du Pérou vers le Chili se sont établies à 500 millions de dollars en mars 2021, contre 450 millions le mois précédent.',
      'fr',
    );
    // Assess
    expect(yearly.map((f) => [f.value, f.period])).toEqual([
      [5.1e9, '2021'],
      [4.2e9, '2020'],
    ]);
    expect(monthly.map((f) => [f.value, f.period])).toEqual([
      [500e6, '2021-03'],
      [450e6, '2021-02'],
    ]);
  });

  it('dates a change against a year, in a text that gives no other period, the year after it', () => {
    const figures = extract(
      'De Peruaanse uitvoer naar Chili bedroeg 3 miljard euro, oftewel 20% meer dan in 2019.',
      'nl',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [3e9, '2020'],
      [20, '2020'],
    ]);
  });

  it('gives an amount in brackets after the base of a comparison that whole base', () => {
    const text =
      'Au premier semestre 2025, les exportations péruviennes vers le Chili ont atteint 3,41 Mrd€, en recul de 5,6 % par rapport au premier semestre 2024 (3,61 Mrd€). Le Chili représentait 1,6 % des exportations péruviennes hors Union européenne.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['value', 3.41e9, '2025-01/2025-06'],
      ['growth', -5.6, '2025-01/2025-06'],
      ['value', 3.61e9, '2024-01/2024-06'],
    ]);
  });

  it('takes no period from "zoveel als tien jaar geleden", a comparison', () => {
    const text =
      'De Chileense export naar Peru bedroeg vorig jaar 1,4 miljard euro. Dat is 8 procent meer dan in 2023 en bijna dubbel zoveel als tien jaar geleden.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['value', 1.4e9, '2024'],
      ['growth', 8, '2024'],
    ]);
  });

  it('gives "passant de X en 2023 à Y" the level Y the sentence\'s period, not the first amount\'s year', () => {
    const text =
      'En 2024, les exportations péruviennes vers le Chili ont atteint 6 milliards de dollars, passant de 5 milliards de dollars en 2023 à 6 milliards de dollars.';
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
      [6e9, '2024'],
      [5e9, '2023'],
    ]);
  });

  it('gives "un an plus tôt" to the amount it follows, not to the one before', () => {
    const figures = extract(
      'En 2023, le déficit commercial de la Tunisie avec la Chine atteint 8,1 milliards de dinars tunisiens, contre 7,4 milliards un an plus tôt.',
      'fr',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [-8.1e9, '2023'],
      [-7.4e9, '2022'],
    ]);
  });

  it('reads both ends of "gestegen van X tot Y", and "pourraient atteindre" as a forecast', () => {
    const nl = extract(
      'De Portugese uitvoer naar Angola is gestegen van 1,1 miljard euro in 2019 tot 1,6 miljard euro in 2022.',
      'nl',
    );
    const fr = extract(
      'Les investissements turcs en Algérie pourraient atteindre 6 milliards de dollars en 2026.',
      'fr',
    );
    expect(nl.map((f) => [f.value, f.period])).toEqual([
      [1.1e9, '2019'],
      [1.6e9, '2022'],
    ]);
    expect(fr[0]).toMatchObject({ metric: 'fdi', kind: 'forecast', period: '2026' });
  });

  it('reads "dezelfde periode vorig jaar" as the base of a comparison, not the period', () => {
    const text =
      'Chili voerde in de eerste zes maanden van 2023 voor 1,2 miljard dollar goederen uit naar Peru, 6 procent meer dan in dezelfde periode vorig jaar.';
    expect(extract(text, 'nl', '2023-09').map((f) => f.period)).toEqual([
      '2023-01/2023-06',
      '2023-01/2023-06',
    ]);
  });

  it('dates an amount compared with a dated base by the sentence before, not by that base', () => {
    const text =
      'Koper verliest glans in Chili\n\nDe Peruaanse koperexport naar Chili is vorig jaar bijna gehalveerd. Volgens het PTC werd voor 3,1 miljard dollar naar Chili verscheept, tegenover 5,9 miljard dollar in 2023.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.value, f.period])).toEqual([
      [3.1e9, '2024'],
      [5.9e9, '2023'],
    ]);
  });

  it('carries no period from an amount given as a comparison base, and dates a rank after a year-end stock by it', () => {
    const text =
      "Le stock d'investissements directs chiliens au Pérou a atteint 1,9 milliard d'euros fin 2024, contre 1,5 milliard cinq ans plus tôt. Le Chili se hisse ainsi au neuvième rang des investisseurs étrangers dans le pays.";
    expect(extract(text, 'fr', '2025-07').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['value', 'CL', 'PE', 1.9e9, '2024'],
      ['value', 'CL', 'PE', 1.5e9, '2019'],
      ['rank', 'CL', 'PE', 9, '2024'],
    ]);
  });

  it('reads "passés de 7,3 à 11,8 milliards" as two amounts, the first of the span\'s first year', () => {
    const text =
      'Entre 2014 et 2019, les échanges entre le Kenya et le Vietnam sont passés de 7,3 à 11,8 milliards de dollars, soit une hausse de 62 %.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.unit, f.period])).toEqual([
      ['value', 7.3e9, 'USD', '2014'],
      ['value', 11.8e9, 'USD', '2019'],
      ['growth', 62, 'percent', '2014/2019'],
    ]);
  });

  it('reads the change "after a decrease of" or "following a growth" as the same flow’s, in its own month', () => {
    // Prepare
    const text =
      "In March 2019, Kenya's exports dropped 5.2% to $48.9bn, after a year-on-year decrease of 2.6% in February 2019. Total trade rose 0.9 per cent in March, following a 1.3 per cent growth in February.";
    // Act
    const figures = extract(text, 'en').filter((f) => f.unit === 'percent');
    // Assess
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', -5.2, '2019-03'],
      ['exports', -2.6, '2019-02'],
      ['total_trade', 0.9, '2019-03'],
      ['total_trade', 1.3, '2019-02'],
    ]);
  });

  it('reads a change "stronger than" another as the other\'s base, "in the previous month" its own', () => {
    const text =
      "Kenya's exports of tea rose 8.1 per cent in May, stronger than the 2.4 per cent gain in the previous month. Imports grew 3.0 per cent.";
    const figures = extract(text, 'en', '2021-06-20').filter((f) => f.unit === 'percent');
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', 8.1, '2021-05'],
      ['exports', 2.4, '2021-04'],
      ['imports', 3, '2021-05'],
    ]);
  });

  it('reads "year on year in May" as the month of the change, not a base', () => {
    const text = "Ghana's exports of cocoa grew 12.5 per cent year on year in May.";
    const figures = extract(text, 'en', '2021-06-20');
    expect(figures.map((f) => [f.value, f.period])).toEqual([[12.5, '2021-05']]);
  });

  it('reads "plus forte que", "sterker dan" as a base, and "du mois précédent", "in de vorige maand"', () => {
    const fr = extract(
      'Les exportations du Sénégal ont progressé de 6,2 % en mai, une hausse plus forte que la hausse de 2,1 % du mois précédent.',
      'fr',
      '2021-06-20',
    );
    const nl = extract(
      'De Belgische uitvoer steeg in mei met 6,2 procent, sterker dan de stijging van 2,1 procent in de vorige maand.',
      'nl',
      '2021-06-20',
    );
    for (const figures of [fr, nl]) {
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [6.2, '2021-05'],
        [2.1, '2021-04'],
      ]);
    }
  });

  it('reads "6 % more than the 11.3 billion in 2020" as a change of the year before the base\'s', () => {
    const texts: Array<[string, 'fr' | 'nl' | 'en']> = [
      [
        'De Belgische bedrijven voerden in 2021 voor 12 miljard euro uit naar Marokko. Dat is 6 procent meer dan de 11,3 miljard euro in 2020.',
        'nl',
      ],
      [
        'Belgian firms exported goods worth 12 billion euros to Morocco in 2021. That is 6 per cent more than the 11.3 billion euros in 2020.',
        'en',
      ],
      [
        "Les entreprises belges ont exporté pour 12 milliards d'euros vers le Maroc en 2021. C'est 6 % de plus que les 11,3 milliards d'euros de 2020.",
        'fr',
      ],
    ];
    for (const [text, language] of texts) {
      expect(extract(text, language).map((f) => [f.value, f.period, f.bound])).toEqual([
        [12e9, '2021', 'eq'],
        [6, '2021', 'eq'],
        [11.3e9, '2020', 'eq'],
      ]);
    }
  });

  it('gives bracketed pairs after a dated pair the main year and the base year, not the nearest year', () => {
    const text =
      'Kenya’s trade deficit in fuels widened (-4.1 bn dollars in 2019 compared with -3.6 bn in 2018), while its surplus in tea rose (+1.3 bn compared with +1.1 bn). Its deficit with India grew (-2.2 bn compared with -1.9 bn).';
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([
      [-4.1e9, '2019'],
      [-3.6e9, '2018'],
      [1.3e9, '2019'],
      [1.1e9, '2018'],
      [-2.2e9, '2019'],
      [-1.9e9, '2018'],
    ]);
  });

  it('dates an amount by "the previous year" after its twin in another currency', () => {
    const text =
      "As of 2021, Kenya's direct investments into Uganda reached US$2.4 billion (KES 260 billion), a 12% increase from US$2.1 billion (KES 228 billion) in the previous year.";
    expect(extract(text, 'en').map((f) => [f.value, f.unit, f.period])).toEqual([
      [2.4e9, 'USD', '2021'],
      [260e9, 'KES', '2021'],
      [12, 'percent', '2021'],
      [2.1e9, 'USD', '2020'],
      [228e9, 'KES', '2020'],
    ]);
  });

  it('reads "comparé au mois de mars 2020", "vergeleken met de maand maart 2020" as a base', () => {
    const texts: Array<[string, 'fr' | 'nl']> = [
      [
        'Les chiffres de mars 2021 sont connus. Comparé au mois de mars 2020, les exportations du Sénégal ont progressé de 4,1 %.',
        'fr',
      ],
      [
        'De cijfers van maart 2021 zijn bekend. Vergeleken met de maand maart 2020 steeg de Belgische uitvoer met 4,1 procent.',
        'nl',
      ],
    ];
    for (const [text, language] of texts) {
      expect(extract(text, language).map((f) => [f.value, f.period])).toEqual([[4.1, '2021-03']]);
    }
  });

  it('reads "comparable à 2017", "comparable to", "vergelijkbaar met" as a base, not the year "a year earlier" counts from', () => {
    const texts: Array<[string, 'fr' | 'nl' | 'en']> = [
      [
        "En 2021, l'excédent commercial de la Belgique avec le Maroc a atteint 800 M EUR (contre 700 M EUR un an plus tôt), soit un niveau comparable à 2017.",
        'fr',
      ],
      [
        'In 2021 bedroeg het Belgische handelsoverschot met Marokko 800 miljoen euro (tegenover 700 miljoen euro een jaar eerder), een niveau vergelijkbaar met 2017.',
        'nl',
      ],
      [
        "In 2021, Kenya's trade surplus with India reached $800 million (against $700 million a year earlier), a level comparable to 2017.",
        'en',
      ],
    ];
    for (const [text, language] of texts) {
      expect(extract(text, language).map((f) => [Math.abs(f.value), f.period])).toEqual([
        [800e6, '2021'],
        [700e6, '2020'],
      ]);
    }
  });

  it('does not let a change "from a fall in the previous month" date the rise it leads to', () => {
    const text =
      "Chile's imports grew 7.2 per cent in August. Month on month, Chile's imports recovered from a 1.6 per cent drop in the previous month to post a 2.9 per cent gain.";
    expect(extract(text, 'en', '2019-09-20').map((f) => [f.value, f.period])).toEqual([
      [7.2, '2019-08'],
      [-1.6, '2019-07'],
      [2.9, '2019-08'],
    ]);
  });

  it.each<[string, Language, string]>([
    [
      "Les exportations kényanes vers l'Ouganda ont moins reculé au troisième trimestre 2021 qu'au deuxième trimestre 2021 (-12 %).",
      'fr',
      '2021-04/2021-06',
    ],
    ['Kenyan exports to Uganda fell less in March 2021 than in February 2021 (-12%).', 'en', '2021-02'],
  ])('dates a figure in brackets after the base period with that period: %s', (text, language, period) => {
    const figures = extract(text, language);
    expect(figures.find((f) => f.value === -12)?.period).toBe(period);
  });

  it.each<[string, Language]>([
    [
      "Au premier trimestre 2022, les exportations kényanes vers l'Ouganda ont progressé de 26 % par rapport à la même période de 2019.",
      'fr',
    ],
    [
      'In het eerste kwartaal van 2022 steeg de Keniaanse uitvoer naar Oeganda met 26 procent tegenover dezelfde periode van 2019.',
      'nl',
    ],
  ])('spans the years of a change of months against a year further back: %s', (text, language) => {
    expect(extract(text, language).map((f) => [f.value, f.period])).toEqual([[26, '2019/2022']]);
  });
});

describe('periods: the same period a year back, however it is said', () => {
  it('gives the comparison base the main period a year back', () => {
    const en =
      "Chile's exports to Peru in April-September 2023 reached $2.1bn, compared with $1.8bn in the same period a year earlier.";
    const nl =
      'De Chileense uitvoer naar Peru bedroeg in het eerste halfjaar van 2023 2,1 miljard euro, tegenover 1,8 miljard euro in dezelfde periode vorig jaar.';
    const fr =
      "Les exportations du Chili vers le Pérou ont atteint 2,1 milliards d'euros au premier semestre 2023, contre 1,8 milliard sur la même période de l'année précédente.";
    expect(extract(en, 'en').map((f) => f.period)).toEqual(['2023-04/2023-09', '2022-04/2022-09']);
    expect(extract(nl, 'nl').map((f) => f.period)).toEqual(['2023-01/2023-06', '2022-01/2022-06']);
    expect(extract(fr, 'fr').map((f) => f.period)).toEqual(['2023-01/2023-06', '2022-01/2022-06']);
  });

  it('reads "the year-ago quarter" and a hyphenated "first-half"', () => {
    const text =
      "Chile's first-half 2023 exports to Peru reached $2.1bn, against $1.8bn in the year-ago period.";
    expect(extract(text, 'en').map((f) => f.period)).toEqual(['2023-01/2023-06', '2022-01/2022-06']);
  });
});

describe('periods: a month of one year against the same month of the next', () => {
  it('gives the level reached and the change the later month, the level started from the earlier', () => {
    const figures = extract(
      'Foreign direct investment in Peru fell 12.5 per cent from 8 billion dollars to 7 billion dollars between March 2018 and March 2019.',
      'en',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [-12.5, '2019-03'],
      [8e9, '2018-03'],
      [7e9, '2019-03'],
    ]);
  });

  it('reads both months as the months so far of their years in a story of the year so far', () => {
    const figures = extract(
      "Peru's exports fell to 12.1 billion dollars by the end of March 2019.\n\nForeign direct investment in Peru fell 12.5 per cent from 8 billion dollars to 7 billion dollars between March 2018 and March 2019.",
      'en',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [12.1e9, '2019-01/2019-03'],
      [-12.5, '2019-01/2019-03'],
      [8e9, '2018-01/2018-03'],
      [7e9, '2019-01/2019-03'],
    ]);
  });
});

describe('periods: a figure stated again for another period', () => {
  it('records "the same as in" another period as a figure of that period too', () => {
    const fr = extract(
      "En 2023, les exportations du Sénégal vers le Mali ont atteint 400 milliards de FCFA, autant qu'en 2021.",
      'fr',
    );
    expect(fr.map((f) => [f.value, f.period])).toEqual([
      [4e11, '2023'],
      [4e11, '2021'],
    ]);
    const nl = extract(
      'In 2023 bedroeg de Belgische uitvoer naar Peru 2 miljard euro, evenveel als in 2020.',
      'nl',
    );
    expect(nl.map((f) => [f.value, f.period])).toEqual([
      [2e9, '2023'],
      [2e9, '2020'],
    ]);
  });
});

describe('periods and flows of the changes that explain a balance', () => {
  it('gives each bracketed change the flow its noun names and the sentence’s year, not the base’s', () => {
    const figures = extract(
      'For 2021, the balance on goods of Chile was a surplus of $9.1b, up from a surplus of $4.2b registered in 2020, following a $6.3b (8%) increase in mineral and farm exports and a $1.4b (2%) increase in machinery imports.',
      'en',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.value, f.period])).toEqual([
      ['trade_balance', 'value', 9.1e9, '2021'],
      ['trade_balance', 'value', 4.2e9, '2020'],
      ['exports', 'growth', 8, '2021'],
      ['imports', 'growth', 2, '2021'],
    ]);
  });
});

describe('periods: "par rapport au mois précédent", the base of a monthly change', () => {
  it('keeps the story’s month for a figure compared with the month before', () => {
    const text =
      "Au mois d'octobre 2024, les exportations du Niger se sont élevées à 95,2 milliards de FCFA, soit une hausse de 6,1 % par rapport au mois précédent.";
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
      [95_200_000_000, '2024-10'],
      [6.1, '2024-10'],
    ]);
  });
});
