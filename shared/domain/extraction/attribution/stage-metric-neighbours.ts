// Attribution, stage 2 (end): a figure that takes its flow from the figure beside it in the sentence (the rank before
// it, an amount in another currency, a bracket after a name, a successor, an ellipsis, a list "respectively").

import type { Metric } from '../../figure.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import { inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import { latin } from '../letters.js';
import { eitherCaseFirst, withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { afterLastComma } from './attribute-leads.js';
import type { Attribution, ChosenMetric, MetricChoice } from './attribute-state.js';
import {
  AMOUNTING_TO,
  CURRENCY_TWIN_BETWEEN,
  FOLLOWED_BY_START,
  GENERIC_RANK,
  HEADING_NOUN,
  OWN_BRACKET,
  RESPECTIVELY,
  RIVAL_BEFORE_NAME,
  RIVAL_CUE,
  SHARE_RIGHT_AFTER,
} from './cues.js';
import { respectively } from './lists.js';
import { closestMetric, metricOfRankNoun } from './metrics.js';

/**
 * A figure beside the one before it: the amount of a rank, the same amount in another currency, a bracket after a
 * rival or a name "followed by"; false for an item whose name no economy matches.
 */
export function besideFigure(s: Attribution, c: MetricChoice): boolean {
  const { text, q, facts, carried } = s;
  let { metric } = c;
  const { last, metricMention } = c;
  // "le troisième fournisseur du Royaume, avec des ventes de 72,5 milliards": the amount is the ranked flow
  const ofRank =
    (q.type === 'money' || q.type === 'percent') &&
    last?.measure === 'rank' &&
    // (the clause may end at the comma before "avec": "le 10e fournisseur du Pérou, avec une part de 1,2 %")
    last.start >= facts.sentence.start &&
    (WITH_AMOUNT.test(text.slice(last.end, q.start)) || RANK_PART_VERB.test(text.slice(last.end, q.start)));
  // (… a part after a participle, of the flow it names if it names one: "the largest destination, accounting for 11.2%
  // of exports"; "the second-largest trading partner, taking 11% of its exports")
  const ownFlowAfter =
    metricMention !== undefined &&
    metricMention.start >= q.end &&
    RANK_PART_VERB.test(text.slice(last?.end ?? 0, q.start));
  if (ofRank && last && !ownFlowAfter) metric = last.metric;
  // "il absorbe 12,5 % (4,2 milliards de dollars)": an amount in brackets right after a share is the value of that
  // part of the flow
  const valueOfShare =
    q.type === 'money' &&
    last?.measure === 'share' &&
    last.start >= facts.sentence.start &&
    BRACKET_RIGHT_AFTER.test(text.slice(last.end, q.start));
  if (valueOfShare && last) metric = last.metric;
  // "3,2 miljard sol (€ 790 miljoen)": an amount in brackets right after an amount in another currency is that
  // figure again
  // … unless it names its own flow right after it ("le milliard d'euros, soit 700 milliards FCFA de flux
  // commerciaux entre …")
  const inOtherCurrency =
    q.type === 'money' &&
    last?.measure === 'value' &&
    last.unit !== q.unit &&
    last.start >= facts.clause.start &&
    CURRENCY_TWIN_BETWEEN.test(text.slice(last.end, q.start)) &&
    !(
      metricMention &&
      metricMention.metric !== last.metric &&
      metricMention.start >= q.end &&
      OWN_FLOW_RIGHT_AFTER.test(text.slice(q.end, metricMention.start))
    );
  if (inOtherCurrency && last) metric = last.metric;
  // "…, devant la France (32,1 milliards)": an amount in brackets after an economy is that economy's share of
  // the flow the sentence has just stated (a rival's; the clause's own partner keeps the clause's reading: "exports go
  // to four countries: Chile (51.3%), Peru (15.7%)")
  const head = carried.bracketHead;
  // (… or a rank's rivals: "le troisième fournisseur, derrière la Corée (3,4 %) et l'Inde (2,1 %)" are their shares
  // of the flow the rank is in, "le premier client, devant l'Allemagne (47,5 milliards)" its amount)
  // (… or of the sentence before, for a rival its own sentence names: "Le Chili absorbe 1,5 % des ventes du Pérou.
  // Hors d'Amérique, il arrive deuxième, derrière la Chine (4,1 %)")
  const headBefore = head !== undefined && head.start < facts.sentence.start;
  const bracketed =
    q.type !== 'rank' &&
    head &&
    head.start >= (headBefore ? (facts.previous?.start ?? facts.sentence.start) : facts.sentence.start) &&
    (head.measure === (q.type === 'money' ? 'value' : 'share') || head.measure === 'rank')
      ? facts.allEconomies.find(
          (e) =>
            (bracketRightAfter(text, e, q) || rivalFigureRightAfter(text, e, q, head)) &&
            (headBefore
              ? e.start >= facts.sentence.start &&
                RIVAL_BEFORE_NAME.test(text.slice(Math.max(facts.sentence.start, e.start - 60), e.start))
              : head.measure !== 'rank' ||
                (e.start >= head.end &&
                  RIVAL_BEFORE_NAME.test(text.slice(Math.max(head.end, e.start - 60), e.start)))),
        )
      : undefined;
  if (bracketed && head) metric = head.metric;
  // "… 12,4 % des exportations, derrière Lima (31,6 %). Avec un total de 2,35 milliards d'euros l'an dernier, elles
  // retrouvent leur niveau de 2014": an amount that opens a sentence naming no flow nor economy is of the flow just
  // stated (its head, not a rival's bracket)
  const openingAmount =
    !metric &&
    q.type === 'money' &&
    head !== undefined &&
    head.start >= (facts.previous?.start ?? facts.sentence.start) &&
    facts.economies.length === 0 &&
    AMOUNT_OPENING.test(text.slice(facts.sentence.start, q.start));
  if (openingAmount && head) metric = head.metric;
  // "… drew $3.1 billion in FDI from Spain. That country was followed by Canada ($2.6 billion), Chile
  // ($0.8 billion)": the names listed after "followed by" rank in the flow of the sentence before, each in the place
  // a ranking puts (the investor, or the market or supplier)
  const followedList =
    !metricMention &&
    !bracketed &&
    (q.type === 'money' || q.type === 'percent') &&
    head !== undefined &&
    head.start >= (facts.previous?.start ?? facts.sentence.start) &&
    head.start < facts.sentence.start &&
    FOLLOWED_BY_IN.test(text.slice(facts.sentence.start, q.start));
  const followedItem = followedList
    ? facts.allEconomies.find((e) => e.end <= q.start && OWN_BRACKET.test(text.slice(e.end, q.start)))
    : undefined;
  if (followedItem && head) metric = head.metric;
  // (an item whose name no economy matches is no figure of a known economy)
  else if (
    followedList &&
    NAME_BRACKET_BEFORE.test(text.slice(Math.max(facts.sentence.start, q.start - 40), q.start))
  )
    return false;
  c.metric = metric;
  c.ofRank = ofRank;
  c.valueOfShare = valueOfShare;
  c.inOtherCurrency = inOtherCurrency;
  c.head = head;
  c.bracketed = bracketed;
  c.openingAmount = openingAmount;
  c.followedItem = followedItem;
  return true;
}

/** The next economy of a breakdown: a sibling region, a successor, "for Wallonia", "that of", a list "respectively". */
export function nextEconomy(s: Attribution, c: MetricChoice): void {
  const { text, q, facts, documentEconomies } = s;
  let { metric } = c;
  const { last, metricMention, bracketed } = c;
  // "Brussel voerde 96 miljoen euro uit naar Marokko. Vlaanderen (1,62 miljard euro) en Wallonië (398 miljoen
  // euro) …": an amount in brackets after a sibling region of the flow before is that region's flow
  const sibling =
    !bracketed && !metricMention && q.type === 'money' && last?.measure === 'value' && last.from.includes('-')
      ? facts.allEconomies.find(
          (e) =>
            bracketRightAfter(text, e, q) &&
            e.code !== last.from &&
            e.code.split('-')[0] === last.from.split('-')[0],
        )
      : undefined;
  if (sibling && last) metric = last.metric;
  // "… Vlaanderen is goed voor 1,5 miljard euro. Wallonië volgt met 420 miljoen euro, Brussel met 95 miljoen":
  // the next economy of a breakdown, with no metric of its own, takes the flow before with itself as owner
  const successor =
    (!metricMention || metricMention.end <= text.lastIndexOf(',', q.start)) &&
    last &&
    ((q.type === 'money' && SUCCESSOR.test(afterLastComma(text.slice(facts.clause.start, q.start)))) ||
      // "Japan doet het beter, met een stijging van 2,1 procent": the same flow of another economy, changed
      (q.type === 'percent' &&
        !metricMention &&
        SUCCESSOR_CHANGE.test(text.slice(facts.clause.start, q.start))))
      ? // (the one "gevolgd door" names too, though it names no party to the figure before it)
        (FOLLOWED_BY_START.test(afterLastComma(text.slice(facts.clause.start, q.start)))
          ? inSpan(facts.allEconomies, facts.clause)
          : facts.economies
        ).find((e) => e.end <= q.start && !e.adjective && e.code !== last.from && e.code !== last.to)
      : undefined;
  if (successor && last) metric = last.metric;
  // "Voor Vlaanderen betekent dat een stijging van 9,5 procent, voor Wallonië van 5,3 procent": the change of
  // the named economy's side of the flow before
  const forEconomy =
    !successor &&
    !metricMention &&
    last &&
    q.type === 'percent' &&
    FOR_ECONOMY.test(afterLastComma(text.slice(facts.clause.start, q.start)))
      ? facts.economies.find(
          (e) =>
            e.start > Math.max(facts.clause.start, text.lastIndexOf(',', q.start)) &&
            e.end <= q.start &&
            !e.adjective &&
            e.code !== last.to,
        )
      : undefined;
  if (forEconomy && last) metric = last.metric;
  // "Het aandeel van Marokko … bedroeg 0,41 procent; dat van Hongkong 0,53 procent": the same figure for another
  // (the flow word before the figure before is that figure's: "Les importations d'Italie ont augmenté de 12 %,
  // celles de France de 8 %")
  const ellipsis =
    (!metricMention || (last !== undefined && metricMention.end <= last.start)) &&
    last &&
    ELLIPSIS_OF.test(afterLastComma(text.slice(Math.max(facts.clause.start, last.end), q.start)))
      ? facts.economies.find(
          (e) => e.end <= q.start && !e.adjective && e.code !== last.from && e.code !== last.to,
        )
      : undefined;
  if (ellipsis && last) metric = last.metric;
  // "avec respectivement 89,6 et 76,3 milliards": amounts listed against the economies named before them
  const listed =
    q.type === 'rank'
      ? q.coordinated || facts.quantities.some((o) => o.coordinated && o.rankNoun === q.rankNoun)
        ? respectivelyRanked(text, q, facts, metric)
        : undefined
      : respectively(text, q, facts, documentEconomies);
  if (listed?.metric) metric = listed.metric;
  c.metric = metric;
  c.sibling = sibling;
  c.successor = successor;
  c.forEconomy = forEconomy;
  c.ellipsis = ellipsis;
  c.listed = listed;
}

/** A change with no flow of its own: of the level it reaches, or of the flow a ranking noun names. */
export function levelOrHeading(s: Attribution, c: MetricChoice): void {
  const { text, q, facts } = s;
  let { metric, metricMention } = c;
  // "een groei van 17 procent tegenover maart 2018 tot 6,4 miljard euro, de hoogste maanduitvoer": a change
  // with no flow of its own is of the level it reaches
  if (!metric && q.type === 'percent') {
    const level = facts.quantities.find((o) => o.start >= q.end);
    const reached =
      level?.type === 'money' &&
      level.start - q.end <= 60 &&
      LEVEL_REACHED.test(text.slice(q.end, level.start))
        ? closestMetric(text, level, facts.metrics, facts.quantities)
        : undefined;
    if (reached) {
      metricMention = reached;
      metric = reached.metric;
    }
  }
  // "les principaux clients du Chili sont la Chine à raison de 36 %, le Japon (9 %)": the shares of the
  // economies a ranking noun lists are of the flow it names
  if (!metric && q.type === 'percent') {
    const noun = HEADING_NOUN.exec(text.slice(facts.clause.start, q.start))?.[1]?.toLowerCase();
    const namedItem = facts.economies.some(
      (e) =>
        e.end <= q.start &&
        (OWN_BRACKET.test(text.slice(e.end, q.start)) || AMOUNTING_TO.test(text.slice(e.end, q.start))),
    );
    if (noun && namedItem && !GENERIC_RANK.test(noun)) metric = metricOfRankNoun(noun);
  }
  c.metric = metric;
  c.metricMention = metricMention;
}

/** A growth rate right after an amount is that amount's flow's. */
export function growthOfLastFigure(s: Attribution, c: ChosenMetric): void {
  const { text, q, facts } = s;
  const { last } = c;
  let { metric } = c;
  // "… 72,5 milliards de dirhams, en hausse de 8,7 %": a growth rate right after an amount is that flow's
  const growthOfLast =
    q.type === 'percent' &&
    last?.measure === 'value' &&
    last.start >= facts.clause.start &&
    ((!facts.metrics.some((m) => m.start >= last.end && m.end <= q.start) &&
      (GROWTH_RIGHT_AFTER.test(text.slice(last.end, q.start)) ||
        SHARE_RIGHT_AFTER.test(text.slice(last.end, q.start)))) ||
      // "werd voor 612 miljoen euro uitgevoerd (+3,5 procent)": the change in brackets after a verb-final flow
      VERB_THEN_BRACKET.test(text.slice(last.end, q.start)));
  if (growthOfLast && last) metric = last.metric;
  c.metric = metric;
  c.growthOfLast = growthOfLast;
}

/** "…, avec des ventes de", "with sales of", "met een uitvoer van": the amount of the rank before it. */
/** Between an amount and its own flow word: " de ", " of ", " aan " (one short word at most). */
const OWN_FLOW_RIGHT_AFTER = /^\s(?:\p{L}{1,3}\s|\p{L}{1,2}['’])?$/u;

const BRACKET_RIGHT_AFTER = /^\)?\s?\(\s?$/;

/** "the largest destination, accounting for 11.2%", "la première destination, représentant 11,2 %" */
const RANK_PART_VERB = latin(
  new RegExp(
    withWords`^[^.;]{0,40}?(?<![\p{L}])(?:${(c) => c.neighbours.rankShareVerbs})\s+(?:(?:${(c) => c.neighbours.amountHedges})\s+)?$`,
    'iu',
  ),
);

const WITH_AMOUNT = latin(
  new RegExp(
    withWords`^[^.;]{0,40}?(?<![\p{L}])(?:(?:${(c) => c.neighbours.with})\s+(?:(?:${(c) => c.neighbours.withArticle})?\s*(?:\p{L}+\s+|(?:${(c) => c.metricContext.elidedOf})\p{L}+\s+){0,3}` +
      withWords`(?:${(c) => c.neighbours.amountOf})\s*(?:(?:${(c) => c.neighbours.amountHedges})\s+)?)?` +
      // "le premier client du Maroc, puisqu'il absorbe 12 %", "its largest customer: it buys 12%": the trader the
      // rank names takes its part of the ranked flow
      withWords`|(?:${(c) => c.subjectStage.traderPronouns}|${(c) => c.relatives.asideOpener})\s+(?:(?:${(c) => c.subjectStage.traderAuxiliaries})\s+)?(?:(?:${(c) => c.subjectStage.traderAdverbs})\s+)?(?:${(c) => c.subjectStage.traderVerbs})\p{L}*\s+)$`,
    'iu',
  ),
);

// (after the name's own alias, if any: "the Republic of Korea (South Korea) (+2.4%)")
export const BRACKET_AFTER_NAME = /^(?:\s*\([^()\d]{1,30}\))?\s*\(\s*[+−-]?\s*$/;
/**
 * Whether the quantity `q` opens a bracket right after the name `e` ("Chili (2,6 miljard euro)"): asked of every
 * economy of the document, so the distance is checked before the text between is read.
 */
export const bracketRightAfter = (text: string, e: Span, q: Span): boolean =>
  e.end <= q.start && q.start - e.end <= 120 && BRACKET_AFTER_NAME.test(text.slice(e.end, q.start));

/**
 * Whether the quantity `q` is a listed rival's own figure, written after its name with a word rather than in brackets:
 * "…, followed by Canada at 6% and Mexico at 4%", "suivie de l'Inde avec 5 %", "gevolgd door Japan met 4 procent".
 */
const rivalFigureRightAfter = (text: string, e: Span, q: Span, head: Span): boolean =>
  e.start >= head.end &&
  e.end <= q.start &&
  q.start - e.end <= 12 &&
  RIVAL_FIGURE_WITH.test(text.slice(e.end, q.start)) &&
  RIVAL_CUE.test(text.slice(head.end, e.start));

const RIVAL_FIGURE_WITH = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.neighbours.rivalFigureWith})\s+$`, 'iu'),
);

/** "Avec quelque 2,35 milliards, elles …", "Met 9 miljard euro was 2018 een recordjaar": an amount opening its sentence. */
const AMOUNT_OPENING = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.neighbours.with})\s+(?:[\p{L}'’]+\s+){0,4}$`, 'iu'),
);

const FOLLOWED_BY_IN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.followedBy})\s`, 'iu'),
);

const NAME_BRACKET_BEFORE = latin(/\p{Lu}[\p{L}'’ -]{1,30}\(\s*[+−-]?\s*\p{Sc}?\s*$/u);

const SUCCESSOR = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(?:(?:${(c) => c.comparison.followedBy})\s+)?(?:${(c) => c.neighbours.nameArticle})?` +
      withWords`\p{Lu}[\p{L}'’ -]{1,40}?\s+(?:${(c) => c.neighbours.successorWith})\s+(?:\p{L}+\s+){0,2}$`,
    'u',
  ),
);

const SUCCESSOR_CHANGE = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(?:${(c) => c.neighbours.nameArticle})?\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:\p{L}+[\s,]+){1,4}?` +
      withWords`(?:${(c) => c.neighbours.with})\s+(?:${(c) => c.neighbours.changeArticle})\s+(?:\p{L}+\s+)?(?:${(c) => c.neighbours.successorChange})\s+` +
      withWords`(?:${(c) => c.neighbours.successorChangeOf})\s*(?:${(c) => c.neighbours.successorHedges})?\s*$`,
    'u',
  ),
);

const FOR_ECONOMY = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and.map(eitherCaseFirst)})\s+)?(?:${(c) => c.metricContext.givenFor.map(eitherCaseFirst)})\s+(?:${(c) => c.neighbours.nameArticle})?\p{Lu}`,
    'u',
  ),
);

const ELLIPSIS_OF = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(?:${(c) => c.goods.pronoun})\s+(?:${(c) => c.goods.pronounOf})\s`,
    'iu',
  ),
);

/**
 * "Spain, Canada and Chile come 2nd, 3rd and 5th respectively", "le Brésil et l'Argentine
 * sont respectivement le premier et le troisième fournisseur": each economy listed before takes its position; an
 * investor's position is the investor's, any other the partner's.
 */
function respectivelyRanked(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  metric: Metric | undefined,
):
  | { partner?: string; owner?: string; subjects?: boolean; metric?: Metric; listedNames?: string[] }
  | undefined {
  const ranks = facts.quantities.filter(
    (o) => o.type === 'rank' && (o.coordinated || o.rankNoun === q.rankNoun),
  );
  const first = ranks[0];
  if (!first || !RESPECTIVELY.test(text.slice(facts.clause.start, facts.clause.end))) return undefined;
  const names = facts.economies.filter((e) => e.end <= first.start && !e.adjective);
  const index = ranks.indexOf(q);
  const name = index >= 0 && names.length === ranks.length ? names[index]?.code : undefined;
  if (!name) return undefined;
  const listedNames = names.map((e) => e.code);
  return metric === 'fdi' ? { owner: name, listedNames } : { partner: name, listedNames };
}

export const LEVEL_REACHED = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.neighbours.levelTo})\s*$`, 'iu'),
);

const GROWTH_RIGHT_AFTER = latin(
  new RegExp(
    withWords`^[\s,(]*(?:(?:${(c) => c.neighbours.growthThatIs})\s+)?(?:(?:${(c) => c.neighbours.changeArticle})\s+)?(?:(?:${(c) => c.neighbours.growthIn})\s+)?` +
      withWords`(?:${(c) => c.neighbours.growthNouns})\s+(?:${(c) => c.neighbours.growthOf})\s*(?:${(c) => c.neighbours.growthHedges})?\s*$`,
    'iu',
  ),
);

const VERB_THEN_BRACKET = latin(/^\s+\p{L}+\s*\(\s*[+−-]?\s*$/u);
