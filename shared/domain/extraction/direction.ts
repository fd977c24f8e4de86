// Direction: who reports a figure and who is the partner, from the roles of the clause's economies and
// what the document has stated so far.
import { countryOf, type Measure, type Metric } from '../figure.js';
import { type ClauseFacts, inSpan, type MetricMention, within } from './clause-facts.js';
import {
  ATTRACTS,
  ELLIPTICAL_ITEM_AFTER,
  ELLIPTICAL_ITEM_BEFORE,
  FLOWS_WITH_WORLD,
  isCountryOrRegion,
  isRival,
  isTraderRank,
  laterRank,
  OWN_BRACKET,
  PARAGRAPH_BREAK,
  POSSESSIVE_AFTER,
  SHARE_VERB,
  sameEconomy,
  TOTAL_CUE,
  WORLD_PARTNER,
} from './cues.js';
import type { ExtractedFigure } from './extracted-figure.js';
import type { EconomyMention } from './gazetteer.js';
import { latin } from './letters.js';
import { BETWEEN_CUES, PARTNER_CUES } from './lexicon.js';
import { lastIndexOf } from './metrics.js';
import type { Quantity } from './quantities.js';
import { roleOf } from './roles.js';
import { shareAfter } from './sectors.js';
import type { Span } from './text-segments.js';

const FOR_OWNER_AFTER = latin(/^\s*(?:pour|for|voor)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|het\s+|de\s+)?$/iu);

/**
 * "la part de marché de la France au Maroc", "Germany's market share in Poland", "het marktaandeel van China
 * in Marokko": the market imports (from), the supplier whose share it is (to).
 */
export function marketShareSides(
  text: string,
  mention: MetricMention,
  economies: EconomyMention[],
): { from: string; to: string; guessed: number } | undefined {
  if (!MARKET_SHARE.test(text.slice(mention.start, mention.end))) return undefined;
  let supplier: string | undefined;
  let market: string | undefined;
  for (const e of economies) {
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (e.start < mention.start - 60 || e.start > mention.end + 50) continue;
    if (/['’]s?\s*$/.test(text.slice(e.end, e.end + 2)) && e.end <= mention.start) supplier ??= e.code;
    // "La Belgique détient une part de marché de 2,9 % au Maroc": the subject before it holds the share
    else if (e.end <= mention.start && !e.adjective && !PREPOSITION_BEFORE.test(before)) supplier ??= e.code;
    else if (
      e.start >= mention.end &&
      /(?:de|du|d['’]|of|van)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/i.test(before)
    ) {
      supplier ??= e.code;
    } else if (
      e.start >= mention.end &&
      /(?:au|aux|en|in|on|op|sur le marché)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/i.test(before)
    ) {
      market ??= e.code;
    }
  }
  return supplier && market && supplier !== market ? { from: market, to: supplier, guessed: 0 } : undefined;
}

const MARKET_SHARE = /part|marktaandeel|market share/i;

const PREPOSITION_BEFORE = latin(
  /(?<![\p{L}])(?:de|du|d['’]|des|of|van|au|aux|en|in|à|on|op|to|vers|naar|from|uit|avec|with|met)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/iu,
);

const SHARES_NEXT_BRACKET = latin(
  /^\s*(?:and|et|en|&)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+|het\s+)?\p{Lu}[\p{L}'’ -]{1,30}\(\s*(?:both|tous|toutes|beide|allebei)(?![\p{L}])/u,
);

/** A bracket after a name that closes on its own figures: " (up 7.2% to £96.4bn)". */
const OTHER_BRACKET = /^\s*\([^()\d]{0,24}[+−-]?\d[^()]{0,36}\)/;

/** The flow of `figure`, with `partner` in the place of its partner. */
export function sameFlowWith(
  figure: ExtractedFigure,
  partner: string,
  subject: string | undefined,
): { from: string; to: string; guessed: number } {
  if (figure.metric === 'bilateral_trade') {
    const other = figure.from === partner || figure.to === partner ? figure.to : figure.from;
    return other < partner
      ? { from: other, to: partner, guessed: 0 }
      : { from: partner, to: other, guessed: 0 };
  }
  // the rival takes the place of the sentence's subject: "La France demeure le premier investisseur avec 31 %,
  // devant l'Espagne (11 %)" (the investor), "L'Espagne reste le premier client, …, devant la France (…)"
  return figure.from === subject && figure.to !== subject
    ? { from: partner, to: figure.to, guessed: 0 }
    : { from: figure.from, to: partner, guessed: 0 };
}

const REFERRED_TOTAL = latin(
  /(?<![\p{L}])(?:of the total|of this total|du total|de ce total|van het totaal)(?![\p{L}])/giu,
);

/** "… zijn goed voor", "… représentent à elles seules", "… accounts for": the verb a share's subject takes. */
const SUBJECT_SHARE_VERB = latin(
  new RegExp(`^[\\s,]*(?:[\\p{L}'’-]+\\s+){0,2}?${SHARE_VERB}(?![\\p{L}])`, 'iu'),
);

/** Before an economy that bounds a subset: "parmi les pays d'", "outside the", "hors", "en", "binnen". */
const SUBSET_BEFORE = latin(
  /(?:(?<![\p{L}])(?:parmi|among|onder|hors|outside|buiten|binnen|within|au sein)(?![\p{L}])[^,.;:()]*|(?<![\p{L}])(?:en|in|dans|op)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+|de\s+)?)$/iu,
);

const SCENE_OPENING = latin(
  /^\s*(?:au|aux|en|in|à|a)\s+(?:la\s+|le\s+|l['’]|les\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:aussi|also|ook|too|également)?\s*,/iu,
);

/**
 * A partner named by a common noun right after the flow: "exportations … vers le Royaume", "uitvoer naar het
 * Noord-Afrikaanse land", "exports to the kingdom".
 */
const UNNAMED_PARTNER = latin(
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:vers|à destination d[eu']?|vis-à-vis d[eu']?|en provenance d[eu']?|avec|naar|richting|met|uit|towards|to|from|with|into)\s+(?:l['’]|la|le|les|ce|cette|ces|the|this|that|de|het|dat|dit|deze)\s*\p{L}/iu,
);

/** "1,7 miljard euro afkomstig uit Vlaanderen": a place named after an amount with a preposition is its. */
const ATTACHED_AFTER = latin(
  /^\s*(?:\p{L}+\s+){0,3}(?:uit|from|de|d['’]|du|des|van|to|naar|vers|à|au|aux|in|en|pour|voor|for)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|de\s+|het\s+)?$/iu,
);

const THAT_FLOW = latin(
  /(?<![\p{L}])(?:van die|van deze|de ces|de cette|of these|of those|of this|of that)\s+$/iu,
);

const SUBORDINATE_LEAD = latin(
  /^\s*(?:si|s['’]|if|while|although|though|whereas|bien que|alors que|même si|hoewel|terwijl|indien)(?![\p{L}])[^.;]*?\d[^,.;]*,/iu,
);

const INWARD_INVESTMENT = latin(
  /(?<![\p{L}])(?:IDE|FDI|[ée]trangers?|[ée]trang[eè]res?|[Ff]oreign|[Bb]uitenlandse|attir\p{L}*|attract\p{L}*|aantrek\p{L}*|aangetrokken)(?![\p{L}])/u,
);

const OUTWARD_INVESTMENT = latin(
  /(?<![\p{L}])(?:à l['’]étranger|hors de ses frontières|sortants?|overzeese?|in het buitenland|uitgaande|abroad|overseas|outward|outbound)(?![\p{L}])/iu,
);

const PARTNER_ANAPHOR = latin(
  /(?<![\p{L}])(?:vers|à destination de|avec|en provenance de|naar|met|uit|to|with|from)\s+(?:ce|cet|cette|dat|dit|deze|this|that|the|het|le|la|l['’])\s*(?:[\p{L}-]+\s+)?(?:pays|marché|royaume|land|markt|country|market|kingdom|koninkrijk)(?![\p{L}])/iu,
);

/** "Nos entreprises y exportent": "y" is the place named before. */
const THERE_BEFORE_VERB = latin(
  /(?<![\p{L}])y\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:\p{L}+\s+)?)?(?:export|import|vend|achèt|achet|écoul|envoy|expédi|livr)\p{L}*/iu,
);

const TOTAL_BEFORE_METRIC = latin(
  /(?<![\p{L}])(?:total|totale|totaal|overall|global|globale)\s+(?:\p{L}+\s+)?$/iu,
);

const TOTAL_AFTER_METRIC = latin(/^\s+(?:totales?|globales?)(?![\p{L}])/iu);

/**
 * from/to by the schema's rules: owner → from (exporter, reporter, investor), partner → to. An economy
 * named without a cue is the owner of a flow ("Spain posted a surplus", "Nederland voerde uit") but the
 * partner of a rank ("Marokko is de 45ste exportmarkt van Vlaanderen"), except an investor's rank, whose
 * subject invests ("la France, premier investisseur au Maroc"). Economies of the clause come first, then
 * the countries and regions the document names most; a total with no partner is with the WORLD.
 */
export function resolveDirection(
  text: string,
  q: Quantity,
  metric: Metric,
  measure: Measure,
  facts: ClauseFacts,
  documentEconomies: string[],
  previous: { from: string; to: string } | undefined,
  metricMention: MetricMention | undefined,
  sentencePair?: [string, string],
  lastAmount?: ExtractedFigure,
  statedPartners?: ReadonlySet<string>,
): { from: string; to: string; guessed: number } | undefined {
  // Economies qualify the metric noun ("total UK exports to Morocco"), so they are taken nearest to it first.
  const anchor = metricMention?.start ?? q.start;
  // "… 1,7 miljard euro afkomstig uit Vlaanderen, 0,5 miljard uit Wallonië en 0,4 miljard uit Brussel": in a
  // list of amounts with no metric word of their own, the economy next to each amount is its own
  const before = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  const after = facts.quantities.find((o) => o.start >= q.end);
  const segment = { start: before?.end ?? facts.clause.start, end: after?.start ?? facts.clause.end };
  // (an item begins after the comma that ends the one before: "voor 21 miljard uitgevoerd naar Chili, voor 8,6
  // miljard naar Japan" lists the flow word with the first item only)
  const comma = before ? text.slice(before.end, q.start).search(/[,;][^,;]*$/) : -1;
  const itemStart = before && comma >= 0 ? before.end + comma : segment.start;
  const listed =
    (q.type !== 'rank' || q.coordinated === true) &&
    (before || after) &&
    (q.coordinated === true || !facts.metrics.some((m) => m.start >= itemStart && m.end <= segment.end));
  // an economy between two amounts goes with the nearer one
  const nearer = (e: EconomyMention) =>
    e.start >= q.end
      ? !after || e.start - q.end <= after.start - e.end || ATTACHED_AFTER.test(text.slice(q.end, e.start))
      : !before ||
        (/[,;]/.test(text.slice(before.end, e.start)) && !/[,;]/.test(text.slice(e.end, q.start))) ||
        // "de 29ste en Marokko de 36ste": a name after the conjunction goes with the next
        /^\s*(?:en|et|and)\s+(?:l['’]|la\s+|le\s+|the\s+|het\s+)?$/i.test(text.slice(before.end, e.start)) ||
        (q.start - e.end < e.start - before.end && !ATTACHED_AFTER.test(text.slice(before.end, e.start)));
  const local = (e: EconomyMention) =>
    listed && e.start >= segment.start && e.end <= segment.end && nearer(e) ? 0 : 1;
  // "Naar Chili werd voor 612 miljoen euro uitgevoerd (+3,5 procent), naar Japan voor 1,21 miljard euro": an
  // economy beyond the next amount is that amount's first
  const beyond = (e: EconomyMention) => (after !== undefined && e.start >= after.end ? 1 : 0);
  const byDistance = (a: EconomyMention, b: EconomyMention) =>
    local(a) - local(b) ||
    beyond(a) - beyond(b) ||
    Math.abs(a.start - anchor) - Math.abs(b.start - anchor) ||
    Math.abs(a.start - q.start) - Math.abs(b.start - q.start);
  const investorRank = metric === 'fdi' && q.type === 'rank';
  let from: string | undefined;
  let to: string | undefined;
  /** whether an economy is marked as the owner ("de la Wallonie", "Flemish", "Spain's") */
  let ownerNamed = false;
  const ambiguous: EconomyMention[] = [];
  // "Spain (19.5%), France (19.3%) and India (5.1%)": the names of the other items are not this one's parties
  // … and "Asia (up 7.2% to £96.4bn) and Africa (up 3%)": so are the names of brackets with words before the figure
  const ownBracket = (e: EconomyMention) => OWN_BRACKET.test(text.slice(e.end, q.start));
  const otherItem = (e: EconomyMention) =>
    !ownBracket(e) &&
    (/^\s*\(\s*[+−-]?\s*[\d.,]+\s*(?:%|pour ?cent|procent|per ?cent)/.test(text.slice(e.end, e.end + 20)) ||
      OTHER_BRACKET.test(text.slice(e.end, e.end + 64)) ||
      // ("Kenya and Vietnam (both +6%)": the first of two names sharing a bracket is an item too)
      SHARES_NEXT_BRACKET.test(text.slice(e.end, e.end + 48)));
  // "Le Maroc, 84e client de Hong Kong, ambitionne de doubler ses ventes …": the economy of a rank set off in
  // commas is the rank's, not a party to the other figures of the clause
  const inApposedRank = (e: EconomyMention) =>
    q.type !== 'rank' &&
    facts.quantities.some(
      (r) =>
        r.type === 'rank' &&
        r.end <= e.start &&
        e.start - r.end <= 14 &&
        /,\s*$/.test(text.slice(Math.max(0, r.start - 3), r.start)) &&
        /^\s*(?:de|du|des|d['’]|of|van)\s*(?:la\s+|le\s+|l['’]|the\s+|het\s+)?$/i.test(
          text.slice(r.end, e.start),
        ) &&
        /^\s*,/.test(text.slice(e.end, e.end + 3)),
    );
  // "… tandis que la demande extérieure a reculé de 3 %, mais les exportations totales ont progressé de 2 %": a flow
  // the text calls total is one economy's with the world; it borrows no partner from the rest of its sentence
  // (a share of a total says whose total it is: its partner is the subject, often a pronoun for the flow before)
  const totalFlow =
    metricMention !== undefined &&
    measure !== 'share' &&
    (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi') &&
    (TOTAL_BEFORE_METRIC.test(text.slice(Math.max(0, metricMention.start - 30), metricMention.start)) ||
      TOTAL_AFTER_METRIC.test(text.slice(metricMention.end, metricMention.end + 12)));
  // "… du Chili ont baissé de 6 %, de Bolivie de 11,3 %": a name after the figure that opens its own elliptical item
  // is that item's
  // (… and one before it, of an item before: "…, d'Italie de 14,7 % et d'Espagne de 16,2 %")
  const laterItem = (e: EconomyMention) =>
    ELLIPTICAL_ITEM_BEFORE.test(text.slice(Math.max(facts.sentence.start, e.start - 20), e.start)) &&
    facts.quantities.some(
      (o) =>
        o.start !== q.start &&
        o.start > e.end &&
        o.start - e.end <= 12 &&
        ELLIPTICAL_ITEM_AFTER.test(text.slice(e.end, o.start)),
    );
  // "son premier client parmi les pays d'Europe du Sud hors Espagne", "le premier client du Chili en Asie": the
  // economies that bound a rank's subset are no parties to it
  const boundsSubset = (e: EconomyMention) =>
    q.type === 'rank' &&
    q.restricted === true &&
    e.start >= q.end &&
    e.start - q.end <= 60 &&
    SUBSET_BEFORE.test(text.slice(q.end, e.start));
  // (a figure in its own name's bracket is that name's: what the sentence names after it is another statement's)
  const items = (
    facts.economies.some(ownBracket)
      ? facts.economies.filter((e) => !otherItem(e) && e.start < q.end)
      : facts.economies
  ).filter(
    (e) => !inApposedRank(e) && !boundsSubset(e) && !laterItem(e) && (!totalFlow || within(e, facts.clause)),
  );
  // "1,9 milliard d'euros, contre 412 millions pour la Wallonie": in a list, the economy an amount is "for" owns it
  const forOwner = listed
    ? facts.economies.find(
        (e) => e.start >= q.end && e.start <= segment.end && FOR_OWNER_AFTER.test(text.slice(q.end, e.start)),
      )
    : undefined;
  if (forOwner) {
    from = forOwner.code;
    ownerNamed = true;
  }
  for (const mention of [...items].sort(byDistance)) {
    if (mention === forOwner) continue;
    let role = roleOf(text, mention, metric, facts, q);
    // a pair is a pair whatever the cues: "les échanges sino-marocains", "Belgian-Moroccan trade"
    if (metric === 'bilateral_trade' && role !== undefined) role = 'ambiguous';
    // "investor in Morocco's automotive sector": a possessive names the host
    if (
      investorRank &&
      role === 'owner' &&
      (mention.possessive || POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)))
    )
      role = 'partner';
    if (role === 'owner' && !from && mention.code !== to) {
      from = mention.code;
      ownerNamed = true;
    } else if (role === 'partner' && !to && mention.code !== from) to = mention.code;
    else if (role === 'between' || role === 'ambiguous') ambiguous.push(mention);
  }
  // Unmarked economies in the order they are written: the first is the subject. Those of a leading
  // subordinate clause belong to another statement ("Si l'Espagne et la France restent les premiers
  // débouchés, …, les exportations vers les pays africains ont progressé de 11 %").
  const subordinate = SUBORDINATE_LEAD.exec(text.slice(facts.clause.start, facts.clause.end));
  if (subordinate && metricMention) {
    const end = facts.clause.start + subordinate[0].length;
    if (metricMention.start >= end && q.start >= end) {
      for (let i = ambiguous.length - 1; i >= 0; i--) {
        if ((ambiguous[i]?.end ?? 0) <= end) ambiguous.splice(i, 1);
      }
    }
  }
  ambiguous.sort((a, b) => local(a) - local(b) || a.start - b.start);
  // "Le Chili demeure un fournisseur … : les achats en provenance du pays andin": the flow's partner, named by
  // a common noun, is the economy the clause names
  if (
    !to &&
    !ownerNamed &&
    ambiguous.length === 1 &&
    metric !== 'bilateral_trade' &&
    // named apart from the flow ("Le Japon reste un partenaire … : les importations …"), not its subject
    /[:;]/.test(text.slice((ambiguous[0] as EconomyMention).end, q.start)) &&
    facts.metrics.some(
      (m) => m.end <= q.start && UNNAMED_PARTNER.test(text.slice(m.end, Math.min(q.start, m.end + 40))),
    )
  ) {
    to = ambiguous.shift()?.code;
  }
  // "Le Chili représente 22 % des exportations", "De EU-lidstaten zijn goed voor 61 procent van de
  // uitvoer": the economy that accounts for a share of a flow whose owner the clause does not name is where it goes
  // (or comes from); the owner is the economy the text's flows are of
  const sharer = ambiguous[0];
  if (
    measure === 'share' &&
    !from &&
    !to &&
    ambiguous.length === 1 &&
    sharer &&
    !sharer.adjective &&
    !sharer.possessive &&
    (metric === 'exports' || metric === 'imports') &&
    sharer.end <= q.start &&
    !facts.quantities.some((o) => o.end <= sharer.start && o.start >= facts.clause.start) &&
    SUBJECT_SHARE_VERB.test(text.slice(sharer.end, sharer.end + 40)) &&
    (previous === undefined || !sameEconomy(sharer.code, previous.from))
  ) {
    to = sharer.code;
    ambiguous.shift();
  }
  // A country that attracts investment is its host: "Morocco aims to attract $10 billion of FDI".
  const subject = ambiguous[0]?.code;
  if (metric === 'fdi' && subject && !to && ATTRACTS.test(text.slice(facts.clause.start, q.start))) {
    to = subject;
    ambiguous.shift();
  }
  // "attirer 10 milliards d'IDE", "foreign direct investment in Morocco": a host named with no investor
  // receives from the world.
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    to !== undefined &&
    from === undefined &&
    ambiguous.length === 0 &&
    INWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  ) {
    from = 'WORLD';
  }
  const world = FLOWS_WITH_WORLD.has(metric) && measure !== 'share';
  // "Chile was the 9th largest exporter": the subject of a trader's rank trades, like an investor's
  const traderRank = q.type === 'rank' && isTraderRank(text, laterRank(q, facts));
  const subjectIsPartner = q.type === 'rank' && !investorRank && !traderRank;
  for (const { code } of ambiguous) {
    if (code === from || code === to) continue;
    if (subjectIsPartner ? !to : from) {
      if (!to) to = code;
    } else if (!from) from = code;
    else if (!to) to = code;
  }
  // … and with no list named whose it is, its rank is among all the world's traders
  if (traderRank && from && !to) to = 'WORLD';
  // "Les ventes chiliennes vers ce pays …", "Nos firmes y vendent pour 1,6 milliard", "naar dat land": an
  // anaphor takes the country named last before it, other than the reporter
  // ("vers le marché chinois" names its partner by the adjective after the noun: no anaphor)
  const anaphor = PARTNER_ANAPHOR.exec(text.slice(facts.clause.start, facts.clause.end));
  const anaphorEnd = anaphor ? facts.clause.start + anaphor.index + anaphor[0].length : -1;
  if (
    !to &&
    metric !== 'fdi' &&
    ((anaphor && !facts.allEconomies.some((e) => e.start >= anaphorEnd - 1 && e.start <= anaphorEnd + 3)) ||
      THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start)))
  ) {
    const candidate = (e: EconomyMention) =>
      !e.adjective && isCountryOrRegion(e.code) && (from === undefined || !sameEconomy(e.code, from));
    // ("Le Kenya est un client du Portugal. Nos firmes y vendent": the sentence before's subject, or
    // that of the last sentence of the paragraph that names one: "Le Japon est le deuxième client du Chili. Et le
    // cinquième en Asie. En 2019, les sociétés chiliennes y ont vendu …")
    const named = THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start))
      ? facts.previous && placeBefore(text, facts, candidate)
      : facts.allEconomies
          .filter((e) => e.end <= anaphorEnd - (anaphor?.[0].length ?? 0) && candidate(e))
          .at(-1);
    if (named) to = named.code;
  }
  // "accounted for $1.1 billion of the total" refers to a total stated before, not to trade with everyone
  // (an amount's own total, not that of a share stated after it: "2,6 milliards, soit 0,6 % des exportations totales")
  const ownTotal = text
    .slice(facts.clause.start, q.type === 'money' ? shareAfter(text, q, facts) : facts.clause.end)
    .replace(REFERRED_TOTAL, ' ');
  if (world && from && !to && TOTAL_CUE.test(ownTotal)) to = 'WORLD';
  let guessed = 0;
  // A host receiving foreign investment from no one named: "Le flux net des IDE s'est établi à 9,4 MMDH".
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    !from &&
    !to &&
    ambiguous.length === 0 &&
    INWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  ) {
    from = 'WORLD';
  }
  // "Van die export was 1,7 miljard euro afkomstig uit Vlaanderen": the flow just named, its partner kept
  if (
    from &&
    !to &&
    metricMention &&
    previous &&
    previous.to !== from &&
    THAT_FLOW.test(text.slice(Math.max(0, metricMention.start - 12), metricMention.start))
  ) {
    to = previous.to;
  }
  // "ils ont atteint 1,3 Md$ en 2020, dont 440 M$ d'exportations marocaines", "De handel tussen België en
  // Marokko … De Belgische uitvoer … steeg": a flow of one side of the pair the text is about goes to the other
  // "Au Portugal également, l'Espagne est un client majeur. En 2019, les ventes vers ce pays …":
  // the economy a sentence opens on as its scene reports the flows of its sentence and of the next
  if (!from && to && metric !== 'fdi') {
    const scene = [facts.sentence, facts.previous]
      .filter(
        (s): s is Span => s !== undefined && !PARAGRAPH_BREAK.test(text.slice(s.start, facts.sentence.start)),
      )
      .map((s) => SCENE_OPENING.exec(text.slice(s.start, s.start + 60)) && s)
      .find((s): s is Span => !!s);
    const place = scene
      ? inSpan(facts.allEconomies, { start: scene.start, end: scene.start + 40 })[0]
      : undefined;
    if (place && !place.adjective && !sameEconomy(place.code, to)) from = place.code;
  }
  // … or the pair the story opens on ("entre le Pérou et le continent africain")
  const storyPair =
    sentencePair ?? (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi' ? facts.storyPair : undefined);
  if (from && !to && storyPair?.includes(from)) to = storyPair[0] === from ? storyPair[1] : storyPair[0];
  // "België voerde voor 2,8 miljard euro uit naar Marokko. Het leeuwendeel komt uit Vlaanderen: 2,1 miljard
  // euro": with no metric word of its own, a region's amount after its country's (or another region's) is a part
  // of that flow, with its partner
  const flowPartner = lastAmount && from ? partnerOfRegionalPart(from, lastAmount, metric) : undefined;
  if (from && !to && q.type === 'money' && flowPartner) to = flowPartner;
  // An owner named with no partner, of whom nothing was said before, trades with everyone: "Les exportations
  // de la Wallonie ont atteint 57,3 milliards d'euros".
  if (
    world &&
    from &&
    !to &&
    previous?.from !== from &&
    previous?.to !== from &&
    ownerNamed &&
    !facts.metrics.some(
      (m) => m.end <= q.start && UNNAMED_PARTNER.test(text.slice(m.end, Math.min(q.start, m.end + 40))),
    )
  ) {
    to = 'WORLD';
  }
  // "Les investissements marocains à l'étranger", "Overzeese investeringen van Marokko", "Peru's outward investment":
  // an investor's investment abroad with no host named is in the world
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    from &&
    !to &&
    OUTWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  )
    to = 'WORLD';
  // "Chile's trade with the rest of the world grew by 9%", "les échanges avec le monde", "naar het buitenland": the
  // world named as partner
  if (
    !to &&
    from !== 'WORLD' &&
    metric !== 'fdi' &&
    WORLD_PARTNER.test(text.slice(facts.clause.start, q.end))
  )
    to = 'WORLD';
  // (and "the total investment in Peru" is from investors everywhere)
  if (totalFlow && metric === 'fdi') {
    if (!from && items.every((e) => e.code === to)) from = 'WORLD';
  } else if (
    totalFlow &&
    !to &&
    ambiguous.every((e) => e.code === from || sameEconomy(e.code, from ?? e.code))
  )
    to = 'WORLD';
  // "Les exportations de biens ont atteint 300 millions d'euros", in a text about Kenya whose flows stated so far
  // were Peru's to Kenya: a flow the clause names no economy of is the home's, with the world
  if (
    !from &&
    !to &&
    items.length === 0 &&
    facts.home &&
    (metric === 'exports' || metric === 'imports') &&
    measure !== 'rank' &&
    previous?.to === facts.home &&
    previous.from !== facts.home
  ) {
    from = facts.home;
    to = 'WORLD';
  }
  // What the clause leaves open continues the usual direction of the metric, then the document's economies.
  if (previous && (!from || !to)) {
    if (!from && previous.from !== to) from = previous.from;
    // the same pair seen from its other side: "le solde reste déficitaire pour le Pérou" after Chile's exports
    if (!to) to = previous.to !== from ? previous.to : previous.from;
    guessed++;
  }
  // … but a flow stated before any partner is named, title included, is with the world: "Automotive exports
  // reached 141.7 billion dirhams", in a story that comes to Japan and Belgium only later
  const namedBefore = (code: string) => facts.allEconomies.some((e) => e.code === code && e.start < q.start);
  // … and so is one under a title that names several partners ("l'Inde et le Brésil tirent les exportations
  // marocaines")
  const titlePartners = (owner: string | undefined) => {
    const titleEnd = text.indexOf('\n');
    return new Set(
      facts.allEconomies
        .filter((e) => titleEnd > 0 && e.end <= titleEnd && e.code !== owner && isCountryOrRegion(e.code))
        .map((e) => e.code),
    ).size;
  };
  // (a clause's one economy that no cue marks as the partner: "Peru's trade", not "les échanges avec le Pérou")
  const clauseOwner =
    from !== undefined &&
    items.every((e) => {
      const cue = text.slice(Math.max(0, e.start - 30), e.start);
      return e.code === from && !PARTNER_CUES.test(cue) && !BETWEEN_CUES.test(cue);
    });
  // (a title: a short first line that is no paragraph of sentences)
  const titleEnd = text.indexOf('\n');
  const titled = titleEnd > 0 && titleEnd <= 160 && !/[.!?]\s/.test(text.slice(0, titleEnd));
  const namedInTitle = (code: string) =>
    titled && facts.allEconomies.some((e) => e.end <= titleEnd && e.code === code);
  for (const code of documentEconomies) {
    if (from && to) break;
    // (a group only when the story opens on it: "entre le Chili et l'Asie")
    if (code === from || code === to || (!isCountryOrRegion(code) && !facts.storyPair?.includes(code)))
      continue;
    // the economy a story is about receives the investment it reports ("un investissement de 600 millions")
    if (metric === 'fdi' && !to) to = code;
    else if (!from) from = code;
    else if (!to) {
      if (
        world &&
        (!namedBefore(code) ||
          titlePartners(from) >= 2 ||
          // (a title naming the pair names the partner: "Pérou-Chili : les échanges progressent")
          // (… and one the document has named only as a rank's, never with a flow: "de grootste afzetmarkt
          // is Chili. … Vorig jaar werd er voor 14 miljard euro uitgevoerd" is the total)
          (statedPartners !== undefined && !statedPartners.has(code) && !namedInTitle(code)))
      )
        break;
      // "The total value of Peru's trade increased by 25%", before any partner is named: its trade with everyone
      if (metric === 'bilateral_trade' && clauseOwner && !namedBefore(code)) {
        to = 'WORLD';
        break;
      }
      to = code;
    }
    guessed++;
  }
  if (world && from && !to) to = 'WORLD';
  if (!from || !to) return undefined;
  if (metric === 'bilateral_trade' && from > to && to !== 'WORLD') [from, to] = [to, from];
  return { from, to, guessed };
}

/** The first economy `fits` of the last sentence before the clause's, in its paragraph, that names one. */
function placeBefore(
  text: string,
  facts: ClauseFacts,
  fits: (e: EconomyMention) => boolean,
): EconomyMention | undefined {
  const paragraph = text.lastIndexOf('\n\n', facts.sentence.start);
  const before = facts.allEconomies.filter(
    (e) =>
      e.end <= facts.sentence.start &&
      e.start > paragraph &&
      fits(e) &&
      !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
  );
  const last = before.at(-1);
  if (!last) return undefined;
  const from = Math.max(0, paragraph, last.start - 400);
  const end = lastIndexOf(/[.!?]\s/g, text.slice(from, last.start));
  const sentenceStart = end >= 0 ? from + end + 1 : from;
  return before.find((e) => e.start >= sentenceStart);
}

/** The partner of a flow of which `owner`, a region of the flow's country or a sibling region, states a part. */
export function partnerOfRegionalPart(
  owner: string,
  flow: ExtractedFigure,
  metric: Metric,
): string | undefined {
  return flow.metric === metric &&
    flow.measure === 'value' &&
    owner !== flow.from &&
    owner.includes('-') &&
    countryOf(owner) === countryOf(flow.from) &&
    isCountryOrRegion(flow.to) &&
    countryOf(flow.to) !== countryOf(owner)
    ? flow.to
    : undefined;
}
