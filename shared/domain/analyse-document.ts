// From a document's text to its normalised figure records: language, publication date, extraction,
// currency conversion and stable ids (the same text always yields the same ids, so re-ingest replaces
// rather than adds).
import { createHash } from 'node:crypto';
import { extractTradeFigures } from './extraction/extract-trade-figures.js';
import { detectLanguage, type Language } from './extraction/language.js';
import { findPublicationDate } from './extraction/periods.js';
import type { TradeFigure } from './figure.js';
import { convertCurrency } from './normalisation/convert-currency.js';

/** Bumped whenever extraction rules change, so stored documents can be told apart and reprocessed. */
export const EXTRACTOR_VERSION = 'rules-2026.11.1';

export interface DocumentAnalysis {
  language: Language;
  /** YYYY-MM, from the text or the hint */
  published: string | null;
  figures: TradeFigure[];
}

export interface AnalyseOptions {
  documentId: string;
  /** publication month (YYYY-MM) known from outside the text, e.g. object metadata; the text wins */
  publishedHint?: string;
}

export function analyseDocument(text: string, options: AnalyseOptions): DocumentAnalysis {
  const language = detectLanguage(text);
  const published = findPublicationDate(text) ?? options.publishedHint;
  const extracted = extractTradeFigures(text, { language, published });
  const figures = extracted.map((figure) => {
    const conversion =
      figure.measure === 'value'
        ? convertCurrency(figure.value, figure.unit, figure.period)
        : { value_eur: null, value_usd: null, conversion: null, conversion_note: 'not an amount of money' };
    // Typed, not parsed: the schema is enforced where figures cross an I/O boundary (the repository),
    // and a test holds every extracted figure of the corpora to it.
    const record: TradeFigure = {
      ...figure,
      id: figureId(options.documentId, figure),
      document_id: options.documentId,
      ...conversion,
    };
    return record;
  });
  return { language, published: published ?? null, figures };
}

function figureId(
  documentId: string,
  f: { start: number; end: number; metric: string; measure: string; unit: string },
): string {
  return createHash('sha256')
    .update([documentId, f.start, f.end, f.metric, f.measure, f.unit].join('|'))
    .digest('hex')
    .slice(0, 24);
}
