// Attribution, stage 4: direction. The roles of the clause's economies resolved into from/to (direction.ts), or
// carried from the figure before, the list's head, the sentence before's scene.

import type { Metric } from '../../figure.js';
import { countryOf, type Measure } from '../../figure.js';
import type { Attribution, ChosenMetric, Directed, Direction } from '../attribution/attribute-state.js';
import {
  FLOWS_WITH_WORLD,
  isCountryOrRegion,
  PARAGRAPH_BREAK,
  RELATIVE_CLAUSE,
  RIVAL_BEFORE_NAME,
  sameEconomy,
  TOTAL_CUE,
  WORLD_PARTNER,
} from '../attribution/cues.js';
import { fillFrom } from '../attribution/lists.js';
import { lastIndexOf } from '../attribution/metrics.js';
import { bracketRightAfter } from '../attribution/stage-metric-neighbours.js';
import type { Carried } from '../document/carried.js';
import { REPORTED_FLOWS, usualDirection } from '../document/carried.js';
import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { eitherCaseFirst, withWords } from '../lexicon.js';
import { marketShareSides, partnerOfRegionalPart, resolveDirection } from './direction.js';
import { PARTNER_ANAPHOR } from './direction-open-rules.js';
import { carriedDirection } from './stage-direction-carried.js';

/** The flow's from and to, and the metric (the trade of one economy with all is its total trade). */
export function chooseDirection(s: Attribution, c: ChosenMetric, measure: Measure): Directed | undefined {
  // "higher than the world trade growth of 2.1%": the trade of the whole world
  if (ofWorldTrade(s, c, measure))
    return { metric: 'total_trade', flow: { from: 'WORLD', to: 'WORLD', guessed: 0 }, guessed: 0 };
  const metric = narrowedFacts(s, c, measure);
  const stated = resolvedDirection(s, c, metric, measure);
  const direction = carriedDirection(s, c, metric, measure, stated);
  if (!direction) return undefined;
  listedSides(s, c, metric, direction);
  return regionAndWorld(s, metric, measure, direction);
}

const WORLD_TRADE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.metrics.worldTrade})(?![\p{L}])`, 'iu'),
);

/** Whether a growth or an amount is of the world's trade: its trade word is part of "world trade". */
function ofWorldTrade({ text }: Attribution, { metricMention }: ChosenMetric, measure: Measure): boolean {
  if (!metricMention || (measure !== 'growth' && measure !== 'value')) return false;
  const from = Math.max(0, metricMention.start - 16);
  const m = WORLD_TRADE.exec(text.slice(from, metricMention.end + 16));
  return (
    m !== null && from + m.index < metricMention.end && from + m.index + m[0].length > metricMention.start
  );
}

/** The economies the figure is about: a relative clause's antecedent, the possessor of "ses exportations". */
function narrowedFacts(s: Attribution, c: ChosenMetric, measure: Measure): Metric {
  const { text, carried } = s;
  let facts = s.facts;
  let { metric } = c;
  const { metricMention } = c;
  // "In all, Vietnam's goods trade slipped 3.8%": the trade of one economy, with no partner in its
  // sentence, is its trade with everyone
  // … and so is "total trade" with none at all ("Total trade grew 7.3 per cent") unless the pair's trade was
  // just stated, but not "le montant global du commerce entre les deux pays"
  const sole = new Set(facts.economies.map((e) => e.code));
  if (
    metric === 'bilateral_trade' &&
    measure !== 'rank' &&
    (sole.size === 1 || (sole.size === 0 && carried.lastFigure?.metric !== 'bilateral_trade')) &&
    metricMention &&
    OWN_TRADE.test(text.slice(Math.max(facts.sentence.start, metricMention.start - 40), metricMention.end)) &&
    !BETWEEN_AFTER.test(text.slice(metricMention.end, metricMention.end + 40))
  ) {
    metric = 'total_trade';
  }
  // "Les importations d'Italie ont augmenté de 12 % et celles de France de 8 %": the economies after "celles de"
  // are the next figure's, the same flow with another economy in their place
  const ellipsis = facts.economies.find(
    (e) => e.start >= s.q.end && ELLIPSIS_BEFORE.test(text.slice(s.q.end, e.start)),
  );
  if (ellipsis) facts = { ...facts, economies: facts.economies.filter((e) => e.start < ellipsis.start) };
  // "Tandis que les importations d'Amérique ont chuté, celles venant d'Afrique ont grimpé de 9 %": a figure whose part of
  // the clause opens on such a pronoun is of the economies named after it
  const comma = text.lastIndexOf(',', s.q.start);
  const pronounAt = comma >= facts.clause.start ? comma + 1 : -1;
  if (
    pronounAt > 0 &&
    facts.economies.some(
      (e) =>
        e.start > pronounAt && e.end <= s.q.start && ELLIPSIS_OPENING.test(text.slice(pronounAt, e.start)),
    )
  ) {
    facts = { ...facts, economies: facts.economies.filter((e) => e.start >= pronounAt) };
  }
  // "L'Inde achète 4 % des ventes kényanes et exporte en retour vers ce pays 3 %": a flow verb coordinated after a figure,
  // with a partner an anaphor names, shares the clause's subject, not the economies of the figure before it
  const before = facts.quantities.filter((o) => o.end <= s.q.start).at(-1);
  const coordinated =
    before && metricMention && metricMention.start > before.end
      ? COORDINATED_VERB.exec(text.slice(before.end, metricMention.start))
      : null;
  const first = facts.quantities[0];
  const cut = before && coordinated ? before.end + coordinated.index : -1;
  if (before && first && cut >= 0 && PARTNER_ANAPHOR.test(text.slice(cut, facts.clause.end))) {
    facts = { ...facts, economies: facts.economies.filter((e) => e.end <= first.start || e.start >= cut) };
  }
  // "Le Chili pourrait devenir un fournisseur de la Chine, dont les importations …": a relative clause's
  // figure is about its antecedent, not the main clause's economies
  const relativeAt = metricMention
    ? lastIndexOf(RELATIVE_CLAUSE, text.slice(facts.clause.start, metricMention.start))
    : -1;
  if (relativeAt >= 0) {
    const cut = facts.clause.start + relativeAt;
    facts = { ...facts, economies: facts.economies.filter((e) => e.end >= cut - 30) };
  }
  // "le Maroc a importé du Japon …, tandis que ses exportations vers l'archipel …": "ses" is the subject's
  const possessor =
    metricMention &&
    POSSESSIVE_BEFORE.test(
      text.slice(Math.max(facts.sentence.start, metricMention.start - 8), metricMention.start),
    )
      ? (inSpan(facts.allEconomies, { start: facts.sentence.start, end: metricMention.start }).find(
          (e) => !e.adjective,
        ) ??
        // "Le Maroc importe de Hong Kong … Ses exportations …", "… main copper producer Chile. Its FDI inflows rose": a
        // possessive that opens its sentence is the country the sentence before is about, its first
        (facts.previous && OPENING_POSSESSIVE.test(text.slice(facts.sentence.start, metricMention.start))
          ? inSpan(facts.allEconomies, facts.previous).find((e) => !e.adjective && isCountryOrRegion(e.code))
          : undefined))
      : undefined;
  if (possessor && !facts.economies.some((e) => e.start >= facts.clause.start)) {
    facts = { ...facts, economies: [{ ...possessor, possessive: true }] };
  }
  s.facts = facts;
  return metric;
}

/** The direction the clause's own economies give (direction.ts), or a list item's, or the scene set before. */
function resolvedDirection(
  s: Attribution,
  c: ChosenMetric,
  metric: Metric,
  measure: Measure,
): Direction | undefined {
  const { text, q, facts, carried, documentEconomies } = s;
  const { metricMention, item, listed, last } = c;
  const market = metricMention ? marketShareSides(text, metricMention, facts.economies) : undefined;
  const listedDirection = listed?.partner
    ? (totalOwner(s, listed.partner) ?? fillFrom(listed.partner, metric, carried, q, documentEconomies))
    : undefined;
  const resolved =
    market ??
    item?.direction ??
    listedDirection ??
    resolveDirection(
      text,
      q,
      metric,
      measure,
      facts,
      documentEconomies,
      paragraphDirection(s, metric),
      metricMention,
      last && last.start >= facts.sentence.start && last.metric === 'bilateral_trade'
        ? [last.from, last.to]
        : carried.pair,
      metricMention === undefined &&
        carried.lastAmount &&
        carried.lastAmount.start >= (facts.previous?.start ?? facts.sentence.start)
        ? carried.lastAmount
        : undefined,
      flowPartners(carried),
    );
  // "In trade with Germany, Vietnam's surplus shrank 9.6%. Exports were up 4.1%", "Le solde est resté
  // négatif face à l'Italie. Le déficit a donc grimpé à 6,3 milliards": a flow whose partner was
  // guessed is with the partner the sentence before sets as its scene, or names for that flow
  const frame =
    resolved && resolved.guessed > 0 && measure !== 'rank' && FLOWS_WITH_WORLD.has(metric)
      ? framePartner(text, metric, facts, resolved.from)
      : undefined;
  const stated =
    frame && resolved
      ? {
          from:
            resolved.from !== frame
              ? resolved.from
              : (documentEconomies.find((c) => c !== frame && isCountryOrRegion(c)) ?? resolved.to),
          to: frame,
          guessed: 0,
        }
      : resolved;
  return stated;
}

/**
 * The one economy the clause names after its last amount, the owner of the total the amounts listed "respectively"
 * are parts of: "Peru and Chile account for 30 % and 20 % of Bolivia's exports" are Bolivia's, with each partner.
 */
function totalOwner({ facts }: Attribution, partner: string): Direction | undefined {
  const last = facts.quantities.at(-1);
  if (!last) return undefined;
  const owners = new Set(
    facts.economies.filter((e) => e.start >= last.end && isCountryOrRegion(e.code)).map((e) => e.code),
  );
  const [owner] = owners;
  return owners.size === 1 && owner && !sameEconomy(owner, partner)
    ? { from: owner, to: partner, guessed: 0 }
    : undefined;
}

/** Economies listed "respectively", or regions opening the clause: each its own side of the flow. */
function listedSides(s: Attribution, c: ChosenMetric, metric: Metric, direction: Direction): void {
  const { carried, documentEconomies } = s;
  const { listed, listedAfterFlow, continues, last } = c;
  // positions listed "respectively": the economy listed for this one is its party, the others none
  const others = listed?.listedNames;
  if (others) {
    const own = listed?.owner ?? listed?.partner ?? '';
    const side = documentEconomies.find((c) => !others.includes(c));
    if (listed?.owner) direction.from = own;
    if (listed?.partner) direction.to = own;
    const counterpart = listed?.owner ? 'to' : 'from';
    if (others.includes(direction[counterpart]) && side) direction[counterpart] = side;
    direction.guessed = 0;
  } else if (
    listedAfterFlow &&
    continues &&
    last &&
    listed?.subjects &&
    listed.owner &&
    isCountryOrRegion(last.from) &&
    countryOf(listed.owner) !== countryOf(last.from)
  ) {
    // (the economies of another country than the flow's reporter are its partners: "La Chine et le Japon …" after
    // Swiss exports to Asia; Wallonia and Brussels after Flanders own their parts of Belgium's)
    direction.from = last.from;
    direction.to = listed.owner;
    direction.guessed = 0;
  } else if (listed?.owner && direction.to !== listed.owner) {
    direction.from = listed.owner;
    direction.guessed = 0;
  } else if (listed?.owner && direction.from !== listed.owner) {
    // (the owner the list gives, read as the partner: the sides swap)
    direction.to = direction.from;
    direction.from = listed.owner;
    direction.guessed = 0;
  }
  // … and regions that open the clause ("Wallonië en Brussel waren goed voor respectievelijk 560 en 140
  // miljoen euro") own parts of the flow before
  const partOf = listed?.subjects && carried.lastAmount;
  const subjectsPartner = partOf ? partnerOfRegionalPart(listed.owner ?? '', partOf, metric) : undefined;
  if (listed?.owner && subjectsPartner) {
    direction.from = listed.owner;
    direction.to = subjectsPartner;
    direction.guessed = 0;
  }
}

/** A rank in apposition, a region's part of its country's flow, and no economy trading with itself. */
function regionAndWorld(
  s: Attribution,
  chosen: Metric,
  measure: Measure,
  direction: Direction,
): Directed | undefined {
  const { text, q, facts, carried, documentEconomies } = s;
  let metric = chosen;
  // "…, loin derrière la France, premier client avec 17 %": a position set in apposition after a name is that
  // name's, even of a rival
  // … but for a rival a place behind the first: "Le Kenya est ainsi, après l'Ouganda, le deuxième client du Rwanda"
  const apposed =
    q.type === 'rank'
      ? facts.allEconomies.find(
          (e) =>
            e.end <= q.start &&
            APPOSITION.test(text.slice(e.end, q.start)) &&
            !(
              q.value > 1 &&
              RIVAL_BEFORE_NAME.test(text.slice(Math.max(facts.sentence.start, e.start - 60), e.start))
            ),
        )
      : undefined;
  if (apposed && direction.from !== apposed.code && metric !== 'fdi') {
    direction.to = apposed.code;
  }
  // "Het aandeel van Vlaanderen in de totale Belgische uitvoer naar Marokko": a region's share of its
  // country's flow is the region's
  // … and so is the part of a flow it is "goed voor": "Vlaamse bedrijven … zijn goed voor 1,5 miljard van die uitvoer"
  const partOfFlow = PART_OF_FLOW.test(text.slice(q.end, q.end + 30));
  const region =
    (measure === 'share' || partOfFlow) && isCountryOrRegion(direction.from) && !direction.from.includes('-')
      ? (partOfFlow
          ? inSpan(facts.allEconomies, { start: facts.sentence.start, end: q.start })
          : facts.economies
        ).find(
          (e) =>
            e.code.startsWith(`${direction.from}-`) &&
            // ("het Vlaamse Gewest" names the region, as "Vlaanderen" does)
            (partOfFlow || !e.adjective || REGION_NOUN_AFTER.test(text.slice(e.end, e.end + 10))),
        )
      : undefined;
  let flow = region ? { ...direction, from: region.code } : direction;
  // the trade of one economy with the world is its total trade
  if (metric === 'bilateral_trade' && flow.to === 'WORLD' && flow.from !== 'WORLD') metric = 'total_trade';
  // "Kenya–Netherlands trade: key figures\n• Total trade: €1.2 billion": under a title naming a pair, the total
  // trade of a clause that names no economy is the pair's
  const pair = facts.storyPair;
  if (metric === 'total_trade' && facts.economies.length === 0 && pair?.includes(flow.from)) {
    metric = 'bilateral_trade';
    flow = { ...flow, to: pair[0] === flow.from ? pair[1] : pair[0] };
  }
  // "Spain accounted for 20% of Morocco's foreign trade": a partner's share of one economy's trade is the pair's
  if (measure === 'share' && metric === 'total_trade' && flow.to !== 'WORLD' && flow.from !== 'WORLD') {
    metric = 'bilateral_trade';
    flow = flow.from < flow.to ? flow : { ...flow, from: flow.to, to: flow.from };
  }
  // An economy never trades with itself, its own country or its own region: "14 % de la totale Belgische
  // uitvoer" (of Wallonia) names the denominator, not a partner. The economy whose bracket holds the figure
  // ("Chili (2,6 miljard euro)") is the partner and the reporter is the flow's usual one; otherwise the
  // reporter's trade is with the world.
  if (sameEconomy(flow.from, flow.to)) {
    const own = facts.allEconomies.find((e) => e.code === flow.to && bracketRightAfter(text, e, q));
    const usual = usualDirection(carried, metric, q)?.from;
    const reporter = own
      ? [usual, ...documentEconomies].find(
          (c): c is string => c !== undefined && isCountryOrRegion(c) && !sameEconomy(c, flow.to),
        )
      : undefined;
    // (a region the clause names is the one whose trade it is: "het Waalse Gewest … van de totale Belgische uitvoer")
    const region = facts.economies.find(
      (e) => e.code.includes('-') && e.end <= q.start && sameEconomy(e.code, flow.from),
    );
    if (reporter) flow = { ...flow, from: reporter };
    else if (metric === 'bilateral_trade' || FLOWS_WITH_WORLD.has(metric)) {
      if (metric === 'bilateral_trade') metric = 'total_trade';
      flow = {
        ...flow,
        from: flow.from.includes('-') ? flow.from : (region?.code ?? flow.from),
        to: 'WORLD',
      };
    } else return undefined;
  }
  // all of one economy's trade is with everyone: a partner carried from elsewhere is not its
  if (metric === 'total_trade' && flow.to !== 'WORLD' && flow.from !== 'WORLD')
    flow = { ...flow, to: 'WORLD' };
  return { metric, flow, guessed: direction.guessed };
}

/**
 * The direction a flow the clause names no economy of continues: the document's usual one for the metric, unless
 * the paragraph's last amount or change of a reported flow is another reporter's. "Au Portugal, … les ventes
 * portugaises vers l'Inde … Les importations ont atteint 900 millions" continues Portugal's trade, not the EU's
 * imports of earlier paragraphs, however often stated. (Not after a share or a rank, whose perspective is the
 * ranked list's, nor after the pair seen from its other side: "… les exportations chinoises vers le Kenya".)
 */
function paragraphDirection(s: Attribution, metric: Metric): { from: string; to: string } | undefined {
  const { carried, q } = s;
  const usual = usualDirection(carried, metric, q);
  const balance = metric === 'trade_balance' && usual ? balanceOfLastFlows(carried, usual.from) : undefined;
  if (balance) return balance;
  const last = carried.lastFigure;
  if (
    !usual ||
    !last ||
    last.measure === 'rank' ||
    last.measure === 'share' ||
    last.to === usual.from ||
    !REPORTED_FLOWS.has(metric) ||
    !REPORTED_FLOWS.has(last.metric) ||
    !isCountryOrRegion(last.from) ||
    last.from === usual.from
  )
    return usual && !last ? (paragraphPartner(s, usual) ?? manyPartners(s, metric, usual) ?? usual) : usual;
  return { from: last.from, to: last.to };
}

/**
 * A trade balance whose clause names no partner is that of the exports and imports just stated: "Exports to the world
 * rose to 6 billion and imports to 5 billion.\n\nThe surplus widened to 1 billion" is the world's, not that of the
 * partner of an earlier paragraph's balance. (The last amount of the paragraph, or of the one before at its start,
 * a flow of the balance's reporter.)
 */
function balanceOfLastFlows(carried: Carried, reporter: string): { from: string; to: string } | undefined {
  const last = carried.lastFigure ? carried.lastAmount : carried.amountBeforeBreak;
  if (!last || (last.metric !== 'exports' && last.metric !== 'imports') || last.from !== reporter)
    return undefined;
  return { from: reporter, to: last.to };
}

/**
 * The partner of a paragraph that has stated no figure yet and is about one other economy than the usual flow's:
 * "Le ministre se rend au Chili, puis en Argentine. … Nos exportations ont totalisé 90 millions" is with Chile, not
 * with the partner of the paragraphs before, which this one does not name.
 */
function paragraphPartner(
  { text, facts }: Attribution,
  usual: { from: string; to: string },
): { from: string; to: string } | undefined {
  // (the clause names no economy but the reporter: "Nos exportations ont totalisé …")
  if (!isCountryOrRegion(usual.to) || facts.economies.some((e) => !sameEconomy(e.code, usual.from)))
    return undefined;
  const start = paragraphStart(text, facts.sentence.start);
  const named = inSpan(facts.allEconomies, { start, end: facts.clause.start });
  if (named.some((e) => e.code === usual.to || sameEconomy(e.code, usual.to))) return undefined;
  // (the one it names, or names most often: "… au Chili, avant une escale en Argentine. Le Chili reste …")
  const counts = new Map<string, number>();
  for (const e of named)
    if (!e.adjective && isCountryOrRegion(e.code) && !sameEconomy(e.code, usual.from))
      counts.set(e.code, (counts.get(e.code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? { from: usual.from, to: first[0] } : undefined;
}

/**
 * At a paragraph's start, a flow whose clause names no economy but its reporter, which the document has stated with two
 * partners or more, is the reporter's flow with the world: "Belgian exports to France … to Germany ….\n\nExports of
 * chemicals reached 30 billion euros" is with neither.
 */
function manyPartners(
  { facts, carried }: Attribution,
  metric: Metric,
  usual: { from: string; to: string },
): { from: string; to: string } | undefined {
  if (facts.economies.some((e) => !sameEconomy(e.code, usual.from))) return undefined;
  const partners = new Set(
    [...(carried.directions.get(metric)?.values() ?? [])]
      .filter((e) => e.stated && e.from === usual.from && isCountryOrRegion(e.to))
      .map((e) => e.to),
  );
  return partners.size >= 2 ? { from: usual.from, to: 'WORLD' } : undefined;
}

/** Where the paragraph of a position starts: after the last blank line before it. */
function paragraphStart(text: string, at: number): number {
  const from = Math.max(0, at - 2000);
  let start = from;
  for (const m of text.slice(from, at).matchAll(BLANK_LINE)) start = from + m.index + m[0].length;
  return start;
}

const BLANK_LINE = /\n[ \t]*\n/g;

/** The economies the document's flows other than ranks have been stated with so far. */
function flowPartners(carried: Carried): Set<string> {
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
const OWN_TRADE = latin(
  new RegExp(
    withWords`(?:${(c) => c.directionStage.ownTrade}|(?:${(c) => c.directionStage.total})\s+(?:\p{L}+\s+){0,3}?(?:${(c) => c.directionStage.tradeNouns}))$`,
    'iu',
  ),
);

const BETWEEN_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:${(c) => c.roles.between})\s|^\s*(?:${(c) => c.directionStage.bilateral})`,
    'iu',
  ),
);

/** "… et celles de", "and those of", "en die van" before a name: an elliptical figure's economy. */
const ELLIPSIS_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.goods.pronoun})\s+(?:${(c) => c.goods.pronounOf})\s*(?:${(c) => c.goods.article})?$`,
    'iu',
  ),
);

/** "… , celles arrivant d'Asie", "…, those to Asia": a pronoun for the flow just named, a few words before a name. */
const ELLIPSIS_OPENING = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(?:${(c) => c.goods.pronoun})\s+(?:[\p{L}'’-]+\s*){1,3}$`,
    'iu',
  ),
);

/** "… et exporte", "… et ils ont vendu", "… and ships": a conjunction right before the flow's verb (a pronoun and an
 * auxiliary at most between them). */
const COORDINATED_VERB = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.lists.and})\s+(?:[\p{Ll}'’]{1,3}\s+){0,2}$`, 'u'),
);

const OPENING_POSSESSIVE = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.directionStage.possessives})\s+$`, 'iu'),
);

const POSSESSIVE_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.directionStage.possessives})\s+$`, 'iu'),
);

/**
 * The partner the sentence before sets for this one, in its paragraph, when the clause names no partner and no
 * total: the economy it opens on as the scene of its trade ("In trade with Germany, …", "Dans les échanges
 * avec le Chili, …"), else the one partner it names for the same flow ("le solde est resté
 * négatif face à l'Italie").
 */
function framePartner(text: string, metric: Metric, facts: ClauseFacts, owner: string): string | undefined {
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
  new RegExp(
    withWords`^\s*(?:${(c) => c.directionStage.tradeScene.map(eitherCaseFirst)})\s+(?:${(c) => c.directionStage.frameArticle})?(?:[\p{Ll}-]+\s+)?$`,
    'u',
  ),
);

const FRAME_PARTNER_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.directionStage.framePartner})\s*(?:${(c) => c.directionStage.frameArticle})?$`,
    'iu',
  ),
);

const APPOSITION = new RegExp(withWords`^\s*,\s*(?:${(c) => c.directionStage.appositionArticle})?$`, 'i');

const PART_OF_FLOW = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.directionStage.partOfFlow})(?![\p{L}])`, 'iu'),
);

const REGION_NOUN_AFTER = new RegExp(
  withWords`^\s+(?:${(c) => c.directionStage.regionNoun})(?![\p{L}])`,
  'u',
);
