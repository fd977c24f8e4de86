// A percentage said of a tariff named before it in its sentence (read by the not-a-figure stage).

import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { TARIFF_CUES } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';

const TARIFF_CUES_G = latin(new RegExp(TARIFF_CUES.source, 'giu'));

/**
 * A percentage after a tariff word with no flow word between them is the tariff's rate or cut: "des droits de
 * douane de 10 %", and however far the verb keeps them apart when no other number stands between ("la taxe
 * douanière imposée au fromage suisse sera diminuée en trois étapes de 40 %"); but in "Despite the tariffs,
 * exports rose 15 %" the percentage is the flow's.
 */
export function ofTariff(text: string, q: Quantity, facts: ClauseFacts, lead: string): boolean {
  if (q.type !== 'percent') return false;
  const from = facts.sentence.start;
  TARIFF_CUES_G.lastIndex = 0;
  let end = -1;
  for (const m of text.slice(from, q.start).matchAll(TARIFF_CUES_G)) end = from + m.index + m[0].length;
  if (end < 0) return false;
  const metrics = inSpan(facts.allMetrics, { start: end, end: q.start });
  // (near: a flow the tariff is on, "Tariffs on Belgian exports rose to 12%", is no subject of its own)
  if (end > q.start - lead.length) return !metrics.some((m) => /[,;]/.test(text.slice(end, m.start)));
  return metrics.length === 0 && !/\d/.test(text.slice(end, q.start));
}
