// A period a text names, and the month ranges and fiscal years it may be made of.

export interface PeriodMention {
  period: string;
  start: number;
  end: number;
  /** a horizon ("d'ici 2030", "tegen eind 2020", "by 2030"): the figure is a target for it */
  horizon: boolean;
  /** a base of comparison ("par rapport à 2022", "tegenover 2017", "on the previous year"): never the
   * period of a figure, unless it stands right after that figure */
  comparison: boolean;
  /** "un an auparavant", "a year earlier": one year before the period the clause speaks of */
  yearBefore?: boolean;
  /** how many years before: 5 for "cinq ans plus tôt", 1 for "un an auparavant" */
  yearsBack?: number;
  /** "sur la même période de 2022": the clause's span of months, in the year named */
  samePeriod?: boolean;
  /** "in dezelfde periode", "over the same period": the years of the sentence before; resolved by the
   * extractor, '' until then */
  sameAsBefore?: boolean;
  /** "depuis 2019", "since 2019": from that year on; the extractor ends it at the story's latest year */
  since?: boolean;
  /** "so far", "tot nu toe": up to the day of writing, for an amount accumulated (a stock) */
  toDate?: boolean;
  /** "last year", "l'an dernier", "vorig jaar": the year before publication */
  lastYear?: boolean;
  /** "au mois précédent", "a month earlier": the month before the clause's own month; period '' */
  monthBefore?: boolean;
  /** "this year", "cette année", "dit jaar": the year in progress, of which the text may report some months */
  thisYear?: boolean;
  /** months named without their year ("by the end of February", "between January and November") in a text
   * with no publication date: the extractor gives them the story's year; period '' until then */
  months?: MonthRange;
  /** "last year", "dit jaar" in a text with no publication date: the extractor gives it the year of the story
   * the text tells; period '' until then */
  storyYear?: boolean;
  /** a fiscal year ("FY 2022/2023", "2020-21", "the current fiscal year"): its months depend on the economy
   * that reports the figure, which the extractor knows; `period` is the calendar reading meanwhile */
  fiscal?: FiscalYear;
}

/** Months counted from 1; `last` < `first` when the range runs into the next year ("July-April"). */
export interface MonthRange {
  first: number;
  last: number;
}

/** A fiscal year, or some of its months, as a text names it. */
export interface FiscalYear {
  /** the calendar year the fiscal year starts in, when a label names two years ("2020-21", "FY 2022/2023") */
  startYear?: number;
  /** the year a one-year label names ("FY2023"): the fiscal year that ends in it */
  endYear?: number;
  /** "the current fiscal year", "the last financial year": counted from the publication date */
  relative?: 'current' | 'last';
  /** the months of the fiscal year meant, from its first month: 1 to 10 for "the first 10 months" */
  first: number;
  last: number;
}
