// Attribution, stage 2 (continued): a clause with no flow of its own that continues the figure before it (a pronoun,
// an ellipsis, a part of the last figure, "conversely").

import type { Metric } from '../figure.js';
import type { Attribution, MetricChoice } from './attribute-state.js';
import type { MetricMention } from './clause-facts.js';
import { inSpan } from './clause-facts.js';
import { isCountryOrRegion, RESPECTIVELY } from './cues.js';
import type { ExtractedFigure } from './extracted-figure.js';
import type { EconomyMention } from './gazetteer.js';
import { latin } from './letters.js';
import { EXPECTED_PRONOUN, TARGET_CUES } from './lexicon.js';
import { itemOfFlowList } from './lists.js';
import { ellipticalFlow } from './metrics.js';
import { afterLastComma, EXPLAINED_BY, goodsIn, startsWithPronoun } from './stage-metric.js';
import type { Span } from './text-segments.js';

/**
 * Whether the clause, with no flow of its own, continues the figure before it (its metric then taken); false when
 * the quantity is a member's share of a flow with a group, which is no figure.
 */
export function continueLast(s: Attribution, c: MetricChoice): boolean {
  const { text, q, carried, clauseLead } = s;
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
  const continues = continuesLast(s, metric, last, {
    namedBefore,
    partOfLast,
    explained,
    elliptical,
    listedAfterFlow,
  });
  if (continues) metric = last?.metric;
  // "… achats en provenance d'Europe … L'Espagne en représente à elle seule près du tiers": a member's share
  // of a flow with a group is no share of either economy's trade
  const amount = carried.lastAmount;
  if (
    continues &&
    q.type === 'percent' &&
    amount &&
    (!isCountryOrRegion(amount.to) || !isCountryOrRegion(amount.from)) &&
    amount.to !== 'WORLD' &&
    amount.from !== 'WORLD' &&
    facts.economies.some(
      (e) => !e.adjective && isCountryOrRegion(e.code) && e.code !== amount.from && e.code !== amount.to,
    )
  ) {
    return false;
  }
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
  c.elliptical = elliptical;
  c.partOfLast = partOfLast;
  c.conversely = conversely;
  c.continues = continues;
  c.listedAfterFlow = listedAfterFlow;
  return true;
}

/** The ways a clause with no metric of its own continues the figure before it. */
function continuesLast(
  s: Attribution,
  metric: Metric | undefined,
  last: ExtractedFigure | undefined,
  cues: {
    namedBefore: MetricMention | undefined;
    partOfLast: boolean;
    explained: boolean;
    elliptical: EconomyMention | undefined;
    listedAfterFlow: boolean;
  },
): boolean {
  const { text, q, facts, lead } = s;
  const { namedBefore, partOfLast, explained, elliptical, listedAfterFlow } = cues;
  const continues =
    !metric &&
    !namedBefore &&
    last !== undefined &&
    (partOfLast ||
      explained ||
      last.start >= facts.clause.start ||
      // "les produits chimiques (28 %), les machines (14 %) et les matières plastiques (11 %)"
      (last.start >= facts.sentence.start && last.measure === 'share' && q.type === 'percent') ||
      startsWithPronoun(text.slice(facts.clause.start, q.start)) ||
      EXPECTED_PRONOUN.test(text.slice(facts.clause.start, q.start)) ||
      // "En 2021, les flux belges avaient atteint 1,2 milliard": flows of the kind the paragraph speaks of
      FLOWS_SUBJECT.test(text.slice(facts.clause.start, q.start)) ||
      // "l'automobile enregistre des ventes de 62,1 MMDH, tandis que les phosphates atteignent 31,5 MMDH"
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        goodsIn(text.slice(facts.clause.start, q.start)) !== null) ||
      SAME_THING_START.test(text.slice(facts.clause.start, q.start)) ||
      SAME_THING_START.test(afterLastComma(text.slice(facts.clause.start, q.start))) ||
      // "Les principaux produits exportés sont :\n- les denrées alimentaires : 0,4 milliard d'euros": an item of a
      // list of goods under a heading that names the flow continues the flow stated before it
      (q.type === 'money' &&
        last.measure === 'value' &&
        facts.economies.length === 0 &&
        itemOfFlowList(text, q, last.start)) ||
      // "… met 6,8 procent teruggevallen. In 2023 was er al een daling van 3,2 procent": a change that only is,
      // with no subject, is of the flow just stated
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        facts.economies.length === 0 &&
        THERE_WAS_A_CHANGE.test(text.slice(facts.clause.start, q.start))) ||
      // "… dropped 5.2% to $48.9 billion, after a year-on-year fall of 2.6% in March": the change before, of the
      // same flow
      // "De groei kwam zo uit op 6,1 procent", "piekte de krimp op 18,3 procent": the change of the flow just
      // stated, named by its noun alone
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        facts.economies.length === 0 &&
        CHANGE_SUBJECT.test(text.slice(facts.clause.start, q.start)) &&
        // (not of a part left out of it: "Hors Union européenne, le recul atteint 7 %")
        !SUBSET_CUE.test(text.slice(facts.sentence.start, q.start))) ||
      (last.start >= facts.sentence.start &&
        PRIOR_CHANGE.test(afterLastComma(text.slice(facts.sentence.start, q.start))) &&
        !facts.economies.some((e) => e.start > text.lastIndexOf(',', q.start) && e.end <= q.start)) ||
      // "les exportations flamandes … de 41 %, et les wallonnes de 18 %": the same flow of another economy
      (last.start >= facts.sentence.start && elliptical !== undefined) ||
      // "… de Vlaamse uitvoer naar China … In 2023 was Vlaanderen goed voor 7,1 miljard euro": an economy of
      // the flow before accounting for an amount states that flow
      (q.type === 'money' &&
        ACCOUNTED_FOR.test(lead) &&
        facts.economies.length > 0 &&
        facts.economies.every((e) => e.code === last.from || e.code === last.to)) ||
      // "… were vehicles worth $2.7bn; plastics worth $0.9bn; and fertilisers worth $64m": goods listed with
      // their worth continue the flow their sentence opened
      (q.type === 'money' &&
        last.start >= facts.sentence.start &&
        facts.economies.every((e) => e.start < facts.clause.start) &&
        GOODS_WORTH.test(text.slice(facts.clause.start, q.start))) ||
      TARGET_CUES.test(text.slice(facts.sentence.start, q.end)) ||
      listedAfterFlow);
  return continues;
}

const CONVERSELY_START = latin(
  /^\s*(?:omgekeerd|andersom|conversely|in the other direction|inversement|à l['’]inverse|en sens inverse|dans l['’]autre sens)(?![\p{L}])/iu,
);

const PART_OF_LAST = latin(
  /^\s*(?:(?:went|go|goes|were shipped|was shipped|ging|gingen|gaat|gaan)\s+(?:to|naar)|(?:sont allée?s|est allée?|vont|va|part|partent|sont partie?s|ont été expédiée?s)\s+(?:vers|au|aux|à|en)|of them|of these|of this|of that|of the total|of this total|d['’]entre eux|d['’]entre elles|du total|de ce total|de celles-ci|de ceux-ci|daarvan|hiervan|van het totaal|van dat totaal|(?:de ces|de cette|de ce|of these|of those|van deze|van die)\s+\p{L}+)(?![\p{L}])/iu,
);

const CLITIC_PART = latin(
  /(?<![\p{L}])(?:en\s+(?:absorb|représent|concentr|capt|accapar|reçoi|achèt|pès|pes)\p{L}*|(?:neemt|nam|nemen|namen)\s+(?:daarvan|ervan)|(?:daarvan|ervan)\s+(?:neemt|nam|gaat|ging))(?![\p{L}])/iu,
);

const PARTNER_RIGHT_AFTER = latin(
  /^\s*(?:to|naar|vers|au|aux|à|en)\s+(?:the\s+|de\s+|la\s+|le\s+|l['’])?\p{Lu}/u,
);

const GOODS_WORTH = latin(
  /^\s*(?:(?:and|et|en)\s+)?\p{L}[\p{L}'’ &-]{1,60}?\s+(?:worth|valued at|d['’]une valeur de|pour une valeur de|ter waarde van|voor een waarde van)\s*$/iu,
);

const CHANGE_NOUNS =
  'daling|stijging|groei|toename|afname|terugval|krimp|achteruitgang|vooruitgang|drop|fall|decline|rise|increase|growth|decrease|jump|dip|baisse|hausse|progression|recul|croissance|augmentation|diminution|repli';

const THERE_WAS_A_CHANGE = latin(
  new RegExp(
    `(?<![\\p{L}])(?:er|there|il y)\\s+(?:(?:is|was|were|has|had|been|a|avait|eu|al|already|déjà|toen|nog|ook|also|aussi)\\s+){0,4}` +
      `(?:een|a|an|une)\\s+(?:[\\p{L}]+\\s+)?(?:${CHANGE_NOUNS})\\s+(?:van|met|of|de|d['’])\\s*$`,
    'iu',
  ),
);

const SUBSET_CUE = latin(
  /(?<![\p{L}])(?:hors|outside|buiten|en dehors|excluding|exclusief|à l['’]exception|non-EU|extra-EU)(?![\p{L}])/iu,
);

const CHANGE_SUBJECT = latin(
  new RegExp(
    `(?<![\\p{L}])(?:de|la|le|the|het|cette|this|deze)\\s+(?:[\\p{L}-]+\\s+)?(?:${CHANGE_NOUNS}|krimp|croissance)(?![\\p{L}])`,
    'iu',
  ),
);

const PRIOR_CHANGE = latin(
  new RegExp(
    `^[\\s,]*(?:after|following|après|na|suite à)\\s+(?:une?|an?|een)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(?:${CHANGE_NOUNS})\\s+(?:van|met|of|by|de|d['’])\\s*(?:près de|plus de|environ|bijna|ruim|about|nearly)?\\s*)?$`,
    'iu',
  ),
);

// ("les volumes": the French trade press's word for the amounts traded)
const FLOWS_SUBJECT = latin(/(?<![\p{L}])(?:(?:les\s+)?(?:flux|flows|stromen)|les\s+volumes)(?![\p{L}])/iu);

const SAME_THING_START = latin(
  /^[^,.;]{0,60}?(?<![\p{L}])(?:(?:le|la|the|de|het|ce|this|dit)\s+(?:stock|montant|total|volume|bedrag|totaal|amount|teller|compteur|chiffre|figure|cijfer)|(?:les|the|de)\s+(?:montants|amounts|bedragen))(?![\p{L}])/iu,
);

const ACCOUNTED_FOR = latin(
  /(?<!\p{L})(?:goed voor|représentai\p{L}*|représente\p{L}*|pesai\p{L}*|pèse\p{L}*|accounted for|accounts for|was worth)\s+(?:\p{L}+\s+){0,2}$/iu,
);
