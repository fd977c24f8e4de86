// Percentages said of a number of firms, jobs or people rather than of a flow (read by the not-a-figure stage).

import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';

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
