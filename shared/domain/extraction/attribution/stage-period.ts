// Attribution, stage 5: the period. The clause's own, or the sentence's, paragraph's, story's (period-choice.ts),
// moved to the year before for a base, to a span for a change over years, to a fiscal year's months.

import type { Measure, Metric } from '../../figure.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { FISCAL_YEAR_START, type FiscalYear, fiscalPeriod, type PeriodMention } from '../periods/periods.js';
import type { Attribution, ChosenMetric, Dated, Directed, Measured } from './attribute-state.js';
import { isComparisonBase } from './cues.js';
import { choosePeriod } from './period-choice.js';
import { SHARE_TO_AFTER } from './stage-measure.js';
import { LEVEL_FROM_BEFORE, type PeriodInput, sentenceSpan } from './stage-period-rules.js';
import { ALL_PERIOD_RULES } from './stage-period-rules-2.js';

/** The figure's period: the clause's own or the one it inherits, then moved by the rules of ALL_PERIOD_RULES in order. */
export function datePeriod(s: Attribution, c: ChosenMetric, m: Measured, d: Directed): Dated {
  const { measure, boundLength } = m;
  const { metric, flow } = d;
  const chosen = statedOrInherited(s, measure, metric, flow);
  const input: PeriodInput = { s, c, measure, metric, flow, boundLength, ...chosen };
  for (const rule of ALL_PERIOD_RULES) {
    const moved = rule.apply(input);
    if (moved !== undefined) input.period = moved;
  }
  // "| | 2021 | 2022 |": a cell of a table whose header carries the years is of its column's year
  const { q } = s;
  if (q.columnPeriod !== undefined && q.column === q.columnPeriod && /^\d{4}$/.test(q.columnPeriod))
    return { period: q.columnPeriod, periodMention: undefined, statedPeriod: q.columnPeriod };
  return { period: input.period, periodMention: chosen.periodMention, statedPeriod: chosen.statedPeriod };
}

/** The clause's own period (period-choice.ts), or the one it inherits from its sentence, paragraph or story. */
function statedOrInherited(
  s: Attribution,
  measure: Measure,
  metric: Metric,
  flow: { from: string; to: string },
): Omit<PeriodInput, 's' | 'c' | 'measure' | 'metric' | 'flow' | 'boundLength'> {
  const { text, q, facts, carried } = s;
  // A clause with no period of its own continues its paragraph ("En 2023, … Les exportations … ont
  // atteint …"); within one sentence only flows do: "… en 2013 représente moins de 1% … et les
  // investissements japonais ne représentent que 0,02%" states a structure, not the 2013 flow.
  // … and a rank or share after a stock at a year's end ("… 1,9 milliard d'euros fin 2024. La Belgique se hisse
  // ainsi au neuvième rang des investisseurs", "Dat is 0,2 procent van …") is of that year
  // … but a share that went from one level to another ("De 2000 à 2008, … ; sa part est passée de 2,2 % à 4,2 %",
  // "… from €8.1 billion in 2012 to €9.4 billion in 2016, and its portion fell from 14 % to 11.2 %") moves over
  // the sentence's span of years, as a flow does: its first level is of the first year, its last of the last
  const moved = measure === 'share' ? shareMoved(s) : undefined;
  const span = moved ? sentenceSpan(s) : undefined;
  const inherited = span
    ? moved === 'from'
      ? span.slice(0, 4)
      : span.slice(5)
    : measure === 'share'
      ? (carried.paragraphPeriod ?? carried.yearEndPeriod ?? carried.storyPeriod)
      : (carried.sentencePeriod ??
        carried.paragraphPeriod ??
        (measure === 'rank' ? carried.yearEndPeriod : undefined) ??
        carried.storyPeriod);
  // "FY 2022/2023", "2020-21": the months of the fiscal year of the economy that reports the figure
  const periodOf = (p: PeriodMention) =>
    p.fiscal ? ofFiscalYear(p.fiscal, metric, flow, facts.published, inherited) : p.period;
  const { mention: periodMention, period: statedPeriod } = choosePeriod(text, q, facts, inherited, periodOf);
  // "(-41.3 bn in 2011 against -37.9 bn in 2010) … (+12.6 bn against +10.2 bn)": a base with no
  // period of its own is of the period of the paragraph's last base, when that is earlier than the main one's
  const base =
    !statedPeriod &&
    carried.basePeriod &&
    inherited &&
    carried.basePeriod < inherited &&
    isComparisonBase(text, q)
      ? carried.basePeriod
      : undefined;
  const period = statedPeriod ?? base ?? inherited ?? null;
  // (a period of the clause right after the quantity)
  const ownPeriod = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
  return { period, periodMention, statedPeriod, inherited, ownPeriod };
}

/** Which level of a share's move the quantity is: "from 21 % … to 18.8 %". */
function shareMoved({ text, q, facts }: Attribution): 'from' | 'to' | undefined {
  if (
    LEVEL_FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
    SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80))
  )
    return 'from';
  return SHARE_TO_BEFORE.test(text.slice(Math.max(facts.clause.start, q.start - 100), q.start))
    ? 'to'
    : undefined;
}

// "from 21 % of total exports to 18.8 %": the level a share went to
const SHARE_TO_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.rangeFrom})\s+\d[\d.,]*[^.;\d]{0,80}(?<![\p{L}])(?:${(c) => c.quantities.rangeTo})\s+$`,
    'iu',
  ),
);

/**
 * A fiscal year in the months of the reporter's fiscal year (the host's for investment), or of the partner's
 * when only it has one; "the current fiscal year" of a figure inherited from a part of it is that part.
 */
function ofFiscalYear(
  fiscal: FiscalYear,
  metric: Metric,
  flow: { from: string; to: string },
  published: string | undefined,
  inherited: string | undefined,
): string | undefined {
  const economies = metric === 'fdi' ? [flow.to, flow.from] : [flow.from, flow.to];
  const start = economies.map((code) => FISCAL_YEAR_START[code]).find((month) => month !== undefined);
  const period = fiscalPeriod(fiscal, start, published);
  if (!period) return inherited;
  const within =
    fiscal.relative &&
    inherited &&
    /^\d{4}-\d\d\/\d{4}-\d\d$/.test(period) &&
    inherited.slice(0, 7) >= period.slice(0, 7) &&
    inherited.slice(-7) <= period.slice(-7);
  return within ? inherited : period;
}
