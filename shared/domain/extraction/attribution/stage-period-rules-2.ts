// Attribution, stage 5 (the period moved), continued: the rules that follow those of stage-period-rules.ts, each
// seeing the period the rules before it left.
import { inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { CARDINALS } from '../quantities/number-words.js';
import type { NamedRule } from '../rule.js';
import { kindOf } from './kind.js';
import {
  OVER_YEARS_BEFORE,
  OVER_YEARS_LEADING,
  PERIOD_RULES,
  type PeriodInput,
  yearsIn,
} from './stage-period-rules.js';
import { MONTH_AGAINST_MONTH_RULE } from './stage-period-rules-3.js';

/** How far before the quantity a bracket's period may end. */
const BRACKET_REACH = 40;

const BRACKET_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  {
    // "lager dan in het tweede kwartaal van 2021 (-12 %)", "qu'au premier semestre 2021 (+4 %)": a month, quarter or
    // half right before a bracket holds the figure in it, also when it is the base the main clause compares with
    // (a bare year is the rule 'amount-in-brackets-after-a-year''s)
    name: 'figure-in-brackets-after-a-period',
    why: 'A figure in brackets right after a month, quarter or half ("in the second quarter of 2021 (-12%)") is of that period.',
    examples: [
      {
        text: 'De Keniaanse uitvoer naar Oeganda daalde in het derde kwartaal van 2021 met 4 procent, minder sterk dan in het tweede kwartaal van 2021 (-12 procent).',
        language: 'nl',
        figure: { value: -12, measure: 'growth', period: '2021-04/2021-06' },
      },
    ],
    apply: ({ s: { text, q, facts }, boundLength }) => {
      if (q.type === 'rank') return undefined;
      const open = q.start - boundLength;
      const before = inSpan(facts.allPeriods, { start: open - BRACKET_REACH, end: open }).findLast(
        (p) => p.period && !p.since && !/^\d{4}$/.test(p.period),
      );
      if (!before || !/^\s*\(\s*[+−-]?\s*$/.test(text.slice(before.end, open))) return undefined;
      // (items paired with periods joined before: "in januari en februari (+1,1 en +2,7 procent)")
      const close = text.indexOf(')', q.end);
      const items = facts.quantities.filter((o) => o.start > before.end && (close < 0 || o.end <= close));
      return items.length === 1 ? before.period : undefined;
    },
  },
];

/** "a few years ago", "il y a quelques années", "is altijd … geweest": a time the text leaves undated */
const UNDATED_TIME = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.periodStage.undatedTime})(?![\p{L}])`, 'iu'),
);

/** How far after the quantity an undated time that bears on it alone may start. */
const UNDATED_REACH = 30;

const UNDATED_RULE: NamedRule<PeriodInput, string | null> = {
  // "From $1 billion a few years ago, trade grew to $9 billion in 2023": the time right after the amount is its own,
  // and undated; "Germany has always taken a fifth of Swiss exports": a clause that states no period but that
  // one holds at no time the story dates (a rank with no period takes the story's all the same: STORY_DATED_RULES)
  name: 'undated-time',
  why: 'A figure of "a few years ago", or one that "has always" held, in a clause with no period of its own, has no period.',
  examples: [
    {
      text: 'In 2023 Kenyan exports to Uganda reached $900 million, up from $300 million a few years ago.',
      language: 'en',
      figure: { value: 300_000_000, period: null },
    },
    {
      text: "En 2023, les exportations kényanes vers l'Ouganda ont atteint 900 millions de dollars. Il y a quelques années, elles ne dépassaient pas 300 millions de dollars.",
      language: 'fr',
      figure: { value: 300_000_000, period: null },
    },
  ],
  apply: ({ s: { text, q, facts }, statedPeriod }) => {
    const after = text.slice(q.end, Math.min(facts.clause.end, q.end + UNDATED_REACH));
    const next = facts.quantities.find((o) => o.start >= q.end);
    const right = UNDATED_TIME.exec(after);
    if (right && (!next || next.start >= q.end + right.index)) return null;
    return !statedPeriod && UNDATED_TIME.test(text.slice(facts.clause.start, facts.clause.end))
      ? null
      : undefined;
  },
};

const SAME_SPAN_RULE: NamedRule<PeriodInput, string | null> = {
  // "Over the last five years, exports grew by half, reaching … in 2021. In the same period, imports grew at an
  // average annual rate of 9 %": the span the sentence before counted back from its latest year
  name: 'same-period-as-the-years-before',
  why: 'A change "in the same period" after a sentence that counts years back ("over the last five years") covers those years.',
  examples: [
    {
      text: 'Over the last five years, Kenyan exports to Uganda grew by almost 50%, reaching $900 million in 2021. In the same period, Kenyan imports from Uganda grew at an average annual rate of 9%.',
      language: 'en',
      figure: { value: 9, metric: 'imports', period: '2016/2021' },
    },
  ],
  apply: ({ s: { text, q, facts }, periodMention, measure }) => {
    const previous = facts.previous;
    if (!periodMention?.sameAsBefore || !previous || q.type !== 'percent' || measure !== 'growth')
      return undefined;
    const before = text.slice(previous.start, previous.end);
    const counted = OVER_YEARS_LEADING.exec(before) ?? OVER_YEARS_BEFORE.exec(before);
    const count = counted ? yearsIn(counted[1] ?? counted[2] ?? '') : undefined;
    const years = inSpan(facts.allPeriods, previous)
      .filter((p) => !p.comparison && /^\d{4}$/.test(p.period))
      .map((p) => Number(p.period));
    const until = years.length > 0 ? Math.max(...years) : undefined;
    return count && until ? `${until - count}/${until}` : undefined;
  },
};

const SUB_YEAR = /^(\d{4})-(\d\d)(?:\/(\d{4})-(\d\d))?$/;

const SUB_YEAR_FURTHER_BACK_RULE: NamedRule<PeriodInput, string | null> = {
  // "up 26 % on the same period of 2019" in a story of the first quarter of 2022: as a change against a year further
  // back than the year before (the rule 'change-against-a-year-further-back'), the span of years
  name: 'change-of-months-against-a-year-further-back',
  why: 'A change of some months against the same months of a year further back than the year before covers the span of years.',
  examples: [
    {
      text: 'In the first quarter of 2022 Kenyan exports to Uganda rose 12% on a year earlier, and 26% on the same period of 2019.',
      language: 'en',
      figure: { value: 26, period: '2019/2022' },
    },
  ],
  apply: ({ s: { q, facts }, measure, period }) => {
    const months = measure === 'growth' && period ? SUB_YEAR.exec(period) : null;
    if (!months || (months[3] !== undefined && months[3] !== months[1])) return undefined;
    const year = Number(months[1]);
    const sameMonths = period?.slice(4) ?? '';
    // (the base right after this figure, with no other figure between)
    const base = facts.periods.find(
      (p) =>
        p.comparison &&
        !p.since &&
        p.start >= q.end &&
        !facts.quantities.some((o) => o.start >= q.end && o.end <= p.start) &&
        (p.samePeriod
          ? /^\d{4}$/.test(p.period)
          : p.period.slice(4).replace(/\d{4}/, '') === sameMonths.replace(/\d{4}/, '')),
    );
    const baseYear = base ? Number(base.period.slice(0, 4)) : undefined;
    return baseYear && baseYear < year - 1 && baseYear > year - 50 ? `${baseYear}/${year}` : undefined;
  },
};

/** "over three years", "sur les trois prochaines années", "in de komende drie jaar" */
const COMING_YEARS = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.periodStage.comingYears})(\p{L}+|\d{1,2})\s+(?:\p{L}+\s+)?(?:${(c) => c.periods.yearsNouns})(?![\p{L}])`,
    'iu',
  ),
);

const COMING_YEARS_RULE: NamedRule<PeriodInput, string | null> = {
  // "In 2021 Kenya pledged to import $3bn of Ugandan goods over three years": the years after the one the aim was
  // set in (or the year of writing)
  name: 'aim-over-coming-years',
  why: 'A target or forecast "over three years" runs over the years after the one it was set in.',
  examples: [
    {
      text: 'In 2021 Kenya pledged to import $3bn worth of Ugandan goods over the next three years.',
      language: 'en',
      figure: { value: 3_000_000_000, kind: 'target', period: '2022/2024' },
    },
  ],
  apply: ({ s: { text, q, facts }, periodMention, period }) => {
    // (in the figure's clause, the only amount there: "pledged $3bn over three years", "in de komende drie jaar")
    if (facts.quantities.some((o) => o !== q && o.type === q.type)) return undefined;
    const coming = COMING_YEARS.exec(text.slice(facts.clause.start, facts.clause.end));
    const word = coming?.[1]?.toLowerCase() ?? '';
    const count = /^\d+$/.test(word) ? Number(word) : CARDINALS[word];
    if (!count || count < 2 || count > 30 || kindOf(text, q, facts, periodMention) === 'actual')
      return undefined;
    const set =
      period && /^\d{4}$/.test(period)
        ? Number(period)
        : facts.published
          ? Number(facts.published.slice(0, 4))
          : undefined;
    return set ? `${set + 1}/${set + count}` : undefined;
  },
};

const YEAR_ON_YEAR = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.periodStage.yearOnYear})(?![\p{L}])`, 'iu'),
);

const YEAR_ON_YEAR_RULE: NamedRule<PeriodInput, string | null> = {
  // "It rose back to $240 billion last year. Meanwhile, trade with Vietnam grew 7 percent on-year to $63 billion":
  // a year-on-year change the clause dates with no period of its own is of the story's period, not of an earlier
  // year a sentence before looked back to (nor is the level it reached)
  name: 'year-on-year-of-the-story',
  why: "A year-on-year change with no period of its own is of the story's period, not of a year looked back to.",
  examples: [
    {
      text: 'Kenyan exports to Uganda grew 9 percent on-year to $800 million between January and November 2018. They had reached $700 million in 2017. Meanwhile, trade with Tanzania grew 7 percent on-year to $600 million.',
      language: 'en',
      figure: { value: 7, period: '2018-01/2018-11' },
    },
  ],
  apply: ({ s: { text, facts, carried }, statedPeriod, period }) => {
    const story = carried.storyPeriod;
    if (
      statedPeriod ||
      !period ||
      !story ||
      facts.periods.length > 0 ||
      period.slice(0, 4) >= story.slice(0, 4)
    )
      return undefined;
    return YEAR_ON_YEAR.test(text.slice(facts.clause.start, facts.clause.end)) ? story : undefined;
  },
};

/** Every rule that moves the period, in the order they are tried. */
export const ALL_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  ...PERIOD_RULES,
  ...BRACKET_RULES,
  UNDATED_RULE,
  SAME_SPAN_RULE,
  SUB_YEAR_FURTHER_BACK_RULE,
  COMING_YEARS_RULE,
  YEAR_ON_YEAR_RULE,
  MONTH_AGAINST_MONTH_RULE,
];

/** The rules of this module, for the registry. */
export const MORE_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  ...BRACKET_RULES,
  UNDATED_RULE,
  SAME_SPAN_RULE,
  SUB_YEAR_FURTHER_BACK_RULE,
  COMING_YEARS_RULE,
  YEAR_ON_YEAR_RULE,
  MONTH_AGAINST_MONTH_RULE,
];
