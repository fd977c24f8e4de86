// The special cases of the period choice that are decisions: a period the text names before a quantity and that
// a "when" or a bracket ties to it, and the period of the sentence before for a clause that dates only a base.
import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { PeriodMention } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import type { NamedRule } from '../rule.js';
import { PARAGRAPH_BREAK } from './cues.js';

/** A period chosen for a quantity: the mention it comes from, and the period (none when the text dates none). */
export interface ChosenPeriod {
  mention?: PeriodMention;
  period?: string;
}

/** What the period rules read: the quantity in its clause and the clause's periods as the choice ranks them. */
export interface PeriodInput {
  text: string;
  q: Quantity;
  facts: ClauseFacts;
  /** the period the text before the clause carries */
  inherited: string | undefined;
  periodOf: (p: PeriodMention) => string | undefined;
  /** the periods another quantity states right before them */
  claimedBy: Map<PeriodMention, Quantity>;
  /** the clause's periods that are no base of comparison, the likeliest first */
  eligible: PeriodMention[];
  /** whether a period comes after an amount this one is compared with */
  behindAnother: (p: PeriodMention) => boolean;
}

/** How far before a quantity (in characters) a period phrase that bears on it can start. */
const NEAR = 200;

const WHEN_AFTER_PERIOD = latin(
  new RegExp(
    withWords`^\s*,?\s*(?:(?:${(c) => c.periods.when})(?![\p{L}])|${(c) => c.periods.whenElided})[^.;:]*$`,
    'iu',
  ),
);

const periodOfWhenClause: NamedRule<PeriodInput, ChosenPeriod> = {
  name: 'period-of-a-when-clause',
  why: 'a clause opened by "when" right after a year speaks of that year, even one named as a base',
  examples: [
    {
      text: 'Les exportations de la France vers le Maroc ont reculé par rapport à 2021, lorsqu’elles atteignaient 4,2 milliards d’euros.',
      language: 'fr',
      figure: { value: 4_200_000_000, from: 'FR', to: 'MA', period: '2021' },
    },
    {
      text: 'De Belgische uitvoer naar Chili daalde tegenover 2019, toen die nog 3,6 miljard euro bedroeg.',
      language: 'nl',
      figure: { value: 3_600_000_000, from: 'BE', to: 'CL', period: '2019' },
    },
  ],
  apply: ({ text, q, facts, periodOf }) => {
    // "tegenover 2023, toen de uitvoer nog 4,96 miljard euro bedroeg", "in 2019, when exports stood at …"
    // (the periods near the clause only: a scan of the document's would cost its square)
    const whenBefore = inSpan(facts.allPeriods, { start: facts.clause.start - NEAR, end: q.start }).findLast(
      (p) => p.end >= facts.clause.start - 4 && WHEN_AFTER_PERIOD.test(text.slice(p.end, q.start)),
    );
    if (!whenBefore || facts.periods.some((p) => p.start > whenBefore.end && p.end <= q.start))
      return undefined;
    return { mention: whenBefore, period: periodOf(whenBefore) };
  },
};

const amountInBracketsAfterBase: NamedRule<PeriodInput, ChosenPeriod> = {
  name: 'amount-in-brackets-after-a-base',
  why: 'the amount or change in brackets after the base of a comparison is that base’s',
  examples: [
    {
      text: "Les importations tunisiennes en provenance d'Italie ont grimpé de 11 % par rapport au second semestre 2019 (1,7 milliard d'euros).",
      language: 'fr',
      figure: { value: 1_700_000_000, from: 'TN', to: 'IT', period: '2019-07/2019-12' },
    },
    {
      text: 'De Peruaanse uitvoer daalde in het derde kwartaal van 2024 met 9 procent, minder sterk dan in het tweede kwartaal van 2024 (-14%).',
      language: 'nl',
      figure: { value: -14, metric: 'exports', measure: 'growth', period: '2024-04/2024-06' },
    },
  ],
  apply: ({ text, q, facts, periodOf }) => {
    // "en recul de 5,6 % par rapport au premier semestre 2024 (3,61 Mrd€)", "lager dan in het tweede kwartaal (-12%)"
    const baseBefore = inSpan(facts.allPeriods, { start: q.start - NEAR, end: q.start }).find(
      (p) => p.comparison && /^\s*\(\s*[+−–-]?\s*$/.test(text.slice(p.end, q.start)),
    );
    return baseBefore ? { mention: baseBefore, period: periodOf(baseBefore) } : undefined;
  },
};

const periodOfSentenceBefore: NamedRule<PeriodInput, ChosenPeriod> = {
  name: 'period-of-the-sentence-before',
  why: 'an amount whose clause only dates the base it is compared with takes the period of the sentence before',
  examples: [
    {
      text: 'Belgische uitvoer\n\nDe Belgische uitvoer naar Japan kende in 2022 een moeilijk jaar. Die uitvoer bedroeg 2,4 miljard euro, tegenover 3,1 miljard euro in 2021.',
      language: 'nl',
      figure: { value: 2_400_000_000, period: '2022' },
    },
  ],
  apply: ({ text, q, facts, inherited, periodOf, claimedBy, eligible, behindAnother }) => {
    // "De export … is vorig jaar bijna gehalveerd. … werd voor 3,1 miljard dollar verscheept, tegenover 5,9
    // miljard dollar in 2023": with nothing inherited, the period of the sentence before, in its paragraph, or none
    if (
      inherited ||
      eligible.length === 0 ||
      !eligible.every(behindAnother) ||
      facts.periods.some((p) => claimedBy.get(p) === q)
    )
      return undefined;
    const previous = facts.previous;
    const before =
      previous && !PARAGRAPH_BREAK.test(text.slice(previous.end, facts.sentence.start))
        ? inSpan(facts.allPeriods, previous).find((p) => !p.comparison && !p.horizon && p.period)
        : undefined;
    return before ? { mention: before, period: periodOf(before) } : {};
  },
};

// "in maart en april 2017 (+3,4 en -0,6 procent)": periods joined by "and" or a comma, and the bracket of
// the items they date
const PERIODS_JOINED = latin(
  new RegExp(withWords`^\s*(?:,|(?:${(c) => c.periods.and})(?![\p{L}]))\s*$`, 'iu'),
);
const BRACKET_OPENS = /^[^().;:\d]{0,30}\([^()\d]{0,12}$/;

const periodsPairedWithItems: NamedRule<PeriodInput, ChosenPeriod> = {
  name: 'periods-paired-with-bracketed-items',
  why: 'periods joined by "and" before a bracket of as many items date them in turn ("in January and February (+1.1 and +2.7 %)")',
  examples: [
    {
      text: 'De Belgische uitvoer naar Marokko steeg in maart en april 2021 (+3,4 en +5,2 procent).',
      language: 'nl',
      figure: { value: 3.4, period: '2021-03' },
    },
  ],
  apply: ({ text, q, facts }) => {
    const before = facts.periods.filter((p) => p.end <= q.start && !p.comparison && p.period);
    const last = before.at(-1);
    if (!last) return undefined;
    const open = text.slice(last.end, q.start);
    const bracket = open.indexOf('(');
    if (bracket < 0 || !BRACKET_OPENS.test(open.slice(0, bracket + 1))) return undefined;
    // the periods joined before the bracket, the first first
    const joined = [last];
    for (let i = before.length - 2; i >= 0; i--) {
      const p = before[i] as PeriodMention;
      if (!PERIODS_JOINED.test(text.slice(p.end, (joined[0] as PeriodMention).start))) break;
      joined.unshift(p);
    }
    const close = text.indexOf(')', last.end);
    const items = facts.quantities.filter((o) => o.start > last.end && (close < 0 || o.end <= close));
    const index = items.indexOf(q);
    if (joined.length < 2 || items.length !== joined.length || index < 0) return undefined;
    const mention = joined[index] as PeriodMention;
    return { mention, period: mention.period };
  },
};

/** The period rules, in the order they are tried; the first that applies decides. */
export const PERIOD_RULES: ReadonlyArray<NamedRule<PeriodInput, ChosenPeriod>> = [
  periodsPairedWithItems,
  periodOfWhenClause,
  amountInBracketsAfterBase,
  periodOfSentenceBefore,
];
