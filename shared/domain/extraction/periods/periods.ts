// Finds what period a clause speaks of: years, spans, months, year-to-date phrases, quarters and halves,
// and years relative to the publication date ("l'an dernier", "vorig jaar", "last year").
//
// The rules are named units with their examples, by family in `period-rules-*.ts`, tried in the order of
// `period-rules.ts`; their words are data in the language records, compiled by `period-words.ts`.

import type { Span } from '../document/text-segments.js';
import { latin } from '../letters.js';
import type { PeriodMention } from './period.js';
import { type Rule, yearsCounted } from './period-rule.js';
import { RULES } from './period-rules.js';
import {
  alternation,
  DAY_ORDINALS,
  DAY_ORDINALS_AFTER_MONTH,
  entries,
  MONTH_HINT,
  MONTH_WORDS,
  SHORT_MONTHS,
  YEAR,
} from './period-words.js';

export type { FiscalYear, MonthRange, PeriodMention } from './period.js';
export { findPublicationDate } from './period-publication.js';
export { monthSpan } from './period-rule.js';
export { FISCAL_YEAR_START, fiscalPeriod } from './period-rules-fiscal.js';
export { MONTH_WORDS } from './period-words.js';

// A day's date ("le 8 septembre 2023", "mardi 1er Mars 2016", "March 6, 2024", "Feb. 8") is when
// something happened, not a period.
// (not a month before a decimal: "in maart 2,1 procent lager")
const DAY_DATE = latin(
  new RegExp(
    `\\b\\d{1,2}(?:${DAY_ORDINALS})?\\s+(?:${MONTH_WORDS})\\s+${YEAR}|\\b(?:${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.)\\s+\\d{1,2}(?![.,]\\d)(?:${DAY_ORDINALS_AFTER_MONTH})?(?:,?\\s+${YEAR})?\\b|\\b(?:${SHORT_MONTHS})\\s+\\d{1,2},?\\s+${YEAR}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]${YEAR}\\b`,
    'giu',
  ),
);
// What makes a period the base of a comparison rather than the period of a figure: "par rapport à", "tegenover",
// "compared with", the second term of "comparing June 2021 with June 2020", the base of "a 4% rise from 2022";
// then a few fillers ("la même période de l'année") up to the period. Or "plus qu'en 2022".
const COMPARED = `(?:${alternation((words) => words.comparedTo)}|(?<=(?:${alternation((words) => words.comparing)})\\s[^.;]{1,30})(?:${alternation((words) => words.comparingWith)})|(?<=(?:[\\d%]|${alternation((words) => words.changeBefore)})[^.;]{0,24})(?:${alternation((words) => words.changeFrom)}))`;
const FILLERS = `(?:(?:${alternation((words) => words.comparisonFillers)})\\s*){0,4}(?:(?:${alternation((words) => words.comparisonYear)})\\s+(?:\\p{L}+\\s+)?)?`;
const MORE_THAN = `(?:${alternation((words) => words.moreOrLess)})\\s+(?:${alternation((words) => words.moreThan)})(?:${alternation((words) => words.inBase)})?(?:${alternation((words) => words.theYearBase)})?`;
// (every phrase of a comparison starts with a letter: a lookahead for one, which changes no match, lets V8 skip the
// other positions of the text before a period, and the pattern, tried from each, runs twice as fast; kept only
// while the words all start with a letter)
const LETTER_FIRST = [
  entries((words) => words.comparedTo),
  entries((words) => words.comparingWith),
  entries((words) => words.changeFrom),
  entries((words) => words.moreOrLess),
]
  .flat()
  .every((word) => /^\p{L}/u.test(word))
  ? '(?=[\\p{L}])'
  : '';
const COMPARISON_BEFORE = latin(
  new RegExp(`${LETTER_FIRST}(?<![\\p{L}])(?:${COMPARED}\\s+${FILLERS}|${MORE_THAN})$`, 'iu'),
);

const AFTER_HAVING_BEFORE = latin(
  new RegExp(
    `(?<![\\p{L}])(?:${alternation((words) => words.afterHaving)})\\s+\\p{L}+(?:\\s+\\p{L}+)?\\s*$`,
    'iu',
  ),
);
const RECORD_BEFORE = latin(
  new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.record)})(?![\\p{L}])[^.;,]{0,30}$`, 'iu'),
);

const ANY_YEAR = new RegExp(YEAR, 'g');
const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 24;

/** The stretches of text around its years: every rule that needs a year matches inside one of them. */
function yearWindows(text: string): Span[] {
  const windows: Span[] = [];
  for (const m of text.matchAll(ANY_YEAR)) {
    const start = Math.max(0, m.index - WINDOW_BEFORE);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * Spans of text already taken by a period phrase, kept in order: a long text holds thousands, and testing
 * each new match against all of them would cost the square of their number.
 */
class Intervals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a span taken. */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && (this.starts[i] as number) < end;
  }

  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  /** The first span whose end is after `at` (spans taken never overlap, so their ends are in order too). */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A stretch of text a rule is matched in, from `start` of the whole text. */
interface Window {
  start: number;
  body: string;
}

/** The matches of a global `re` in each of `windows`, with where each starts in the whole text. */
function scan(windows: Window[], re: RegExp): Array<{ m: RegExpExecArray; at: number }> {
  const matches: Array<{ m: RegExpExecArray; at: number }> = [];
  for (const w of windows) {
    re.lastIndex = 0;
    for (let m = re.exec(w.body); m; m = re.exec(w.body)) {
      if (m[0].length === 0) re.lastIndex++;
      matches.push({ m, at: w.start + m.index });
    }
  }
  return matches;
}

/** Period expressions of `text` (offsets relative to `offset`), first rule wins where two overlap. */
export function findPeriods(text: string, published: string | undefined, offset = 0): PeriodMention[] {
  return periodsBy(RULES, text, published, offset);
}

/** The period expressions that `rules` find, tried in their order: `findPeriods` with a list of its own. */
export function periodsBy(
  rules: readonly Rule[],
  text: string,
  published: string | undefined,
  offset = 0,
): PeriodMention[] {
  // (the windows' text cut once, not once a rule; the whole text is the one window of a rule that needs no year)
  const windows = yearWindows(text).map((w) => ({ start: w.start, body: text.slice(w.start, w.end) }));
  const whole = [{ start: 0, body: text }];
  // (a hint is a pattern with no global flag, so its answer for the text is the same each time: the month rules
  // share one, "jan|f[eé]v|…", tested once)
  const hinted = new Map<RegExp, boolean>();
  const hintFound = (hint: RegExp): boolean => {
    if (hint.global || hint.sticky) return hint.test(text);
    let found = hinted.get(hint);
    if (found === undefined) {
      found = hint.test(text);
      hinted.set(hint, found);
    }
    return found;
  };
  const hasMonth = hintFound(MONTH_HINT);
  const taken = new Intervals();
  if (hasMonth) for (const { m, at } of scan(windows, DAY_DATE)) taken.add(at, at + m[0].length);
  const found: PeriodMention[] = [];
  for (const rule of rules) {
    if ((rule.needsYear && windows.length === 0) || (rule.hint && !hintFound(rule.hint))) continue;
    for (const { m, at: s } of scan(rule.needsYear ? windows : whole, rule.re)) {
      const e = s + m[0].length;
      if (taken.overlaps(s, e)) continue;
      const period = rule.make(m, published);
      // (a match the rule's reading rejects, "2019-2021" as a fiscal year, is left to the rules after it)
      if (period === undefined) continue;
      taken.add(s, e);
      const detail = period === undefined ? undefined : rule.detail?.(m, published);
      if (
        period === undefined ||
        (period === '' && !rule.yearBefore && !rule.monthBefore && !rule.sameAsBefore && !detail)
      )
        continue;
      // "the highest April exports since 2002": a record since a year is no figure of that year; "après avoir
      // bondi en septembre": what happened before is another statement
      const before = text.slice(Math.max(0, s - 40), s);
      const comparison =
        COMPARISON_BEFORE.test(before) ||
        AFTER_HAVING_BEFORE.test(before) ||
        (rule.since === true && RECORD_BEFORE.test(before));
      // (the marks set one by one, in this order, not spread: V8 spreads small objects on a slow path)
      const mention: PeriodMention = {
        period,
        start: offset + s,
        end: offset + e,
        horizon: rule.horizon ?? false,
        comparison,
      };
      if (rule.yearBefore) {
        mention.yearBefore = true;
        mention.yearsBack = yearsCounted(m[1]);
      }
      if (rule.samePeriod) mention.samePeriod = true;
      if (rule.sameAsBefore) mention.sameAsBefore = true;
      if (rule.since) mention.since = true;
      if (rule.toDate) mention.toDate = true;
      if (rule.lastYear) mention.lastYear = true;
      if (rule.monthBefore) mention.monthBefore = true;
      if (rule.thisYear) mention.thisYear = true;
      if (detail) Object.assign(mention, detail);
      found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
