// Attribution, stage 1: not a figure? Tariffs, GDP, counts, ranges, absolute changes, restated amounts, per-head
// amounts … each check a named rule, run in order before the metric is chosen.

import { latin } from '../letters.js';
import { GROWTH_CUES, withWords, words } from '../lexicon.js';
import { firstApplying, type NamedRule, when } from '../rule.js';
import type { Attribution } from './attribute-state.js';
import { COUNTED_AFTER, changeOfCount, saidOfCounted, THRESHOLD_OF_COUNTED } from './count-shares.js';
import { groupPartnerAfter, groupSubject, ofGroupOwner, ofGroupWithoutCode } from './group-without-code.js';
import {
  amountOfTwoTogether,
  COUNTED_ECONOMIES,
  listedAfter,
  TOGETHER,
  TOGETHER_VERB,
} from './joint-shares.js';
import { CHANGE_NOT_A_FIGURE_RULES } from './stage-not-a-figure-changes.js';
import { RANK_NOT_A_FIGURE_RULES } from './stage-not-a-figure-ranks.js';
import { ofTariff } from './tariff-subject.js';

/** A check of stage 1: true when the quantity states no trade figure. */
type NotAFigureRule = NamedRule<Attribution, true>;

/** The checks of stage 1, in order: the first that applies drops the quantity. */
export const NOT_A_FIGURE_RULES: NotAFigureRule[] = [
  {
    name: 'tariff-rate',
    why: 'A percentage of a tariff, duty or tax is a rate, not a share or change of a flow.',
    examples: [
      {
        text: 'Tariffs on Belgian exports to Morocco rose to 12% in 2023.',
        language: 'en',
        noFigure: 12,
      },
    ],
    apply: ({ text, q, facts, lead, tail }) =>
      when(q.type === 'percent' && (ofTariff(text, q, facts, lead) || TARIFF_AFTER.test(tail))),
  },
  {
    // "avec un PIB de 4 200 milliards de dollars", "a GDP of": macro figures are no trade figures
    name: 'gdp-figure',
    why: 'A GDP named before the number is a macro figure, not a trade figure.',
    examples: [
      {
        text: 'Hong Kong exports rose by 4.5% in 2023, with GDP up 3.2%.',
        language: 'en',
        figure: { value: 4.5, measure: 'growth' },
        noFigure: 3.2,
      },
    ],
    apply: ({ lead }) => when(MACRO_BEFORE.test(lead)),
  },
  // "la dette publique (+2,3 à 9,4 milliards)", "tourism receipts fell 5.1 per cent", "12.4% of firms",
  // "the count of new plants rose by 6.3%", "65 euros par habitant": public finance, tourism and remittances,
  // counts and per-head amounts are no trade figures
  {
    name: 'public-finance-tourism-remittances',
    why: 'Debt, spending, tourism receipts and remittances are no trade flows, whatever flow word is near.',
    examples: [
      {
        text: 'Moroccan remittances and exports fell 5.1% in 2023.',
        language: 'en',
        noFigure: -5.1,
      },
    ],
    // (… or right after it: "$10bn worth of trade financing")
    apply: ({ lead, tail }) => when(NOT_TRADE_BEFORE.test(lead) || NOT_TRADE_AFTER.test(tail)),
  },
  {
    name: 'share-of-a-count',
    why: 'A percentage of firms, jobs or people, or of a number of things, is a count, not a share of a flow.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc sont assurées par 12,4 % des entreprises exportatrices.',
        language: 'fr',
        noFigure: 12.4,
      },
    ],
    apply: ({ text, q, facts, tail, clauseLead, carried }) =>
      when(
        q.type === 'percent' &&
          (COUNTED_AFTER.test(tail) ||
            COUNT_SUBJECT.test(clauseLead) ||
            saidOfCounted(text, q, facts) ||
            // (… or a change a pronoun states of the firms the sentence before counted)
            changeOfCount(text, q, facts, carried)),
      ),
  },
  {
    name: 'threshold-of-counted-firms',
    why: 'An amount in a relative clause on counted firms ("firms that exported more than €5,000") defines them.',
    examples: [
      {
        text: 'De telling omvat alleen ondernemingen die voor minstens 10.000 euro naar Canada uitvoerden.',
        language: 'nl',
        noFigure: 10_000,
      },
    ],
    apply: ({ text, q, facts }) =>
      when(q.type === 'money' && THRESHOLD_OF_COUNTED.test(text.slice(facts.sentence.start, q.start))),
  },
  {
    name: 'threshold-restated',
    why: 'A threshold named as a noun ("la barre des 50 milliards"), its sentence stating the level reached, is no level.',
    examples: [
      {
        text: "En 2021, le commerce entre le Chili et la Chine a franchi le cap symbolique de 50 milliards de dollars, pour s'établir à 53 milliards de dollars.",
        language: 'fr',
        figure: { value: 53_000_000_000, metric: 'bilateral_trade' },
        noFigure: 50_000_000_000,
      },
    ],
    apply: ({ q, facts, lead }) =>
      when(
        q.type === 'money' &&
          THRESHOLD_BEFORE.test(lead) &&
          facts.quantities.some((o) => o.type === 'money' && o.start > q.end && o.start < facts.sentence.end),
      ),
  },
  {
    name: 'per-head-amount',
    why: 'An amount per inhabitant or per head is a ratio, not a flow.',
    examples: [
      {
        text: 'Les exportations wallonnes vers le Maroc atteignent 65 euros par habitant.',
        language: 'fr',
        noFigure: 65,
      },
    ],
    apply: ({ q, tail }) => when(q.type === 'money' && PER_HEAD_AFTER.test(tail)),
  },
  {
    // "non-EU markets (up 11.2% to £210.4bn)", "FDI to central Africa rose 14 percent": a group with no code
    // of its own is never mapped to a larger one
    name: 'group-without-code',
    why: 'A figure of a group with no code of its own (central Africa, South America) is never mapped to a larger one.',
    examples: [
      { text: 'Belgian FDI to central Africa rose 14 percent in 2023.', language: 'en', noFigure: 14 },
    ],
    apply: ({ text, q, facts }) => when(ofGroupWithoutCode(text, q, facts)),
  },
  {
    // "The euro area trade balance showed a 4.1 bn euro surplus … exports fell by 0.3%": the group's own flows
    name: 'flow-of-a-group-without-code',
    why: 'A flow a group with no code reports (the euro area’s balance) is the group’s, also in the sentences after it.',
    examples: [
      {
        text: 'The euro area trade balance showed a 4.1 bn euro surplus in March. Exports fell by 0.3% over the month.',
        language: 'en',
        noFigure: 0.3,
      },
    ],
    apply: ({ text, q, facts }) => when(ofGroupOwner(text, q, facts)),
  },
  {
    // "de uitvoer groeide 3 procent richting Noord-Amerika", "up 5% to the Gulf": the group after the figure
    name: 'group-without-code-after',
    why: 'A figure whose partner, named after it, is a group with no code of its own is never mapped to a larger one.',
    examples: [
      {
        text: 'In 2023 steeg de Belgische export met 4 procent naar het Midden-Oosten.',
        language: 'nl',
        noFigure: 4,
      },
    ],
    apply: ({ text, q, facts }) => when(groupPartnerAfter(text, q, facts)),
  },
  {
    // "Euro area trade surplus 12.4 bn euro", "La zone Amérique latine reçoit 3,2 %": the group
    // the sentence opens with, no economy named before the figure
    name: 'group-without-code-subject',
    why: 'A figure of the group without a code that its sentence opens with is never mapped to a larger one.',
    examples: [
      {
        text: "L'Amérique du Sud absorbe 5 % des exportations belges en 2023.",
        language: 'fr',
        noFigure: 5,
      },
    ],
    apply: ({ text, q, facts }) => when(groupSubject(text, q, facts)),
  },
  {
    // "… 12 billion euros of misce", "from $777": a figure the excerpt cuts off, or cuts right after
    // (a short line ending the text, "Peru: 412", is a complete item)
    // … but an amount whose scale or unit ends the text is whole: "passant de 8,3 milliards en 2018 à 5,6 milliards"
    name: 'cut-off-figure',
    why: 'A number the excerpt cuts off, or cuts right after, may be part of a larger one.',
    examples: [
      {
        text: 'In the first nine months of 2023, Belgian exports to Morocco climbed to $777',
        language: 'en',
        noFigure: 777,
      },
    ],
    apply: ({ text, q }) =>
      when(
        text.length - q.end <= 10 &&
          CUT_OFF_REST.test(text.slice(q.end)) &&
          // (a position in digits read with its noun is whole: "Chile came in 4th place in the"; so is a table's cell)
          !(q.column || (q.type === 'rank' && q.rankNoun && /^\d.*\D$/u.test(text.slice(q.start, q.end)))) &&
          (q.end < text.length ||
            (q.start - text.lastIndexOf('\n', q.start) > 60 && /\d$/.test(text.slice(q.start, q.end)))),
      ),
  },
  {
    // "croître de 5 à 7 % par an": a range states no one figure
    // (… but "respectivement de 17 % et 5 %" lists two, and "est passée de 3,1 % à 5,6 %", "fell from 26 % to 22.5 %"
    // is a move from one level to another)
    name: 'range',
    why: 'A range of percentages ("de 5 à 7 %") states no one figure.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc devraient croître de 5 à 7 % par an.',
        language: 'fr',
        noFigure: 7,
      },
    ],
    apply: ({ text, q, facts, lead }) =>
      when(
        q.type === 'percent' &&
          RANGE_BEFORE.test(lead) &&
          !RESPECTIVELY_WORD.test(text.slice(facts.clause.start, q.start)) &&
          !(FROM_TO_BEFORE.test(lead) && !PER_YEAR_AFTER.test(text.slice(q.end, q.end + 20))),
      ),
  },
  {
    // "Bilateral trade reached 4.06 billion euros, with Belgian exports accounting for about two thirds of the
    // total" (or in the next sentence, or the next paragraph of a story about that pair): how a pair's trade
    // splits between its sides is no share of either economy's trade
    name: 'split-of-a-pair-trade',
    why: "How a pair's trade splits between its two sides is no share of either economy's trade.",
    examples: [
      {
        text: 'Bilateral trade between Belgium and Morocco reached 4.06 billion euros in 2023, with Belgian exports accounting for 66% of the total.',
        language: 'en',
        figure: { value: 4_060_000_000, metric: 'bilateral_trade' },
        noFigure: 66,
      },
    ],
    apply: ({ text, q, facts, carried }) => {
      const pair = carried.pair;
      return when(
        q.type === 'percent' &&
          OF_THE_TOTAL.test(text.slice(q.end, q.end + 24)) &&
          // (an investment's share of the total is of the host's investment, not of the pair's trade)
          !facts.metrics.some((m) => m.metric === 'fdi') &&
          ((carried.lastFigure?.metric === 'bilateral_trade' &&
            carried.lastFigure.start >= facts.sentence.start) ||
            (pair !== undefined &&
              TOTAL_OR_VOLUME_AFTER.test(text.slice(q.end, q.end + 24)) &&
              facts.economies.length >= 2 &&
              facts.economies.every((e) => pair.includes(e.code)) &&
              // ("… le premier fournisseur de l'Algérie, avec 7,9 milliards de dollars d'importations, soit 19 % du
              // total": the share of a one-way amount its clause states first)
              !facts.quantities.some(
                (o) => o.type === 'money' && o.end <= q.start && o.start >= facts.clause.start,
              ))),
      );
    },
  },
  {
    // "Exports to non-EU countries fell by 5.1%": a partner that is everyone but a group has no code
    name: 'partner-all-but-a-group',
    why: 'A partner that is everyone but a group (non-EU countries) has no code.',
    examples: [
      {
        text: 'Belgian exports to countries outside the European Union fell by 5.1% in 2023.',
        language: 'en',
        noFigure: -5.1,
      },
    ],
    apply: ({ text, q, facts }) => when(ALL_BUT_GROUP.test(text.slice(facts.clause.start, q.start))),
  },
  {
    // "1,6 % des exportations belges hors Union européenne": a share of such a flow neither
    name: 'share-of-all-but-a-group',
    why: 'A share of a flow with everyone but a group (hors Union européenne) has no partner code either.',
    examples: [
      {
        text: 'Le Maroc absorbe 1,6 % des exportations belges hors Union européenne.',
        language: 'fr',
        noFigure: 1.6,
      },
    ],
    apply: ({ text, q, facts }) =>
      when(
        q.type === 'percent' &&
          SHARE_OF_ALL_BUT_GROUP.test(text.slice(q.end, Math.min(facts.sentence.end, q.end + 80))),
      ),
  },
  {
    // "90 milliards de dollars d'investissements privés": an amount of private or public investment is no FDI
    name: 'private-or-public-investment',
    why: 'An amount of private or public investment is no foreign direct investment.',
    examples: [
      {
        text: "Les IDE au Maroc ont atteint 90 milliards de dollars d'investissements publics en 2023.",
        language: 'fr',
        noFigure: 90_000_000_000,
      },
    ],
    apply: ({ text, q }) =>
      when(q.type === 'money' && NOT_FOREIGN_INVESTMENT_AFTER.test(text.slice(q.end, q.end + 50))),
  },
  {
    // "le port d'Anvers est la porte d'entrée de 60 % des exportations": what passes through a port is no share
    name: 'transit-share',
    why: 'What passes through a port or gateway is no share of an economy’s trade.',
    examples: [
      {
        text: "Le port d'Anvers est la porte d'entrée de 60 % des exportations marocaines vers la Belgique.",
        language: 'fr',
        noFigure: 60,
      },
    ],
    apply: ({ q, lead }) => when(q.type === 'percent' && TRANSIT.test(lead)),
  },
  {
    // coverage ratios ("le taux de couverture … à 64 %") are not trade figures
    name: 'coverage-ratio',
    why: 'A coverage ratio (exports over imports) is no trade figure.',
    examples: [
      {
        text: 'Le taux de couverture des exportations belges vers le Maroc atteint 64 %.',
        language: 'fr',
        noFigure: 64,
      },
    ],
    // (a table's cell is a ratio when its column is, whatever columns the header names beside it)
    apply: ({ text, q, facts }) =>
      when(q.type === 'percent' && COVERAGE.test(q.column ?? text.slice(facts.clause.start, q.start))),
  },
  {
    // "qui absorbent ensemble plus de la moitié", "samen nemen die drie buurlanden 45 procent": a share of
    // several economies together is not one flow's
    // "Le Chili et la Bolivie représentent à eux deux plus du tiers du commerce": two economies' joint share
    name: 'joint-share-of-two-economies',
    why: 'A share two economies hold together is not one flow’s.',
    examples: [
      {
        text: 'Le Chili et la Bolivie représentent 35 % des exportations péruviennes.',
        language: 'fr',
        noFigure: 35,
      },
    ],
    apply: ({ text, q, facts }) =>
      when(
        q.type === 'percent' &&
          !RESPECTIVELY_WORD.test(text.slice(facts.sentence.start, q.end + 20)) &&
          TWO_ECONOMIES_SUBJECT.test(text.slice(facts.clause.start, q.start)) &&
          facts.economies.filter((e) => !e.adjective && e.end <= q.start).length >= 2,
      ),
  },
  {
    // (… but the items a colon then lists are each their own: "à eux deux 90 % : 45 % pour l'un et 45 % pour l'autre")
    name: 'share-held-together',
    why: 'A share several economies hold together ("ensemble", "samen", "combined") is not one flow’s.',
    examples: [
      {
        text: 'Samen nemen Nederland, Frankrijk en Duitsland 45 procent van de Belgische export af.',
        language: 'nl',
        noFigure: 45,
      },
    ],
    // (… and an amount of two economies together: "Spain and Portugal combined ($197bn)")
    apply: ({ text, q, facts }) =>
      when(
        (q.type === 'percent' &&
          TOGETHER.test(afterLastColon(text.slice(facts.clause.start, q.start))) &&
          // ("make up", "account for" are the verbs of a share, no growth)
          !GROWTH_CUES.test(
            text.slice(facts.clause.start, q.start).replace(TOGETHER_VERB, ' ').slice(-30),
          )) ||
          amountOfTwoTogether(text, q, facts),
      ),
  },
  {
    // "half of the cocoa goes to three countries", "40 % vont à trois pays", "de helft naar drie landen"
    name: 'share-to-counted-economies',
    why: 'A share that goes to a counted set of partners ("three countries") is no one partner’s.',
    examples: [
      {
        text: 'About 40 percent of Kenyan exports go to three countries: Uganda, Tanzania and Rwanda.',
        language: 'en',
        noFigure: 40,
      },
    ],
    apply: ({ text, q, facts }) => {
      const after = text.slice(q.end, Math.min(facts.sentence.end, q.end + 120));
      const counted = COUNTED_ECONOMIES.exec(after);
      return when(q.type === 'percent' && counted !== null && !/\d/.test(after.slice(0, counted.index)));
    },
  },
  {
    // "(93.8% of the total decline of imports)", "80 % de la hausse", "de helft van de groei": a part of a change
    name: 'share-of-a-change',
    why: 'A percentage of a rise or fall tells what caused the change, not a share of a flow.',
    examples: [
      {
        text: 'Peruvian imports fell 8% in 2023, fuel accounting for 64% of the total decline.',
        language: 'en',
        figure: { value: -8, measure: 'growth' },
        noFigure: 64,
      },
    ],
    apply: ({ text, q }) =>
      when(q.type === 'percent' && SHARE_OF_CHANGE_AFTER.test(text.slice(q.end, q.end + 50))),
  },
  {
    // "ruim de helft ging naar Duitsland, Zweden en Noorwegen": a share of three partners listed together
    name: 'share-to-listed-economies',
    why: 'A share that goes to three or more partners listed together is no one partner’s.',
    examples: [
      {
        text: 'Ruim 60 procent van de Deense uitvoer ging in 2022 naar Duitsland, Zweden en Noorwegen.',
        language: 'nl',
        noFigure: 60,
      },
    ],
    apply: ({ text, q, facts }) =>
      when(
        q.type === 'percent' &&
          !RESPECTIVELY_WORD.test(text.slice(q.end, facts.sentence.end)) &&
          listedAfter(text, q.end, facts),
      ),
  },
  ...CHANGE_NOT_A_FIGURE_RULES,
  ...RANK_NOT_A_FIGURE_RULES,
];

/** Whether the quantity states no trade figure at all: the first rule of NOT_A_FIGURE_RULES that applies. */
export function notAFigure(s: Attribution): boolean {
  return firstApplying(NOT_A_FIGURE_RULES, s) !== undefined;
}

/** "… soit 28 % du total.": the total or the volume named right after a share, and nothing after it */
const TOTAL_OR_VOLUME_AFTER = new RegExp(
  withWords`^[^.;]*?(?:${(c) => c.notAFigureStage.totalOrVolume})\s*(?:[.;,)]|$)`,
);

const MACRO_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.macro})(?![\p{L}])[^.;,\d]{0,30}$`, 'u'),
);

const TARIFF_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.notAFigureStage.tariffOf})\s+)?(?:[\p{L}-]+\s+)?(?:${(c) => c.notAFigureStage.tariffNouns})(?![\p{L}])`,
    'iu',
  ),
);

const NOT_TRADE_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.notTrade})(?![\p{L}])[^.;\d]{0,40}$`, 'iu'),
);

const NOT_TRADE_AFTER = latin(
  new RegExp(withWords`^[^.;\d]{0,12}?(?<![\p{L}])(?:${(c) => c.notAFigureStage.notTrade})(?![\p{L}])`, 'iu'),
);

/** "la barre des", "de grens van": a threshold right before its amount */
const THRESHOLD_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.thresholdOf})\s+$`, 'iu'),
);

const COUNT_SUBJECT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.numberOf})(?![\p{L}])`, 'iu'),
);

const PER_HEAD_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.notAFigureStage.perHeadPer})\s+(?:${(c) => c.notAFigureStage.perHead})\p{L}*`,
    'iu',
  ),
);

/** The rest of a text that ends mid-sentence: no sentence end, line break nor other number before the cut. */
const CUT_OFF_REST = /^[^.!?…\n\d]*[^.!?…"”»’)\]\s\d]$|^$/;

const afterLastColon = (s: string) => s.slice(s.lastIndexOf(':') + 1);

/** "of which re-exports accounted for HK$2.28 billion": how a flow splits by kind, not a flow of its own */

const COVERAGE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.coverage})(?![\p{L}])`, 'iu'),
);

const ALL_BUT_GROUP = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.allButPartner})\s+(?:${(c) => c.notAFigureStage.allButArticles})?(?:(?:${(c) => c.notAFigureStage.countries})\s+)?(?:${(c) => c.notAFigureStage.nonEU}|${(c) => c.notAFigureStage.nonEuropean}|(?:${(c) => c.notAFigureStage.outside})(?:\s+(?:${(c) => c.notAFigureStage.outsideOf}))?\s+(?:${(c) => c.notAFigureStage.outsideArticles})?(?:${(c) => c.notAFigureStage.europeanUnion}|${(c) => c.notAFigureStage.europe}))(?![\p{L}])`,
    'iu',
  ),
);

const SHARE_OF_ALL_BUT_GROUP = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.notAFigureStage.shareOf})(?:\p{L}+\s+){0,3}?(?:${(c) => c.notAFigureStage.nonEU}|(?:${(c) => c.notAFigureStage.outside})(?:\s+(?:${(c) => c.notAFigureStage.outsideOf}))?\s+(?:${(c) => c.notAFigureStage.outsideArticles})?(?:${(c) => c.notAFigureStage.europeanUnion}))(?![\p{L}])`,
    'iu',
  ),
);

const TRANSIT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.transit})(?![\p{L}])`, 'iu'),
);

const OF_THE_TOTAL = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.notAFigureStage.ofTheTotal})(?![\p{L}])(?!\s+(?:${(c) => c.notAFigureStage.ofTheTotalOf})\s)`,
    'iu',
  ),
);

const SHARE_OF_CHANGE_AFTER = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.notAFigureStage.shareOfChange})(?![\p{L}])`, 'iu'),
);

/** "Of this £3.9 billion, …", "Sur ce total de 22,7 milliards": an amount stated before, referred back to. */

const FROM_TO_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.rangeFrom})\s+\d+(?:[.,]\d+)?\s*(?:%|${(c) => c.notAFigureStage.percentWords})[^\d]{0,30}?(?:${(c) => c.quantities.rangeTo})\s*$`,
    'iu',
  ),
);

const PER_YEAR_AFTER = latin(
  new RegExp(withWords`^\s*(?:%\s*)?(?:${(c) => c.notAFigureStage.perYear})`, 'iu'),
);

const RANGE_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.rangeFrom})\s+\d+(?:[.,]\d+)?\s*(?:%|${(c) => c.notAFigureStage.percentWords})?\s*(?:${(c) => c.notAFigureStage.rangeTo}|-|–)\s*$`,
    'iu',
  ),
);

const NOT_FOREIGN_INVESTMENT_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.notAFigureStage.investmentOf})?(?:${(c) => c.notAFigureStage.investments})\s+(?:${(c) => c.notAFigureStage.notForeign})(?![\p{L}])`,
    'iu',
  ),
);

export const RESPECTIVELY_WORD = new RegExp(
  words((c) => c.respectively.words),
  'i',
);

const TWO_ECONOMIES_SUBJECT = latin(
  new RegExp(
    withWords`^\s*(?:[^,;]{0,30},\s*)?(?:${(c) => c.notAFigureStage.articles})?\p{Lu}[\p{L}'’ -]{1,30}?\s+(?:${(c) => c.lists.and})\s+(?:${(c) => c.notAFigureStage.articles})?\p{Lu}[\p{L}'’ -]{1,30}?\s+(?:${(c) => c.notAFigureStage.togetherVerbs})`,
    'u',
  ),
);
