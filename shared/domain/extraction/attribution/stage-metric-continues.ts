// Attribution, stage 2 (continued): a clause with no flow of its own that continues the figure before it (a pronoun,
// an ellipsis, a part of the last figure, "conversely").

import { inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { firstApplying, type NamedRule } from '../rule.js';
import { startsWithPronoun } from './attribute-leads.js';
import type { Attribution, MetricChoice } from './attribute-state.js';
import { isCountryOrRegion, RESPECTIVELY } from './cues.js';
import { ellipticalFlow } from './metrics.js';
import { CONTINUATION_RULES, standsAtAChange } from './stage-metric-continuation-rules.js';

/**
 * Whether the clause, with no flow of its own, continues the figure before it (its metric then taken); false when
 * the quantity is a member's share of a flow with a group, which is no figure.
 */
export function continueLast(s: Attribution, c: MetricChoice): boolean {
  const { text, q, clauseLead } = s;
  let facts = s.facts;
  let { metric, metricMention } = c;
  const { last } = c;
  // "…, et les wallonnes de 18 %": the flow before, left out, of the economy an adjective names
  const elliptical = last ? ellipticalFlow(text, q, facts) : undefined;
  // "Une progression de près de 19 % qui s'explique par l'envolée des importations": the metric word after the
  // figure explains it; the figure continues the one before
  const explained =
    metricMention !== undefined &&
    metricMention.start >= q.end &&
    last !== undefined &&
    EXPLAINED_BY.test(text.slice(q.end, metricMention.start));
  if (explained) {
    metricMention = undefined;
    metric = undefined;
  }
  // "The EU took 58.3% of them": a share of the figure before.
  // … "L'Inde en absorbe près de la moitié", "India neemt daarvan bijna de helft af": a partner's part of it
  const partOfLast =
    last !== undefined &&
    (!metric || metric === last.metric) &&
    q.type === 'percent' &&
    (PART_OF_LAST.test(text.slice(q.end, q.end + 30)) ||
      (!metric && CLITIC_PART.test(text.slice(Math.max(facts.clause.start, q.start - 40), q.start))) ||
      // "About 16 percent went to Chile, 12 percent to Japan": the next part, with its own partner
      (!metric &&
        last.measure === 'share' &&
        last.start >= facts.sentence.start &&
        PARTNER_RIGHT_AFTER.test(text.slice(q.end, q.end + 20))));
  // "België verkocht voor 2,9 miljard euro aan Marokko. Omgekeerd kwam er voor 1,5 miljard euro aan Marokkaanse
  // producten naar ons land": "conversely" with no flow of its own is the flow before, the other way
  const conversely =
    !metric &&
    q.type === 'money' &&
    last !== undefined &&
    (last.metric === 'exports' || last.metric === 'imports') &&
    isCountryOrRegion(last.to) &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    // (the flow before this sentence: the items after "Conversely, … were X worth $4bn; Y worth $1bn" are one flow)
    last.start < facts.sentence.start &&
    CONVERSELY_START.test(text.slice(facts.sentence.start, q.start));
  if (conversely && last) metric = last.metric;
  // "Le déficit a atteint 2,4 milliards. Les importations … sont variées. Elles comprennent des machines (410
  // millions)": a pronoun takes up the flow the sentence before names, when that sentence states no figure of it
  const namedBefore =
    !metric &&
    last !== undefined &&
    facts.previous !== undefined &&
    last.start < facts.previous.start &&
    startsWithPronoun(text.slice(facts.clause.start, q.start))
      ? inSpan(facts.allMetrics, facts.previous).at(-1)
      : undefined;
  // "… celles vers l'Europe ont baissé de 3,2 %. L'Espagne et l'Italie enregistrent des replis de respectivement 5,1
  // et 6,4 %": economies listed "respectively" with no flow of their own share the flow just stated
  const listedAfterFlow =
    last !== undefined &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    RESPECTIVELY.test(clauseLead) &&
    facts.economies.filter((e) => !e.adjective && e.end <= q.start).length >= 2;
  // a clause with no metric of its own that continues the figure before it takes its metric
  const continues =
    !metric &&
    !namedBefore &&
    last !== undefined &&
    firstApplying(CONTINUATION_RULES, { s, last, partOfLast, explained, elliptical, listedAfterFlow }) !==
      undefined;
  if (continues) metric = last?.metric;
  if (continues && MEMBER_SHARE_OF_THE_FLOW_BEFORE.apply(s)) return false;
  // "Les exportations de la Wallonie vers la Chine ont reculé. Selon l'AWEX, elles se sont établies à …":
  // a pronoun with no figure before it takes up the flow named in the sentence before
  const antecedent =
    !metric && !last && facts.previous && startsWithPronoun(text.slice(facts.clause.start, q.start))
      ? inSpan(facts.allMetrics, facts.previous).at(-1)
      : namedBefore;
  if (antecedent) {
    metric = antecedent.metric;
    metricMention = antecedent;
    // the economies of the subject it takes up ("Les exportations marocaines …"), not the rest of that sentence
    facts = {
      ...facts,
      metrics: [antecedent, ...facts.metrics],
      economies: inSpan(facts.allEconomies, facts.previous as Span).filter(
        (e) => Math.abs(e.start - antecedent.start) <= 40,
      ),
    };
  }
  s.facts = facts;
  c.metric = metric;
  c.metricMention = metricMention;
  // "Spanje zit op een verlies van 3 procent": the economy set at a change is of the flow left out, like an
  // adjective's
  c.elliptical = elliptical ?? (continues && last ? standsAtAChange(s, last) : undefined);
  c.partOfLast = partOfLast;
  c.conversely = conversely;
  c.continues = continues;
  c.listedAfterFlow = listedAfterFlow;
  return true;
}

/**
 * "… achats en provenance d'Europe … L'Espagne en représente à elle seule près du tiers": a member's share of a flow
 * with a group, continued, is no share of either economy's trade.
 */
export const MEMBER_SHARE_OF_THE_FLOW_BEFORE: NamedRule<Attribution, true> = {
  name: 'member-share-of-the-group-flow-before',
  why: "A member's share of the flow with a group just stated is no share of either economy's trade.",
  examples: [
    {
      text: "Les achats de la Belgique en provenance d'Europe ont atteint 300 milliards d'euros. L'Espagne en représente à elle seule 12 %.",
      language: 'fr',
      figure: { value: 300_000_000_000, metric: 'imports' },
      noFigure: 12,
    },
  ],
  apply: ({ q, facts, carried }) => {
    const amount = carried.lastAmount;
    return q.type === 'percent' &&
      amount &&
      (!isCountryOrRegion(amount.to) || !isCountryOrRegion(amount.from)) &&
      amount.to !== 'WORLD' &&
      amount.from !== 'WORLD' &&
      facts.economies.some(
        (e) => !e.adjective && isCountryOrRegion(e.code) && e.code !== amount.from && e.code !== amount.to,
      )
      ? true
      : undefined;
  },
};

/** The ways a clause with no metric of its own continues the figure before it. */

const CONVERSELY_START = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.continuation.conversely})(?![\p{L}])`, 'iu'),
);

const PART_OF_LAST = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.continuation.partOfLast}|(?:${(c) => c.continuation.partOfThese})\s+\p{L}+)(?![\p{L}])`,
    'iu',
  ),
);

const CLITIC_PART = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuation.cliticPart})(?![\p{L}])`, 'iu'),
);

const PARTNER_RIGHT_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.continuation.goesTo})\s+(?:${(c) => c.continuation.goesToArticle})?\p{Lu}`,
    'u',
  ),
);

const EXPLAINED_BY = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuation.explainedBy})(?![\p{L}])`, 'iu'),
);
