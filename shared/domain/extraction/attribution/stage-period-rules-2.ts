// Attribution, stage 5 (the period moved), continued: the rules that follow those of stage-period-rules.ts, each
// seeing the period the rules before it left.
import { inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { NamedRule } from '../rule.js';
import {
  OVER_YEARS_BEFORE,
  OVER_YEARS_LEADING,
  PERIOD_RULES,
  type PeriodInput,
  yearsIn,
} from './stage-period-rules.js';

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

/** Every rule that moves the period, in the order they are tried. */
export const ALL_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  ...PERIOD_RULES,
  ...BRACKET_RULES,
  UNDATED_RULE,
  SAME_SPAN_RULE,
];

/** The rules of this module, for the registry. */
export const MORE_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  ...BRACKET_RULES,
  UNDATED_RULE,
  SAME_SPAN_RULE,
];
