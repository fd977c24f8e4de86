// Quarters and halves: "le premier semestre 2023", "H1 2024", "Q3", "het derde kwartaal van 2024".
import { latin } from '../letters.js';
import { pad, type Rule, undated } from './period-rule.js';
import {
  alternation,
  FIRST_WORDS,
  HALF_NOUNS,
  HALF_ORDINALS,
  MONTH_WORDS,
  monthNumber,
  OF,
  ORDINALS,
  QUARTER_NOUNS,
  QUARTER_WORDS,
  YEAR,
} from './period-words.js';

/** "of last year": the words of the year before the publication's. */
const LAST_YEAR = alternation((words) => words.lastYear);
/**
 * The year of a quarter or half named without one, that starts in month `first`: the last such before the
 * publication date ("in het derde kwartaal" in March 2024 is 2023's), or the year before it when the text says
 * "of last year".
 */
function yearOfLast(first: number, published: string | undefined, lastYear: boolean): string | undefined {
  if (!published) return undefined;
  const year = Number(published.slice(0, 4));
  const month = Number(published.slice(5, 7));
  return String(lastYear || first > month ? year - 1 : year);
}

/** The quarter the quarter rule matched: "Q3", "third quarter", "3de kwartaal". */
/** Whether the half rule matched the first half: "premier semestre", "eerste jaarhelft". */
const isFirst = (m: RegExpExecArray) => FIRST_WORDS.includes(m[1]?.toLowerCase() ?? '');
const quarterOf = (m: RegExpExecArray): number =>
  m[1] || m[3] ? Number(m[1] ?? m[3]) : (QUARTER_WORDS[m[2]?.toLowerCase() ?? ''] ?? 0);

// halves and quarters
export const half: Rule = {
  name: 'half',
  examples: [
    { text: 'Au premier semestre 2023, les exportations ont reculé de 3 %.', period: '2023-01/2023-06' },
    { text: 'In de tweede jaarhelft van 2022 daalde de uitvoer.', period: '2022-07/2022-12' },
    { text: 'Exports grew in the first half of this year.', published: '2024-09', period: '2024-01/2024-06' },
    { text: "Turkey's first-half 2024 exports rose 3%.", period: '2024-01/2024-06' },
    {
      text: 'Au second semestre, les exportations ont reculé.',
      published: '2024-03',
      period: '2023-07/2023-12',
    },
    {
      text: 'Exports should grow in the second half of this year.',
      published: '2024-03',
      period: '2024-07/2024-12',
    },
    { text: 'Trade reached $9bn in the first-half of 2022.', period: '2022-01/2022-06' },
  ],
  re: latin(
    new RegExp(
      `(${HALF_ORDINALS})(?:\\s+|-)(${HALF_NOUNS})(?:\\s+(?:(?:${OF})\\s+)?(${YEAR})|\\s+(${alternation((words) => words.ofThisYear)})|\\s+(?:(?:${OF})\\s+)?(${LAST_YEAR}))?`,
      'giu',
    ),
  ),
  make: (m, published) => {
    // (the half "of this year" is the publication year's, whether or not it has begun)
    const year =
      m[3] ?? (m[4] ? published?.slice(0, 4) : yearOfLast(isFirst(m) ? 1 : 7, published, m[5] !== undefined));
    if (!year) return '';
    return isFirst(m) ? `${year}-01/${year}-06` : `${year}-07/${year}-12`;
  },
  detail: (m, published) =>
    m[3] || published ? undefined : undated(isFirst(m) ? { first: 1, last: 6 } : { first: 7, last: 12 }),
  hint: new RegExp(HALF_NOUNS, 'i'),
};

// "H1 2024", "1H 2024", "S1 2024", "H2 2023"
export const halfCode: Rule = {
  name: 'half-code',
  examples: [
    { text: 'Exports rose 3% in H1 2024.', period: '2024-01/2024-06' },
    { text: 'Revenue from exports fell in 2H 2023.', period: '2023-07/2023-12' },
  ],
  re: new RegExp(`\\b(?:[HS]([12])|([12])H)\\s*(?:-\\s*)?(${YEAR})\\b`, 'g'),
  make: (m) => {
    const year = m[3];
    return (m[1] ?? m[2]) === '1' ? `${year}-01/${year}-06` : `${year}-07/${year}-12`;
  },
  needsYear: true,
  hint: /[HS][12]|[12]H/,
};

export const quarter: Rule = {
  name: 'quarter',
  examples: [
    { text: 'In het derde kwartaal van 2024 steeg de uitvoer.', period: '2024-07/2024-09' },
    { text: 'Exports rose 2% in Q3 2023.', period: '2023-07/2023-09' },
    { text: 'Third-quarter 2023 exports rose 2%.', period: '2023-07/2023-09' },
    // a quarter without its year: the last one begun by the publication date, or the one of last year
    { text: 'In het derde kwartaal daalde de uitvoer.', published: '2024-03', period: '2023-07/2023-09' },
    {
      text: 'Exports fell in the third quarter of last year.',
      published: '2024-10',
      period: '2023-07/2023-09',
    },
    { text: 'Exports fell in the second-quarter of 2021.', period: '2021-04/2021-06' },
    {
      text: 'Au 2e trimestre, les exportations ont reculé.',
      published: '2024-10',
      period: '2024-04/2024-06',
    },
    {
      text: 'In het eerste kwartaal van dit jaar kromp de export met 6,2 procent.',
      published: '2024-05',
      period: '2024-01/2024-03',
    },
  ],
  re: latin(
    new RegExp(
      `(?:\\b[TQK]([1-4])|(?:(${ORDINALS})|\\b([1-4])(?:${alternation((words) => words.ordinalSuffixes)}))(?:\\s+|-)(?:${QUARTER_NOUNS}))(?:\\s+(?:(?:${OF})\\s+)?(${YEAR})|\\s+(?:(?:${OF})\\s+)?(${LAST_YEAR})|\\s+(${alternation((words) => words.ofThisYear)}))?`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const q = quarterOf(m);
    if (!q) return undefined;
    // (the quarter "of this year" is the publication year's, as the half's is)
    const year =
      m[4] ?? (m[6] ? published?.slice(0, 4) : yearOfLast(q * 3 - 2, published, m[5] !== undefined));
    return year ? `${year}-${pad(q * 3 - 2)}/${year}-${pad(q * 3)}` : '';
  },
  detail: (m, published) => {
    const q = quarterOf(m);
    return m[4] || published || !q ? undefined : undated({ first: q * 3 - 2, last: q * 3 });
  },
  hint: new RegExp(`${alternation((words) => words.quarterHint)}|\\b[TQK][1-4]\\b`, 'i'),
};

// "the March quarter of 2024", "the June quarter": a quarter named by the month it ends (Australian and New Zealand
// statistics)
export const quarterEndingIn: Rule = {
  name: 'quarter-ending-in',
  examples: [
    { text: 'Exports rose 18% in the March quarter of 2024.', period: '2024-01/2024-03' },
    { text: 'Imports fell in the September quarter 2023.', period: '2023-07/2023-09' },
    { text: 'Exports rose in the June quarter.', published: '2024-09', period: '2024-04/2024-06' },
    // (… and the year between: "the December 2023 quarter")
    { text: 'Dairy exports fell 4% in the December 2023 quarter.', period: '2023-10/2023-12' },
  ],
  re: latin(
    new RegExp(
      `(?<![\\p{L}])(${MONTH_WORDS})\\s+(?:(${YEAR})\\s+)?(?:${QUARTER_NOUNS})(?![\\p{L}])(?:\\s+(?:(?:${OF})\\s+)?(${YEAR}))?`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const last = monthNumber(m[1]);
    if (last % 3 !== 0) return undefined;
    const year = m[2] ?? m[3] ?? yearOfLast(last - 2, published, false);
    return year ? `${year}-${pad(last - 2)}/${year}-${pad(last)}` : '';
  },
  detail: (m, published) => {
    const last = monthNumber(m[1]);
    return m[2] || m[3] || published || last % 3 !== 0 ? undefined : undated({ first: last - 2, last });
  },
  hint: new RegExp(QUARTER_NOUNS, 'i'),
};
