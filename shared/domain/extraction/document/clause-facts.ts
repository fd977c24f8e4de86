// The facts of one clause that attribution reads (its quantities, metric words, periods, economies),
// and the span helpers every stage uses.
import type { Metric } from '../../figure.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { PeriodMention } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import type { Span } from './text-segments.js';

export interface MetricMention {
  metric: Metric;
  start: number;
  end: number;
}

export type Role = 'owner' | 'partner' | 'ambiguous' | 'between';

/**
 * "3,1 milliards de dollars contre 2,2 milliards": an amount without currency takes the clause's last one,
 * or the paragraph's last ("Il était de 21,3 milliards en 2022").
 */
export function withCurrencies(quantities: Quantity[], paragraphUnit: string | undefined): Quantity[] {
  let last = paragraphUnit;
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

/**
 * "Spain, which overtook France as Morocco's main trade partner in 2012, accounted for 20% of Morocco's foreign
 * trade last year": the economies, metric words and years of a relative clause between commas are not those of
 * a figure outside it.
 */
export function withoutAsides(text: string, q: Quantity, facts: ClauseFacts): ClauseFacts {
  const body = text.slice(facts.clause.start, facts.clause.end);
  if (!body.includes(',')) return facts;
  const asides: Span[] = [];
  for (const m of body.matchAll(ASIDE)) {
    const span = { start: facts.clause.start + m.index, end: facts.clause.start + m.index + m[0].length };
    if (!within(q, span)) asides.push(span);
  }
  if (asides.length === 0) return withoutRankApposition(text, q, facts);
  const outside = (a: Span) => !asides.some((s) => within(a, s));
  return {
    ...facts,
    economies: facts.economies.filter(outside),
    metrics: facts.metrics.filter(outside),
    periods: facts.periods.filter(outside),
  };
}

/**
 * "Shipments to China, Japan's largest trading partner, climbed 3.8%": the noun of a rank said of a partner
 * between commas is no metric of a figure outside them, when the clause names one of its own.
 */
function withoutRankApposition(text: string, q: Quantity, facts: ClauseFacts): ClauseFacts {
  for (const r of facts.quantities) {
    if (r.type !== 'rank' || r === q) continue;
    const open = text.lastIndexOf(',', r.start);
    const close = text.indexOf(',', r.end);
    if (open < facts.clause.start || close < 0 || close >= facts.clause.end || r.start - open > 50) continue;
    if (close - r.end > 60 || !/\s/.test(text[close + 1] ?? '') || /[.;:()]/.test(text.slice(open, close)))
      continue;
    const span = { start: open, end: close + 1 };
    if (within(q, span) || facts.quantities.some((o) => o !== r && within(o, span))) continue;
    const metrics = facts.metrics.filter((m) => !within(m, span));
    if (metrics.length === 0 || metrics.length === facts.metrics.length) continue;
    return { ...facts, metrics };
  }
  return facts;
}

// "…, qui …,", and an apposition naming what an organisation is (", l'agence flamande pour le commerce
// extérieur,", ", the city's trade promotion agency,")
const ASIDE = latin(
  new RegExp(
    withWords`,\s*(?:(?:${(c) => c.relatives.asideOpener})\s[^,;.]{3,160}|(?:${(c) => c.relatives.asideArticle})[^,;.]{0,40}?(?:${(c) => c.relatives.asideBody})(?![\p{L}])[^,;.]{0,120}),(?=\s)`,
    'giu',
  ),
);

/** The sentences with the teasers cut out of them: "Lire aussi : … en Afrique\nEn 2023, …" is not one sentence. */
export function outside(sentences: Span[], teasers: Span[]): Span[] {
  if (teasers.length === 0) return sentences;
  return sentences.flatMap((s) => {
    const cut = teasers.filter((t) => t.start < s.end && t.end > s.start);
    if (cut.length === 0) return [s];
    const parts: Span[] = [];
    let start = s.start;
    for (const t of cut) {
      if (t.start > start) parts.push({ start, end: t.start });
      start = Math.max(start, t.end);
    }
    if (start < s.end) parts.push({ start, end: s.end });
    return parts;
  });
}

export const within = (a: Span, span: Span) => a.start >= span.start && a.end <= span.end;

/** The items of a list sorted by start that lie wholly inside `span` (binary search, then a short walk). */
export function inSpan<T extends Span>(sorted: T[], span: Span): T[] {
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

export interface ClauseFacts {
  sentence: Span;
  clause: Span;
  metrics: MetricMention[];
  periods: PeriodMention[];
  economies: EconomyMention[];
  quantities: Quantity[];
  /** the sentence before, whose subject a pronoun may take up */
  previous?: Span;
  allMetrics: MetricMention[];
  allPeriods: PeriodMention[];
  language: Language;
  published?: string;
  allEconomies: EconomyMention[];
  /** the pair the story's first sentence names ("entre le Chili et l'Asie") */
  storyPair?: [string, string];
  /** the economy the text is about, by its heading or its statistics office, once a flow it reports is stated */
  home?: string;
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
