// Attribution, stage 1 (see stage-not-a-figure.ts), its checks of ranks: a rank among an economy's traders, or in a
// port's or a firm's list, ranks no economy in its trade.

import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { type NamedRule, when } from '../rule.js';
import type { Attribution } from './attribute-state.js';
import { COMPARED_WITH, isTraderRank, SECTOR_WORD } from './cues.js';
import { lastIndexOf } from './metrics.js';

/** "3 percent more than the 6 percent": a comparative right after a percentage. */
const RATE_GAP_AFTER = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.notAFigureStage.rateGap})(?![\p{L}])`, 'iu'),
);

/** The rank checks of stage 1, and the gap between two rates, in order, run after its other checks. */
export const RANK_NOT_A_FIGURE_RULES: Array<NamedRule<Attribution, true>> = [
  {
    // "a 9 percent gain in June, some two percent above the 7 percent rise of May": the gap between two
    // rates of change is no rate of its own
    name: 'gap-between-two-rates',
    why: 'A percentage stated as more or less than another rate ("two percent more than the 7 percent rise") is their gap, no rate of its own.',
    examples: [
      {
        text: 'Kenyan imports rose 9 percent in June, about two percent more than the 7 percent increase seen in May.',
        language: 'en',
        figure: { value: 9, measure: 'growth' },
        noFigure: 2,
      },
    ],
    apply: ({ text, q, facts }) => {
      if (q.type !== 'percent' || !RATE_GAP_AFTER.test(text.slice(q.end, q.end + 16))) return undefined;
      // (the other rate stated within the comparison after it, no other number between)
      const other = facts.quantities.find((o) => o.start >= q.end);
      return when(
        other?.type === 'percent' &&
          other.start - q.end <= 60 &&
          !/\d/.test(text.slice(q.end, other.start)) &&
          lastIndexOf(COMPARED_WITH, text.slice(q.end, other.start)) >= 0,
      );
    },
  },
  {
    // "Le secteur automobile, premier exportateur du pays", "the automotive sector remained the top exporter",
    // "Flanders is Belgium's largest exporter": a sector's, a firm's or a region's rank among the exporters of an
    // economy ranks no economy in its trade
    name: 'rank-of-a-trader',
    why: 'A sector’s, a firm’s or a region’s rank among an economy’s exporters ranks no economy in its trade.',
    examples: [
      {
        text: 'Le secteur automobile est le premier exportateur du Maroc.',
        language: 'fr',
        noFigure: 1,
      },
    ],
    apply: ({ text, q, facts }) => {
      if (q.type !== 'rank' || !isTraderRank(text, q)) return undefined;
      const subject = text.slice(facts.clause.start, q.start);
      // the region before the rank, its country after it ("Flanders is Belgium's largest exporter")
      const partOfOwner = facts.economies.some(
        (region) =>
          region.code.includes('-') &&
          region.end <= q.start &&
          facts.economies.some((e) => e.start >= q.end && region.code.startsWith(`${e.code}-`)),
      );
      return when(SECTOR_WORD.test(subject) || FIRM_WORD.test(subject) || partOfOwner);
    },
  },
  {
    // "de vierde Afrikaanse handelspartner van de haven", "le premier client du port": a port's or a firm's list
    name: 'rank-in-a-port-or-firm',
    why: 'A rank among the partners of a port or a firm ranks no economy in its trade.',
    examples: [
      {
        text: "Le Maroc est le quatrième client de la Belgique et le deuxième client du port d'Anvers.",
        language: 'fr',
        figure: { value: 4, measure: 'rank', from: 'BE', to: 'MA' },
        noFigure: 2,
      },
    ],
    apply: ({ text, q }) => when(q.type === 'rank' && OF_PORT_OR_FIRM.test(text.slice(q.end, q.end + 40))),
  },
];

const OF_PORT_OR_FIRM = latin(
  new RegExp(
    withWords`^\s+(?:${(c) => c.notAFigureStage.portOf})\s*(?:${(c) => c.notAFigureStage.portOrFirm})(?![\p{L}])`,
    'iu',
  ),
);

const FIRM_WORD = new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.firms})(?![\p{L}])`, 'iu');
