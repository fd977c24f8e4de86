// Periods relative to the publication date or to the clause's own period: "l'an dernier", "vorig jaar",
// "last year", "un an auparavant", "over the same period", "ten years ago".
import { latin } from '../letters.js';
import { CARDINALS } from '../quantities/number-words.js';
import { monthCount, pad, type Rule, yearsCounted } from './period-rule.js';
import {
  alternation,
  counted,
  entryCount,
  RELATIVE_HINT,
  YEAR,
  YEAR_BEFORE_HINT,
  YEARS_NOUNS,
} from './period-words.js';

const SAME_PERIOD_HINT = new RegExp(
  alternation((words) => words.samePeriodHint),
  'i',
);
const YEARS_HINT = new RegExp(
  alternation((words) => words.yearsHint),
  'i',
);
const PAST_YEARS_HINT = new RegExp(
  alternation((words) => words.pastYearsHint),
  'i',
);

/** A number of years or months, in figures or in words: "5", "cinq", "vijf". */
const NUMBER = '\\p{L}+|\\d{1,2}';
const PAST_YEARS = counted((words) => words.pastYears, NUMBER);
const PAST_YEARS_COUNT = entryCount((words) => words.pastYears);
const MONTH_NOUNS = new RegExp(
  alternation((words) => words.monthNouns),
  'i',
);

// the same months of another year: "sur la même période de 2022", "in the same period of 2022"
export const samePeriodOfYear: Rule = {
  name: 'same-period-of-year',
  examples: [
    { text: 'contre 3 milliards sur la même période de 2021', period: '2021' },
    { text: 'against $3bn in the same period of 2021', period: '2021' },
  ],
  re: latin(
    new RegExp(
      `(?:${alternation((words) => words.samePeriod)})\\s+(?:${alternation((words) => words.samePeriodOf)})?(?:${alternation((words) => words.theYear)})?(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => m[1],
  samePeriod: true,
  needsYear: true,
  hint: SAME_PERIOD_HINT,
};

// the period just spoken of: "steeg in dezelfde periode met 18 procent", "over the same period"
export const samePeriodAsBefore: Rule = {
  name: 'same-period-as-before',
  examples: [
    { text: 'De invoer steeg in dezelfde periode met 18 procent.', period: '' },
    { text: 'Imports rose 18% over the same period.', period: '' },
  ],
  re: new RegExp(
    `(?:${alternation((words) => words.during)})\\s+(?:${alternation((words) => words.thatSame)})\\s+(?:${alternation((words) => words.periodNouns)})(?![\\p{L}])(?!\\s+(?:${alternation((words) => words.notOfYear)})\\s)`,
    'giu',
  ),
  make: () => '',
  sameAsBefore: true,
  hint: new RegExp(
    alternation((words) => words.periodNouns),
    'i',
  ),
};

// a horizon in years from publication: "d'ici cinq ans", "within three years", "binnen vijf jaar" (not "in
// vijf jaar", which as often looks back)
export const horizonInYears: Rule = {
  name: 'horizon-in-years',
  examples: [
    { text: "L'entreprise veut doubler ses ventes d'ici cinq ans.", published: '2024-01', period: '2029' },
    { text: 'The firm plans to double sales within three years.', published: '2024-01', period: '2027' },
    {
      text: 'Het bedrijf wil zijn uitvoer binnen vijf jaar verdubbelen.',
      published: '2024-01',
      period: '2029',
    },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(?:${alternation((words) => words.within)})\\s+(\\p{L}+|\\d{1,2})\\s+(?:${YEARS_NOUNS})(?![\\p{L}])(?!\\s+(?:${alternation((words) => words.ofYear)})\\s)`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const n = monthCount(m[1] ?? '') ?? (/^\d+$/.test(m[1] ?? '') ? Number(m[1]) : undefined);
    return published && n && n <= 30 ? String(Number(published.slice(0, 4)) + n) : undefined;
  },
  horizon: true,
  hint: YEARS_HINT,
};

// the full years before publication: "over the past five years", "ces cinq dernières années", "de voorbije
// vijf jaar", "the past decade" (published in 2025: 2020/2024, 2015/2024)
export const pastYears: Rule = {
  name: 'past-years',
  examples: [
    { text: 'Firms invested €1bn over the past five years.', published: '2025-03', period: '2020/2024' },
    {
      text: 'Les firmes ont investi 1 milliard ces cinq dernières années.',
      published: '2025-03',
      period: '2020/2024',
    },
    {
      text: 'De bedrijven investeerden de voorbije vijf jaar 1 miljard.',
      published: '2025-03',
      period: '2020/2024',
    },
    { text: 'Exports tripled in the past decade.', published: '2025-03', period: '2015/2024' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(?:${PAST_YEARS}|${alternation((words) => words.pastDecade)})(?![\\p{L}])`,
      'giu',
    ),
  ),
  make: (m, published) => {
    // the groups of the counted entries first, then one of each decade entry
    const groups = m.slice(1);
    const word = groups.slice(0, PAST_YEARS_COUNT).find((group) => group !== undefined) ?? '';
    const decade = groups.slice(PAST_YEARS_COUNT).some(Boolean);
    const n = decade ? 10 : /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
    if (!published || !n || n < 2 || n > 30) return undefined;
    const year = Number(published.slice(0, 4));
    return `${year - n}/${year - 1}`;
  },
  hint: PAST_YEARS_HINT,
};

// "il y a dix ans", "ten years ago", "tien jaar geleden": so many years before publication
export const yearsAgo: Rule = {
  name: 'years-ago',
  examples: [
    { text: 'Il y a dix ans, la Belgique exportait moitié moins.', published: '2024-05', period: '2014' },
    { text: 'Ten years ago, exports were half as large.', published: '2024-05', period: '2014' },
    { text: 'Tien jaar geleden was de uitvoer half zo groot.', published: '2024-05', period: '2014' },
  ],
  re: latin(new RegExp(`(?<![\\p{L}])(?:${counted((words) => words.yearsAgo, NUMBER)})(?![\\p{L}])`, 'giu')),
  make: (m, published) => {
    const word = m.slice(1).find((group) => group !== undefined) ?? '';
    const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
    if (!published || !n || n > 50) return undefined;
    return String(Number(published.slice(0, 4)) - n);
  },
  hint: YEARS_HINT,
};

// years relative to the publication date
export const lastYear: Rule = {
  name: 'last-year',
  examples: [
    { text: "L'an dernier, les exportations ont reculé de 2 %.", published: '2024-05', period: '2023' },
    { text: 'Vorig jaar daalde de uitvoer met 2 procent.', published: '2024-05', period: '2023' },
    { text: 'Exports fell 2% last year.', published: '2024-05', period: '2023' },
  ],
  re: latin(
    new RegExp(
      alternation((words) => words.lastYear),
      'giu',
    ),
  ),
  make: (_m, published) => (published ? String(Number(published.slice(0, 4)) - 1) : ''),
  detail: (_m, published) => (published ? undefined : { storyYear: true }),
  lastYear: true,
  hint: RELATIVE_HINT,
};

// the month before the clause's own month: resolved by the extractor ("contre 184 milliards au mois précédent",
// "the 6.2 percent rise seen a month earlier")
export const monthBefore: Rule = {
  name: 'month-before',
  examples: [
    { text: 'contre 184 milliards au mois précédent', period: '' },
    { text: 'after the 6.2 percent rise seen a month earlier', period: '' },
    { text: 'tegenover 3 procent een maand eerder', period: '' },
  ],
  re: latin(new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.monthBefore)})(?![\\p{L}])`, 'giu')),
  make: () => '',
  monthBefore: true,
  hint: MONTH_NOUNS,
};

// the month before publication: "last month", "le mois dernier", "vorige maand"
export const lastMonth: Rule = {
  name: 'last-month',
  examples: [
    { text: 'Exports fell 2% last month.', published: '2024-03', period: '2024-02' },
    { text: 'Les exportations ont reculé le mois dernier.', published: '2024-01', period: '2023-12' },
    { text: 'De uitvoer daalde vorige maand.', published: '2024-03', period: '2024-02' },
  ],
  re: latin(new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.lastMonth)})(?![\\p{L}])`, 'giu')),
  make: (_m, published) => {
    if (!published) return undefined;
    const index = Number(published.slice(0, 4)) * 12 + Number(published.slice(5, 7)) - 2;
    return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
  },
  hint: MONTH_NOUNS,
};

// a year before the clause's own year: resolved by the extractor ("1,9 milliard un an auparavant")
// the same months a year before: "compared to $4.3bn in the same period of last year" (before "last year" alone)
export const samePeriodLastYear: Rule = {
  name: 'same-period-last-year',
  examples: [
    { text: 'against $1.9bn in the same period of last year', published: '2024-05', period: '2023' },
    {
      text: "contre 1,9 milliard sur la même période de l'année dernière",
      published: '2024-05',
      period: '2023',
    },
    { text: 'tegenover 1,9 miljard in dezelfde periode vorig jaar', published: '2024-05', period: '2023' },
    { text: 'against $1.9bn in the year-ago quarter', published: '2024-05', period: '2023' },
    { text: 'against $1.9bn in the same period a year earlier', published: '2024-05', period: '2023' },
  ],
  re: latin(
    new RegExp(
      alternation((words) => words.samePeriodLastYear),
      'giu',
    ),
  ),
  // resolved by the extractor against the clause's period, a year back; '' until then
  make: (_m, published) => (published ? String(Number(published.slice(0, 4)) - 1) : ''),
  yearBefore: true,
  hint: RELATIVE_HINT,
};

export const yearBefore: Rule = {
  name: 'year-before',
  examples: [
    { text: 'contre 1,9 milliard un an auparavant', published: '2024-05', period: '2023' },
    { text: 'against $1.9bn a year earlier', published: '2024-05', period: '2023' },
    { text: 'tegenover 1,9 miljard het jaar daarvoor', published: '2024-05', period: '2023' },
    // (… and a fiscal year said without its noun, in the Indian press)
    { text: 'from $8.0 billion in the previous fiscal', published: '2024-05', period: '2023' },
  ],
  re: latin(
    new RegExp(
      alternation((words) => words.yearBefore),
      'giu',
    ),
  ),
  // resolved by the extractor against the clause's year; '' until then
  make: (_m, published) => (published ? String(Number(published.slice(0, 4)) - 1) : ''),
  yearBefore: true,
  hint: YEAR_BEFORE_HINT,
};

export const thisYear: Rule = {
  name: 'this-year',
  examples: [
    { text: 'Cette année, les exportations progressent de 3 %.', published: '2024-05', period: '2024' },
    { text: 'Dit jaar stijgt de uitvoer met 3 procent.', published: '2024-05', period: '2024' },
    { text: 'Exports are rising 3% this year.', published: '2024-05', period: '2024' },
  ],
  re: latin(
    new RegExp(
      alternation((words) => words.thisYear),
      'giu',
    ),
  ),
  make: (_m, published) => published?.slice(0, 4) ?? '',
  detail: (_m, published) => (published ? undefined : { storyYear: true }),
  thisYear: true,
};

// the year after publication: "l'an prochain", "volgend jaar", "next year"
export const nextYear: Rule = {
  name: 'next-year',
  examples: [
    {
      text: "Les exportations devraient croître de 3 % l'an prochain.",
      published: '2024-05',
      period: '2025',
    },
    { text: 'De uitvoer zou volgend jaar met 3 procent groeien.', published: '2024-05', period: '2025' },
    { text: 'Exports are expected to grow 3% next year.', published: '2024-05', period: '2025' },
  ],
  re: latin(new RegExp(`(?<![\\p{L}])(?:${alternation((words) => words.nextYear)})(?![\\p{L}])`, 'giu')),
  make: (_m, published) => (published ? String(Number(published.slice(0, 4)) + 1) : undefined),
  hint: RELATIVE_HINT,
};

// "contre 24,1 % cinq ans plus tôt", "ten years earlier": so many years before the clause's year
export const yearsEarlier: Rule = {
  name: 'years-earlier',
  examples: [
    { text: 'contre 24,1 % cinq ans plus tôt', published: '2024-05', period: '2019' },
    { text: 'against 24.1% ten years earlier', published: '2024-05', period: '2014' },
    { text: 'tegenover 24,1 procent vijf jaar eerder', published: '2024-05', period: '2019' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(\\p{L}+|\\d{1,2}) (?:${YEARS_NOUNS}) (?:${alternation((words) => words.yearsEarlier)})(?![\\p{L}])`,
      'giu',
    ),
  ),
  make: (m, published) =>
    /^\d+$/.test(m[1] ?? '') || CARDINALS[(m[1] ?? '').toLowerCase()]
      ? published
        ? String(Number(published.slice(0, 4)) - yearsCounted(m[1]))
        : ''
      : undefined,
  yearBefore: true,
  // (the years noun and the word after it, "ans plus tôt", "jaar eerder", "years earlier", as the rule writes them:
  // a text without them is not tried with the pattern, which starts at any word)
  hint: latin(new RegExp(`(?:${YEARS_NOUNS}) (?:${alternation((words) => words.yearsEarlier)})`, 'iu')),
};
