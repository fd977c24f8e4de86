// Finds what period a clause speaks of: years, spans, months, year-to-date phrases, quarters and halves,
// and years relative to the publication date ("l'an dernier", "vorig jaar", "last year").

import { latin } from './letters.js';
import { CARDINALS } from './number-words.js';
import type { Span } from './text-segments.js';

export interface PeriodMention {
  period: string;
  start: number;
  end: number;
  /** a horizon ("d'ici 2030", "tegen eind 2020", "by 2030"): the figure is a target for it */
  horizon: boolean;
  /** a base of comparison ("par rapport à 2022", "tegenover 2017", "on the previous year"): never the
   * period of a figure, unless it stands right after that figure */
  comparison: boolean;
  /** "un an auparavant", "a year earlier": one year before the period the clause speaks of */
  yearBefore?: boolean;
  /** how many years before: 5 for "cinq ans plus tôt", 1 for "un an auparavant" */
  yearsBack?: number;
  /** "sur la même période de 2022": the clause's span of months, in the year named */
  samePeriod?: boolean;
  /** "in dezelfde periode", "over the same period": the years of the sentence before; resolved by the
   * extractor, '' until then */
  sameAsBefore?: boolean;
  /** "depuis 2019", "since 2019": from that year on; the extractor ends it at the story's latest year */
  since?: boolean;
  /** "so far", "tot nu toe": up to the day of writing, for an amount accumulated (a stock) */
  toDate?: boolean;
  /** "last year", "l'an dernier", "vorig jaar": the year before publication */
  lastYear?: boolean;
  /** "au mois précédent", "a month earlier": the month before the clause's own month; period '' */
  monthBefore?: boolean;
  /** "this year", "cette année", "dit jaar": the year in progress, of which the text may report some months */
  thisYear?: boolean;
  /** months named without their year ("by the end of February", "between January and November") in a text
   * with no publication date: the extractor gives them the story's year; period '' until then */
  months?: MonthRange;
  /** "last year", "dit jaar" in a text with no publication date: the extractor gives it the year of the story
   * the text tells; period '' until then */
  storyYear?: boolean;
  /** a fiscal year ("FY 2022/2023", "2020-21", "the current fiscal year"): its months depend on the economy
   * that reports the figure, which the extractor knows; `period` is the calendar reading meanwhile */
  fiscal?: FiscalYear;
}

/** Months counted from 1; `last` < `first` when the range runs into the next year ("July-April"). */
export interface MonthRange {
  first: number;
  last: number;
}

/** A fiscal year, or some of its months, as a text names it. */
export interface FiscalYear {
  /** the calendar year the fiscal year starts in, when a label names two years ("2020-21", "FY 2022/2023") */
  startYear?: number;
  /** the year a one-year label names ("FY2023"): the fiscal year that ends in it */
  endYear?: number;
  /** "the current fiscal year", "the last financial year": counted from the publication date */
  relative?: 'current' | 'last';
  /** the months of the fiscal year meant, from its first month: 1 to 10 for "the first 10 months" */
  first: number;
  last: number;
}

const MONTHS: Record<string, number> = {
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
const SHORT_MONTHS = 'jan|feb|febr|mar|mrt|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|déc|janv|févr|avr|juil';
const YEAR = '(?:19[5-9]\\d|20\\d\\d)';

/** The years a "cinq ans plus tôt" counts back; 1 when the phrase names no number. */
const yearsCounted = (word: string | undefined): number => {
  if (!word) return 1;
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 1 && n <= 50 ? n : 1;
};
const monthCount = (word: string) => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 1 && n <= 12 ? n : undefined;
};
const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (word: string | undefined): number =>
  MONTHS[word?.toLowerCase().replace('.', '') ?? ''] ?? monthOf(word?.replace('.', '') ?? '') ?? 0;
/** "2023-01/2023-09", "2023-03", or a month range running into the next year: "2018-07/2019-04". */
export function monthSpan(year: number, { first, last }: MonthRange): string {
  const startYear = last < first ? year - 1 : year;
  return first === last && startYear === year
    ? `${year}-${pad(first)}`
    : `${startYear}-${pad(first)}/${year}-${pad(last)}`;
}
/** The year of months named without one: the latest such months up to the publication month. */
function monthsBefore(published: string | undefined, range: MonthRange): string | undefined {
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  return monthSpan(range.last > Number(published.slice(5, 7)) ? year - 1 : year, range);
}
/** Months with no year stated and no publication date: '' for the extractor to date with the story's year. */
const undated = (range: MonthRange | undefined) => (range ? { months: range } : undefined);
/** The first and last months of a range the month-range rule matched. */
function monthsOf(m: RegExpExecArray): MonthRange | undefined {
  const first = monthNumber(m[1] ?? m[3] ?? m[5]);
  const last = monthNumber(m[2] ?? m[4] ?? m[6]);
  return first && last && first !== last ? { first, last } : undefined;
}

/** The words that name a fiscal year before its label: "FY 2022/23", "fiscal year 2020-21", "exercice 2022-2023". */
const FISCAL_WORDS =
  'FY|fiscal(?:\\s+year)?|financial\\s+year|exercice(?:\\s+(?:fiscal|budgétaire))?|année\\s+fiscale|boekjaar|begrotingsjaar';
const FISCAL_HINT = /FY|fiscal|financial|exercice|boekjaar|begrotingsjaar|(?:19|20)\d\d\s*[-–]\s*\d\d(?!\d)/i;

/** The fiscal year the fiscal rule matched, or undefined when its two years do not follow each other. */
function fiscalOf(m: RegExpExecArray): FiscalYear | undefined {
  const months = monthCount(m[1] ?? '');
  const half = m[2]?.toLowerCase();
  const quarter = QUARTER_WORDS[m[3]?.toLowerCase() ?? ''];
  const [first, last] = months
    ? [1, months]
    : half
      ? half === 'first'
        ? [1, 6]
        : [7, 12]
      : quarter
        ? [quarter * 3 - 2, quarter * 3]
        : [1, 12];
  if (m[1] && !months) return undefined;
  const start = m[4] ?? m[6] ?? m[10];
  const end = m[5] ?? m[7] ?? m[11];
  if (start && end) {
    const next = Number(start) + 1;
    if (end.length === 2 ? Number(end) !== next % 100 : Number(end) !== next) return undefined;
    return { startYear: Number(start), first, last };
  }
  if (m[8]) {
    const year = m[8].length === 2 ? 2000 + Number(m[8]) : Number(m[8]);
    return { endYear: year, first, last };
  }
  const relative = m[9]?.toLowerCase();
  return { relative: relative && /^(?:last|past|latest)$/.test(relative) ? 'last' : 'current', first, last };
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

const QUARTER_WORDS: Record<string, number> = {
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
/** The quarter the quarter rule matched: "Q3", "third quarter", "3de kwartaal". */
const quarterOf = (m: RegExpExecArray): number =>
  m[1] || m[3] ? Number(m[1] ?? m[3]) : (QUARTER_WORDS[m[2]?.toLowerCase() ?? ''] ?? 0);

type Rule = {
  re: RegExp;
  make: (m: RegExpExecArray, published?: string) => string | undefined;
  /** the months or fiscal year the extractor resolves, when `make` cannot ('') or may be refined */
  detail?: (
    m: RegExpExecArray,
    published?: string,
  ) => { months?: MonthRange; fiscal?: FiscalYear; storyYear?: boolean } | undefined;
  horizon?: boolean;
  yearBefore?: boolean;
  samePeriod?: boolean;
  sameAsBefore?: boolean;
  since?: boolean;
  toDate?: boolean;
  lastYear?: boolean;
  monthBefore?: boolean;
  thisYear?: boolean;
  /** skip the rule on clauses without a year (every rule whose pattern requires one) */
  needsYear?: boolean;
  /** a cheap test that the rule can match at all */
  hint?: RegExp;
};

// Cheap tests that a rule can match at all: most clauses name no month, horizon or span of months.
const MONTH_HINT =
  /jan|f[eé]v|feb|mar|avr|apr|ma[iy]|maa|mei|juin|jun|juil|jul|ao[uû]|aug|sep|oct|okt|nov|d[eé]c/i;
const RELATIVE_HINT = latin(/(?<![\p{L}])(?:an|année|jaar|year)(?![\p{L}])/iu);

/** A span from the year after "depuis/sinds/since" (and `what` before it) to the year of writing. */
function sinceRule(what: string): Rule {
  return {
    re: latin(new RegExp(`(?<![\\p{L}])(?:depuis|sinds|since)\\s+${what}(?![\\d.,]\\d)`, 'giu')),
    make: (m, published) => {
      const end = published ? Number(published.slice(0, 4)) : undefined;
      return end && end > Number(m[1]) ? `${m[1]}/${end}` : m[1];
    },
    since: true,
    needsYear: true,
    hint: /depuis|sinds|since/i,
  };
}

const RULES: Rule[] = [
  // a range from a month of one year to a month of another: "March 2004-May 2016", "from March 2004 to May 2016"
  // (not "between June 2011 and June 2012", which compares two months)
  {
    re: latin(
      new RegExp(
        `(?<![\\p{L}])(${MONTH_WORDS})\\s+(${YEAR})\\s*(?:[-–]|to|until|through|à|jusqu['’](?:à|en)|tot(?:\\s+en\\s+met)?)\\s*(${MONTH_WORDS})\\s+(${YEAR})`,
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
  },
  // a range of months: "between January and November", "de janvier à octobre 2013", "van januari tot en met
  // augustus", "January-November 2018", "jan-aug 2011", "July-March (2016-17)" (a range that runs into the next
  // year ends in the later year); with no year, the latest such months before publication
  {
    re: latin(
      new RegExp(
        `(?<![\\p{L}])(?:(?:between|entre|tussen)\\s+(?:les?\\s+mois\\s+de\\s+)?(${MONTH_WORDS})\\s+(?:and|et|en)\\s+(?:d['’]|de\\s+)?(${MONTH_WORDS})|(?:from|de|d['’]|van)\\s+(${MONTH_WORDS})\\s+(?:to|until|through|à|au|jusqu['’](?:à|en)|tot(?:\\s+en\\s+met)?|t/m)\\s+(?:fin\\s+|eind\\s+|the\\s+end\\s+of\\s+)?(${MONTH_WORDS})|(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?)\\s*(?:[-–]|t/m)\\s*(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?))(?![\\p{L}])(?:\\s*,?\\s*(?:of\\s+|de\\s+l['’]année\\s+|de\\s+|van\\s+)?(${YEAR})(?:\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR}))?|\\s*\\(\\s*(${YEAR})\\s*[-–/]\\s*(\\d\\d|${YEAR})\\s*\\)|\\s+(?:this\\s+year|(?:de\\s+)?cette\\s+année|de\\s+l['’]année(?:\\s+en\\s+cours)?|(?:van\\s+)?dit\\s+jaar))?`,
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
  },
  // fiscal years: "FY 2022/2023", "2020-21", "the 2018-2019 fiscal year", "FY2023", "the current fiscal year",
  // and some of their months ("the first eight months of this fiscal year", "the first half of the 2018-2019
  // fiscal year"); the extractor gives them the months of the fiscal year of the economy that reports
  {
    re: latin(
      new RegExp(
        `(?<![\\p{L}\\d])(?:(?:the\\s+)?first\\s+(\\p{L}+|\\d{1,2})\\s+months\\s+of\\s+|(?:the\\s+)?(first|second)\\s+half\\s+of\\s+|(?:the\\s+)?(first|second|third|fourth)\\s+quarter\\s+of\\s+)?(?:the\\s+)?(?:(?:${FISCAL_WORDS})\\s*(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})|(${YEAR})\\s*[-–/]\\s*(\\d\\d(?!\\d)|${YEAR})\\s+(?:fiscal|financial)(?:\\s+year)?|(?:FY|fiscal(?:\\s+year)?)\\s*['’]?(${YEAR}|\\d\\d)(?![\\d/–-])|(current|this|present|last|past|latest)\\s+(?:fiscal|financial)(?:\\s+year)?(?!\\s*['’]?\\d)|(?<=(?:months|half|quarter)\\s+of\\s+(?:the\\s+)?)(?:fiscal|financial)\\s+year(?!\\s*['’]?\\d)|(${YEAR})\\s*[-–]\\s*(\\d\\d)(?!\\d|[.,]\\d|\\s*(?:%|per\\s*cent|pour\\s*cent|procent)))`,
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
  },
  // "les projets annoncés depuis 2023", "sinds 2021", "since 2020": from that year to the publication's
  sinceRule(`(?:(?:le\\s+)?début\\s+|begin\\s+|early\\s+)?(${YEAR})`),
  // "Sinds de inwerkingtreding van het akkoord in 2019", "since the agreement took effect in 2019"
  sinceRule(`(?:l['’]|la\\s|le\\s|de\\s|het\\s|the\\s|its\\s)[^.;,\\d]{0,90}?\\s(?:in|en)\\s+(${YEAR})`),
  // a rolling span: "the four quarters to the end of Q1 2024" (2023-04/2024-03; to Q4 it is the calendar year),
  // "the 12 months to the end of May 2017", "the three-month period ending July 2018"
  {
    re: latin(
      new RegExp(
        `(?:the\\s+)?(\\p{L}+|\\d{1,2})(?:\\s+|-)(quarters|months?)(?:\\s+period)?\\s+(?:to|ending|ended|up\\s+to)\\s+(?:the\\s+end\\s+of\\s+)?(?:Q([1-4])\\s+(${YEAR})|(${MONTH_WORDS}),?\\s+(${YEAR}))`,
        'giu',
      ),
    ),
    make: (m) => {
      const count = monthCount(m[1] ?? '');
      const length = count && /^quarters$/i.test(m[2] ?? '') ? count * 3 : count;
      if (!length || length > 12) return undefined;
      const lastMonth = m[3] ? Number(m[3]) * 3 : monthNumber(m[5]);
      const year = Number(m[4] ?? m[6]);
      if (length === 12 && lastMonth === 12) return String(year);
      return monthSpan(year, { first: ((lastMonth - length + 12) % 12) + 1, last: lastMonth });
    },
    needsYear: true,
    hint: /quarters|month/i,
  },
  // year to date: "à fin avril 2023", "fin avril 2023", "eind april 2023", "end of April 2023"
  {
    re: latin(
      new RegExp(
        `(?:à\\s+)?(?:fin|eind(?:e)?|end of|through|tot eind)\\s+(${MONTH_WORDS}),?\\s+(${YEAR})`,
        'giu',
      ),
    ),
    make: (m) => `${m[2]}-01/${m[2]}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}`,
    needsYear: true,
    hint: /fin|eind|end of|through/i,
  },
  // year to date of the publication year: "à fin septembre", "eind juni"
  {
    re: latin(
      new RegExp(
        `(?:à\\s+)?(?:fin|eind(?:e)?|end of|through)\\s+(${MONTH_WORDS})(?![\\p{L}])(?!\\s+(?:de\\s+|van\\s+)?(?:19|20)\\d\\d)`,
        'giu',
      ),
    ),
    make: (m, published) => {
      const year = published?.slice(0, 4);
      return year ? `${year}-01/${year}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}` : '';
    },
    detail: (m, published) => (published ? undefined : undated({ first: 1, last: monthNumber(m[1]) || 12 })),
    hint: /fin|eind|end of|through/i,
  },
  // the first months of a year: "the first four months of 2018", "les quatre premiers mois de 2018"
  {
    re: latin(
      new RegExp(
        `(?:(?:the\\s+)?first\\s+(\\w+)\\s+months\\s+of|(?:les\\s+)?(\\w+)\\s+premiers\\s+mois\\s+(?:de\\s+)?(?:l['’]année\\s+)?|(?:de\\s+)?eerste\\s+(\\w+)\\s+maanden\\s+van)\\s*(${YEAR})`,
        'giu',
      ),
    ),
    make: (m) => {
      const n = monthCount(m[1] ?? m[2] ?? m[3] ?? '');
      return n ? `${m[4]}-01/${m[4]}-${pad(n)}` : undefined;
    },
    needsYear: true,
    hint: /months|mois|maanden/i,
  },
  // … of the year of publication: "les neuf premiers mois de l'année", "the first nine months of this year",
  // "de eerste negen maanden van dit jaar"
  {
    re: latin(
      /(?:(?:the\s+)?first\s+(\w+)\s+months\s+of\s+(?:the|this)\s+year|(?:les\s+)?(\w+)\s+premiers\s+mois\s+(?:de\s+l['’]année|de\s+cette\s+année|de\s+l['’]exercice)|(?:de\s+)?eerste\s+(\w+)\s+maanden\s+van\s+(?:dit|het)\s+jaar)(?![\p{L}])/giu,
    ),
    make: (m, published) => {
      const n = monthCount(m[1] ?? m[2] ?? m[3] ?? '');
      const year = published?.slice(0, 4);
      return n && year ? `${year}-01/${year}-${pad(n)}` : undefined;
    },
    hint: /months|mois|maanden/i,
  },
  // halves and quarters
  {
    re: latin(
      new RegExp(
        `(premier|1er|second|deuxième|eerste|tweede|first|second)\\s+(semestre|halfjaar|jaarhelft|helft|half)(?:\\s+(?:de\\s+|van\\s+|of\\s+)?(${YEAR})|\\s+(?:de\\s+l['’]année(?:\\s+en\\s+cours)?|de\\s+cette\\s+année|van\\s+dit\\s+jaar|van\\s+het\\s+jaar|of\\s+(?:the|this)\\s+year))?`,
        'giu',
      ),
    ),
    make: (m, published) => {
      const year = m[3] ?? published?.slice(0, 4);
      if (!year) return '';
      return /^(premier|1er|eerste|first)$/i.test(m[1] ?? '')
        ? `${year}-01/${year}-06`
        : `${year}-07/${year}-12`;
    },
    detail: (m, published) =>
      m[3] || published
        ? undefined
        : undated(
            /^(premier|1er|eerste|first)$/i.test(m[1] ?? '') ? { first: 1, last: 6 } : { first: 7, last: 12 },
          ),
    hint: /semestre|halfjaar|jaarhelft|helft|half/i,
  },
  // "H1 2024", "1H 2024", "S1 2024", "H2 2023"
  {
    re: new RegExp(`\\b(?:[HS]([12])|([12])H)\\s*(?:-\\s*)?(${YEAR})\\b`, 'g'),
    make: (m) => {
      const year = m[3];
      return (m[1] ?? m[2]) === '1' ? `${year}-01/${year}-06` : `${year}-07/${year}-12`;
    },
    needsYear: true,
    hint: /[HS][12]|[12]H/,
  },
  {
    re: latin(
      new RegExp(
        `(?:\\b[TQK]([1-4])|(?:(premier|1er|deuxième|troisième|quatrième|eerste|tweede|derde|vierde|first|second|third|fourth)|\\b([1-4])(?:e|de|ste|ème|ième|er|re|st|nd|rd|th))\\s+(?:trimestre|\\p{L}*kwartaal|quarter))(?:\\s+(?:de\\s+|van\\s+|of\\s+)?(${YEAR}))?`,
        'giu',
      ),
    ),
    make: (m, published) => {
      const q = quarterOf(m);
      const year = m[4] ?? published?.slice(0, 4);
      if (!q) return undefined;
      return year ? `${year}-${pad(q * 3 - 2)}/${year}-${pad(q * 3)}` : '';
    },
    detail: (m, published) => {
      const q = quarterOf(m);
      return m[4] || published || !q ? undefined : undated({ first: q * 3 - 2, last: q * 3 });
    },
    hint: /trimestre|kwartaal|quarter|\b[TQK][1-4]\b/i,
  },
  // the same months of another year: "sur la même période de 2022", "in the same period of 2022"
  {
    re: latin(
      new RegExp(
        `(?:la\\s+même\\s+période|le\\s+même\\s+trimestre|le\\s+même\\s+mois|the\\s+same\\s+(?:period|quarter|month)|dezelfde\\s+(?:periode|maand)|hetzelfde\\s+kwartaal)\\s+(?:de\\s+|d['’]|of\\s+|van\\s+|in\\s+)?(?:l['’]année\\s+|het\\s+jaar\\s+|the\\s+year\\s+)?(${YEAR})`,
        'giu',
      ),
    ),
    make: (m) => m[1],
    samePeriod: true,
    needsYear: true,
    hint: /même période|même trimestre|même mois|same period|same quarter|same month|dezelfde periode|dezelfde maand|hetzelfde kwartaal/i,
  },
  // the period just spoken of: "steeg in dezelfde periode met 18 procent", "over the same period"
  {
    re: /(?:in|over|during|sur|au cours de|pendant|durant)\s+(?:dezelfde|die|the same|that|la même|cette)\s+(?:periode|period|période)(?!\s+(?:de|d['’]|of|van|in)\s)/giu,
    make: () => '',
    sameAsBefore: true,
    hint: /periode|period|période/i,
  },
  // a month of a year: "en avril 2023", "in april 2023" (not a day's date: "le 27 septembre 2023")
  {
    re: latin(new RegExp(`(?<!\\d(?:er)?\\s)(?<![\\d]\\s)\\b(${MONTH_WORDS})\\s+(${YEAR})`, 'giu')),
    make: (m) => `${m[2]}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 1)}`,
    needsYear: true,
    hint: MONTH_HINT,
  },
  // spans: "2011-2015", "entre 2011 et 2015", "van 2011 tot 2015", "from 2011 to 2015"
  {
    re: latin(
      new RegExp(
        `(?:entre\\s+|between\\s+|tussen\\s+|van\\s+|from\\s+|de\\s+)?(${YEAR})\\s*(?:[-–/]|et|à|tot|to|and|en)\\s*(${YEAR})`,
        'giu',
      ),
    ),
    make: (m) => `${m[1]}/${m[2]}`,
    needsYear: true,
  },
  // horizons
  {
    re: latin(
      new RegExp(
        `(?:d['’]ici(?:\\s+à)?(?:\\s+(?:fin|la fin de))?|à l['’]horizon(?:\\s+de)?|horizon|tegen(?:\\s+(?:eind(?:e)?|het einde van))?|by(?:\\s+the end of)?|tegen)\\s+(${YEAR})`,
        'giu',
      ),
    ),
    make: (m) => m[1],
    horizon: true,
    needsYear: true,
    hint: /ici|horizon|tegen|by/i,
  },
  // a plain year, also "end-2022", "mid-2023"
  {
    re: latin(
      new RegExp(
        `(?:(?<=(?:end|mid|fin|eind)-)|(?<![\\d.,/-]))(${YEAR})(?![\\d.,]\\d|\\s*[-–]\\s*\\d)`,
        'gu',
      ),
    ),
    make: (m) => m[1],
    needsYear: true,
  },
  // a horizon in years from publication: "d'ici cinq ans", "within three years", "binnen vijf jaar" (not "in
  // vijf jaar", which as often looks back)
  {
    re: latin(
      /(?<![\p{L}])(?:d['’]ici|dans|within|binnen)\s+(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?![\p{L}])(?!\s+(?:de|d['’]|of|van)\s)/giu,
    ),
    make: (m, published) => {
      const n = monthCount(m[1] ?? '') ?? (/^\d+$/.test(m[1] ?? '') ? Number(m[1]) : undefined);
      return published && n && n <= 30 ? String(Number(published.slice(0, 4)) + n) : undefined;
    },
    horizon: true,
    hint: /ans|years|jaar/i,
  },
  // a month without its year: the last such month up to the publication date ("in January", "en janvier",
  // "tijdens de recordmaand maart"), or the year of the month it is coordinated with ("in januari en februari
  // 2020")
  {
    re: latin(
      new RegExp(
        `(?<![\\p{L}])(?:in|en|au mois d['’]|au mois de|during|for|over|tijdens)\\s+(?:(?:de|het|the|le|la)\\s+\\p{L}*(?:maand|month|mois)\\s+(?:de\\s+|d['’]|of\\s+)?)?(${MONTH_WORDS})(?![\\p{L}])(?!\\s+(?:de\\s+|van\\s+|of\\s+)?(?:19|20)\\d\\d)(?!\\s+\\d{1,2}(?:st|nd|rd|th|er)?(?:\\s*[,.;]|\\s*$|\\s+(?:19|20)\\d\\d))(?=(?:(?:\\s*,\\s*|\\s+(?:and|et|en)\\s+)(?:${MONTH_WORDS})\\s+(${YEAR}))?)`,
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
  },
  // the full years before publication: "over the past five years", "ces cinq dernières années", "de voorbije
  // vijf jaar", "the past decade" (published in 2025: 2020/2024, 2015/2024)
  {
    re: latin(
      /(?<![\p{L}])(?:(?:past|last)\s+(\p{L}+|\d{1,2})\s+years|(?:ces|les|des)\s+(\p{L}+|\d{1,2})\s+dernières\s+années|(?:voorbije|afgelopen|laatste)\s+(\p{L}+|\d{1,2})\s+jaar|(?:past|last)\s+(decade)|(?:dernière|(?<=la\s)décennie\s+écoulée)\s*(décennie)?|(?:voorbije|afgelopen|laatste)\s+(decennium))(?![\p{L}])/giu,
    ),
    make: (m, published) => {
      const word = m[1] ?? m[2] ?? m[3] ?? '';
      const n = m[4] || m[5] || m[6] ? 10 : /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
      if (!published || !n || n < 2 || n > 30) return undefined;
      const year = Number(published.slice(0, 4));
      return `${year - n}/${year - 1}`;
    },
    hint: /years|années|jaar|decade|décennie|decennium/i,
  },
  // "il y a dix ans", "ten years ago", "tien jaar geleden": so many years before publication
  {
    re: latin(
      /(?<![\p{L}])(?:(?:il y a|voici)\s+(\p{L}+|\d{1,2})\s+ans|(\p{L}+|\d{1,2})\s+years?\s+ago|(\p{L}+|\d{1,2})\s+jaar\s+geleden)(?![\p{L}])/giu,
    ),
    make: (m, published) => {
      const word = m[1] ?? m[2] ?? m[3] ?? '';
      const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
      if (!published || !n || n > 50) return undefined;
      return String(Number(published.slice(0, 4)) - n);
    },
    hint: /ans|years|jaar/i,
  },
  // years relative to the publication date
  {
    re: latin(
      /l['’]an(?:née)? (?:dernier|dernière|passé|passée)|vorig(?:e)? jaar|afgelopen jaar|last year/giu,
    ),
    make: (_m, published) => (published ? String(Number(published.slice(0, 4)) - 1) : ''),
    detail: (_m, published) => (published ? undefined : { storyYear: true }),
    lastYear: true,
    hint: RELATIVE_HINT,
  },
  // the month before the clause's own month: resolved by the extractor ("contre 184 milliards au mois précédent",
  // "the 6.2 percent rise seen a month earlier")
  {
    re: latin(
      /(?<![\p{L}])(?:(?:le|au) mois (?:précédent|d['’]avant)|un mois plus tôt|a month (?:earlier|before)|the (?:previous|preceding|prior) month|een maand (?:eerder|voordien)|de maand (?:ervoor|daarvoor|voordien))(?![\p{L}])/giu,
    ),
    make: () => '',
    monthBefore: true,
    hint: /mois|month|maand/i,
  },
  // the month before publication: "last month", "le mois dernier", "vorige maand"
  {
    re: latin(/(?<![\p{L}])(?:last month|le mois dernier|vorige maand|afgelopen maand)(?![\p{L}])/giu),
    make: (_m, published) => {
      if (!published) return undefined;
      const index = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 2;
      return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
    },
    hint: /month|mois|maand/i,
  },
  // a year before the clause's own year: resolved by the extractor ("1,9 milliard un an auparavant")
  {
    re: latin(
      /un an (?:auparavant|plus tôt)|l['’]année (?:précédente|d['’]avant)|een jaar (?:eerder|voordien|daarvoor)|het jaar (?:voordien|ervoor|daarvoor)|a year (?:earlier|before)|the (?:previous|preceding) (?:fiscal |financial )?year|the year before/giu,
    ),
    // resolved by the extractor against the clause's year; '' until then
    make: (_m, published) => (published ? String(Number(published.slice(0, 4)) - 1) : ''),
    yearBefore: true,
    hint: RELATIVE_HINT,
  },
  {
    re: latin(/cette année|dit jaar|this year/giu),
    make: (_m, published) => published?.slice(0, 4) ?? '',
    detail: (_m, published) => (published ? undefined : { storyYear: true }),
    thisYear: true,
  },
  // "have invested about $1.5 billion so far": up to the day of writing
  {
    re: latin(
      /(?<![\p{L}])(?:so far|to date|jusqu['’]à présent|à ce jour|tot nu toe|tot dusver|tot op heden)(?![\p{L}])/giu,
    ),
    make: (_m, published) => published?.slice(0, 4),
    toDate: true,
    hint: /so far|to date|présent|ce jour|tot nu|dusver|heden/i,
  },
  // "contre 24,1 % cinq ans plus tôt", "ten years earlier": so many years before the clause's year
  {
    re: latin(
      /(?<![\p{L}])(\p{L}+|\d{1,2}) (?:ans|années|jaar|years) (?:plus tôt|auparavant|avant|eerder|daarvoor|earlier|before)(?![\p{L}])/giu,
    ),
    make: (m, published) =>
      /^\d+$/.test(m[1] ?? '') || CARDINALS[(m[1] ?? '').toLowerCase()]
        ? published
          ? String(Number(published.slice(0, 4)) - yearsCounted(m[1]))
          : ''
        : undefined,
    yearBefore: true,
    hint: latin(/(?<![\p{L}])(?:ans|années|jaar|years)(?![\p{L}])/iu),
  },
];

// A day's date ("le 8 septembre 2023", "mardi 1er Mars 2016", "March 6, 2024", "Feb. 8") is when
// something happened, not a period.
const DAY_DATE = latin(
  new RegExp(
    `\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MONTH_WORDS})\\s+${YEAR}|\\b(?:${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.)\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?\\b|\\b(?:${SHORT_MONTHS})\\s+\\d{1,2},?\\s+${YEAR}\\b|\\b\\d{1,2}[/.]\\d{1,2}[/.]${YEAR}\\b`,
    'giu',
  ),
);
// What makes a period the base of a comparison rather than the period of a figure.
const COMPARISON_BEFORE = latin(
  /(?<![\p{L}])(?:par rapport (?:à|au|aux)|comparé (?:à|au)|comparativement (?:à|au|aux)|en comparaison (?:de|avec)|vis-à-vis de|tegenover|ten opzichte van|vergeleken met|in vergelijking met|dan|than|als|as|compared (?:with|to)|(?<=(?:comparing|en comparant|vergelijken\s+we)\s[^.;]{1,30})(?:with|to|à|avec|met)|(?<=(?:[\d%]|increase|rise|growth|decrease|decline|drop|fall|up|down|third|quarter|half|fifth)[^.;]{0,24})(?:from|on|over)|versus|vs\.?)\s+(?:(?:l['’]|la|le|les|de|het|the|en|in|même|same|dezelfde|zelfde|période|periode|period)\s*){0,4}(?:(?:année|\p{L}*jaar|year)\s+(?:\p{L}+\s+)?)?$|(?<![\p{L}])(?:de plus|de moins|plus|moins|more|less|meer|minder)\s+(?:qu['’]|que\s+)(?:en\s+|in\s+)?(?:l['’]année\s+)?$/iu,
);

const AFTER_HAVING_BEFORE = latin(
  /(?<![\p{L}])(?:après avoir|after having|nadat\s+\p{L}+\s+(?:in|eerst))\s+\p{L}+(?:\s+\p{L}+)?\s*$/iu,
);
const RECORD_BEFORE = latin(
  /(?<![\p{L}])(?:highest|lowest|best|worst|strongest|weakest|largest|biggest|fastest|slowest|record|hoogste|laagste|sterkste|zwakste|grootste|beste|slechtste|plus\s+(?:haut|bas|fort|faible|élevé)e?s?|meilleure?s?|pire)(?![\p{L}])[^.;,]{0,30}$/iu,
);

const ANY_YEAR = new RegExp(YEAR, 'g');
const WINDOW_BEFORE = 100;
const WINDOW_AFTER = 24;

/** The stretches of text around its years: every rule that needs a year matches inside one of them. */
function yearWindows(text: string): Span[] {
  const windows: Span[] = [];
  for (const m of text.matchAll(ANY_YEAR)) {
    const start = Math.max(0, m.index - WINDOW_BEFORE);
    const end = Math.min(text.length, m.index + m[0].length + WINDOW_AFTER);
    const last = windows.at(-1);
    if (last && start <= last.end) last.end = end;
    else windows.push({ start, end });
  }
  return windows;
}

/**
 * Spans of text already taken by a period phrase, kept in order: a long text holds thousands, and testing
 * each new match against all of them would cost the square of their number.
 */
class Intervals {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a span taken. */
  overlaps(start: number, end: number): boolean {
    const i = this.firstEndingAfter(start);
    return i < this.starts.length && (this.starts[i] as number) < end;
  }

  add(start: number, end: number): void {
    const i = this.firstEndingAfter(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }

  /** The first span whose end is after `at` (spans taken never overlap, so their ends are in order too). */
  private firstEndingAfter(at: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The matches of a global `re` in `text`, or only inside `windows` when given. */
function* scan(
  text: string,
  re: RegExp,
  windows: Span[] | undefined,
): Generator<{ m: RegExpExecArray; at: number }> {
  for (const w of windows ?? [{ start: 0, end: text.length }]) {
    const body = windows ? text.slice(w.start, w.end) : text;
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      if (m[0].length === 0) re.lastIndex++;
      yield { m, at: w.start + m.index };
    }
  }
}

/** Period expressions of `text` (offsets relative to `offset`), first rule wins where two overlap. */
export function findPeriods(text: string, published: string | undefined, offset = 0): PeriodMention[] {
  const windows = yearWindows(text);
  const hasMonth = MONTH_HINT.test(text);
  const taken = new Intervals();
  if (hasMonth) for (const { m, at } of scan(text, DAY_DATE, windows)) taken.add(at, at + m[0].length);
  const found: PeriodMention[] = [];
  for (const rule of RULES) {
    if ((rule.needsYear && windows.length === 0) || (rule.hint && !rule.hint.test(text))) continue;
    for (const { m, at: s } of scan(text, rule.re, rule.needsYear ? windows : undefined)) {
      const e = s + m[0].length;
      if (taken.overlaps(s, e)) continue;
      const period = rule.make(m, published);
      taken.add(s, e);
      const detail = period === undefined ? undefined : rule.detail?.(m, published);
      if (
        period === undefined ||
        (period === '' && !rule.yearBefore && !rule.monthBefore && !rule.sameAsBefore && !detail)
      )
        continue;
      // "the highest April exports since 2002": a record since a year is no figure of that year; "après avoir
      // bondi en septembre": what happened before is another statement
      const comparison =
        COMPARISON_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
        AFTER_HAVING_BEFORE.test(text.slice(Math.max(0, s - 40), s)) ||
        (rule.since === true && RECORD_BEFORE.test(text.slice(Math.max(0, s - 40), s)));
      found.push({
        period,
        start: offset + s,
        end: offset + e,
        horizon: rule.horizon ?? false,
        comparison,
        ...(rule.yearBefore ? { yearBefore: true, yearsBack: yearsCounted(m[1]) } : {}),
        ...(rule.samePeriod ? { samePeriod: true } : {}),
        ...(rule.sameAsBefore ? { sameAsBefore: true } : {}),
        ...(rule.since ? { since: true } : {}),
        ...(rule.toDate ? { toDate: true } : {}),
        ...(rule.lastYear ? { lastYear: true } : {}),
        ...(rule.monthBefore ? { monthBefore: true } : {}),
        ...(rule.thisYear ? { thisYear: true } : {}),
        ...detail,
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const PUBLISHED_ON = latin(
  new RegExp(
    `(?:publié|paru|mis à jour|gepubliceerd|verschenen|verscheen|published|posted|updated)\\s+(?:le|op|on)?\\s*(?:\\p{L}+\\s+)?(\\d{1,2})(?:er)?\\s+(${MONTH_WORDS})\\s+(${YEAR})`,
    'iu',
  ),
);
const DATELINE = latin(
  new RegExp(`\\b\\d{1,2}(?:er|st|nd|rd|th)?\\s+(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?)\\s+(${YEAR})`, 'iu'),
);
// "TOKYO, Feb 15, 2024 (Reuters)", "March 6, 2024": month first, as English datelines write it
const DATELINE_MONTH_FIRST = latin(
  new RegExp(`\\b(${MONTH_WORDS}|${SHORT_MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,\\s+(${YEAR})\\b`, 'iu'),
);
// "Le 05/06/2024 à 14h30", "op 05.06.2024": day first, as French and Dutch write it
const DATELINE_NUMERIC = latin(new RegExp(`\\b\\d{1,2}[/.-](\\d{1,2})[/.-](${YEAR})\\b`, 'u'));
// "2024-03-12", "2024/03/12T10:30": year first, as ISO and many sites write it
const DATELINE_ISO = new RegExp(`\\b(${YEAR})[-/](\\d{2})[-/]\\d{2}(?!\\d)`);
/** The month of a month word or its abbreviation ("févr", "Sept", "okt"). */
const monthOf = (word: string): number | undefined => {
  const w = word.toLowerCase();
  return MONTHS[w] ?? SHORT_MONTH_NUMBERS.find(([prefix]) => w.startsWith(prefix))?.[1];
};
const SHORT_MONTH_NUMBERS: Array<[string, number]> = [
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

/** The publication month (YYYY-MM) from a leading `date YYYY-MM` line, a "publié le …" phrase or a dateline. */
export function findPublicationDate(text: string): string | undefined {
  const line = latin(/^\s*date\s+(\d{4})-(\d{2})/u).exec(text);
  if (line) return `${line[1]}-${line[2]}`;
  const published = PUBLISHED_ON.exec(text);
  if (published) return `${published[3]}-${pad(MONTHS[published[2]?.toLowerCase() ?? ''] ?? 1)}`;
  // a dateline at the head of the text, or a byline at its foot ("05/02/2024 om 06:00 door Jan De Smet")
  return datelineIn(text.slice(0, 600)) ?? datelineIn(text.slice(-300));
}

function datelineIn(head: string): string | undefined {
  const dateline = DATELINE.exec(head);
  if (dateline) return `${dateline[2]}-${pad(monthOf(dateline[1]?.replace('.', '') ?? '') ?? 1)}`;
  const monthFirst = DATELINE_MONTH_FIRST.exec(head);
  const month = monthFirst ? monthOf(monthFirst[1] ?? '') : undefined;
  if (monthFirst && month) return `${monthFirst[2]}-${pad(month)}`;
  const numeric = DATELINE_NUMERIC.exec(head);
  const numericMonth = Number(numeric?.[1]);
  if (numeric && numericMonth >= 1 && numericMonth <= 12) return `${numeric[2]}-${pad(numericMonth)}`;
  const iso = DATELINE_ISO.exec(head);
  const isoMonth = Number(iso?.[2]);
  if (iso && isoMonth >= 1 && isoMonth <= 12) return `${iso[1]}-${pad(isoMonth)}`;
  return undefined;
}
