// Attribution, stage 2: the metric. The closest metric word (metrics.ts), a list's heading (lists.ts), or the flow
// the clause continues (stage-metric-continues.ts) or sits beside (stage-metric-neighbours.ts).

import type { Metric } from '../../figure.js';
import { mostStatedFlow } from '../document/carried.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { TARGET_CUES, withWords, wordsPattern } from '../lexicon.js';
import type { Attribution, ChosenMetric, MetricChoice } from './attribute-state.js';
import {
  BRACKET_LABEL,
  GENERIC_RANK,
  laterRank,
  RANK_NOUN_ANY,
  RANKED_LIST_HEAD,
  RESPECTIVELY,
  SHARE_VERB,
} from './cues.js';
import { listItem } from './lists.js';
import { closestMetric, metricOfRankNoun, rankMetric } from './metrics.js';
import { standsAtAChange } from './stage-metric-continuation-rules.js';
import { continueLast } from './stage-metric-continues.js';
import { besideFigure, growthOfLastFigure, levelOrHeading, nextEconomy } from './stage-metric-neighbours.js';

/** The metric of the quantity, and how it leans on the figures around it; undefined when it states no flow. */
export function chooseMetric(s: Attribution): ChosenMetric | undefined {
  const c = ownMetric(s);
  // (an item's number ranks an economy of the list, or nothing: "1. Gold bullion" under "top five export goods")
  if (s.q.listNumber && !c.item) return undefined;
  c.last = figureBefore(s, c.metric);
  if (!continueLast(s, c)) return undefined;
  if (!besideFigure(s, c)) return undefined;
  nextEconomy(s, c);
  levelOrHeading(s, c);
  const metric = c.metric;
  if (!metric) return undefined;
  const chosen = { ...c, metric };
  growthOfLastFigure(s, chosen);
  return chosen;
}

/** The metric word closest to the quantity, a rank's noun, or the heading of the list it is an item of. */
function ownMetric(s: Attribution): MetricChoice {
  const { text, q, facts, carried, documentEconomies } = s;
  let metricMention = q.type === 'rank' ? undefined : closestMetric(text, q, facts.metrics, facts.quantities);
  // "L'Espagne reste le premier client … L'Italie arrive en troisième position": a bare position continues
  // the ranking the paragraph is giving
  let metric =
    q.type === 'rank'
      ? (rankMetric(text, laterRank(q, facts), facts) ??
        carried.lastRank?.metric ??
        metricBefore(text, facts))
      : metricMention?.metric;
  // "Principaux clients du Maroc au premier semestre :\nEspagne : 45,2 MMDH": an item of a list under a heading
  const listed = q.type === 'rank' && !q.listNumber ? undefined : listItem(text, q, facts, documentEconomies);
  // … but a line that names a flow of its own is no item of the flow above it: "Exportations vers le Sénégal :
  // 1,2 Md€ (+8 %)\nImportations depuis le Sénégal : 310 M€"
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const ownFlowOnLine =
    !q.column &&
    metricMention !== undefined &&
    metricMention.start >= lineStart &&
    metricMention.end <= q.start;
  const item = listed && !(ownFlowOnLine && metricMention?.metric !== listed.metric) ? listed : undefined;
  if (item) {
    metric = item.metric;
    metricMention = undefined;
  }
  // "les machines (41 %), les plastiques (22 %) et les engrais (9 %) sont les principaux
  // produits achetés": items in brackets before the flow that heads them take it
  if (
    !metric &&
    q.type === 'percent' &&
    BRACKET_LABEL.test(text.slice(Math.max(facts.clause.start, q.start - 40), q.start))
  ) {
    // … and "Japan (41 %) and Korea (30 %) account for 71 % of Peru's exports": shares of the flow their sentence
    // states a share of after them
    const after = facts.metrics.find(
      (m) =>
        m.start >= q.end &&
        (LIST_HEAD_AFTER.test(text.slice(q.end, m.start)) ||
          SHARE_OF_FLOW_AFTER.test(text.slice(q.end, m.start))),
    );
    if (after) {
      metric = after.metric;
      metricMention = after;
    }
  }
  // "Les principaux clients de la Wallonie sont le Maroc (412 millions d'euros), l'Algérie (298 millions)": items
  // in brackets after the head of a ranked list take the flow its noun ranks
  if (
    !metric &&
    (q.type === 'percent' || q.type === 'money') &&
    BRACKET_LABEL.test(text.slice(Math.max(facts.clause.start, q.start - 40), q.start))
  ) {
    const noun = RANKED_LIST_HEAD.exec(text.slice(facts.sentence.start, q.start))?.[1];
    if (noun && !GENERIC_RANK.test(noun.toLowerCase())) metric = metricOfRankNoun(noun.toLowerCase());
  }
  // "Les exportations péruviennes vers le Chili ont crû plus vite que les importations : elles ont
  // gagné 6,2 %": a pronoun after a colon takes up the subject of the clause, its first flow, not the
  // flow named nearest before the colon
  if (
    metricMention &&
    metricMention.end <= q.start &&
    COLON_PRONOUN.test(text.slice(metricMention.end, q.start))
  ) {
    const first = facts.metrics[0];
    if (first && first !== metricMention && first.end <= metricMention.start) {
      metricMention = first;
      metric = first.metric;
    }
  }
  // "total exports and imports both fell, by 7.4% and 12.3% respectively": each flow named takes its value in turn
  const own = flowsInTurn(s);
  if (own) metric = own;
  return { metric, metricMention, item };
}

const EXPORT_WORD = wordsPattern((c) => c.metrics.exports, 'iu');
const IMPORT_WORD = wordsPattern((c) => c.metrics.imports, 'iu');

/** The flow of the n-th of the values "respectively" spreads over both flows named together before them. */
function flowsInTurn({ text, q, facts }: Attribution): Metric | undefined {
  if (q.type !== 'percent' && q.type !== 'money') return undefined;
  const both = facts.allMetrics.findLast(
    (m) => m.metric === 'bilateral_trade' && m.start >= facts.sentence.start && m.end <= q.start,
  );
  if (!both || !RESPECTIVELY.test(text.slice(q.end, facts.sentence.end))) return undefined;
  const named = text.slice(both.start, both.end);
  const exports = EXPORT_WORD.exec(named)?.index;
  const imports = IMPORT_WORD.exec(named)?.index;
  if (exports === undefined || imports === undefined) return undefined;
  const turn = facts.quantities.filter(
    (o) => o.type === q.type && o.start > both.end && o.start < q.start,
  ).length;
  const inOrder: Metric[] = exports < imports ? ['exports', 'imports'] : ['imports', 'exports'];
  return inOrder[turn];
}

/** The figure the quantity may continue: the paragraph's last, a story's target, or one referred back to. */
function figureBefore(s: Attribution, metric: Metric | undefined): ExtractedFigure | undefined {
  const { text, q, facts, carried } = s;
  // "Il a ainsi progressé de 21 %", "Tegen eind 2026 mikt de minister op 1,5 miljard euro": a clause with
  // no metric of its own that opens with a pronoun, or states a target, continues the figure before it.
  // "Pour 2026, l'AWEX vise un retour au-dessus de 200 M€", in a paragraph of its own: a target that names no
  // flow is of the flow the story has stated most often
  const storyTarget =
    !carried.lastFigure &&
    !metric &&
    q.type === 'money' &&
    facts.metrics.length === 0 &&
    TARGET_CUES.test(text.slice(facts.sentence.start, q.start)) &&
    !NOT_TRADE_AMOUNT.test(text.slice(facts.sentence.start, facts.sentence.end))
      ? mostStatedFlow(carried)
      : undefined;
  // "… 157 miljard dirham.\n\nRuim 80 procent van die auto's gaat naar de EU": a part of "that" flow refers back
  // across a paragraph break
  // … and so does "The figure stood at …", "Ce chiffre atteint …" after the paragraph that states it
  const referredBack =
    !carried.lastFigure &&
    facts.metrics.length === 0 &&
    ((q.type === 'percent' && REFERS_BACK_AFTER.test(text.slice(q.end, q.end + 30))) ||
      (q.type === 'money' && THE_FIGURE_START.test(text.slice(facts.sentence.start, q.start))))
      ? (carried.amountBeforeBreak ?? carried.lastBeforeBreak)
      : undefined;
  // "… met 3,5 procent gezakt.\n\nKijken we naar de buren: Spanje zit op een verlies van 2 procent": economies
  // set at a change of their own in the paragraph after a change of a flow
  const before = carried.lastBeforeBreak;
  const seriesAfterBreak =
    !carried.lastFigure && facts.metrics.length === 0 && before && standsAtAChange(s, before)
      ? before
      : undefined;
  return carried.lastFigure ?? storyTarget ?? referredBack ?? seriesAfterBreak;
}

/** Budgets, funds, loans, turnover: amounts a target may name that are no trade flow. */
const NOT_TRADE_AMOUNT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.metricStage.notTradeAmounts})(?![\p{L}])`, 'iu'),
);

const REFERS_BACK_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricStage.ofTheTotal}|(?:${(c) => c.metricStage.ofThese})\s+\p{L}+)(?![\p{L}])`,
    'iu',
  ),
);

const THE_FIGURE_START = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricStage.figureArticle})\s+(?:${(c) => c.metricStage.figureNoun})(?![\p{L}])`,
    'iu',
  ),
);

/** From bracketed items to the flow a share verb makes them part of: "…) together make up 71 % of all Peru's ". */
const SHARE_OF_FLOW_AFTER = latin(
  new RegExp(
    `^(?:[^.;:]|\\.(?=\\d)){0,160}?(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])(?:[^.;:]|\\.(?=\\d)){0,60}?` +
      withWords`(?<![\p{L}])(?:${(c) => c.metricStage.shareOfFlow})\s+(?:[\p{L}'’-]+\s+){0,3}$`,
    'iu',
  ),
);

/** "Ils se sont élevés à", "Selon l'Office, ils ont atteint": a clause whose subject is a pronoun. */
const COLON_PRONOUN = latin(
  new RegExp(withWords`:\s*(?:${(c) => c.metricStage.colonPronoun})\s[^:;]*$`, 'iu'),
);

/** From an item in brackets to the flow word of the list it ends: "), … et les engrais (9 %) sont les principaux produits ". */
const LIST_HEAD_AFTER = latin(
  new RegExp(
    withWords`^[^.;:]{0,200}?(?:${(c) => c.metricStage.listHeadVerb})\s+(?:${(c) => c.metricStage.listHeadArticle})\s+(?:\p{L}+\s+){0,3}$`,
    'iu',
  ),
);

/** "… came from 14 economies. Once again, Spain comes first": the flow of the
 * sentence before, for a position that names nothing it ranks. */
function metricBefore(text: string, facts: ClauseFacts): Metric | undefined {
  const before = facts.previous;
  if (!before) return undefined;
  // "… are among its leading investors. Canada … comes in 2nd place": the ranked noun of that sentence
  const noun = [...text.slice(before.start, before.end).matchAll(RANK_NOUN_ANY)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => !GENERIC_RANK.test(n))
    .at(-1);
  if (noun) return metricOfRankNoun(noun);
  return facts.allMetrics.filter((m) => m.start >= before.start && m.end <= before.end).at(-1)?.metric;
}
