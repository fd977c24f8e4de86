// The first stage of a figure's direction: the economies of its clause that are its parties, each given the role
// its cue words say (owner, partner) or left unmarked, in the order they are written.
import type { Measure, Metric } from '../../figure.js';
import {
  COMPARISON_BASE_BEFORE,
  ELLIPTICAL_ITEM_AFTER,
  ELLIPTICAL_ITEM_BEFORE,
  FLOWS_WITH_WORLD,
  isGroup,
  isTraderRank,
  laterRank,
  OWN_BRACKET,
  POSSESSIVE_AFTER,
  RIVAL_BEFORE_NAME,
} from '../attribution/cues.js';
import { goodsNamed } from '../attribution/sectors.js';
import { type ClauseFacts, type MetricMention, within } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { roleOf } from './roles.js';

/** What the direction of a figure is resolved from. */
export interface DirectionInput {
  text: string;
  q: Quantity;
  metric: Metric;
  measure: Measure;
  facts: ClauseFacts;
  /** the economies the document is about, the most likely first */
  documentEconomies: string[];
  /** the direction of the flow the text has stated for this metric */
  previous: { from: string; to: string } | undefined;
  metricMention: MetricMention | undefined;
  /** the pair the sentence is about ("De handel tussen België en Marokko …") */
  sentencePair?: [string, string];
  /** the paragraph's last amount */
  lastAmount?: ExtractedFigure;
  /** the partners the document has stated flows with */
  statedPartners?: ReadonlySet<string>;
}

/** The direction as the stages resolve it: the sides found so far and the clause's economies left to place. */
export interface DirectionState {
  from?: string;
  to?: string;
  /** whether an economy is marked as the owner ("de la Wallonie", "Flemish", "Spain's") */
  ownerNamed: boolean;
  /** the clause's economies no cue marks as a side, in the order they are written */
  ambiguous: EconomyMention[];
  /** the clause's economies that are parties to the figure */
  items: EconomyMention[];
  /** a flow the text calls total ("les exportations totales") */
  totalFlow: boolean;
  /** a flow that, with no partner named, is with the world */
  world: boolean;
  /** a trader's rank ("Chile was the 9th largest exporter") */
  traderRank: boolean;
  /** an investor's rank ("la France, premier investisseur au Maroc") */
  investorRank: boolean;
  /** how many sides were guessed from the text before or the document */
  guessed: number;
}

/** A figure's direction being resolved: what it is resolved from and what is resolved so far. */
export type Direction = DirectionInput & DirectionState;

const FOR_OWNER_AFTER = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.direction.for})\s+(?:${(c) => c.economyRoles.articles})?$`, 'iu'),
);

const SHARES_NEXT_BRACKET = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.direction.and}|&)\s+(?:${(c) => c.economyRoles.articles})?\p{Lu}[\p{L}'’ -]{1,30}\(\s*(?:${(c) => c.direction.both})(?![\p{L}])`,
    'u',
  ),
);

/** A bracket after a name that closes on its own figures: " (up 7.2% to £96.4bn)". */
const OTHER_BRACKET = /^\s*\([^()\d]{0,24}[+−-]?\d[^()]{0,36}\)/;

/** Before an economy that bounds a subset: "parmi les pays d'", "outside the", "hors", "en", "binnen". */
const SUBSET_BEFORE = latin(
  new RegExp(
    withWords`(?:(?<![\p{L}])(?:${(c) => c.direction.subsetOf})(?![\p{L}])[^,.;:()]*|(?<![\p{L}])(?:${(c) => c.direction.inSubset})\s+(?:${(c) => c.economyRoles.articles})?)$`,
    'iu',
  ),
);

/** A bracket opened right after a name and still open: "Brazil (+4.2 bn compared with ". */
const BRACKET_OPEN_AFTER_NAME = /^\s*\([^()]{0,60}$/;
const SIGN_AT_END = /[+−-]\s*$/;

/** "Na Duitsland en Spanje is …", "Après l'Allemagne, …": before the names of the economies a rank puts ahead. */
const RANKED_AHEAD_BEFORE = latin(
  new RegExp(
    // (the first name, or the last after "and": "Behind Germany, France is …" puts France behind)
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.rankedBehindBefore})\s+(?:(?:(?:${(c) => c.quantities.articlesBeforeNames})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*,\s*)*(?:${(c) => c.quantities.articlesBeforeNames})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s+(?:${(c) => c.quantities.and})\s+)?(?:${(c) => c.quantities.articlesBeforeNames})?$`,
    'u',
  ),
);

/** "…, grotendeels uit", "…, most of it from": the part of the figure before, whose economies are its own. */
const PART_AFTER = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.partAfter})(?![\p{L}])`, 'iu'),
);

const PART_SHARE_AFTER = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.partShareAfter})\s*[+−-]?$`, 'iu'),
);

/** "1,7 miljard euro afkomstig uit Vlaanderen": a place named after an amount with a preposition is its. */
const ATTACHED_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:\p{L}+\s+){0,3}(?:${(c) => c.direction.attachedBy})\s+(?:${(c) => c.economyRoles.articles})?$`,
    'iu',
  ),
);

const SUBORDINATE_LEAD = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.direction.subordinators})(?![\p{L}])[^.;]*?\d[^,.;]*,`, 'iu'),
);

/** A comma and at most one word between a name and its figure: "Frankrijk, min 9 procent". */
const NAME_THEN_FIGURE = latin(/^\s*[,:]\s*(?:\p{L}+\s+)?$/u);

const TOTAL_BEFORE_METRIC = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.totalBefore})\s+(?:\p{L}+\s+)?$`, 'iu'),
);

const TOTAL_AFTER_METRIC = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.direction.totalAfter})(?![\p{L}])`, 'iu'),
);

/** "de 29ste en Marokko de 36ste": the conjunction before a name. */
const AND_BEFORE_NAME = new RegExp(
  withWords`^\s*(?:${(c) => c.direction.and})\s+(?:${(c) => c.direction.articlesOfOneNotDe})?$`,
  'i',
);

/** A bracket after a name that holds its own percentage: " (+3,5 procent)". */
const PERCENT_BRACKET = new RegExp(
  withWords`^\s*\(\s*[+−-]?\s*[\d.,]+\s*(?:%|${(c) => c.direction.percentWords})`,
);

/** "84e client de Hong Kong": the preposition between a rank and its economy. */
const OF_BEFORE_NAME = new RegExp(
  withWords`^\s*(?:${(c) => c.economyRoles.of})\s*(?:${(c) => c.direction.articlesOfOneNotDe})?$`,
  'i',
);

/** The amount's place in a list of amounts of the clause, and the order its economies are taken in. */
interface AmountList {
  listed: boolean;
  segment: { start: number; end: number };
  /** 0 for an economy of the amount's own item, 1 for the others */
  local: (e: EconomyMention) => number;
  byDistance: (a: EconomyMention, b: EconomyMention) => number;
}

function amountList({ text, q, facts, metricMention }: DirectionInput): AmountList {
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
  const listed = Boolean(
    (q.type !== 'rank' || q.coordinated === true) &&
      (before || after) &&
      (q.coordinated === true || !facts.metrics.some((m) => m.start >= itemStart && m.end <= segment.end)),
  );
  // "Duitsland, min 11,5 procent, Frankrijk, min 9 procent": in a list of names each with its figure after a comma,
  // the name before a figure is its own, the one after it the next figure's
  // (two items of that shape at least: "… afkomstig uit Vlaanderen, 0,5 miljard uit Wallonië" is no such list)
  const ownNameBefore = (o: { start: number }) =>
    facts.economies.some((e) => e.end <= o.start && NAME_THEN_FIGURE.test(text.slice(e.end, o.start)));
  const namesFirst =
    ownNameBefore(q) &&
    ((before !== undefined && ownNameBefore(before)) || (after !== undefined && ownNameBefore(after)));
  // an economy between two amounts goes with the nearer one
  const nearer = (e: EconomyMention) =>
    e.start >= q.end
      ? !(namesFirst && after && NAME_THEN_FIGURE.test(text.slice(e.end, after.start))) &&
        (!after || e.start - q.end <= after.start - e.end || ATTACHED_AFTER.test(text.slice(q.end, e.start)))
      : (namesFirst && NAME_THEN_FIGURE.test(text.slice(e.end, q.start))) ||
        !before ||
        (/[,;]/.test(text.slice(before.end, e.start)) && !/[,;]/.test(text.slice(e.end, q.start))) ||
        // "de 29ste en Marokko de 36ste": a name after the conjunction goes with the next
        AND_BEFORE_NAME.test(text.slice(before.end, e.start)) ||
        (q.start - e.end < e.start - before.end && !ATTACHED_AFTER.test(text.slice(before.end, e.start)));
  const local = (e: EconomyMention) =>
    listed && e.start >= segment.start && e.end <= segment.end && nearer(e) ? 0 : 1;
  // "Naar Chili werd voor 612 miljoen euro uitgevoerd (+3,5 procent), naar Japan voor 1,21 miljard euro": an
  // economy beyond the next amount is that amount's first
  const beyond = (e: EconomyMention) => (after !== undefined && e.start >= after.end ? 1 : 0);
  // "…, followed by 12 percent to the Netherlands": in a list, the name a preposition attaches right after the amount
  // is its own before any other of its item
  const attached = (e: EconomyMention) =>
    listed && e.start >= q.end && e.end <= segment.end && ATTACHED_AFTER.test(text.slice(q.end, e.start))
      ? 0
      : 1;
  const byDistance = (a: EconomyMention, b: EconomyMention) =>
    attached(a) - attached(b) ||
    local(a) - local(b) ||
    beyond(a) - beyond(b) ||
    Math.abs(a.start - anchor) - Math.abs(b.start - anchor) ||
    Math.abs(a.start - q.start) - Math.abs(b.start - q.start);
  return { listed, segment, local, byDistance };
}

/**
 * "… tandis que la demande extérieure a reculé de 3 %, mais les exportations totales ont progressé de 2 %": a flow
 * the text calls total is one economy's with the world; it borrows no partner from the rest of its sentence
 * (a share of a total says whose total it is: its partner is the subject, often a pronoun for the flow before)
 */
function isTotalFlow({ text, q, facts, metric, measure, metricMention }: DirectionInput): boolean {
  return (
    metricMention !== undefined &&
    // (a share of a total is the part's: a partner's, or goods' with the world, "Garments make up 80% of total
    // exports")
    (measure !== 'share' || goodsNamed(text.slice(facts.clause.start, q.start)).length === 1) &&
    (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi') &&
    (TOTAL_BEFORE_METRIC.test(text.slice(Math.max(0, metricMention.start - 30), metricMention.start)) ||
      TOTAL_AFTER_METRIC.test(text.slice(metricMention.end, metricMention.end + 12)))
  );
}

/** The economies of the clause that are parties to the figure: not the other items', a rank's or a subset's. */
function clauseItems(
  { text, q, facts, metricMention }: DirectionInput,
  totalFlow: boolean,
): EconomyMention[] {
  // "Spain (19.5%), France (19.3%) and India (5.1%)": the names of the other items are not this one's parties
  // … and "Asia (up 7.2% to £96.4bn) and Africa (up 3%)": so are the names of brackets with words before the figure
  // (a name's own bracket opens between the name and the figure: without a "(" there, none is looked for)
  // (… and so is the base its figure is compared with: "Brazil (+4.2 bn compared with +5.8 bn)")
  const ownBracket = (e: EconomyMention) => {
    const between = text.slice(e.end, q.start);
    return (
      between.includes('(') &&
      (OWN_BRACKET.test(between) ||
        (BRACKET_OPEN_AFTER_NAME.test(between) &&
          COMPARISON_BASE_BEFORE.test(between.replace(SIGN_AT_END, ''))))
    );
  };
  const otherItem = (e: EconomyMention) =>
    !ownBracket(e) &&
    (PERCENT_BRACKET.test(text.slice(e.end, e.end + 20)) ||
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
        OF_BEFORE_NAME.test(text.slice(r.end, e.start)) &&
        /^\s*,/.test(text.slice(e.end, e.end + 3)),
    );
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
  // "Na Duitsland is Nederland de belangrijkste afzetmarkt": the economies ranked ahead of a rank's are no party
  const rankedAhead = (e: EconomyMention) =>
    q.type === 'rank' &&
    e.end <= q.start &&
    RANKED_AHEAD_BEFORE.test(text.slice(Math.max(facts.sentence.start, e.start - 60), e.start));
  // "Le Kenya est, après l'Ouganda et devant la Tanzanie, le deuxième client du Rwanda": the rivals a rank is set
  // against are no party to it
  // (a name, not an adjective: "voor Japanse producten" is no rival)
  const rivalOfRank = (e: EconomyMention) =>
    q.type === 'rank' &&
    !e.adjective &&
    (e.end <= q.start || e.start - q.end <= 80) &&
    RIVAL_BEFORE_NAME.test(
      text.slice(Math.max(e.start >= q.end ? q.end : facts.sentence.start, e.start - 60), e.start),
    );
  // "België kocht voor 60 miljoen dollar koper, grotendeels uit Chili": the economy of a part named
  // after the figure is the part's, not the figure's
  // (… and of the items listed in it: "grotendeels uit Chili (70 %) en Peru (10 %)")
  // (… and of a part's share right after it: "1 000 milliards FCFA, dont 35 % en provenance de France")
  const next = facts.quantities.find((o) => o.start >= q.end);
  const nextQuantity = next?.start ?? facts.clause.end;
  const between = text.slice(q.end, nextQuantity);
  const partAt =
    q.type === 'rank'
      ? -1
      : next?.type === 'percent' && PART_SHARE_AFTER.test(between)
        ? between.search(PART_SHARE_AFTER)
        : between.search(PART_AFTER);
  const ofPartAfter = (e: EconomyMention) => partAt >= 0 && e.start >= q.end + partAt;
  // "l'Italie (17 % du total UE), l'Espagne (13 %)": an economy inside the bracket of another item's figure is that
  // figure's (the total it is a share of), no party to this one
  const inOtherBracket = (e: EconomyMention) => inAnotherBracket(text, q, facts, e);
  // "Binnen de EU staat Spanje op de vijfde plaats voor uitvoer": the group a trader is ranked within is no party
  const tradersWithin = (e: EconomyMention) =>
    q.type === 'rank' &&
    e.end <= q.start &&
    isGroup(e.code) &&
    SUBSET_BEFORE.test(text.slice(Math.max(facts.clause.start, e.start - 30), e.start)) &&
    isTraderRank(text, laterRank(q, facts), facts.clause);
  // "Japan (41 %) and Korea (30 %) account for 71 % of Peru's exports to Asia": the owner named with the flow the
  // items are shares of, after them, is theirs (not the subset it goes to)
  const ownerOfFlowAfter = (e: EconomyMention) =>
    metricMention !== undefined &&
    metricMention.start > q.end &&
    e.start >= metricMention.start - 20 &&
    e.start <= metricMention.end + 12 &&
    !isGroup(e.code) &&
    !otherItem(e);
  // (a figure in its own name's bracket is that name's: what the sentence names after it is another statement's)
  return (
    facts.economies.some(ownBracket)
      ? facts.economies.filter((e) => (!otherItem(e) && e.start < q.end) || ownerOfFlowAfter(e))
      : facts.economies
  ).filter(
    (e) =>
      !inApposedRank(e) &&
      !boundsSubset(e) &&
      !tradersWithin(e) &&
      !rankedAhead(e) &&
      !rivalOfRank(e) &&
      !ofPartAfter(e) &&
      !inOtherBracket(e) &&
      !laterItem(e) &&
      (!totalFlow || within(e, facts.clause)),
  );
}

/** Whether `e` is named inside a bracket of the clause that holds another of its quantities, not `q`. */
function inAnotherBracket(text: string, q: Quantity, facts: ClauseFacts, e: EconomyMention): boolean {
  // (brackets looked for within the clause only: a long text with none is not read back to its start)
  const before = text.slice(facts.clause.start, e.start);
  const openAt = before.lastIndexOf('(');
  if (openAt < 0 || before.lastIndexOf(')') > openAt) return false;
  const open = facts.clause.start + openAt;
  const closeAt = e.end <= facts.clause.end ? text.slice(e.end, facts.clause.end + 1).indexOf(')') : -1;
  const close = closeAt < 0 ? -1 : e.end + closeAt;
  return (
    close >= 0 &&
    close <= facts.clause.end &&
    !(q.start > open && q.start < close) &&
    facts.quantities.some((o) => o.start > open && o.end <= close)
  );
}

/** The clause's parties with their roles: the owner and partner its cues mark, the others left unmarked. */
export function clauseParties(input: DirectionInput): Direction {
  const { text, q, metric, measure, facts, metricMention } = input;
  const { listed, segment, local, byDistance } = amountList(input);
  const totalFlow = isTotalFlow(input);
  // (the input's fields listed, not spread: V8 spreads an object on a slow path, the most of this function's time)
  const d: Direction = {
    text,
    q,
    metric,
    measure,
    facts,
    documentEconomies: input.documentEconomies,
    previous: input.previous,
    metricMention,
    sentencePair: input.sentencePair,
    lastAmount: input.lastAmount,
    statedPartners: input.statedPartners,
    ownerNamed: false,
    ambiguous: [],
    items: clauseItems(input, totalFlow),
    totalFlow,
    world: FLOWS_WITH_WORLD.has(metric) && measure !== 'share',
    // "Chile was the 9th largest exporter": the subject of a trader's rank trades, like an investor's
    traderRank: q.type === 'rank' && isTraderRank(text, laterRank(q, facts), facts.clause),
    investorRank: metric === 'fdi' && q.type === 'rank',
    guessed: 0,
  };
  // "1,9 milliard d'euros, contre 412 millions pour la Wallonie": in a list, the economy an amount is "for" owns it
  const forOwner = listed
    ? facts.economies.find(
        (e) => e.start >= q.end && e.start <= segment.end && FOR_OWNER_AFTER.test(text.slice(q.end, e.start)),
      )
    : undefined;
  if (forOwner) {
    d.from = forOwner.code;
    d.ownerNamed = true;
  }
  for (const mention of [...d.items].sort(byDistance)) {
    if (mention === forOwner) continue;
    let role = roleOf(text, mention, metric, facts, q);
    // a pair is a pair whatever the cues: "les échanges sino-marocains", "Belgian-Moroccan trade"
    if (metric === 'bilateral_trade' && role !== undefined) role = 'ambiguous';
    // "investor in Morocco's automotive sector": a possessive names the host
    if (
      d.investorRank &&
      role === 'owner' &&
      (mention.possessive || POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)))
    )
      role = 'partner';
    if (role === 'owner' && !d.from && mention.code !== d.to) {
      d.from = mention.code;
      d.ownerNamed = true;
    } else if (role === 'partner' && !d.to && mention.code !== d.from) d.to = mention.code;
    else if (role === 'between' || role === 'ambiguous') d.ambiguous.push(mention);
  }
  // Unmarked economies in the order they are written: the first is the subject. Those of a leading
  // subordinate clause belong to another statement ("Si l'Espagne et la France restent les premiers
  // débouchés, …, les exportations vers les pays africains ont progressé de 11 %").
  const subordinate = SUBORDINATE_LEAD.exec(text.slice(facts.clause.start, facts.clause.end));
  if (subordinate && metricMention) {
    const end = facts.clause.start + subordinate[0].length;
    if (metricMention.start >= end && q.start >= end) {
      for (let i = d.ambiguous.length - 1; i >= 0; i--) {
        if ((d.ambiguous[i]?.end ?? 0) <= end) d.ambiguous.splice(i, 1);
      }
    }
  }
  d.ambiguous.sort((a, b) => local(a) - local(b) || a.start - b.start);
  return d;
}
