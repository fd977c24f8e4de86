// Cue patterns several stages of attribution read.
import { countryOf, type Metric } from '../figure.js';
import type { ClauseFacts } from './clause-facts.js';
import type { EconomyMention } from './gazetteer.js';
import { latin } from './letters.js';
import { type Quantity, RANK_NOUNS } from './quantities.js';

/** The mentions with those a rule added, in text order. */
export const withMentions = (economies: EconomyMention[], added: EconomyMention[]): EconomyMention[] =>
  added.length === 0 ? economies : [...economies, ...added].sort((a, b) => a.start - b.start);

export const COMPARISON_BASE_BEFORE = latin(
  /(?<![\p{L}])(?:contre|tegenover|against|compared with|compared to|versus|vs\.?)\s+(?:[\p{L}'’]+\s+){0,2}$/iu,
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

const COMMA_ITEM_BEFORE = latin(/,\s*(?:(?:l['’]|la|le|les|the|de|het)\s*)?$/iu);

const LIST_GOES_ON = latin(/^\s*(?:\([^()]{0,30}\)\s*)?(?:,|et|and|en|ou|or|of)\s/iu);

/** Economies named as the ones ahead or behind: "derrière l'Espagne et la France", "behind China", "devant l'Espagne
 * (11 %) et les Émirats (9 %)"; and the one a rank was taken from: "which overtook France as Morocco's main partner",
 * "a détrôné la France". */
const COMPETITOR_BEFORE = latin(
  /(?<![\p{L}])(?:derrière|devant|behind|ahead of|achter|gevolgd door|followed by|suivie? de|suivis de|précédée? de|(?:net|vlak|kort)\s+voor|(?<=\)\s*,?\s*)voor|overtook|overtaken|overtaking|surpassed|replaced|replacing|dépassé|dépassant|devancé|devançant|détrôné|détrônant|supplanté|ingehaald|verdrongen|vervangen)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:\([^()]{0,30}\)\s*)?(?:,|et|and|en)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?){0,4}$/u,
);

export const STATISTICS_OFFICE_AFTER = latin(
  /^[\s'’s]*(?:National\s+)?(?:(?:Bureau|Office|Institute|Department)\s+(?:of|for)\s+Statistics|Statistical\s+(?:Service|Office|Agency)|Statistics\s+(?:Office|Agency|Bureau))(?![\p{L}])/u,
);

export const STATISTICS_OFFICE_BEFORE = latin(
  /(?:(?<![\p{L}])Statistics\s+|(?<![\p{L}])statistique(?:s)?(?:\s+et\s+de\s+la\s+démographie)?\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*|(?<![\p{L}])Statistiek\s+(?:van|in)\s+)$/iu,
);

export const CURRENCY_TWIN_BETWEEN = latin(
  /^\s*\(\s*(?:soit|ou|environ|about|approximately|ca\.|circa|ongeveer|zowat|près de|or)?\s*$/iu,
);

/** "…, gevolgd door Bolivia met 2,3 miljard": the next of a ranking takes the place of the one ranked before. */
export const FOLLOWED_BY_START = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s/u,
);

export const RESPECTIVELY = latin(/(?<![\p{L}])(?:respectivement|respectively|respectievelijk)(?![\p{L}])/iu);

export const HEADING_NOUN = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'iu'));

/** A bracket opened right after a name that holds the figure, a few words before it: " (up ", " (up 3% to ". */
export const OWN_BRACKET = /^(?:\s*\([^()\d]{1,30}\))?\s*\([^()\d]{0,24}(?:[\d.,]+\s*%[^()\d]{0,12})?$/;

/** "le Japon à hauteur de 12,5 %": a name and its own figure. */
export const AMOUNTING_TO = latin(/^\s*(?:à hauteur de|à raison de|ten belope van)\s*$/iu);

/** "36,5 milliards d'euros, soit 6,9 % des exportations": the amount's share of its total. */
export const SHARE_RIGHT_AFTER = latin(/^[\s,(]*(?:soit|or|i\.e\.|that is|oftewel|ou)\s*$/iu);

export const SHARE_VERB =
  '(?:made up|makes? up|accounted for|accounts? for|account for|représent\\p{L}*|pès\\p{L}*|pes\\p{L}*|constitu\\p{L}*|vertegenwoordig\\p{L}*|goed voor|maakt\\p{L}* uit|maken uit)';

export const RELATIVE_CLAUSE = latin(/,\s*(?:dont|whose|waarvan|wiens)\s/giu);

export const COMPARED_WITH = latin(
  /(?<![\p{L}])(?:contre|(?:en\s+)?pass(?:ant|er)\s+de|(?:up|down|rising|falling) from|ten opzichte van|against|versus|vs\.?|tegenover|par rapport (?:à|au|aux)|compared (?:with|to)|vergeleken met)(?![\p{L}])/giu,
);

export const GENERIC_RANK = /^(?:rangs?|plaats|plek|positie|place|position)$/;

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

export const RANK_NOUN_ANY = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'giu'));

export const POSSESSIVE_AFTER = latin(/^['’]s?(?![\p{L}])/u);

export const ELLIPTICAL_ITEM_BEFORE = latin(
  /(?:,|(?<![\p{L}])(?:et|and|en))\s+(?:d['’]|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|aux?\s+|à\s+(?:la\s+|l['’])?|vers\s+(?:la\s+|le\s+|l['’]|les\s+)?|from\s+(?:the\s+)?|to\s+(?:the\s+)?|uit\s+|naar\s+)$/iu,
);

export const ELLIPTICAL_ITEM_AFTER = latin(/^\s*(?:\(\s*[+−-]?|de|of|by|met|van)\s*$/iu);

export const ATTRACTS = latin(
  /(?<![\p{L}])(?:attir\p{L}*|attract\p{L}*|aantrek\p{L}*|aangetrokken|lok\p{L}*)(?![\p{L}])/iu,
);

export const FLOWS_WITH_WORLD: ReadonlySet<Metric> = new Set([
  'exports',
  'imports',
  'trade_balance',
  'total_trade',
]);

export const TOTAL_CUE = latin(
  /(?<![\p{L}])(?:total|totale|totales|totaal|globale?s?|mondial(?:e|es)?|wereldwijd|overall)(?![\p{L}])/iu,
);

/** The rank nouns of who trades rather than where: "exporter", "importateur", "uitvoerder". */
const TRADER_RANK_NOUN = /^(?:export|import)(?:er|ateur|eur)s?$|^(?:uitvoer|invoer)ders?$/;

/** "the 9th largest exporter", "van de 9de naar de 6de plaats op de ranglijst van grootste exporteurs" */
export function isTraderRank(text: string, q: Quantity): boolean {
  const noun = q.rankNoun ?? '';
  if (!GENERIC_RANK.test(noun)) return TRADER_RANK_NOUN.test(noun);
  const later = RANK_NOUN_LATER.exec(text.slice(q.end, q.end + 60))?.[1]?.toLowerCase();
  return later !== undefined && TRADER_RANK_NOUN.test(later);
}

export const WORLD_PARTNER = latin(
  /(?<![\p{L}])(?:with|to|from|avec|vers|du|de|met|naar|uit|van)\s+(?:the\s+|le\s+|la\s+|de\s+|het\s+)?(?:rest\s+of\s+the\s+|reste\s+du\s+|rest\s+van\s+de\s+)?(?:world|monde|wereld)(?![\p{L}'’])|(?<![\p{L}])(?:(?:naar|in|uit)\s+het\s+buitenland|(?:à|vers|de)\s+l['’]étranger|abroad)(?![\p{L}])/iu,
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

const STATISTICS_OFFICES: Array<[RegExp, string]> = [
  [/Office des [Cc]hanges|Haut-Commissariat au Plan|Bank Al-Maghrib/, 'MA'],
  [/Statbel|Banque [Nn]ationale de Belgique|Nationale Bank van België|National Bank of Belgium/, 'BE'],
  [/Census and Statistics Department|Hong Kong Trade Development Council|HKTDC/, 'HK'],
  [/Ministry of Finance of Japan|Japanese Ministry of Finance|ministère japonais des Finances/, 'JP'],
  [/\bCBS\b|Centraal Bureau voor de Statistiek|Statistics Netherlands/, 'NL'],
  [/Office for National Statistics|\bONS\b|\bHMRC\b/, 'GB'],
  [/\bANSD\b|Agence [Nn]ationale de la [Ss]tatistique et de la [Dd]émographie/, 'SN'],
  [/Kenya National Bureau of Statistics|\bKNBS\b/, 'KE'],
  [/Ghana Statistical Service/, 'GH'],
  [/Enterprise Singapore|Singapore Department of Statistics|SingStat/, 'SG'],
  [/Australian Bureau of Statistics/, 'AU'],
  [/Statistics South Africa|Stats SA\b/, 'ZA'],
  [/Statistique Canada|Statistics Canada/, 'CA'],
  [/Administration fédérale des douanes|Office fédéral de la douane|\bOFDF\b/, 'CH'],
];

/** "from $41 million last year to $63 million": the amount a change starts from */
export const isChangeBase = (text: string, q: Quantity): boolean =>
  q.type === 'money' &&
  FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
  TO_AFTER.test(text.slice(q.end, q.end + 40));

const FROM_BEFORE = latin(/(?<![\p{L}])(?:from|de|van)\s+$/iu);

const TO_AFTER = latin(
  /^(?:[^.;\d]|(?:19|20)\d\d){0,30}?(?<![\p{L}])(?:to|à|tot|naar)\s+(?:[$€£]|[A-Z]{2,3}\s?)?\d/u,
);

/** The same stretch of time a year earlier: "2023" → "2022", "2024-01/2024-08" → "2023-01/2023-08". */
export const yearBefore = (period: string, years = 1): string =>
  period.replace(/\d{4}/g, (y) => String(Number(y) - years));

export const SECTOR_WORD = /secteur|filière|branche|sector|industry/i;
