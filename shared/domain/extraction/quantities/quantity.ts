// A quantity the finder reads: an amount, a percentage or a rank, with where it stands in the text.
export type QuantityType = 'money' | 'percent' | 'rank';

export interface Quantity {
  type: QuantityType;
  /** base units: 768000000 for "€768 miljoen", 5.7 for "5,7%", 45 for "45ste" */
  value: number;
  /** ISO 4217 for money, 'percent' or 'rank' */
  unit: string;
  start: number;
  end: number;
  /** a scaled amount with no currency of its own ("contre 2,2 milliards"): the extractor gives it the
   * clause's last currency, or drops it; its unit is '' until then */
  inheritedCurrency?: boolean;
  /** a position that leaves out its noun after another: "le 36e client de la Flandre et le 38e de la Wallonie" */
  gapped?: boolean;
  /** for ranks: the noun ranked ("exportmarkt", "fournisseur") */
  rankNoun?: string;
  /** a rank within a subset ("premier client en Afrique", "the 6th largest partner outside Europe"): recorded
   * like any rank, but the economies that bound the subset are no parties to it */
  restricted?: boolean;
  /** the first of two positions that share a noun ("van de elfde naar de twaalfde plaats"): held before */
  formerRank?: boolean;
  /** one of two positions of two economies that share a noun ("de 29ste en Marokko de 36ste exportbestemming") */
  coordinated?: boolean;
  /** for money: the scale its number was multiplied by (1e9 for "milliards") */
  scale?: number;
  /** a cell of a table with several columns: the label of its column ("Uitvoer") and of its row ("2022") */
  column?: string;
  row?: string;
  /** a cell of a table of changes, its heading "(% verandering t.o.v. een jaar eerder)": a growth */
  change?: boolean;
  /** a cell of a table whose header line ends with its column labels: where that header line ends */
  headerEnd?: number;
  /** … where its row's label starts, when rows run on one line */
  rowStart?: number;
  /** … the month its sub-column is of ("Augustus 2010" under "Saldi"), or the year its column is ("2023", its label) */
  columnPeriod?: string;
  /** a row of one economy's key figures, its label naming the flow and the unit: "Exports of goods (USD bn) | 412" */
  keyFigure?: boolean;
  /** a rank given by an item's number in a list under a heading that ranks: "1." in "Top 5 markets:\n1. China" */
  listNumber?: boolean;
}
