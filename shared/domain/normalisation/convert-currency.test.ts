import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReferenceRatesModule } from '../../../scripts/generate-reference-rates.js';
import { convertCurrency } from './convert-currency.js';

describe('convertCurrency', () => {
  it('converts at the annual average rate of the period, with rate and source', () => {
    // Act
    const result = convertCurrency(3.1e9, 'USD', '2024');
    // Assess: USD 2024 = 1.08238 per EUR (ECB annual mean)
    expect(result.value_eur).toBeCloseTo(3.1e9 / 1.08238, 0);
    expect(result.value_usd).toBeCloseTo(3.1e9, 0);
    expect(result.conversion).toEqual({
      year: 2024,
      per_eur: 1.08238,
      usd_per_eur: 1.08238,
      source: 'ECB eurofxref-hist (annual mean of daily)',
    });
  });

  it('converts a third currency through EUR', () => {
    const result = convertCurrency(10.9548e9, 'MAD', '2023');
    expect(result.value_eur).toBeCloseTo(1e9, -3);
    expect(result.value_usd).toBeCloseTo(1e9 * 1.08127, -4);
    expect(result.conversion?.source).toContain('IMF IFS');
  });

  it('uses the last year of a span or a year to date', () => {
    expect(convertCurrency(1e6, 'JPY', '2023-01/2023-04').conversion?.year).toBe(2023);
    expect(convertCurrency(1e6, 'JPY', '2011/2015').conversion?.year).toBe(2015);
  });

  it('converts legacy currencies at their fixed euro rate', () => {
    const result = convertCurrency(40.3399e9, 'BEF', '1998');
    expect(result.value_eur).toBeCloseTo(1e9, 0);
    expect(result.value_usd).toBeNull();
    expect(result.conversion_note).toBe('fixed euro conversion rate of BEF; no EUR/USD average for 1998');
    expect(convertCurrency(2.20371e6, 'NLG', '2001')).toEqual(
      expect.objectContaining({ value_eur: 1e6, value_usd: 895630 }),
    );
  });

  it('says why it cannot convert', () => {
    expect(convertCurrency(1e9, 'EUR', null)).toEqual(
      expect.objectContaining({
        value_eur: null,
        conversion_note: 'period unknown: no annual rate to convert at',
      }),
    );
    expect(convertCurrency(1e9, 'EUR', '2031').conversion_note).toBe('no annual average rates for 2031');
    expect(convertCurrency(1e9, 'XOF', '2020').conversion_note).toBe('no 2020 annual average rate for XOF');
  });

  it('embeds exactly the reference rate files', () => {
    const root = new URL('../../../', import.meta.url);
    const embedded = readFileSync(
      new URL('shared/domain/normalisation/reference-rates.generated.ts', root),
      'utf8',
    );
    expect(embedded).toBe(renderReferenceRatesModule(root));
  });
});
