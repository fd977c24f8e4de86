// Reads the numbers of a text that may be quantities: numbers in digits with the separators of the text's
// language, number words before a written-out scale ("deux milliards"), amounts with a half in words ("un
// milliard et demi") and numbers a stray space broke ("12 ,4%").
import type { Language } from '../language.js';
import { LATIN_LETTER, LETTER, latin } from '../letters.js';
import { withWords, words } from '../lexicon.js';
import { CARDINALS } from './number-words.js';
import { RESPECTIVELY, SCALES_AFTER_NUMBER_WORDS } from './quantity-words.js';

/** A number of the text: where it is and its value. */
export interface NumberAt {
  start: number;
  end: number;
  value: number;
}

const NUMBER_WORDS = CARDINALS;

/** Parses a written number with the separators of `language`: "3,1", "1.166", "12 500", "1,234.5". */
export function parseNumber(raw: string, language: Language): number {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return Number(compact.split(thousands).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(compact);
  const groups = compact.split(sep);
  const looksLikeThousands = groups.length > 2 || (groups[1]?.length === 3 && (groups[0]?.length ?? 0) <= 3);
  // A single separator followed by exactly three digits is a thousands separator where that separator is
  // not the decimal mark of the language: "1.166" in French and Dutch, "1,234" in English.
  const decimalMark = language === 'en' ? '.' : ',';
  if (looksLikeThousands && (groups.length > 2 || sep !== decimalMark)) return Number(groups.join(''));
  return Number(compact.replace(sep, '.'));
}

// ("4,52,000 crore": the Indian grouping, by lakhs, read as one number)
// A letter before a number is allowed in upper case only, for fused codes such as USD3.1.
// (the leading "(?=\d)" changes no match, every number starts with a digit, but lets V8 skip the positions that
// hold none instead of trying the lookbehinds at each: the pattern runs four times faster)
const NUMBER_RE =
  /(?=\d)(?:(?<=(?:^|[^A-Za-z])(?:Dhs?|Kshs?|[KUT]?Shs?|Rs))|(?<![a-z\u00DF-\u00F6\u00F8-\u00FF\d.,]))(\d{1,2}(?:,\d\d)+,\d{3}(?![,.]\d)|\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)/g;
// Number words only count before a written-out scale ("deux milliards", "one billion"): the scales are
// rare, so they are found first and the word before them checked.
const WORDED_SCALE_RE = new RegExp(`(?:${SCALES_AFTER_NUMBER_WORDS})(?![${LATIN_LETTER}])`, 'gi');
// Amounts with a half in words. Each match is a whole amount in base units (the currency after it is read as
// after any number): "un milliard et demi", "deux millions et demi", "un demi-milliard", "anderhalf miljard",
// "tweeënhalf miljoen", "een half miljard", "half a billion", "one and a half billion", "2 and a half million".
const HALF_HINT = new RegExp(
  words((c) => c.numbers.halfWords),
  'i',
);
const HALF_RE = latin(
  new RegExp(
    withWords`(?<![\p{L}\d])(?:(\p{L}+|\d{1,3})\s+(${(c) => c.numbers.scalesBeforeHalf})\s+(?:${(c) => c.numbers.halfAfterScale})` +
      withWords`|(?:${(c) => c.numbers.halfHyphenated})(${(c) => c.numbers.scalesAfterHalfHyphen})` +
      withWords`|(?:${(c) => c.numbers.oneAndAHalf})\s+(${(c) => c.numbers.scalesAfterOneAndAHalf})` +
      withWords`|(${(c) => c.numbers.unitsBeforeHalf})(?:${(c) => c.numbers.halfJoined})\s+(${(c) => c.numbers.scalesAfterJoinedHalf})` +
      withWords`|(?:${(c) => c.numbers.halfBeforeScale})\s+(${(c) => c.numbers.scalesAfterHalf})` +
      withWords`|(?:${(c) => c.numbers.halfOfAScale})\s+(${(c) => c.numbers.scalesAfterHalfOfA})` +
      withWords`|(\p{L}+|\d{1,3})\s+(?:${(c) => c.numbers.andAHalf})\s+(${(c) => c.numbers.scalesAfterAndAHalf}))(?![\p{L}])`,
    'giu',
  ),
);
const HALF_SCALES: Record<string, number> = {
  milliard: 1e9,
  milliards: 1e9,
  million: 1e6,
  millions: 1e6,
  miljard: 1e9,
  miljoen: 1e6,
  billion: 1e9,
};

function halfAmounts(text: string): NumberAt[] {
  const out: NumberAt[] = [];
  for (const m of text.matchAll(HALF_RE)) {
    const [
      ,
      wordFr,
      scaleFr,
      scaleDemi,
      scaleAnder,
      wordNl,
      scaleNl,
      scaleHalfNl,
      scaleHalfEn,
      wordEn,
      scaleEn,
    ] = m;
    const scaleWord = (
      scaleFr ??
      scaleDemi ??
      scaleAnder ??
      scaleNl ??
      scaleHalfNl ??
      scaleHalfEn ??
      scaleEn ??
      ''
    ).toLowerCase();
    const scale = HALF_SCALES[scaleWord];
    const word = (wordFr ?? wordNl ?? wordEn)?.toLowerCase();
    const whole =
      scaleAnder !== undefined
        ? 1
        : word === undefined
          ? 0
          : /^\d+$/.test(word)
            ? Number(word)
            : CARDINALS[word];
    if (!scale || whole === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: (whole + 0.5) * scale });
  }
  return out;
}

const THE_ONE = new RegExp(withWords`^(?:${(c) => c.quantities.theOneArticles})$`);
const SCALE_OF_ONE = new RegExp(withWords`^(?:${(c) => c.quantities.scaleOfOne})$`, 'i');
const AFTER_SCALE_OF_ONE = new RegExp(withWords`^\s+(?:${(c) => c.quantities.afterScaleOfOne})`);
const WORD_BEFORE_RE = latin(/(?<![\p{L}])(\p{L}+)\s+$/u);
const STRAY_SPACE_HINT = /\d ,\d|\d, \d{1,2}\s?%|\d\. \d{3}/;
/** "12 ,4%" (a space before the decimal comma), "6, 5 %" (after it, before a percent sign), "1. 000 milliards". */
const STRAY_SPACE_NUMBER = latin(
  new RegExp(
    withWords`(?<![\p{L}\d.,])(?:\d{1,3} ,\d{1,2}(?=\s?%)|\d{1,3}, \d{1,2}(?=\s?%)|\d{1,3}\. \d{3}(?=\s+(?:${(c) => c.quantities.scalesAfterSpacedThousands})(?![\p{L}])))`,
    'gu',
  ),
);
/** What can follow a number that has a unit: a letter, a currency or percent sign, after at most 3 spaces. */
const UNIT_MAY_FOLLOW = new RegExp(`^\\s{0,3}[${LATIN_LETTER}%€$£¥₹ƒ]|^-\\s*\\n`);
/** A currency sign or code just before a number: "€768", "US$ 3", "USD3.1", "DH 50". */
const SIGN_BEFORE = /[€$£¥₹ƒA-Z]\s?$/;
const RESPECTIVELY_NEAR = new RegExp(RESPECTIVELY, 'i');

/** 4,1 × 1e9 is 4100000000, not 4099999999.9999995. */
export const scaled = (value: number, scale: number) => {
  if (scale === 1) return value;
  const product = value * scale;
  const whole = Math.round(product);
  // within floating-point noise of a whole number (every scaled amount in practice): that number
  return Math.abs(product - whole) <= Math.abs(product) * 1e-12 ? whole : Number(product.toPrecision(12));
};

/**
 * The numbers of `text` that may carry a unit, in text order, and among them the amounts with a half in words
 * (the fractions are not read inside those).
 */
export function readNumbers(text: string, language: Language): { numbers: NumberAt[]; halves: NumberAt[] } {
  const numbers: NumberAt[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most numbers (years, counts) are followed by punctuation and preceded by no currency sign: no unit, and
    // not worth parsing.
    if (
      !UNIT_MAY_FOLLOW.test(text.slice(end, end + 4)) &&
      !SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start))
    ) {
      if (!RESPECTIVELY_NEAR.test(text.slice(Math.max(0, start - 40), start))) continue;
    }
    numbers.push({ start, end, value: parseNumber(m[0], language) });
  }
  // the patterns' "no letter before" is checked by hand: the engine then skips ahead on their first letters
  for (const m of text.matchAll(WORDED_SCALE_RE)) {
    if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) continue;
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const word = before?.[1]?.toLowerCase() ?? '';
    // "ont dépassé le milliard d'euros", "la barre du milliard de dollars": the billion is one
    const value =
      NUMBER_WORDS[word] ??
      (THE_ONE.test(word) &&
      SCALE_OF_ONE.test(m[0]) &&
      AFTER_SCALE_OF_ONE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))
        ? 1
        : undefined);
    if (!before || value === undefined) continue;
    // (the article is no part of the amount: "franchi le cap du milliard" reads "du" as the bound's)
    const start = NUMBER_WORDS[word] === undefined ? m.index : m.index - before[0].length;
    numbers.push({ start, end: NUMBER_WORDS[word] === undefined ? m.index : start + word.length, value });
  }
  // "un milliard et demi", "een half miljard", "half a billion": the half is part of the amount, and the words
  // inside the phrase ("un", "a") are no amounts of their own
  const halves = HALF_HINT.test(text) ? halfAmounts(text) : [];
  if (halves.length > 0) {
    const inHalf = (n: { start: number }) => halves.some((h) => n.start >= h.start && n.start < h.end);
    for (let i = numbers.length - 1; i >= 0; i--)
      if (inHalf(numbers[i] as { start: number })) numbers.splice(i, 1);
    numbers.push(...halves);
  }
  // "12 ,4%", "6, 5 %", "1. 000 milliards": a number a stray space broke is read whole, not as its parts
  if (STRAY_SPACE_HINT.test(text)) {
    for (const m of text.matchAll(STRAY_SPACE_NUMBER)) {
      const end = m.index + m[0].length;
      for (let i = numbers.length - 1; i >= 0; i--) {
        const part = numbers[i] as { start: number; end: number };
        if (part.start < end && part.end > m.index) numbers.splice(i, 1);
      }
      numbers.push({ start: m.index, end, value: parseNumber(m[0].replace(/\s/g, ''), language) });
    }
  }
  numbers.sort((a, b) => a.start - b.start);
  return { numbers, halves };
}
