// Attribution, stage 5: the period. The clause's own, or the sentence's, paragraph's, story's (period-choice.ts),
// moved to the year before for a base, to a span for a change over years, to a fiscal year's months.

import type { Measure, Metric } from '../figure.js';
import type { Attribution, ChosenMetric, Dated, Directed, Measured } from './attribute-state.js';
import { inSpan } from './clause-facts.js';
import { COMPARISON_BASE_BEFORE, isChangeBase, yearBefore } from './cues.js';
import { latin } from './letters.js';
import { CARDINALS } from './number-words.js';
import { choosePeriod } from './period-choice.js';
import { FISCAL_YEAR_START, type FiscalYear, fiscalPeriod, type PeriodMention } from './periods.js';
import { SHARE_TO_AFTER } from './stage-measure.js';
import { LEVEL_REACHED } from './stage-metric-neighbours.js';

interface PeriodState extends Dated {
  inherited: string | undefined;
  ownPeriod: boolean | undefined;
}

/** The figure's period. */
export function datePeriod(s: Attribution, c: ChosenMetric, m: Measured, d: Directed): Dated {
  const p = statedOrInherited(s, c, m.measure, d.metric, d.flow);
  p.period = againstBase(s, c, p, m.measure, d.metric, d.flow, m.boundLength);
  p.period = ofSpan(s, p, m.measure, m.boundLength);
  return { period: p.period, periodMention: p.periodMention, statedPeriod: p.statedPeriod };
}

/** The clause's own period, or the one it inherits; a base's year before; "since", "this year", "last year". */
function statedOrInherited(
  s: Attribution,
  c: ChosenMetric,
  measure: Measure,
  metric: Metric,
  flow: { from: string; to: string },
): PeriodState {
  const { text, q, facts, carried } = s;
  const { ellipsis, last } = c;
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
  return { period, periodMention, statedPeriod, inherited, ownPeriod };
}

/** The year of a comparison's base, a list line's label, a table row, a move from one level to another. */
function againstBase(
  s: Attribution,
  c: ChosenMetric,
  p: PeriodState,
  measure: Measure,
  metric: Metric,
  flow: { from: string; to: string },
  boundLength: number,
): string | null {
  const { text, q, facts, carried } = s;
  const { item } = c;
  const { periodMention, inherited, ownPeriod } = p;
  let { period } = p;
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
  return period;
}

/** A year before a bracket, a former rank, and the spans of a change over years. */
function ofSpan(s: Attribution, p: PeriodState, measure: Measure, boundLength: number): string | null {
  const { text, q, facts, lead } = s;
  const { periodMention } = p;
  let { period } = p;
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
  return period;
}

const SPAN_TO_LEVEL = latin(/^\s*(?:to|à|tot|pour atteindre|reaching)\s*$/iu);

const OVER_YEARS = latin(
  /^\s*(?:en|in|over|sur|op)\s+(?:les\s+|the\s+past\s+|the\s+last\s+|de\s+voorbije\s+|de\s+afgelopen\s+)?(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?![\p{L}])/iu,
);

/** "Sur cinq ans, les exportations … ont progressé de 41 %", "Over five years, …": a sentence's opening span. */
const OVER_YEARS_LEADING = latin(
  /^\s*(?:sur|en|over|in)\s+(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?:\s+tijd)?\s*,/iu,
);

const OVER_YEARS_BEFORE = latin(
  /(?<![\p{L}])(?:(?:de|les|the|ces|over\s+de|in\s+de|au\s+cours\s+des|over\s+the|in\s+the)\s+)?(?:voorbije|afgelopen|laatste|past|last)\s+(\p{L}+|\d{1,2})\s+(?:jaar|years)(?![\p{L}])|(?<![\p{L}])(?:ces|les|au cours des)\s+(\p{L}+|\d{1,2})\s+(?:dernières\s+années|derniers\s+ans)(?![\p{L}])/iu,
);

const yearsIn = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 2 && n <= 50 ? n : undefined;
};

const latestYear = (periods: PeriodMention[]): number | undefined => {
  const years = periods.filter((p) => !p.comparison && /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
  return years.length > 0 ? Math.max(...years) : undefined;
};

// "- 2022: 5,05 miljard euro", "2023    2,217" (a table row)
const YEAR_LABEL = /^\s*(?:[-•*–]\s*)?((?:19|20)\d\d)(?:\s*[:–]\s*|[ \t]{2,}|\t)$/;

const DEMONSTRATIVE_FLOW_AFTER = latin(
  /^\s*(?:de\s+(?:ces|cette)|of\s+(?:those|these|that|this)|van\s+(?:die|deze|dat|dit))\s+(?:\p{L}+\s+)?(?:export\p{L}*|import\p{L}*|uitvoer|invoer|ventes|achats|échanges|handel|trade|flows?|flux|investissements|investments?|investeringen|totaal|total)(?![\p{L}])/iu,
);

const YEAR_THEN_BRACKET = /(?<![\d.,])((?:19|20)\d\d)\s*\(\s*$/;

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

const MONTH_SPAN = /^\d{4}-\d\d\/\d{4}-\d\d$/;
