// The role an economy plays for a figure (owner, partner), from the cue words around it.
import type { Metric } from '../figure.js';
import type { ClauseFacts, Role } from './clause-facts.js';
import { ATTRACTS, POSSESSIVE_AFTER } from './cues.js';
import type { EconomyMention } from './gazetteer.js';
import { latin } from './letters.js';
import type { Quantity } from './quantities.js';
import { NAME_ROLE_RULES } from './roles-rules.js';
import { firstApplying } from './rule.js';
import type { Span } from './text-segments.js';

const DESCRIBED_NOUN = latin(
  /^\s+(?:country|nation|kingdom|state|city-state|pays|royaume|état|cité-État|land|rijk|koninkrijk|staat|stadstaat)(?![\p{L}])/iu,
);

const GROUP_PARTNER_BEFORE = latin(
  /(?<![\p{L}])(?:vers|avec|à destination des?|en provenance des?|naar|met|uit)\s+(?:les|des|de|le|la|l['’]|het)?\s*(?:pays|landen|nations|économies|marchés?|markt|markten)\s*$/iu,
);

const PARTNER_PREP_BEFORE = latin(/(?<![\p{L}])(?:to|from|with|naar|uit|met)\s+(?:the\s+|de\s+)?$/iu);

const COUNTRIES_AFTER = latin(/^\s+(?:countries|nations|economies|landen)(?![\p{L}])/iu);

const INVESTED_IN_BEFORE = latin(
  /(?<![\p{L}])(?:dans|in|en)\s+(?:l['’]|la\s|le\s|les\s|the\s|de\s|het\s)?[\p{L}\s'’-]{0,40}$/iu,
);

/** What may stand between a rank noun and the adjective that restricts it: "non", "régional". */
const RESTRICTING_WORDS = latin(/^\s{0,3}(?:[\p{L}-]+\s+){0,2}$/u);

export function roleOf(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
): Role | undefined {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 3);
  if (mention.possessive || POSSESSIVE_AFTER.test(after)) {
    // "Morocco's minister … aims to attract ¥500 billion in Japanese investment": the host attracts
    // … and so does the economy whose inflows they are ("Its FDI inflows fell")
    return metric === 'fdi' &&
      (ATTRACTS.test(text.slice(facts.clause.start, q.start)) ||
        INFLOWS.test(text.slice(mention.end, Math.min(q.start, mention.end + 30))))
      ? 'partner'
      : 'owner';
  }
  if (mention.adjective) return adjectiveRole(text, mention, metric, facts, q, before);
  const decided = firstApplying(NAME_ROLE_RULES, { text, mention, metric, facts, q, before });
  if (!decided) return 'ambiguous';
  return decided.value === 'none' ? undefined : decided.value;
}

/** The role of an economy named by its adjective: "exportations marocaines", "Flemish exports". */
function adjectiveRole(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
  before: string,
): Role | undefined {
  // "troisième investisseur … dans l'industrie automobile marocaine": the industry invested in is the host's
  if (q.type === 'rank' && metric === 'fdi' && INVESTED_IN_BEFORE.test(before)) return 'partner';
  // "Among South American economies, exports to Chile …": the group a statement picks among is no party to it
  if (AMONG_BEFORE.test(before)) return undefined;
  // "le premier débouché asiatique du Royaume": the continent that restricts a rank is no party to it
  // … nor "de grootste Aziatische klant", "the largest African market"
  if (q.type === 'rank' && q.restricted && mention.start >= q.start && mention.end <= q.end) return undefined;
  // … nor "le troisième investisseur non européen", "le premier partenaire régional belge"
  if (
    q.type === 'rank' &&
    q.restricted &&
    mention.start >= q.end &&
    RESTRICTING_WORDS.test(text.slice(q.end, mention.start))
  )
    return undefined;
  // "the North African country", "le royaume chérifien": a description of an economy named elsewhere
  if (DESCRIBED_NOUN.test(text.slice(mention.end, mention.end + 12))) return undefined;
  // "vers les pays africains", "to African countries": a group of partners
  if (
    GROUP_PARTNER_BEFORE.test(before) ||
    (PARTNER_PREP_BEFORE.test(before) && COUNTRIES_AFTER.test(text.slice(mention.end, mention.end + 15)))
  ) {
    return 'partner';
  }
  // "voor 1,3 miljard euro aan Chileense producten ingevoerd", "des produits chiliens", "Chilean goods": an
  // adjective of goods names their origin, where imports come from
  if (
    metric === 'imports' &&
    (GOODS_NOUN_AFTER.test(text.slice(mention.end, mention.end + 16)) || GOODS_NOUN_BEFORE.test(before))
  )
    return 'partner';
  // "exportations marocaines", "Flemish exports", "investissements japonais": an adjective owns the
  // flow it qualifies; elsewhere ("the North African country", "entreprises japonaises") it says nothing.
  const near = (a: Span) =>
    a.start - mention.end <= 25 &&
    mention.start - a.end <= 25 &&
    !PREPOSITION.test(
      a.start >= mention.end ? text.slice(mention.end, a.start) : text.slice(a.end, mention.start),
    );
  if (facts.metrics.some(near) || (q.type === 'rank' && near(q))) return 'owner';
  // "les importations kényanes de produits chiliens": the goods' origin is where imports come from
  const ofGoods = (a: Span) => mention.start > a.end && mention.start - a.end <= 40;
  return metric === 'imports' && facts.metrics.some(ofGoods) ? 'partner' : undefined;
}

const AMONG_BEFORE = latin(
  /(?<![\p{L}])(?:among|amongst|parmi|onder)\s+(?:the\s+|les\s+|de\s+)?(?:other\s+|autres\s+|andere\s+)?$/iu,
);

const GOODS_NOUN_AFTER = latin(/^\s+(?:producten|goederen|waren|goods|products|merchandise)(?![\p{L}])/iu);

const GOODS_NOUN_BEFORE = latin(/(?<![\p{L}])(?:produits|marchandises|biens)\s+$/iu);

/** "re-exports of mainland Chinese goods": after a preposition an adjective qualifies the goods. */
const PREPOSITION = latin(
  /(?<![\p{L}])(?:of|de|des|du|d['’]|van|from|in|en|aux?|à|to|naar|vers|with|avec|met)(?![\p{L}])/iu,
);

const INFLOWS = latin(/(?<![\p{L}])(?:inflows?|inward|entrées|afflux|instroom|ontvangen)(?![\p{L}])/iu);
