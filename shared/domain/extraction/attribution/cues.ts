// Cue patterns several stages of attribution read.
import { countryOf, type Metric } from '../../figure.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import { latin } from '../letters.js';
import { eitherCaseFirst, withWords, words, wordsPattern } from '../lexicon.js';
import { type Quantity, RANK_NOUNS } from '../quantities/quantities.js';

/** The mentions with those a rule added, in text order. */
export const withMentions = (economies: EconomyMention[], added: EconomyMention[]): EconomyMention[] =>
  added.length === 0 ? economies : [...economies, ...added].sort((a, b) => a.start - b.start);

export const COMPARISON_BASE_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.against})\s+(?:[\p{L}'’]+\s+){0,2}$`, 'iu'),
);

export const PARAGRAPH_BREAK = /\n[ \t]*\n/;

export const BRACKET_LABEL = latin(/(\p{L}[\p{L}'’-]*)\s*\(\s*[+−-]?\s*$/u);

/**
 * "Deuxième économie d'Europe derrière l'Allemagne, la France est le premier client du Portugal": a name after a
 * comma that ends a list of rivals with no more names after it is the subject the apposition describes, not one more
 * rival ("derrière l'Espagne, la France et l'Italie" goes on).
 */
export function isRival(text: string, before: string, e: EconomyMention): boolean {
  return (
    COMPETITOR_BEFORE.test(before) &&
    !(COMMA_ITEM_BEFORE.test(before) && !LIST_GOES_ON.test(text.slice(e.end, e.end + 40)))
  );
}

const COMMA_ITEM_BEFORE = latin(new RegExp(withWords`,\s*(?:(?:${(c) => c.roles.articles})\s*)?$`, 'iu'));

const LIST_GOES_ON = latin(
  new RegExp(withWords`^\s*(?:\([^()]{0,30}\)\s*)?(?:,|${(c) => c.lists.and}|${(c) => c.lists.or})\s`, 'iu'),
);

/** Economies named as the ones ahead or behind: "derrière l'Espagne et la France", "behind China", "devant l'Espagne
 * (11 %) et les Émirats (9 %)"; and the one a rank was taken from: "which overtook France as Morocco's main partner",
 * "a détrôné la France". */
const COMPETITOR_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.comparison.rivals})\s+(?:(?:${(c) => c.roles.articles})\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’-]*)?\s*(?:\([^()]{0,30}\)\s*)?(?:,|${(c) => c.lists.and})\s+(?:(?:${(c) => c.roles.articles})\s*)?){0,4}$`,
    'u',
  ),
);

export const STATISTICS_OFFICE_AFTER = latin(
  new RegExp(withWords`^[\s'’s]*(?:${(c) => c.offices.namedAfter})(?![\p{L}])`, 'u'),
);

export const STATISTICS_OFFICE_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.offices.namedBefore})$`, 'iu'),
);

export const CURRENCY_TWIN_BETWEEN = latin(
  new RegExp(withWords`^\s*\(\s*(?:${(c) => c.figureLinks.twin})?\s*$`, 'iu'),
);

/** "…, gevolgd door Bolivia met 2,3 miljard": the next of a ranking takes the place of the one ranked before. */
export const FOLLOWED_BY_START = latin(
  new RegExp(withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(?:${(c) => c.comparison.followedBy})\s`, 'u'),
);

export const RESPECTIVELY = wordsPattern((c) => c.respectively.words);

export const HEADING_NOUN = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'iu'));

/** A bracket opened right after a name that holds the figure, a few words before it: " (up ", " (up 3% to ". */
export const OWN_BRACKET = /^(?:\s*\([^()\d]{1,30}\))?\s*\([^()\d]{0,24}(?:[\d.,]+\s*%[^()\d]{0,12})?$/;

/** "le Japon à hauteur de 12,5 %": a name and its own figure. */
export const AMOUNTING_TO = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.figureLinks.amountingTo})\s*$`, 'iu'),
);

/** "36,5 milliards d'euros, soit 6,9 % des exportations": the amount's share of its total. */
export const SHARE_RIGHT_AFTER = latin(
  new RegExp(withWords`^[\s,(]*(?:${(c) => c.figureLinks.thatIs})\s*$`, 'iu'),
);

export const SHARE_VERB = `(?:${words((c) => c.figureLinks.shareVerb)})`;

export const RELATIVE_CLAUSE = latin(new RegExp(withWords`,\s*(?:${(c) => c.relatives.words})\s`, 'giu'));

export const COMPARED_WITH = wordsPattern((c) => c.comparison.comparedWith, 'giu');

export const GENERIC_RANK = new RegExp(withWords`^(?:${(c) => c.ranks.generic})$`);

/** "op de 33ste plaats in de lijst van Belgische klanten": the ranked noun a few words on */
export const RANK_NOUN_LATER = latin(
  new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(${RANK_NOUNS})(?![\\p{L}])`, 'iu'),
);

/** "de la 9e à la 7e place des clients": a former position is ranked as the position it shares a noun with */
export const laterRank = (q: Quantity, facts: ClauseFacts): Quantity =>
  ((q.formerRank || q.coordinated) &&
    facts.quantities.find(
      (o) => o.type === 'rank' && o.start > q.start && !o.formerRank && !o.coordinated,
    )) ||
  q;

/** "Les principaux clients (de la Wallonie) sont ": the ranked noun that heads a list, and its verb. */
export const RANKED_LIST_HEAD = latin(
  new RegExp(
    `(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])[^.;:()\\d]{0,60}?\\s` +
      withWords`(?:${(c) => c.metricStage.listHeadVerb})\s[^.;:]*$`,
    'iu',
  ),
);

export const RANK_NOUN_ANY = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'giu'));

export const POSSESSIVE_AFTER = latin(/^['’]s?(?![\p{L}])/u);

export const ELLIPTICAL_ITEM_BEFORE = latin(
  new RegExp(
    withWords`(?:,|(?<![\p{L}])(?:${(c) => c.lists.and}))\s+(?:${(c) => c.lists.itemBefore})$`,
    'iu',
  ),
);

export const ELLIPTICAL_ITEM_AFTER = latin(
  new RegExp(withWords`^\s*(?:\(\s*[+−-]?|${(c) => c.lists.itemAfter})\s*$`, 'iu'),
);

export const ATTRACTS = wordsPattern((c) => c.figureLinks.attracts);

export const FLOWS_WITH_WORLD: ReadonlySet<Metric> = new Set([
  'exports',
  'imports',
  'trade_balance',
  'total_trade',
]);

export const TOTAL_CUE = wordsPattern((c) => c.figureLinks.total);

/** The rank nouns of who trades rather than where: "exporter", "importateur", "uitvoerder". */
const TRADER_RANK_NOUN = new RegExp(withWords`^(?:${(c) => c.ranks.trader})$`);

/** "the 9th largest exporter", "van de 9de naar de 6de plaats op de ranglijst van grootste exporteurs" */
export function isTraderRank(text: string, q: Quantity, clause?: Span): boolean {
  const noun = q.rankNoun ?? '';
  if (!GENERIC_RANK.test(noun)) return TRADER_RANK_NOUN.test(noun);
  const later = RANK_NOUN_LATER.exec(text.slice(q.end, q.end + 60))?.[1]?.toLowerCase();
  if (later !== undefined) return TRADER_RANK_NOUN.test(later);
  // "België staat voor uitvoer op de 11de plaats", "fifth place in exports": a bare position for a flow ranks
  // its economy among the world's traders
  return (
    clause !== undefined &&
    FOR_FLOW.test(text.slice(Math.max(clause.start, q.start - 60), Math.min(clause.end, q.end + 40)))
  );
}

const FOR_FLOW = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.ranks.forFlow})\s*(?:${(c) => c.metrics.flowNouns})(?![\p{L}])`,
    'iu',
  ),
);

export const WORLD_PARTNER = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.world.before})\s+(?:${(c) => c.world.article})?(?:${(c) => c.world.restOf})?(?:${(c) => c.world.name})(?![\p{L}'’])|(?<![\p{L}])(?:${(c) => c.world.abroad})(?![\p{L}])`,
    'iu',
  ),
);

export const isCountryOrRegion = (code: string) => /^[A-Z]{2}(?:-|$)/.test(code);

/** Whether two codes name one economy, or a country and one of its regions, or two regions of one country. */
export const sameEconomy = (a: string, b: string) =>
  isCountryOrRegion(a) && isCountryOrRegion(b) && countryOf(a) === countryOf(b);

/** A group of economies: the EU, a continent, the world. */
export const isGroup = (code: string) => code === 'EU' || !isCountryOrRegion(code);

/** The economy whose statistics office a text quotes ("Dat meldt het CBS"): the economy whose trade it reports. */
export function officeHome(text: string): string | undefined {
  for (const [re, code] of STATISTICS_OFFICES) if (re.test(text)) return code;
  return undefined;
}

/** The offices, in the order they are tried (the economy's code and its offices' names in every language). */
const STATISTICS_OFFICES: Array<[RegExp, string]> = (
  ['MA', 'BE', 'HK', 'JP', 'NL', 'GB', 'SN', 'KE', 'GH', 'SG', 'AU', 'ZA', 'CA', 'CH'] as const
).map((code) => [new RegExp(words((c) => c.offices[code])), code]);

/** "from $41 million last year to $63 million": the amount a change starts from */
/** Whether what stands before an amount makes it the base of a comparison: "compared with -226.7 bn". */
export const isComparisonBase = (text: string, q: Quantity): boolean =>
  COMPARISON_BASE_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start).replace(/[+\-−]\s*$/, ''));

export const isChangeBase = (text: string, q: Quantity): boolean =>
  q.type === 'money' &&
  FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
  TO_AFTER.test(text.slice(q.end, q.end + 40));

const FROM_BEFORE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.changeFrom})\s+$`, 'iu'));

const TO_AFTER = latin(
  new RegExp(
    withWords`^(?:[^.;\d]|(?:19|20)\d\d){0,30}?(?<![\p{L}])(?:${(c) => c.comparison.changeTo})\s+(?:[$€£]|[A-Z]{2,3}\s?)?\d`,
    'u',
  ),
);

/** The same stretch of time a year earlier: "2023" → "2022", "2024-01/2024-08" → "2023-01/2023-08". */
export const yearBefore = (period: string, years = 1): string =>
  period.replace(/\d{4}/g, (y) => String(Number(y) - years));

export const SECTOR_WORD = new RegExp(
  words((c) => c.goods.sectorWord),
  'i',
);

/** "après l'Ouganda", "na China en voor de Verenigde Staten", "ahead of France", "derrière la Corée (3 %) et l'":
 * before a rival of the subject (a name may join its words with a short particle: "devant l'Afrique du Sud et le"). */
export const RIVAL_BEFORE_NAME = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.directionStage.rivals.map(eitherCaseFirst)})\s+(?:(?:${(c) => c.roles.articles})\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Ll}{1,3}\s+)?\p{Lu}[\p{L}'’-]*)?\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:${(c) => c.directionStage.rivals})|(?:${(c) => c.lists.and})(?:\s+(?:${(c) => c.directionStage.rivals}))?)\s+(?:(?:${(c) => c.roles.articles})\s*)?){0,3}$`,
    'u',
  ),
);

/**
 * "devant", "derrière", "after", "ahead of", "(net) voor", "na": the names after it are rivals of the head figure's;
 * and so are the next of a ranking ("suivie de la Chine (10,4 %) et du Nigeria (9,8 %)").
 */
export const RIVAL_CUE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.directionStage.rivals}|${(c) => c.comparison.followedBy})(?![\p{L}])`,
    'iu',
  ),
);
