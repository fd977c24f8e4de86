// The words of the quantity stage as the patterns read them: each list of `languages/*.ts` (the `numbers` and
// `quantities` sections) joined over the languages, French, Dutch and English in turn, a word that two
// languages share taken once. (To be folded into `lexicon.ts`, where words become patterns.)
import type { Cues, Language } from '../languages/cues.js';
import { ALL_CUES, CUES } from '../languages/index.js';
import { entries } from '../lexicon.js';

/** Every language's entries of a list, in language order, each once (the lexicon's `entries`). */
export const wordsOf = entries;

/** Every language's entries of a record of values; a word two languages share keeps the first one's value. */
export function valuesOf(
  pick: (cues: Cues) => Record<string, number>,
  languages = ALL_CUES,
): Record<string, number> {
  const values: Record<string, number> = {};
  for (const cues of languages) {
    for (const [word, value] of Object.entries(pick(cues))) if (!(word in values)) values[word] = value;
  }
  return values;
}

/** Every language's pairs of a word and its value, in language order, each word once. */
export function pairsOf(
  pick: (cues: Cues) => ReadonlyArray<[string, number]>,
  languages = ALL_CUES,
): Array<[string, number]> {
  const seen = new Set<string>();
  return languages.flatMap(pick).filter(([word]) => !seen.has(word) && Boolean(seen.add(word)));
}

/** The letters that end an entry ("kwart" of "drie ?kwart"): one cheap test before a scan for the entries. */
export const lastLetters = (entry: string): string => /\p{L}+$/u.exec(entry)?.[0] ?? entry;

/** An entry without the lookbehind that gives the words before it ("than half" is "half"). */
export const withoutLookbehind = (entry: string): string =>
  entry.replace(/^\(\?<=(?:[^()]|\([^()]*\))*\)/, '');

/** Whole numbers in one word, of every language: "deux" 2, "negen" 9, "a" 1. */
export const CARDINALS = valuesOf((c) => c.numbers.cardinals);
/** The teens and tens, of every language: "zestien" 16, "vingt" 20. */
export const TEENS_AND_TENS = valuesOf((c) => c.numbers.teensAndTens);
/** Ordinals in words, of every language: "douzième" 12, "vijfde" 5. */
export const ORDINAL_WORDS = valuesOf((c) => c.numbers.ordinals);
/** The endings of an ordinal in digits: "1er", "2e", "45ste", "3rd". */
export const ORDINAL_SUFFIX = `(?:${wordsOf((c) => c.numbers.ordinalSuffixes).join('|')})`;
/** Fractions in words and the percentage they are. */
export const FRACTION_WORDS = pairsOf((c) => c.numbers.fractions);

/** Scale words after a number and their factor. */
export const scaleWords = (languages = ALL_CUES): Array<[string, number]> =>
  pairsOf((c) => c.quantities.scales, languages);
/**
 * The scale words a text in `language` reads: its own first, then the other languages' (a French text may quote
 * "miljard"), so that a word two languages share has its own language's factor: "billion" is 1e12 in French and
 * 1e9 in English.
 */
export const scaleWordsIn = (language: Language): Array<[string, number]> =>
  scaleWords([CUES[language], ...ALL_CUES.filter((c) => c.language !== language)]);
/** The written-out scales a number word may stand before, as an alternation. */
export const SCALES_AFTER_NUMBER_WORDS = wordsOf((c) => c.quantities.scalesAfterNumberWords).join('|');
/** The currency words of every language for the currency `code`. */
export const currencyWords = (code: string): string[] => wordsOf((c) => c.quantities.currencies[code] ?? []);
/** The words between an amount and its currency, as an alternation. */
export const CURRENCY_LINKS = wordsOf((c) => c.quantities.currencyLinks).join('|');
/** The currency words that name the currency of a clause's bare amounts, as an alternation. */
export const CURRENCIES_NAMED = wordsOf((c) => c.quantities.currenciesNamed).join('|');
/** Percent words after a number. */
export const PERCENT_WORDS = wordsOf((c) => c.quantities.percent);
/** Percentage points after a number, as an alternation. */
export const PERCENTAGE_POINTS = wordsOf((c) => c.quantities.percentagePoints).join('|');
/** Nouns whose ordinal is a trade rank, as an alternation. */
export const RANK_NOUNS = wordsOf((c) => c.quantities.rankNouns).join('|');
/** Superlatives that rank first alone, as an alternation. */
export const SUPERLATIVES = wordsOf((c) => c.quantities.superlatives).join('|');
/** Adjectives between an ordinal and its rank noun, as an alternation. */
export const RANK_ADJECTIVE_WORDS = wordsOf((c) => c.quantities.rankAdjectives).join('|');
/** Continental adjectives, as an alternation. */
export const CONTINENTAL_ADJECTIVES = wordsOf((c) => c.quantities.continentalAdjectives).join('|');
/** What may stand before a continental adjective, as an alternation. */
export const CONTINENT_PREFIXES = wordsOf((c) => c.quantities.continentPrefixes).join('|');
/** "respectivement", "respectievelijk", "respectively", as an alternation. */
export const RESPECTIVELY = wordsOf((c) => c.quantities.respectively).join('|');
/** The words that join the last item of a list, as an alternation. */
export const AND = wordsOf((c) => c.quantities.and).join('|');
/** The words that open a range of amounts, as an alternation. */
export const RANGE_FROM = wordsOf((c) => c.quantities.rangeFrom).join('|');
/** The words that close a range of amounts, as an alternation. */
export const RANGE_TO = wordsOf((c) => c.quantities.rangeTo).join('|');
