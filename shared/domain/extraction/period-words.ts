// The words of the period rules: month names and their abbreviations, quarter and half words, fiscal-year words,
// and the cheap hints that a clause can hold a period at all.
import { latin } from './letters.js';

export const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  januari: 1,
  februari: 2,
  maart: 3,
  april: 4,
  mei: 5,
  juni: 6,
  juli: 7,
  augustus: 8,
  september: 9,
  oktober: 10,
  november: 11,
  december: 12,
  january: 1,
  february: 2,
  march: 3,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  october: 10,
};
export const MONTH_WORDS = Object.keys(MONTHS).join('|');
export const SHORT_MONTHS =
  'jan|feb|febr|mar|mrt|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|déc|janv|févr|avr|juil';
export const YEAR = '(?:19[5-9]\\d|20\\d\\d)';

/** The month of a month word or its abbreviation ("févr", "Sept", "okt"). */
export const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return MONTHS[w] ?? SHORT_MONTH_NUMBERS.find(([prefix]) => w.startsWith(prefix))?.[1];
};
export const SHORT_MONTH_NUMBERS: Array<[string, number]> = [
  ['jan', 1],
  ['feb', 2],
  ['fév', 2],
  ['mar', 3],
  ['mrt', 3],
  ['apr', 4],
  ['avr', 4],
  ['jun', 6],
  ['juil', 7],
  ['jul', 7],
  ['aug', 8],
  ['sep', 9],
  ['oct', 10],
  ['okt', 10],
  ['nov', 11],
  ['dec', 12],
  ['déc', 12],
];

export const monthNumber = (word: string | undefined): number =>
  MONTHS[word?.toLowerCase().replace('.', '') ?? ''] ?? monthOf(word?.replace('.', '') ?? '') ?? 0;

/** The words that name a fiscal year before its label: "FY 2022/23", "fiscal year 2020-21", "exercice 2022-2023". */
export const FISCAL_WORDS =
  'FY|fiscal(?:\\s+year)?|financial\\s+year|exercice(?:\\s+(?:fiscal|budgétaire))?|année\\s+fiscale|boekjaar|begrotingsjaar';

export const QUARTER_WORDS: Record<string, number> = {
  premier: 1,
  '1er': 1,
  eerste: 1,
  first: 1,
  deuxième: 2,
  tweede: 2,
  second: 2,
  troisième: 3,
  derde: 3,
  third: 3,
  quatrième: 4,
  vierde: 4,
  fourth: 4,
};

// Cheap tests that a rule can match at all: most clauses name no month, horizon or span of months.
export const MONTH_HINT =
  /jan|f[eé]v|feb|mar|avr|apr|ma[iy]|maa|mei|juin|jun|juil|jul|ao[uû]|aug|sep|oct|okt|nov|d[eé]c/i;
export const RELATIVE_HINT = latin(/(?<![\p{L}])(?:an|année|jaar|year)(?![\p{L}])/iu);
