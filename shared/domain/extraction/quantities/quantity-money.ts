// Reads an amount of money around a number: its scale ("milliards", "bn", "k"), its currency after it or
// before it ("€", "US$", "dollars américains"), and the fused forms where scale and currency are one token
// ("MDH", "Mds €", "G$").
import { LANGUAGES, type Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from './quantity.js';
import {
  CURRENCY_PREFIXES,
  CURRENCY_SUFFIXES,
  currencyOf,
  DOLLAR,
  PREFIX_CODES,
  SUFFIX_CODES,
} from './quantity-currencies.js';
import { type NumberAt, scaled } from './quantity-numbers.js';
import { CURRENCY_LINKS, scaleWords, scaleWordsIn } from './quantity-words.js';

/**
 * The scale words a text in each language reads, in the order they are tried (see scaleWordsIn): each one read
 * with the words after it, for a meaning that needs them (French "billions d'euros").
 */
const SCALES = Object.fromEntries(
  LANGUAGES.map((language) => [
    language,
    scaleWordsIn(language).map(([word, factor]) => [
      latin(new RegExp(`^(?:${word})(?![\\p{L}])`, 'iu')),
      factor,
    ]),
  ]),
) as Record<Language, Array<[RegExp, number]>>;
const SCALE_WORD = scaleWords()
  .map(([word]) => word)
  .join('|');

/** The factor of the scale word that starts `from` ("milliards de dollars"), as a text in `language` reads it. */
function scaleOf(from: string | undefined, language: Language): number {
  if (!from) return 1;
  for (const [re, factor] of SCALES[language]) if (re.test(from)) return factor;
  return 1;
}

// Fused forms where scale and currency are one token.
const FUSED: Array<[RegExp, number, string]> = [
  [/^MMDH\b|^Mrds? ?DH\b|^Mds? ?DH\b/, 1e9, 'MAD'],
  [/^MDH\b|^M ?DH\b/, 1e6, 'MAD'],
  [/^(?:Mds?|Mrds?|Md) ?€/, 1e9, 'EUR'],
  [/^M ?€/, 1e6, 'EUR'],
  [/^k ?€/, 1e3, 'EUR'],
  // "9 250 MD", "120 MDT": millions of Tunisian dinars, as the Tunisian press writes them ("Md" is a milliard)
  [/^MDT?\b/, 1e6, 'TND'],
  // "61,4 G$", "520 M$", "(en G$ US)": a dollar whose economy the text tells, or the US dollar written out
  [/^(?:Mds?|Md|G) ?\$ ?US(?![A-Za-z])/, 1e9, 'USD'],
  [/^M ?\$ ?US(?![A-Za-z])/, 1e6, 'USD'],
  [/^(?:Mds?|Md|G) ?\$/, 1e9, DOLLAR],
  [/^M ?\$/, 1e6, DOLLAR],
  // "615 M EUR", "2 Mds USD": a scale letter, then an ISO code
  [/^(?:Mds?|Mrds?|Md) (?=[A-Z]{3}(?![A-Za-z]))/, 1e9, ''],
  [/^M (?=[A-Z]{3}(?![A-Za-z]))/, 1e6, ''],
];

const SUFFIX_RE = latin(
  new RegExp(
    `^\\s{0,3}(?:(${SCALE_WORD})(?![\\p{L}]))?\\.?\\s*(?:(?:${CURRENCY_LINKS})\\s*)?(?:(${CURRENCY_SUFFIXES.map(([p]) => `(?:${p})`).join('|')})(?![\\p{L}]))?`,
    'iu',
  ),
);
const PREFIX_RE = latin(
  new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_PREFIXES.map(([p]) => `(?:${p})`).join('|')})\\s?$`, 'u'),
);

const HYPHEN_SCALE = latin(new RegExp(`^-(?:${SCALE_WORD})(?![\\p{L}])`, 'iu'));
const LEADING_WORD = latin(/^\s{0,3}[\p{L}]+/u);
const MEASURE_AFTER = latin(new RegExp(withWords`^\s+(?:${(c) => c.quantities.measures})(?![\p{L}])`, 'iu'));
/**
 * The amount of money the number `n` is, with the text `after` it and `before` it, its scale words read as in
 * `language`; none without a unit.
 */
export function readMoney(
  n: NumberAt,
  given: string,
  before: string,
  language: Language,
): Quantity | undefined {
  const prefix = PREFIX_RE.exec(before);
  // "$5.6-billion", "C$1.2-million": a scale joined to an amount by a hyphen, read as after a space
  const after = prefix && HYPHEN_SCALE.test(given) ? ` ${given.slice(1)}` : given;
  const fusedAfter = after.replace(/^\s/, '');
  for (const [re, factor, code] of FUSED) {
    const f = re.exec(fusedAfter);
    if (!f) continue;
    // a scale letter before an ISO code takes that code's currency
    const iso = code ? '' : (/^[A-Z]{3}/.exec(fusedAfter.slice(f[0].length))?.[0] ?? '');
    const unit = code || currencyOf(iso, SUFFIX_CODES) || currencyOf(iso, PREFIX_CODES);
    if (!unit) continue;
    const end = n.end + (after.length - fusedAfter.length) + f[0].length + iso.length;
    return { type: 'money', value: scaled(n.value, factor), unit, start: n.start, end, scale: factor };
  }
  // "1,05 mil-\nliard": a word broken at a line end by PDF text is read whole, and the quote keeps the break.
  const { text: joined, origin } = joinLineBreakHyphens(after);
  const suffix = SUFFIX_RE.exec(joined);
  const scaleWord = suffix?.[1];
  const currencyWord = suffix?.[2];
  // Single-letter scales (m, b, k) only count when fused to a currency sign: "€768M", "$3.1bn".
  const scaleOk = scaleWord && (scaleWord.length > 1 || prefix || (currencyWord && /^\S/.test(after)));
  const scale = scaleOk ? scaleOf(joined.trimStart(), language) : 1;
  const prefixCode = prefix?.[1] ? currencyOf(prefix[1], PREFIX_CODES) : undefined;
  const suffixCode = currencyWord ? currencyOf(currencyWord, SUFFIX_CODES) : undefined;
  const code = prefixCode ?? suffixCode;
  const start = prefix?.[1] ? n.start - (before.length - before.lastIndexOf(prefix[1])) : n.start;
  // "bedroeg in 2024 € 21,3 mld", "in 2024 EUR 10,2 miljard": a year before a currency that opens the next amount
  if (
    code &&
    !prefixCode &&
    !scaleOk &&
    Number.isInteger(n.value) &&
    n.value >= 1900 &&
    n.value <= 2099 &&
    /^\s*\d/.test(joined.slice(suffix?.[0].length ?? 0))
  )
    return undefined;
  if (code) {
    const consumedJoined = suffixCode
      ? (suffix?.[0].length ?? 0)
      : scaleOk && scaleWord
        ? // the whole scale, of one word or two ("lakh crore")
          joined.indexOf(scaleWord) + scaleWord.length
        : 0;
    const consumed = originalLength(origin, consumedJoined);
    const end = n.end + trimTrailing(after.slice(0, consumed));
    return { type: 'money', value: scaled(n.value, scale), unit: code, start, end, scale };
  }
  // "contre 2,2 milliards en 2023": a scaled amount with no currency may take one from its clause (but not one
  // that counts tonnes or visitors: "2,2 millions de tonnes de cacao, pour une valeur de 4,5 milliards d'euros")
  if (scaleOk && scale >= 1e6) {
    const scaleLength = LEADING_WORD.exec(after)?.[0].length ?? 0;
    if (MEASURE_AFTER.test(after.slice(scaleLength))) return undefined;
    const end = n.end + scaleLength;
    return {
      type: 'money',
      value: scaled(n.value, scale),
      unit: '',
      start: n.start,
      end,
      scale,
      inheritedCurrency: true,
    };
  }
  return undefined;
}

const LINE_BREAK_HYPHEN = latin(/^-[ \t]*\r?\n[ \t]*(?=\p{Ll})/u);
/** `s` with line-end hyphenation undone, and for each character of the result its index in `s`. */
function joinLineBreakHyphens(s: string): { text: string; origin: number[] } {
  if (!/-[ \t]*\r?\n/.test(s)) return { text: s, origin: [] };
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const brk = s[i] === '-' && /\p{Ll}/u.test(s[i - 1] ?? '') ? LINE_BREAK_HYPHEN.exec(s.slice(i)) : null;
    if (brk) {
      i += brk[0].length - 1;
      continue;
    }
    text += s[i];
    origin.push(i);
  }
  return { text, origin };
}

/** The length in the original text of the first `length` characters of a joined text. */
function originalLength(origin: number[], length: number): number {
  if (origin.length === 0 || length === 0) return length;
  return (origin[length - 1] ?? length - 1) + 1;
}

function trimTrailing(s: string): number {
  return s.replace(latin(/[\s.]+$/u), '').length;
}
