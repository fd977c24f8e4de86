import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('quantities: fractions, percentages and number words', () => {
  it('reads fractions as percentages', () => {
    const figures = extract('De Belgische uitvoer naar Turkije daalde met een vijfde in 2020.', 'nl');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'exports',
        measure: 'growth',
        from: 'BE',
        to: 'TR',
        value: -20,
        period: '2020',
      }),
    ]);
  });

  it('reads "ruim driekwart", and ranks "on the continent" or "régional" without the continent or country', () => {
    const nl = extract(
      'In 2022 ging ruim driekwart van de Belgische export naar Peru naar de mijnbouw.',
      'nl',
    );
    const en = extract("In 2022 Kenya remained Japan's largest trading partner on the continent.", 'en');
    const fr = extract('En 2022, la Wallonie était le premier partenaire régional belge du Pérou.', 'fr');
    expect(nl[0]).toMatchObject({ measure: 'share', value: 75, bound: 'gt' });
    expect([...en, ...fr].map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'JP', 'KE', 1],
      ['bilateral_trade', 'BE-WAL', 'PE', 1],
    ]);
  });

  it('reads a sixth, an eighth and two fifths as fractions, but not an ordinal before a rank noun ("een zesde plaats")', () => {
    const text =
      'De Peruaanse koperexport bedroeg vorig jaar 19,4 miljard dollar. Ongeveer een zesde daarvan ging naar Chili, een achtste naar Japan. Chili klom naar een zesde plaats.';
    expect(
      extract(text, 'nl', '2025-02')
        .filter((f) => f.measure === 'share')
        .map((f) => [f.to, Math.round(f.value * 100) / 100]),
    ).toEqual([
      ['CL', 16.67],
      ['JP', 12.5],
    ]);
    expect(extract('Two fifths of Peru’s exports went to Chile in 2024.', 'en').map((f) => f.value)).toEqual([
      40,
    ]);
  });

  it('reads a bare number listed "respectievelijk" before a percentage as a percentage', () => {
    const text =
      'In 2024 bedroeg de Chileense uitvoer naar Peru 3,9 miljard euro. Koper en fruit waren goed voor respectievelijk 48 en 14 procent van de uitvoer.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.value])).toEqual([
      ['value', 3.9e9],
      ['share', 48],
      ['share', 14],
    ]);
  });
});

describe('quantities: currencies and scales', () => {
  it('reads "dollars HK" as Hong Kong dollars and "réexportations" as exports', () => {
    const text =
      'En 2023, les réexportations hongkongaises vers le Pérou ont atteint 2,7 milliards de dollars HK.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.unit])).toEqual([
      ['exports', 'HK', 'PE', 2.7e9, 'HKD'],
    ]);
  });

  it('reads the dollars of a province’s page as its country’s, unless the page names the United States', () => {
    const own =
      'Le Québec et le Japon. Les exportations du Québec vers le Japon ont atteint 2,1 milliards de dollars en 2022. Le Québec vise les marchés d’Asie.';
    const rival =
      'Le Québec et le Japon. Les exportations du Québec vers le Japon ont atteint 2,1 milliards de dollars en 2022, contre 40 milliards aux États-Unis.';
    expect(extract(own, 'fr').map((f) => [f.from, f.to, f.value, f.unit])).toEqual([
      ['CA-QC', 'JP', 2.1e9, 'CAD'],
    ]);
    expect(extract(rival, 'fr').map((f) => f.unit)[0]).toBe('USD');
  });

  it('gives an amount without currency the one its sentence names in words, and reads "C’est 8 % de plus qu’en 2022"', () => {
    const text =
      "Les exportations chiliennes vers le Pérou ont franchi le cap du milliard de dollars en 2023, à 1,04 milliard. C'est 6 % de plus qu'en 2022.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.unit, f.period])).toEqual([
      ['value', 1.04e9, 'USD', '2023'],
      ['growth', 6, 'percent', '2023'],
    ]);
  });

  it('gives an amount the flow named after its twin in another currency, and the period after the twin', () => {
    // Prepare
    const pledge =
      "Le Japon a fait la promesse de 20 milliards de dollars (18 Mds EUR) d'investissements au Kenya.";
    const base =
      'Peru investeerde in 2022 300 miljoen euro in Chili, een verdubbeling van de 150 miljoen euro (160 miljoen dollar) in heel 2021.';
    // Act
    const pledged = extract(pledge, 'fr').map((f) => [f.metric, f.value, f.unit]);
    const periods = extract(base, 'nl').map((f) => [f.value, f.period]);
    // Assess
    expect(pledged).toEqual([
      ['fdi', 2e10, 'USD'],
      ['fdi', 1.8e10, 'EUR'],
    ]);
    expect(periods).toEqual([
      [3e8, '2022'],
      [1.5e8, '2021'],
      [1.6e8, '2021'],
    ]);
  });

  it('gives amounts that open a paragraph with no currency the currency of its first amount that names one', () => {
    const text =
      'Portugal exporteerde in 2017 voor bijna 0,8 miljard aan goederen naar Chili. Het handelsoverschot bedraagt daarmee 0,2 miljard euro.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.value, f.unit])).toEqual([
      ['exports', 0.8e9, 'EUR'],
      ['trade_balance', 2e8, 'EUR'],
    ]);
  });

  it('reads the bare dollars of a page written in the first person for the one dollar economy it names as that one', () => {
    const own =
      'Exports to Korea, our third market, came to $9 billion in 2018.\n\nFirms from Japan, our second largest foreign investor, have invested $50 billion in New Zealand.';
    const partner = 'Canada is our largest export market, worth $300 billion in 2018, ahead of Mexico.';
    const fr =
      'Le Maroc veut renforcer ses liens avec Singapour. Nos exportations vers Singapour ont atteint 200 millions de dollars en 2023, selon le ministre marocain.';
    expect(
      extract(own, 'en')
        .filter((f) => f.measure === 'value')
        .map((f) => [f.value, f.unit]),
    ).toEqual([
      [9e9, 'NZD'],
      [5e10, 'NZD'],
    ]);
    expect(extract(partner, 'en').find((f) => f.measure === 'value')?.unit).toBe('USD');
    expect(extract(fr, 'fr').map((f) => f.unit)).toEqual(['USD']);
  });
});

describe('quantities: a year before a currency that opens the next amount', () => {
  it('reads "in 2024 € 21,3 mld" and "in 2023 EUR 4,2 miljard" as one amount each, not the year in euros', () => {
    const text =
      'De Deense invoer uit Noorwegen bedroeg in 2024 € 21,3 mld. De Deense uitvoer naar India bedroeg in 2023 EUR 4,2 miljard.';
    expect(extract(text, 'nl').map((f) => [f.value, f.unit, f.period])).toEqual([
      [21_300_000_000, 'EUR', '2024'],
      [4_200_000_000, 'EUR', '2023'],
    ]);
  });
});
