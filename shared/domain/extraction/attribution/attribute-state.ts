// What the stages of attribution pass on to each other: the quantity in its clause (the facts, which the stages
// narrow), and each stage's answer (the metric and how the figure leans on the figures around it, the measure and
// sign, the direction, the period).
import type { Bound, Measure, Metric } from '../../figure.js';
import type { Carried } from '../document/carried.js';
import type { ClauseFacts, MetricMention } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import type { PeriodMention } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import type { listItem, respectively } from './lists.js';

/** One quantity being attributed, and what the text around it says. */
export interface Attribution {
  readonly text: string;
  readonly q: Quantity;
  /** the clause's facts, with the economies its pronouns stand for; the metric and direction stages narrow them */
  facts: ClauseFacts;
  readonly documentEconomies: string[];
  readonly carried: Carried;
  /** up to 60 characters before the quantity, within its clause */
  readonly lead: string;
  /** the 60 characters after the quantity */
  readonly tail: string;
  /** the clause up to the quantity */
  readonly clauseLead: string;
}

/** A list item's flow and direction ("Espagne : 45,2 MMDH" under "Principaux clients du Maroc"). */
export type ListItem = NonNullable<ReturnType<typeof listItem>>;

/** Economies listed "respectively": this one's party and the others'. */
export type Listed = NonNullable<ReturnType<typeof respectively>>;

/** Stage 2's answer: the metric, the word that names it, and how the figure leans on the figures around it. */
export interface MetricChoice {
  metric: Metric | undefined;
  metricMention: MetricMention | undefined;
  item?: ListItem;
  /** the figure before it that it may continue */
  last?: ExtractedFigure;
  /** the last figure not given in brackets after a rival */
  head?: ExtractedFigure;
  elliptical?: EconomyMention;
  partOfLast?: boolean;
  conversely?: boolean;
  continues?: boolean;
  listedAfterFlow?: boolean;
  ofRank?: boolean;
  /** an amount in brackets right after a share: that part's value */
  valueOfShare?: boolean;
  inOtherCurrency?: boolean;
  bracketed?: EconomyMention;
  openingAmount?: boolean;
  followedItem?: EconomyMention;
  sibling?: EconomyMention;
  successor?: EconomyMention;
  forEconomy?: EconomyMention;
  ellipsis?: EconomyMention;
  listed?: Listed;
  growthOfLast?: boolean;
}

/** Stage 2's answer once a metric is found. */
export type ChosenMetric = MetricChoice & { metric: Metric };

/** Stage 3's answer. */
export interface Measured {
  measure: Measure;
  value: number;
  bound: Bound;
  /** the length of the bound words before the quantity, which the quote takes in */
  boundLength: number;
}

export interface Direction {
  from: string;
  to: string;
  /** how many of the two sides were guessed */
  guessed: number;
}

/** Stage 4's answer: the flow, and the metric it may have changed (the trade of one economy with all is its total). */
export interface Directed {
  metric: Metric;
  flow: Direction;
  guessed: number;
}

/** Stage 5's answer. */
export interface Dated {
  period: string | null;
  periodMention: PeriodMention | undefined;
  statedPeriod: string | undefined;
}
