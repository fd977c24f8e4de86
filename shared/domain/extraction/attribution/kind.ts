// Kind of a figure (actual, target, forecast), and amounts that restate a change rather than a level.
import type { Kind } from '../../figure.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import {
  ABSOLUTE_CHANGE_AFTER,
  EXPECTATION_CUES,
  FORECAST_CUES,
  GROWTH_CUES,
  TARGET_CUES,
  TARGET_WORDS,
  withWords,
} from '../lexicon.js';
import type { PeriodMention } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import { COMPARED_WITH, RELATIVE_CLAUSE } from './cues.js';
import { lastIndexOf } from './metrics.js';

/**
 * An amount joined to a growth rate is the change it stands for, not a level: "an increase of 17.2% or
 * £574 million", "en hausse de 5 %, soit 1,2 milliard", "een stijging met 8 procent of 40 miljoen euro".
 */
export function isChangeAfterGrowth(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const previous = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  if (previous?.type !== 'percent') return false;
  if (!CHANGE_OR.test(text.slice(previous.end, q.start))) {
    return false;
  }
  if (GROWTH_CUES.test(text.slice(Math.max(facts.sentence.start, previous.start - 60), previous.start)))
    return true;
  // (or a verb around both: "de invoer liep met 9 procent (of zo’n 2 miljard euro) terug", "ging … achteruit")
  return GROWTH_CUES.test(
    text.slice(Math.max(facts.clause.start, previous.start - 60), Math.min(facts.clause.end, q.end + 40)),
  );
}

/**
 * An amount the change is named after: "470 miljoen euro minder", "$3bn more", "a $5.1bn (12%) increase in
 * exports" (a rate in brackets may stand between).
 */
export function isChangeNamedAfter(text: string, q: Quantity): boolean {
  return ABSOLUTE_CHANGE_AFTER.test(text.slice(q.end, q.end + 40).replace(/^\s*\([^()]{0,12}\)/, ''));
}

export function kindOf(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  periodMention: PeriodMention | undefined,
): Kind {
  if (periodMention?.horizon && periodMention.end <= q.start + 60) {
    const claimedElsewhere = facts.quantities.some(
      (o) => o !== q && periodMention.start - o.end >= 0 && periodMention.start - o.end <= 12,
    );
    // "les exportations devraient atteindre 5 milliards d'ici 2025": an expectation with a horizon, no ambition
    const said = text.slice(facts.clause.start, q.end);
    if (!claimedElsewhere)
      return EXPECTATION_CUES.test(said) && !TARGET_WORDS.test(said) ? 'forecast' : 'target';
  }
  const previous = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  let region = text.slice(previous?.end ?? facts.clause.start, q.end);
  // "le territoire pourrait devenir une porte d'entrée vers la Chine, dont les importations ont dépassé …":
  // the cues of a main clause say nothing of a relative clause's figure
  const relative = lastIndexOf(RELATIVE_CLAUSE, region);
  if (relative >= 0) region = region.slice(relative);
  for (const p of facts.periods) {
    if (p.horizon && previous && p.start >= previous.end && p.start - previous.end <= 12) {
      region = region.replace(text.slice(p.start, p.end), ' ');
    }
  }
  // "… d'ici 2030, contre 4 milliards en 2022": what follows a comparison word is the actual compared with.
  const target = TARGET_CUES.test(region);
  // ("de uitvoer zou vorig jaar met 6 procent gestegen zijn": a conditional of hearsay about the past)
  const forecast =
    !target && FORECAST_CUES.test(region) && !PAST_HEARSAY_END.test(text.slice(q.end, facts.clause.end));
  // "Notre objectif est de porter les échanges à 5 milliards d'ici 2030 et d'attirer 2 milliards d'investissements":
  // a second aim joined to a target with a horizon shares its kind
  if (
    !target &&
    !forecast &&
    previous &&
    facts.periods.some((p) => p.horizon && p.start >= previous.end && p.start - previous.end <= 12) &&
    JOINED_AIM.test(text.slice(previous.end, q.start)) &&
    TARGET_CUES.test(text.slice(facts.sentence.start, previous.start))
  ) {
    return 'target';
  }
  // "expects exports to grow 5% in 2024 to around $620 billion": the level a foreseen change reaches is foreseen
  if (
    !target &&
    !forecast &&
    previous?.type === 'percent' &&
    LEVEL_REACHED.test(text.slice(previous.end, q.start))
  )
    return kindOf(text, previous, facts, undefined);
  // "below the 8% growth forecast by economists": a figure its forecaster follows
  if (!target && !forecast && q.type === 'percent' && FORECAST_AFTER.test(text.slice(q.end, q.end + 40)))
    return 'forecast';
  if (!target && !forecast) return 'actual';
  // "… was no ambitious target given that the region exported $275bn": a reason's figure is a fact
  const compared = Math.max(lastIndexOf(COMPARED_WITH, region), lastIndexOf(REASON_GIVEN, region));
  if (
    compared >= 0 &&
    compared > lastIndexOf(TARGET_CUES_G, region) &&
    compared > lastIndexOf(FORECAST_CUES_G, region)
  ) {
    return 'actual';
  }
  return target ? 'target' : 'forecast';
}

const REASON_GIVEN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.kinds.reasonGiven})(?![\p{L}])`, 'giu'),
);
const FORECAST_AFTER = latin(
  new RegExp(withWords`^\s*(?:[\p{L}-]+\s+){0,2}?(?:${(c) => c.kinds.forecastAfter})\s`, 'iu'),
);
const LEVEL_REACHED = latin(
  new RegExp(
    withWords`^(?:[^.;,\d]|(?:19|20)\d\d){0,30}?(?<![\p{L}])(?:${(c) => c.comparison.changeTo})\s+(?:\p{L}+\s+)?$`,
    'iu',
  ),
);
const JOINED_AIM = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.kinds.joinedAim})`, 'iu'));
// (set off by a comma, a bracket or a dash, and hedged: "- of bijna 2 miljard euro -", "(or about $2bn)")
const CHANGE_OR = latin(
  new RegExp(
    withWords`^\s*[,(\-–—]?\s*(?:${(c) => c.kinds.changeOr})\s*(?:(?:${(c) => c.bounds.above}|${(c) => c.bounds.below}|${(c) => c.bounds.about})\s+)?$`,
    'iu',
  ),
);

const PAST_HEARSAY_END = latin(
  new RegExp(withWords`^[^\d.;:!?]*?(?<![\p{L}])(?:${(c) => c.kinds.pastHearsayEnd})\s*(?:$|[,.;:!?])`, 'iu'),
);

const TARGET_CUES_G = latin(new RegExp(TARGET_CUES.source, 'giu'));

const FORECAST_CUES_G = latin(new RegExp(FORECAST_CUES.source, 'giu'));
