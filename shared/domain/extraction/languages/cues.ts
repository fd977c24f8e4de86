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
  /** what opens a span to the year of writing ("depuis 2019") */
  since: string[];
  /** the start of a year, after "since" ("depuis début 2019") */
  sinceEarly: string[];
  /** the articles that open an event dated later in the clause ("sinds de inwerkingtreding … in 2019") */
  articles: string[];
  /** the preposition before that event's year ("en 2019", "in 2019") */
  inYear: string[];
  /** what may open a span of years ("entre 2011 et 2015", "van 2011 tot 2015") */
  spanFrom: string[];
  /** what joins the two years of a span ("et", "tot", "and") */
  spanTo: string[];
  /** what makes a year a horizon ("d'ici 2030", "tegen eind 2030", "by 2030") */
  byYear: string[];
  /** what makes a number of years a horizon ("d'ici cinq ans", "binnen vijf jaar") */
  within: string[];
  /** what ties a noun to the year after it ("de", "van", "of"): "within five years of 2020" counts from 2020 */
  ofYear: string[];
  /** so many years before publication; # stands for the number ("il y a # ans", "# years ago") */
  yearsAgo: string[];
  /** the full years before publication; # stands for the number ("ces # dernières années") */
  pastYears: string[];
  /** the decade before publication, with one group around its noun ("the past (decade)") */
  pastDecade: string[];
  /** a month, as the month phrases name it: a cheap test that they can match */
  monthNouns: string[];
  /** the month before publication ("le mois dernier", "vorige maand") */
  lastMonth: string[];
  /** the month before the clause's own month ("au mois précédent", "a month earlier") */
  monthBefore: string[];
  /** up to the day of writing ("jusqu'à présent", "tot nu toe", "so far") */
  toDate: string[];
  /** the same months of another year, before that year ("la même période de 2022") */
  samePeriod: string[];
  /** what ties "the same period" to its year ("de", "van", "in") */
  samePeriodOf: string[];
  /** a noun for the year between "the same period of" and the year ("l'année 2022") */
  theYear: string[];
  /** what opens "the same period" just spoken of ("au cours de", "in", "over") */
  during: string[];
  /** the determiners of that period ("la même", "dezelfde", "that") */
  thatSame: string[];
  /** a period, as that phrase names it ("période", "periode", "period") */
  periodNouns: string[];
  /** what may not follow that period: "dezelfde periode van 2022" names its year */
  notOfYear: string[];
  /** what may open an end of month ("à fin avril") */
  at: string[];
  /** the end of a month, for a year to date ("fin avril", "eind april", "end of April") */
  endOf: string[];
  /** the same, when a month of a named year follows ("tot eind april 2023") */
  untilEndOf: string[];
  /** the first months of a year named after; # stands for the number ("les # premiers mois de") */
  firstMonthsOf: string[];
  /** the first months of the year of publication; # stands for the number */
  firstMonthsOfThisYear: string[];
}
