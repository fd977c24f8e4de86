// Where words become patterns. The words live in the language records (`languages/{fr,nl,en}.ts`, one `Cues` record
// each); here a field's words are joined into one alternation, bounded by non-letters and folded to Latin letters,
// and the patterns several stages read are built from them: metric nouns, growth and decline verbs, bounds, target
// and forecast cues, and the cue words that give an economy its role. Stage modules spell their own patterns with
// `withWords` and fields in place of words (`no-words-in-patterns.test.ts` holds them to it).
import type { Bound, Metric } from '../figure.js';
import type { Cues } from './languages/cues.js';
import { ALL_CUES } from './languages/index.js';
import { LATIN_LETTER, latin } from './letters.js';
import { WordStartIndex } from './word-starts.js';

/** Where a field of the language records is read: `(c) => c.metrics.exports`. */
export type Field = (c: Cues) => readonly string[];

/** One field's entries in every language, French, Dutch then English, each once. */
export function entries(pick: Field, languages: readonly Cues[] = ALL_CUES): string[] {
  return [...new Set(languages.flatMap(pick))];
}

/**
 * The same as one alternation: the patterns still hold all three languages. No entry at all never matches
 * ("(?!)").
 */
export function words(pick: Field, languages: readonly Cues[] = ALL_CUES): string {
  const all = entries(pick, languages);
  return all.length > 0 ? all.join('|') : '(?!)';
}

/**
 * A pattern source with fields in place of words, written as a regex literal is: `withWords\`(?<!\p{L})(?:${(c) =>
 * c.metrics.traders})$\`` (each field its bare alternation, so a group around it is the writer's).
 */
export const withWordsIn =
  (languages: readonly Cues[]) =>
  (strings: TemplateStringsArray, ...picks: Field[]): string =>
    strings.raw.reduce(
      (source, part, i) => source + part + (i < picks.length ? words(picks[i] as Field, languages) : ''),
      '',
    );
/** The same with the words of every language. */
export const withWords = withWordsIn(ALL_CUES);

/** A word with a capital first letter, for patterns that read case: "après" → "Après". */
export const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** A word whose first letter may be either case: "après" → "[Aa]près". */
export const eitherCaseFirst = (word: string): string =>
  `[${word.charAt(0).toUpperCase()}${word.charAt(0)}]${word.slice(1)}`;

/** A field's words bounded by non-letters on both sides, its letters folded to Latin for speed. */
export function wordsPattern(pick: Field, flags = 'iu'): RegExp {
  return latin(new RegExp(withWords`(?<!\p{L})(?:${pick})(?!\p{L})`, flags));
}

/** Metric keywords; the extractor takes the one closest to a quantity in its clause. */
export const METRIC_PATTERNS: Array<[Metric, RegExp]> = [
  // both flows named together are the trade between two economies: "(exports plus imports)", "in- en uitvoer"
  [
    'bilateral_trade',
    latin(
      new RegExp(
        withWords`(?<!\p{L})(?:(?:${(c) => c.metrics.flowNouns})\s+(?:${(c) => c.metrics.flowsJoinedBy}|\+|&)\s+(?:${(c) => c.metrics.flowNouns})|${(c) => c.metrics.bothFlows})(?!\p{L})`,
        'giu',
      ),
    ),
  ],
  // a supplier's market share is a share of its market's imports: "avec une part de marché de 10,4%"
  ['imports', wordsPattern((c) => c.metrics.marketShare, 'giu')],
  ['total_trade', latin(new RegExp(withWords`\b(?:${(c) => c.metrics.totalTrade})\b`, 'giu'))],
  ['trade_balance', wordsPattern((c) => c.metrics.tradeBalance, 'giu')],
  ['fdi', wordsPattern((c) => c.metrics.fdi, 'gu')],
  ['exports', wordsPattern((c) => c.metrics.exports, 'giu')],
  ['imports', wordsPattern((c) => c.metrics.imports, 'giu')],
  // … but not the Dutch compounds that name a person, body or text ("handelsvertegenwoordiger", "handelsmissie",
  // "handelsakkoord", "handelaar")
  ['bilateral_trade', wordsPattern((c) => c.metrics.trade, 'giu')],
];

/** Dutch separable verbs: "voerde … uit (naar)" exports, "voerde … in (uit)" imports. */
export const SEPARABLE_TRADE_VERB = wordsPattern((c) => c.metrics.separableVerb, 'giu');
const IMPORT_PARTICLE = latin(new RegExp(withWords`(?<!\p{L})(?:${(c) => c.metrics.importParticle})`, 'iu'));
const EXPORT_PARTICLE = latin(new RegExp(withWords`(?<!\p{L})(?:${(c) => c.metrics.exportParticle})`, 'iu'));
export function separableVerbMetric(rest: string): 'exports' | 'imports' | undefined {
  if (IMPORT_PARTICLE.test(rest)) return 'imports';
  if (EXPORT_PARTICLE.test(rest)) return 'exports';
  return undefined;
}

/** Words that are metric-like but name people or organisations, not flows. */
export const NOT_A_METRIC = latin(new RegExp(withWords`^(?:${(c) => c.metrics.traders})$`, 'iu'));

export const TARGET_CUES = latin(
  new RegExp(
    withWords`(?<!\p{L})(?:${(c) => c.kinds.target}|${(c) => c.kinds.horizon}|${(c) => c.kinds.intent})(?!\p{L})|(?:${(c) => c.kinds.byYear})\s+(?:(?:${(c) => c.kinds.endOf})\s+)?(?:19|20)\d\d`,
    'iu',
  ),
);
/** The words of an ambition proper, without the horizon that also ends a forecast ("d'ici 2030", "by 2030"). */
export const TARGET_WORDS = wordsPattern((c) => c.kinds.target);
/** An expectation, not a plan: "devrait atteindre … d'ici 2025", "rekent erop dat … tegen 2026". */
export const EXPECTATION_CUES = wordsPattern((c) => c.kinds.expectation);
export const FORECAST_CUES = wordsPattern((c) => c.kinds.forecast);

/** Dutch separable verbs of change, split by their subject: "nam de export naar Marokko verder toe". */
const SEPARABLE_CHANGE = withWords`(?<!\p{L})(?:${(c) => c.growth.separableChange})(?!\p{L})`;
const DECLINE_WORDS = wordsPattern((c) => c.growth.decline);
export const DECLINE_CUES = latin(
  new RegExp(
    `${DECLINE_WORDS.source}|${withWords`(?<!\p{L})(?:${(c) => c.growth.separableDecline})(?!\p{L})`}`,
    'iu',
  ),
);
export const GROWTH_CUES = latin(
  new RegExp(
    `${DECLINE_CUES.source}|${SEPARABLE_CHANGE}|${withWords`(?<!\p{L})(?:${(c) => c.growth.change})(?!\p{L})`}`,
    'iu',
  ),
);
/** Growth words after a percentage: "met een vijfde gedaald", "8 procent meer dan", "a quarter lower", "$5bn (12%) increase". */
export const TRAILING_GROWTH = latin(
  new RegExp(
    withWords`^[\s,]*\)?\s*(?:(${(c) => c.growth.declineAfter})|(${(c) => c.growth.riseAfter}))(?![\p{L}])(?!\s+(?:${(c) => c.growth.thanAfterChange})\s+[\d€$£])`,
    'iu',
  ),
);
/**
 * Dutch puts the particle of a separable verb, or the verb of a subordinate clause, at the clause's end: "nam de
 * uitvoer met 6,2 % af", "ging met 2,7 procent omhoog", "terwijl de invoer er met 5,1 procent op achteruitging".
 */
export const CLAUSE_END_CHANGE = latin(
  new RegExp(
    withWords`^[^\d,.;:!?]*?(?<![\p{L}])(?:(${(c) => c.growth.declineAtClauseEnd})|(${(c) => c.growth.riseAtClauseEnd}))(?=\s*(?:$|[,.;:!?)]|(?:${(c) => c.growth.afterClauseEnd})\s))`,
    'iu',
  ),
);
/** "min 14 procent", "minus 3%", "plus 5 procent": a sign written as a word. */
export const SIGN_WORD_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:(${(c) => c.growth.minus})|${(c) => c.growth.plus})\s*$`, 'iu'),
);

/**
 * An absolute change is not a trade figure: "increased by £310m", "en baisse de 4,6 milliards", "a decrease of $215m",
 * "s'est creusé de 3,9 milliards", "groeide in drie maanden met 118 miljoen euro", "services fell $47m".
 */
export const ABSOLUTE_CHANGE_BEFORE = latin(
  new RegExp(
    withWords`(?:(?<![\p{L}])(?:${(c) => c.notAFigure.changeBefore}))\s*(?:(?:${(c) => c.notAFigure.changeHedges})\s+)?$`,
    'iu',
  ),
);
/** "(+ 520 M$)" of a flow: a change (a balance's sign is its level: "a surplus of +37.6 bn"). */
export const PLUS_BEFORE = /(?:^|[\s(])[+]\s*$/;
/** "470 miljoen euro minder dan in 2014", "1,2 milliard de plus", "$3bn more than a year earlier": a change. */
export const ABSOLUTE_CHANGE_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.notAFigure.changeAfter})(?![\p{L}])(?!\s+(?:${(c) => c.notAFigure.than})\s+[\d€$£])`,
    'iu',
  ),
);

/** Tariffs and taxes are not trade figures: "droits de douane de 10 %". */
export const TARIFF_CUES = wordsPattern((c) => c.notAFigure.tariff);
/**
 * A clause that opens with a pronoun speaks of the figure before it: "Il a ainsi progressé de 21 %", "In 2022, they
 * were …" (after a bare year no comma is needed: "In 2022 they were …").
 */
// (an impersonal "il faut", "il convient" takes up nothing)
export const PRONOUN_START = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.pronouns.lead})\s*[^,]{1,30},\s*|(?:${(c) => c.pronouns.lead})\s+(?:19|20)\d\d\s+)?(?:${(c) => c.pronouns.subject})(?![\p{L}])(?!\s+(?:${(c) => c.pronouns.impersonal}))`,
    'iu',
  ),
);
/**
 * "Officials expect that to climb to …", "Experts verwachten dat die stijgt tot …", "on s'attend à ce qu'elles
 * atteignent …": a pronoun as the subject of an expected change takes up the flow before it.
 */
export const EXPECTED_PRONOUN = wordsPattern((c) => c.pronouns.expected);
export const DEFICIT_WORDS = latin(
  new RegExp(
    words((c) => c.metrics.deficit),
    'iu',
  ),
);

const BOUND_CUES: Array<[Bound, RegExp]> = [
  ['lt', latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.bounds.below})\s*$`, 'iu'))],
  [
    'gt',
    latin(
      new RegExp(
        withWords`(?<![\p{L}])(?:${(c) => c.bounds.above})(?:\s+(?:${(c) => c.bounds.aboveArticles}))?\s*$`,
        'iu',
      ),
    ),
  ],
  ['approx', latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.bounds.about})\s*$`, 'iu'))],
];

/** The bound stated just before a quantity, and where its phrase starts (so the quote includes it). */
export function boundBefore(textBefore: string): { bound: Bound; length: number } {
  for (const [bound, re] of BOUND_CUES) {
    const m = re.exec(textBefore);
    if (m) return { bound, length: m[0].length };
  }
  return { bound: 'eq', length: 0 };
}

/** Cue words before an economy's name, and the role they give it ("to the rest of Asia" as "to Asia"). */
export const PARTNER_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:(?:${(c) => c.roles.received})\s+(?:${(c) => c.roles.by})|${(c) => c.roles.partner})(?:(?<=['’])|\s+)(?:(?:${(c) => c.roles.both})\s+)?(?:${(c) => c.roles.articles})?\s*(?:${(c) => c.roles.restOf})?$`,
    'iu',
  ),
);
export const SOURCE_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.roles.source})(?:(?<=['’])|\s+)(?:${(c) => c.roles.articles})?\s*(?:${(c) => c.roles.restOf})?$`,
    'iu',
  ),
);
export const OWNER_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.roles.owner})(?:(?<=['’])|\s+)(?:${(c) => c.roles.articles})?\s*$`,
    'iu',
  ),
);
/** "un déficit de 0,6 milliard pour la France": whose balance it is. */
export const BALANCE_OWNER_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.roles.balanceOwner})\s*(?:${(c) => c.roles.articles})?\s*$`,
    'iu',
  ),
);
export const BETWEEN_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.roles.between})\s+(?:${(c) => c.roles.articles})?\s*$`,
    'iu',
  ),
);

/** "faisant du Maroc le 3e fournisseur", "making Morocco the largest": the economy is the one ranked. */
export const MAKES_CUES = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.roles.makes})\s+(?:(?:${(c) => c.roles.makesOf})\s*)?(?:${(c) => c.roles.makesArticles})?\s*$`,
    'iu',
  ),
);

/** Sectors named right after a metric noun: "exportations de phosphates", "export van auto's". */
/** Goods start a word: "vis" is fish, not the end of "suivis"; "energy" is not the end of "synergy". */
const wordStart = ([name, re]: [string, RegExp]): [string, RegExp] => [
  name,
  new RegExp(`(?<![${LATIN_LETTER}])(?:${re.source})`, re.flags),
];
/** The sectors, in the order they are tried. */
const SECTOR_NAMES: Array<keyof Cues['sectors']> = [
  // products before the sectors that hold them: "cocoa" before "agriculture", "crude oil" before "energy"
  'chocolate',
  'cocoa',
  'coffee',
  'tea',
  'wine',
  'cashew nuts',
  'bananas',
  'flowers',
  'fruit',
  'vegetables',
  'wheat',
  'cereals',
  'sugar',
  'soybeans',
  'rice',
  'palm oil',
  'cotton',
  'rubber',
  'wood',
  'meat',
  'dairy products',
  'tobacco',
  'gold',
  'crude oil',
  'natural gas',
  'coal',
  'electricity',
  'iron ore',
  'steel',
  'aluminium',
  'copper',
  'nickel',
  'lithium',
  'electronics',
  'jewellery',
  'phosphates',
  'automotive',
  'agriculture',
  'textiles',
  'chemicals',
  'energy',
  'fish',
  'fertilizers',
  'pharmaceuticals',
  'plastics',
  'diamonds',
  'aeronautics',
  'machinery',
  'food',
  'services',
];
export const SECTORS: Array<[string, RegExp]> = SECTOR_NAMES.map((name): [string, RegExp] => [
  name,
  latin(
    new RegExp(
      words((c) => c.sectors[name]),
      'iu',
    ),
  ),
]).map(wordStart);
/** The same sectors' words, looked up by the first letters of a text's words: which sectors a text may name. */
export const SECTOR_WORDS = new WordStartIndex(SECTOR_NAMES.map((name) => entries((c) => c.sectors[name])));
