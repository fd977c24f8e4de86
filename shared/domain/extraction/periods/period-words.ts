// The words of the period rules, compiled from the language records (`languages/*.ts`, section `periods`): month
// names and their abbreviations, quarter and half words, fiscal-year words, relative years and the rest. Every
// pattern holds the entries of all three languages, French first, each entry once. In an alternation the first
// entry that matches wins: where an entry begins another ("to" and "tot", "period" and "periode"), what follows
// it in the pattern tells them apart, or the longer one comes first.
import type { PeriodWords } from '../languages/cues.js';
import { ALL_CUES } from '../languages/index.js';
import { latin } from '../letters.js';
import { entries as entriesOf } from '../lexicon.js';

type Field = (words: PeriodWords) => readonly string[];

/** The entries of one field in every language, French first, each once. */
export function entries(field: Field): string[] {
  return entriesOf((cues) => field(cues.periods));
}
/** The same as a regex alternation: "cette année|dit jaar|this year". */
export const alternation = (field: Field): string => entries(field).join('|');
/** Entries that count ("il y a # ans"), each # made a group around what `number` matches. */
export const counted = (field: Field, number: string): string =>
  alternation(field).replaceAll('#', `(${number})`);
/**
 * The part of each counted entry after its count and the spaces after it ("premiers\\s+mois" of
 * "(?:les\\s+)?#\\s+premiers\\s+mois"), as an alternation: a stretch that every match of the entries holds, for
 * a rule's hint (a hint that starts with a word is scanned for fast, one that starts with spaces is not).
 */
export const afterTheCount = (field: Field): string =>
  entries(field)
    .map((entry) => entry.slice(entry.lastIndexOf('#') + 1).replace(/^\\s[+*]/, ''))
    .join('|');
/** How many entries a field has in all: the groups of `counted` come in this number, before any other. */
export const entryCount = (field: Field): number => entries(field).length;
/** Words counted from 1 by their place in a list of lists: the months, the ordinals. */
function numbered(field: (words: PeriodWords) => readonly string[][]): Record<string, number> {
  const numbers: Record<string, number> = {};
  for (const cues of ALL_CUES)
    field(cues.periods).forEach((forms, i) => {
      for (const form of forms) numbers[form] ??= i + 1;
    });
  return numbers;
}

export const YEAR = '(?:19[5-9]\\d|20\\d\\d)';

/** The month of each month name: "février" and "fevrier" 2, "mei" 5. */
export const MONTHS: Record<string, number> = numbered((words) => words.months);
export const MONTH_WORDS = Object.keys(MONTHS).join('|');
/** The month of each abbreviation: "févr" 2, "mrt" 3. */
const ABBREVIATIONS: Record<string, number> = numbered((words) => words.monthAbbreviations);
export const SHORT_MONTHS = Object.keys(ABBREVIATIONS).join('|');

/** The month of a month word or its abbreviation ("févr", "Sept", "okt"). */
export const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return MONTHS[w] ?? ABBREVIATIONS[w];
};
export const monthNumber = (word: string | undefined): number =>
  MONTHS[word?.toLowerCase().replace('.', '') ?? ''] ?? monthOf(word?.replace('.', '') ?? '') ?? 0;

/** What may follow the number of a day before its month: "1er", "21st". */
export const DAY_ORDINALS = alternation((words) => words.dayOrdinals);
/** The same after the month: "March 6th". */
export const DAY_ORDINALS_AFTER_MONTH = alternation((words) => words.dayOrdinalsAfterMonth);
/** What ties a period to the year after it: "de", "van", "of". */
export const OF = alternation((words) => words.of);
/** "et", "en", "and". */
export const AND = alternation((words) => words.and);

/** The quarter or half an ordinal counts: "premier" and "1er" 1, "derde" 3. */
export const QUARTER_WORDS: Record<string, number> = numbered((words) => words.ordinals);
/** "first", "premier", "eerste"…: the ordinals of the first half, as against the second. */
export const FIRST_WORDS = entries((words) => words.ordinals[0] ?? []);
/** Every ordinal, first to fourth: "premier", "derde", "fourth". */
export const ORDINALS = alternation((words) => words.ordinals.flat());
/** The ordinals of halves: first and second. */
export const HALF_ORDINALS = alternation((words) => words.ordinals.slice(0, 2).flat());
export const QUARTER_NOUNS = alternation((words) => words.quarterNouns);
export const HALF_NOUNS = alternation((words) => words.halfNouns);

/** The words that name a fiscal year before its label: "FY 2022/23", "fiscal year 2020-21", "exercice 2022-2023". */
export const FISCAL_WORDS = alternation((words) => words.fiscalYear);
/** Years after a number: "cinq ans", "vijf jaar", "five years". */
export const YEARS_NOUNS = alternation((words) => words.yearsNouns);

// Cheap tests that a rule can match at all: most clauses name no month, horizon or span of months. (The month
// hint also decides whether day dates are looked for, so it stays exactly these prefixes.)
export const MONTH_HINT = new RegExp(
  alternation((words) => words.monthHint),
  'i',
);
export const RELATIVE_HINT = latin(
  new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.yearNouns)})(?![\\p{L}])`, 'iu'),
);
/** … or a fiscal year's word alone: "the previous fiscal". */
export const YEAR_BEFORE_HINT = latin(
  new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.yearNouns)}|${FISCAL_WORDS})(?![\\p{L}])`, 'iu'),
);
