// The briefing of one country pair for one month: which figures, in what order, with which sources, and
// the words used to present them. Renderers only lay it out.
import {
  type Conflict,
  conflicts,
  type HeadlineEntry,
  headline,
  type Novelty,
  novelties,
  type SourcedFigure,
  type TargetProgress,
  type TrendSeries,
  targets,
  trends,
} from './briefing-sections.js';
import type { DocumentRecord } from './document.js';
import type { Language } from './extraction/language.js';
import { countryOf, type TradeFigure } from './figure.js';
import { monthOf } from './months.js';

export interface BriefingSource {
  document_id: string;
  key: string;
  published: string | null;
}

export interface BriefingFigure extends SourcedFigure {
  source: BriefingSource;
}

/** a subscriber's language: one the extractor reads is one the briefings are written in */
export type BriefingLanguage = Language;

/** A document ingested in the briefing's month, and what it brought to the pair. */
export interface NewDocument {
  source: BriefingSource;
  status: DocumentRecord['status'];
  ingested_at: string;
  /** the pair's figures it states */
  figures: BriefingFigure[];
  /** what each of them added to, confirmed or revised in what earlier documents said */
  changes: Novelty[];
}

export interface Briefing {
  pair: string;
  month: string;
  language: BriefingLanguage;
  generatedAt: string;
  /** the latest amount of each national flow, with the change against the period before */
  headline: HeadlineEntry[];
  /** national flows year by year, in euros */
  trends: TrendSeries[];
  /** stated targets with the latest actual beside them */
  targets: TargetProgress[];
  /** the same figure stated differently by different sources, side by side */
  conflicts: Conflict[];
  /** documents ingested this month and the figures they brought */
  newThisMonth: NewDocument[];
  /** country-level figures, in period order */
  figures: BriefingFigure[];
  /** figures of regions (BE-VLG…), kept apart from national totals */
  regionalFigures: BriefingFigure[];
  /** the latest amount of each regional flow */
  regionalHeadline: HeadlineEntry[];
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

export function buildBriefing(input: BuildBriefingInput): Briefing {
  const byId = new Map(input.documents.map((d) => [d.document_id, d]));
  const withSource: BriefingFigure[] = input.figures.map((f) => {
    const doc = byId.get(f.document_id);
    return {
      ...f,
      source: {
        document_id: f.document_id,
        key: doc?.key ?? f.document_id,
        published: doc?.published ?? null,
      },
    };
  });
  withSource.sort(compareFigures);
  const isRegional = (f: TradeFigure) => countryOf(f.from) !== f.from || countryOf(f.to) !== f.to;
  const national = withSource.filter((f) => !isRegional(f));
  const regional = withSource.filter(isRegional);
  const used = new Set(withSource.map((f) => f.document_id));
  const sources = [...used]
    .map((id) => withSource.find((f) => f.document_id === id)?.source)
    .filter((s): s is BriefingSource => s !== undefined)
    .sort((a, b) => a.key.localeCompare(b.key));
  const ingestedIn = (d: DocumentRecord) => monthOf(new Date(d.ingested_at), 'Europe/Brussels');
  const earlierDocuments = new Set(
    input.documents.filter((d) => ingestedIn(d) < input.month).map((d) => d.document_id),
  );
  const earlier = withSource.filter((f) => earlierDocuments.has(f.document_id));
  const newThisMonth = input.documents
    .filter((d) => ingestedIn(d) === input.month)
    .map((d) => {
      const figures = withSource.filter((f) => f.document_id === d.document_id);
      return {
        source: { document_id: d.document_id, key: d.key, published: d.published },
        status: d.status,
        ingested_at: d.ingested_at,
        figures,
        changes: novelties(figures, earlier),
      };
    })
    .sort((a, b) => a.source.key.localeCompare(b.source.key));
  return {
    pair: input.pair,
    month: input.month,
    language: input.language ?? 'en',
    generatedAt: input.generatedAt,
    headline: headline(national),
    trends: trends(national),
    targets: targets(withSource),
    conflicts: conflicts(withSource),
    newThisMonth,
    figures: national,
    regionalFigures: regional,
    regionalHeadline: headline(regional),
    sources,
    documentsRead: input.documents
      .map((d) => ({
        source: { document_id: d.document_id, key: d.key, published: d.published },
        status: d.status,
        figures: withSource.filter((f) => f.document_id === d.document_id).length,
      }))
      .sort((a, b) => a.source.key.localeCompare(b.source.key)),
  };
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
