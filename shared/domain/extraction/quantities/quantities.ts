// Finds the quantities of a text that could be trade figures: amounts of money (number, scale, currency in
// any of their French, Dutch and English spellings and fused forms), percentages and fractions, and ranks
// (an ordinal next to a trade noun). What they measure is decided later, from their sentence.
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { MONTH_WORDS } from '../periods/period-words.js';
import type { Quantity } from './quantity.js';
import { resolveCurrencies } from './quantity-currencies.js';
import { flowColumnCells } from './quantity-flow-columns.js';
import { subColumnCells } from './quantity-flow-subcolumns.js';
import { readMoney } from './quantity-money.js';
import { type NumberAt, readNumbers, scaled } from './quantity-numbers.js';
import { rankTableCells } from './quantity-rank-tables.js';
import { findRanks } from './quantity-ranks.js';
import { listedRanks } from './quantity-ranks-listed.js';
import { fractions, PERCENT_RE, PERCENTAGE_POINTS_RE, wordedPercents } from './quantity-shares.js';
import { tableAmounts } from './quantity-tables.js';
import { AND, RANGE_FROM, RANGE_TO, RESPECTIVELY } from './quantity-words.js';
import { yearColumnCells } from './quantity-year-columns.js';

export type { Quantity, QuantityType } from './quantity.js';
export { currencyNamedIn } from './quantity-currencies.js';
export { parseNumber } from './quantity-numbers.js';
export { RANK_NOUNS } from './quantity-ranks.js';

const RESPECTIVELY_BEFORE = latin(new RegExp(`(?<![\\p{L}])(?:${RESPECTIVELY})[^.;]{0,30}$`, 'iu'));
const LIST_LINK = new RegExp(`^\\s*(?:${AND}|,)\\s*`, 'i');
const LINK_BEFORE = new RegExp(`\\s(?:${AND})\\s+[+\\-−]?$`, 'i');
const PAIRED_LINK = new RegExp(`^\\s*(?:${AND})\\s+[+\\-−]?`, 'i');
const FROM_BEFORE = new RegExp(`(?:^|\\s)(?:${RANGE_FROM})\\s+$`, 'i');
const TO_LINK = new RegExp(`^\\s*(?:${RANGE_TO})\\s+`, 'i');
const FROM_BEFORE_AMOUNT = new RegExp(`(?:^|[\\s(])(?:${RANGE_FROM})\\s+$`, 'i');

/** Every candidate quantity of `text`, offsets relative to `offset`. */
export function findQuantities(text: string, language: Language, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  const { numbers, halves } = readNumbers(text, language);
  found.push(...tableAmounts(text, numbers, language, offset));
  found.push(...flowColumnCells(text, numbers, language, offset));
  found.push(...subColumnCells(text, numbers, language, offset));
  found.push(...yearColumnCells(text, numbers, language, offset));
  found.push(...rankTableCells(text, numbers, language, offset));

  for (const n of numbers) {
    if (!Number.isFinite(n.value)) continue;
    const after = text.slice(n.end, n.end + 60);
    const before = text.slice(Math.max(0, n.start - 6), n.start);

    const percent = PERCENT_RE.exec(after);
    if (percent) {
      if (PERCENTAGE_POINTS_RE.test(after.slice(percent[0].length))) continue;
      found.push({
        type: 'percent',
        value: n.value,
        unit: 'percent',
        start: offset + n.start,
        end: offset + n.end + percent[0].length,
      });
      continue;
    }
    // "January 2007 Euro area …": a year after a month is a date, whatever currency word follows it
    if (isYearAfterMonth(text, n)) continue;
    // (the amount read is a new object: moved by the offset in place, not spread, V8's slow path)
    const quantity = readMoney(n, after, before, language);
    if (quantity) {
      quantity.start += offset;
      quantity.end += offset;
      found.push(quantity);
    }
  }
  listedBeforeAmounts(text, numbers, offset, found);
  listedAfterPercentages(text, numbers, offset, found);
  scalesOfRanges(text, offset, found);
  scalesOfLikeAmounts(text, offset, found);
  found.push(...wordedPercents(text, offset));
  found.push(...fractions(text, offset, halves));
  findRanks(text, offset, found);
  listedRanks(text, offset, found);
  found.sort((a, b) => a.start - b.start);
  return resolveCurrencies(text, found);
}

/** The bare numbers listed before an amount or a percentage, which share its unit. */
function listedBeforeAmounts(text: string, numbers: NumberAt[], offset: number, found: Quantity[]): void {
  // "avec respectivement 41,2 et 37,8 milliards de dollars": a bare number listed before an amount shares its
  // scale and currency
  // … and so does the first of "passés de 7,3 à 11,8 milliards de dollars", "van 1,2 tot 1,8 miljard euro"
  for (const n of numbers) {
    const fromTo =
      FROM_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      TO_LINK.test(text.slice(n.end, n.end + 8));
    // "(+2,4 en +3,6 procent)", "(met 0,8 en 1,7 procent)": a signed or decimal number paired with a percentage
    const paired =
      !fromTo &&
      (/[+\-−]$/.test(text.slice(Math.max(0, n.start - 1), n.start)) ||
        /[.,]/.test(text.slice(n.start, n.end))) &&
      PAIRED_LINK.test(text.slice(n.end, n.end + 8));
    if (!fromTo && !paired && !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)))
      continue;
    const link = (fromTo ? TO_LINK : paired ? PAIRED_LINK : LIST_LINK).exec(text.slice(n.end, n.end + 8));
    const next = link ? found.find((f) => f.start === offset + n.end + link[0].length) : undefined;
    if (found.some((f) => f.start === offset + n.start)) continue;
    // "respectievelijk 48 en 14 procent": a bare number listed before a percentage is one too
    if (next?.type === 'percent' && !fromTo) {
      found.push(percentOf(n, offset));
      continue;
    }
    if (next?.type !== 'money' || !next.scale || !next.unit) continue;
    found.push({
      type: 'money',
      value: scaled(n.value, next.scale),
      unit: next.unit,
      start: offset + n.start,
      end: offset + n.end,
      scale: next.scale,
    });
  }
}

/** The bare numbers listed after a percentage, which are percentages too. */
function listedAfterPercentages(text: string, numbers: NumberAt[], offset: number, found: Quantity[]): void {
  // "respectivement 27 % et +61.5": a bare number listed after a percentage is one too
  for (const n of numbers) {
    if (found.some((f) => f.start <= offset + n.start && f.end > offset + n.start)) continue;
    const link = LINK_BEFORE.exec(text.slice(Math.max(0, n.start - 8), n.start));
    if (!link || !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start))) continue;
    const linkStart = offset + n.start - link[0].length;
    const previous = found.find((f) => f.end === linkStart || f.end === linkStart - 1);
    if (previous?.type !== 'percent') continue;
    found.push(percentOf(n, offset));
  }
}

/** The amounts with a currency but no scale that take the scale of the amount they go to. */
function scalesOfRanges(text: string, offset: number, found: Quantity[]): void {
  // "from EUR 1.43 to 1.66 billion": an amount with its currency sign but no scale takes the scale of the
  // amount it goes to
  for (const q of found) {
    if (q.type !== 'money' || (q.scale ?? 1) > 1) continue;
    const to = TO_LINK.exec(text.slice(q.end - offset, q.end - offset + 8));
    if (!to || !FROM_BEFORE_AMOUNT.test(text.slice(Math.max(0, q.start - offset - 8), q.start - offset)))
      continue;
    const next = found.find((f) => f.start === q.end + to[0].length && f.type === 'money');
    if (!next?.scale || next.scale < 1e6 || (next.unit && next.unit !== q.unit)) continue;
    q.value = scaled(q.value, next.scale);
    q.scale = next.scale;
  }
}

/**
 * The amounts with a currency sign but no scale ("$211.4") that take the scale of a like amount beside them: the
 * equivalent in another currency in the brackets right after ("US$18.9 (S$23.8 billion)"), or else the last
 * amount of the paragraph in the same currency, of a like size ("$227.3 billion in 2015 slid to $211.4 in 2016").
 * A trade figure of a few hundred units is a scale the writer left out, not an amount.
 */
function scalesOfLikeAmounts(text: string, offset: number, found: Quantity[]): void {
  let last: Quantity | undefined;
  for (const q of found) {
    if (q.type !== 'money' || !q.unit) continue;
    if (last && PARAGRAPH_BREAK.test(text.slice(last.end - offset, q.start - offset))) last = undefined;
    if ((q.scale ?? 1) === 1 && Math.abs(q.value) < 1000) {
      const twin = found.find(
        (f) =>
          f.type === 'money' &&
          f.start > q.end &&
          TWIN_BRACKET.test(text.slice(q.end - offset, f.start - offset)) &&
          (f.scale ?? 1) >= 1e6,
      );
      const like =
        last?.unit === q.unit && (last.scale ?? 1) >= 1e6 && likeSize(q.value, last.value / (last.scale ?? 1))
          ? last
          : undefined;
      const scale = twin?.scale ?? like?.scale;
      if (scale) {
        q.value = scaled(q.value, scale);
        q.scale = scale;
      }
    }
    last = q;
  }
}
const TWIN_BRACKET = /^\s*\(\s*$/;
const PARAGRAPH_BREAK = /\n\s*\n/;
/** Two numbers of a like size: neither more than five times the other. */
const likeSize = (a: number, b: number): boolean =>
  Math.abs(a) * 5 >= Math.abs(b) && Math.abs(b) * 5 >= Math.abs(a);

/** A bare number read as a percentage, because the list it stands in gives its unit. */
function percentOf(n: { value: number; start: number; end: number }, offset: number): Quantity {
  return { type: 'percent', value: n.value, unit: 'percent', start: offset + n.start, end: offset + n.end };
}

/** A month name right before a number: "January 2007", "mars 2023". */
const MONTH_BEFORE = latin(new RegExp(`(?<![\\p{L}])(?:${MONTH_WORDS})\\s+$`, 'iu'));

/** Whether a number is a year written after its month ("January 2007"): a date, not an amount. */
function isYearAfterMonth(text: string, n: NumberAt): boolean {
  return (
    n.end - n.start === 4 &&
    n.value >= 1900 &&
    n.value < 2100 &&
    MONTH_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))
  );
}
