// The words that name periods (read by the period finder): a section of `Cues` (see `cues.ts`).

/** the words that name periods (read by the period finder) */
export interface PeriodCues {
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
  /** the year after publication ("l'an prochain", "volgend jaar", "next year") */
  nextYear: string[];
  /** the same months a year before: "the same period of last year", "la même période de l'année dernière" */
  samePeriodLastYear: string[];
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
  /** what closes a range from a month of one year to a month of another ("de mars 2004 à mai 2016") */
  monthTo: string[];
  /** what else closes a range of months in one year ("van januari t/m augustus") */
  monthRangeTo: string[];
  /** what opens two months, joined by "and" ("entre janvier et octobre") */
  between: string[];
  /** what may come between "between" and the first month ("entre les mois de février et de juin") */
  theMonthsOf: string[];
  /** what joins two months or two coordinated months ("janvier et février") */
  and: string[];
  /** what may come before the second month of "between … and" ("et de juin") */
  ofSecondMonth: string[];
  /** what opens a range of months closed by "to" ("de janvier à octobre", "van januari tot") */
  fromMonth: string[];
  /** what may come before the last month of that range ("van januari tot eind augustus") */
  rangeEnd: string[];
  /** what joins two months written short, besides a dash ("jan t/m aug") */
  monthDash: string[];
  /** what may come between a range of months and its year ("de janvier à octobre de l'année 2013") */
  monthsOfYear: string[];
  /** the year of publication, after a range of months ("between January and October this year") */
  monthsThisYear: string[];
  /** what opens a month named without its year ("en janvier", "tijdens maart", "during February") */
  inMonth: string[];
  /** the articles of a noun for the month before its name ("tijdens de recordmaand maart") */
  monthArticles: string[];
  /** what may join that noun to the month's name ("le mois de mars") */
  ofNamedMonth: string[];
  /** what ties a period to the year after it ("le premier semestre de 2023", "het derde kwartaal van 2024") */
  of: string[];
  /** the year of publication, after a half ("le premier semestre de l'année") */
  ofThisYear: string[];
  /** what follows a figure to make it an ordinal before "quarter" ("3e", "3de", "3rd") */
  ordinalSuffixes: string[];
  /** the edge of a year, written against it ("fin-2022", "end-2022", "mid-2023") */
  edgeOfYear: string[];
  /** what may follow the number of a day before its month ("1er mars", "21st March") */
  dayOrdinals: string[];
  /** the same after the month ("March 6th, 2024") */
  dayOrdinalsAfterMonth: string[];
  /** what says a text was published on a date ("publié le 3 juin 2021", "verscheen op") */
  published: string[];
  /** what may follow it before the date */
  publishedOn: string[];
  /** what makes the period after it a base of comparison ("par rapport à 2022", "tegenover 2017") */
  comparedTo: string[];
  /** a comparison opened before its terms ("en comparant juin 2021 à juin 2020") */
  comparing: string[];
  /** what joins its second term ("à", "met", "with") */
  comparingWith: string[];
  /** a change, before the "from" of its base ("a 4% rise from 2022") */
  changeBefore: string[];
  /** what opens that base ("from", "on", "over") */
  changeFrom: string[];
  /** the words that may stand between a comparison and its period ("par rapport à la même période") */
  comparisonFillers: string[];
  /** a noun for the year of that period ("l'année 2022", "boekjaar 2022") */
  comparisonYear: string[];
  /** more or less, as a comparison before a year ("plus qu'en 2022") */
  moreOrLess: string[];
  /** what joins "plus" to its year ("qu'", "que") */
  moreThan: string[];
  /** what may come before that year ("qu'en 2022") */
  inBase: string[];
  /** a noun for the year there ("que l'année 2022") */
  theYearBase: string[];
  /** what happened before the statement ("après avoir bondi en mai", "after having risen in May") */
  afterHaving: string[];
  /** a record, so that "since 2002" dates the record, not the figure ("the highest since 2002") */
  record: string[];
  /** what names a fiscal year after its label ("2018-2019 fiscal year") */
  fiscalAfter: string[];
  /** what names a fiscal year before a one-year label ("FY2023", "fiscal 2023") */
  fiscalShort: string[];
  /** the fiscal year in progress ("the current fiscal year") */
  fiscalCurrent: string[];
  /** the fiscal year before it ("the last financial year") */
  fiscalLast: string[];
  /** a percentage, which "2020-21" before it is not a fiscal year ("2021-22 %") */
  percent: string[];
  /** the article before a rolling span ("the 12 months to May") */
  rollingThe: string[];
  /** quarters, counted in a rolling span ("the four quarters to Q1 2024") */
  rollingQuarters: string[];
  /** months, counted in a rolling span ("the three-month period ending July 2018") */
  rollingMonths: string[];
  /** what may follow them ("the three-month period") */
  rollingPeriod: string[];
  /** what closes a rolling span at its last month ("to", "ending") */
  rollingTo: string[];
  /** what may come before that month ("to the end of May 2017") */
  rollingEnd: string[];
  /** a year that closes at a month, as a rolling span: "the year to June 2023", "the financial year ended March" */
  rollingYear: string[];
  /** the end of a year, before it: "à la fin de 2023", "eind 2023", "at the end of 2023" */
  yearEndBefore: string[];
  /** what may tie that end to its year ("de", "of") */
  yearEndOf: string[];
  /** what opens the level a period's change reached: "en 2023, à 529 milliards", "in 2023 to $3bn" */
  levelAfterPeriod: string[];
  /** what opens a clause of when, right after a year: "en 2020, lorsque …", "in 2020, toen …" */
  when: string[];
  /** the same, elided before a vowel ("lorsqu'il") */
  whenElided: string[];
  /** what may follow the day of a date read with its year ("publié le 1er juin 2021", "le 1er mars 2023") */
  dayOrdinalsOfDates: string[];
  /** the starts of the month names and abbreviations: a cheap test that a text names a month (and so that day dates are looked for) */
  monthHint: string[];
  /** what hints that a fiscal year may be named ("FY", "exercice", "boekjaar"), besides a year written "2020-21" */
  fiscalHint: string[];
  /** the article of a fiscal year's phrase ("the first half of the 2018-2019 fiscal year") */
  fiscalThe: string[];
  /** what opens the first months of a fiscal year ("the first eight months of") */
  fiscalFirst: string[];
  /** months, in that phrase */
  fiscalMonths: string[];
  /** what ties that phrase to the fiscal year ("of") */
  fiscalOf: string[];
  /** the ordinals of a fiscal year's halves ("first", "second") */
  fiscalHalfOrdinals: string[];
  /** a half, in "the first half of" */
  fiscalHalf: string[];
  /** the ordinals of a fiscal year's quarters ("first" to "fourth") */
  fiscalQuarterOrdinals: string[];
  /** a quarter, in "the third quarter of" */
  fiscalQuarter: string[];
  /** year, after a fiscal year's label ("the 2018-2019 fiscal year") */
  fiscalYearNoun: string[];
  /** what hints that a quarter is named, besides a code ("trimestre", "kwartaal", "quarter"; "T3", "Q3", "K3") */
  quarterHint: string[];
  /** what hints that "the same period" is named ("même période", "dezelfde maand", "same quarter") */
  samePeriodHint: string[];
  /** what hints that a number of years is named ("ans", "jaar", "years") */
  yearsHint: string[];
  /** what hints that the past years or decade are named ("années", "decennium", "decade") */
  pastYearsHint: string[];
  /** what may come between an end of month and a year, which makes it no year to date ("fin avril de 2023") */
  endOfMonthOfYear: string[];
}
