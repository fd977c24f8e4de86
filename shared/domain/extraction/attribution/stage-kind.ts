// Attribution, stage 6: kind, bound, sector. Target or forecast (kind.ts), the bound words, the product (sectors.ts).

import type { Measure } from '../../figure.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import type { NamedRule } from '../rule.js';
import { afterLastComma, goodsIn } from './attribute-leads.js';
import type { Attribution, ChosenMetric, Dated, Directed, Measured } from './attribute-state.js';
import { isGroup } from './cues.js';
import { kindOf } from './kind.js';
import { TOTAL_ROW } from './lists.js';
import { latestYearBefore } from './period-choice.js';
import { firstSectorIn, sectorJustBefore, sectorNear, sectorOfAmount, sectorOfPronoun } from './sectors.js';

/** The figure as recorded: its kind, bound, sector, quote and confidence; undefined for a member's share of a group. */
export function figureOf(
  s: Attribution,
  c: ChosenMetric,
  m: Measured,
  d: Directed,
  dated: Dated,
): ExtractedFigure | undefined {
  const { text, q, facts, carried, lead } = s;
  const { metricMention, bracketed, followedItem } = c;
  const { measure, value, bound, boundLength } = m;
  const { metric, flow, guessed } = d;
  const { periodMention, statedPeriod } = dated;
  let { period } = dated;
  // "Longtemps premier partenaire": a rank held before is not recorded, but still tells whose the amounts after it
  // are; "premier client du Maroc pour le poulpe" ranks the trade in that product, recorded with its sector (one
  // named by a common noun, "its largest supplier of the delicacy", names no sector and is withheld too)
  const product = q.type === 'rank' ? productRanked(text, q) : undefined;
  // (a table's cell is of the goods its row names, none for its total row: "| Machines | 301,2 | 288,7 |")
  const rowSector = q.row !== undefined && q.column ? rowGoods(q.row) : undefined;
  const withheld = q.type === 'rank' && (product === null || FORMERLY.test(lead));
  // "had invested 1.1 billion euros in Morocco by the end of 2023": a horizon already passed is an actual
  const reached = latestYearBefore(carried, facts);
  const kind =
    periodMention?.horizon && reached !== undefined && Number(periodMention.period.slice(0, 4)) <= reached
      ? 'actual'
      : kindOf(text, q, facts, periodMention);
  // a forecast with no period of its own ("are forecast to grow at around 4% a year") is for no past year (but a
  // forecast polled for the period the story reports is of that period: "wider than the median forecast of a
  // $1.2bn shortfall")
  if (kind === 'forecast' && !periodMention && !POLLED_FORECAST.test(text.slice(facts.clause.start, q.start)))
    period = null;

  const start = q.start - boundLength;
  if (MEMBER_SHARE_OF_A_GROUP_FLOW.apply({ facts, measure, flow })) return undefined;
  const metricDistance = metricMention
    ? Math.max(q.start - metricMention.end, metricMention.start - q.end, 0)
    : 0;
  const confidence =
    0.95 -
    0.15 * guessed -
    (metricDistance > 60 ? 0.1 : 0) -
    (q.inheritedCurrency ? 0.05 : 0) -
    (statedPeriod ? 0 : period ? 0.03 : 0.05);
  return {
    metric,
    measure,
    from: flow.from,
    to: flow.to,
    value,
    unit: q.unit,
    period,
    kind,
    bound,
    sector:
      rowSector !== undefined
        ? rowSector
        : (product ??
          sectorOfAmount(text, q, facts) ??
          // (an item's own goods before the flow's: "exports of chemicals (-18%) and machinery (-9%)")
          sectorJustBefore(text, q, facts) ??
          (metricMention ? sectorNear(text, metricMention, q) : null) ??
          sectorOfPronoun(text, q, facts) ??
          // (the goods of the clause's subject, unless a flow word before the figure names its own: "Les produits
          // pharmaceutiques représentent 62 % des ventes" is the pharmaceuticals' share of the flow after it)
          (metricMention && metricMention.start < q.start
            ? null
            : (goodsIn(afterLastComma(text.slice(facts.clause.start, q.start))) ??
              goodsIn(text.slice(facts.clause.start, q.start))))),
    quote: text.slice(start, q.end),
    start,
    end: q.end,
    sentence: text.slice(facts.sentence.start, facts.sentence.end),
    confidence: Math.round(Math.max(0.05, confidence) * 100) / 100,
    ...(withheld ? { withheld: true } : {}),
    ...(bracketed || followedItem ? { bracketed: true } : {}),
  };
}

/**
 * "Morocco's share of Hong Kong's total exports to Africa": a member's share of a flow with its group is no share of
 * the group, nor of either economy's trade.
 */
export const MEMBER_SHARE_OF_A_GROUP_FLOW: NamedRule<
  { facts: ClauseFacts; measure: Measure; flow: { from: string; to: string } },
  true
> = {
  name: 'member-share-of-a-group-flow',
  why: "A member's share of a flow with its group is no share of the group, nor of either economy's trade.",
  examples: [
    {
      text: "Morocco's share of Hong Kong's total exports to Africa reached 3.1% in 2023.",
      language: 'en',
      noFigure: 3.1,
    },
  ],
  apply: ({ facts, measure, flow }) =>
    measure === 'share' &&
    (isGroup(flow.from) || isGroup(flow.to)) &&
    flow.from !== 'WORLD' &&
    flow.to !== 'WORLD' &&
    facts.economies.some(
      (e) => !e.adjective && !isGroup(e.code) && e.code !== flow.from && e.code !== flow.to,
    )
      ? true
      : undefined,
};

/**
 * The sector of the one product a rank is for ("le premier client du Maroc pour le poulpe", "Japan's largest
 * supplier of the cephalopod"): its name, null for a product named by a common noun ("its largest supplier of the
 * delicacy"), undefined for a rank of the whole trade.
 */
function productRanked(text: string, q: Quantity): string | null | undefined {
  const after = text.slice(q.end, q.end + 60);
  const product = FOR_PRODUCT.exec(after)?.[1] ?? OF_PRODUCT.exec(after)?.[1];
  if (product === undefined) return undefined;
  return firstSectorIn(product) ?? (PRODUCT_NOUN.test(product) ? null : undefined);
}

const PRODUCT_NOUN = latin(new RegExp(withWords`^(?:${(c) => c.kindStage.productNouns})$`, 'iu'));

// with an article: "of the cephalopod", "du poulpe" (a bare "leverancier van vis" ranks a whole trade in fish)
const OF_PRODUCT = latin(new RegExp(withWords`^\s*(?:${(c) => c.kindStage.productOf})\s*(\p{L}+)`, 'iu'));

const FOR_PRODUCT = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.kindStage.productOwnerOf})\s+(?:${(c) => c.kindStage.productArticles})?[\p{L}'’-]+\s+)?(?:${(c) => c.kindStage.productFor})\s+(?:${(c) => c.kindStage.productArticles})?(\p{L}+)`,
    'iu',
  ),
);

/** "Longtemps premier partenaire", "formerly the largest": a rank held before, not now. */
const POLLED_FORECAST = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.kindStage.polledForecast})(?![\p{L}])`, 'iu'),
);

const FORMERLY = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.kindStage.formerly})\s+(?:\p{L}+\s+){0,2}$`, 'iu'),
);

/** The sector a table row's label names; null for its total row; undefined for a row that names neither. */
const rowGoods = (row: string): string | null | undefined =>
  firstSectorIn(row) ?? (TOTAL_ROW.test(row.trim()) ? null : undefined);
