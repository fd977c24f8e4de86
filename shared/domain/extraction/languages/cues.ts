// What a language must supply for the engine to read it: the words of every stage, as data. Each language is one
// record of this interface (`fr.ts`, `nl.ts`, `en.ts`); `../lexicon.ts` is the only place where words become
// patterns. A fourth language is a fourth record: the compiler lists every field it still lacks.
//
// Entries are words or short word patterns ("export\\p{L}*" for every form of a stem); a pattern that needs the
// words around it (a lookbehind on another word) stays whole in its entry, so that no stage module spells a word.

export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Cues {
  language: Language;
  /** the most frequent function words, which tell the language of a text */
  stopwords: string[];
  // the sections below are filled stage by stage; each says which module reads it
  /** the words that name periods: months, quarters, fiscal and relative years (read by `../period-words.ts`) */
  periods: PeriodWords;
}

/**
 * The words of the period rules. Every pattern holds the entries of all three languages, French first: a French
 * text quotes "last year" as readily as a Dutch one writes "FY 2023".
 */
export interface PeriodWords {
  /** the months, January first, each with its spellings ("février", "fevrier") */
  months: string[][];
  /** their abbreviations, January first, as datelines and tables print them ("févr", "Sept", "mrt") */
  monthAbbreviations: string[][];
  /** first to fourth, as they count quarters and halves ("premier", "1er", "derde") */
  ordinals: string[][];
  /** what follows an ordinal to name a quarter ("trimestre", "kwartaal" and its compounds: "exportkwartaal") */
  quarterNouns: string[];
  /** what follows an ordinal to name a half ("semestre", "jaarhelft") */
  halfNouns: string[];
  /** the words before a fiscal year's label ("exercice", "boekjaar", "FY") */
  fiscalYear: string[];
  /** a year, as "last year" and "a year earlier" name it: a cheap test that such phrases can match */
  yearNouns: string[];
  /** years, after a number ("cinq ans", "vijf jaar", "five years") */
  yearsNouns: string[];
  /** the year before publication ("l'an dernier", "vorig jaar") */
  lastYear: string[];
  /** the year in progress ("cette année", "dit jaar") */
  thisYear: string[];
  /** the year before the clause's own year ("un an auparavant", "het jaar daarvoor") */
  yearBefore: string[];
  /** what follows "five years" to count back from the clause's year ("plus tôt", "eerder") */
  yearsEarlier: string[];
}
