// Year to date: "à fin avril 2023", "eind juni", "the first four months of 2018", "so far".
import { latin } from '../letters.js';
import { monthCount, pad, type Rule, undated } from './period-rule.js';
import {
  afterTheCount,
  alternation,
  counted,
  MONTH_WORDS,
  MONTHS,
  monthNumber,
  YEAR,
} from './period-words.js';

const AT = alternation((words) => words.at);
const END_OF = alternation((words) => words.endOf);
const TO_DATE = alternation((words) => words.toDate);

// year to date: "à fin avril 2023", "fin avril 2023", "eind april 2023", "end of April 2023"
export const toEndOfMonth: Rule = {
  name: 'to-end-of-month',
  examples: [
    { text: 'À fin avril 2023, les exportations atteignaient 12 milliards.', period: '2023-01/2023-04' },
    { text: 'Eind april 2023 bedroeg de uitvoer 12 miljard euro.', period: '2023-01/2023-04' },
    { text: 'By the end of April, 2023 exports stood at $12bn.', period: '2023-01/2023-04' },
  ],
  re: latin(
    new RegExp(
      `(?:(?:${AT})\\s+)?(?:${END_OF}|${alternation((words) => words.untilEndOf)})\\s+(${MONTH_WORDS}),?\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => `${m[2]}-01/${m[2]}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}`,
  needsYear: true,
  hint: new RegExp(END_OF, 'i'),
};

// year to date of the publication year: "à fin septembre", "eind juni"
export const toEndOfMonthThisYear: Rule = {
  name: 'to-end-of-month-this-year',
  examples: [
    {
      text: 'À fin septembre, les exportations atteignaient 12 milliards.',
      published: '2024-11',
      period: '2024-01/2024-09',
    },
    { text: 'Eind juni bedroeg de uitvoer 6 miljard euro.', published: '2024-08', period: '2024-01/2024-06' },
  ],
  re: latin(
    new RegExp(
      `(?:(?:${AT})\\s+)?(?:${END_OF})\\s+(${MONTH_WORDS})(?![\\p{L}])(?!\\s+(?:${alternation((words) => words.endOfMonthOfYear)})?(?:19|20)\\d\\d)`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const year = published?.slice(0, 4);
    return year ? `${year}-01/${year}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}` : '';
  },
  detail: (m, published) => (published ? undefined : undated({ first: 1, last: monthNumber(m[1]) || 12 })),
  hint: new RegExp(END_OF, 'i'),
};

// (what follows the count in every phrase, "premiers mois", "maanden van", "months of": a text without it names
// no first months, and the rules' patterns, which start at any word, are not tried on it)
const FIRST_MONTHS_HINT = latin(
  new RegExp(
    afterTheCount((words) => words.firstMonthsOf),
    'iu',
  ),
);
const FIRST_MONTHS_OF_THIS_YEAR_HINT = latin(
  new RegExp(
    afterTheCount((words) => words.firstMonthsOfThisYear),
    'iu',
  ),
);

// the first months of a year: "the first four months of 2018", "les quatre premiers mois de 2018"
export const firstMonthsOfYear: Rule = {
  name: 'first-months-of-year',
  examples: [
    { text: 'Exports rose 5% in the first four months of 2018.', period: '2018-01/2018-04' },
    {
      text: 'Les exportations ont progressé de 5 % sur les quatre premiers mois de 2018.',
      period: '2018-01/2018-04',
    },
    { text: 'De uitvoer steeg in de eerste vier maanden van 2018 met 5 procent.', period: '2018-01/2018-04' },
  ],
  re: latin(new RegExp(`(?:${counted((words) => words.firstMonthsOf, '\\w+')})\\s*(${YEAR})`, 'giu')),
  make: (m) => {
    // the groups of the counted entries, then the year
    const n = monthCount(m.slice(1, -1).find((group) => group !== undefined) ?? '');
    const year = m[m.length - 1];
    return n ? `${year}-01/${year}-${pad(n)}` : undefined;
  },
  needsYear: true,
  hint: FIRST_MONTHS_HINT,
};

// … of the year of publication: "les neuf premiers mois de l'année", "the first nine months of this year",
// "de eerste negen maanden van dit jaar"
export const firstMonthsOfThisYear: Rule = {
  name: 'first-months-of-this-year',
  examples: [
    {
      text: "Les exportations ont progressé sur les neuf premiers mois de l'année.",
      published: '2024-11',
      period: '2024-01/2024-09',
    },
    {
      text: 'Exports rose in the first nine months of this year.',
      published: '2024-11',
      period: '2024-01/2024-09',
    },
    {
      text: 'De uitvoer steeg in de eerste negen maanden van dit jaar.',
      published: '2024-11',
      period: '2024-01/2024-09',
    },
    { text: 'In the first ten months, exports rose 4%.', published: '2024-12', period: '2024-01/2024-10' },
  ],
  re: latin(new RegExp(`(?:${counted((words) => words.firstMonthsOfThisYear, '\\w+')})(?![\\p{L}])`, 'giu')),
  make: (m, published) => {
    const n = monthCount(m.slice(1).find((group) => group !== undefined) ?? '');
    // (months not yet over at the publication date are the year before's: "the first ten months", in March)
    const year = published
      ? Number(published.slice(0, 4)) - (n && Number(published.slice(5, 7)) <= n ? 1 : 0)
      : 0;
    return n && year ? `${year}-01/${year}-${pad(n)}` : undefined;
  },
  hint: FIRST_MONTHS_OF_THIS_YEAR_HINT,
};

// … of the year before the publication's: "les neuf premiers mois de l'année dernière", "de eerste negen maanden
// van vorig jaar", "the first nine months of last year"
export const firstMonthsOfLastYear: Rule = {
  name: 'first-months-of-last-year',
  examples: [
    {
      text: "Les exportations ont progressé sur les neuf premiers mois de l'année dernière.",
      published: '2024-03',
      period: '2023-01/2023-09',
    },
    {
      text: 'De uitvoer steeg in de eerste negen maanden van vorig jaar.',
      published: '2024-03',
      period: '2023-01/2023-09',
    },
    {
      text: 'Exports rose in the first nine months of last year.',
      published: '2024-03',
      period: '2023-01/2023-09',
    },
  ],
  re: latin(
    new RegExp(
      `(?:${counted((words) => words.firstMonthsOf, '\\w+')})\\s*(?:${alternation((words) => words.lastYear)})(?![\\p{L}])`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const n = monthCount(m.slice(1).find((group) => group !== undefined) ?? '');
    const year = published ? String(Number(published.slice(0, 4)) - 1) : undefined;
    return n && year ? `${year}-01/${year}-${pad(n)}` : undefined;
  },
  hint: FIRST_MONTHS_HINT,
};

// "have invested about $1.5 billion so far": up to the day of writing
export const soFar: Rule = {
  name: 'so-far',
  examples: [
    { text: 'The firm has invested about $1.5 billion so far.', published: '2024-05', period: '2024' },
    { text: "L'entreprise a investi 1,5 milliard jusqu'à présent.", published: '2024-05', period: '2024' },
    { text: 'Het bedrijf investeerde tot nu toe 1,5 miljard.', published: '2024-05', period: '2024' },
  ],
  re: latin(new RegExp(`(?<![\\p{L}])(?:${TO_DATE})(?![\\p{L}])`, 'giu')),
  make: (_m, published) => published?.slice(0, 4),
  toDate: true,
  hint: new RegExp(TO_DATE, 'i'),
};
