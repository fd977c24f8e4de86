// What a clause inherits from the text before it: the periods and flows stated so far, and how often.
import type { Metric } from '../../figure.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import type { Quantity } from '../quantities/quantities.js';

/** What a clause inherits from the text before it. */
export interface Carried {
  /** the period of the last sentence of the paragraph that stated one */
  paragraphPeriod?: string;
  /** the period the story is in: the last one stated before this paragraph, or the title's */
  storyPeriod?: string;
  /** the period stated earlier in the same sentence */
  sentencePeriod?: string;
  /** the last figure of the paragraph, for "Il a progressé de 21 %" */
  lastFigure?: ExtractedFigure;
  /** the last figure before the paragraph break, for "… goed voor een vijfde van die uitvoer" after it */
  lastBeforeBreak?: ExtractedFigure;
  /** the last amount before the last paragraph break */
  amountBeforeBreak?: ExtractedFigure;
  /** the period of the paragraph's last amount given as a base with a period of its own ("compared with -226.7
   * bn in 2005"): that of a base stated with none after it ("(+75.1 bn compared with +68.4 bn)") */
  basePeriod?: string;
  /** the year of the paragraph's last stock at a year's end ("1,9 milliard d'euros fin 2024") */
  yearEndPeriod?: string;
  /** the directions of each metric in the document so far, and how often each was stated: "Les
   * exportations de produits chimiques ont atteint 612 millions" continues the exports the text is about */
  directions: Map<Metric, Map<string, DirectionCount>>;
  /** how many sentences stated each period */
  periodCounts: Map<string, number>;
  /** the latest period each flow (metric, economies, sector) was stated for */
  flowPeriods: Map<string, string>;
  /** the currency of the paragraph's last amount: "… 10,2 milliards de dirhams (+24 %), tandis que ses
   * exportations … se sont établies à 4,4 milliards" */
  lastUnit?: string;
  /** the last figure not given in brackets after a rival: "… 31 %, devant l'Espagne (11 %) et les Émirats (9 %)" */
  bracketHead?: ExtractedFigure;
  /** the last rank of the paragraph */
  lastRank?: ExtractedFigure;
  /** the paragraph's last amount */
  lastAmount?: ExtractedFigure;
  /** the pair whose trade the document last stated: "De handel tussen België en Marokko …" */
  pair?: [string, string];
}

/** The figure of the flow the document has stated most often so far (ranks weigh half), the first among equals. */
export function mostStatedFlow(carried: Carried): ExtractedFigure | undefined {
  let best: ExtractedFigure | undefined;
  let most = 0;
  for (const [, byPair] of carried.directions) {
    for (const entry of byPair.values()) {
      if (entry.count > most) {
        most = entry.count;
        best = entry.figure;
      }
    }
  }
  return best;
}

/** The story's period: the one its sentences have stated most often so far, the first among equals. */
export function notePeriod(carried: Carried, period: string): string {
  const counts = carried.periodCounts;
  counts.set(period, (counts.get(period) ?? 0) + 1);
  let best = period;
  let most = 0;
  for (const [p, n] of counts) {
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}

export function noteDirection(carried: Carried, figure: ExtractedFigure): void {
  const byPair = carried.directions.get(figure.metric) ?? new Map();
  carried.directions.set(figure.metric, byPair);
  const key = `${figure.from}>${figure.to}`;
  const entry = byPair.get(key) ?? {
    from: figure.from,
    to: figure.to,
    count: 0,
    value: Number.NaN,
    unit: '',
    figure,
  };
  // a rank says where a country stands more than what the text's flows are: it weighs half
  entry.count += figure.measure === 'rank' ? 0.5 : 1;
  if (figure.measure !== 'rank') entry.stated = true;
  if (
    figure.measure === 'value' &&
    (entry.unit !== figure.unit || !(entry.value >= Math.abs(figure.value)))
  ) {
    entry.value = Math.abs(figure.value);
    entry.unit = figure.unit;
  }
  byPair.set(key, entry);
}

/** Flows whose `from` is the reporting economy: what one says of the pair, the others continue. */
export const REPORTED_FLOWS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'trade_balance']);

/**
 * The direction of a metric the document has stated most often so far (the first among equals), or that
 * of its sibling flows; for an amount, one stated at a like magnitude first ("franchir la barre des 60
 * milliards d'exportations" continues the 57,3 milliards of all exports, not the 512 millions to Morocco;
 * a part, such as one sector, may be much smaller than the flow it belongs to).
 */
export function usualDirection(
  carried: Carried,
  metric: Metric,
  q: Quantity,
): { from: string; to: string } | undefined {
  let entries = [...(carried.directions.get(metric)?.values() ?? [])];
  let siblingPartners = 0;
  if (entries.length === 0 && REPORTED_FLOWS.has(metric)) {
    entries = [...REPORTED_FLOWS].flatMap((m) => [...(carried.directions.get(m)?.values() ?? [])]);
    siblingPartners = new Set(entries.filter((e) => e.stated).map((e) => e.to)).size;
  }
  const alike = q.type === 'money' ? entries.filter((e) => e.unit === q.unit && q.value <= e.value * 3) : [];
  let best: DirectionCount | undefined;
  for (const entry of alike.length > 0 ? alike : entries) {
    // a rank says who ranks where, not which partner the flows after it are with
    if (q.type !== 'rank' && !entry.stated) continue;
    if (!best || entry.count > best.count) best = entry;
  }
  // "Les importations proviennent de France, d'Allemagne et de Chine. … Les exportations ont atteint 418 millions":
  // the other flow's partners, several, tell nothing of this one's; the economy that reports them trades with the
  // world (one partner is the pair a story is about, whose other flow it goes on with)
  if (best && siblingPartners >= 2 && metric !== 'trade_balance') return { from: best.from, to: 'WORLD' };
  return best;
}

interface DirectionCount {
  from: string;
  to: string;
  count: number;
  /** the largest amount stated in this direction (in the last currency used), and its currency */
  value: number;
  unit: string;
  /** the first figure of this flow */
  figure: ExtractedFigure;
  /** whether a figure other than a rank stated this flow */
  stated?: boolean;
}
