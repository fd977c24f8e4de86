// Months: ranges of months ("de janvier à octobre 2013"), rolling spans ("the 12 months to the end of May"),
// a month of a year ("en avril 2023") and a month without its year ("in januari").
import { latin } from '../letters.js';
import { monthCount, monthSpan, monthsBefore, pad, type Rule, undated } from './period-rule.js';
import {
  AND,
  alternation,
  DAY_ORDINALS,
  entries,
  MONTH_HINT,
  MONTH_WORDS,
  MONTHS,
  monthNumber,
  OF,
  SHORT_MONTHS,
  YEAR,
} from './period-words.js';

const ROLLING_QUARTERS = alternation((words) => words.rollingQuarters);
const ROLLING_MONTHS = alternation((words) => words.rollingMonths);
const ROLLING_YEAR = alternation((words) => words.rollingYear);
const QUARTERS = entries((words) => words.rollingQuarters);
const MONTH_TO = alternation((words) => words.monthTo);
const MONTH_RANGE_TO = alternation((words) => words.monthRangeTo);
const BETWEEN = alternation((words) => words.between);
const THE_MONTHS_OF = alternation((words) => words.theMonthsOf);
const OF_SECOND_MONTH = alternation((words) => words.ofSecondMonth);
const FROM_MONTH = alternation((words) => words.fromMonth);
const RANGE_END = alternation((words) => words.rangeEnd);
const MONTH_DASH = alternation((words) => words.monthDash);
const MONTHS_OF_YEAR = alternation((words) => words.monthsOfYear);
const MONTHS_THIS_YEAR = alternation((words) => words.monthsThisYear);
const IN_MONTH = alternation((words) => words.inMonth);
const MONTH_ARTICLES = alternation((words) => words.monthArticles);
const MONTH_NOUNS = alternation((words) => words.monthNouns);
const OF_NAMED_MONTH = alternation((words) => words.ofNamedMonth);

import type { MonthRange } from './period.js';

/** The first and last months of a range the month-range rule matched. */
function monthsOf(m: RegExpExecArray): MonthRange | undefined {
  const first = monthNumber(m[1] ?? m[3] ?? m[5]);
  const last = monthNumber(m[2] ?? m[4] ?? m[6]);
  return first && last && first !== last ? { first, last } : undefined;
}

// a range from a month of one year to a month of another: "March 2004-May 2016", "from March 2004 to May 2016"
// (not "between June 2011 and June 2012", which compares two months)
export const monthToMonthRange: Rule = {
  name: 'month-to-month-range',
  examples: [
    { text: 'Exports doubled from March 2004 to May 2016.', period: '2004-03/2016-05' },
    { text: 'Les exportations ont doublé de mars 2004 à mai 2016.', period: '2004-03/2016-05' },
    { text: 'De uitvoer verdubbelde van maart 2004 tot mei 2016.', period: '2004-03/2016-05' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(${MONTH_WORDS})\\s+(${YEAR})\\s*(?:[-–]|${MONTH_TO})\\s*(${MONTH_WORDS})\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => {
    const first = monthNumber(m[1]);
    const last = monthNumber(m[3]);
    return first && last && m[4] && m[2] && m[4] >= m[2]
      ? `${m[2]}-${pad(first)}/${m[4]}-${pad(last)}`
      : undefined;
  },
  needsYear: true,
  hint: MONTH_HINT,
};

// "between January 2022 and June 2024", "entre janvier 2022 et juin 2024", "tussen januari 2022 en juni 2024": the
// months from one to the other (but "between June 2011 and June 2012", the same month, compares two months)
export const betweenMonthsOfYears: Rule = {
  name: 'between-months-of-years',
  examples: [
    { text: 'Between January 2022 and June 2024, exports reached $286bn.', period: '2022-01/2024-06' },
    {
      text: 'Entre janvier 2022 et juin 2024, les exportations ont atteint 286 milliards.',
      period: '2022-01/2024-06',
    },
    { text: 'Tussen januari 2022 en juni 2024 bedroeg de uitvoer 286 miljard.', period: '2022-01/2024-06' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(?:${BETWEEN})\\s+(${MONTH_WORDS})\\s+(${YEAR})\\s+(?:${AND})\\s+(?!\\1\\s)(${MONTH_WORDS})\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => {
    const first = monthNumber(m[1]);
    const last = monthNumber(m[3]);
    return first && last && m[4] && m[2] && m[4] > m[2]
      ? `${m[2]}-${pad(first)}/${m[4]}-${pad(last)}`
      : undefined;
  },
  needsYear: true,
  hint: MONTH_HINT,
};

// a range of months: "between January and November", "de janvier à octobre 2013", "van januari tot en met
// augustus", "January-November 2018", "jan-aug 2011", "July-March (2016-17)" (a range that runs into the next
// year ends in the later year); with no year, the latest such months before publication
export const monthRange: Rule = {
  name: 'month-range',
  examples: [
    {
      text: "Entre janvier et octobre 2013, la Belgique a exporté 3 milliards d'euros.",
      period: '2013-01/2013-10',
    },
    {
      text: 'Van januari tot en met augustus steeg de uitvoer met 4 procent.',
      published: '2024-12',
      period: '2024-01/2024-08',
    },
    { text: 'Exports rose 6% in January-November 2018.', period: '2018-01/2018-11' },
    { text: 'Exports reached $2bn in July-March (2016-17).', period: '2016-07/2017-03' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(?:(?:${BETWEEN})\\s+(?:(?:${THE_MONTHS_OF})\\s+)?(${MONTH_WORDS})\\s+(?:${AND})\\s+(?:${OF_SECOND_MONTH})?(${MONTH_WORDS})|(?:${FROM_MONTH})\\s+(${MONTH_WORDS})\\s+(?:${MONTH_TO}|${MONTH_RANGE_TO})\\s+(?:(?:${RANGE_END})\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?)\\s*(?:[-–]|${MONTH_DASH})\\s*(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?))(?![\\p{L}])(?:\\s*,?\\s*(?:${MONTHS_OF_YEAR})?(${YEAR})(?:\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR}))?|\\s*\\(\\s*(${YEAR})\\s*[-–/]\\s*(\\d\\d|${YEAR})\\s*\\)|\\s+(?:${MONTHS_THIS_YEAR}))?`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const range = monthsOf(m);
    if (!range) return undefined;
    const startYear = m[7] ?? m[9];
    if (!startYear) return monthsBefore(published, range) ?? '';
    // "July-March (2016-17)": from the first year named to the second
    const endLabel = m[8] ?? m[10];
    const year =
      range.last < range.first && endLabel
        ? Number(endLabel.length === 2 ? `${startYear.slice(0, 2)}${endLabel}` : endLabel)
        : Number(startYear);
    return monthSpan(year, range);
  },
  detail: (m, published) => (published || m[7] || m[9] ? undefined : undated(monthsOf(m))),
  hint: MONTH_HINT,
};

// a rolling span: "the four quarters to the end of Q1 2024" (2023-04/2024-03; to Q4 it is the calendar year),
// "the 12 months to the end of May 2017", "the three-month period ending July 2018"
export const rollingSpan: Rule = {
  name: 'rolling-span',
  examples: [
    { text: 'Exports rose 4% in the 12 months to the end of May 2017.', period: '2016-06/2017-05' },
    { text: 'Imports fell in the three-month period ending July 2018.', period: '2018-05/2018-07' },
    { text: 'Sales grew in the four quarters to the end of Q4 2023.', period: '2023' },
    { text: 'Les ventes ont progressé sur les 12 mois à fin juin 2023.', period: '2022-07/2023-06' },
    { text: 'De uitvoer steeg in de twaalf maanden tot en met maart 2024.', period: '2023-04/2024-03' },
  ],
  re: latin(
    new RegExp(
      `(?:(?:${alternation((words) => words.rollingThe)})\\s+)?(\\p{L}+|\\d{1,2})(?:\\s+|-)(${ROLLING_QUARTERS}|${ROLLING_MONTHS})(?:\\s+(?:${alternation((words) => words.rollingPeriod)}))?\\s+(?:${alternation((words) => words.rollingTo)})\\s+(?:(?:${alternation((words) => words.rollingEnd)})\\s+)?(?:Q([1-4])\\s+(${YEAR})|(${MONTH_WORDS}),?\\s+(${YEAR}))`,
      'giu',
    ),
  ),
  make: (m) => {
    const count = monthCount(m[1] ?? '');
    const length = count && QUARTERS.includes(m[2]?.toLowerCase() ?? '') ? count * 3 : count;
    if (!length || length > 12) return undefined;
    const lastMonth = m[3] ? Number(m[3]) * 3 : monthNumber(m[5]);
    const year = Number(m[4] ?? m[6]);
    if (length === 12 && lastMonth === 12) return String(year);
    return monthSpan(year, { first: ((lastMonth - length + 12) % 12) + 1, last: lastMonth });
  },
  needsYear: true,
  // (the unit and the word to the end, "months to", "quarters ending", as the rule writes them: a text without them
  // is not tried with the pattern, which starts at any word)
  hint: latin(
    new RegExp(
      `(?:${ROLLING_QUARTERS}|${ROLLING_MONTHS})(?:\\s+(?:${alternation((words) => words.rollingPeriod)}))?\\s+(?:${alternation((words) => words.rollingTo)})`,
      'iu',
    ),
  ),
};

// a year to a month: "the year to June 2023" (2022-07/2023-06), "the financial year ended March 2024"; to December
// it is the calendar year
export const yearToMonth: Rule = {
  name: 'year-to-month',
  examples: [
    { text: 'Exports rose 4% in the year to June 2023.', period: '2022-07/2023-06' },
    { text: 'Imports fell 2% in the financial year ended March 2024.', period: '2023-04/2024-03' },
    { text: 'Sales grew in the year to December 2022.', period: '2022' },
  ],
  re: latin(
    new RegExp(
      `(?:(?:${alternation((words) => words.rollingThe)})\\s+)?(?:${ROLLING_YEAR})\\s+(?:${alternation((words) => words.rollingTo)})\\s+(?:(?:${alternation((words) => words.rollingEnd)})\\s+)?(${MONTH_WORDS}),?\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => {
    const last = monthNumber(m[1]);
    const year = Number(m[2]);
    return last === 12 ? String(year) : monthSpan(year, { first: last + 1, last });
  },
  needsYear: true,
  hint: latin(new RegExp(`(?:${ROLLING_YEAR})\\s+(?:${alternation((words) => words.rollingTo)})`, 'iu')),
};

// a month of a year: "en avril 2023", "in april 2023" (not a day's date: "le 27 septembre 2023")
export const monthOfYear: Rule = {
  name: 'month-of-year',
  examples: [
    { text: 'En avril 2023, les importations ont reculé de 2 %.', period: '2023-04' },
    { text: 'In april 2023 daalde de invoer met 2 procent.', period: '2023-04' },
  ],
  re: latin(
    new RegExp(
      `(?<!\\d(?:${alternation((words) => words.dayOrdinalsOfDates)})?\\s)(?<![\\d]\\s)\\b(${MONTH_WORDS})\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => `${m[2]}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 1)}`,
  needsYear: true,
  hint: MONTH_HINT,
};

// a month of the year before or of this one: "in April last year", "en avril de l'an dernier", "in april vorig jaar",
// "in March this year": that month of the year the publication date tells
export const monthOfRelativeYear: Rule = {
  name: 'month-of-relative-year',
  examples: [
    { text: 'from $520 million in April last year', published: '2024-05', period: '2023-04' },
    { text: "contre 1,2 milliard en avril de l'année dernière", published: '2024-05', period: '2023-04' },
    { text: 'Exports rose 8% in March this year.', published: '2024-05', period: '2024-03' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(${MONTH_WORDS})\\s+(?:(?:${OF})\\s+)?(?:(${alternation((words) => words.lastYear)})|${alternation((words) => words.thisYear)})(?![\\p{L}])`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const month = MONTHS[m[1]?.toLowerCase() ?? ''];
    if (!month || !published) return published ? undefined : '';
    return `${Number(published.slice(0, 4)) - (m[2] ? 1 : 0)}-${pad(month)}`;
  },
  hint: MONTH_HINT,
};

// a month without its year: the last such month up to the publication date ("in January", "en janvier",
// "tijdens de recordmaand maart"), or the year of the month it is coordinated with ("in januari en februari
// 2020")
export const monthWithoutYear: Rule = {
  name: 'month-without-year',
  examples: [
    { text: 'In January, exports fell 3%.', published: '2024-03', period: '2024-01' },
    { text: 'En novembre, les exportations ont reculé de 3 %.', published: '2024-03', period: '2023-11' },
    { text: 'Tijdens de recordmaand maart steeg de uitvoer.', published: '2024-05', period: '2024-03' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(?:${IN_MONTH})\\s+(?:(?:${MONTH_ARTICLES})\\s+\\p{L}*(?:${MONTH_NOUNS})\\s+(?:${OF_NAMED_MONTH})?)?(${MONTH_WORDS})(?![\\p{L}])(?!\\s+(?:(?:${OF})\\s+)?(?:19|20)\\d\\d)(?!\\s+\\d{1,2}(?:${DAY_ORDINALS})?(?:\\s*[,.;](?!\\d)|\\s*$|\\s+(?:19|20)\\d\\d))(?=(?:(?:\\s*,\\s*|\\s+(?:${AND})\\s+)(?:${MONTH_WORDS})\\s+(${YEAR}))?)`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const month = MONTHS[m[1]?.toLowerCase() ?? ''];
    if (!month) return undefined;
    if (m[2]) return `${m[2]}-${pad(month)}`;
    return monthsBefore(published, { first: month, last: month }) ?? '';
  },
  detail: (m, published) => {
    const month = MONTHS[m[1]?.toLowerCase() ?? ''];
    return published || m[2] || !month ? undefined : undated({ first: month, last: month });
  },
  hint: MONTH_HINT,
};

// the months a bracket lists, one after another, with no year: "(juni, juli, augustus)", "(June, July and August)",
// a heading's months (a three-month average), of the year the story is in
export const monthsListedInBrackets: Rule = {
  name: 'months-listed-in-brackets',
  examples: [
    {
      text: 'Over drie maanden gemiddeld (juni, juli, augustus): de uitvoer steeg met 4 procent.',
      published: '2024-10',
      period: '2024-06/2024-08',
    },
    {
      text: 'Three-month average (June, July and August): exports rose 4%.',
      published: '2024-10',
      period: '2024-06/2024-08',
    },
  ],
  re: latin(
    new RegExp(
      `\\(\\s*(${MONTH_WORDS})((?:\\s*(?:,|(?:${AND})(?![\\p{L}]))\\s*(?:${MONTH_WORDS}))+)\\s*\\)`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const range = listedMonths(m);
    return range ? (monthsBefore(published, range) ?? '') : undefined;
  },
  detail: (m, published) => (published ? undefined : undated(listedMonths(m))),
  hint: MONTH_HINT,
};

/** The first and last of the months a bracket lists, when they follow one another. */
function listedMonths(m: RegExpExecArray): MonthRange | undefined {
  const names = [m[1] ?? '', ...(m[2] ?? '').split(LIST_LINK).filter(Boolean)];
  const months = names.map((n) => monthNumber(n.trim()));
  const first = months[0];
  const last = months.at(-1);
  if (!first || !last || months.some((n, i) => n !== first + i)) return undefined;
  return { first, last };
}
const LIST_LINK = new RegExp(`\\s*(?:,|(?:${AND})(?![\\p{L}]))\\s*`, 'iu');
