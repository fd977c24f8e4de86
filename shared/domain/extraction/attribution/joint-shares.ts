// Shares that several partners hold together, told by what follows the number: "go to three countries",
// "naar Duitsland, Zweden en Noorwegen" (read by the not-a-figure stage).

import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';

/** A counted set of partners: "three countries", "trois pays", "drie landen". */
export const COUNTED_ECONOMIES = latin(
  new RegExp(withWords`(?<![\p{L}\d])(?:${(c) => c.notAFigureStage.countedEconomies})(?![\p{L}])`, 'iu'),
);

/** The verb of a share several economies hold together: "make up", "représentent". */
export const TOGETHER_VERB = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.togetherVerbs})(?![\p{L}])`, 'giu'),
);

/** Economies taken together: "together", "ensemble", "samen". */
export const TOGETHER = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.together})(?![\p{L}])`, 'iu'),
);

/** What joins two items of a list of economies: ", ", " and the ". */
const LIST_SEPARATOR = latin(
  new RegExp(
    withWords`^\s*(?:,|(?:,\s*)?(?:${(c) => c.lists.and})(?![\p{L}]))\s*(?:${(c) => c.notAFigureStage.articles})?$`,
    'iu',
  ),
);

/** A number other than a year between a share and its partners, and a year. */
const OTHER_NUMBER = /\d/;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

/** Three or more economies listed together after a share, with no other number before them: "naar A, B en C". */
export function listedAfter(text: string, from: number, facts: ClauseFacts): boolean {
  const named = facts.allEconomies.filter(
    (e) => !e.adjective && e.start >= from && e.end <= facts.clause.end,
  );
  let runStart = named[0];
  let run = 1;
  for (const [i, e] of named.entries()) {
    const before = named[i - 1];
    if (before === undefined || run >= 3) continue;
    const joined = LIST_SEPARATOR.test(text.slice(before.end, e.start));
    run = joined ? run + 1 : 1;
    if (!joined) runStart = e;
  }
  return (
    run >= 3 &&
    runStart !== undefined &&
    !OTHER_NUMBER.test(text.slice(from, runStart.start).replace(YEAR, ''))
  );
}

/** Two economies joined right before "together": "Spain and Portugal combined", "l'Espagne et le Portugal ensemble". */
const TWO_TOGETHER_BETWEEN = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.lists.and})\s+(?:${(c) => c.notAFigureStage.articles})?$`, 'iu'),
);
const TOGETHER_NEXT = latin(
  new RegExp(withWords`^\s*,?\s*(?:${(c) => c.notAFigureStage.together})(?![\p{L}])`, 'iu'),
);

/**
 * An amount said of two economies together ("about as much as Spain and Portugal combined ($197bn)", "evenveel als
 * Tanzania en Rwanda samen"): no one economy's flow.
 */
export function amountOfTwoTogether(text: string, q: Quantity, facts: ClauseFacts): boolean {
  if (q.type !== 'money') return false;
  const named = facts.economies.filter((e) => !e.adjective && e.end <= q.start);
  for (const [i, second] of named.entries()) {
    const first = named[i - 1];
    if (
      first &&
      TWO_TOGETHER_BETWEEN.test(text.slice(first.end, second.start)) &&
      TOGETHER_NEXT.test(text.slice(second.end, q.start))
    )
      return true;
  }
  return false;
}
