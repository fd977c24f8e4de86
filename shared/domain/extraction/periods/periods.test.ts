import { describe, expect, it } from 'vitest';
import { findPeriods, findPublicationDate, fiscalPeriod } from './periods.js';

describe('findPublicationDate', () => {
  it.each([
    [' date 2022-04\nLes exportations…', '2022-04'],
    ['Publié le 3 juin 2021 à 08h00\nLes exportations…', '2021-06'],
    ['Dit artikel verscheen op 12 januari 2020.', '2020-01'],
    ['LAGOS, Mar 9, 2022 (Reuters) - Nigeria said…', '2022-03'],
    ['WASHINGTON, September 30, 2021 — The department…', '2021-09'],
    ['Par la rédaction | Le 07/11/2019 à 10h12\nLe commerce…', '2019-11'],
    ['Bruxelles, 4 février 2018 – La Belgique…', '2018-02'],
    ['La Belgique a exporté 3 milliards.\n\n05/02/2024 om 06:00 door Jan De Smet', '2024-02'],
  ])('reads %j as %s', (text, month) => {
    expect(findPublicationDate(text)).toBe(month);
  });

  it('finds nothing in a text without a date', () => {
    expect(findPublicationDate('Les exportations ont progressé de 4 %.')).toBeUndefined();
  });
});

describe('findPeriods', () => {
  it('reads "between" two months of different years as the span, but the same month of two years as two months', () => {
    expect(
      findPeriods('Between March 2021 and May 2023, exports doubled.', undefined).map((p) => p.period),
    ).toEqual(['2021-03/2023-05']);
    expect(
      findPeriods('Exports fell 5% between May 2022 and May 2023.', undefined).map((p) => p.period),
    ).toEqual(['2022-05', '2023-05']);
  });

  it('reads the full years before publication: past five years, cinq dernières années, voorbije vijf jaar', () => {
    for (const text of [
      'Firms invested €1bn over the past five years.',
      'Les firmes ont investi 1 milliard ces cinq dernières années.',
      'De bedrijven investeerden de voorbije vijf jaar 1 miljard.',
      'De bedrijven investeerden de afgelopen 5 jaar 1 miljard.',
    ]) {
      expect(findPeriods(text, '2025-03').map((p) => p.period)).toEqual(['2020/2024']);
    }
  });

  it('does not take a day date for a period', () => {
    const periods = findPeriods(
      'TOKYO, Feb 15, 2021 (Reuters) - Le 05/06/2020, exports rose in 2019.',
      undefined,
    );
    expect(periods.map((p) => p.period)).toEqual(['2019']);
  });

  it('marks "the same period of 2021" for the extractor to give it the clause’s months', () => {
    const [p] = findPeriods('contre 3 milliards sur la même période de 2021', undefined);
    expect(p).toMatchObject({ period: '2021', samePeriod: true });
  });

  it('reads a quarter as its own three months, and "hetzelfde kwartaal van 2023" as the same months', () => {
    const periods = findPeriods(
      'in het derde kwartaal van 2024, tegenover hetzelfde kwartaal van 2023',
      undefined,
    );
    expect(periods.map((p) => [p.period, p.samePeriod ?? false])).toEqual([
      ['2024-07/2024-09', false],
      ['2023', true],
    ]);
  });

  it.each([
    ['Between January and October this year, Chile sold copper worth $9bn.', '2024-12', '2024-01/2024-10'],
    ['De janvier à septembre 2019, le Pérou a exporté 2 milliards.', undefined, '2019-01/2019-09'],
    ['Entre janvier et mai, le Kenya a importé 3 milliards.', '2024-03', '2023-01/2023-05'],
    ['In de periode januari-juli 2016 voerde Peru 1 miljard uit.', undefined, '2016-01/2016-07'],
    ['Peru (jan t/m mei 2016) voerde 1 miljard uit.', undefined, '2016-01/2016-05'],
    ['Exports were $3.1bn in October-March (2021-22).', undefined, '2021-10/2022-03'],
  ])('reads a range of months: %s', (text, published, period) => {
    // Act
    const periods = findPeriods(text, published);
    // Assess
    expect(periods.map((p) => p.period)).toEqual([period]);
  });

  it.each([
    ['imports in the 12 months to the end of May 2017 fell', '2016-06/2017-05'],
    ['exports in the four quarters to the end of June 2021 were', '2020-07/2021-06'],
    ['exports in the three-month period ending May 2018 were', '2018-03/2018-05'],
    ['imports in the twelve months to December 2021 were', '2021'],
  ])('reads a rolling span: %s', (text, period) => {
    expect(findPeriods(text, undefined).map((p) => p.period)).toEqual([period]);
  });

  it('reads "3de kwartaal", "3e trimestre" and "3rd quarter" as quarters', () => {
    for (const text of [
      'in het 3de kwartaal van 2021',
      'au 3e trimestre de 2021',
      'in the 3rd quarter of 2021',
    ]) {
      expect(findPeriods(text, undefined).map((p) => p.period)).toEqual(['2021-07/2021-09']);
    }
  });

  it('leaves months without year or publication date for the extractor, with their months', () => {
    // Act
    const periods = findPeriods('by the end of May, and in July', undefined);
    // Assess
    expect(periods.map((p) => [p.period, p.months])).toEqual([
      ['', { first: 1, last: 5 }],
      ['', { first: 7, last: 7 }],
    ]);
  });

  it('reads a year-to-date phrase with a comma before its year', () => {
    expect(findPeriods('by the end of May, 2016, compared to', undefined).map((p) => p.period)).toEqual([
      '2016-01/2016-05',
    ]);
  });

  it.each([
    ['in FY 2021/2022', { startYear: 2021, first: 1, last: 12 }, '2021/2022'],
    ['during 2019-20 with', { startYear: 2019, first: 1, last: 12 }, '2019/2020'],
    ['in the first half of the 2020-2021 fiscal year', { startYear: 2020, first: 1, last: 6 }, '2020/2021'],
    ['in FY2022', { endYear: 2022, first: 1, last: 12 }, '2022'],
    ['in the first nine months of the current fiscal year', { relative: 'current', first: 1, last: 9 }, ''],
    ['during the last financial year', { relative: 'last', first: 1, last: 12 }, ''],
  ])('marks a fiscal year for the extractor: %s', (text, fiscal, period) => {
    // Act
    const [p] = findPeriods(text, undefined);
    // Assess
    expect(p).toMatchObject({ fiscal, period });
  });

  it('does not read a percentage or a decimal after a year as a fiscal year', () => {
    expect(findPeriods('grew in 2019-20 % and 2019-20,5', undefined).map((p) => p.fiscal)).toEqual([]);
  });

  it('reads "the previous fiscal year" as the year before the clause\'s', () => {
    const [p] = findPeriods('compared to $3m in the previous fiscal year', undefined);
    expect(p).toMatchObject({ yearBefore: true });
  });

  it("gives a month coordinated with a dated month that month's year", () => {
    const periods = findPeriods('de uitvoer steeg in maart en april 2019 met 3 en 4 procent', '2020-06');
    expect(periods.map((p) => p.period)).toEqual(['2019-03', '2019-04']);
  });

  it('reads a month after a noun for the month: "tijdens de recordmaand juni"', () => {
    expect(findPeriods('tijdens de recordmaand juni', '2021-09').map((p) => p.period)).toEqual(['2021-06']);
  });

  it('reads a quarter compounded with its subject: "het tweede exportkwartaal van 2019"', () => {
    expect(findPeriods('het tweede exportkwartaal van 2019', undefined).map((p) => p.period)).toEqual([
      '2019-04/2019-06',
    ]);
  });

  it('reads "entre le mois de février et de juin de cette année" as those months, and "comparativement à" as a base', () => {
    // Prepare
    const text =
      "Le commerce du Kenya avec l'Ouganda a progressé à 1,3 milliard entre le mois de février et de juin de cette année, soit 5 % de plus comparativement à 2021.";
    // Act
    const periods = findPeriods(text, '2022-10').map((p) => [p.period, p.comparison]);
    // Assess
    expect(periods).toEqual([
      ['2022-02/2022-06', false],
      ['2021', true],
    ]);
  });

  it('takes the second month of "comparing June 2021 with June 2020" as a base of comparison', () => {
    const periods = findPeriods('Comparing June 2021 with June 2020, exports to Chile rose', undefined);
    expect(periods.map((p) => [p.period, p.comparison])).toEqual([
      ['2021-06', false],
      ['2020-06', true],
    ]);
  });

  it('takes the year of a record ("the highest since 2008") as no period of the figure', () => {
    for (const text of [
      'the highest monthly exports since 2008',
      'de hoogste junimaand sinds 2008',
      'le plus haut niveau depuis 2008',
    ]) {
      expect(findPeriods(text, '2021-09').map((p) => p.comparison)).toEqual([true]);
    }
  });

  it('reads a range from a month of one year to a month of another, not two months compared', () => {
    const periods = findPeriods('from May 2001 to March 2019, between June 2020 and June 2021', undefined);
    expect(periods.map((p) => p.period)).toEqual(['2001-05/2019-03', '2020-06', '2021-06']);
  });

  it('reads "last month" against the publication date and marks "a month earlier" for the extractor', () => {
    const periods = findPeriods('rose last month, after a rise a month earlier', '2021-01');
    expect(periods.map((p) => [p.period, p.monthBefore ?? false])).toEqual([
      ['2020-12', false],
      ['', true],
    ]);
  });

  it('takes the month of what happened before ("après avoir bondi en mai") as another statement\'s', () => {
    const [p] = findPeriods('un recul de 12 %, après avoir bondi en mai', '2021-07');
    expect(p).toMatchObject({ period: '2021-05', comparison: true });
  });

  it('reads a comparison base with an adjective before its year', () => {
    const [p] = findPeriods("en recul de 2 % par rapport à l'année record 2021", undefined);
    expect(p).toMatchObject({ period: '2021', comparison: true });
  });
});

describe('findPublicationDate, the forms sites print', () => {
  it.each([
    ['Mis à jour 2024-03-12 10:30', '2024-03'],
    ['Updated: 2024/03/12', '2024-03'],
    ['2024-03-12T10:30:00Z', '2024-03'],
    ['Le 12-03-2024 à 10:30', '2024-03'],
    ['Posted on 12th March 2024', '2024-03'],
    ['12 mrt 2024', '2024-03'],
    ['Published: 8:00am, 21 Apr 2024', '2024-04'],
  ])('%s', (line, month) => {
    expect(findPublicationDate(`Outlet\n\nA headline about trade\n\n${line}\n\nBody text.`)).toBe(month);
  });
});

describe('fiscalPeriod', () => {
  it.each([
    [{ startYear: 2019, first: 1, last: 12 }, 4, undefined, '2019-04/2020-03'],
    [{ startYear: 2019, first: 1, last: 12 }, undefined, undefined, '2019/2020'],
    [{ startYear: 2020, first: 1, last: 6 }, 7, undefined, '2020-07/2020-12'],
    [{ endYear: 2022, first: 1, last: 12 }, 10, undefined, '2021-10/2022-09'],
    [{ relative: 'current', first: 1, last: 9 }, 7, '2021-05', '2020-07/2021-03'],
    [{ relative: 'current', first: 1, last: 6 }, 7, '2021-09', '2020-07/2020-12'],
    [{ relative: 'last', first: 1, last: 12 }, 4, '2021-09', '2020-04/2021-03'],
    [{ relative: 'last', first: 1, last: 12 }, 4, undefined, undefined],
  ] as const)('%j with a fiscal year from month %s, published %s: %s', (fiscal, start, published, period) => {
    expect(fiscalPeriod(fiscal, start, published)).toBe(period);
  });
});
