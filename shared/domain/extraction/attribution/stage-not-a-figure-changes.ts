// Attribution, stage 1 (see stage-not-a-figure.ts), its checks of amounts that change or split a flow: an amount a
// flow rose by, a part by kind ("of which re-exports"), an amount referred back to, and one joined to a growth rate.

import { latin } from '../letters.js';
import { ABSOLUTE_CHANGE_BEFORE, withWords } from '../lexicon.js';
import { type NamedRule, when } from '../rule.js';
import type { Attribution } from './attribute-state.js';
import { isChangeAfterGrowth, isChangeNamedAfter } from './kind.js';

/** The checks of stage 1 on changes and parts of a flow, in order, run after its checks of shares. */
export const CHANGE_NOT_A_FIGURE_RULES: Array<NamedRule<Attribution, true>> = [
  {
    name: 'absolute-change',
    why: 'An amount a flow rose or fell by is a change, not a level of the flow.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc ont augmenté de 300 millions d’euros en 2023.',
        language: 'fr',
        noFigure: 300_000_000,
      },
    ],
    apply: ({ text, q, lead }) =>
      when(
        q.type === 'money' && !q.column && (ABSOLUTE_CHANGE_BEFORE.test(lead) || isChangeNamedAfter(text, q)),
      ),
  },
  {
    name: 'part-of-a-flow-by-kind',
    why: 'How a flow splits by kind ("of which re-exports") is not a flow of its own.',
    examples: [
      {
        text: "Hong Kong's exports to Belgium reached HK$45.2 billion, of which re-exports accounted for HK$44.1 billion.",
        language: 'en',
        figure: { value: 45_200_000_000, metric: 'exports' },
        noFigure: 44_100_000_000,
      },
    ],
    apply: ({ q, lead }) => when(q.type === 'money' && OF_WHICH_BY_KIND.test(lead)),
  },
  {
    name: 'restated-amount',
    why: 'An amount referred back to ("Of this £3.9 billion", "Sur ce total de") was stated before.',
    examples: [
      {
        text: 'Belgian exports to Morocco doubled in five years. Of this 3.9 billion euros of exports, chemicals made up a third.',
        language: 'en',
        noFigure: 3_900_000_000,
      },
    ],
    apply: ({ q, lead }) => when(q.type === 'money' && RESTATED_BEFORE.test(lead)),
  },
  {
    name: 'change-after-growth',
    why: 'An amount joined to a growth rate ("en hausse de 5 %, soit 1,2 milliard") is the change, not a level.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc sont en hausse de 5 %, soit 1,2 milliard d’euros.',
        language: 'fr',
        figure: { value: 5, measure: 'growth' },
        noFigure: 1_200_000_000,
      },
    ],
    apply: ({ text, q, facts }) => when(q.type === 'money' && isChangeAfterGrowth(text, q, facts)),
  },
];

const OF_WHICH_BY_KIND = latin(
  new RegExp(
    withWords`(?:${(c) => c.notAFigureStage.ofWhich})\s+(?:${(c) => c.measureStage.reexportArticles})?(?:${(c) => c.measureStage.reexports}|${(c) => c.notAFigureStage.domesticExports})[^.;]{0,30}$`,
    'iu',
  ),
);

const RESTATED_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.restated})\s*$`, 'iu'),
);
