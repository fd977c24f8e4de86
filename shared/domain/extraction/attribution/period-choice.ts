// The period of a figure: the clause's own period mention, or the sentence's, paragraph's or story's.

import type { Carried } from '../document/carried.js';
import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import type { Language } from '../language.js';
import { CUES } from '../languages/index.js';
import { latin } from '../letters.js';
import { withWords, withWordsIn } from '../lexicon.js';
import type { PeriodMention } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import { firstApplying } from '../rule.js';
import {
  COMPARED_WITH,
  COMPARISON_BASE_BEFORE,
  CURRENCY_TWIN_BETWEEN,
  isChangeBase,
  yearBefore,
} from './cues.js';
import { lastIndexOf } from './metrics.js';
import { type ChosenPeriod, PERIOD_RULES, type PeriodInput } from './period-choice-rules.js';

/** Whether a figure's year is named as a year's end: "à fin 2022", "at the end of 2022", "eind 2022". */
export function atYearEnd(text: string, sentence: Span, figure: ExtractedFigure): boolean {
  if (!figure.period || !/^\d{4}$/.test(figure.period)) return false;
  const around = text.slice(sentence.start, Math.min(sentence.end, figure.end + 40));
  for (let at = around.indexOf(figure.period); at >= 0; at = around.indexOf(figure.period, at + 4)) {
    if (YEAR_END_BEFORE.test(around.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

const YEAR_END_BEFORE = new RegExp(
  withWords`(?:${(c) => c.periods.yearEndBefore})\s*(?:${(c) => c.periods.yearEndOf})?$`,
  'i',
);

/** "ont reculé de 7,2 % en 2023, à 529 milliards", "rose 5% in 2023 to $3bn": the level of that period. */
const LEVEL_AFTER_PERIOD = latin(
  new RegExp(withWords`^\s*,?\s*(?:${(c) => c.periods.levelAfterPeriod})\s*$`, 'iu'),
);

/**
 * Target and forecast cues count from the quantity before this one (or the clause start), leaving out the
 * periods that other quantities claim: in "84 milliards d'ici 2030, contre 42 milliards en 2023" the
 * horizon is the first figure's, and the second is an actual.
 */
/** The latest year the text has reported as past: the publication year before it, or the story's. */
export function latestYearBefore(carried: Carried, facts: ClauseFacts): number | undefined {
  if (facts.published) return Number(facts.published.slice(0, 4)) - 1;
  return carried.storyPeriod ? Number(carried.storyPeriod.slice(0, 4)) : undefined;
}

/**
 * A period stated right after a quantity ("2,2 milliards en 2023") belongs to it alone; otherwise the
 * nearest period of the clause that no other quantity claims, and failing that any period of the clause.
 * Bases of comparison ("par rapport à 2022") are never chosen unless they follow the quantity directly,
 * and "un an auparavant" is the year before the clause's own year.
 */
export function choosePeriod(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  inherited: string | undefined,
  periodOf: (p: PeriodMention) => string | undefined = (p) => p.period,
): ChosenPeriod {
  const claimedBy = claimedPeriods(text, facts);
  const behindAnother = (p: PeriodMention) => isBehindAnother(text, q, facts, p);
  // "van 3,4 procent en in juni zelfs van 12 procent": a period after "and" opens the next item
  const opensNext = (p: PeriodMention) =>
    p.start >= q.end && AND_WORD[facts.language].test(text.slice(q.end, p.start + 4));
  const distance = (p: PeriodMention) => (p.end <= q.start ? q.start - p.end : p.start - q.end);
  const eligible = facts.periods
    .filter((p) => !p.comparison)
    .sort(
      (a, b) =>
        Number(behindAnother(a)) - Number(behindAnother(b)) ||
        Number(opensNext(a)) - Number(opensNext(b)) ||
        distance(a) - distance(b),
    );
  const input: PeriodInput = { text, q, facts, inherited, periodOf, claimedBy, eligible, behindAnother };
  const special = firstApplying(PERIOD_RULES, input);
  if (special) return special.value;
  return relativePeriod(input, chosenMention(input));
}

/** The periods of a clause that the quantity right before them claims: "3,4 procent in mei". */
function claimedPeriods(text: string, facts: ClauseFacts): Map<PeriodMention, Quantity> {
  const claimedBy = new Map<PeriodMention, Quantity>();
  for (const p of facts.periods) {
    if (p.comparison) continue;
    // "2.873,1 miljoen euro (2022: 3.102,6 miljoen euro)": a period that labels what follows its colon is not the
    // amount's before it
    if (/^\s*:/.test(text.slice(p.end, p.end + 3))) continue;
    // "in mei 3,4 procent en in juni 12 procent", "in January (-8%) and February (-4%)": a period opened by
    // "and" starts the next item
    const owner = facts.quantities.find((other) => {
      const gap = p.start - other.end;
      return (
        gap >= 0 &&
        // (or after a participle and its preposition: "$23.0b recorded in 2018", "1,2 Mrd. erzielt im 2019")
        (gap <= 12 || (gap <= 20 && PARTICIPLE_BETWEEN.test(text.slice(other.end, p.start)))) &&
        !facts.quantities.some((x) => x.start >= other.end && x.start < p.start) &&
        !AND_WORD[facts.language].test(text.slice(other.end, p.start + 4))
      );
    });
    if (owner) claimedBy.set(p, owner);
  }
  return claimedBy;
}

/** One long word and one short word between an amount and its period: a participle and its preposition. */
const PARTICIPLE_BETWEEN = latin(/^\s+\p{L}{5,}\s+\p{L}{2}\s+$/u);

/**
 * A period after an amount compared with this one is that amount's: "9,8 milliards, contre 8,6 milliards sur la
 * même période de 2022" (but "rose by a fifth to HK$1.9 billion in 2023" is one period).
 */
function isBehindAnother(text: string, q: Quantity, facts: ClauseFacts, p: PeriodMention): boolean {
  return (
    p.start >= q.end &&
    facts.quantities.some(
      (o) =>
        o !== q &&
        o.start >= q.end &&
        o.end <= p.start &&
        (lastIndexOf(COMPARED_WITH, text.slice(q.end, o.start)) >= 0 ||
          // "fell to $450 million from $520 million in April 2023": the level a change reached, then its base
          (o.type === 'money' &&
            BASE_FROM_BETWEEN.test(text.slice(q.end, o.start)) &&
            LEVEL_TO_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)))),
    )
  );
}
// (an aside between them: "widened to $99.05 billion, the highest since at least 1981, from $82.62 billion in May")
const BASE_FROM_BETWEEN = latin(
  new RegExp(
    withWords`^(?:[^.;\d]|(?:19|20)\d\d){0,80}?(?:,\s*|\s)(?:${(c) => c.comparison.changeFrom})\s+$`,
    'iu',
  ),
);
const LEVEL_TO_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.changeTo})\s+$`, 'iu'),
);

/** The clause's period mention the quantity takes, before what a relative mention is relative to. */
function chosenMention(input: PeriodInput): PeriodMention | undefined {
  const { text, q, facts, inherited, claimedBy, eligible, behindAnother } = input;
  // "ont reculé de 7,2 % en 2023, à 529 milliards": the level of that period; but in "passant de 198 milliards
  // en 2023 à 226 milliards" the period is the first amount's, and the level is of another
  const levelAfter = facts.periods.find(
    (p) =>
      p.end <= q.start &&
      !p.comparison &&
      LEVEL_AFTER_PERIOD.test(text.slice(p.end, q.start)) &&
      !(q.type === 'money' && claimedBy.get(p)?.type === 'money'),
  );
  // "84 miljoen sol (€ 21 miljoen) in heel 2018": the period after an amount's twin in another currency is both's
  const twin = facts.quantities.find(
    (o) => o.start > q.end && o.type === 'money' && CURRENCY_TWIN_BETWEEN.test(text.slice(q.end, o.start)),
  );
  return (
    facts.periods.find(
      (p) =>
        claimedBy.get(p) === q ||
        (twin !== undefined && claimedBy.get(p) === twin && /^\s*\)/.test(text.slice(twin.end, p.start))),
    ) ??
    levelAfter ??
    eligible.find((p) => !claimedBy.has(p) && !behindAnother(p)) ??
    (inherited &&
    (eligible.every(behindAnother) ||
      eligible.every((p) => {
        const claimer = claimedBy.get(p);
        return (
          claimer !== undefined &&
          claimer !== q &&
          ((claimer.end <= q.start && (q.type === 'percent' || laterAmount(text, q, claimer))) ||
            isChangeBase(text, claimer))
        );
      }))
      ? undefined
      : eligible[0])
  );
}

/**
 * "(-41.3 bn in 2011 against -37.9 bn in 2010), and the gains grew (+12.6 bn against …)": an
 * amount after another's period, past a closing bracket, is not of that period (the base's); it continues the
 * sentence's or the paragraph's.
 */
const laterAmount = (text: string, q: Quantity, claimer: Quantity): boolean =>
  q.type === 'money' &&
  claimer.type === 'money' &&
  text.slice(claimer.end, q.start).includes(')') &&
  // (a base itself, "compared with +68.4 bn", is of the base's period)
  !COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start).replace(/[+\-−]$/, ''));

/** The period a mention names: its own, or the one it is relative to ("un an plus tôt", "dezelfde periode"). */
function relativePeriod(input: PeriodInput, mention: PeriodMention | undefined): ChosenPeriod {
  const { q, facts, inherited, periodOf, claimedBy, eligible } = input;
  // "sur la même période de 2022": the span of months the clause speaks of, in that year
  // "In 2019 … tegenover 1.380 in 2015. De uitvoer steeg in dezelfde periode met 18 procent": the years of
  // the sentence before, as a span
  if (mention?.sameAsBefore) return sameAsBefore(mention, facts, inherited);
  if (mention?.samePeriod) {
    const span = [...eligible.map((p) => p.period), inherited].find(
      (p) => p && /^\d{4}-\d\d\/\d{4}-\d\d$/.test(p),
    );
    const year = mention.period;
    return { mention, period: span ? `${year}${span.slice(4, 8)}${year}${span.slice(12)}` : year };
  }
  // "63,6 milliards, contre 58,2 milliards un an plus tôt": the year before belongs to the second amount
  // (… but one claimed by the amount's own twin in another currency is the amount's: "from US$14.7 billion
  // (S$18.5 billion) in the previous year")
  const claimer = mention ? claimedBy.get(mention) : undefined;
  const twin =
    claimer !== undefined &&
    claimer.start > q.end &&
    CURRENCY_TWIN_BETWEEN.test(input.text.slice(q.end, claimer.start));
  if ((mention?.yearBefore || mention?.monthBefore) && claimer && claimer !== q && !twin) return {};
  if (mention?.monthBefore) {
    const baseMention = eligible.find((p) => p !== mention && !p.yearBefore && !p.monthBefore);
    const base = (baseMention ? periodOf(baseMention) : undefined) ?? inherited;
    return base && /^\d{4}-\d\d$/.test(base) ? { mention, period: monthBefore(base) } : {};
  }
  if (!mention?.yearBefore) return { mention, period: mention ? periodOf(mention) : undefined };
  const baseMention = eligible.find((p) => p !== mention && !p.yearBefore);
  const base = (baseMention ? periodOf(baseMention) : undefined) ?? inherited;
  return { mention, period: base ? yearBefore(base, mention.yearsBack) : mention.period || undefined };
}

/** "in dezelfde periode": the years of the sentence before, as a span, or from the base it compares with. */
function sameAsBefore(
  mention: PeriodMention,
  facts: ClauseFacts,
  inherited: string | undefined,
): ChosenPeriod {
  const before = facts.previous
    ? inSpan(facts.allPeriods, facts.previous).filter((p) => !p.comparison && !p.horizon && p.period)
    : [];
  const years = before.filter((p) => /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
  if (years.length >= 2) return { mention, period: `${Math.min(...years)}/${Math.max(...years)}` };
  // "Vergeleken met 2012 is de uitvoer … met een vijfde gestegen. De totale uitvoer nam in dezelfde
  // periode toe met 31 procent": from the base the sentence before compares with to the year it speaks of
  const base = facts.previous
    ? inSpan(facts.allPeriods, facts.previous).find(
        (p) => p.comparison && !p.since && /^\d{4}$/.test(p.period),
      )
    : undefined;
  if (!before[0] && base && inherited && /^\d{4}$/.test(inherited) && base.period < inherited)
    return { mention, period: `${base.period}/${inherited}` };
  return before[0] ? { mention, period: before[0].period } : {};
}

/** "and" of each language, as it opens a coordinated item: the French "en" is a preposition ("en 2023"). */
const AND_WORD: Record<Language, RegExp> = {
  fr: latin(new RegExp(withWordsIn([CUES.fr])`(?<![\p{L}])(?:${(c) => c.periods.and})(?![\p{L}])`, 'iu')),
  nl: latin(
    new RegExp(withWordsIn([CUES.nl])`(?<![\p{L}])(?:${(c) => c.periods.and})(?![\p{L}])(?!\s+\d)`, 'iu'),
  ),
  en: latin(new RegExp(withWordsIn([CUES.en])`(?<![\p{L}])(?:${(c) => c.periods.and})(?![\p{L}])`, 'iu')),
};

/** The month before a month: "2023-01" → "2022-12". */
const monthBefore = (month: string): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
