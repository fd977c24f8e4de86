// Attribution of one quantity in its clause: not-a-figure checks, the metric, the economies' roles and
// the direction, the period, kind, bound, measure and sign.

import { type Bound, countryOf, type Measure } from '../figure.js';
import { type Carried, mostStatedFlow, usualDirection } from './carried.js';
import { type ClauseFacts, inSpan, withoutAsides } from './clause-facts.js';
import {
  AMOUNTING_TO,
  BRACKET_LABEL,
  COMPARISON_BASE_BEFORE,
  CURRENCY_TWIN_BETWEEN,
  FLOWS_WITH_WORLD,
  FOLLOWED_BY_START,
  GENERIC_RANK,
  HEADING_NOUN,
  isChangeBase,
  isCountryOrRegion,
  isGroup,
  isRival,
  isTraderRank,
  laterRank,
  OWN_BRACKET,
  PARAGRAPH_BREAK,
  RELATIVE_CLAUSE,
  RESPECTIVELY,
  SECTOR_WORD,
  SHARE_RIGHT_AFTER,
  sameEconomy,
  withMentions,
  yearBefore,
} from './cues.js';
import { marketShareSides, partnerOfRegionalPart, resolveDirection, sameFlowWith } from './direction.js';
import type { ExtractedFigure } from './extracted-figure.js';
import { isChangeAfterGrowth, kindOf } from './kind.js';
import {
  ABSOLUTE_CHANGE_AFTER,
  ABSOLUTE_CHANGE_BEFORE,
  boundBefore,
  CLAUSE_END_CHANGE,
  DEFICIT_WORDS,
  EXPECTED_PRONOUN,
  GROWTH_CUES,
  PLUS_BEFORE,
  PRONOUN_START,
  SIGN_WORD_BEFORE,
  TARGET_CUES,
  TARIFF_CUES,
  TRAILING_GROWTH,
} from './lexicon.js';
import { fillFrom, itemOfFlowList, listItem, respectively, successorTakesPartner } from './lists.js';
import { closestMetric, ellipticalFlow, lastIndexOf, metricOfRankNoun, rankMetric } from './metrics.js';
import { choosePeriod, latestYearBefore } from './period-choice.js';
import type { PeriodMention } from './periods.js';
import type { Quantity } from './quantities.js';
import { sectorJustBefore, sectorNear, sectorOfPronoun, severalGoods } from './sectors.js';
import {
  APPOSITION,
  BETWEEN_AFTER,
  flowPartners,
  framePartner,
  GOES_TO_BEFORE,
  OPENING_POSSESSIVE,
  OWN_TRADE,
  PART_OF_FLOW,
  POSSESSIVE_BEFORE,
  REGION_NOUN_AFTER,
  RIVAL_CUE,
} from './stage-direction.js';
import { FORMERLY, productRanked } from './stage-kind.js';
import {
  BY_BEFORE,
  DECLINE_G,
  ELLIPTICAL_CHANGE,
  GROWTH_CUES_G,
  LEVEL_TO_BEFORE,
  MINUS_BEFORE,
  OF_TOTAL_FLOW_AFTER,
  RATE_NOUN,
  RATES_FROM_TO,
  RATIO_OF_AFTER,
  REEXPORTS,
  REEXPORTS_SUBJECT,
  RELATIVE_G,
  RISE_G,
  SHARE_FROM_BEFORE,
  SHARE_NOUN,
  SHARE_TO_AFTER,
  SHARE_VERB_BEFORE,
  SHARE_VERB_G,
  TO_AMOUNT_AFTER,
} from './stage-measure.js';
import {
  afterLastComma,
  COLON_PRONOUN,
  EXPLAINED_BY,
  goodsIn,
  LIST_HEAD_AFTER,
  metricBefore,
  NOT_TRADE_AMOUNT,
  REFERS_BACK_AFTER,
  startsWithPronoun,
  THE_FIGURE_START,
} from './stage-metric.js';
import {
  ACCOUNTED_FOR,
  CHANGE_SUBJECT,
  CLITIC_PART,
  CONVERSELY_START,
  FLOWS_SUBJECT,
  GOODS_WORTH,
  PART_OF_LAST,
  PARTNER_RIGHT_AFTER,
  PRIOR_CHANGE,
  SAME_THING_START,
  SUBSET_CUE,
  THERE_WAS_A_CHANGE,
} from './stage-metric-continues.js';
import {
  AMOUNT_OPENING,
  BRACKET_AFTER_NAME,
  ELLIPSIS_OF,
  FOLLOWED_BY_IN,
  FOR_ECONOMY,
  GROWTH_RIGHT_AFTER,
  LEVEL_REACHED,
  NAME_BRACKET_BEFORE,
  respectivelyRanked,
  SUCCESSOR,
  SUCCESSOR_CHANGE,
  VERB_THEN_BRACKET,
  WITH_AMOUNT,
} from './stage-metric-neighbours.js';
import {
  ALL_BUT_GROUP,
  afterLastColon,
  COUNT_SUBJECT,
  COUNTED_AFTER,
  COVERAGE,
  CUT_OFF_REST,
  FIRM_WORD,
  FROM_TO_BEFORE,
  MACRO_BEFORE,
  NOT_FOREIGN_INVESTMENT_AFTER,
  NOT_TRADE_BEFORE,
  OF_PORT_OR_FIRM,
  OF_THE_TOTAL,
  OF_WHICH_BY_KIND,
  ofGroupWithoutCode,
  PER_HEAD_AFTER,
  PER_YEAR_AFTER,
  RANGE_BEFORE,
  RESPECTIVELY_WORD,
  RESTATED_BEFORE,
  SHARE_OF_ALL_BUT_GROUP,
  TARIFF_AFTER,
  TOGETHER,
  TRANSIT,
  TWO_ECONOMIES_SUBJECT,
} from './stage-not-a-figure.js';
import {
  DEMONSTRATIVE_FLOW_AFTER,
  latestYear,
  MONTH_SPAN,
  OVER_YEARS,
  OVER_YEARS_BEFORE,
  OVER_YEARS_LEADING,
  ofFiscalYear,
  SPAN_TO_LEVEL,
  YEAR_LABEL,
  YEAR_THEN_BRACKET,
  yearsIn,
} from './stage-period.js';
import { COUNTRY_POSSESSIVE, SUBJECT_PRONOUN, TRADER_PRONOUN, withAntecedent } from './stage-subject.js';
import type { Span } from './text-segments.js';

export function attribute(
  text: string,
  q: Quantity,
  clauseFacts: ClauseFacts,
  documentEconomies: string[],
  carried: Carried,
): ExtractedFigure | undefined {
  let facts = withoutAsides(text, q, clauseFacts);
  // "La Belgique est le 8e client du Maroc. Elle est aussi le 9e investisseur étranger dans le Royaume": a rank
  // whose subject is a pronoun ranks the economy the sentence before is about
  const pronoun = q.type === 'rank' ? SUBJECT_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (pronoun && facts.previous && !facts.economies.some((e) => e.end <= q.start)) {
    const antecedent = inSpan(facts.allEconomies, facts.previous).find((e) => !e.adjective);
    const start = facts.clause.start + pronoun.index + (pronoun[0].length - (pronoun[1] ?? '').length);
    if (antecedent) facts = withAntecedent(facts, antecedent.code, start, (pronoun[1] ?? '').length);
  }
  // "Le Chili est le 7e client du Kenya. Il achète 2,6 % des exportations kényanes": a pronoun subject of
  // a verb only a trader takes (absorbs, buys, ships) is the economy the sentence before, or the clause before, is
  // about; a flow taken up by a pronoun ("Elles ont progressé") takes none of these verbs
  const trader =
    q.type !== 'rank' && facts.previous ? TRADER_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (trader) {
    const start = facts.clause.start + trader.index + trader[0].indexOf(trader[1] ?? '');
    const subject = (span: Span) =>
      inSpan(facts.allEconomies, span).find(
        (e) => !e.adjective && !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
      );
    const antecedent =
      subject({ start: facts.sentence.start, end: facts.clause.start }) ??
      (facts.previous && !PARAGRAPH_BREAK.test(text.slice(facts.previous.end, facts.sentence.start))
        ? subject(facts.previous)
        : undefined);
    if (antecedent) facts = withAntecedent(facts, antecedent.code, start, (trader[1] ?? '').length);
  }
  // "Chile was Kenya's 9th export market … Chile was the country's 14th largest supplier, worth
  // …": "the country's" is the country named before that its clause does not name
  const namedCountry = COUNTRY_POSSESSIVE.exec(text.slice(facts.clause.start, facts.clause.end));
  if (namedCountry) {
    const start = facts.clause.start + namedCountry.index;
    const named = new Set(facts.economies.map((e) => e.code));
    const antecedent = facts.allEconomies
      .filter(
        (e) => e.end <= facts.clause.start && !e.adjective && isCountryOrRegion(e.code) && !named.has(e.code),
      )
      .at(-1);
    if (antecedent)
      facts = {
        ...facts,
        economies: withMentions(facts.economies, [
          {
            code: antecedent.code,
            start,
            end: start + namedCountry[0].length,
            adjective: false,
            possessive: true,
          },
        ]),
      };
  }
  const lead = text.slice(Math.max(facts.clause.start, q.start - 60), q.start);
  const tail = text.slice(q.end, q.end + 60);
  if (q.type === 'percent' && (TARIFF_CUES.test(lead) || TARIFF_AFTER.test(tail))) return undefined;
  // "avec un PIB de 4 200 milliards de dollars", "a GDP of": macro figures are no trade figures
  if (MACRO_BEFORE.test(lead)) return undefined;
  // "la dette publique (+2,3 à 9,4 milliards)", "tourism receipts fell 5.1 per cent", "12.4% of firms",
  // "the count of new plants rose by 6.3%", "65 euros par habitant": public finance, tourism and remittances,
  // counts and per-head amounts are no trade figures
  const clauseLead = text.slice(facts.clause.start, q.start);
  if (
    NOT_TRADE_BEFORE.test(lead) ||
    (q.type === 'percent' && (COUNTED_AFTER.test(tail) || COUNT_SUBJECT.test(clauseLead))) ||
    (q.type === 'money' && PER_HEAD_AFTER.test(tail))
  )
    return undefined;
  // "non-EU markets (up 11.2% to £210.4bn)", "FDI to central Africa rose 14 percent": a group with no code
  // of its own is never mapped to a larger one
  if (ofGroupWithoutCode(text, q, facts)) return undefined;
  // "… 12 billion euros of misce", "from $777": a figure the excerpt cuts off, or cuts right after
  // (a short line ending the text, "Peru: 412", is a complete item)
  // … but an amount whose scale or unit ends the text is whole: "passant de 8,3 milliards en 2018 à 5,6 milliards"
  if (
    text.length - q.end <= 10 &&
    CUT_OFF_REST.test(text.slice(q.end)) &&
    (q.end < text.length ||
      (q.start - text.lastIndexOf('\n', q.start) > 60 && /\d$/.test(text.slice(q.start, q.end))))
  )
    return undefined;
  // "croître de 5 à 7 % par an": a range states no one figure
  // (… but "respectivement de 17 % et 5 %" lists two, and "est passée de 3,1 % à 5,6 %", "fell from 26 % to 22.5 %"
  // is a move from one level to another)
  if (
    q.type === 'percent' &&
    RANGE_BEFORE.test(lead) &&
    !RESPECTIVELY_WORD.test(text.slice(facts.clause.start, q.start)) &&
    !(FROM_TO_BEFORE.test(lead) && !PER_YEAR_AFTER.test(text.slice(q.end, q.end + 20)))
  )
    return undefined;
  // "Bilateral trade reached 4.06 billion euros, with Belgian exports accounting for about two thirds of the
  // total" (or in the next sentence, or the next paragraph of a story about that pair): how a pair's trade
  // splits between its sides is no share of either economy's trade
  const pair = carried.pair;
  if (
    q.type === 'percent' &&
    OF_THE_TOTAL.test(text.slice(q.end, q.end + 24)) &&
    // (an investment's share of the total is of the host's investment, not of the pair's trade)
    !facts.metrics.some((m) => m.metric === 'fdi') &&
    ((carried.lastFigure?.metric === 'bilateral_trade' && carried.lastFigure.start >= facts.sentence.start) ||
      (pair !== undefined &&
        /^[^.;]*?(?:total|volume)\s*(?:[.;,)]|$)/.test(text.slice(q.end, q.end + 24)) &&
        facts.economies.length >= 2 &&
        facts.economies.every((e) => pair.includes(e.code))))
  ) {
    return undefined;
  }
  // "Exports to non-EU countries fell by 5.1%": a partner that is everyone but a group has no code
  if (ALL_BUT_GROUP.test(text.slice(facts.clause.start, q.start))) return undefined;
  // "1,6 % des exportations belges hors Union européenne": a share of such a flow neither
  if (
    q.type === 'percent' &&
    SHARE_OF_ALL_BUT_GROUP.test(text.slice(q.end, Math.min(facts.sentence.end, q.end + 80)))
  )
    return undefined;
  // "90 milliards de dollars d'investissements privés": an amount of private or public investment is no FDI
  if (q.type === 'money' && NOT_FOREIGN_INVESTMENT_AFTER.test(text.slice(q.end, q.end + 50)))
    return undefined;
  // "le port d'Anvers est la porte d'entrée de 60 % des exportations": what passes through a port is no share
  if (q.type === 'percent' && TRANSIT.test(lead)) return undefined;
  // coverage ratios ("le taux de couverture … à 64 %") are not trade figures
  if (q.type === 'percent' && COVERAGE.test(text.slice(facts.clause.start, q.start))) return undefined;
  // "qui absorbent ensemble plus de la moitié", "samen nemen die drie buurlanden 45 procent": a share of
  // several economies together is not one flow's
  // "Le Chili et la Bolivie représentent à eux deux plus du tiers du commerce": two economies' joint share
  if (
    q.type === 'percent' &&
    !RESPECTIVELY_WORD.test(text.slice(facts.sentence.start, q.end + 20)) &&
    TWO_ECONOMIES_SUBJECT.test(text.slice(facts.clause.start, q.start)) &&
    facts.economies.filter((e) => !e.adjective && e.end <= q.start).length >= 2
  ) {
    return undefined;
  }
  // (… but the items a colon then lists are each their own: "à eux deux 90 % : 45 % pour l'un et 45 % pour l'autre")
  if (
    q.type === 'percent' &&
    TOGETHER.test(afterLastColon(text.slice(facts.clause.start, q.start))) &&
    !GROWTH_CUES.test(text.slice(Math.max(facts.clause.start, q.start - 30), q.start))
  ) {
    return undefined;
  }
  if (
    q.type === 'money' &&
    (ABSOLUTE_CHANGE_BEFORE.test(lead) || ABSOLUTE_CHANGE_AFTER.test(text.slice(q.end, q.end + 30)))
  )
    return undefined;
  if (q.type === 'money' && OF_WHICH_BY_KIND.test(lead)) return undefined;
  if (q.type === 'money' && (RESTATED_BEFORE.test(lead) || isChangeAfterGrowth(text, q, facts)))
    return undefined;
  // "Le secteur automobile, premier exportateur du pays", "the automotive sector remained the top exporter",
  // "Flanders is Belgium's largest exporter": a sector's, a firm's or a region's rank among the exporters of an
  // economy ranks no economy in its trade
  if (q.type === 'rank' && isTraderRank(text, q)) {
    const subject = text.slice(facts.clause.start, q.start);
    // the region before the rank, its country after it ("Flanders is Belgium's largest exporter")
    const partOfOwner = facts.economies.some(
      (region) =>
        region.code.includes('-') &&
        region.end <= q.start &&
        facts.economies.some((e) => e.start >= q.end && region.code.startsWith(`${e.code}-`)),
    );
    if (SECTOR_WORD.test(subject) || FIRM_WORD.test(subject) || partOfOwner) return undefined;
  }
  // "de vierde Afrikaanse handelspartner van de haven", "le premier client du port": a port's or a firm's list
  if (q.type === 'rank' && OF_PORT_OR_FIRM.test(text.slice(q.end, q.end + 40))) return undefined;
  // "Longtemps premier partenaire": a rank held before is not recorded, but still tells whose the amounts after it
  // are; "premier client du Maroc pour le poulpe" ranks the trade in that product, recorded with its sector (one
  // named by a common noun, "its largest supplier of the delicacy", names no sector and is withheld too)
  const product = q.type === 'rank' ? productRanked(text, q) : undefined;
  const withheld = q.type === 'rank' && (product === null || FORMERLY.test(lead));
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
  const item = q.type === 'rank' ? undefined : listItem(text, q, facts, documentEconomies);
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
    const after = facts.metrics.find(
      (m) => m.start >= q.end && LIST_HEAD_AFTER.test(text.slice(q.end, m.start)),
    );
    if (after) metric = after.metric;
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
  const last = carried.lastFigure ?? storyTarget ?? referredBack;
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
    return undefined;
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
  // "le troisième fournisseur du Royaume, avec des ventes de 72,5 milliards": the amount is the ranked flow
  const ofRank =
    (q.type === 'money' || q.type === 'percent') &&
    last?.measure === 'rank' &&
    // (the clause may end at the comma before "avec": "le 10e fournisseur du Pérou, avec une part de 1,2 %")
    last.start >= facts.sentence.start &&
    WITH_AMOUNT.test(text.slice(last.end, q.start));
  if (ofRank && last) metric = last.metric;
  // "3,2 miljard sol (€ 790 miljoen)": an amount in brackets right after an amount in another currency is that
  // figure again
  const inOtherCurrency =
    q.type === 'money' &&
    last?.measure === 'value' &&
    last.unit !== q.unit &&
    last.start >= facts.clause.start &&
    CURRENCY_TWIN_BETWEEN.test(text.slice(last.end, q.start));
  if (inOtherCurrency && last) metric = last.metric;
  // "…, devant la France (32,1 milliards)": an amount in brackets after an economy is that economy's share of
  // the flow the sentence has just stated (a rival's; the clause's own partner keeps the clause's reading: "exports go
  // to four countries: Chile (51.3%), Peru (15.7%)")
  const head = carried.bracketHead;
  const bracketed =
    q.type !== 'rank' &&
    head &&
    head.start >= facts.sentence.start &&
    head.measure === (q.type === 'money' ? 'value' : 'share')
      ? facts.allEconomies.find(
          (e) => e.end <= q.start && BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)),
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
    return undefined;
  // "Brussel voerde 96 miljoen euro uit naar Marokko. Vlaanderen (1,62 miljard euro) en Wallonië (398 miljoen
  // euro) …": an amount in brackets after a sibling region of the flow before is that region's flow
  const sibling =
    !bracketed && !metricMention && q.type === 'money' && last?.measure === 'value' && last.from.includes('-')
      ? facts.allEconomies.find(
          (e) =>
            e.end <= q.start &&
            BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)) &&
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
  const ellipsis =
    !metricMention && last && ELLIPSIS_OF.test(afterLastComma(text.slice(facts.clause.start, q.start)))
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
  if (!metric) return undefined;
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

  if (
    q.type === 'money' &&
    metric !== 'trade_balance' &&
    PLUS_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))
  )
    return undefined;

  let measure: Measure = q.type === 'money' ? 'value' : q.type === 'rank' ? 'rank' : 'share';
  let value = q.value;
  const trailing = TRAILING_GROWTH.exec(text.slice(q.end, Math.min(facts.clause.end, q.end + 30)));
  // "de invoer uit Marokko met 8 procent tot 1,32 miljard euro": "by X % to Y" is a change even when its verb
  // is left out
  const byTo = BY_BEFORE.test(lead) && TO_AMOUNT_AFTER.test(text.slice(q.end, q.end + 24));
  // "lower shipments of telecom equipment, which made up 38% of the total": a verb of share nearer than the cue
  // "Het aandeel van chemie … steeg daarmee tot 25 procent": a share risen to a level is that level
  // … and so is one it fell from ("the share of its imports from Asia fell from 41.7 %"), and a percentage
  // of a total flow ("from 26 % of total exports to 22.5 %", "(6 % des échanges totaux)") whatever the verb
  const shareLevel =
    q.type === 'percent' &&
    (((LEVEL_TO_BEFORE.test(lead) ||
      (SHARE_FROM_BEFORE.test(lead) && SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))) &&
      SHARE_NOUN.test(text.slice(facts.clause.start, q.start))) ||
      OF_TOTAL_FLOW_AFTER.test(text.slice(q.end, q.end + 60)));
  const shareVerbNearer =
    shareLevel ||
    (q.type === 'percent' &&
      !trailing &&
      SHARE_VERB_BEFORE.test(lead) &&
      lastIndexOf(SHARE_VERB_G, lead) >
        lastIndexOf(
          GROWTH_CUES_G,
          lead.replace(SHARE_VERB_G, (v) => ' '.repeat(v.length)),
        ));
  // "de terugval van de farma-export, die bijna 40 procent van de export uitmaakt": a change named before a
  // relative pronoun is the main clause's, not the figure's
  const relative = lastIndexOf(RELATIVE_G, lead);
  const ownLead = relative >= 0 ? lead.slice(relative) : lead;
  // "a visible trade deficit of HK$317.1 billion, equivalent to 6.4% of the value of imports": a balance set
  // against a flow or the GDP is a ratio, not a share of trade
  if (
    metric === 'trade_balance' &&
    q.type === 'percent' &&
    RATIO_OF_AFTER.test(text.slice(q.end, q.end + 50))
  )
    return undefined;
  // "nam de export naar Chili met 10,4 % af", "min 14 procent": a change told after the figure, or by a sign word
  const clauseEnd =
    q.type === 'percent'
      ? CLAUSE_END_CHANGE.exec(
          text.slice(q.end, Math.min(facts.sentence.end, q.end + 80)).replace(/\([^()]*\)/g, ''),
        )
      : null;
  const signWord = q.type === 'percent' ? SIGN_WORD_BEFORE.exec(lead) : null;
  if (
    q.type === 'percent' &&
    !shareVerbNearer &&
    (GROWTH_CUES.test(ownLead) || /[+−-]\s*$/.test(lead) || trailing || byTo || clauseEnd || signWord)
  ) {
    measure = 'growth';
    // the cue nearest the figure decides: "daalde met 10 procent, die naar Marokko steeg met 9 procent"; a growth
    // word right after it, or a sign, decides first
    // ("fell at an average yearly growth rate of 0,73 %": the rate's noun is no rise)
    const cueLead = lead.replace(RATE_NOUN, (v) => ' '.repeat(v.length));
    const declined = lastIndexOf(DECLINE_G, cueLead);
    const negative = trailing
      ? trailing[1] !== undefined
      : signWord || /[+−-]\s*$/.test(lead)
        ? signWord?.[1] !== undefined || /[−-]\s*$/.test(lead)
        : clauseEnd && !GROWTH_CUES.test(ownLead)
          ? clauseEnd[1] !== undefined
          : declined >= 0 && declined >= lastIndexOf(RISE_G, cueLead) && !RATES_FROM_TO.test(clauseLead);
    if (negative) value = -Math.abs(value);
  }
  // "ont progressé de 41 %, et les wallonnes de 18 %": the verb left out is the one before, and so is its sign
  // … also with no economy of its own: "steeg de uitvoer met 4 procent en de invoer met 6,5 procent"
  if (
    q.type === 'percent' &&
    measure === 'share' &&
    last?.measure === 'growth' &&
    (elliptical ||
      (last.start >= facts.sentence.start && ELLIPTICAL_CHANGE.test(text.slice(last.end, q.start))))
  ) {
    measure = 'growth';
    if (last.value < 0) value = -Math.abs(value);
  }
  // "Les textiles et les machines pèsent plus du tiers": several goods together
  if (measure === 'share') {
    // the goods named since the sentence's last number, or last quantity ("close to half of the total, followed
    // by chemicals (14%)")
    const previousQuantity = facts.quantities.filter((o) => o.end <= q.start).at(-1);
    const window = text.slice(
      Math.max(facts.sentence.start, q.start - 120, previousQuantity?.end ?? 0),
      q.start,
    );
    const lastNumber = window.search(/\d\D*$/);
    const goods = lastNumber >= 0 ? window.slice(lastNumber + 1) : window;
    if (severalGoods(goods) && !RESPECTIVELY_WORD.test(text.slice(q.start - 40, q.start))) return undefined;
  }
  // "Of these, re-exports accounted for 99.6%": how a flow splits by kind, not a share of a total
  if (
    measure === 'share' &&
    metricMention &&
    (REEXPORTS.test(text.slice(Math.max(0, metricMention.start - 3), metricMention.end)) ||
      // "Les réexportations … représentent plus de 90 % des exportations hongkongaises"
      REEXPORTS_SUBJECT.test(text.slice(facts.clause.start, q.start)))
  ) {
    return undefined;
  }
  // "the balance stood at -6.7 bn", "saldo --1,3": a balance written with its minus sign is a deficit
  if (
    measure === 'value' &&
    metric === 'trade_balance' &&
    MINUS_BEFORE.test(text.slice(Math.max(0, q.start - 5), q.start))
  )
    value = -Math.abs(value);
  if (
    measure === 'value' &&
    metric === 'trade_balance' &&
    // (from the noun the balance hangs on: "Het tekort op de handelsbalans", "le déficit de la balance")
    ((metricMention &&
      DEFICIT_WORDS.test(
        text.slice(
          Math.max(facts.clause.start, metricMention.start - 40),
          Math.max(metricMention.end, q.start),
        ),
      )) ||
      (!metricMention && continues && last?.measure === 'value' && last.value < 0))
  ) {
    value = -Math.abs(value);
  }

  const { bound, length: boundLength } =
    q.type === 'rank' ? { bound: 'eq' as Bound, length: 0 } : boundBefore(lead);
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
  const market = metricMention ? marketShareSides(text, metricMention, facts.economies) : undefined;
  const listedDirection = listed?.partner
    ? fillFrom(listed.partner, metric, carried, q, documentEconomies)
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
      usualDirection(carried, metric, q),
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
  // "… le Japon (12,1%), le Chili (12,0%) et la Bolivie (3,8%)": a list item whose own name the clause reads as
  // its partner is not the item before continued
  const ownItem = bracketed !== undefined && stated?.to === bracketed.code;
  // the economy that takes a part: the one it goes to right after it ("16 procent daarvan ging naar Chili, 12
  // procent naar Japan"), else the first of the clause ("L'Inde en absorbe près de la moitié, suivie du Brésil")
  const taker = (
    facts.economies.find(
      (e) => e.code !== last?.from && e.start >= q.end && GOES_TO_BEFORE.test(text.slice(q.end, e.start)),
    ) ?? facts.economies.find((e) => e.code !== last?.from)
  )?.code;
  // "…, et les wallonnes de 18 %": the adjective names the owner of the flow before
  const ellipticalOwner = elliptical && elliptical.code !== last?.to ? elliptical : undefined;
  // the successor takes the place of the economy the flow before was said of: "Wallonië volgt met" after the
  // Flemish part (its owner), "La France suit avec" after Spain as first client (its partner)
  // "le 36e client de la Flandre et le 38e de la Wallonie": the economy after the second position ranks it
  const gappedOwner =
    q.gapped && last?.measure === 'rank'
      ? facts.economies.find((e) => e.start >= q.end && e.start - q.end <= 12 && e.code !== last.to)
      : undefined;
  // "… vers le Chili atteignait 2 milliards. Elle représentait 31 % des exportations péruviennes vers
  // l'Amérique", "This makes up some 40% of their exports to Europe": a share of the flow a pronoun takes up
  // is that flow's, with its partner; a group named in the total after it bounds the total, it is no partner
  const firstInSentence = inSpan(facts.allEconomies, facts.sentence).length
    ? facts.quantities.find((o) => o.start >= facts.sentence.start)
    : undefined;
  const restatedShare =
    last !== undefined &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    measure === 'share' &&
    last.metric === metric &&
    isCountryOrRegion(last.to) &&
    stated !== undefined &&
    isGroup(stated.to) &&
    PRONOUN_START.test(text.slice(facts.sentence.start, q.start)) &&
    !TRADER_PRONOUN.test(text.slice(facts.sentence.start, q.start)) &&
    facts.economies.some(
      (e) => e.code === stated.to && firstInSentence !== undefined && e.start > firstInSentence.start,
    );
  const direction =
    conversely && last
      ? { from: last.to, to: last.from, guessed: 0 }
      : openingAmount && head
        ? { from: head.from, to: head.to, guessed: 0 }
        : gappedOwner && last
          ? { from: gappedOwner.code, to: last.to, guessed: 0 }
          : ellipticalOwner && last
            ? { from: ellipticalOwner.code, to: last.to, guessed: 0 }
            : forEconomy && last
              ? { from: forEconomy.code, to: last.to, guessed: 0 }
              : sibling && last
                ? { from: sibling.code, to: last.to, guessed: 0 }
                : ellipsis && last
                  ? sameFlowWith(last, ellipsis.code, undefined)
                  : successor && last
                    ? successorTakesPartner(text, last, successor.code, facts, q)
                      ? { from: last.from, to: successor.code, guessed: 0 }
                      : { from: successor.code, to: last.to, guessed: 0 }
                    : partOfLast && last
                      ? { from: last.from, to: taker ?? last.to, guessed: 0 }
                      : followedItem && head
                        ? head.metric === 'fdi'
                          ? { from: followedItem.code, to: head.to, guessed: 0 }
                          : { from: head.from, to: followedItem.code, guessed: 0 }
                        : bracketed &&
                            head &&
                            (stated?.to !== bracketed.code ||
                              RIVAL_CUE.test(text.slice(head.end, bracketed.start)))
                          ? sameFlowWith(
                              head,
                              bracketed.code,
                              inSpan(facts.allEconomies, facts.sentence).find((e) => !e.adjective)?.code,
                            )
                          : (continues &&
                                last &&
                                (!stated || stated.guessed > 0) &&
                                !ownItem &&
                                !listed?.partner) ||
                              ((ofRank || growthOfLast || inOtherCurrency || restatedShare) && last)
                            ? { from: last.from, to: last.to, guessed: 0 }
                            : stated;
  if (!direction) return undefined;
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
  // "…, loin derrière la France, premier client avec 17 %": a position set in apposition after a name is that
  // name's, even of a rival
  const apposed =
    q.type === 'rank'
      ? facts.allEconomies.find((e) => e.end <= q.start && APPOSITION.test(text.slice(e.end, q.start)))
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
    const own = facts.allEconomies.find(
      (e) => e.code === flow.to && e.end <= q.start && BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)),
    );
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

  // A clause with no period of its own continues its paragraph ("En 2023, … Les exportations … ont
  // atteint …"); within one sentence only flows do: "… en 2013 représente moins de 1% … et les
  // investissements japonais ne représentent que 0,02%" states a structure, not the 2013 flow.
  // … and a rank or share after a stock at a year's end ("… 1,9 milliard d'euros fin 2024. La Belgique se hisse
  // ainsi au neuvième rang des investisseurs", "Dat is 0,2 procent van …") is of that year
  const inherited =
    measure === 'share'
      ? (carried.paragraphPeriod ?? carried.yearEndPeriod ?? carried.storyPeriod)
      : (carried.sentencePeriod ??
        carried.paragraphPeriod ??
        (measure === 'rank' ? carried.yearEndPeriod : undefined) ??
        carried.storyPeriod);
  // "FY 2022/2023", "2020-21": the months of the fiscal year of the economy that reports the figure
  const periodOf = (p: PeriodMention) =>
    p.fiscal ? ofFiscalYear(p.fiscal, metric, flow, facts.published, inherited) : p.period;
  const { mention: periodMention, period: statedPeriod } = choosePeriod(text, q, facts, inherited, periodOf);
  let period = statedPeriod ?? inherited ?? null;
  // "rose by 12 percent, from $75 million to $84 million": with no period of its own, the amount a change
  // starts from is of the same months a year before
  // (a period of the clause, not one right after the amount: "kende vorig jaar een groei doordat het
  // volume van 48 miljard naar 53 miljard steeg")
  const ownPeriod = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
  if (!ownPeriod && period && isChangeBase(text, q) && /^\d{4}(?:-\d\d(?:\/\d{4}-\d\d)?)?$/.test(period))
    period = yearBefore(period);
  // "De export is dit jaar 60 procent minder" in a story of the first eight months of this year: those months
  if (
    periodMention?.thisYear &&
    inherited &&
    MONTH_SPAN.test(inherited) &&
    inherited.startsWith(`${periodMention.period}-01/${periodMention.period}-`)
  )
    period = inherited;
  // "grew from $41 million last year to $63 million" in a story of the first ten months of a year: the same
  // months a year before
  if (periodMention?.lastYear && inherited && MONTH_SPAN.test(inherited) && isChangeBase(text, q)) {
    const before = yearBefore(inherited);
    if (before.endsWith(`${periodMention.period}-${before.slice(-2)}`)) period = before;
  }
  // "Chemische producten zijn goed voor een vijfde van die uitvoer", "30 % de ces exportations": a part of the
  // flow just named, even across a paragraph break, is of its period
  const referred = DEMONSTRATIVE_FLOW_AFTER.test(text.slice(q.end, q.end + 40))
    ? (carried.lastFigure ?? carried.lastBeforeBreak)
    : undefined;
  if (referred && !statedPeriod && referred.period) period = referred.period;
  // "Sinds 2019 groeide de export met 38 procent" in a story of 2023's figures: up to that year
  const storyYear = carried.storyPeriod?.slice(0, 4);
  if (
    periodMention?.since &&
    // a change is measured on full years; an amount committed "since 2020" runs to the day of writing
    measure === 'growth' &&
    period &&
    storyYear &&
    /^\d{4}\/\d{4}$/.test(period) &&
    storyYear > period.slice(0, 4)
  )
    period = `${period.slice(0, 4)}/${storyYear}`;
  // "… bedroeg 812 miljoen euro (2022: 745 miljoen euro)": a year that opens a bracket is the bracket's
  if (
    periodMention &&
    periodMention.start > q.end &&
    /^[^\d(]*\(\s*$/.test(text.slice(q.end, periodMention.start)) &&
    /^\s*:/.test(text.slice(periodMention.end, periodMention.end + 3))
  ) {
    period = inherited ?? null;
  }
  if (ellipsis && last && !periodMention) period = last.period;
  // "(+12.6 bn against +10.9 bn)": the amount a figure of the same flow is compared with, with no period
  // of its own, is of the year before
  const comparedFigure = carried.lastFigure;
  if (
    !ownPeriod &&
    period &&
    /^\d{4}$/.test(period) &&
    comparedFigure &&
    comparedFigure.start >= facts.sentence.start &&
    comparedFigure.period === period &&
    comparedFigure.metric === metric &&
    comparedFigure.measure === measure &&
    comparedFigure.from === flow.from &&
    comparedFigure.to === flow.to &&
    COMPARISON_BASE_BEFORE.test(
      text.slice(Math.max(facts.clause.start, q.start - boundLength - 20), q.start - boundLength),
    )
  )
    period = yearBefore(period);
  // "2,1 miljard euro meer dan in 2016, of 11,4% meer": with no period at all, a change against a year is
  // of the year after it
  if (!period && (measure === 'growth' || measure === 'value')) {
    const base = facts.periods.find((p) => p.comparison && !p.since && /^\d{4}$/.test(p.period));
    if (base) period = String(Number(base.period) + 1);
  }
  // "(17,2 % des exportations ; +3,1 p.p. depuis 2014)": a "since" right after another number is that number's
  if (
    periodMention?.since &&
    (periodMention.start < q.start || /\d/.test(text.slice(q.end, periodMention.start))) &&
    /\d[^\d]{0,12}$/.test(
      text.slice(Math.max(facts.clause.start, periodMention.start - 14), periodMention.start),
    )
  )
    period = inherited ?? null;
  // "so far" dates an amount accumulated; a share or a change "so far" is the story's
  if (periodMention?.toDate && measure !== 'value') period = inherited ?? null;
  // "Le Maroc, 84e client de Hong Kong, ambitionne de doubler ses ventes d'ici 2028": a rank holds now, not by a
  // horizon the sentence sets for something else
  if (q.type === 'rank' && periodMention?.horizon && periodMention.start > q.end) period = inherited ?? null;
  // "- 2022: 5,05 miljard euro": a list line labelled by its year
  const labelYear = YEAR_LABEL.exec(
    text.slice(text.lastIndexOf('\n', q.start - 1) + 1, q.start - boundLength),
  );
  if (labelYear?.[1]) period = labelYear[1];
  if (q.row && /^(?:19|20)\d\d$/.test(q.row)) period = q.row;
  // "Entre 2014 et 2019, les échanges sont passés de 7,3 à 11,8 milliards": the level it went from is the
  // span's first year; so is the share it went from ("fell from 27.5 % of total imports to 24 %")
  if (
    (q.type === 'money' || measure === 'share') &&
    period &&
    /^\d{4}\/\d{4}$/.test(period) &&
    /(?:^|\s)(?:de|from|van)\s+$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
    (q.type === 'money'
      ? /^\s*(?:à|tot|naar|to)\s+\d/i.test(text.slice(q.end, q.end + 10))
      : SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))
  )
    period = period.slice(0, 4);
  // "Marokko 2021: 1 310": a table row's own year, not the next row's
  if (item) {
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    const own = inSpan(facts.allPeriods, { start: lineStart, end: q.start }).find(
      (p) => !p.comparison && p.period,
    );
    if (own) period = own.period;
  }
  // "zakte van de elfde naar de twaalfde plaats": the position held before is the year before's
  // "une hausse de 6,2 % par rapport à 2022 (2,29 milliards d'euros)": an amount in brackets after a year is that year's
  const yearInFront = YEAR_THEN_BRACKET.exec(
    text.slice(Math.max(0, q.start - boundLength - 12), q.start - boundLength),
  );
  // (the whole base when it is wider than its year: "par rapport au premier semestre 2024 (3,61 Mrd€)")
  if (
    yearInFront?.[1] &&
    q.type !== 'rank' &&
    !(periodMention?.comparison && period?.startsWith(yearInFront[1]))
  )
    period = yearInFront[1];
  // unless a year of its own stands right after it ("de la 9e place en 2019 à la 7e en 2023")
  const ownYear = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
  if (q.formerRank && !ownYear && period) period = yearBefore(period);
  // "a rise of 19% on 2015" in a story of 2019, "In vergelijking met 2013 steeg de uitvoer met 6%": a change
  // against a year further back than the year before covers the span from it (a year-on-year change is the
  // later year's)
  // ("meer dan vijf jaar eerder": five years before the figure's own year)
  const year = measure === 'growth' && period && /^\d{4}$/.test(period) ? Number(period) : undefined;
  // (the base of this change, with no other amount between them: "3 procent meer dan in 2015 en bijna een derde
  // meer dan in 2012")
  const between = (p: PeriodMention) =>
    p.start >= q.end
      ? facts.quantities.some((o) => o !== q && o.start >= q.end && o.end <= p.start)
      : facts.quantities.some((o) => o !== q && o.start >= p.end && o.end <= q.start);
  const base = year
    ? facts.periods
        .filter((p) => !between(p))
        .sort((a, b) => Number(b.start >= q.end) - Number(a.start >= q.end))
        .map((p) =>
          p.yearBefore && p.yearsBack && p.yearsBack > 1
            ? year - p.yearsBack
            : p.comparison && !p.since && /^\d{4}$/.test(p.period)
              ? Number(p.period)
              : undefined,
        )
        .find((y) => y !== undefined)
    : undefined;
  if (year && base && base < year - 1 && base > year - 50) period = `${base}/${year}`;
  // "more than doubled between 2019 and 2023 to HK$4.1 billion": the level reached is the last year's
  const span = period ? /^(\d{4})\/(\d{4})$/.exec(period) : null;
  if (
    span &&
    (q.type === 'money' || measure === 'share') &&
    ((periodMention && SPAN_TO_LEVEL.test(text.slice(periodMention.end, q.start))) ||
      LEVEL_REACHED.test(lead))
  ) {
    period = span[2] ?? period;
  }
  // "une progression de près de 70 % en dix ans": growth over the years before the clause's year
  // … or before it: "is de voorbije vijf jaar met bijna de helft gestegen", "a progressé ces dix dernières années de"
  const years =
    q.type === 'percent'
      ? (OVER_YEARS.exec(text.slice(q.end, q.end + 30)) ??
        OVER_YEARS_BEFORE.exec(text.slice(Math.max(facts.clause.start, q.start - 80), q.start)) ??
        OVER_YEARS_LEADING.exec(text.slice(facts.sentence.start, q.start)))
      : null;
  const yearCount = years ? yearsIn(years[1] ?? years[2] ?? '') : undefined;
  // the end of a span already given ("2019/2024") is the year the change runs to
  const until =
    latestYear(facts.periods) ??
    (period ? Number(/(\d{4})(?:-\d\d)?$/.exec(period)?.[1] ?? period.slice(0, 4)) : undefined);
  // (a change "in ten years" runs from the tenth year back; an average "over the past ten years" covers ten years)
  if (yearCount && until) period = `${until - yearCount + (measure === 'growth' ? 0 : 1)}/${until}`;
  // "had invested 1.1 billion euros in Morocco by the end of 2023": a horizon already passed is an actual
  const reached = latestYearBefore(carried, facts);
  const kind =
    periodMention?.horizon && reached !== undefined && Number(periodMention.period.slice(0, 4)) <= reached
      ? 'actual'
      : kindOf(text, q, facts, periodMention);
  // a forecast with no period of its own ("are forecast to grow at around 4% a year") is for no past year
  if (kind === 'forecast' && !periodMention) period = null;

  const start = q.start - boundLength;
  // "Morocco's share of Hong Kong's total exports to Africa": a member's share of a flow with its group is no
  // share of the group, nor of either economy's trade
  if (
    measure === 'share' &&
    (isGroup(flow.from) || isGroup(flow.to)) &&
    flow.from !== 'WORLD' &&
    flow.to !== 'WORLD' &&
    facts.economies.some(
      (e) => !e.adjective && !isGroup(e.code) && e.code !== flow.from && e.code !== flow.to,
    )
  ) {
    return undefined;
  }
  const metricDistance = metricMention
    ? Math.max(q.start - metricMention.end, metricMention.start - q.end, 0)
    : 0;
  const confidence =
    0.95 -
    0.15 * direction.guessed -
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
      product ??
      (metricMention ? sectorNear(text, metricMention, q) : null) ??
      sectorJustBefore(text, q, facts) ??
      sectorOfPronoun(text, q, facts) ??
      (metricMention
        ? null
        : (goodsIn(afterLastComma(text.slice(facts.clause.start, q.start))) ??
          goodsIn(text.slice(facts.clause.start, q.start)))),
    quote: text.slice(start, q.end),
    start,
    end: q.end,
    sentence: text.slice(facts.sentence.start, facts.sentence.end),
    confidence: Math.round(Math.max(0.05, confidence) * 100) / 100,
    ...(withheld ? { withheld: true } : {}),
    ...(bracketed || followedItem ? { bracketed: true } : {}),
  };
}
