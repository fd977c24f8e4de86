// Converts money figures to EUR and USD at the annual average rate of their period (ECB/IMF/BAM, see
// shared/data), and legacy euro currencies through their irrevocable euro rates. Every conversion carries
// its rate and source; where none is possible, the reason.
import type { z } from 'zod';
import type { ConversionSchema } from '../figure.js';
import { EURO_LEGACY_RATES_CSV, FX_ANNUAL_EUR_CSV } from './reference-rates.generated.js';

export type Conversion = z.infer<typeof ConversionSchema>;

export interface ConversionResult {
  value_eur: number | null;
  value_usd: number | null;
  conversion: Conversion | null;
  conversion_note: string | null;
}

interface Rate {
  perEur: number;
  source: string;
}

/** Rows of a reference-rate CSV without its header; the last column (the source) may hold commas. */
function rows(csv: string, columns: number): string[][] {
  return csv
    .trim()
    .split(/\r?\n/)
    .slice(1)
    .map((line) => {
      const cells = line.split(',');
      return [...cells.slice(0, columns - 1), cells.slice(columns - 1).join(',')];
    });
}

const ANNUAL = new Map<string, Rate>(
  rows(FX_ANNUAL_EUR_CSV, 4).map(([year, currency, perEur, source]) => [
    `${year}:${currency}`,
    { perEur: Number(perEur), source: source ?? '' },
  ]),
);
const LEGACY = new Map<string, Rate>(
  rows(EURO_LEGACY_RATES_CSV, 3).map(([currency, perEur, source]) => [
    currency ?? '',
    { perEur: Number(perEur), source: source ?? '' },
  ]),
);

/** The year whose annual average applies to a period: the year itself, or the last year of a span. */
export function conversionYear(period: string | null): number | undefined {
  if (!period) return undefined;
  const last = period.split('/').at(-1) ?? period;
  return Number(last.slice(0, 4));
}

const round = (n: number) => Math.round(n * 100) / 100;

export function convertCurrency(value: number, currency: string, period: string | null): ConversionResult {
  const none = (note: string): ConversionResult => ({
    value_eur: null,
    value_usd: null,
    conversion: null,
    conversion_note: note,
  });
  const year = conversionYear(period);
  const legacy = LEGACY.get(currency);
  if (year === undefined && !legacy) return none('period unknown: no annual rate to convert at');
  const usd = year === undefined ? undefined : ANNUAL.get(`${year}:USD`);
  // Legacy euro currencies convert to EUR at their fixed rate whatever the year (as Eurostat's
  // euro-fixed series do); USD then needs that year's EUR/USD average.
  if (legacy) {
    const eur = value / legacy.perEur;
    return {
      value_eur: round(eur),
      value_usd: usd ? round(eur * usd.perEur) : null,
      conversion: {
        year: year ?? null,
        per_eur: legacy.perEur,
        usd_per_eur: usd?.perEur ?? null,
        source: legacy.source,
      },
      conversion_note: usd
        ? `fixed euro conversion rate of ${currency}`
        : `fixed euro conversion rate of ${currency}; no EUR/USD average for ${year ?? 'an unknown period'}`,
    };
  }
  if (!usd) return none(`no annual average rates for ${year}`);
  const rate = currency === 'EUR' ? { perEur: 1, source: usd.source } : ANNUAL.get(`${year}:${currency}`);
  if (!rate) return none(`no ${year} annual average rate for ${currency}`);
  const eur = value / rate.perEur;
  const source = currency === 'EUR' || currency === 'USD' ? usd.source : `${rate.source}; USD: ${usd.source}`;
  return {
    value_eur: round(eur),
    value_usd: round(eur * usd.perEur),
    conversion: { year: year ?? null, per_eur: rate.perEur, usd_per_eur: usd.perEur, source },
    conversion_note: null,
  };
}
