// Attribution, stage 3: measure and sign. A value, a share, a growth (its decline words decide the sign), a rank.

import type { Bound, Measure } from '../../figure.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import {
  boundBefore,
  CLAUSE_END_CHANGE,
  DECLINE_CUES,
  DEFICIT_WORDS,
  GROWTH_CUES,
  PLUS_BEFORE,
  SIGN_WORD_BEFORE,
  TRAILING_GROWTH,
  withWords,
} from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { firstApplying, type NamedRule, when } from '../rule.js';
import { startsWithPronoun } from './attribute-leads.js';
import type { Attribution, ChosenMetric, Measured } from './attribute-state.js';
import { SHARE_VERB } from './cues.js';
import { lastIndexOf } from './metrics.js';
import { severalGoods } from './sectors.js';
import { RESPECTIVELY_WORD } from './stage-not-a-figure.js';

/** The measure (value, share, growth, rank), the signed value and the bound; undefined when it is no figure. */
export function measureAndSign(s: Attribution, c: ChosenMetric): Measured | undefined {
  const { text, q, facts, lead } = s;
  const { metric, metricMention, last, elliptical, continues } = c;
  if (firstApplying(NOT_A_MEASURED_FIGURE_RULES, { s, c }) !== undefined) return undefined;
  let { measure, value } = growthOrShare(s);
  // "ont progressé de 41 %, et les wallonnes de 18 %": the verb left out is the one before, and so is its sign
  // … also with no economy of its own: "steeg de uitvoer met 4 procent en de invoer met 6,5 procent"
  if (
    q.type === 'percent' &&
    measure === 'share' &&
    last?.measure === 'growth' &&
    (elliptical ||
      (last.start >= facts.sentence.start &&
        (ELLIPTICAL_CHANGE.test(text.slice(last.end, q.start)) ||
          PAIRED_AND.test(text.slice(last.end, q.start)))))
  ) {
    measure = 'growth';
    if (last.value < 0) value = -Math.abs(value);
  }
  // "In 2018 … 4,1 procent uit van de totale uitvoer. In 2022 was dit gedaald tot 3,6 procent": the level a pronoun
  // moved to, after the share it continues, is that share at a later date
  if (
    q.type === 'percent' &&
    measure === 'growth' &&
    last?.measure === 'share' &&
    !metricMention &&
    LEVEL_TO_BEFORE.test(lead) &&
    startsWithPronoun(text.slice(facts.clause.start, q.start))
  ) {
    measure = 'share';
    value = Math.abs(value);
  }
  if (measure === 'share' && firstApplying(NOT_A_SHARE_RULES, { s, c }) !== undefined) return undefined;
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

  let stated = q.type === 'rank' ? { bound: 'eq' as Bound, length: 0 } : boundBefore(lead);
  // "La part … est de 70 % environ": a hedge right after the figure
  if (stated.bound === 'eq' && q.type !== 'rank' && ABOUT_AFTER.test(text.slice(q.end, q.end + 12)))
    stated = { bound: 'approx', length: 0 };
  const { bound, length: boundLength } =
    stated.bound !== 'eq' && firstApplying(NOT_A_BOUND_RULES, { s, c, boundLength: stated.length })
      ? { bound: 'eq' as Bound, length: 0 }
      : stated;
  return { measure, value, bound, boundLength };
}

/** Checks of stage 3 for a bound: true when "more than", "meer dan" before the amount is no bound of it. */
export const NOT_A_BOUND_RULES: Array<NamedRule<MeasureRuleInput & { boundLength: number }, true>> = [
  {
    // "Het gaat om 9 procent meer dan de 118 miljard euro van 2013": the amount is the base the change is counted from
    name: 'base-of-a-percentage-more',
    why: 'After a percentage, "meer dan de", "more than the" name the base of a change, stated exactly.',
    examples: [
      {
        text: 'De Belgische bedrijven voerden in 2021 voor 12 miljard euro uit naar Marokko. Dat is 6 procent meer dan de 11,3 miljard euro in 2020.',
        language: 'nl',
        figure: { value: 11_300_000_000, bound: 'eq', period: '2020' },
      },
    ],
    apply: ({ s: { q, facts }, boundLength }) =>
      when(
        facts.quantities.some(
          (o) => o.type === 'percent' && o.end <= q.start - boundLength && q.start - boundLength - o.end <= 2,
        ),
      ),
  },
];

/**
 * "… d'avions (+840 M$), de camions (+356 M$) ainsi que de moteurs (276 M$)": a bracketed amount after a bracketed
 * amount with a plus sign in its sentence is a change too, its sign left out.
 */
function signedListItem(text: string, q: Quantity, facts: ClauseFacts): boolean {
  if (!/\(\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start))) return false;
  const before = facts.quantities.filter(
    (o) => o.type === 'money' && o.end <= q.start && o.start >= facts.sentence.start,
  );
  const prev = before.at(-1);
  return prev !== undefined && SIGNED_IN_BRACKET.test(text.slice(Math.max(0, prev.start - 4), prev.start));
}

const SIGNED_IN_BRACKET = /\(\s*\+\s*$/;

/** What a rule of stage 3 reads: the quantity in its clause and its metric. */
interface MeasureRuleInput {
  s: Attribution;
  c: ChosenMetric;
}

/** Checks of stage 3 before the measure: true when the quantity, with its metric, states no figure. */
export const NOT_A_MEASURED_FIGURE_RULES: Array<NamedRule<MeasureRuleInput, true>> = [
  {
    name: 'amount-after-plus',
    why: 'An amount written with a plus sign ("+520 M$"), or listed in brackets after one, is a change; only a balance carries its sign as a level.',
    examples: [
      {
        text: 'Les exportations belges vers le Maroc ont atteint 2,1 milliards d’euros (+ 520 millions d’euros).',
        language: 'fr',
        figure: { value: 2_100_000_000, metric: 'exports' },
        noFigure: 520_000_000,
      },
      {
        text: "Les exportations belges vers le Maroc ont progressé de 5 % en 2023, surtout celles de machines (+120 millions d'euros) et de produits chimiques (80 millions d'euros).",
        language: 'fr',
        figure: { value: 5, measure: 'growth' },
        noFigure: 80_000_000,
      },
    ],
    apply: ({ s: { text, q, facts }, c: { metric } }) =>
      when(
        q.type === 'money' &&
          metric !== 'trade_balance' &&
          (PLUS_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start)) || signedListItem(text, q, facts)),
      ),
  },
  {
    // "a visible trade deficit of HK$317.1 billion, equivalent to 6.4% of the value of imports": a balance set
    // against a flow or the GDP is a ratio, not a share of trade
    name: 'balance-as-a-ratio',
    why: 'A balance set against a flow or the GDP ("equivalent to 6.4% of imports") is a ratio, not a share of trade.',
    examples: [
      {
        text: "Le déficit commercial du Maroc avec la Belgique atteint 1,2 milliard d'euros, soit 31 % de la valeur des importations.",
        language: 'fr',
        figure: { value: -1_200_000_000, metric: 'trade_balance' },
        noFigure: 31,
      },
    ],
    apply: ({ s: { text, q }, c: { metric } }) =>
      when(
        metric === 'trade_balance' &&
          q.type === 'percent' &&
          RATIO_OF_AFTER.test(text.slice(q.end, q.end + 50)),
      ),
  },
];

/** Checks of stage 3 for a share: true when the share is no share of one flow. */
export const NOT_A_SHARE_RULES: Array<NamedRule<MeasureRuleInput, true>> = [
  {
    // "Les textiles et les machines pèsent plus du tiers": several goods together
    name: 'share-of-several-goods',
    why: 'A share several goods hold together ("Les textiles et les machines pèsent 35 %") is no one flow’s.',
    examples: [
      {
        text: 'Les textiles et les machines pèsent 35 % des exportations belges vers le Maroc.',
        language: 'fr',
        noFigure: 35,
      },
    ],
    apply: ({ s: { text, q, facts } }) => {
      // the goods named since the sentence's last number, or last quantity ("close to half of the total, followed
      // by chemicals (14%)")
      const previousQuantity = facts.quantities.filter((o) => o.end <= q.start).at(-1);
      const window = text.slice(
        Math.max(facts.sentence.start, q.start - 120, previousQuantity?.end ?? 0),
        q.start,
      );
      const lastNumber = window.search(/\d\D*$/);
      const goods = lastNumber >= 0 ? window.slice(lastNumber + 1) : window;
      // (… but not a figure each of them holds: "le poisson et le café (6 % chacun)", "(both 6%)")
      const each =
        EACH_AFTER.test(text.slice(q.end, q.end + 16)) || BOTH_BEFORE.test(text.slice(q.start - 12, q.start));
      return when(severalGoods(goods) && !each && !RESPECTIVELY_WORD.test(text.slice(q.start - 40, q.start)));
    },
  },
  {
    // "Of these, re-exports accounted for 99.6%": how a flow splits by kind, not a share of a total
    name: 're-export-split',
    why: 'The part of a flow that is re-exports is how it splits by kind, not a share of a partner.',
    examples: [
      {
        text: 'Les réexportations représentent plus de 90 % des exportations hongkongaises vers la Belgique.',
        language: 'fr',
        noFigure: 90,
      },
    ],
    apply: ({ s: { text, q, facts }, c: { metricMention } }) =>
      when(
        metricMention !== undefined &&
          (REEXPORTS.test(text.slice(Math.max(0, metricMention.start - 3), metricMention.end)) ||
            // "Les réexportations … représentent plus de 90 % des exportations hongkongaises"
            REEXPORTS_SUBJECT.test(text.slice(facts.clause.start, q.start))),
      ),
  },
];

/** A percentage's measure, growth or share, and the sign of a growth. */
function growthOrShare(s: Attribution): { measure: Measure; value: number } {
  const { text, q, facts, lead, clauseLead } = s;
  // a cell of a table of changes ("(% verandering t.o.v. een jaar eerder)\nAzië -24") is a growth, signed
  if (q.change) return { measure: 'growth', value: q.value };
  let measure: Measure = q.type === 'money' ? 'value' : q.type === 'rank' ? 'rank' : 'share';
  let value = q.value;
  const trailing = TRAILING_GROWTH.exec(text.slice(q.end, Math.min(facts.clause.end, q.end + 30)));
  // "de invoer uit Marokko met 8 procent tot 1,32 miljard euro": "by X % to Y" is a change even when its verb
  // is left out
  const byTo = BY_BEFORE.test(lead) && TO_AMOUNT_AFTER.test(text.slice(q.end, q.end + 24));
  // "Volgens Statbel steeg de Belgische export naar Duitsland in het derde kwartaal met 2,4 %": "by X %" after a
  // change verb of its clause that stands further back than the lead, with no other figure between
  const byChangeOfClause =
    q.type === 'percent' &&
    BY_BEFORE.test(lead) &&
    !facts.quantities.some((o) => o !== q && o.end <= q.start && o.start >= facts.clause.start) &&
    GROWTH_CUES.test(clauseLead);
  // "lower shipments of telecom equipment, which made up 38% of the total": a verb of share nearer than the cue
  // "Het aandeel van chemie … steeg daarmee tot 25 procent": a share risen to a level is that level
  // … and so is one it fell from ("the share of its imports from Asia fell from 41.7 %"), and a percentage
  // of a total flow ("from 26 % of total exports to 22.5 %", "(6 % des échanges totaux)") whatever the verb
  const shareLevel =
    q.type === 'percent' &&
    (((LEVEL_TO_BEFORE.test(lead) ||
      (SHARE_FROM_BEFORE.test(lead) && SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))) &&
      SHARE_NOUN.test(text.slice(facts.clause.start, q.start))) ||
      OF_TOTAL_FLOW_AFTER.test(text.slice(q.end, q.end + 60)) ||
      shareBase(s));
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
  // "nam de export naar Chili met 10,4 % af", "min 14 procent": a change told after the figure, or by a sign word
  const clauseEnd =
    q.type === 'percent'
      ? CLAUSE_END_CHANGE.exec(
          text.slice(q.end, Math.min(facts.sentence.end, q.end + 80)).replace(/\([^()]*\)/g, ''),
        )
      : null;
  const signWord = q.type === 'percent' ? SIGN_WORD_BEFORE.exec(lead) : null;
  // "la croissance annuelle moyenne du commerce … était soutenue (6,2 %)": a bracketed percentage, the clause's one
  // figure, whose subject is a growth noun (however far back) is that growth
  const bracketedGrowth =
    q.type === 'percent' &&
    /\(\s*$/.test(lead) &&
    !facts.quantities.some((o) => o !== q && o.end <= q.start && o.start >= facts.clause.start) &&
    GROWTH_NOUN.test(clauseLead) &&
    !SHARE_NOUN.test(clauseLead);
  if (
    q.type === 'percent' &&
    !shareVerbNearer &&
    (GROWTH_CUES.test(ownLead) ||
      /[+−-]\s*$/.test(lead) ||
      trailing ||
      byTo ||
      byChangeOfClause ||
      clauseEnd ||
      signWord ||
      bracketedGrowth)
  ) {
    measure = 'growth';
    // the cue nearest the figure decides: "daalde met 10 procent, die naar Marokko steeg met 9 procent"; a growth
    // word right after it, or a sign, decides first
    // ("fell at an average yearly growth rate of 0,73 %": the rate's noun is no rise)
    // (the verb of a clause whose figure comes after its subject: "daalde de export … met 2,4 %")
    const cueSource = byChangeOfClause && !GROWTH_CUES.test(ownLead) ? clauseLead : lead;
    const cueLead = cueSource.replace(RATE_NOUN, (v) => ' '.repeat(v.length));
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
  return { measure, value };
}

/**
 * "Imports from Russia made up 1 % of the total in 2023, down from 9.6 % in 2021": the percentage a share came from,
 * after a share of the same sentence, is that share at an earlier date.
 */
function shareBase(s: Attribution): boolean {
  const last = s.carried.lastFigure;
  return (
    s.q.type === 'percent' &&
    SHARE_BASE_BEFORE.test(s.lead) &&
    last?.measure === 'share' &&
    last.start >= s.facts.sentence.start &&
    last.end <= s.q.start
  );
}

const EACH_AFTER = latin(new RegExp(withWords`^\s*(?:${(c) => c.documentPass.each})(?![\p{L}])`, 'iu'));
const BOTH_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.documentPass.bothInBracket})\s*[+−-]?\s*$`, 'iu'),
);

const SHARE_BASE_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.measureStage.shareBaseBefore})\s+(?:(?:${(c) => c.measureStage.hedges})\s+)?$`,
    'iu',
  ),
);

const RATIO_OF_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.measureStage.ratioOf})\s+(?:${(c) => c.measureStage.ratioArticles})?(?:${(c) => c.measureStage.ratioValueOf})?(?:${(c) => c.measureStage.ratioWhole})(?![\p{L}])`,
    'iu',
  ),
);

const RELATIVE_G = latin(new RegExp(withWords`,\s*(?:${(c) => c.measureStage.relatives})\s`, 'giu'));

const MINUS_BEFORE = /(?:^|[\s(:])[−–-]{1,2}\s*$/;

const REEXPORTS = new RegExp(withWords`(?:${(c) => c.measureStage.reexports})$`, 'i');

const REEXPORTS_SUBJECT = new RegExp(
  withWords`(?:^|,)\s*(?:${(c) => c.measureStage.reexportArticles})?(?:${(c) => c.measureStage.reexports}|${(c) => c.measureStage.domesticExports})(?![a-zé])`,
  'i',
);

const SHARE_VERB_BEFORE = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'iu'));

const SHARE_VERB_G = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'giu'));

const GROWTH_CUES_G = latin(new RegExp(GROWTH_CUES.source, 'giu'));

const BY_BEFORE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.measureStage.changeBy})\s*$`, 'iu'));

const TO_AMOUNT_AFTER = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.measureStage.changeTo})\s+(?:\p{Sc}\s?)?\d`, 'u'),
);

const LEVEL_TO_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.measureStage.levelTo})\s+(?:(?:${(c) => c.measureStage.hedges})\s+)?$`,
    'iu',
  ),
);

const SHARE_NOUN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.measureStage.shareNouns})(?![\p{L}])`, 'iu'),
);

const GROWTH_NOUN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.measureStage.growthNouns})(?![\p{L}])`, 'iu'),
);

const SHARE_FROM_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.rangeFrom})\s+(?:(?:${(c) => c.measureStage.hedges})\s+)?$`,
    'iu',
  ),
);

/** "… fell from 54.2 % [of total imports] to 56 %": the level the share went to */
export const SHARE_TO_AFTER = latin(
  new RegExp(
    withWords`^[^.;]{0,60}?(?<![\p{L}])(?:${(c) => c.quantities.rangeTo})\s+(?:(?:${(c) => c.measureStage.hedges})\s+)?\d[\d.,]*\s*(?:%|${(c) => c.quantities.percent})`,
    'iu',
  ),
);

/** "26 % of total exports", "35 per cent of Chilean imports", "6 % des échanges totaux", "8 procent van de totale uitvoer" */
const OF_TOTAL_FLOW_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.measureStage.ofTotalOf})\s+(?:(?:${(c) => c.measureStage.ofTotalDeterminers}|[\p{Lu}][\p{L}]+)\s+){0,3}(?:${(c) => c.measureStage.ofTotalFlows})(?![\p{L}])|(?:${(c) => c.measureStage.totalOf})\s+(?:(?:\p{L}+)\s+){0,2}?(?:${(c) => c.measureStage.totals})(?![\p{L}])|(?:${(c) => c.measureStage.totalOf})\s+(?:${(c) => c.measureStage.totalOfThe})\s+)`,
    'u',
  ),
);

/** "(met 0,5 en 1,3 procent)", "(+2 % and 4 %)": the second of a pair of bare percentages after a change */
const PAIRED_AND = latin(
  new RegExp(withWords`^\s*(?:%|${(c) => c.quantities.percent})?\s*(?:${(c) => c.lists.and})\s*$`, 'iu'),
);

/** "… met 4 procent en de invoer met 6,5 procent": a second flow with the verb of the first left out */
const ELLIPTICAL_CHANGE = latin(
  new RegExp(
    withWords`^[^\d.;]{0,40}?(?<![\p{L}])(?:${(c) => c.lists.and})\s+(?:(?:${(c) => c.measureStage.ellipticalArticles})\s*)?(?:[\p{L}-]+\s+){0,3}?(?:${(c) => c.measureStage.ellipticalBy})\s*(?:(?:${(c) => c.measureStage.hedges}|${(c) => c.measureStage.ellipticalMoreThan})\s+)?$`,
    'iu',
  ),
);

const DECLINE_G = new RegExp(DECLINE_CUES.source, 'gi');

const RISE_G = latin(new RegExp(withWords`(?<!\p{L})(?:${(c) => c.measureStage.rise})(?!\p{L})`, 'giu'));

const RATE_NOUN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.measureStage.rateNouns})(?![\p{L}])`, 'giu'),
);

/** "export growth slowed from 9.4 per cent to 6.8 per cent": rates of growth that moved, each still a rise */
const RATES_FROM_TO = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.measureStage.growthNouns})(?![\p{L}])[^.;\d]{0,40}(?:${(c) => c.quantities.rangeFrom})\s+(?:[\d.,]+\s*(?:%|${(c) => c.quantities.percent})[^.;]{0,30}?(?:${(c) => c.quantities.rangeTo})\s+)?$`,
    'iu',
  ),
);

const ABOUT_AFTER = latin(new RegExp(withWords`^\s*(?:${(c) => c.bounds.aboutAfter})(?![\p{L}])`, 'iu'));
