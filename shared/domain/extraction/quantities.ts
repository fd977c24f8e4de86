// Finds the quantities of a text that could be trade figures: amounts of money (number, scale, currency in
// any of their French, Dutch and English spellings and fused forms), percentages and fractions, and ranks
// (an ordinal next to a trade noun). What they measure is decided later, from their sentence.
import { findEconomies } from './gazetteer.js';
import type { Language } from './language.js';
import { LATIN_LETTER, latin } from './letters.js';
import { CARDINALS, cardinalValue } from './number-words.js';

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
}

const SCALES: Array<[RegExp, number]> = [
  [/^(?:milliards?|millards?|mrds?|mds?|mld|miljard(?:en)?|mia|billions?|bn|b)$/i, 1e9],
  [/^(?:millions?|miljoen(?:en)?|mln|mio|mn|m)$/i, 1e6],
  [/^(?:milliers?|mille|duizend|thousands?|k)$/i, 1e3],
  [/^(?:trillions?|tn|biljoen)$/i, 1e12],
];
const SCALE_WORD =
  'milliards?|millards?|milliers?|millions?|mille|mrds?|mds?|mld|mia|mio|miljard(?:en)?|miljoen(?:en)?|mln|duizend|thousands?|trillions?|billions?|biljoen|bn|tn|mn|m|b|k';

function scaleOf(word: string | undefined): number {
  if (!word) return 1;
  for (const [re, factor] of SCALES) if (re.test(word)) return factor;
  return 1;
}

/** The unit of "francs" said without a country, until the text tells which franc it is. */
const FRANC = 'franc';
const FRANC_CODES = new Set(['BEF', 'CHF', 'FRF', 'XOF']);
const FRANC_COUNTRIES: Array<[RegExp, string]> = [
  [latin(/(?<![\p{L}])(?:Belgique|belges?|Belgium|Belgian|België|Belgische)(?![\p{L}])/u), 'BEF'],
  [latin(/(?<![\p{L}])(?:Suisse|suisses?|Switzerland|Swiss|Zwitserland|Zwitserse)(?![\p{L}])/u), 'CHF'],
  [latin(/(?<![\p{L}])(?:France|français|French|Frankrijk|Franse)(?![\p{L}])/u), 'FRF'],
];

/**
 * "14,6 milliards de francs": the franc the text named last before it ("9,3 milliards de francs belges"), or
 * else that of the first of Belgium, Switzerland and France the text names; none when it names none of them.
 */
function francOf(text: string, at: number, found: Quantity[]): string | undefined {
  const named = found.filter((q) => q.start < at && FRANC_CODES.has(q.unit)).at(-1)?.unit;
  if (named) return named;
  let first: { code: string; index: number } | undefined;
  for (const [re, code] of FRANC_COUNTRIES) {
    const index = text.search(re);
    if (index >= 0 && (!first || index < first.index)) first = { code, index };
  }
  return first?.code;
}

/** The unit of a bare "$" or "dollars", until the text tells whose dollar it is (see homeDollar). */
const DOLLAR = 'dollar';
/** The unit of a "Dh" before a number, until the text tells whose dirham it is (see dirhamOf). */
const DIRHAM = 'dirham';

/**
 * Whose dollar a bare "$" is: the home economy's when the text is that dollar economy's own statistics (its
 * statistics office quoted, or no other country named), or when it writes US dollars apart ("G$ US") and names
 * one other dollar economy; else the US dollar. A text that writes the home dollar out ("HK$", "S$") keeps the
 * bare sign for the US dollar.
 */
function homeDollar(text: string): string {
  // asked once for the quantities and again for each clause that names dollars in words: one text at a time
  if (lastHome?.text !== text) lastHome = { text, code: readHomeDollar(text) };
  return lastHome.code;
}
let lastHome: { text: string; code: string } | undefined;
function readHomeDollar(text: string): string {
  const named = DOLLAR_ECONOMIES.filter(([re]) => re.test(text));
  const written = (code: string) => DOLLAR_SIGNS.some(([re, c]) => c === code && re.test(text));
  const office = DOLLAR_STATISTICS.find(([re]) => re.test(text))?.[1];
  if (office) return written(office) ? 'USD' : office;
  if (named.length === 0) return 'USD';
  const codes = new Set(named.map(([, code]) => code));
  const [only] = codes;
  if (codes.size === 1 && only && !written(only) && US_DOLLAR_WRITTEN.test(text)) return only;
  return codes.size === 1 && only && !written(only) && namesOnly(text, only) ? only : 'USD';
}
/** The economies that count in a dollar of their own, by their names in the three languages. */
const DOLLAR_ECONOMIES: Array<[RegExp, string]> = [
  [latin(/(?<![\p{L}])(?:Hong[ -]?Kong|Hongkong)(?![\p{L}])/u), 'HKD'],
  [latin(/(?<![\p{L}])(?:Singapore|Singapour)(?![\p{L}])/u), 'SGD'],
  [
    latin(
      /(?<![\p{L}])(?:Australia|Australie|Australië|Australian|australien(?:ne)?s?|Australische)(?![\p{L}])/u,
    ),
    'AUD',
  ],
  [
    latin(
      /(?<![\p{L}])(?:Canada|Québec|Quebec|Canadian|canadien(?:ne)?s?|québécois(?:es?)?|Canadese)(?![\p{L}])/u,
    ),
    'CAD',
  ],
  [latin(/(?<![\p{L}])(?:New Zealand|Nouvelle-Zélande|Nieuw-Zeeland)(?![\p{L}])/u), 'NZD'],
];
/** The statistics offices that count in their own dollar. */
const DOLLAR_STATISTICS: Array<[RegExp, string]> = [
  [/Census and Statistics Department|C&SD|Service de recensement et de statistique/, 'HKD'],
  [/Australian Bureau of Statistics/, 'AUD'],
  [/Statistics Canada|Statistique Canada|Institut de la statistique du Québec/, 'CAD'],
  [/Department of Statistics Singapore|Singapore Department of Statistics|SingStat/, 'SGD'],
];
/** Amounts in a dollar of its own written out ("HK$12", "3 milliards de dollars de Hong Kong"). */
const DOLLAR_SIGNS: Array<[RegExp, string]> = [
  [/(?:HK\$|HKD)\s?\d|\d[^.;\d]{0,20}(?:dollars? (?:de )?Hong[ -]?Kong|Hong Kong dollars?)/, 'HKD'],
  [/(?:(?<![A-Z])S\$|SGD)\s?\d|\d[^.;\d]{0,20}(?:Singapore dollars?|dollars? singapouriens)/, 'SGD'],
  [/(?:(?<![A-Z])A\$|AU\$|AUD)\s?\d|\d[^.;\d]{0,20}(?:Australian dollars?|dollars? australiens)/, 'AUD'],
  [/(?:(?<![A-Z])C\$|CA\$|CAD)\s?\d|\d[^.;\d]{0,20}(?:dollars? canadiens|Canadian dollars?)/, 'CAD'],
  [/(?:NZ\$|NZD)\s?\d/, 'NZD'],
];
const US_DOLLAR_WRITTEN =
  /US\$|USD|\$\s?US(?![A-Za-z])|US dollars?|U\.S\. dollars?|dollars? américains|dollars? US(?![A-Za-z])|Amerikaanse dollars?/;
/** Whether every country the text names is the economy of the dollar `code` (groups aside). */
function namesOnly(text: string, code: string): boolean {
  const home = DOLLAR_ECONOMIES.find(([, c]) => c === code)?.[0];
  return (
    home !== undefined &&
    findEconomies(text).every(
      (e) => !/^[A-Z]{2}(?:-|$)/.test(e.code) || home.test(text.slice(e.start, e.end)),
    )
  );
}

/** The unit of "dinars" said without a country, until the text tells which dinar it is (see dinarOf). */
const DINAR = 'dinar';
/** "18 432 millions de dinars": the dinar of the first dinar economy the text names; none when it names none. */
function dinarOf(text: string): string | undefined {
  let first: { code: string; index: number } | undefined;
  for (const [re, code] of DINAR_COUNTRIES) {
    const index = text.search(re);
    if (index >= 0 && (!first || index < first.index)) first = { code, index };
  }
  return first?.code;
}
const DINAR_COUNTRIES: Array<[RegExp, string]> = [
  [latin(/(?<![\p{L}])(?:Tunisie|tunisien(?:ne)?s?|Tunisia|Tunisian|Tunesië|Tunesische)(?![\p{L}])/u), 'TND'],
  [
    latin(/(?<![\p{L}])(?:Algérie|algérien(?:ne)?s?|Algeria|Algerian|Algerije|Algerijnse)(?![\p{L}])/u),
    'DZD',
  ],
  [latin(/(?<![\p{L}])(?:Libye|libyen(?:ne)?s?|Libya|Libyan|Libië|Libische)(?![\p{L}])/u), 'LYD'],
  [
    latin(/(?<![\p{L}])(?:Jordanie|jordanien(?:ne)?s?|Jordan|Jordanian|Jordanië|Jordaanse)(?![\p{L}])/u),
    'JOD',
  ],
  [latin(/(?<![\p{L}])(?:Koweït|koweïtien(?:ne)?s?|Kuwait|Kuwaiti|Koeweit|Koeweitse)(?![\p{L}])/u), 'KWD'],
];

/** "Dh1.214 trillion": the Emirati dirham in a text about the Emirates, else the Moroccan one. */
function dirhamOf(text: string): string {
  const emirates = EMIRATES.exec(text)?.index ?? -1;
  const morocco = MOROCCO.exec(text)?.index ?? -1;
  return emirates >= 0 && (morocco < 0 || emirates < morocco) ? 'AED' : 'MAD';
}
const EMIRATES = latin(
  /(?<![\p{L}])(?:UAE|Emirates|Émirats|Emirats|Emiraten|Emirati|émirien(?:ne)?s?|Dubai|Dubaï|Abu Dhabi|Abou Dhabi)(?![\p{L}])/u,
);
const MOROCCO = latin(
  /(?<![\p{L}])(?:Maroc|Morocco|Marokko|marocain(?:e)?s?|Moroccan|Marokkaanse?)(?![\p{L}])/u,
);

// Currency words after the number, and the ISO code they mean. Order matters: longer forms first.
const CURRENCY_SUFFIXES: Array<[string, string]> = [
  [
    "dollars? (?:de|d[e’']?) ?Hong[ -]?Kong|dollars? hongkongais|Hong Kong dollars?|Hongkongse dollars?|dollars? (?:de )?HK(?![\\p{L}])|HK\\$|HKD",
    'HKD',
  ],
  ['riyals? qatariens?|riyals? qataris?|Qatari riyals?|Qatarese riyals?|QAR', 'QAR'],
  ['riyals? saoudiens?|Saudi riyals?|Saoedische riyals?|riyals?|SAR', 'SAR'],
  [
    'dollars? américains|dollars? US|US-dollars?|US dollars?|U\\.S\\. dollars?|US\\$|USD|\\$ ?US(?![\\p{L}])',
    'USD',
  ],
  ['dollars? singapouriens|Singapore dollars?|S\\$|SGD', 'SGD'],
  ['dollars? australiens|Australian dollars?|Australische dollars?|A\\$|AUD', 'AUD'],
  ['shillings? kényans?|Kenyan shillings?|Keniaanse shilling|KES|Kshs?', 'KES'],
  ['dollars?|\\$', DOLLAR],
  ['euros?|EUR|€', 'EUR'],
  ['dirhams? émiratis|dirhams? des Émirats|UAE dirhams?|Emirati dirhams?|AED', 'AED'],
  ['dirhams?|DHS?|Dhs|MAD', 'MAD'],
  ['yens?|JPY|¥', 'JPY'],
  ['yuans?|renminbi|RMB|CNY', 'CNY'],
  ['livres? égyptiennes?|Egyptian pounds?|Egyptische ponden?|EGP', 'EGP'],
  ['livres? sterling|pounds?(?: sterling)?|Britse ponden|ponden|GBP|£', 'GBP'],
  ['francs? suisses?|Zwitserse frank(?:en)?|Swiss francs?|CHF', 'CHF'],
  ['gulden|guilders?|NLG|fl\\.?', 'NLG'],
  ['francs? CFA|FCFA|F CFA|XOF', 'XOF'],
  ['dollars? canadiens?|Canadese dollars?|Canadian dollars?|C\\$|CAD', 'CAD'],
  ['roupies?(?: indiennes?)?|Indiase roepies?|roepies?|rupees?|INR', 'INR'],
  ['réals?|reais|Braziliaanse reaal|reaal|reais|BRL', 'BRL'],
  ['rands?|ZAR', 'ZAR'],
  ['dinars? tunisiens?|Tunisian dinars?|Tunesische dinar|TND', 'TND'],
  ['dinars? algériens?|Algerian dinars?|Algerijnse dinar|DZD', 'DZD'],
  // a dinar of no country: resolved by findQuantities from the text (see dinarOf)
  ['dinars?', DINAR],
  ['livres? turques?|Turkse lira|Turkish lira|liras?|TRY', 'TRY'],
  ['francs? belges?|Belgische frank(?:en)?|Belgian francs?|frank(?:en)?|BEF|BF|FB', 'BEF'],
  ['francs? français|French francs?|Franse frank(?:en)?|FRF|FF', 'FRF'],
  // a franc of no country: resolved by findQuantities from the text (see francOf)
  ['francs?', FRANC],
];
const CURRENCY_PREFIXES: Array<[string, string]> = [
  ['HK\\$|HKD', 'HKD'],
  ['C\\$|CA\\$|CAD', 'CAD'],
  ['S\\$|SGD', 'SGD'],
  ['A\\$|AU\\$|AUD', 'AUD'],
  ['NZ\\$|NZD', 'NZD'],
  ['Kshs?\\.?|KSh\\.?|KES', 'KES'],
  ['Dhs?', DIRHAM],
  ['AED', 'AED'],
  ['INR|₹', 'INR'],
  ['R\\$|BRL', 'BRL'],
  ['US\\$|USD', 'USD'],
  ['\\$', DOLLAR],
  ['€|EUR', 'EUR'],
  ['MAD|DH', 'MAD'],
  ['¥|JPY', 'JPY'],
  ['CNY|RMB', 'CNY'],
  ['£|GBP', 'GBP'],
  ['CHF', 'CHF'],
  ['BEF', 'BEF'],
  ['NLG|ƒ', 'NLG'],
];
// Fused forms where scale and currency are one token.
const FUSED: Array<[RegExp, number, string]> = [
  [/^MMDH\b|^Mrds? ?DH\b|^Mds? ?DH\b/, 1e9, 'MAD'],
  [/^MDH\b|^M ?DH\b/, 1e6, 'MAD'],
  [/^(?:Mds?|Mrds?|Md) ?€/, 1e9, 'EUR'],
  [/^M ?€/, 1e6, 'EUR'],
  [/^k ?€/, 1e3, 'EUR'],
  // "61,4 G$", "520 M$", "(en G$ US)": a dollar whose economy the text tells, or the US dollar written out
  [/^(?:Mds?|Md|G) ?\$ ?US(?![A-Za-z])/, 1e9, 'USD'],
  [/^M ?\$ ?US(?![A-Za-z])/, 1e6, 'USD'],
  [/^(?:Mds?|Md|G) ?\$/, 1e9, DOLLAR],
  [/^M ?\$/, 1e6, DOLLAR],
  // "615 M EUR", "2 Mds USD": a scale letter, then an ISO code
  [/^(?:Mds?|Mrds?|Md) (?=[A-Z]{3}(?![A-Za-z]))/, 1e9, ''],
  [/^M (?=[A-Z]{3}(?![A-Za-z]))/, 1e6, ''],
];

const SUFFIX_RE = latin(
  new RegExp(
    `^\\s{0,3}(?:(${SCALE_WORD})(?![\\p{L}]))?\\.?\\s*(?:(?:de|d['’]|van|of)\\s*)?(?:(${CURRENCY_SUFFIXES.map(([p]) => `(?:${p})`).join('|')})(?![\\p{L}]))?`,
    'iu',
  ),
);
const PREFIX_RE = latin(
  new RegExp(`(?:^|[^\\p{L}])(${CURRENCY_PREFIXES.map(([p]) => `(?:${p})`).join('|')})\\s?$`, 'u'),
);

const compileCurrencies = (table: Array<[string, string]>): Array<[RegExp, string]> =>
  table.map(([pattern, code]) => [latin(new RegExp(`^(?:${pattern})$`, 'iu')), code]);
const SUFFIX_CODES = compileCurrencies(CURRENCY_SUFFIXES);
const PREFIX_CODES = compileCurrencies(CURRENCY_PREFIXES);

function currencyOf(token: string, table: Array<[RegExp, string]>): string | undefined {
  return table.find(([re]) => re.test(token))?.[1];
}

/**
 * "le cap du milliard d'euros, à 1,02 milliard": the last currency a stretch of text names in words; a dollar
 * is the one of the whole text it is taken from (see homeDollar).
 */
export function currencyNamedIn(stretch: string, whole = stretch): string | undefined {
  let code: string | undefined;
  for (const m of stretch.matchAll(CURRENCY_WORD)) code = currencyOf(m[0], SUFFIX_CODES) ?? code;
  return code === DOLLAR ? homeDollar(whole) : code;
}
const CURRENCY_WORD = latin(
  /(?<![\p{L}])(?:euros?|dollars?(?: américains| US)?|US dollars?|dirhams?|yens?|livres? sterling|pounds?|francs? suisses?|yuans?)(?![\p{L}])|€/giu,
);

const NUMBER_WORDS = CARDINALS;

const FRACTIONS: Array<[RegExp, number]> = [
  [/^(?:la moitié|de helft|half|one half|a half)$/i, 50],
  [/^(?:un tiers|een derde|a third|one third)$/i, 100 / 3],
  [/^(?:deux tiers|twee derde|two thirds)$/i, 200 / 3],
  [/^(?:un quart|een kwart|a quarter|one quarter)$/i, 25],
  [/^(?:trois[ -]quarts|drie ?kwart|three[ -]quarters)$/i, 75],
  [/^(?:un cinquième|een vijfde|a fifth|one fifth)$/i, 20],
  [/^(?:un dixième|een tiende|a tenth|one tenth)$/i, 10],
  [/^(?:un sixième|een zesde|a sixth|one sixth)$/i, 100 / 6],
  [/^(?:un huitième|een achtste|an eighth|one eighth)$/i, 12.5],
  [/^(?:deux cinquièmes|twee vijfde|two fifths)$/i, 40],
  [/^(?:trois cinquièmes|drie vijfde|three fifths)$/i, 60],
];
// Case-sensitive but for the article's first letter: matching case-insensitively costs more than the
// whole scan of numbers.
const FRACTION_RE = new RegExp(
  `(?<![${LATIN_LETTER}])(?:[Ll]a moitié|[Dd]e helft|[Oo]ne[ -]half|[Aa] half|[Uu]n tiers|[Ee]en derde|[Aa] third|[Oo]ne[ -]third|` +
    `[Dd]eux tiers|[Tt]wee derde|[Tt]wo[ -]thirds|[Uu]n quart|[Ee]en kwart|[Aa] quarter|[Oo]ne[ -]quarter|[Tt]rois quarts|` +
    `[Dd]rie ?kwart|[Tt]hree[ -]quarters|[Tt]rois-quarts|[Uu]n cinquième|[Ee]en vijfde|[Aa] fifth|[Oo]ne[ -]fifth|[Uu]n dixième|[Ee]en tiende|` +
    `[Aa] tenth|[Oo]ne[ -]tenth|[Uu]n sixième|[Ee]en zesde|[Aa] sixth|[Oo]ne[ -]sixth|[Uu]n huitième|[Ee]en achtste|[Aa]n eighth|[Oo]ne[ -]eighth|` +
    `[Dd]eux cinquièmes|[Tt]wee vijfde|[Tt]wo[ -]fifths|[Tt]rois cinquièmes|[Dd]rie vijfde|[Tt]hree[ -]fifths|` +
    `(?<=(?:than|by|nearly|almost|about|over|close to|up to) )half)(?![${LATIN_LETTER}])`,
  'g',
);

const FRACTION_HINT =
  /moiti|helft|half|tiers|derde|third|quart|kwart|cinqui|vijfde|fifth|dixi|tiende|tenth|sixi|zesde|sixth|huiti|achtste|eighth/;

/** Parses a written number with the separators of `language`: "3,1", "1.166", "12 500", "1,234.5". */
export function parseNumber(raw: string, language: Language): number {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    return Number(compact.split(thousands).join('').replace(decimal, '.'));
  }
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
  if (!sep) return Number(compact);
  const groups = compact.split(sep);
  const looksLikeThousands = groups.length > 2 || (groups[1]?.length === 3 && (groups[0]?.length ?? 0) <= 3);
  // A single separator followed by exactly three digits is a thousands separator where that separator is
  // not the decimal mark of the language: "1.166" in French and Dutch, "1,234" in English.
  const decimalMark = language === 'en' ? '.' : ',';
  if (looksLikeThousands && (groups.length > 2 || sep !== decimalMark)) return Number(groups.join(''));
  return Number(compact.replace(sep, '.'));
}

// A letter before a number is allowed in upper case only, for fused codes such as USD3.1.
const NUMBER_RE =
  /(?:(?<=(?:^|[^A-Za-z])(?:Dhs?|Kshs?))|(?<![a-z\u00DF-\u00F6\u00F8-\u00FF\d.,]))(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\d)/g;
// Number words only count before a written-out scale ("deux milliards", "one billion"): the scales are
// rare, so they are found first and the word before them checked.
const WORDED_SCALE_RE = new RegExp(
  `(?:milliards?|millards?|millions?|mille|miljard(?:en)?|miljoen(?:en)?|duizend|thousands?|billions?|trillions?|mln|mld|mrd|bn)(?![${LATIN_LETTER}])`,
  'gi',
);
// Amounts with a half in words. Each match is a whole amount in base units (the currency after it is read as
// after any number): "un milliard et demi", "deux millions et demi", "un demi-milliard", "anderhalf miljard",
// "tweeënhalf miljoen", "een half miljard", "half a billion", "one and a half billion", "2 and a half million".
const HALF_HINT = /demi|half/i;
const HALF_RE = latin(
  /(?<![\p{L}\d])(?:(\p{L}+|\d{1,3})\s+(milliards?|millions?)\s+et\s+demi|(?:un\s+)?demi-(milliard|million)|anderhalf\s+(miljard|miljoen)|(twee|drie|vier|vijf)ënhalf\s+(miljard|miljoen)|(?:een\s+)?half\s+(miljard|miljoen)|half\s+an?\s+(billion|million)|(\p{L}+|\d{1,3})\s+and\s+a\s+half\s+(billion|million))(?![\p{L}])/giu,
);
const HALF_SCALES: Record<string, number> = {
  milliard: 1e9,
  milliards: 1e9,
  million: 1e6,
  millions: 1e6,
  miljard: 1e9,
  miljoen: 1e6,
  billion: 1e9,
};

function halfAmounts(text: string): Array<{ start: number; end: number; value: number }> {
  const out: Array<{ start: number; end: number; value: number }> = [];
  for (const m of text.matchAll(HALF_RE)) {
    const [
      ,
      wordFr,
      scaleFr,
      scaleDemi,
      scaleAnder,
      wordNl,
      scaleNl,
      scaleHalfNl,
      scaleHalfEn,
      wordEn,
      scaleEn,
    ] = m;
    const scaleWord = (
      scaleFr ??
      scaleDemi ??
      scaleAnder ??
      scaleNl ??
      scaleHalfNl ??
      scaleHalfEn ??
      scaleEn ??
      ''
    ).toLowerCase();
    const scale = HALF_SCALES[scaleWord];
    const word = (wordFr ?? wordNl ?? wordEn)?.toLowerCase();
    const whole =
      scaleAnder !== undefined
        ? 1
        : word === undefined
          ? 0
          : /^\d+$/.test(word)
            ? Number(word)
            : CARDINALS[word];
    if (!scale || whole === undefined) continue;
    out.push({ start: m.index, end: m.index + m[0].length, value: (whole + 0.5) * scale });
  }
  return out;
}

const THE_ONE = /^(?:le|du)$/;
const WORD_BEFORE_RE = latin(/(?<![\p{L}])(\p{L}+)\s+$/u);
const STRAY_SPACE_HINT = /\d ,\d|\d, \d{1,2}\s?%|\d\. \d{3}/;
/** "12 ,4%" (a space before the decimal comma), "6, 5 %" (after it, before a percent sign), "1. 000 milliards". */
const STRAY_SPACE_NUMBER = latin(
  /(?<![\p{L}\d.,])(?:\d{1,3} ,\d{1,2}(?=\s?%)|\d{1,3}, \d{1,2}(?=\s?%)|\d{1,3}\. \d{3}(?=\s+(?:milliards?|millions?|mille)(?![\p{L}])))/gu,
);
const PERCENT_WORD_HINT = /procent|cent/i;
const PERCENT_WORD = latin(/(?<![\p{L}])(?:procent|pour\s?cent|per\s?cent|percent)(?![\p{L}])/giu);
/** A number written out before its percent word: "zestien procent", "soixante et onze pour cent". */
const WORDED_NUMBER_BEFORE = latin(/(?<![\p{L}-])(\p{L}+(?:-\p{L}+)*(?: et (?:un|une|onze))?)\s+$/u);
const PERCENT_RE = latin(/^\s?(?:%|pour\s?cent\b|procent\b|percent\b|per\s?cent\b|pct\b)/iu);
const PERCENTAGE_POINTS_RE = latin(
  /^\s*(?:points?\s+de\s+pourcentage|procentpunt(?:en)?|percentage\s+points?|(?:pp|pt)\b)/iu,
);

const ORDINAL_WORDS: Record<string, number> = {
  premier: 1,
  première: 1,
  deuxième: 2,
  second: 2,
  seconde: 2,
  troisième: 3,
  quatrième: 4,
  cinquième: 5,
  sixième: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
  onzième: 11,
  douzième: 12,
  treizième: 13,
  quatorzième: 14,
  quinzième: 15,
  seizième: 16,
  'dix-septième': 17,
  'dix-huitième': 18,
  'dix-neuvième': 19,
  vingtième: 20,
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
  negende: 9,
  tiende: 10,
  elfde: 11,
  twaalfde: 12,
  dertiende: 13,
  veertiende: 14,
  vijftiende: 15,
  zestiende: 16,
  zeventiende: 17,
  achttiende: 18,
  negentiende: 19,
  twintigste: 20,
  first: 1,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};
/** Nouns whose ordinal is a trade rank; the metric each implies is decided by the extractor. */
export const RANK_NOUNS =
  'exportmarkt(?:en)?|exportbestemming(?:en)?|afzetmarkt(?:en)?|importmarkt|handelspartners?|leveranciers?|klant(?:en)?|investeerders?|' +
  'clients?|acheteurs?|afnemers?|kopers?|buyers?|fournisseurs?|partenaires?(?:\\s+commerciaux|\\s+commercial|\\s+économiques?)?|marchés?|débouchés?|' +
  'investisseurs?|destinations?|markets?|export\\s+markets?|export\\s+destinations?|suppliers?|customers?|' +
  '(?:trading|trade)\\s+partners?|partners?|investors?|' +
  // who trades with a list, not where: "the 14th largest exporter of services", "de vijfde grootste exporteur"
  'exporters?|importers?|exportateurs?|importateurs?|exporteurs?|importeurs?|uitvoerders?|invoerders?|' +
  '(?:import|export)\\s+partners?|import\\s+markets?|importland(?:en)?|invoerland(?:en)?|' +
  "pays\\s+(?:de\\s+provenance|d['’]origine|de\\s+destination|fournisseurs?|clients?)|" +
  'sources?\\s+of\\s+(?:foreign\\s+)?(?:direct\\s+)?investments?|sources?\\s+of\\s+FDI|' +
  "sources?\\s+of\\s+imports|import\\s+sources?|sources?\\s+d['’](?:importations?|approvisionnement)|herkomstlanden|herkomstland|" +
  // generic positions: what is ranked is said next to them ("au 42e rang des clients", "op de 41ste plaats")
  'rangs?|plaats|plek|positie|place|position';
/** "de grootste Aziatische klant", "the largest African market": an adjective that makes a subset of the ranked */
const CONTINENTAL_ADJECTIVE =
  '(?:(?:Zuid|Noord|Oost|West|Latijns|South|North|East|Latin|sud|nord|latino)-?)?(?:Afrikaanse|Europese|Aziatische|Amerikaanse|Arabische|African|European|Asian|American|Arab|africaine?s?|européen(?:ne)?s?|asiatiques?|américaine?s?|arabes?)';
const CONTINENTAL_BETWEEN = new RegExp(
  `(?<![${LATIN_LETTER}])(?:${CONTINENTAL_ADJECTIVE})(?![${LATIN_LETTER}])`,
  'i',
);
const RANK_ADJECTIVES =
  '(?:(?:plus\\s+)?(?:grands?|importants?|gros)|most\\s+(?:important|significant)|principal|principales?|principaux|grootste|belangrijkste|largest|biggest|main|leading|commercial|économique|trading|foreign|étrangers?|buitenlandse|global|globale?|mondiale?|bilateral|goods|' +
  `${CONTINENTAL_ADJECTIVE})`;
// A superlative alone ranks first: "largest supplier", "grootste handelspartner", "le plus grand client", "le
// principal fournisseur", "the main export destination".
const SUPERLATIVE =
  '(?:plus\\s+(?:grand|important|gros)e?s?|largest|biggest|top|main|principale?|grootste|belangrijkste)';
/** The endings of an ordinal in digits: "1er", "2e", "2è", "10ème", "35ième", "45ste", "11de", "3rd". */
const ORDINAL_SUFFIX = '(?:ième|ieme|ème|eme|ère|ere|è|er|re|e|ste|de|st|nd|rd|th)';
const RESTRICTED_RANK = latin(
  new RegExp(
    "^\\s*(?:(?:de|du|des|d['’]|of|van)\\s+(?:l['’]|la|le|les|the|de|het)?\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+)?\\s+)?" +
      "(?:(?:parmi|among|onder)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?|(?:en|in|on|sur|op|dans|au sein d\\S*|(?:en dehors|hors)(?:\\s+de|\\s+d['’])?|outside(?:\\s+of)?|buiten|binnen|within)\\s*(?:l['’]|la|le|les|the|de|het)?\\s*)" +
      '(?:Afrique|Africa|Afrika|Europe|Europa|Asie|Asia|Azië|Amérique|America|Amerika|UE|EU|Union|région|region|regio|continent|Maghreb|Moyen-Orient|Middle East|Midden-Oosten|zone|(?:pays|countries|landen)(?=\\s+\\p{L})(?!\\s+(?:où|qui|that|where|die|dat|waar)(?![\\p{L}]))|monde arabe|Arab world)',
    'iu',
  ),
);
const CONTINENTAL_AFTER = latin(
  /^\s*(?:(?:des|de|of|van)\s+(?:the\s+|de\s+)?\p{L}+\s+)?(?:non[- ])?(?:(?:sud|nord|latino|South|North|Latin|Zuid|Noord|Latijns)[- ]?(?:américaine?s?|américains|American|Amerikaanse)|subsaharien(?:ne)?s?|sub-Saharan|régionale?s?|régionaux|regional|regionale|africaine?s?|européen(?:ne)?s?|asiatiques?|arabes?|maghrébine?s?|Afrikaanse|Europese|Aziatische|Arabische|African|European|Asian|Arab)(?![\p{L}])/iu,
);
const ONE_OF = latin(/(?:one of|l['’]une? des|een van|één van)\s+(?:the|les|de)?\s*$/iu);
// Ranks are found noun first (trade nouns are rarer than ordinals), then the ordinal just before it.
const RANK_NOUN_AFTER = new RegExp(
  `^[\\s-]+(?:(?:${RANK_ADJECTIVES})[\\s-]+){0,2}(?:${RANK_NOUNS})(?![${LATIN_LETTER}])`,
  'i',
);
const RANK_NOUN_RE = new RegExp(`(?:${RANK_NOUNS})(?![${LATIN_LETTER}])`, 'gi');
const LETTER = new RegExp(`[${LATIN_LETTER}]`);
// the plural of a rank noun: "afnemers", "klanten", "markets", "partenaires commerciaux" (not "plaats", "source of imports")
const isPluralRankNoun = (noun: string) =>
  /(?:s|x|(?:klant|markt|bestemming|land)en)$/i.test(noun) && !/plaats$|^source\s/i.test(noun);
/** After a rank noun, "…, na Zuid-Afrika", "after China and Japan": the economies ranked ahead, listed. */
const RANKED_BEHIND_AFTER = latin(
  /^(?:\s+(?:van|de|du|of|in|en|au|voor)\s+(?:l['’]|la\s+|le\s+|the\s+|het\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?,?\s+(?:na|après|after)\s+((?:(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+|de\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:du\s+|of\s+)?\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*|\s+(?:en|et|and)\s+)?){1,4})(?=[.;:,)]|$)/u,
);
const LIST_SEPARATOR = /\s*,\s*|\s+(?:en|et|and)\s+/;
const COMPOUND_RANK_PREFIX = latin(/(?<![\p{L}])(?:goederen|diensten)$/iu);
const RUNNER_UP_BEFORE = latin(/(?<![\p{L}])op\s+(een|één|twee|drie)\s+na\s+$/iu);
const ORDINAL_BEFORE_RE = latin(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')})|(${SUPERLATIVE})|(?:No\\.|number|#)\\s?(\\d{1,2}))` +
      `[\\s-]+(?:${RANK_ADJECTIVES}[\\s-]+){0,2}$`,
    'iu',
  ),
);

const COORDINATED_POSITION = latin(
  new RegExp(
    `(?<![\\p{L}\\p{N}])((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      "\\s+(?:en|et|and)\\s+(?:l['’]|la\\s+|le\\s+|the\\s+|het\\s+)?\\p{Lu}[\\p{L}'’ -]{1,30}?\\s+(?:de|la|le|l['’]|the|het)?\\s*$",
    'u',
  ),
);
const LISTED_ORDINAL = latin(
  new RegExp(
    `((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))(?![\\p{L}])`,
    'giu',
  ),
);
const ORDINAL_LIST_BEFORE = latin(
  new RegExp(
    `(?<![\\p{L}\\p{N}])((?:(?:\\d{1,3}\\s?${ORDINAL_SUFFIX}|${Object.keys(ORDINAL_WORDS).join('|')})(?:\\s*,\\s*|\\s+(?:et|and|en)\\s+(?:le\\s+|la\\s+|the\\s+|de\\s+|het\\s+)?))+)$`,
    'iu',
  ),
);
/** The value of an ordinal given in digits ("45ste") or in words ("douzième"). */
const ordinalValue = (digits: string | undefined, word: string | undefined): number | undefined =>
  digits ? Number(digits) : ORDINAL_WORDS[word?.toLowerCase() ?? ''];
const rankQuantity = (
  value: number,
  start: number,
  end: number,
  noun: string,
  marks: Pick<Quantity, 'coordinated' | 'formerRank' | 'gapped'>,
): Quantity => ({ type: 'rank', value, unit: 'rank', start, end, rankNoun: noun.toLowerCase(), ...marks });
const TIER_BEFORE = latin(
  /(?<![\p{L}])(?:de|du|of)\s+(?:premier|second|deuxième|troisième|first|second|third)[\s-]+$/iu,
);
const GAPPED_RANK_AFTER = latin(
  new RegExp(
    `^(?:\\s+(?:de|d['’]|du|des|of|van)\\s+[^,.;()\\d]{1,40}?)?\\s*,?\\s+(?:et|and|en)\\s+(?:le|la|l['’]|the|de|het)\\s+((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))(?=\\s+(?:de|d['’]|du|des|of|van)\\s)`,
    'iu',
  ),
);
const FORMER_AFTER = latin(
  /^\s*,?\s*\(?(?:up|down|climbing|falling|rising)\s+from\s+(?:the\s+)?((\d{1,3})(?:st|nd|rd|th))|^\s*,?\s*\(?(?:contre|après|au lieu de|tegenover|na)\s+(?:la\s+|le\s+|de\s+)?((\d{1,3})\s?(?:e|ème|è|ste|de))(?![\p{L}])/iu,
);
const FORMER_POSITION = latin(
  new RegExp(
    `((?<![\\p{L}])(?:van|de|du|from)\\s+(?:de\\s+|la\\s+|the\\s+)?)((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      "\\s+(?:(?:naar|tot|à|au|to)\\s+(?:de\\s+|la\\s+|l['’]|the\\s+)?)$",
    'iu',
  ),
);

/** What can follow a number that has a unit: a letter, a currency or percent sign, after at most 3 spaces. */
const UNIT_MAY_FOLLOW = new RegExp(`^\\s{0,3}[${LATIN_LETTER}%€$£¥₹ƒ]|^-\\s*\\n`);
/** A currency sign or code just before a number: "€768", "US$ 3", "USD3.1", "DH 50". */
const SIGN_BEFORE = /[€$£¥₹ƒA-Z]\s?$/;

const RESPECTIVELY_BEFORE = latin(
  /(?<![\p{L}])(?:respectivement|respectively|respectievelijk)[^.;]{0,30}$/iu,
);
const LIST_LINK = /^\s*(?:et|and|en|,)\s*/i;
const LINK_BEFORE = /\s(?:et|and|en)\s+[+\-−]?$/i;
const PAIRED_LINK = /^\s*(?:et|and|en)\s+[+\-−]?/i;
const FROM_BEFORE = /(?:^|\s)(?:de|from|van)\s+$/i;
const TO_LINK = /^\s*(?:à|tot|naar|to)\s+/i;
const FROM_BEFORE_AMOUNT = /(?:^|[\s(])(?:de|from|van)\s+$/i;
const RESPECTIVELY_NEAR = /respectivement|respectively|respectievelijk/i;

/** Every candidate quantity of `text`, offsets relative to `offset`. */
export function findQuantities(text: string, language: Language, offset = 0): Quantity[] {
  const found: Quantity[] = [];
  const numbers: Array<{ start: number; end: number; value: number }> = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most numbers (years, counts) are followed by punctuation and preceded by no currency sign: no unit, and
    // not worth parsing.
    if (
      !UNIT_MAY_FOLLOW.test(text.slice(end, end + 4)) &&
      !SIGN_BEFORE.test(text.slice(Math.max(0, start - 4), start))
    ) {
      if (!RESPECTIVELY_NEAR.test(text.slice(Math.max(0, start - 40), start))) continue;
    }
    numbers.push({ start, end, value: parseNumber(m[0], language) });
  }
  // the patterns' "no letter before" is checked by hand: the engine then skips ahead on their first letters
  for (const m of text.matchAll(WORDED_SCALE_RE)) {
    if (m.index > 0 && LETTER.test(text.charAt(m.index - 1))) continue;
    const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, m.index - 12), m.index));
    const word = before?.[1]?.toLowerCase() ?? '';
    // "ont dépassé le milliard d'euros", "la barre du milliard de dollars": the billion is one
    const value =
      NUMBER_WORDS[word] ??
      (THE_ONE.test(word) &&
      /^milliard$/i.test(m[0]) &&
      /^\s+(?:d['’]|de\s)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))
        ? 1
        : undefined);
    if (!before || value === undefined) continue;
    // (the article is no part of the amount: "franchi le cap du milliard" reads "du" as the bound's)
    const start = NUMBER_WORDS[word] === undefined ? m.index : m.index - before[0].length;
    numbers.push({ start, end: NUMBER_WORDS[word] === undefined ? m.index : start + word.length, value });
  }
  // "un milliard et demi", "een half miljard", "half a billion": the half is part of the amount, and the words
  // inside the phrase ("un", "a") are no amounts of their own
  const halves = HALF_HINT.test(text) ? halfAmounts(text) : [];
  if (halves.length > 0) {
    const inHalf = (n: { start: number }) => halves.some((h) => n.start >= h.start && n.start < h.end);
    for (let i = numbers.length - 1; i >= 0; i--)
      if (inHalf(numbers[i] as { start: number })) numbers.splice(i, 1);
    numbers.push(...halves);
  }
  // "12 ,4%", "6, 5 %", "1. 000 milliards": a number a stray space broke is read whole, not as its parts
  if (STRAY_SPACE_HINT.test(text)) {
    for (const m of text.matchAll(STRAY_SPACE_NUMBER)) {
      const end = m.index + m[0].length;
      for (let i = numbers.length - 1; i >= 0; i--) {
        const part = numbers[i] as { start: number; end: number };
        if (part.start < end && part.end > m.index) numbers.splice(i, 1);
      }
      numbers.push({ start: m.index, end, value: parseNumber(m[0].replace(/\s/g, ''), language) });
    }
  }
  numbers.sort((a, b) => a.start - b.start);
  found.push(...tableAmounts(text, numbers, language, offset));

  for (const n of numbers) {
    if (!Number.isFinite(n.value)) continue;
    const after = text.slice(n.end, n.end + 60);
    const before = text.slice(Math.max(0, n.start - 6), n.start);

    const percent = PERCENT_RE.exec(after);
    if (percent) {
      if (PERCENTAGE_POINTS_RE.test(after.slice(percent[0].length))) continue;
      found.push({
        type: 'percent',
        value: n.value,
        unit: 'percent',
        start: offset + n.start,
        end: offset + n.end + percent[0].length,
      });
      continue;
    }
    const quantity = readMoney(n, after, before);
    if (quantity) {
      found.push({ ...quantity, start: offset + quantity.start, end: offset + quantity.end });
    }
  }
  // "avec respectivement 41,2 et 37,8 milliards de dollars": a bare number listed before an amount shares its
  // scale and currency
  // … and so does the first of "passés de 7,3 à 11,8 milliards de dollars", "van 1,2 tot 1,8 miljard euro"
  for (const n of numbers) {
    const fromTo =
      FROM_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      TO_LINK.test(text.slice(n.end, n.end + 8));
    // "(+2,4 en +3,6 procent)", "(met 0,8 en 1,7 procent)": a signed or decimal number paired with a percentage
    const paired =
      !fromTo &&
      (/[+\-−]$/.test(text.slice(Math.max(0, n.start - 1), n.start)) ||
        /[.,]/.test(text.slice(n.start, n.end))) &&
      PAIRED_LINK.test(text.slice(n.end, n.end + 8));
    if (!fromTo && !paired && !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)))
      continue;
    const link = (fromTo ? TO_LINK : paired ? PAIRED_LINK : LIST_LINK).exec(text.slice(n.end, n.end + 8));
    const next = link ? found.find((f) => f.start === offset + n.end + link[0].length) : undefined;
    if (found.some((f) => f.start === offset + n.start)) continue;
    // "respectievelijk 48 en 14 procent": a bare number listed before a percentage is one too
    if (next?.type === 'percent' && !fromTo) {
      found.push(percentOf(n, offset));
      continue;
    }
    if (next?.type !== 'money' || !next.scale || !next.unit) continue;
    found.push({
      type: 'money',
      value: scaled(n.value, next.scale),
      unit: next.unit,
      start: offset + n.start,
      end: offset + n.end,
      scale: next.scale,
    });
  }
  // "respectivement 27 % et +61.5": a bare number listed after a percentage is one too
  for (const n of numbers) {
    if (found.some((f) => f.start <= offset + n.start && f.end > offset + n.start)) continue;
    const link = LINK_BEFORE.exec(text.slice(Math.max(0, n.start - 8), n.start));
    if (!link || !RESPECTIVELY_BEFORE.test(text.slice(Math.max(0, n.start - 60), n.start))) continue;
    const linkStart = offset + n.start - link[0].length;
    const previous = found.find((f) => f.end === linkStart || f.end === linkStart - 1);
    if (previous?.type !== 'percent') continue;
    found.push(percentOf(n, offset));
  }
  // "from EUR 1.43 to 1.66 billion": an amount with its currency sign but no scale takes the scale of the
  // amount it goes to
  for (const q of found) {
    if (q.type !== 'money' || (q.scale ?? 1) > 1) continue;
    const to = TO_LINK.exec(text.slice(q.end - offset, q.end - offset + 8));
    if (!to || !FROM_BEFORE_AMOUNT.test(text.slice(Math.max(0, q.start - offset - 8), q.start - offset)))
      continue;
    const next = found.find((f) => f.start === q.end + to[0].length && f.type === 'money');
    if (!next?.scale || next.scale < 1e6 || (next.unit && next.unit !== q.unit)) continue;
    q.value = scaled(q.value, next.scale);
    q.scale = next.scale;
  }
  // "zestien procent", "Tweeëntachtig procent", "vingt-deux pour cent": a whole number written out
  // (the percent words are rare: they are found first, and the word before them read)
  for (const p of PERCENT_WORD_HINT.test(text) ? text.matchAll(PERCENT_WORD) : []) {
    const before = WORDED_NUMBER_BEFORE.exec(text.slice(Math.max(0, p.index - 40), p.index));
    const value = before ? cardinalValue(before[1] ?? '') : undefined;
    if (!before || value === undefined || value < 2) continue;
    const start = p.index - before[0].length;
    found.push({
      type: 'percent',
      value,
      unit: 'percent',
      start: offset + start,
      end: offset + p.index + p[0].length,
    });
  }
  // fraction words are rare: one cheap test before the scan that checks their boundaries
  for (const m of FRACTION_HINT.test(text) ? text.matchAll(FRACTION_RE) : []) {
    if (halves.some((h) => m.index >= h.start && m.index < h.end)) continue;
    // "one-third" as "one third"
    const value = FRACTIONS.find(([re]) => re.test(m[0].replace('-', ' ')))?.[1];
    // "less than half the record shortfall": a comparison of sizes, not a share
    if (/^\s+(?:the|that|what)\s/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 7)))
      continue;
    // "een zesde plaats", "a fifth market": an ordinal before a rank noun, not a fraction
    if (RANK_NOUN_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    if (value !== undefined) {
      found.push({
        type: 'percent',
        value,
        unit: 'percent',
        start: offset + m.index,
        end: offset + m.index + m[0].length,
      });
    }
  }
  for (const noun of text.matchAll(RANK_NOUN_RE)) {
    // "de vierde goederenleverancier": a Dutch compound of what is traded and the rank noun
    const compound =
      noun.index > 0 && LETTER.test(text.charAt(noun.index - 1))
        ? COMPOUND_RANK_PREFIX.exec(text.slice(Math.max(0, noun.index - 12), noun.index))
        : undefined;
    if (compound === null) continue;
    const nounStart = noun.index - (compound?.[0].length ?? 0);
    const window = text.slice(Math.max(0, nounStart - 70), nounStart);
    const ordinal = ORDINAL_BEFORE_RE.exec(window);
    // "de op één na grootste leverancier": the superlative after "op N na" is position N + 1
    const runnerUp = ordinal?.[3] ? RUNNER_UP_BEFORE.exec(window.slice(0, ordinal.index)) : null;
    // "de grootste Afrikaanse klant van België, na Zuid-Afrika": a superlative after those named is behind them
    const behind = ordinal?.[3]
      ? RANKED_BEHIND_AFTER.exec(text.slice(noun.index + noun[0].length, noun.index + noun[0].length + 120))
      : null;
    const value = !ordinal
      ? undefined
      : ordinal[1] || ordinal[4]
        ? Number(ordinal[1] ?? ordinal[4])
        : runnerUp
          ? 1 + (CARDINALS[runnerUp[1]?.toLowerCase() ?? ''] ?? Number.NaN)
          : behind
            ? 1 + (behind[1] ?? '').split(LIST_SEPARATOR).length
            : ordinal[3]
              ? 1
              : ORDINAL_WORDS[ordinal[2]?.toLowerCase() ?? ''];
    if (!ordinal || !value) continue;
    // "Spanje en Frankrijk zijn de grootste afnemers", "its largest markets": a superlative over a plural ranks
    // several economies together, none of them first
    if (ordinal[3] && isPluralRankNoun(noun[0])) continue;
    // "un partenaire de second rang", "de premier plan": a tier, not a position
    if (/rang|plan|ordre/i.test(noun[0]) && TIER_BEFORE.test(window)) continue;
    // "premier client en Afrique", "the 6th largest partner outside Europe": a rank within a subset
    const afterNoun = text.slice(noun.index + noun[0].length, noun.index + noun[0].length + 60);
    const restricted =
      RESTRICTED_RANK.test(afterNoun) ||
      CONTINENTAL_AFTER.test(afterNoun) ||
      CONTINENTAL_BETWEEN.test(ordinal[0]);
    // "one of the largest markets" ranks nothing
    if (ONE_OF.test(window.slice(0, ordinal.index))) continue;
    const start = nounStart - (window.length - ordinal.index) - (runnerUp ? runnerUp[0].length : 0);
    // "Hongkong is de 29ste en Marokko de 36ste exportbestemming": two positions that share their noun
    const pair = COORDINATED_POSITION.exec(window.slice(0, ordinal.index));
    const pairValue = pair ? ordinalValue(pair[2], pair[3]) : undefined;
    if (pair?.[1] && pairValue) {
      const pairStart = offset + nounStart - (window.length - pair.index);
      found.push(
        rankQuantity(pairValue, pairStart, pairStart + pair[1].length, noun[0], { coordinated: true }),
      );
    }
    // "came 3rd, 5th and 6th respectively", "le premier et le deuxième fournisseur": positions listed
    // before the one that carries the noun share it
    const list = pair ? null : ORDINAL_LIST_BEFORE.exec(window.slice(0, ordinal.index));
    if (list?.[1]) {
      const listStart = nounStart - (window.length - ordinal.index) - list[1].length;
      for (const item of list[1].matchAll(LISTED_ORDINAL)) {
        const itemValue = ordinalValue(item[2], item[3]);
        if (!itemValue || !item[1]) continue;
        const itemStart = offset + listStart + item.index;
        found.push(
          rankQuantity(itemValue, itemStart, itemStart + item[1].length, noun[0], { coordinated: true }),
        );
      }
    }
    // "zakte van de elfde naar de twaalfde plaats", "passe de la 5e à la 3e place": the position held before
    const former = FORMER_POSITION.exec(window.slice(0, ordinal.index));
    const formerValue = former ? ordinalValue(former[3], former[4]) : undefined;
    if (former && formerValue) {
      const formerStart = offset + nounStart - (window.length - former.index) + (former[1]?.length ?? 0);
      found.push(
        rankQuantity(formerValue, formerStart, formerStart + (former[2]?.length ?? 0), noun[0], {
          formerRank: true,
        }),
      );
    }
    found.push({
      type: 'rank',
      value,
      unit: 'rank',
      start: offset + start,
      end: offset + noun.index + noun[0].length,
      rankNoun: noun[0].toLowerCase(),
      ...(restricted ? { restricted: true } : {}),
      ...((pair && pairValue) || list?.[1] ? { coordinated: true } : {}),
    });
    // "74th largest trading partner, up from 81st in 2022", "12e client, contre la 15e place en 2022"
    // "le 36e client de la Flandre et le 38e de la Wallonie": a second position that leaves out the noun
    const gapped = restricted ? null : GAPPED_RANK_AFTER.exec(afterNoun);
    const gappedValue = gapped ? ordinalValue(gapped[2], gapped[3]) : undefined;
    if (gapped?.[1] && gappedValue) {
      const gappedStart =
        noun.index + noun[0].length + (gapped.index ?? 0) + gapped[0].length - gapped[1].length;
      found.push(
        rankQuantity(gappedValue, offset + gappedStart, offset + gappedStart + gapped[1].length, noun[0], {
          gapped: true,
        }),
      );
    }
    const earlier = FORMER_AFTER.exec(afterNoun);
    const earlierText = earlier?.[1] ?? earlier?.[3];
    if (earlier && earlierText && !restricted) {
      const formerStart = noun.index + noun[0].length + earlier[0].length - earlierText.length;
      found.push({
        type: 'rank',
        value: Number(earlier[2] ?? earlier[4]),
        unit: 'rank',
        start: offset + formerStart,
        end: offset + formerStart + earlierText.length,
        rankNoun: noun[0].toLowerCase(),
        formerRank: true,
      });
    }
  }
  // "stond Chili bovenaan", "Op één staat Frankrijk", "Germany takes the lead": first place in
  // an idiom, ranking what the sentence or the paragraph ranks
  if (FIRST_PLACE_HINT.test(text)) {
    for (const m of text.matchAll(FIRST_PLACE)) {
      // "stond Ivoorkust bovenaan": the economy inside the idiom is no part of the quantity
      const from = m[0].endsWith('bovenaan') ? m[0].length - 'bovenaan'.length : 0;
      found.push({
        type: 'rank',
        value: 1,
        unit: 'rank',
        start: offset + m.index + from,
        end: offset + m.index + m[0].length,
        rankNoun: 'plaats',
      });
    }
  }
  // "Peru is Chile's 7th, while Chile is Peru's third largest trading partner": a position that leaves
  // its noun to the one after it
  for (const rank of found.filter((q) => q.type === 'rank' && q.rankNoun && !q.gapped && !q.coordinated)) {
    const from = Math.max(0, rank.start - offset - 100);
    const elided = ELIDED_NOUN_BEFORE.exec(text.slice(from, rank.start - offset));
    const value = elided ? ordinalValue(elided[2], elided[3]) : undefined;
    if (!elided?.[1] || !value) continue;
    const start = offset + from + elided.index + elided[0].indexOf(elided[1]);
    if (found.some((q) => q.start === start)) continue;
    found.push(rankQuantity(value, start, start + elided[1].length, rank.rankNoun ?? '', {}));
  }
  // "from the ninth largest supplier in 2019 to fourth in 2023": the position reached after a move
  for (const rank of found.filter((q) => q.type === 'rank' && q.rankNoun && !q.formerRank && !q.gapped)) {
    const after = text.slice(rank.end - offset, rank.end - offset + 40);
    const later = LATER_POSITION_AFTER.exec(after);
    const value = later ? ordinalValue(later[2], later[3]) : undefined;
    if (
      !later?.[1] ||
      !value ||
      !FROM_BEFORE_RANK.test(text.slice(Math.max(0, rank.start - offset - 40), rank.start - offset))
    )
      continue;
    const start = rank.end + later[0].length - later[1].length;
    if (found.some((q) => q.start === start)) continue;
    found.push(rankQuantity(value, start, start + later[1].length, rank.rankNoun ?? '', { gapped: true }));
  }
  // "Kenya (#4) and Vietnam (#9)": a position in brackets after the name it ranks
  if (text.includes('#')) {
    for (const m of text.matchAll(BRACKETED_POSITION)) {
      if (!NAME_END.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const start = m.index + (m[0].indexOf('#') ?? 0);
      found.push({
        ...rankQuantity(Number(m[1]), offset + start, offset + start + 1 + (m[1]?.length ?? 0), 'plaats', {
          coordinated: true,
        }),
      });
    }
  }
  // "Rang du Japon parmi les clients de la Wallonie : 19e": a rank given after a colon, its noun before it
  for (const m of text.matchAll(ORDINAL_AFTER_COLON)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const label = text.slice(lineStart, m.index);
    const nouns = [...label.matchAll(RANK_NOUN_RE)].map((n) => n[0].toLowerCase());
    const noun = nouns.find((n) => !/^(?:rangs?|plaats|plek|positie|place|position)$/.test(n)) ?? nouns[0];
    const start = m.index + m[0].length - (m[1]?.length ?? 0);
    if (!noun || found.some((f) => f.start === offset + start)) continue;
    found.push({
      type: 'rank',
      value: Number(m[2]),
      unit: 'rank',
      start: offset + start,
      end: offset + start + (m[1]?.length ?? 0),
      rankNoun: noun,
    });
  }
  found.sort((a, b) => a.start - b.start);
  // a bare dollar and a "Dh" are the text's own: resolved once for the text
  if (found.some((q) => q.unit === DOLLAR || q.unit === DIRHAM)) {
    const dollar = found.some((q) => q.unit === DOLLAR) ? homeDollar(text) : '';
    const dirham = found.some((q) => q.unit === DIRHAM) ? dirhamOf(text) : '';
    for (const q of found) {
      if (q.unit === DOLLAR) q.unit = dollar;
      else if (q.unit === DIRHAM) q.unit = dirham;
    }
  }
  if (!found.some((q) => q.unit === FRANC || q.unit === DINAR)) return found;
  const dinar = found.some((q) => q.unit === DINAR) ? dinarOf(text) : undefined;
  return found.flatMap((q) => {
    if (q.unit !== FRANC && q.unit !== DINAR) return [q];
    const code = q.unit === DINAR ? dinar : francOf(text, q.start, found);
    return code ? [{ ...q, unit: code }] : [];
  });
}

const ELIDED_NOUN_BEFORE = latin(
  new RegExp(
    `['’]s\\s+((\\d{1,3})(?:st|nd|rd|th)|(${Object.keys(ORDINAL_WORDS).join('|')}))\\s*,?\\s+(?:while|whereas|and|et|tandis que|alors que|terwijl|en)\\s+[^.;]*$`,
    'iu',
  ),
);
const LATER_POSITION_AFTER = latin(
  new RegExp(
    `^(?:\\s+in\\s+(?:19|20)\\d\\d)?\\s+(?:to|naar|à)\\s+(?:the\\s+|de\\s+|la\\s+|le\\s+)?((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))(?![\\p{L}])(?!\\s+(?:\\p{L}+\\s+){0,2}(?:plaats|plek|place|rang|position))`,
    'iu',
  ),
);
const FROM_BEFORE_RANK = latin(
  /(?<![\p{L}])(?:from|van|de)\s+(?:the\s+|de\s+|la\s+|le\s+)?(?:[\p{L}'’]+\s+){0,2}$/iu,
);
const BRACKETED_POSITION = /\(\s*#\s?(\d{1,3})\s*\)/g;
const NAME_END = new RegExp(`[${LATIN_LETTER}]\\s?$`);
const FIRST_PLACE_HINT = /bovenaan|[Oo]p (?:één|een) (?:staat|stond)|the lead|en tête/;
const FIRST_PLACE = latin(
  /(?<![\p{L}])(?:(?:staat|stond|staan|stonden)\s+(?:[\p{L}\d'’-]+\s+){0,3}bovenaan|[Oo]p\s+(?:één|een)\s+(?:staat|stond)|(?:takes|took|take)\s+the\s+lead|(?:arrive|arrivent|arrivait|arrivaient)\s+en\s+tête)(?![\p{L}])/gu,
);
const ORDINAL_AFTER_COLON = latin(
  new RegExp(`:[ \\t]*((\\d{1,3})\\s?${ORDINAL_SUFFIX})(?![\\p{L}\\d])`, 'giu'),
);

const LEADING_WORD = latin(/^\s{0,3}[\p{L}]+/u);
/**
 * "Principaux clients du Maroc en 2023 (en MDH)\nEspagne : 86 342\nFrance : 79 105": the lines of a table
 * under a heading that gives the unit in brackets are amounts in that unit. Returns them, and takes their
 * numbers out of `numbers` so that they are not read again.
 */
function tableAmounts(
  text: string,
  numbers: Array<{ start: number; end: number; value: number }>,
  language: Language,
  offset: number,
): Quantity[] {
  if (!text.includes('(')) return [];
  const out: Quantity[] = [];
  for (const heading of text.matchAll(UNIT_HEADING)) {
    // "(EUR million)", "(USD bn)": a code before its scale reads as the scale before it
    const label = (heading[1] ?? '').replace(CODE_THEN_SCALE, '$2 $1');
    const unit = readMoney({ start: 0, end: 1, value: 1 }, ` ${label}`, '');
    if (!unit?.unit) continue;
    let at = (heading.index ?? 0) + heading[0].length;
    // "Jaar    Uitvoer    Invoer\n2022    5.412    6.903": columns named by a header line
    const header = COLUMN_HEADER.exec(text.slice(at, text.indexOf('\n', at) >>> 0));
    if (header) {
      cellsOfColumns(text, at, header[0], numbers, language, unit, offset, out);
      continue;
    }
    for (const line of text.slice(at).split('\n')) {
      const row = TABLE_ROW.exec(line);
      if (!row?.[1]) break;
      const amount = tableAmount(row[1], at + line.lastIndexOf(row[1]), numbers, language, unit, offset);
      if (amount) out.push(amount);
      at += line.length + 1;
    }
  }
  return out;
}
/** Takes the number at `start` out of `numbers`: a table's cell is read once, as the table reads it. */
function takeNumber(numbers: Array<{ start: number }>, start: number): void {
  const i = numbers.findIndex((n) => n.start === start);
  if (i >= 0) numbers.splice(i, 1);
}
/** A table's cell at `start` as an amount in the unit its heading gives. */
function tableAmount(
  cell: string,
  start: number,
  numbers: Array<{ start: number }>,
  language: Language,
  unit: Quantity,
  offset: number,
): Quantity | undefined {
  takeNumber(numbers, start);
  const value = parseNumber(cell, language);
  return Number.isFinite(value)
    ? {
        type: 'money',
        value: scaled(value, unit.value),
        unit: unit.unit,
        start: offset + start,
        end: offset + start + cell.length,
        scale: unit.value,
      }
    : undefined;
}
/** The cells of the rows under a header line of column labels: amounts in `unit`, or shares ("9,1%"). */
function cellsOfColumns(
  text: string,
  from: number,
  headerLine: string,
  numbers: Array<{ start: number; end: number; value: number }>,
  language: Language,
  unit: Quantity,
  offset: number,
  out: Quantity[],
): void {
  const labels = headerLine.trim().split(COLUMN_GAP);
  let at = from + headerLine.length + 1;
  for (const line of text.slice(at).split('\n')) {
    const cells = line.trim().split(COLUMN_GAP);
    const row = cells[0] ?? '';
    const values = cells.slice(1);
    // a row is a label (a year or words) and one number per column after the first
    if (values.length === 0 || !/^\p{L}|^(?:19|20)\d\d$/u.test(row) || values.length !== labels.length - 1)
      break;
    if (!values.every((v) => CELL_NUMBER.test(v) || CELL_PERCENT.test(v))) break;
    let cellFrom = at + line.indexOf(row) + row.length;
    for (const [i, cell] of values.entries()) {
      const start = text.indexOf(cell, cellFrom);
      cellFrom = start + cell.length;
      const percent = CELL_PERCENT.exec(cell);
      if (!percent) {
        const amount = tableAmount(cell, start, numbers, language, unit, offset);
        if (amount) out.push({ ...amount, column: labels[i + 1] ?? '', row });
        continue;
      }
      // "Aandeel … 9,1%": a column of shares
      takeNumber(numbers, start);
      const value = parseNumber(percent[1] ?? cell, language);
      if (Number.isFinite(value)) {
        out.push({
          type: 'percent',
          value,
          unit: 'percent',
          start: offset + start,
          end: offset + start + cell.length,
          column: labels[i + 1] ?? '',
          row,
        });
      }
    }
    at += line.length + 1;
  }
}
const COLUMN_GAP = /\t+\s*|\s{2,}/;
const CELL_PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s?%$/;
const CELL_NUMBER = /^-?\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?$/;
/** "Jaar    Uitvoer    Invoer", "Année\tExportations\tImportations": two labels or more apart, no number. */
const COLUMN_HEADER = latin(/^[ \t]*\p{L}[\p{L} .'’-]*?(?:(?:\t+|[ \t]{2,})\p{L}[\p{L} .'’-]*?){2,}[ \t]*$/u);
/** A heading line ending with its unit in brackets: "(en MDH)", "(in miljoen euro)", "(USD million)"; the unit may
 * follow what the table counts: "(uitvoer, miljoen euro)", "(exportations, en MDH)". */
const UNIT_HEADING = latin(
  /\((?:[^()\n\d,]{1,30}?(?:,\s*|\s+(?=(?:en|in|dans|x)\s)))?(?:en|in|dans|x)?\s*([^()\n\d,]{1,30})\)\s*[:.]?[ \t]*\n(?:[ \t]*\n)?(?=[^\n]*\d|[^\n\d]*(?:\t|[ \t]{2,})[^\n\d]*\n[^\n]*\d)/giu,
);
const CODE_THEN_SCALE =
  /^\s*([A-Z]{3}|€|\$|US\$)\s+(millions?|billions?|thousands?|mn|bn|miljoen|miljard|duizend)\s*$/i;
/** "Espagne : 86 342", "- États-Unis: 55 600", "Japon 12 400", "2023    2,217": a name or a year and a number alone
 * on a line. */
const TABLE_ROW = latin(
  /^\s*(?:[-•*–]\s*)?(?:\p{L}[\p{L}'’. -]{1,40}?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*[:–]?\s+(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?)\s*$/u,
);

function readMoney(
  n: { start: number; end: number; value: number },
  after: string,
  before: string,
): Quantity | undefined {
  const prefix = PREFIX_RE.exec(before);
  const fusedAfter = after.replace(/^\s/, '');
  for (const [re, factor, code] of FUSED) {
    const f = re.exec(fusedAfter);
    if (!f) continue;
    // a scale letter before an ISO code takes that code's currency
    const iso = code ? '' : (/^[A-Z]{3}/.exec(fusedAfter.slice(f[0].length))?.[0] ?? '');
    const unit = code || currencyOf(iso, SUFFIX_CODES) || currencyOf(iso, PREFIX_CODES);
    if (!unit) continue;
    const end = n.end + (after.length - fusedAfter.length) + f[0].length + iso.length;
    return { type: 'money', value: scaled(n.value, factor), unit, start: n.start, end, scale: factor };
  }
  // "1,05 mil-\nliard": a word broken at a line end by PDF text is read whole, and the quote keeps the break.
  const { text: joined, origin } = joinLineBreakHyphens(after);
  const suffix = SUFFIX_RE.exec(joined);
  const scaleWord = suffix?.[1];
  const currencyWord = suffix?.[2];
  // Single-letter scales (m, b, k) only count when fused to a currency sign: "€768M", "$3.1bn".
  const scaleOk = scaleWord && (scaleWord.length > 1 || prefix || (currencyWord && /^\S/.test(after)));
  const scale = scaleOk ? scaleOf(scaleWord) : 1;
  const prefixCode = prefix?.[1] ? currencyOf(prefix[1], PREFIX_CODES) : undefined;
  const suffixCode = currencyWord ? currencyOf(currencyWord, SUFFIX_CODES) : undefined;
  const code = prefixCode ?? suffixCode;
  const start = prefix?.[1] ? n.start - (before.length - before.lastIndexOf(prefix[1])) : n.start;
  if (code) {
    const consumedJoined = suffixCode
      ? (suffix?.[0].length ?? 0)
      : scaleOk
        ? (LEADING_WORD.exec(joined)?.[0].length ?? 0)
        : 0;
    const consumed = originalLength(origin, consumedJoined);
    const end = n.end + trimTrailing(after.slice(0, consumed));
    return { type: 'money', value: scaled(n.value, scale), unit: code, start, end, scale };
  }
  // "contre 2,2 milliards en 2023": a scaled amount with no currency may take one from its clause.
  if (scaleOk && scale >= 1e6) {
    const end = n.end + (LEADING_WORD.exec(after)?.[0].length ?? 0);
    return {
      type: 'money',
      value: scaled(n.value, scale),
      unit: '',
      start: n.start,
      end,
      scale,
      inheritedCurrency: true,
    };
  }
  return undefined;
}

const LINE_BREAK_HYPHEN = latin(/^-[ \t]*\r?\n[ \t]*(?=\p{Ll})/u);
/** `s` with line-end hyphenation undone, and for each character of the result its index in `s`. */
function joinLineBreakHyphens(s: string): { text: string; origin: number[] } {
  if (!/-[ \t]*\r?\n/.test(s)) return { text: s, origin: [] };
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const brk = s[i] === '-' && /\p{Ll}/u.test(s[i - 1] ?? '') ? LINE_BREAK_HYPHEN.exec(s.slice(i)) : null;
    if (brk) {
      i += brk[0].length - 1;
      continue;
    }
    text += s[i];
    origin.push(i);
  }
  return { text, origin };
}

/** The length in the original text of the first `length` characters of a joined text. */
function originalLength(origin: number[], length: number): number {
  if (origin.length === 0 || length === 0) return length;
  return (origin[length - 1] ?? length - 1) + 1;
}

/** 4,1 × 1e9 is 4100000000, not 4099999999.9999995. */
const scaled = (value: number, scale: number) => {
  if (scale === 1) return value;
  const product = value * scale;
  const whole = Math.round(product);
  // within floating-point noise of a whole number (every scaled amount in practice): that number
  return Math.abs(product - whole) <= Math.abs(product) * 1e-12 ? whole : Number(product.toPrecision(12));
};

function trimTrailing(s: string): number {
  return s.replace(latin(/[\s.]+$/u), '').length;
}

/** A bare number read as a percentage, because the list it stands in gives its unit. */
function percentOf(n: { value: number; start: number; end: number }, offset: number): Quantity {
  return { type: 'percent', value: n.value, unit: 'percent', start: offset + n.start, end: offset + n.end };
}
