// The shape of a period rule, and the helpers its `make` uses to write periods.
import { CARDINALS } from '../quantities/number-words.js';
import type { FiscalYear, MonthRange } from './period.js';

/** A phrase of our own that a period rule must read, with the period it gives. */
export interface PeriodExample {
  text: string;
  /** publication month YYYY-MM, when the period counts from it */
  published?: string;
  /** the period read ('' when the extractor resolves it against the clause or the story) */
  period: string;
}

/**
 * One way a text names a period. `period-rules.test.ts` reads each example through `findPeriods` and checks that
 * without the rule its mention is gone, so a change that breaks a rule fails under its name.
 */
export type Rule = {
  /** kebab-case, unique among the period rules */
  name: string;
  examples: [PeriodExample, ...PeriodExample[]];
  re: RegExp;
  make: (m: RegExpExecArray, published?: string) => string | undefined;
  /** the months or fiscal year the extractor resolves, when `make` cannot ('') or may be refined */
  detail?: (
    m: RegExpExecArray,
    published?: string,
  ) => { months?: MonthRange; fiscal?: FiscalYear; storyYear?: boolean } | undefined;
  horizon?: boolean;
  yearBefore?: boolean;
  samePeriod?: boolean;
  sameAsBefore?: boolean;
  since?: boolean;
  toDate?: boolean;
  lastYear?: boolean;
  monthBefore?: boolean;
  thisYear?: boolean;
  /** skip the rule on clauses without a year (every rule whose pattern requires one) */
  needsYear?: boolean;
  /** a cheap test that the rule can match at all */
  hint?: RegExp;
};

/** The years a "cinq ans plus tôt" counts back; 1 when the phrase names no number. */
export const yearsCounted = (word: string | undefined): number => {
  if (!word) return 1;
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 1 && n <= 50 ? n : 1;
};
export const monthCount = (word: string) => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 1 && n <= 12 ? n : undefined;
};
export const pad = (n: number) => String(n).padStart(2, '0');
/** "2023-01/2023-09", "2023-03", or a month range running into the next year: "2018-07/2019-04". */
export function monthSpan(year: number, { first, last }: MonthRange): string {
  const startYear = last < first ? year - 1 : year;
  return first === last && startYear === year
    ? `${year}-${pad(first)}`
    : `${startYear}-${pad(first)}/${year}-${pad(last)}`;
}
/** The year of months named without one: the latest such months up to the publication month. */
export function monthsBefore(published: string | undefined, range: MonthRange): string | undefined {
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  return monthSpan(range.last > Number(published.slice(5, 7)) ? year - 1 : year, range);
}
/** Months with no year stated and no publication date: '' for the extractor to date with the story's year. */
export const undated = (range: MonthRange | undefined) => (range ? { months: range } : undefined);
