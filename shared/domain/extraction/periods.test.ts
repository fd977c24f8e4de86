import { describe, expect, it } from 'vitest';
import { findPeriods, findPublicationDate } from './periods.js';

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
