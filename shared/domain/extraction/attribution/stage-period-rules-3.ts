// Attribution, stage 5 (the period moved), continued: rules for the months of two years set against each other.
import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { FORECAST_CUES, withWords } from '../lexicon.js';
import { AND, alternation } from '../periods/period-words.js';
import type { Quantity } from '../quantities/quantities.js';
import type { NamedRule } from '../rule.js';
import { isChangeBase, yearBefore } from './cues.js';
import type { PeriodInput } from './stage-period-rules.js';

const MONTH = /^(\d{4})-(\d\d)$/;
const BETWEEN_BEFORE = latin(new RegExp(`(?<![\\p{L}])(?:${alternation((w) => w.between)})\\s+$`, 'iu'));
const AND_BETWEEN = latin(new RegExp(`^\\s+(?:${AND})\\s+$`, 'iu'));
const TO_DATE = /^(\d{4})-01\/\1-(\d\d)$/;

export const MONTH_AGAINST_MONTH_RULE: NamedRule<PeriodInput, string | null> = {
  // "fell 9 % from 5 billion to 4.5 billion between April 2020 and April 2021": the level it went to and the change
  // are of the later month, the level it started from of the earlier; in a story of the year so far ("by the end of
  // April"), each month stands for the months of its year up to it
  name: 'month-against-month-of-two-years',
  why: 'Between a month of one year and the same month of the next, the change and the level reached are of the later; in a story of the year so far, of its months so far.',
  examples: [
    {
      text: 'Kenyan exports reached 60 billion shillings by the end of April 2021. Foreign investment in Kenya fell 10 per cent from 5 billion shillings to 4.5 billion shillings between April 2020 and April 2021.',
      language: 'en',
      figure: { value: 4_500_000_000, period: '2021-01/2021-04' },
    },
  ],
  apply: ({ s: { text, q, facts, carried }, period }) => {
    if (!period || !MONTH.test(period)) return undefined;
    const months = facts.periods.filter((p) => MONTH.test(p.period));
    for (const [i, first] of months.entries()) {
      const second = months[i + 1];
      if (
        !second ||
        first.period.slice(5) !== second.period.slice(5) ||
        first.period >= second.period ||
        !AND_BETWEEN.test(text.slice(first.end, second.start)) ||
        !BETWEEN_BEFORE.test(text.slice(Math.max(0, first.start - 12), first.start))
      )
        continue;
      const month = isChangeBase(text, q) ? first.period : second.period;
      const story = TO_DATE.exec(carried.storyPeriod ?? '');
      const soFar =
        story?.[2] === month.slice(5) && [first, second].some((p) => p.period.startsWith(story?.[1] ?? '-'));
      return soFar ? `${month.slice(0, 4)}-01/${month}` : month;
    }
    return undefined;
  },
};

/**
 * The years a position is held "since 2015" up to the time of writing ("2015/2023"); in a text with no date of
 * writing, up to the latest year it reports ("… between January 2022 and June 2024 …": 2015/2024).
 */
export function heldSince(q: Quantity, facts: ClauseFacts): string | undefined {
  const since = facts.periods.find((p) => p.since && p.start >= q.end);
  if (!since) return undefined;
  if (/^\d{4}\/\d{4}$/.test(since.period)) return since.period;
  if (facts.published || !/^\d{4}$/.test(since.period)) return undefined;
  let latest = since.period;
  for (const p of facts.allPeriods) {
    const end = (p.period.split('/').at(-1) ?? '').slice(0, 4);
    if (!p.horizon && !p.since && /^\d{4}$/.test(end) && end > latest) latest = end;
  }
  return latest > since.period ? `${since.period}/${latest}` : undefined;
}

const YEAR_TO_DATE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.periodStage.yearToDate})(?![\p{L}])`, 'iu'),
);

export const YEAR_TO_DATE_RULE: NamedRule<PeriodInput, string | null> = {
  // "Philippine exports fell 9.1% in September … Year-to-date, exports slipped 0.7%": the months of the story's
  // year up to its month
  name: 'year-to-date-of-a-monthly-story',
  why: '"Year-to-date" in a story of one month is the months of its year up to that month.',
  examples: [
    {
      text: "Peru's exports rose 4% in August. Year-to-date, exports grew 6% to $48 billion.",
      language: 'en',
      published: '2024-10',
      figure: { value: 48_000_000_000, period: '2024-01/2024-08' },
    },
  ],
  apply: ({ s: { text }, periodMention, inherited }) => {
    // (… the story's month, or the months so far a figure before in the clause was given)
    const month = MONTH.test(inherited ?? '')
      ? inherited
      : TO_DATE.test(inherited ?? '')
        ? inherited?.slice(8)
        : '';
    if (!periodMention?.toDate || !month) return undefined;
    return YEAR_TO_DATE.test(text.slice(periodMention.start, periodMention.end))
      ? `${month.slice(0, 4)}-01/${month}`
      : undefined;
  },
};

const MONTH_SPAN = /^\d{4}-\d\d\/\d{4}-\d\d$/;

export const THIS_YEAR_IN_A_STORY_OF_MONTHS: NamedRule<PeriodInput, string | null> = {
  // "De export is dit jaar 60 procent minder" in a story of the first eight months of this year: those months
  name: 'this-year-in-a-story-of-months',
  why: '"This year" in a story of the first months of the year is those months.',
  examples: [
    {
      text: 'In de eerste acht maanden van 2023 voerde België voor 1,2 miljard euro uit naar Marokko. De export naar Marokko is dit jaar 6 procent hoger.',
      language: 'nl',
      published: '2023-10',
      figure: { value: 6, period: '2023-01/2023-08' },
    },
    {
      text: "Vietnam's exports to the EU reached $11.9 billion in the first quarter of 2024. Analysts expect exports to the EU to grow by around 7% this year.",
      language: 'en',
      published: '2024-04',
      figure: { value: 7, period: '2024', kind: 'forecast' },
    },
  ],
  // (not what is expected of the year: "analysts expect growth of around 7% this year" is the year's)
  apply: ({ s: { text, q, facts }, periodMention, inherited }) =>
    periodMention?.thisYear &&
    inherited &&
    !FORECAST_CUES.test(text.slice(facts.clause.start, q.start)) &&
    MONTH_SPAN.test(inherited) &&
    inherited.startsWith(`${periodMention.period}-01/${periodMention.period}-`)
      ? inherited
      : undefined,
};

export const LAST_YEAR_IN_A_STORY_OF_MONTHS: NamedRule<PeriodInput, string | null> = {
  // "grew from $41 million last year to $63 million" in a story of the first ten months of a year: the same
  // months a year before
  name: 'last-year-in-a-story-of-months',
  why: '"Last year" in a story of the first months of a year is the same months a year before.',
  examples: [
    {
      text: 'Belgian exports to Morocco in the first ten months of 2023\n\nBelgian exports to Morocco grew from 41 million euros last year to 63 million euros.',
      language: 'en',
      published: '2023-12',
      figure: { value: 41_000_000, period: '2022-01/2022-10' },
    },
  ],
  apply: ({ s: { text, q }, periodMention, inherited }) => {
    if (!periodMention?.lastYear || !inherited || !MONTH_SPAN.test(inherited) || !isChangeBase(text, q))
      return undefined;
    const before = yearBefore(inherited);
    return before.endsWith(`${periodMention.period}-${before.slice(-2)}`) ? before : undefined;
  },
};
