// Attribution, stage 2: the ways a clause with no metric of its own continues the figure before it ("Elles ont
// progressé de 21 %", "les wallonnes de 18 %", "De groei kwam zo uit op 6,1 procent"), each a named rule; the
// first that applies makes the clause take the metric of that figure.

import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { ABSOLUTE_CHANGE_BEFORE, EXPECTED_PRONOUN, TARGET_CUES, withWords } from '../lexicon.js';
import { type NamedRule, when } from '../rule.js';
import { afterLastComma, goodsIn, startsWithPronoun } from './attribute-leads.js';
import type { Attribution } from './attribute-state.js';
import { itemOfFlowList } from './lists.js';
import { changedFlowAfter } from './metrics.js';

/** What a continuation rule reads: the quantity, the figure before it, and the cues stage 2 found already. */
export interface ContinuationInput {
  s: Attribution;
  last: ExtractedFigure;
  /** "The EU took 58.3% of them": a part of the figure before */
  partOfLast: boolean;
  /** "une progression de 19 % qui s'explique par l'envolée des importations" */
  explained: boolean;
  /** "…, et les wallonnes de 18 %": the economy an adjective names, of the flow left out */
  elliptical: EconomyMention | undefined;
  /** "L'Espagne et l'Italie enregistrent des replis de respectivement 5,1 et 6,4 %" after a flow */
  listedAfterFlow: boolean;
}

/** The subject of the clause, up to the quantity. */
const clauseLead = ({ text, q, facts }: Attribution) => text.slice(facts.clause.start, q.start);

/** Whether the figure before is in this sentence or the one before it. */
const justBefore = (last: ExtractedFigure, { facts }: Attribution) =>
  last.start >= (facts.previous?.start ?? facts.sentence.start);

/** Whether the figure before is in the quantity's paragraph (the sentences between state no figure). */
const inParagraph = (last: ExtractedFigure, { text, q }: Attribution) =>
  last.end <= q.start && !PARAGRAPH_BREAK.test(text.slice(last.end, q.start));
const PARAGRAPH_BREAK = /\n\s*\n/;

export const CONTINUATION_RULES: Array<NamedRule<ContinuationInput, true>> = [
  {
    name: 'part-of-the-last-figure',
    why: 'A share "of them", "daarvan", "en absorbe" is a part of the figure before.',
    examples: [
      {
        text: 'Belgian exports reached 2.1 billion euros in 2023. About 16 percent went to Morocco, 12 percent to Japan.',
        language: 'en',
        figure: { value: 12, metric: 'exports', to: 'JP' },
      },
      {
        text: "Les exportations belges ont atteint 2,1 milliards d'euros en 2023. L'Inde en absorbe près de 41 %.",
        language: 'fr',
        figure: { value: 41, metric: 'exports', to: 'IN' },
      },
    ],
    apply: ({ partOfLast }) => when(partOfLast),
  },
  {
    name: 'explained-by-a-flow',
    why: 'A change "explained by" a flow word after it is of the figure before, not of that flow.',
    examples: [
      {
        text: "Les échanges entre la Belgique et le Maroc ont atteint 4 milliards d'euros. Une progression de 19 % qui s'explique par l'envolée des importations.",
        language: 'fr',
        figure: { value: 19, metric: 'bilateral_trade', measure: 'growth' },
      },
    ],
    apply: ({ explained }) => when(explained),
  },
  {
    name: 'same-clause',
    why: 'A figure after another in the same clause continues it.',
    examples: [
      {
        text: 'Belgian exports to Morocco reached 2.1 billion euros in 2023, or 1.9 billion dollars.',
        language: 'en',
        figure: { value: 1_900_000_000, metric: 'exports' },
      },
    ],
    apply: ({ s, last }) => when(last.start >= s.facts.clause.start),
  },
  {
    // "…, an essential ore, and its derivatives by the end of May, compared to USD 4.3 billion a year earlier": an
    // amount a comparison introduces is the base of the amount before it in its sentence, whatever clause it is in
    name: 'base-of-the-amount-before',
    why: 'An amount a comparison introduces ("compared to $4.3 billion") is the base of the amount before it, of its flow.',
    examples: [
      {
        text: 'Peru has exported USD 5.2 billion worth of copper, a metal used in cables, and its derivatives by the end of May 2024, compared to USD 4.3 billion a year earlier.',
        language: 'en',
        figure: { value: 4_300_000_000, metric: 'exports', from: 'PE' },
      },
    ],
    apply: ({ s: { text, q, facts }, last }) =>
      when(
        q.type === 'money' &&
          last.measure === 'value' &&
          last.start >= facts.sentence.start &&
          COMPARED_WITH_BEFORE.test(text.slice(Math.max(facts.sentence.start, q.start - 30), q.start)),
      ),
  },
  {
    // "les produits chimiques (28 %), les machines (14 %) et les matières plastiques (11 %)"
    name: 'list-of-shares',
    why: 'Shares listed one after another in a sentence are of the same flow.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc comprennent les produits chimiques (28 %), les machines (14 %) et les plastiques (11 %).',
        language: 'fr',
        figure: { value: 11, metric: 'exports', measure: 'share' },
      },
    ],
    apply: ({ s, last }) =>
      when(last.start >= s.facts.sentence.start && last.measure === 'share' && s.q.type === 'percent'),
  },
  {
    name: 'pronoun-subject',
    why: 'A clause that opens with a pronoun ("Elles ont progressé de 21 %") speaks of the figure before.',
    examples: [
      {
        text: "Les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros en 2023. Elles ont ainsi progressé de 21 %.",
        language: 'fr',
        figure: { value: 21, metric: 'exports', measure: 'growth' },
      },
      {
        // (after a bare year, no comma: "In 2022 they were …")
        text: 'UK exports to Brazil were £3.2 billion in 2023. In 2022 they were £2.9 billion.',
        language: 'en',
        figure: { value: 2_900_000_000, metric: 'exports', from: 'GB', to: 'BR', period: '2022' },
      },
    ],
    apply: ({ s }) => when(startsWithPronoun(clauseLead(s))),
  },
  {
    name: 'expected-of-it',
    why: 'A forecast of "it" ("expects them to grow by 5%") is of the figure before.',
    examples: [
      {
        text: 'Belgian exports to Morocco reached 2.1 billion euros in 2023. The agency expects them to grow by 5% next year.',
        language: 'en',
        figure: { value: 5, metric: 'exports', measure: 'growth' },
      },
    ],
    apply: ({ s }) => when(EXPECTED_PRONOUN.test(clauseLead(s))),
  },
  {
    // "En 2021, les flux belges avaient atteint 1,2 milliard": flows of the kind the paragraph speaks of
    name: 'the-flows',
    why: '"Les flux", "the flows" are of the kind the paragraph speaks of.',
    examples: [
      {
        text: "Les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros en 2023. En 2021, les flux avaient atteint 1,2 milliard d'euros.",
        language: 'fr',
        figure: { value: 1_200_000_000, metric: 'exports' },
      },
    ],
    apply: ({ s }) => when(FLOWS_SUBJECT.test(clauseLead(s))),
  },
  {
    name: 'this-trend',
    why: 'A sentence that opens on the trend just told ("Cette tendance", "This trend") speaks of its flow.',
    examples: [
      {
        text: "Les exportations kényanes vers le Portugal sont passées de 30 à 50 millions d'euros entre 2019 et 2023. Cette trajectoire a été interrompue en 2020 par un recul à 21 millions d'euros.",
        language: 'fr',
        figure: { value: 21_000_000, metric: 'exports', from: 'KE', to: 'PT' },
      },
    ],
    apply: ({ s, last }) =>
      when(justBefore(last, s) && TREND_SUBJECT.test(s.text.slice(s.facts.sentence.start, s.q.start))),
  },
  {
    // "l'automobile enregistre des ventes de 62,1 MMDH, tandis que les phosphates atteignent 31,5 MMDH"
    name: 'goods-as-subject',
    why: 'A class of goods as the subject, right after a flow, states its part of that flow.',
    examples: [
      {
        text: "Les exportations marocaines vers la Belgique ont atteint 2 milliards d'euros, tandis que les phosphates atteignent 315 millions d'euros.",
        language: 'fr',
        figure: { value: 315_000_000, metric: 'exports', sector: 'phosphates' },
      },
    ],
    apply: ({ s, last }) => when(justBefore(last, s) && goodsIn(clauseLead(s)) !== null),
  },
  {
    // "Exports rose to $12.3 billion in May. Goods were $8.1 billion": all goods, the subject right after a flow,
    // are the goods part of that flow
    name: 'whole-goods-as-subject',
    why: 'All goods as the subject, right after a flow, state the goods part of that flow.',
    examples: [
      {
        text: "Peru's exports rose to $12.3 billion in May. Goods were $8.1 billion in May, while services were $4.2 billion.",
        language: 'en',
        published: '2024-07',
        figure: { value: 8_100_000_000, metric: 'exports', from: 'PE', to: 'WORLD', period: '2024-05' },
      },
      {
        text: 'De Peruaanse invoer steeg in mei tot 9,4 miljard euro. De goederen waren goed voor 7,1 miljard euro.',
        language: 'nl',
        published: '2024-07',
        figure: { value: 7_100_000_000, metric: 'imports', from: 'PE' },
      },
    ],
    apply: ({ s, last }) => when(justBefore(last, s) && WHOLE_GOODS_SUBJECT.test(clauseLead(s))),
  },
  {
    // "Bolivia received 3.1 billion euros from Peruvian investors. Chile received 4.2 billion euros from Peru": the
    // economy that receives, right after a flow received, receives the same flow
    name: 'received-after-a-flow',
    why: 'An economy said to receive an amount, right after a flow received, receives the same flow.',
    examples: [
      {
        text: 'In the first half of 2024 Bolivia received 3.1 billion euros from Peruvian investors. Chile received a total of 4.2 billion euros from Peru last year.',
        language: 'en',
        published: '2024-10',
        figure: { value: 4_200_000_000, metric: 'fdi', from: 'PE', to: 'CL', period: '2023' },
      },
      {
        text: 'In de eerste helft van 2024 ontving Bolivia 3,1 miljard euro van Peruaanse investeerders. Chili ontving vorig jaar in totaal 4,2 miljard euro uit Peru.',
        language: 'nl',
        published: '2024-10',
        figure: { value: 4_200_000_000, metric: 'fdi', from: 'PE', to: 'CL', period: '2023' },
      },
    ],
    apply: ({ s, last }) => when(justBefore(last, s) && RECEIVES.test(clauseLead(s))),
  },
  {
    // "Imports rose $853m (2%) to $36,070m. Copper ore fell $102m (21%).": the change in brackets after an absolute
    // change of something the sentence names, right after a flow, is that part's change of the flow
    name: 'change-in-brackets-after-an-absolute-change',
    why: 'A change in brackets after an absolute change ("fell $102m (21%)"), right after a flow, is of that flow.',
    examples: [
      {
        text: 'In December, Peru’s imports rose $853m (2%) to $36,070m. Copper ore fell $102m (21%).',
        language: 'en',
        figure: { value: -21, metric: 'imports', measure: 'growth', from: 'PE' },
      },
    ],
    apply: ({ s: { text, q, facts }, s, last }) => {
      const change = facts.quantities.filter((o) => o.end <= q.start).at(-1);
      return when(
        q.type === 'percent' &&
          justBefore(last, s) &&
          change?.type === 'money' &&
          /^\s*\(\s*[+−-]?$/.test(text.slice(change.end, q.start)) &&
          ABSOLUTE_CHANGE_BEFORE.test(
            text.slice(Math.max(facts.clause.start, change.start - 40), change.start),
          ) &&
          // (not one whose change noun names its own flow after it: "a $5b (12%) increase in services credits")
          !changedFlowAfter(text, q, facts.allMetrics),
      );
    },
  },
  {
    name: 'the-same-amount',
    why: '"Le montant", "the total", "het bedrag" name the amount of the figure before.',
    examples: [
      {
        text: "Les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros en 2023. Le montant était de 1,9 milliard d'euros en 2022.",
        language: 'fr',
        figure: { value: 1_900_000_000, metric: 'exports', period: '2022' },
      },
    ],
    apply: ({ s }) =>
      when(SAME_THING_START.test(clauseLead(s)) || SAME_THING_START.test(afterLastComma(clauseLead(s)))),
  },
  {
    // "Les principaux produits exportés sont :\n- les denrées alimentaires : 0,4 milliard d'euros": an item of a
    // list of goods under a heading that names the flow continues the flow stated before it
    name: 'item-of-a-list-of-goods',
    why: 'An item of a list of goods under a heading that names the flow continues the flow stated before it.',
    examples: [
      {
        text: "Les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros en 2023.\nLes principaux produits exportés sont :\n- les denrées alimentaires : 0,4 milliard d'euros\n- les machines : 0,3 milliard d'euros",
        language: 'fr',
        figure: { value: 400_000_000, metric: 'exports' },
      },
    ],
    apply: ({ s: { text, q, facts }, last }) =>
      when(
        q.type === 'money' &&
          last.measure === 'value' &&
          facts.economies.length === 0 &&
          itemOfFlowList(text, q, last.start),
      ),
  },
  {
    // "… met 6,8 procent teruggevallen. In 2023 was er al een daling van 3,2 procent": a change that only is,
    // with no subject, is of the flow just stated
    name: 'there-was-a-change',
    why: 'A change that only "is", with no subject ("er was een daling van"), is of the flow just stated.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko is in 2024 met 6,8 procent teruggevallen. In 2023 was er al een daling van 3,2 procent.',
        language: 'nl',
        figure: { value: -3.2, metric: 'exports', period: '2023' },
      },
      {
        // (a sentence between that states no figure; "sprake van")
        text: 'De Peruaanse uitvoer kromp in mei met 4,1 procent. Daarna herstelde de handel zich. In juli was er nog sprake van een afname met 1,9 procent.',
        language: 'nl',
        published: '2024-10',
        figure: { value: -1.9, metric: 'exports', period: '2024-07' },
      },
    ],
    apply: ({ s, last }) =>
      when(
        (justBefore(last, s) || inParagraph(last, s)) &&
          s.facts.economies.length === 0 &&
          THERE_WAS_A_CHANGE.test(clauseLead(s)),
      ),
  },
  {
    // "… dropped 5.2% to $48.9 billion, after a year-on-year fall of 2.6% in March": the change before, of the
    // same flow
    // "De groei kwam zo uit op 6,1 procent", "piekte de krimp op 18,3 procent": the change of the flow just
    // stated, named by its noun alone
    name: 'change-named-by-its-noun',
    why: 'A change named by its noun alone ("De groei kwam uit op 6,1 procent") is of the flow its paragraph last stated.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko steeg in 2023 tot 2,1 miljard euro. De groei kwam zo uit op 6,1 procent.',
        language: 'nl',
        figure: { value: 6.1, metric: 'exports', measure: 'growth' },
      },
      {
        // (the sentences between, stating no figure, do not break the paragraph's flow)
        text: 'Het handelsvolume tussen Spanje en Marokko steeg in 2023 tot 20 miljard euro. Beide landen zijn tevreden. De groei bedroeg in totaal 7,2 procent.',
        language: 'nl',
        figure: { value: 7.2, metric: 'bilateral_trade', measure: 'growth' },
      },
    ],
    apply: ({ s, last }) =>
      when(
        (justBefore(last, s) || inParagraph(last, s)) &&
          s.facts.economies.length === 0 &&
          CHANGE_SUBJECT.test(clauseLead(s)) &&
          // (not of a part left out of it: "Hors Union européenne, le recul atteint 7 %")
          !SUBSET_CUE.test(s.text.slice(s.facts.sentence.start, s.q.start)),
      ),
  },
  {
    name: 'after-a-prior-change',
    why: 'A change "after a fall of" is the change before, of the same flow.',
    examples: [
      {
        text: 'Belgian exports to Morocco dropped 5.2% to 190 million euros in April, after a year-on-year fall of 2.6% in March.',
        language: 'en',
        figure: { value: -2.6, metric: 'exports' },
      },
      {
        // (the prior change opening the next sentence)
        text: 'Peruvian exports fell 1.2% in February. After a fall of 3.4% in March, the decline deepened to 9.8% in April.',
        language: 'en',
        published: '2024-10',
        figure: { value: -3.4, metric: 'exports', period: '2024-03' },
      },
    ],
    apply: ({ s: { text, q, facts }, last }) =>
      when(
        // (… or the sentence before, when the prior change opens the sentence: "After a fall of 2.6% in March, …")
        (last.start >= facts.sentence.start ||
          (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
            !text.slice(facts.sentence.start, q.start).includes(','))) &&
          PRIOR_CHANGE.test(afterLastComma(text.slice(facts.sentence.start, q.start))) &&
          !facts.economies.some((e) => e.start > text.lastIndexOf(',', q.start) && e.end <= q.start),
      ),
  },
  {
    // "les exportations flamandes … de 41 %, et les wallonnes de 18 %": the same flow of another economy
    name: 'same-flow-of-another-economy',
    why: 'An adjective with the flow left out ("et les wallonnes de 18 %") is the same flow of another economy.',
    examples: [
      {
        text: 'Les exportations flamandes vers le Maroc ont progressé de 41 %, et les wallonnes de 18 %.',
        language: 'fr',
        figure: { value: 18, metric: 'exports', from: 'BE-WAL', measure: 'growth' },
      },
    ],
    apply: ({ s, last, elliptical }) =>
      when(last.start >= s.facts.sentence.start && elliptical !== undefined),
  },
  {
    // "… de Vlaamse uitvoer naar China … In 2023 was Vlaanderen goed voor 7,1 miljard euro": an economy of
    // the flow before accounting for an amount states that flow
    name: 'economy-accounts-for',
    why: 'An economy of the flow before that "accounts for" an amount, or a region of its reporter for a part, states that flow.',
    examples: [
      {
        text: 'De Vlaamse uitvoer naar China steeg in 2023 met 12 procent. In 2023 was Vlaanderen goed voor 7,1 miljard euro.',
        language: 'nl',
        figure: { value: 7_100_000_000, metric: 'exports', from: 'BE-VLG' },
      },
      {
        text: 'De Belgische uitvoer van staal bedroeg in 2023 8 miljard euro. Wallonië nam daarvan 35 procent voor zijn rekening.',
        language: 'nl',
        figure: { value: 35, metric: 'exports', from: 'BE-WAL', measure: 'share' },
      },
    ],
    apply: ({ s: { text, q, facts, lead }, last }) =>
      when(
        facts.economies.length > 0 &&
          ((q.type === 'money' &&
            ACCOUNTED_FOR.test(lead) &&
            facts.economies.every((e) => e.code === last.from || e.code === last.to)) ||
            // "… Belgische uitvoer … Wallonië is goed voor 30 %": the part of a region of the flow's reporter
            (q.type === 'percent' &&
              last.measure !== 'share' &&
              last.measure !== 'growth' &&
              (ACCOUNTED_FOR.test(lead) || ACCOUNTED_FOR_AFTER.test(text.slice(q.end, q.end + 40))) &&
              facts.economies.every((e) => e.code.startsWith(`${last.from}-`)))),
      ),
  },
  {
    // "… were vehicles worth $2.7bn; plastics worth $0.9bn; and fertilisers worth $64m": goods listed with
    // their worth continue the flow their sentence opened
    name: 'goods-worth',
    why: 'Goods listed with their worth continue the flow their sentence opened.',
    examples: [
      {
        text: "Belgium's main exports to Morocco were vehicles worth 270 million euros; plastics worth 90 million euros; and fertilisers worth 64 million euros.",
        language: 'en',
        figure: { value: 64_000_000, metric: 'exports' },
      },
    ],
    apply: ({ s: { text, q, facts }, last }) =>
      when(
        q.type === 'money' &&
          last.start >= facts.sentence.start &&
          facts.economies.every((e) => e.start < facts.clause.start) &&
          GOODS_WORTH.test(text.slice(facts.clause.start, q.start)),
      ),
  },
  {
    name: 'target-of-it',
    why: 'A target with no flow of its own ("Tegen eind 2026 mikt de minister op 3 miljard euro") is of the flow before.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko bedroeg in 2023 2,1 miljard euro. Tegen eind 2026 mikt de minister op 3 miljard euro.',
        language: 'nl',
        figure: { value: 3_000_000_000, metric: 'exports', kind: 'target' },
      },
    ],
    apply: ({ s: { text, q, facts } }) => when(TARGET_CUES.test(text.slice(facts.sentence.start, q.end))),
  },
  {
    // "De Portugese invoer zakte met 4 procent. Spanje zit op een verlies van 2 procent, Italië op min 6
    // procent": economies set beside a change of a flow, each with its own change, the flow left out
    name: 'economy-stands-at-a-change',
    why: 'An economy that "stands at" a change, right after a change of a flow ("Spanje zit op min 3 procent"), has that change of the same flow.',
    examples: [
      {
        text: 'De Belgische uitvoer is in mei 2021 met 6 procent gedaald. Spanje zit op een verlies van 9 procent, Oostenrijk op min 4 procent.',
        language: 'nl',
        figure: { value: -4, metric: 'exports', measure: 'growth', from: 'AT', to: 'WORLD' },
      },
      {
        text: 'Swiss exports fell 3% in March. Austria is at minus 6%, Italy at minus 2%.',
        language: 'en',
        figure: { value: -6, metric: 'exports', measure: 'growth', from: 'AT', to: 'WORLD' },
      },
    ],
    apply: ({ s, last }) => when(standsAtAChange(s, last) !== undefined),
  },
  {
    name: 'listed-respectively-after-a-flow',
    why: 'Economies listed "respectively" with no flow of their own share the flow just stated.',
    examples: [
      {
        text: "Les exportations suisses vers l'Europe ont baissé de 3,2 %. L'Espagne et l'Italie enregistrent des replis de respectivement 5,1 et 6,4 %.",
        language: 'fr',
        figure: { value: -6.4, metric: 'exports', to: 'IT' },
      },
    ],
    apply: ({ listedAfterFlow }) => when(listedAfterFlow),
  },
];
const GOODS_WORTH = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?\p{L}[\p{L}'’ &-]{1,60}?\s+(?:${(c) => c.continuation.worth})\s*$`,
    'iu',
  ),
);

const THERE_WAS_A_CHANGE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.continuation.there})\s+(?:(?:${(c) => c.continuation.thereVerbs})\s+){0,4}` +
      withWords`(?:${(c) => c.continuation.thereArticle})\s+(?:[\p{L}]+\s+)?(?:${(c) => c.continuation.changeNouns})\s+(?:${(c) => c.continuation.thereChangeOf})\s*$`,
    'iu',
  ),
);

const SUBSET_CUE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuation.leftOut})(?![\p{L}])`, 'iu'),
);

const CHANGE_SUBJECT = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.continuation.changeSubjectArticle})\s+(?:[\p{L}-]+\s+)?(?:${(c) => c.continuation.changeNouns})(?![\p{L}])`,
    'iu',
  ),
);

const PRIOR_CHANGE = latin(
  new RegExp(
    withWords`^[\s,]*(?:${(c) => c.continuation.afterPrior})\s+(?:${(c) => c.continuation.priorArticle})\s+(?:[\p{L}-]+\s+){0,3}?` +
      withWords`(?:(?:${(c) => c.continuation.changeNouns})\s+(?:${(c) => c.continuation.priorChangeOf})\s*(?:${(c) => c.continuation.priorHedges})?\s*)?$`,
    'iu',
  ),
);

// ("les volumes": the French trade press's word for the amounts traded)
const FLOWS_SUBJECT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuation.flows})(?![\p{L}])`, 'iu'),
);

const TREND_SUBJECT = latin(
  new RegExp(withWords`^\W{0,3}(?:${(c) => c.continuation.trendSubject})(?![\p{L}])`, 'iu'),
);

const RECEIVES = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuationStage.receiveVerbs})(?![\p{L}])`, 'iu'),
);

const COMPARED_WITH_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.against})\s+$`, 'iu'),
);

const WHOLE_GOODS_SUBJECT = latin(
  new RegExp(
    withWords`^\W{0,3}(?:(?:${(c) => c.continuationStage.wholeTradeArticles})\s+)?(?:${(c) => c.continuationStage.wholeTradeSubjects})(?![\p{L}])`,
    'iu',
  ),
);

const SAME_THING_START = latin(
  new RegExp(
    withWords`^[^,.;]{0,60}?(?<![\p{L}])(?:(?:${(c) => c.continuation.sameThingArticle})\s+(?:${(c) => c.continuation.sameThingNoun})|` +
      withWords`(?:${(c) => c.continuation.sameThingsArticle})\s+(?:${(c) => c.continuation.sameThingsNoun}))(?![\p{L}])`,
    'iu',
  ),
);

const ACCOUNTED_FOR = latin(
  new RegExp(withWords`(?<!\p{L})(?:${(c) => c.continuation.accountsFor})\s+(?:\p{L}+\s+){0,2}$`, 'iu'),
);

/** "Wallonië neemt 30 % voor zijn rekening": an economy's part told after the share */
const ACCOUNTED_FOR_AFTER = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.continuation.accountsForAfter})(?!\p{L})`, 'iu'),
);

/**
 * The economy of a clause that only sets it at a change after a change of a flow ("Spanje zit op een verlies
 * van 3 procent", "Italië op min 2 procent", "Polen – min 11 procent –"), the flow's figure in this
 * sentence or just before it (a paragraph break between at most).
 */
export function standsAtAChange(
  { text, q, facts }: Attribution,
  last: ExtractedFigure,
): EconomyMention | undefined {
  if (q.type !== 'percent' || last.measure !== 'growth' || last.end > q.start) return undefined;
  if (last.metric !== 'exports' && last.metric !== 'imports') return undefined;
  if (text.slice(last.end, q.start).split(PARAGRAPH_BREAK).length > 2) return undefined;
  const from = Math.max(facts.clause.start, last.end);
  const economy = facts.economies.find((e) => !e.adjective && e.start >= from && e.end <= q.start);
  if (!economy || !STANDS_AT_BEFORE.test(text.slice(from, economy.start))) return undefined;
  return STANDS_AT_AFTER.test(text.slice(economy.end, q.start)) ? economy : undefined;
}
const STANDS_AT_BEFORE = latin(
  new RegExp(
    withWords`^[\s,–—-]*(?:(?:${(c) => c.lists.and})\s+)?(?:(?:${(c) => c.roles.articles})\s+)?$`,
    'iu',
  ),
);
const STANDS_AT_AFTER = latin(
  new RegExp(
    withWords`^[\s,–—-]*(?:(?:${(c) => c.continuation.standsAt})\s+)?(?:(?:${(c) => c.continuation.thereArticle})\s+)?` +
      withWords`(?:(?:${(c) => c.growth.decline}|${(c) => c.continuation.changeNouns})\s+(?:(?:${(c) => c.continuation.thereChangeOf})\s+)?)?` +
      withWords`(?:${(c) => c.growth.minus}|${(c) => c.growth.plus})?[\s–—-]*$`,
    'iu',
  ),
);
