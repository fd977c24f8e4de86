// Reads the shares written in words: a whole number before a percent word ("zestien procent") and the
// fractions ("un tiers", "a quarter"), and the percent signs and words after a number.
import { LATIN_LETTER, latin } from './letters.js';
import { cardinalValue } from './number-words.js';
import type { Quantity } from './quantities.js';
import type { NumberAt } from './quantity-numbers.js';
import { RANK_NOUN_AFTER } from './quantity-ranks.js';

const FRACTIONS: Array<[RegExp, number]> = [
  [/^(?:la moitié|de helft|half|one half|a half)$/i, 50],
  [/^(?:un tiers|een derde|a third|one third)$/i, 100 / 3],
  [/^(?:deux tiers|twee derde|two thirds)$/i, 200 / 3],
  [/^(?:un quart|een kwart|a quarter|one quarter)$/i, 25],
  [/^(?:trois[ -]quarts|drie ?kwart|three[ -]quarters)$/i, 75],
  [/^(?:un cinquième|een vijfde|a fifth|one fifth)$/i, 20],
  [/^(?:un dixième|een tiende|a tenth|one tenth)$/i, 10],
  [/^(?:un sixième|een zesde|a sixth|one sixth)$/i, 100 / 6],
  [/^(?:un huitième|een achtste|an eighth|one eighth)$/i, 12.5],
  [/^(?:deux cinquièmes|twee vijfde|two fifths)$/i, 40],
  [/^(?:trois cinquièmes|drie vijfde|three fifths)$/i, 60],
];
// Case-sensitive but for the article's first letter: matching case-insensitively costs more than the
// whole scan of numbers.
const FRACTION_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(?:[Ll]a moitié|[Dd]e helft|[Oo]ne[ -]half|[Aa] half|[Uu]n tiers|[Ee]en derde|[Aa] third|[Oo]ne[ -]third|` +
    `[Dd]eux tiers|[Tt]wee derde|[Tt]wo[ -]thirds|[Uu]n quart|[Ee]en kwart|[Aa] quarter|[Oo]ne[ -]quarter|[Tt]rois quarts|` +
    `[Dd]rie ?kwart|[Tt]hree[ -]quarters|[Tt]rois-quarts|[Uu]n cinquième|[Ee]en vijfde|[Aa] fifth|[Oo]ne[ -]fifth|[Uu]n dixième|[Ee]en tiende|` +
    `[Aa] tenth|[Oo]ne[ -]tenth|[Uu]n sixième|[Ee]en zesde|[Aa] sixth|[Oo]ne[ -]sixth|[Uu]n huitième|[Ee]en achtste|[Aa]n eighth|[Oo]ne[ -]eighth|` +
    `[Dd]eux cinquièmes|[Tt]wee vijfde|[Tt]wo[ -]fifths|[Tt]rois cinquièmes|[Dd]rie vijfde|[Tt]hree[ -]fifths|` +
    `(?<=(?:than|by|nearly|almost|about|over|close to|up to) )half)(?![${LATIN_LETTER}])`,
  'g',
);

const FRACTION_HINT =
  /moiti|helft|half|tiers|derde|third|quart|kwart|cinqui|vijfde|fifth|dixi|tiende|tenth|sixi|zesde|sixth|huiti|achtste|eighth/;

const PERCENT_WORD_HINT = /procent|cent/i;
const PERCENT_WORD = latin(/(?<![\p{L}])(?:procent|pour\s?cent|per\s?cent|percent)(?![\p{L}])/giu);
/** A number written out before its percent word: "zestien procent", "soixante et onze pour cent". */
const WORDED_NUMBER_BEFORE = latin(/(?<![\p{L}-])(\p{L}+(?:-\p{L}+)*(?: et (?:un|une|onze))?)\s+$/u);
export const PERCENT_RE = latin(/^\s?(?:%|pour\s?cent\b|procent\b|percent\b|per\s?cent\b|pct\b)/iu);
export const PERCENTAGE_POINTS_RE = latin(
  /^\s*(?:points?\s+de\s+pourcentage|procentpunt(?:en)?|percentage\s+points?|(?:pp|pt)\b)/iu,
);

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

/** The fractions in words of `text` ("un tiers", "een kwart", "a half"), but those inside an amount `halves`. */
export function fractions(text: string, offset: number, halves: NumberAt[]): Quantity[] {
  const out: Quantity[] = [];
  // fraction words are rare: one cheap test before the scan that checks their boundaries
  for (const m of FRACTION_HINT.test(text) ? text.matchAll(FRACTION_RE) : []) {
    if (halves.some((h) => m.index >= h.start && m.index < h.end)) continue;
    // "one-third" as "one third"
    const value = FRACTIONS.find(([re]) => re.test(m[0].replace('-', ' ')))?.[1];
    // "less than half the record shortfall": a comparison of sizes, not a share
    if (/^\s+(?:the|that|what)\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)))
      continue;
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
