// Reads the shares written in words: a whole number before a percent word ("zestien procent") and the
// fractions ("un tiers", "a quarter"), and the percent signs and words after a number.

import { LATIN_LETTER, latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { cardinalValue } from './number-words.js';
import type { Quantity } from './quantity.js';
import type { NumberAt } from './quantity-numbers.js';
import { RANK_NOUN_AFTER } from './quantity-ranks.js';
import {
  FRACTION_WORDS,
  lastLetters,
  PERCENT_WORDS,
  PERCENTAGE_POINTS,
  withoutLookbehind,
} from './quantity-words.js';

/** Fractions in words, by the percentage they are ("one-third" read as "one third"). */
const FRACTIONS: Array<[RegExp, number]> = FRACTION_WORDS.map(([words, value]) => [
  new RegExp(`^(?:${withoutLookbehind(words)})$`, 'i'),
  value,
]);
/** "la moitié" as "[Ll]a moitié": a capital allowed on the first letter only. */
const capitalFirst = (words: string) =>
  /^\p{L}/u.test(words) ? `[${words.charAt(0).toUpperCase()}${words.charAt(0)}]${words.slice(1)}` : words;
// Case-sensitive but for the article's first letter: matching case-insensitively costs more than the
// whole scan of numbers.
const FRACTION_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(?:${FRACTION_WORDS.map(([words]) => capitalFirst(words)).join('|')})(?![${LATIN_LETTER}])`,
  'g',
);

const FRACTION_HINT = new RegExp([...new Set(FRACTION_WORDS.map(([words]) => lastLetters(words)))].join('|'));

const PERCENT_WORD_HINT = new RegExp([...new Set(PERCENT_WORDS.map(lastLetters))].join('|'), 'i');
const PERCENT_WORD = latin(new RegExp(`(?<![\\p{L}])(?:${PERCENT_WORDS.join('|')})(?![\\p{L}])`, 'giu'));
/** A number written out before its percent word: "zestien procent", "soixante et onze pour cent". */
const WORDED_NUMBER_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}-])(\p{L}+(?:-\p{L}+)*(?: (?:${(c) => c.numbers.tensUnitJoin}) (?:${(c) => c.numbers.unitsAfterTensJoin}))?)\s+$`,
    'u',
  ),
);
export const PERCENT_RE = latin(
  new RegExp(`^\\s?(?:%|${PERCENT_WORDS.map((w) => `${w}\\b`).join('|')}|pct\\b)`, 'iu'),
);
export const PERCENTAGE_POINTS_RE = latin(new RegExp(`^\\s*(?:${PERCENTAGE_POINTS}|(?:pp|pt)\\b)`, 'iu'));

/** The percentages of `text` written as a whole number in words before a percent word. */
export function wordedPercents(text: string, offset: number): Quantity[] {
  const out: Quantity[] = [];
  // "zestien procent", "Tweeëntachtig procent", "vingt-deux pour cent": a whole number written out
  // (the percent words are rare: they are found first, and the word before them read)
  for (const p of PERCENT_WORD_HINT.test(text) ? text.matchAll(PERCENT_WORD) : []) {
    const before = WORDED_NUMBER_BEFORE.exec(text.slice(Math.max(0, p.index - 40), p.index));
    const value = before ? cardinalValue(before[1] ?? '') : undefined;
    if (!before || value === undefined || value < 2) continue;
    const start = p.index - before[0].length;
    out.push({
      type: 'percent',
      value,
      unit: 'percent',
      start: offset + start,
      end: offset + p.index + p[0].length,
    });
  }
  return out;
}

const NOT_A_SHARE_AFTER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.numbers.notAShareAfterFraction})(?![\p{L}])`, 'iu'),
);
/** The fractions in words of `text` ("un tiers", "een kwart", "a half"), but those inside an amount `halves`. */
export function fractions(text: string, offset: number, halves: NumberAt[]): Quantity[] {
  const out: Quantity[] = [];
  // fraction words are rare: one cheap test before the scan that checks their boundaries
  for (const m of FRACTION_HINT.test(text) ? text.matchAll(FRACTION_RE) : []) {
    if (halves.some((h) => m.index >= h.start && m.index < h.end)) continue;
    // "one-third" as "one third"
    const value = FRACTIONS.find(([re]) => re.test(m[0].replace('-', ' ')))?.[1];
    // "less than half the record shortfall": a comparison of sizes, not a share
    if (NOT_A_SHARE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    // "een zesde plaats", "a fifth market": an ordinal before a rank noun, not a fraction
    if (RANK_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (value !== undefined) {
      out.push({
        type: 'percent',
        value,
        unit: 'percent',
        start: offset + m.index,
        end: offset + m.index + m[0].length,
      });
    }
  }
  return out;
}
