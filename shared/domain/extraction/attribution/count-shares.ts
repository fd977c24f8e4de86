// Percentages said of a number of firms, jobs or people rather than of a flow (read by the not-a-figure stage).

import type { Carried } from '../document/carried.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { startsWithPronoun } from './attribute-leads.js';

/** "40 % des entreprises", "40% of the exporting firms": a share of a count, right after its percentage. */
export const COUNTED_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:\)\s*)?(?:${(c) => c.notAFigureStage.countedOf})\s+(?:(?:${(c) => c.notAFigureStage.countedArticles})\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:${(c) => c.notAFigureStage.counted})(?![\p{L}])`,
    'iu',
  ),
);

/** "Of the 1,200 Kenyan exporters of tea, …", "Van de 3.100 bedrijven die …": a count a sentence opens on. */
const OF_THE_COUNTED = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.ofTheCounted})\s+\d[\d.,\s]*\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${(c) => c.notAFigureStage.counted})(?![\p{L}])`,
    'iu',
  ),
);

const CLAUSE_OPENING = latin(/^\s*(?:[\p{L}'’]+\s+)?$/u);

/**
 * A percentage said of a count: of the firms a sentence opens on ("Of the 1,200 Kenyan tea companies, a
 * third sell abroad"), or in a clause whose subject is a share of firms ("Almost 40 % of the exporting firms saw
 * their exports fall by three quarters").
 */
export function saidOfCounted(text: string, q: Quantity, facts: ClauseFacts): boolean {
  if (q.type !== 'percent') return false;
  const lead = text.slice(facts.sentence.start, q.start);
  const before = facts.quantities.filter((o) => o !== q && o.type === 'percent' && o.end <= q.start);
  if (before.length === 0 && OF_THE_COUNTED.test(lead)) return true;
  // (the share of firms opens the clause, a hedge at most before it: not "Met 58 % van de inwoners was …")
  return before.some(
    (o) =>
      CLAUSE_OPENING.test(text.slice(facts.clause.start, o.start)) &&
      COUNTED_AFTER.test(text.slice(o.end, o.end + 60)),
  );
}

/**
 * "De telling omvat alleen ondernemingen die voor minstens 10.000 euro naar Canada uitvoerden", "companies that
 * exported goods worth over €20,000": an amount in a relative clause on the counted firms is a threshold that
 * defines them.
 */
export const THRESHOLD_OF_COUNTED = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.counted})\s+(?:${(c) => c.measureStage.relatives})\s+[^.;:\d]{0,40}$`,
    'iu',
  ),
);

/** "4.100 Deense bedrijven", "4,100 Danish companies": a count of firms a sentence states */
const COUNT_OF_FIRMS = latin(
  new RegExp(
    withWords`\d[\d.,\s]*\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${(c) => c.notAFigureStage.counted})(?![\p{L}])`,
    'iu',
  ),
);

/**
 * "In 2022 verkochten 4.100 Deense bedrijven aan Canada. Dat is een kwart meer dan in 2018": a change a pronoun
 * states after a sentence that counted firms and stated no figure is the count's.
 */
export function changeOfCount(text: string, q: Quantity, facts: ClauseFacts, carried: Carried): boolean {
  if (q.type !== 'percent' || !facts.previous) return false;
  if (!startsWithPronoun(text.slice(facts.clause.start, q.start))) return false;
  if (!COUNT_OF_FIRMS.test(text.slice(facts.previous.start, facts.previous.end))) return false;
  const last = carried.lastFigure;
  return !last || last.start < facts.previous.start;
}
