// What a briefing says about a pair, computed from its stored figures: where each flow stands (headline),
// how it moved over the years (trends), how far each stated target is (targets), where sources disagree
// (conflicts), and what the month's documents added. Pure functions of the figures; renderers lay them out.
import { METRICS, type Metric, type TradeFigure } from './figure.js';

/** A figure and the document that states it. */
export interface SourcedFigure extends TradeFigure {
  /** the document that states it; `number` is its place in a briefing's list of sources */
  source: { document_id: string; key: string; published: string | null; number?: number };
}

/**
 * A trade flow as the scorer counts it: imports of A from B are exports of B to A, bilateral trade is
 * between two economies in alphabetical order.
 */
export interface Flow {
  metric: Metric;
  from: string;
  to: string;
}

export function flowOf(f: Pick<TradeFigure, 'metric' | 'from' | 'to'>): Flow {
  if (f.metric === 'imports') return { metric: 'exports', from: f.to, to: f.from };
  if (f.metric === 'bilateral_trade' && f.from > f.to) return { metric: f.metric, from: f.to, to: f.from };
  return { metric: f.metric, from: f.from, to: f.to };
}

export const flowKey = (f: Flow) => `${f.metric}|${f.from}|${f.to}`;

export interface HeadlineEntry {
  flow: Flow;
  /** the latest amount of the flow; a share, rank or growth when no amount of it is known */
  latest: SourcedFigure;
  /** the latest amount of an earlier period of the same length (a year before a year) */
  previous: SourcedFigure | null;
  /** latest ÷ previous − 1, in `changeUnit`; null when unknown */
  change: number | null;
  /** the currency the change is computed in: the figures' own when they share it, else EUR */
  changeUnit: string | null;
  /** the growth a source states for the latest period (preferred to the computed change) */
  growth: SourcedFigure | null;
  /** the latest rank stated for the flow (45th export market) */
  rank: SourcedFigure | null;
}

export interface TrendSeries {
  flow: Flow;
  /** one point a year, in EUR at the year's average rate */
  points: Array<{ year: number; value_eur: number; figure: SourcedFigure }>;
}

export interface TargetProgress {
  target: SourcedFigure;
  /** the latest actual of the same flow at or before the target's period */
  actual: SourcedFigure | null;
  /** actual ÷ target, in EUR when both convert; null when there is no comparable actual */
  reached: number | null;
}

export interface Conflict {
  flow: Flow;
  measure: TradeFigure['measure'];
  period: string;
  sector: string | null;
  /** one document states the flow with two values that disagree (beside any other source) */
  withinDocument: boolean;
  /** each statement as its source states it */
  figures: SourcedFigure[];
}

/** Amounts that differ by less than this (relative) are the same figure rounded. */
export const SAME_UNIT_TOLERANCE = 0.02;
/** … and by less than this when they were stated in different currencies and compared in euros. */
export const CROSS_CURRENCY_TOLERANCE = 0.05;
/** Percentages that differ by less than this many points are the same figure rounded. */
export const PERCENT_POINT_TOLERANCE = 0.5;

const isYear = (p: string | null): p is string => p !== null && /^\d{4}$/.test(p);
/** "2023-01/2023-04" ends in 2023-04; "2011/2015" in 2015; "2017" in 2017-12 */
export function periodEnd(period: string): string {
  const last = period.split('/').at(-1) ?? period;
  return /^\d{4}$/.test(last) ? `${last}-12` : last;
}
/** how long a period is, to compare like with like: a year, a month, a span, year to date */
function periodShape(period: string): string {
  if (/^\d{4}$/.test(period)) return 'year';
  if (/^\d{4}-\d{2}$/.test(period)) return 'month';
  const [a, b] = period.split('/');
  if (a && b && /^\d{4}-\d{2}$/.test(a) && /^\d{4}-\d{2}$/.test(b)) return `ytd:${a.slice(5)}-${b.slice(5)}`;
  return period.replace(/\d/g, '#');
}

/** Of several figures for one flow and period, the one a reader should see: surest, then most recent source. */
function preferred(figures: SourcedFigure[]): SourcedFigure {
  return [...figures].sort(
    (a, b) =>
      b.confidence - a.confidence ||
      (b.source.published ?? '').localeCompare(a.source.published ?? '') ||
      a.id.localeCompare(b.id),
  )[0] as SourcedFigure;
}

function ratio(a: SourcedFigure, b: SourcedFigure): number | null {
  return ratioIn(a, b)?.ratio ?? null;
}

/** a ÷ b in their own currency when they share it (no conversion in between), else in euros. */
function ratioIn(a: SourcedFigure, b: SourcedFigure): { ratio: number; unit: string } | null {
  if (a.unit === b.unit && b.value !== 0) return { ratio: a.value / b.value, unit: a.unit };
  if (a.value_eur !== null && b.value_eur !== null && b.value_eur !== 0)
    return { ratio: a.value_eur / b.value_eur, unit: 'EUR' };
  return null;
}

/** Amounts of money, all goods, as stated (not bounded above or below): what headlines and trends use. */
const headlineAmount = (f: SourcedFigure) =>
  f.measure === 'value' &&
  f.sector === null &&
  f.period !== null &&
  (f.bound === 'eq' || f.bound === 'approx');

function byFlow(figures: SourcedFigure[]): Map<string, SourcedFigure[]> {
  const groups = new Map<string, SourcedFigure[]>();
  for (const f of figures) {
    const key = flowKey(flowOf(f));
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return groups;
}

/** The latest of some figures (by the end of their period, unknown periods last), the surest of that period. */
function latestOf(group: SourcedFigure[]): SourcedFigure | null {
  if (group.length === 0) return null;
  const byEnd = [...group].sort((a, b) => periodEnd(b.period ?? '').localeCompare(periodEnd(a.period ?? '')));
  const top = byEnd[0] as SourcedFigure;
  return preferred(byEnd.filter((f) => f.period === top.period));
}

/**
 * Where each flow stands: its latest actual amount with the one before it and the change, the growth a
 * source states for that period and the latest rank. A flow known only by a share, rank or growth (Japan's
 * 0.02 % of its investment abroad) has an entry too, that figure being its latest.
 */
export function headline(figures: SourcedFigure[]): HeadlineEntry[] {
  const entries: HeadlineEntry[] = [];
  const allGoods = figures.filter((f) => f.kind === 'actual' && f.sector === null);
  for (const group of byFlow(allGoods).values()) {
    const amounts = group.filter(headlineAmount);
    const ofMeasure = (m: SourcedFigure['measure']) =>
      latestOf(group.filter((f) => f.measure === m && f.period !== null)) ??
      latestOf(group.filter((f) => f.measure === m));
    const latest = latestOf(amounts) ?? ofMeasure('share') ?? ofMeasure('rank') ?? ofMeasure('growth');
    if (!latest) continue;
    let previous: SourcedFigure | null = null;
    let change: { ratio: number; unit: string } | null = null;
    if (latest.measure === 'value') {
      const shape = periodShape(latest.period ?? '');
      const earlier = amounts
        .filter(
          (f) =>
            periodShape(f.period ?? '') === shape &&
            periodEnd(f.period ?? '') < periodEnd(latest.period ?? ''),
        )
        .sort((a, b) => periodEnd(b.period ?? '').localeCompare(periodEnd(a.period ?? '')));
      previous =
        earlier.length > 0 ? preferred(earlier.filter((f) => f.period === earlier[0]?.period)) : null;
      change = previous ? ratioIn(latest, previous) : null;
    }
    const stated = group.filter(
      (f) => f.measure === 'growth' && f.period !== null && f.period === latest.period,
    );
    const growth = latest.measure === 'growth' ? null : stated.length > 0 ? preferred(stated) : null;
    const rank = latest.measure === 'rank' ? null : ofMeasure('rank');
    entries.push({
      flow: flowOf(latest),
      latest,
      previous,
      change: change === null ? null : change.ratio - 1,
      changeUnit: change?.unit ?? null,
      growth,
      rank,
    });
  }
  return entries.sort(compareFlows);
}

/** A product's figure: its share of a flow, its amount or its growth. */
export interface ProductFigure {
  product: string;
  figure: SourcedFigure;
}

/** The main products: the latest figure of each product and flow, largest shares first. */
export function products(figures: SourcedFigure[]): ProductFigure[] {
  const groups = new Map<string, SourcedFigure[]>();
  for (const f of figures) {
    if (f.sector === null || f.kind !== 'actual') continue;
    const key = `${f.sector}|${flowKey(flowOf(f))}|${f.measure}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const rankOf = (f: SourcedFigure) => ['share', 'value', 'growth', 'rank'].indexOf(f.measure);
  const latest = [...groups.values()].flatMap((g) => latestOf(g) ?? []);
  // one line a product: its share when stated, else its amount
  const byProduct = new Map<string, SourcedFigure>();
  for (const f of latest.sort((a, b) => rankOf(a) - rankOf(b))) {
    const key = `${f.sector}|${flowKey(flowOf(f))}`;
    if (!byProduct.has(key)) byProduct.set(key, f);
  }
  return [...byProduct.values()]
    .sort(
      (a, b) =>
        rankOf(a) - rankOf(b) ||
        (b.measure === 'share' || b.measure === 'value'
          ? (b.value_eur ?? b.value) - (a.value_eur ?? a.value)
          : 0) ||
        (a.sector ?? '').localeCompare(b.sector ?? ''),
    )
    .map((figure) => ({ product: figure.sector as string, figure }));
}

/** Each flow's amounts year by year, in euros (a single year is a point: the chart decides how to draw it). */
export function trends(figures: SourcedFigure[]): TrendSeries[] {
  const series: TrendSeries[] = [];
  for (const group of byFlow(
    figures.filter(
      (f) => f.kind === 'actual' && headlineAmount(f) && isYear(f.period) && f.value_eur !== null,
    ),
  ).values()) {
    const years = new Map<number, SourcedFigure[]>();
    for (const f of group) years.set(Number(f.period), [...(years.get(Number(f.period)) ?? []), f]);
    const points = [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([year, fs]) => {
        const figure = preferred(fs);
        return { year, value_eur: figure.value_eur as number, figure };
      });
    series.push({ flow: flowOf(points[0]?.figure as SourcedFigure), points });
  }
  return series.sort((a, b) => compareFlows(a, b));
}

/** Each stated target with the latest actual of its flow beside it, and the share of it reached. */
export function targets(figures: SourcedFigure[]): TargetProgress[] {
  const actuals = figures.filter((f) => f.kind === 'actual' && f.measure === 'value' && f.period !== null);
  return figures
    .filter((f) => f.kind === 'target' && f.measure === 'value')
    .map((target) => {
      const key = flowKey(flowOf(target));
      const horizon = target.period ? periodEnd(target.period) : '9999-12';
      const candidates = actuals
        .filter(
          (a) =>
            flowKey(flowOf(a)) === key && a.sector === target.sector && periodEnd(a.period ?? '') <= horizon,
        )
        .sort((a, b) => periodEnd(b.period ?? '').localeCompare(periodEnd(a.period ?? '')));
      const actual = candidates[0]
        ? preferred(candidates.filter((c) => c.period === candidates[0]?.period))
        : null;
      return { target, actual, reached: actual ? ratio(actual, target) : null };
    })
    .sort(
      (a, b) =>
        (a.target.period ?? '').localeCompare(b.target.period ?? '') || compareFlows(a.target, b.target),
    );
}

/**
 * The same flow, measure, period and sector stated with different values beyond rounding (and beyond the
 * spread of currency conversion when stated in different currencies): by different documents, or by one
 * document in two places.
 */
export function conflicts(figures: SourcedFigure[]): Conflict[] {
  const groups = new Map<string, SourcedFigure[]>();
  for (const f of figures) {
    if (f.kind !== 'actual' || f.period === null || (f.bound !== 'eq' && f.bound !== 'approx')) continue;
    const key = `${flowKey(flowOf(f))}|${f.measure}|${f.period}|${f.sector ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const found: Conflict[] = [];
  for (const group of groups.values()) {
    // a statement repeated in agreement (headline and body, prose and table) is one statement
    const statements: SourcedFigure[] = [];
    for (const f of group) {
      if (!statements.some((s) => s.document_id === f.document_id && !differ(s, f))) statements.push(f);
    }
    if (statements.length < 2) continue;
    const disagree = statements.some((a, i) => statements.slice(i + 1).some((b) => differ(a, b)));
    if (!disagree) continue;
    const first = statements[0] as SourcedFigure;
    const documents = new Set(statements.map((f) => f.document_id));
    found.push({
      flow: flowOf(first),
      measure: first.measure,
      period: first.period as string,
      sector: first.sector,
      withinDocument: documents.size < statements.length,
      figures: statements.sort((a, b) => a.source.key.localeCompare(b.source.key) || a.start - b.start),
    });
  }
  return found.sort((a, b) => a.period.localeCompare(b.period) || compareFlows(a, b));
}

/** Two statements of one figure that rounding or conversion cannot reconcile. */
export function differ(a: SourcedFigure, b: SourcedFigure): boolean {
  if (a.measure === 'rank') return a.value !== b.value;
  if (a.unit === 'percent' || b.unit === 'percent')
    return Math.abs(a.value - b.value) > PERCENT_POINT_TOLERANCE;
  if (a.unit === b.unit) return relative(a.value, b.value) > SAME_UNIT_TOLERANCE;
  if (a.value_eur === null || b.value_eur === null) return false; // cannot tell: not called a conflict
  return relative(a.value_eur, b.value_eur) > CROSS_CURRENCY_TOLERANCE;
}

/** What a figure of the month's documents did: added something new, confirmed, or revised an earlier figure. */
export interface Novelty {
  figure: SourcedFigure;
  change: 'added' | 'confirmed' | 'revised';
  /** the earlier figure of the same flow, measure, period, sector and kind, when there is one */
  before: SourcedFigure | null;
}

/** Each new figure set against what earlier documents said of the same flow, measure, period, sector and kind. */
export function novelties(fresh: SourcedFigure[], earlier: SourcedFigure[]): Novelty[] {
  const key = (f: SourcedFigure) =>
    `${flowKey(flowOf(f))}|${f.measure}|${f.period ?? ''}|${f.sector ?? ''}|${f.kind}`;
  const before = new Map<string, SourcedFigure[]>();
  for (const f of earlier) before.set(key(f), [...(before.get(key(f)) ?? []), f]);
  return fresh.map((figure) => {
    const previous = before.get(key(figure));
    if (!previous || figure.period === null) return { figure, change: 'added', before: null };
    const reference = preferred(previous);
    return { figure, change: differ(figure, reference) ? 'revised' : 'confirmed', before: reference };
  });
}

const relative = (x: number, y: number) =>
  Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), Number.MIN_VALUE);

function compareFlows(a: { flow?: Flow } & Partial<Flow>, b: { flow?: Flow } & Partial<Flow>): number {
  const fa = a.flow ?? (a as Flow);
  const fb = b.flow ?? (b as Flow);
  return (
    METRICS.indexOf(fa.metric) - METRICS.indexOf(fb.metric) ||
    fa.from.localeCompare(fb.from) ||
    fa.to.localeCompare(fb.to)
  );
}
