// A figure as the text states it, before currency conversion, and what the extraction is told of its text.
import type { Bound, Kind, Measure, Metric } from '../figure.js';
import type { Language } from './language.js';

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
  /** a rank held before or within a subset: not recorded, but the amounts after it are its flow's */
  withheld?: boolean;
  /** given in brackets after a rival ("devant l'Espagne (11 %)") */
  bracketed?: boolean;
}

export interface ExtractionContext {
  language: Language;
  /** publication month YYYY-MM, to resolve "l'an dernier" and friends */
  published?: string;
}
