// Attribution of one quantity in its clause, in the stages of README.md: first the economies its pronouns stand for
// (stage-subject.ts), then 1 not a figure? (stage-not-a-figure.ts), 2 the metric (stage-metric*.ts), 3 measure and
// sign (stage-measure.ts), 4 direction (stage-direction*.ts), 5 period (stage-period*.ts), 6 kind, bound and sector
// (stage-kind.ts). Each stage reads the quantity in its clause (Attribution, attribute-state.ts) and the answers of
// the stages before it; its special cases are named rules (rule.ts), registered in rules.ts.

import { chooseDirection } from '../direction/stage-direction.js';
import type { Carried } from '../document/carried.js';
import { type ClauseFacts, withoutAsides } from '../document/clause-facts.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import type { Quantity } from '../quantities/quantities.js';
import type { Attribution } from './attribute-state.js';
import { figureOf } from './stage-kind.js';
import { measureAndSign } from './stage-measure.js';
import { chooseMetric } from './stage-metric.js';
import { notAFigure } from './stage-not-a-figure.js';
import { datePeriod } from './stage-period.js';
import { withSubjects } from './stage-subject.js';

export function attribute(
  text: string,
  q: Quantity,
  clauseFacts: ClauseFacts,
  documentEconomies: string[],
  carried: Carried,
): ExtractedFigure | undefined {
  const facts = withSubjects(text, q, withoutAsides(text, q, clauseFacts));
  const s: Attribution = {
    text,
    q,
    facts,
    documentEconomies,
    carried,
    lead: text.slice(Math.max(facts.clause.start, q.start - 60), q.start),
    tail: text.slice(q.end, q.end + 60),
    clauseLead: text.slice(facts.clause.start, q.start),
  };
  // 1. not a figure?
  if (notAFigure(s)) return undefined;
  // 2. the metric
  const chosen = chooseMetric(s);
  if (!chosen) return undefined;
  // 3. measure and sign
  const measured = measureAndSign(s, chosen);
  if (!measured) return undefined;
  // 4. direction
  const directed = chooseDirection(s, chosen, measured.measure);
  if (!directed) return undefined;
  // 5. period
  const dated = datePeriod(s, chosen, measured, directed);
  // 6. kind, bound, sector
  return figureOf(s, chosen, measured, directed, dated);
}
