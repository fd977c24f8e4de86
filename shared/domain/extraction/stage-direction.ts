// Attribution, stage 4: direction. The roles of the clause's economies resolved into from/to (direction.ts), or
// carried from the figure before, the list's head, the sentence before's scene.

import type { Metric } from '../figure.js';
import type { Carried } from './carried.js';
import { type ClauseFacts, inSpan } from './clause-facts.js';
import { PARAGRAPH_BREAK, sameEconomy, TOTAL_CUE, WORLD_PARTNER } from './cues.js';
import { latin } from './letters.js';

/** The economies the document's flows other than ranks have been stated with so far. */
export function flowPartners(carried: Carried): Set<string> {
  const out = new Set<string>();
  for (const byPair of carried.directions.values())
    for (const entry of byPair.values())
      if (entry.stated) {
        out.add(entry.from);
        out.add(entry.to);
      }
  return out;
}

/** "Hong Kong's merchandise trade", "le commerce total du Maroc", "de totale handel van België". */
export const OWN_TRADE = latin(
  /(?:['’]s\s+(?:\p{L}+\s+)?(?:trade|commerce)|(?:total|overall|global|totale?|globale?|totaal)\s+(?:\p{L}+\s+){0,3}?(?:trade|commerce|handel|échanges))$/iu,
);

export const BETWEEN_AFTER = latin(
  /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:entre|between|tussen)\s|^\s*(?:bilat\p{L}*|des deux pays|of the two|van beide)/iu,
);

export const OPENING_POSSESSIVE = latin(/^\s*(?:ses|son|sa|leurs?|its|their|zijn|haar|hun)\s+$/iu);

export const POSSESSIVE_BEFORE = latin(/(?<![\p{L}])(?:ses|son|sa|leurs?|its|their|zijn|haar|hun)\s+$/iu);

/**
 * The partner the sentence before sets for this one, in its paragraph, when the clause names no partner and no
 * total: the economy it opens on as the scene of its trade ("In trade with Germany, …", "Dans les échanges
 * avec le Chili, …"), else the one partner it names for the same flow ("le solde est resté
 * négatif face à l'Italie").
 */
export function framePartner(
  text: string,
  metric: Metric,
  facts: ClauseFacts,
  owner: string,
): string | undefined {
  const previous = facts.previous;
  if (!previous || PARAGRAPH_BREAK.test(text.slice(previous.end, facts.sentence.start))) return undefined;
  if (facts.economies.some((e) => e.code !== owner && !sameEconomy(e.code, owner))) return undefined;
  const clause = text.slice(facts.clause.start, facts.clause.end);
  if (TOTAL_CUE.test(clause) || WORLD_PARTNER.test(clause)) return undefined;
  const named = inSpan(facts.allEconomies, previous).filter((e) => !e.adjective && e.code !== owner);
  const scene = named[0];
  if (
    scene &&
    TRADE_SCENE.test(text.slice(previous.start, scene.start)) &&
    /^\s*,/.test(text.slice(scene.end))
  )
    return scene.code;
  if (!inSpan(facts.allMetrics, previous).some((m) => m.metric === metric)) return undefined;
  const partners = new Set(
    named
      .filter((e) => FRAME_PARTNER_BEFORE.test(text.slice(Math.max(previous.start, e.start - 30), e.start)))
      .map((e) => e.code),
  );
  const [only] = partners;
  return partners.size === 1 ? only : undefined;
}

const TRADE_SCENE = latin(
  /^\s*(?:[Ii]n\s+(?:its\s+|their\s+)?trade\s+with|[Dd]ans\s+(?:ses\s+|leurs\s+|les\s+)?échanges\s+avec|[Ii]n\s+(?:de\s+|zijn\s+|haar\s+)?handel\s+met)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+|de\s+|het\s+)?(?:[\p{Ll}-]+\s+)?$/u,
);

const FRAME_PARTNER_BEFORE = latin(
  /(?<![\p{L}])(?:vis-à-vis\s+(?:de\s+|du\s+|des\s+|d['’])|à\s+l['’]égard\s+(?:de\s+|du\s+|des\s+|d['’])|envers|avec|with|met|ten aanzien van|tegenover)\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?$/iu,
);

// (a change keeps its sign outside the quantity: "India (-37.9%)")
/** "devant", "derrière", "after", "ahead of", "(net) voor", "na": the names after it are rivals of the head figure's. */
export const RIVAL_CUE = latin(
  /(?<![\p{L}])(?:devant|derrière|après|behind|ahead of|after|achter|voor|na|juste après|juste derrière)(?![\p{L}])/iu,
);

export const GOES_TO_BEFORE = latin(
  /^\s*(?:[\p{L}'’]+\s+){0,3}?(?:to|naar|vers|au|aux|à|en)\s+(?:the\s+|de\s+|la\s+|le\s+|l['’])?$/iu,
);

export const APPOSITION = /^\s*,\s*(?:le\s+|la\s+|the\s+|its\s+|son\s+|sa\s+|de\s+|het\s+)?$/i;

export const PART_OF_FLOW = latin(
  /^\s*(?:van\s+(?:die|deze|de)\s+(?:uitvoer|export|invoer|import)|de\s+ces\s+(?:exportations|importations|ventes|achats)|of\s+(?:those|these|the)\s+(?:exports|imports|sales|shipments))(?![\p{L}])/iu,
);

export const REGION_NOUN_AFTER = /^\s+(?:Gewest|gewest|Regio|Région|région|Region|region)(?![\p{L}])/u;
