// From a document's text to its normalised figure records: language, publication date, extraction,
// currency conversion and stable ids (the same text always yields the same ids, so re-ingest replaces
// rather than adds).

import { findEconomies } from './extraction/economies/gazetteer.js';
import { extractTradeFigures } from './extraction/extract-trade-figures.js';
import { detectLanguage, type Language } from './extraction/language.js';
import { METRIC_PATTERNS } from './extraction/lexicon.js';
import { findPublicationDate } from './extraction/periods/periods.js';
import { countryOf, isGroup, pairOf, type TradeFigure } from './figure.js';
import { convertCurrency } from './normalisation/convert-currency.js';

/** Bumped whenever extraction rules change, so stored documents can be told apart and reprocessed. */
export const EXTRACTOR_VERSION = 'rules-2026.11.26';

export interface DocumentAnalysis {
  language: Language;
  /** the text names trade flows (exports, imports, trade, investment), figures found or not */
  talksOfTrade: boolean;
  /** the country pairs the document is about: its figures' pairs, or, with no figure, its two most named countries */
  pairs: string[];
  /** YYYY-MM, from the text or the hint */
  published: string | null;
  figures: TradeFigure[];
}

export interface AnalyseOptions {
  documentId: string;
  /** publication month (YYYY-MM) known from outside the text, e.g. object metadata; the text wins */
  publishedHint?: string;
}

const NOT_MONEY = {
  value_eur: null,
  value_usd: null,
  conversion: null,
  conversion_note: 'not an amount of money',
};

export function analyseDocument(text: string, options: AnalyseOptions): DocumentAnalysis {
  const language = detectLanguage(text);
  const published = findPublicationDate(text) ?? options.publishedHint;
  const extracted = extractTradeFigures(text, { language, published });
  const figures = extracted.map((f): TradeFigure => {
    const money = f.measure === 'value' ? convertCurrency(f.value, f.unit, f.period) : NOT_MONEY;
    // Fields are listed, not spread: V8 spreads these records on a slow path (18 µs a figure against
    // 0.1 µs), more than all the rest of the extraction. Typed, not parsed: the schema is enforced where
    // figures cross an I/O boundary (the repository), and a test holds every extracted figure to it.
    return {
      metric: f.metric,
      measure: f.measure,
      from: f.from,
      to: f.to,
      value: f.value,
      unit: f.unit,
      period: f.period,
      kind: f.kind,
      bound: f.bound,
      sector: f.sector,
      quote: f.quote,
      id: figureId(options.documentId, f),
      document_id: options.documentId,
      start: f.start,
      end: f.end,
      sentence: f.sentence,
      confidence: f.confidence,
      value_eur: money.value_eur,
      value_usd: money.value_usd,
      conversion: money.conversion,
      conversion_note: money.conversion_note,
    };
  });
  return {
    language,
    talksOfTrade: figures.length > 0 || talksOfTrade(text),
    pairs: figures.length > 0 ? [...new Set(figures.map(pairOf))].sort() : namedPair(text),
    published: published ?? null,
    figures,
  };
}

/** The pair of the two countries a text names most ("Maroc" 12 times, "Hong Kong" 6: HK/MA), if it names two. */
function namedPair(text: string): string[] {
  const counts = new Map<string, number>();
  for (const e of findEconomies(text)) {
    if (isGroup(e.code)) continue;
    const country = countryOf(e.code);
    counts.set(country, (counts.get(country) ?? 0) + 1);
  }
  const [first, second] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return first && second ? [[first[0], second[0]].sort().join('/')] : [];
}

function talksOfTrade(text: string): boolean {
  return METRIC_PATTERNS.some(([, re]) => {
    re.lastIndex = 0;
    const found = re.test(text);
    re.lastIndex = 0;
    return found;
  });
}

/**
 * A stable id from the document and the figure's place in it: four seeded 32-bit FNV-1a style mixes (96 bits
 * kept), in plain JavaScript: a native hash call per figure cost more than the rest of its normalisation.
 */
function figureId(
  documentId: string,
  f: { start: number; end: number; metric: string; measure: string; unit: string },
): string {
  const input = `${documentId}|${f.start}|${f.end}|${f.metric}|${f.measure}|${f.unit}`;
  return hex8(hash32(input, 0x811c9dc5)) + hex8(hash32(input, 0x01000193)) + hex8(hash32(input, 0x9e3779b9));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex8 = (n: number) => `${HEX[n >>> 24]}${HEX[(n >>> 16) & 255]}${HEX[(n >>> 8) & 255]}${HEX[n & 255]}`;

function hash32(input: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
