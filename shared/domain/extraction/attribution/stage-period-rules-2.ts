// Attribution, stage 5 (the period moved), continued: the rules that follow those of stage-period-rules.ts, each
// seeing the period the rules before it left.
import { inSpan } from '../document/clause-facts.js';
import type { NamedRule } from '../rule.js';
import { PERIOD_RULES, type PeriodInput } from './stage-period-rules.js';

/** How far before the quantity a bracket's period may end. */
const BRACKET_REACH = 40;

const MORE_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
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

/** Every rule that moves the period, in the order they are tried. */
export const ALL_PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  ...PERIOD_RULES,
  ...MORE_PERIOD_RULES,
];

export { MORE_PERIOD_RULES };
