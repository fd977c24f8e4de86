// What a language must supply for the engine to read it: the words of every stage, as data. Each language is one
// record of this interface (`fr.ts`, `nl.ts`, `en.ts`); `../lexicon.ts` is the only place where words become
// patterns. A fourth language is a fourth record: the compiler lists every field it still lacks.
//
// Entries are words or short word patterns ("export\\p{L}*" for every form of a stem); a pattern that needs the
// words around it (a lookbehind on another word) stays whole in its entry, so that no stage module spells a word.

import type { AttributionCues } from './cues-attribution.js';
import type { DirectionCues } from './cues-direction.js';
import type { FigureCues } from './cues-figure.js';
import type { GazetteerCues } from './cues-gazetteer.js';
import type { PeriodCues } from './cues-periods.js';
import type { QuantityCues } from './cues-quantities.js';

export type { PeriodWords } from './cues-periods.js';
export type { NumberWords, QuantityWords } from './cues-quantities.js';
export type { AttributionCues, DirectionCues, FigureCues, GazetteerCues, PeriodCues, QuantityCues };

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Everything a language supplies: its sections are in `cues-quantities.ts`, `cues-attribution.ts`,
 * `cues-gazetteer.ts`, `cues-periods.ts`, `cues-figure.ts` and `cues-direction.ts`. */
export interface Cues
  extends QuantityCues,
    AttributionCues,
    GazetteerCues,
    PeriodCues,
    FigureCues,
    DirectionCues {
  language: Language;
  /** the most frequent function words, which tell the language of a text */
  stopwords: string[];
  /** spellings only the language has, which break a tie of function words in a short text: "'s", "ij", "é" */
  spellings: string[];
}
