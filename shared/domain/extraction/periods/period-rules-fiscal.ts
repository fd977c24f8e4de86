// Fiscal years: "FY 2022/2023", "2020-21", "the current fiscal year", and the months they cover in each economy.
import { latin } from '../letters.js';
import { monthCount, monthSpan, pad, type Rule } from './period-rule.js';
import {
  alternation,
  entries,
  FISCAL_WORDS,
  MONTH_WORDS,
  monthNumber,
  QUARTER_WORDS,
  SHORT_MONTHS,
  YEAR,
} from './period-words.js';

const FISCAL_AFTER = alternation((words) => words.fiscalAfter);
const FISCAL_SHORT = alternation((words) => words.fiscalShort);
const FISCAL_CURRENT = alternation((words) => words.fiscalCurrent);
const FISCAL_LAST = alternation((words) => words.fiscalLast);
const LAST_WORDS = entries((words) => words.fiscalLast);
const FISCAL_THE = alternation((words) => words.fiscalThe);
const FISCAL_FIRST = alternation((words) => words.fiscalFirst);
const FISCAL_MONTHS = alternation((words) => words.fiscalMonths);
const FISCAL_OF = alternation((words) => words.fiscalOf);
const FISCAL_HALF_ORDINALS = alternation((words) => words.fiscalHalfOrdinals);
const FISCAL_HALF = alternation((words) => words.fiscalHalf);
const FISCAL_QUARTER_ORDINALS = alternation((words) => words.fiscalQuarterOrdinals);
const FISCAL_QUARTER = alternation((words) => words.fiscalQuarter);
const FISCAL_YEAR_NOUN = alternation((words) => words.fiscalYearNoun);

import type { FiscalYear } from './period.js';

const FISCAL_HINT = new RegExp(
  `${alternation((words) => words.fiscalHint)}|(?:19|20)\\d\\d\\s*[-–]\\s*\\d\\d(?!\\d)`,
  'i',
);

/** Whether a two-year label's second year, written whole or by its last two digits, is the year after `start`. */
const followsYear = (start: number, end: string): boolean =>
  end.length === 2 ? Number(end) === (start + 1) % 100 : Number(end) === start + 1;

/** The fiscal year the fiscal rule matched, or undefined when its two years do not follow each other. */
function fiscalOf(m: RegExpExecArray): FiscalYear | undefined {
  const months = monthCount(m[1] ?? '');
  // the half's ordinal counted as the quarters' are: first 1
  const half = m[2]?.toLowerCase();
  const quarter = QUARTER_WORDS[m[3]?.toLowerCase() ?? ''];
  const [first, last] = months
    ? [1, months]
    : half
      ? QUARTER_WORDS[half] === 1
        ? [1, 6]
        : [7, 12]
      : quarter
        ? [quarter * 3 - 2, quarter * 3]
        : [1, 12];
  if (m[1] && !months) return undefined;
  const start = m[4] ?? m[6] ?? m[10];
  const end = m[5] ?? m[7] ?? m[11];
  if (start && end)
    return followsYear(Number(start), end) ? { startYear: Number(start), first, last } : undefined;
  if (m[8]) {
    const year = m[8].length === 2 ? 2000 + Number(m[8]) : Number(m[8]);
    return { endYear: year, first, last };
  }
  const relative = m[9]?.toLowerCase();
  return { relative: relative && LAST_WORDS.includes(relative) ? 'last' : 'current', first, last };
}

/** The month a fiscal year starts in, for the economies whose fiscal year is not the calendar year. */
export const FISCAL_YEAR_START: Readonly<Record<string, number>> = {
  IN: 4,
  JP: 4,
  HK: 4,
  SG: 4,
  CA: 4,
  GB: 4,
  ZA: 4,
  PK: 7,
  EG: 7,
  BD: 7,
  AU: 7,
  NZ: 7,
  KE: 7,
  UG: 7,
  TZ: 7,
  NP: 7,
  US: 10,
  TH: 10,
};

const monthLabel = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;

/**
 * The months of a fiscal year for an economy whose fiscal year starts in `startMonth` (undefined: the calendar
 * year, where a two-year label is read as a span of years). Undefined when it counts from a publication date
 * that is not known.
 */
export function fiscalPeriod(
  fiscal: FiscalYear,
  startMonth: number | undefined,
  published: string | undefined,
): string | undefined {
  const first = startMonth ?? 1;
  const whole = fiscal.first === 1 && fiscal.last === 12;
  let startYear: number;
  if (fiscal.startYear !== undefined) {
    if (first === 1) return `${fiscal.startYear}/${fiscal.startYear + 1}`;
    startYear = fiscal.startYear;
  } else if (fiscal.endYear !== undefined) {
    startYear = first === 1 ? fiscal.endYear : fiscal.endYear - 1;
  } else {
    if (!published) return undefined;
    const year = Number(published.slice(0, 4));
    const month = Number(published.slice(5, 7));
    startYear = month >= first ? year : year - 1;
    if (fiscal.relative === 'last') startYear -= 1;
    // "the first six months of the fiscal year" are months already reported
    else if (!whole && startYear * 12 + first - 1 + fiscal.last - 1 > year * 12 + month - 1) startYear -= 1;
  }
  if (first === 1 && whole) return String(startYear);
  const from = startYear * 12 + first - 1 + fiscal.first - 1;
  return `${monthLabel(from)}/${monthLabel(from + fiscal.last - fiscal.first)}`;
}

// fiscal years: "FY 2022/2023", "2020-21", "the 2018-2019 fiscal year", "FY2023", "the current fiscal year",
// and some of their months ("the first eight months of this fiscal year", "the first half of the 2018-2019
// fiscal year"); the extractor gives them the months of the fiscal year of the economy that reports
export const fiscalYear: Rule = {
  name: 'fiscal-year',
  examples: [
    { text: 'Exports reached $5bn in FY 2022/2023.', period: '2022/2023' },
    { text: "Les ventes ont progressé sur l'exercice 2022-2023.", period: '2022/2023' },
    { text: "India's exports rose in the current fiscal year.", published: '2024-06', period: '2024' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}\\d])(?:(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?(?:${FISCAL_FIRST})\\s+(\\p{L}+|\\d{1,2})\\s+(?:${FISCAL_MONTHS})\\s+(?:${FISCAL_OF})\\s+|(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?(${FISCAL_HALF_ORDINALS})\\s+(?:${FISCAL_HALF})\\s+(?:${FISCAL_OF})\\s+|(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?(${FISCAL_QUARTER_ORDINALS})\\s+(?:${FISCAL_QUARTER})\\s+(?:${FISCAL_OF})\\s+)?(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?(?:(?:${FISCAL_WORDS})\\s*(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})|(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})\\s+(?:${FISCAL_AFTER})(?:\\s+(?:${FISCAL_YEAR_NOUN}))?|(?:${FISCAL_SHORT})\\s*['’]?(${YEAR}|\\d\\d)(?![\\d/–-])|(${FISCAL_CURRENT}|${FISCAL_LAST})\\s+(?:${FISCAL_AFTER})(?:\\s+(?:${FISCAL_YEAR_NOUN}))?(?!\\s*['’]?\\d)|(?<=(?:${FISCAL_MONTHS}|${FISCAL_HALF}|${FISCAL_QUARTER})\\s+(?:${FISCAL_OF})\\s+(?:(?:${FISCAL_THE})\\s+)?)(?:${FISCAL_AFTER})\\s+(?:${FISCAL_YEAR_NOUN})(?!\\s*['’]?\\d)|(${YEAR})\\s*[-–]\\s*(\\d\\d)(?!\\d|[.,]\\d|\\s*(?:%|${alternation((words) => words.percent)})))`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const fiscal = fiscalOf(m);
    return fiscal ? (fiscalPeriod(fiscal, undefined, published) ?? '') : undefined;
  },
  detail: (m) => {
    const fiscal = fiscalOf(m);
    return fiscal ? { fiscal } : undefined;
  },
  hint: FISCAL_HINT,
};

const MONTH_DASH = alternation((words) => words.monthDash);
/** "the first half of", "le premier semestre de l'", "de eerste zes maanden van het": the part the months say again */
const PART_OF_FISCAL = `(?:(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?(?:(?:${FISCAL_HALF_ORDINALS})\\s+(?:${FISCAL_HALF})|(?:${FISCAL_QUARTER_ORDINALS})\\s+(?:${FISCAL_QUARTER})|(?:${FISCAL_FIRST})\\s+(?:\\p{L}+|\\d{1,2})\\s+(?:${FISCAL_MONTHS}))\\s+(?:${FISCAL_OF})\\s+(?:(?:${FISCAL_THE})(?:\\s+|(?<=['’])))?)?`;
const A_MONTH = `(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?)`;

// a fiscal year and, in brackets, the months of it meant: "(the first half of) fiscal year 2023-24 (July-December)", "l'exercice
// 2023-2024 (juillet-décembre)"; the months fall in the year that holds them: those of the calendar year's end in the
// first, January to March in the second, a range across the new year from the one into the other
export const fiscalYearMonths: Rule = {
  name: 'fiscal-year-months',
  examples: [
    {
      text: 'Exports rose 12% in the first half of fiscal year 2023-24 (July-December).',
      period: '2023-07/2023-12',
    },
    {
      text: "Les exportations ont progressé sur l'exercice 2023-2024 (juillet-mars).",
      period: '2023-07/2024-03',
    },
    {
      text: 'De uitvoer steeg in boekjaar 2023-2024 (januari-maart) met 4 procent.',
      period: '2024-01/2024-03',
    },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}\\d])${PART_OF_FISCAL}(?:(?:${FISCAL_WORDS})\\s*)?(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})\\s*\\(\\s*${A_MONTH}\\s*(?:[-–]|${MONTH_DASH})\\s*${A_MONTH}\\s*\\)`,
      'giu',
    ),
  ),
  make: (m) => {
    const startYear = Number(m[1]);
    if (!followsYear(startYear, m[2] ?? '')) return undefined;
    const first = monthNumber(m[3]);
    const last = monthNumber(m[4]);
    if (!first || !last || first === last) return undefined;
    return monthSpan(last < first || first <= 3 ? startYear + 1 : startYear, { first, last });
  },
  hint: FISCAL_HINT,
};

// a quarter or half of a fiscal year by its code: "Q3 FY24", "H1 FY2024", "Q1 FY 2024-25" (India's Q3 FY24 is
// October to December 2023)
export const fiscalPartCode: Rule = {
  name: 'fiscal-part-code',
  examples: [
    { text: 'Bilateral trade grew 12% in Q3 FY24.', period: '2024-07/2024-09' },
    { text: 'Exports rose in H1 FY 2024-25.', period: '2024/2025' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}\\d])([QH])([1-4])\\s*(?:${FISCAL_SHORT})\\s*['’]?(?:(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})|(${YEAR}|\\d\\d)(?![\\d/–-]))`,
      'gu',
    ),
  ),
  make: (m, published) => {
    const fiscal = fiscalPartOf(m);
    return fiscal ? (fiscalPeriod(fiscal, undefined, published) ?? '') : undefined;
  },
  detail: (m) => {
    const fiscal = fiscalPartOf(m);
    return fiscal ? { fiscal } : undefined;
  },
  hint: FISCAL_HINT,
};

/** The fiscal year and months the fiscal part code matched, or undefined for a half above 2 or years that do not follow. */
function fiscalPartOf(m: RegExpExecArray): FiscalYear | undefined {
  const n = Number(m[2]);
  const half = m[1]?.toUpperCase() === 'H';
  if (half && n > 2) return undefined;
  const [first, last] = half ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3];
  if (m[3] && m[4])
    return followsYear(Number(m[3]), m[4]) ? { startYear: Number(m[3]), first, last } : undefined;
  const year = m[5] ?? '';
  return { endYear: year.length === 2 ? 2000 + Number(year) : Number(year), first, last };
}
