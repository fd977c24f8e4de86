// The briefing of one country pair for one month: which figures, in what order, with which sources, and
// the words used to present them. Renderers only lay it out.
import {
  type Conflict,
  conflicts,
  type HeadlineEntry,
  headline,
  type Novelty,
  novelties,
  type ProductFigure,
  products,
  type SourcedFigure,
  type TargetProgress,
  type TrendSeries,
  targets,
  trends,
} from './briefing-sections.js';
import { summarise } from './briefing-summary.js';
import type { DocumentRecord } from './document.js';
import type { Language } from './extraction/language.js';
import { countryOf, type TradeFigure } from './figure.js';
import { monthOf } from './months.js';
import { findStatisticsSource } from './statistics-source.js';

/** A document as a citation gives it: [n] title, publisher, date, address, and the statistics it cites. */
export interface BriefingSource {
  document_id: string;
  key: string;
  published: string | null;
  /** its number in the briefing's list of sources, [1]…; 0 for a document read that brought no figure */
  number: number;
  /** the document's title, or its file name when none is known */
  title: string;
  publisher: string | null;
  url: string | null;
  /** statistics sources its figures are attributed to ("International Trade Center") */
  statistics: string[];
}

export interface BriefingFigure extends SourcedFigure {
  source: BriefingSource;
  /** the statistics source the figure's sentence (or else its document) names, when one is named */
  statistics: string | null;
}

/** a subscriber's language: one the extractor reads is one the briefings are written in */
export type BriefingLanguage = Language;

/** What changed this month: the documents read, and what their figures added to or revised. */
export interface MonthChanges {
  /** documents ingested in the briefing's month, with the number of the pair's figures each brought */
  documents: Array<{ source: BriefingSource; status: DocumentRecord['status']; figures: number }>;
  /** figures of a flow, measure and period no earlier document stated */
  added: Novelty[];
  /** figures that differ from what an earlier document said */
  revised: Novelty[];
  /** how many of the month's figures restate what was known */
  confirmed: number;
  /** every figure of the pair arrived this month: nothing to compare with yet */
  allNew: boolean;
}

export interface Briefing {
  pair: string;
  month: string;
  language: BriefingLanguage;
  generatedAt: string;
  /** the economy whose point of view the briefing takes: its exports and imports (BE, or BE-VLG) */
  home: string;
  /** the other side of the pair */
  partner: string;
  /**
   * `regional` when every figure of the pair is a region's (Flanders–India): the briefing is then about
   * that region and the country, and says so
   */
  focus: 'national' | 'regional';
  /** three to five sentences on where the relationship stands, in the briefing's language */
  summary: string[];
  /** the latest amount (or share, rank) of each flow, national flows first, then regions' */
  headline: HeadlineEntry[];
  /** the main products with their shares or amounts */
  products: ProductFigure[];
  /** flows year by year, in euros */
  trends: TrendSeries[];
  /** stated targets with the latest actual beside them */
  targets: TargetProgress[];
  /** the same figure stated differently, by different sources or within one, side by side */
  conflicts: Conflict[];
  changes: MonthChanges;
  /** country-level figures, in period order */
  figures: BriefingFigure[];
  /** figures of regions (BE-VLG…), kept apart from national totals */
  regionalFigures: BriefingFigure[];
  /** the documents the figures come from, numbered */
  sources: BriefingSource[];
  /** every document read about the pair, with or without figures, and what became of it */
  documentsRead: Array<{ source: BriefingSource; status: DocumentRecord['status']; figures: number }>;
}

export interface BuildBriefingInput {
  pair: string;
  month: string;
  language?: BriefingLanguage;
  generatedAt: string;
  figures: TradeFigure[];
  documents: DocumentRecord[];
}

const isRegional = (f: Pick<TradeFigure, 'from' | 'to'>) =>
  countryOf(f.from) !== f.from || countryOf(f.to) !== f.to;

export function buildBriefing(input: BuildBriefingInput): Briefing {
  const language = input.language ?? 'en';
  const byId = new Map(input.documents.map((d) => [d.document_id, d]));
  const sorted = [...input.figures].sort(compareFigures);
  // sources numbered in the order of their first figure
  const cited = [...new Set(sorted.map((f) => f.document_id))];
  const sourceOf = new Map<string, BriefingSource>();
  for (const [i, id] of cited.entries()) sourceOf.set(id, sourceFor(byId.get(id), id, i + 1));
  const withSource: BriefingFigure[] = sorted.map((f) => {
    const source = sourceOf.get(f.document_id) as BriefingSource;
    const statistics = findStatisticsSource(f.sentence) ?? byId.get(f.document_id)?.statistics_source ?? null;
    if (statistics && !source.statistics.includes(statistics)) source.statistics.push(statistics);
    return { ...f, source, statistics };
  });
  const national = withSource.filter((f) => !isRegional(f));
  const regional = withSource.filter(isRegional);
  const focus = national.length === 0 && regional.length > 0 ? 'regional' : 'national';
  const [home, partner] = sides(input.pair, withSource);

  const ingestedIn = (d: DocumentRecord) => monthOf(new Date(d.ingested_at), 'Europe/Brussels');
  const earlierDocuments = new Set(
    input.documents.filter((d) => ingestedIn(d) < input.month).map((d) => d.document_id),
  );
  const earlier = withSource.filter((f) => earlierDocuments.has(f.document_id));
  const documentsOfMonth = input.documents.filter((d) => ingestedIn(d) === input.month);
  const fresh = withSource.filter((f) => documentsOfMonth.some((d) => d.document_id === f.document_id));
  const changed = novelties(fresh, earlier);
  const documentsRead = input.documents
    .map((d) => ({
      source: sourceOf.get(d.document_id) ?? sourceFor(d, d.document_id, 0),
      status: d.status,
      figures: withSource.filter((f) => f.document_id === d.document_id).length,
    }))
    .sort((a, b) => a.source.key.localeCompare(b.source.key));

  const entries = [...headline(national), ...headline(regional)];
  const briefing: Briefing = {
    pair: input.pair,
    month: input.month,
    language,
    generatedAt: input.generatedAt,
    home,
    partner,
    focus,
    summary: [],
    headline: orderFromHome(entries, home),
    products: products(withSource),
    // regions' amounts are drawn beside the nation's, never added to them
    trends: trends(withSource),
    targets: targets(withSource),
    conflicts: conflicts(withSource),
    changes: {
      documents: documentsRead.filter((d) =>
        documentsOfMonth.some((m) => m.document_id === d.source.document_id),
      ),
      added: changed.filter((c) => c.change === 'added'),
      revised: changed.filter((c) => c.change === 'revised'),
      confirmed: changed.filter((c) => c.change === 'confirmed').length,
      allNew: withSource.length > 0 && earlier.length === 0,
    },
    figures: national,
    regionalFigures: regional,
    sources: [...sourceOf.values()],
    documentsRead,
  };
  briefing.summary = summarise(briefing);
  return briefing;
}

function sourceFor(d: DocumentRecord | undefined, id: string, number: number): BriefingSource {
  const key = d?.key ?? id;
  return {
    document_id: id,
    key,
    published: d?.published ?? null,
    number,
    title: d?.title?.trim() || (key.split('/').at(-1) ?? key),
    publisher: d?.publisher ?? null,
    url: d?.url ?? null,
    statistics: [],
  };
}

/**
 * Which side of the pair the briefing speaks from: the economy that reports most of the figures (the
 * exporter of its exports, the importer of its imports, the economy whose share or rank it is), a region
 * when all of them are a region's; ties go to the side with regional figures, then to the first code.
 */
function sides(pair: string, figures: TradeFigure[]): [string, string] {
  const [a = pair, b = pair] = pair.split('/');
  const weight = new Map<string, number>();
  const regions = new Map<string, number>();
  for (const f of figures) {
    if (f.metric === 'bilateral_trade') continue;
    weight.set(countryOf(f.from), (weight.get(countryOf(f.from)) ?? 0) + 1);
    for (const code of [f.from, f.to])
      if (countryOf(code) !== code) regions.set(code, (regions.get(code) ?? 0) + 1);
  }
  const regionalOf = (c: string) => [...regions.keys()].some((r) => countryOf(r) === c);
  const score = (c: string) => (weight.get(c) ?? 0) * 2 + (regionalOf(c) ? 1 : 0);
  const homeCountry = score(b) > score(a) ? b : a;
  const partner = homeCountry === a ? b : a;
  // a pair whose figures are all one region's is that region's briefing
  const national = figures.some((f) => !isRegional(f));
  const ofHome = [...regions.entries()]
    .filter(([r]) => countryOf(r) === homeCountry)
    .sort((x, y) => y[1] - x[1]);
  const home = !national && ofHome[0] ? ofHome[0][0] : homeCountry;
  return [home, partner];
}

/** Exports of the home economy, its imports, its balance, then the rest; national flows before regions'. */
function orderFromHome(entries: HeadlineEntry[], home: string): HeadlineEntry[] {
  const homeCountry = countryOf(home);
  const rank = (e: HeadlineEntry) => {
    const regional = isRegional(e.flow) && countryOf(home) === home ? 10 : 0;
    const f = e.flow;
    if (f.metric === 'exports') return regional + (countryOf(f.from) === homeCountry ? 0 : 1);
    return regional + ['', '', 'trade_balance', 'bilateral_trade', 'fdi', 'total_trade'].indexOf(f.metric);
  };
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

function compareFigures(a: TradeFigure, b: TradeFigure): number {
  return (
    (a.period ?? '~').localeCompare(b.period ?? '~') ||
    a.metric.localeCompare(b.metric) ||
    a.measure.localeCompare(b.measure) ||
    a.from.localeCompare(b.from) ||
    a.id.localeCompare(b.id)
  );
}

/** "trade-briefing-BE-MA-2026-11-fr.pdf" */
export function briefingFileName(
  pair: string,
  month: string,
  extension: string,
  language: BriefingLanguage,
): string {
  return `trade-briefing-${pair.replace('/', '-')}-${month}-${language}.${extension}`;
}
