// Rule-based extraction of trade figures: each quantity found in a clause is tied to the closest metric
// noun, its economies' roles (owner, partner) give the direction, the clause's period expressions give
// the period, and cue words give kind, bound, measure and sign. Quantities with no trade metric in their
// clause (people, companies, meetings, dates) are not figures.
import type { Bound, Kind, Measure, Metric } from '../figure.js';
import { type EconomyMention, findEconomies } from './gazetteer.js';
import type { Language } from './language.js';
import {
  BETWEEN_CUES,
  boundBefore,
  DECLINE_CUES,
  DEFICIT_WORDS,
  FORECAST_CUES,
  GROWTH_CUES,
  MAKES_CUES,
  METRIC_PATTERNS,
  NOT_A_METRIC,
  OWNER_CUES,
  PARTNER_CUES,
  SECTORS,
  SOURCE_CUES,
  TARGET_CUES,
} from './lexicon.js';
import { findPeriods, type PeriodMention } from './periods.js';
import { findQuantities, type Quantity } from './quantities.js';
import { type Span, splitClauses, splitSentences } from './text-segments.js';

/** A figure as the text states it, before currency conversion. */
export interface ExtractedFigure {
  metric: Metric;
  measure: Measure;
  from: string;
  to: string;
  value: number;
  unit: string;
  period: string | null;
  kind: Kind;
  bound: Bound;
  sector: string | null;
  quote: string;
  start: number;
  end: number;
  /** the sentence the figure stands in, as in the text */
  sentence: string;
  /** how sure the rules are, in [0, 1]: lower when the direction or the metric had to be guessed */
  confidence: number;
}

export interface ExtractionContext {
  language: Language;
  /** publication month YYYY-MM, to resolve "l'an dernier" and friends */
  published?: string;
}

interface MetricMention {
  metric: Metric;
  start: number;
  end: number;
  word: string;
}

type Role = 'owner' | 'partner' | 'ambiguous' | 'between';

export function extractTradeFigures(text: string, context: ExtractionContext): ExtractedFigure[] {
  // Quantities and economies are found once over the whole text; metric words and periods only in the
  // clauses that hold a quantity, which is a small part of any document.
  const allQuantities = findQuantities(text, context.language);
  if (allQuantities.length === 0) return [];
  const allEconomies = findEconomies(text).filter((e) =>
    inSpan(allQuantities, { start: e.start - 60, end: e.end + 60 }).every((q) => !overlaps(q, e)),
  );
  const documentEconomies = rankEconomies(allEconomies);
  const figures: ExtractedFigure[] = [];
  const seen = new Set<string>();
  let paragraphPeriod: string | undefined;
  let previousEnd = 0;
  for (const sentence of splitSentences(text)) {
    if (PARAGRAPH_BREAK.test(text.slice(previousEnd, sentence.start))) paragraphPeriod = undefined;
    previousEnd = sentence.end;
    if (inSpan(allQuantities, sentence).length === 0) continue;
    let sentencePeriod: string | undefined;
    for (const clause of splitClauses(text, sentence, context.language)) {
      const quantities = withCurrencies(inSpan(allQuantities, clause));
      if (quantities.length === 0) continue;
      const body = text.slice(clause.start, clause.end);
      const facts: ClauseFacts = {
        sentence,
        clause,
        quantities,
        metrics: findMetrics(body, clause.start),
        periods: findPeriods(body, context.published, clause.start),
        economies: inSpan(allEconomies, clause),
      };
      for (const quantity of quantities) {
        const figure = attribute(text, quantity, facts, documentEconomies, paragraphPeriod);
        if (!figure) continue;
        if (figure.period && figure.kind === 'actual') sentencePeriod = figure.period;
        const key = [
          figure.metric,
          figure.measure,
          figure.from,
          figure.to,
          figure.value,
          figure.unit,
          figure.period,
          figure.kind,
          figure.bound,
          figure.sector,
        ].join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        figures.push(figure);
      }
    }
    if (sentencePeriod) paragraphPeriod = sentencePeriod;
  }
  return figures;
}

const PARAGRAPH_BREAK = /\n[ \t]*\n/;

/** "3,1 milliards de dollars contre 2,2 milliards": an amount without currency takes the clause's last one. */
function withCurrencies(quantities: Quantity[]): Quantity[] {
  let last: string | undefined;
  const out: Quantity[] = [];
  for (const q of quantities) {
    if (q.type !== 'money') out.push(q);
    else if (!q.inheritedCurrency) {
      last = q.unit;
      out.push(q);
    } else if (last) out.push({ ...q, unit: last });
  }
  return out;
}

/** The items of a list sorted by start that lie wholly inside `span` (binary search, then a short walk). */
function inSpan<T extends Span>(sorted: T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i] as T;
    if (item.start >= span.end) break;
    if (item.end <= span.end) out.push(item);
  }
  return out;
}

interface ClauseFacts {
  sentence: Span;
  clause: Span;
  metrics: MetricMention[];
  periods: PeriodMention[];
  economies: EconomyMention[];
  quantities: Quantity[];
}

function attribute(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  documentEconomies: string[],
  inherited: string | undefined,
): ExtractedFigure | undefined {
  const before = text.slice(facts.clause.start, q.start);
  const metricMention = q.type === 'rank' ? undefined : closestMetric(q, facts.metrics);
  const metric = q.type === 'rank' ? rankMetric(q.rankNoun ?? '') : metricMention?.metric;
  if (!metric) return undefined;

  let measure: Measure = q.type === 'money' ? 'value' : q.type === 'rank' ? 'rank' : 'share';
  let value = q.value;
  const lead = text.slice(Math.max(facts.clause.start, q.start - 60), q.start);
  if (q.type === 'percent' && (GROWTH_CUES.test(lead) || /[+−-]\s*$/.test(lead))) {
    measure = 'growth';
    if (DECLINE_CUES.test(lead) || /[−-]\s*$/.test(lead)) value = -Math.abs(value);
  }
  if (
    measure === 'value' &&
    metric === 'trade_balance' &&
    metricMention &&
    DEFICIT_WORDS.test(metricMention.word)
  ) {
    value = -Math.abs(value);
  }

  const { bound, length: boundLength } =
    q.type === 'rank' ? { bound: 'eq' as Bound, length: 0 } : boundBefore(before);
  const direction = resolveDirection(text, q, metric, measure, facts, documentEconomies);
  if (!direction) return undefined;

  const { mention: periodMention, period: statedPeriod } = choosePeriod(q, facts, inherited);
  // A clause with no period of its own continues its paragraph ("En 2023, … Les exportations … ont
  // atteint …"); a share without a year states a structure rather than a flow, and gets none.
  const period = statedPeriod ?? (measure === 'share' ? undefined : inherited) ?? null;
  const upToFigure = text.slice(facts.clause.start, q.end);
  const kind: Kind =
    periodMention?.horizon || TARGET_CUES.test(upToFigure)
      ? 'target'
      : FORECAST_CUES.test(upToFigure)
        ? 'forecast'
        : 'actual';

  const start = q.start - boundLength;
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
    from: direction.from,
    to: direction.to,
    value,
    unit: q.unit,
    period,
    kind,
    bound,
    sector: metricMention ? sectorNear(text, metricMention, q) : null,
    quote: text.slice(start, q.end),
    start,
    end: q.end,
    sentence: text.slice(facts.sentence.start, facts.sentence.end),
    confidence: Math.round(Math.max(0.05, confidence) * 100) / 100,
  };
}

function findMetrics(body: string, offset: number): MetricMention[] {
  const found: MetricMention[] = [];
  for (const [metric, re] of METRIC_PATTERNS) {
    for (const m of body.matchAll(re)) {
      const start = offset + m.index;
      if (NOT_A_METRIC.test(m[0]) || /^Export\s+Morocco/u.test(body.slice(m.index))) continue;
      if (found.some((f) => start < f.end && start + m[0].length > f.start)) continue;
      found.push({ metric, start, end: start + m[0].length, word: m[0] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The metric noun of a quantity: the nearest one before it in its clause ("Les exportations … ont atteint
 * 35,2 MMDH, en hausse de 12,3%"), or one right after it ("€768 miljoen export"); one further after it only
 * when none precedes.
 */
function closestMetric(q: Quantity, metrics: MetricMention[]): MetricMention | undefined {
  const after = metrics.filter((m) => m.start >= q.end);
  const adjacent = after.find((m) => m.start - q.end <= 3);
  if (adjacent) return adjacent;
  const before = metrics.filter((m) => m.end <= q.start);
  return before.at(-1) ?? after[0] ?? metrics.find((m) => m.start < q.end && m.end > q.start);
}

function rankMetric(noun: string): Metric {
  if (/leverancier|fournisseur|supplier|importmarkt/.test(noun)) return 'imports';
  if (/partner|partenaire/.test(noun)) return 'bilateral_trade';
  if (/invest/.test(noun)) return 'fdi';
  return 'exports';
}

function roleOf(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
): Role | undefined {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 3);
  if (/^['’]s?(?![\p{L}])/u.test(after)) return 'owner';
  if (mention.adjective) {
    // "exportations marocaines", "Flemish exports", "investissements japonais": an adjective owns the
    // flow it qualifies; elsewhere ("the North African country", "entreprises japonaises") it says nothing.
    const near = (a: Span) => a.start - mention.end <= 25 && mention.start - a.end <= 25;
    return facts.metrics.some(near) || (q.type === 'rank' && near(q)) ? 'owner' : undefined;
  }
  if (MAKES_CUES.test(before)) return 'ambiguous';
  if (BETWEEN_CUES.test(before)) return 'between';
  if (SOURCE_CUES.test(before)) return metric === 'imports' ? 'partner' : 'owner';
  if (PARTNER_CUES.test(before)) return 'partner';
  if (OWNER_CUES.test(before)) return 'owner';
  return 'ambiguous';
}

const FLOWS_WITH_WORLD: ReadonlySet<Metric> = new Set(['exports', 'imports', 'trade_balance', 'total_trade']);
const TOTAL_CUE =
  /(?<![\p{L}])(?:total|totale|totales|totaal|globale?s?|mondial(?:e|es)?|wereldwijd|overall)(?![\p{L}])/iu;
const isCountryOrRegion = (code: string) => /^[A-Z]{2}(?:-|$)/.test(code);

/**
 * from/to by the schema's rules: owner → from (exporter, reporter, investor), partner → to. An economy
 * named without a cue is the owner of a flow ("Spain posted a surplus", "Nederland voerde uit") but the
 * partner of a rank ("Marokko is de 45ste exportmarkt van Vlaanderen"), except an investor's rank, whose
 * subject invests ("la France, premier investisseur au Maroc"). Economies of the clause come first, then
 * the countries and regions the document names most; a total with no partner is with the WORLD.
 */
function resolveDirection(
  text: string,
  q: Quantity,
  metric: Metric,
  measure: Measure,
  facts: ClauseFacts,
  documentEconomies: string[],
): { from: string; to: string; guessed: number } | undefined {
  const byDistance = (a: EconomyMention, b: EconomyMention) =>
    Math.abs(a.start - q.start) - Math.abs(b.start - q.start);
  const investorRank = metric === 'fdi' && q.type === 'rank';
  let from: string | undefined;
  let to: string | undefined;
  const ambiguous: EconomyMention[] = [];
  for (const mention of [...facts.economies].sort(byDistance)) {
    let role = roleOf(text, mention, metric, facts, q);
    if (investorRank && role === 'owner') role = 'partner'; // "investor in Morocco's automotive sector"
    if (role === 'owner' && !from && mention.code !== to) from = mention.code;
    else if (role === 'partner' && !to && mention.code !== from) to = mention.code;
    else if (role === 'between' || role === 'ambiguous') ambiguous.push(mention);
  }
  // Unmarked economies in the order they are written: the first is the subject.
  ambiguous.sort((a, b) => a.start - b.start);
  const subjectIsPartner = q.type === 'rank' && !investorRank;
  for (const { code } of ambiguous) {
    if (code === from || code === to) continue;
    if (subjectIsPartner ? !to : from) {
      if (!to) to = code;
    } else if (!from) from = code;
    else if (!to) to = code;
  }
  const world = FLOWS_WITH_WORLD.has(metric) && measure !== 'share';
  if (world && from && !to && TOTAL_CUE.test(text.slice(facts.clause.start, facts.clause.end))) to = 'WORLD';
  let guessed = 0;
  for (const code of documentEconomies) {
    if (from && to) break;
    if (code === from || code === to || !isCountryOrRegion(code)) continue;
    if (!from) from = code;
    else if (!to) to = code;
    guessed++;
  }
  if (world && from && !to) to = 'WORLD';
  if (!from || !to) return undefined;
  if (metric === 'bilateral_trade' && from > to) [from, to] = [to, from];
  return { from, to, guessed };
}

/** Economies by how often the document names them; groups only after countries and regions. */
function rankEconomies(mentions: EconomyMention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
  const isGroup = (code: string) => !/^[A-Z]{2}(?:-|$)/.test(code);
  return [...counts.entries()]
    .sort((a, b) => Number(isGroup(a[0])) - Number(isGroup(b[0])) || b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([code]) => code);
}

/**
 * A period stated right after a quantity ("2,2 milliards en 2023") belongs to it alone; otherwise the
 * nearest period of the clause that no other quantity claims, and failing that any period of the clause.
 * Bases of comparison ("par rapport à 2022") are never chosen unless they follow the quantity directly,
 * and "un an auparavant" is the year before the clause's own year.
 */
function choosePeriod(
  q: Quantity,
  facts: ClauseFacts,
  inherited: string | undefined,
): { mention?: PeriodMention; period?: string } {
  const claimedBy = new Map<PeriodMention, Quantity>();
  for (const p of facts.periods) {
    if (p.comparison) continue;
    const owner = facts.quantities.find((other) => {
      const gap = p.start - other.end;
      return (
        gap >= 0 && gap <= 12 && !facts.quantities.some((x) => x.start >= other.end && x.start < p.start)
      );
    });
    if (owner) claimedBy.set(p, owner);
  }
  const distance = (p: PeriodMention) => (p.end <= q.start ? q.start - p.end : p.start - q.end);
  const eligible = facts.periods.filter((p) => !p.comparison).sort((a, b) => distance(a) - distance(b));
  const mention =
    facts.periods.find((p) => claimedBy.get(p) === q) ??
    eligible.find((p) => !claimedBy.has(p)) ??
    eligible[0];
  if (!mention?.yearBefore) return { mention, period: mention?.period };
  const base = eligible.find((p) => p !== mention && !p.yearBefore)?.period ?? inherited;
  return { mention, period: base ? String(Number(base.slice(0, 4)) - 1) : mention.period };
}

function sectorNear(text: string, metric: MetricMention, q: Quantity): string | null {
  const window = text.slice(
    metric.end,
    Math.min(metric.end + 40, q.start > metric.end ? q.start : metric.end + 40),
  );
  const phrase =
    /^\s*(?:marocaines?|belges?|\p{L}+aises?)?\s*(?:de|d['’]|des|van|of|in)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)/iu.exec(
      window,
    );
  if (!phrase?.[1]) return null;
  return SECTORS.find(([, re]) => re.test(phrase[1] ?? ''))?.[0] ?? null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
