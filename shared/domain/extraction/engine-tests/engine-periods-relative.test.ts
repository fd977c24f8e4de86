import { describe, expect, it } from 'vitest';
import { findPublicationDate } from '../periods/periods.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('periods: relative years, months and dates against the publication', () => {
  it('resolves relative years against the publication date', () => {
    const figures = extract(
      "L'an dernier, les exportations du Maroc vers la Chine ont atteint 800 millions de dollars.",
      'fr',
      '2024-03',
    );
    expect(figures).toEqual([expect.objectContaining({ period: '2023', from: 'MA', to: 'CN', value: 8e8 })]);
  });

  it('dates months named without a year with the story year when the text has no publication date', () => {
    // Prepare
    const text =
      "Chile's exports reached $8 billion by the end of April. " +
      'Exports to Peru were $1.2 billion in 2016, up from $1.1 billion in 2015.';
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [8e9, '2016-01/2016-04'],
      [1.2e9, '2016'],
      [1.1e9, '2015'],
    ]);
  });

  it("resolves a relative year against the story's year when the text has no publication date", () => {
    // Prepare
    const text =
      'Peru en Chili\n\nVorig jaar voerde Peru voor 2 miljard euro uit naar Chili. In 2021 groeide de Peruaanse uitvoer naar Bolivia met 5 procent.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [2e9, '2021'],
      [5, '2021'],
    ]);
  });

  it('reads "dit jaar" in a story of the first months of this year as those months', () => {
    // Prepare
    const text =
      'In de eerste zes maanden van dit jaar voerde Peru voor 2 miljard euro uit naar Chili. De Peruaanse uitvoer van koper naar Chili is dit jaar 12 procent hoger.';
    // Act
    const figures = extract(text, 'nl', '2021-08');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [2e9, '2021-01/2021-06'],
      [12, '2021-01/2021-06'],
    ]);
  });

  it('reads English day dates as dates, not periods', () => {
    const figures = extract(
      'NAIROBI, June 3, 2022 - Kenyan exports to Uganda rose 12% to $700 million.',
      'en',
    );
    expect(figures.map((f) => f.period)).toEqual([null, null]);
  });

  it('reads "il y a dix ans", "the past decade", "ne dépassaient pas" and money "poured into" an economy', () => {
    expect(
      extract(
        'Il y a dix ans, les échanges entre le Pérou et le Chili ne dépassaient pas 22 milliards de dollars.',
        'fr',
        '2025-06',
      ).map((f) => [f.metric, f.value, f.period, f.bound]),
    ).toEqual([['bilateral_trade', 22e9, '2015', 'lt']]);
    expect(
      extract(
        'Chilean firms have poured over 1 billion dollars into Peru over the past decade.',
        'en',
        '2025-06',
      ).map((f) => [f.metric, f.from, f.to, f.value, f.period, f.bound]),
    ).toEqual([['fdi', 'CL', 'PE', 1e9, '2015/2024', 'gt']]);
  });

  it('reads a year to date without its year against the publication date', () => {
    const figures = extract(
      'À fin juin, les importations tunisiennes en provenance de Turquie ont atteint 1,9 milliard de dinars tunisiens et 600 millions de dollars.',
      'fr',
      '2023-08',
    );
    expect(figures.map((f) => f.period)).toEqual(['2023-01/2023-06', '2023-01/2023-06']);
  });

  it('reads a month named without its year as the last such month before publication', () => {
    const figures = extract(
      "Chile's exports fell 3% in January from a year earlier. Exports to Peru rose 4% in November.",
      'en',
      '2024-02',
    );
    expect(figures.map((f) => f.period)).toEqual(['2024-01', '2023-11']);
  });

  it('reads a publication date with an abbreviated month ("21 Apr 2024")', () => {
    const text = 'Published: 8:00am, 21 Apr 2024\n\nChile’s exports to Peru rose 4% last year.';
    expect(findPublicationDate(text)).toBe('2024-04');
  });

  it('reads "in januari" before an amount as that month of the publication year', () => {
    const text = 'De Chileense invoer uit Peru bedroeg in januari 98 miljoen dollar.';
    expect(extract(text, 'nl', '2024-03').map((f) => f.period)).toEqual(['2024-01']);
  });

  it('counts "cinq ans plus tôt" back five years, and reads "de second rang" as no position', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie représentent 31 % du total des importations du Pérou, contre 24 % cinq ans plus tôt. Le Japon reste un partenaire de second rang.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 31, '2023'],
      ['share', 24, '2018'],
    ]);
  });

  it('dates an amount invested "so far" to the year of writing, and reads "with X running a surplus" as X’s', () => {
    const text =
      'Chilean companies have invested about $2 billion in Peru so far. Trade between the two countries reached $4 billion last year, with Chile running a surplus of roughly $1 billion.';
    expect(extract(text, 'en', '2024-10').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['fdi', 'CL', 'PE', '2024'],
      ['bilateral_trade', 'CL', 'PE', '2023'],
      ['trade_balance', 'CL', 'PE', '2023'],
    ]);
  });

  it('leaves undated a figure of a few years ago, or one that has always held', () => {
    const nl = extract(
      'De Keniaanse uitvoer naar Oeganda bedroeg in 2023 900 miljoen euro. Enkele jaren geleden was dat nog 300 miljoen euro.',
      'nl',
    );
    const en = extract(
      "Kenyan exports to Uganda reached $900 million in 2023. Uganda has always been the destination of about 20% of Kenya's exports.",
      'en',
    );
    expect(nl.map((f) => [f.value, f.period])).toEqual([
      [9e8, '2023'],
      [3e8, null],
    ]);
    expect(en.map((f) => [f.value, f.period])).toEqual([
      [9e8, '2023'],
      [20, null],
    ]);
  });

  it('dates a year-on-year change with no period of its own with the story, not a year looked back to', () => {
    const text =
      "De janvier à novembre 2018, les exportations kényanes vers l'Ouganda ont progressé de 9 % sur un an, à 800 millions de dollars. Elles avaient atteint 700 millions de dollars en 2017. Les échanges avec la Tanzanie ont quant à eux augmenté de 7 % sur un an.";
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
      [9, '2018-01/2018-11'],
      [8e8, '2018-01/2018-11'],
      [7e8, '2017'],
      [7, '2018-01/2018-11'],
    ]);
  });
});

describe('periods: a month named by "du mois de", and years and months counted from publication', () => {
  it('reads "au cours du mois de mars dernier", "l’année écoulée", "het voorbije jaar" and "van vorig jaar"', () => {
    const fr =
      "Au cours du mois de mars dernier, les exportations du Bénin vers le Nigeria se sont élevées à 41 milliards de FCFA. Au premier trimestre de l'année écoulée, les importations du Bénin en provenance de l'Inde ont reculé de 8 %.";
    const nl =
      'De Deense uitvoer naar Noorwegen groeide het voorbije jaar met 1,2 procent. In de eerste negen maanden van vorig jaar steeg de Deense invoer uit Polen met 7 procent.';
    expect(extract(fr, 'fr', '2025-05').map((f) => [f.value, f.period])).toEqual([
      [41e9, '2025-03'],
      [-8, '2024-01/2024-03'],
    ]);
    expect(extract(nl, 'nl', '2025-05').map((f) => [f.value, f.period])).toEqual([
      [1.2, '2024'],
      [7, '2024-01/2024-09'],
    ]);
  });
});
