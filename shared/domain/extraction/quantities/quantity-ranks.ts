// Reads the ranks of a text: an ordinal or a superlative before a trade noun ("45ste exportmarkt", "le
// principal fournisseur"), the positions that share that noun or leave it out ("le 36e client de la Flandre
// et le 38e de la Wallonie"), and first place said in an idiom ("stond Chili bovenaan").

import { LATIN_LETTER, LETTER, latin } from '../letters.js';
import { withWords, words } from '../lexicon.js';
import { CARDINALS } from './number-words.js';
import type { Quantity } from './quantity.js';
import {
  AND,
  CONTINENT_PREFIXES,
  CONTINENTAL_ADJECTIVES,
  ORDINAL_SUFFIX,
  ORDINAL_WORDS,
  RANK_ADJECTIVE_WORDS,
  RANK_NOUNS,
  SUPERLATIVES,
} from './quantity-words.js';

/** Nouns whose ordinal is a trade rank; the metric each implies is decided by the extractor. */
export { RANK_NOUNS };

/** "de grootste Aziatische klant", "the largest African market": an adjective that makes a subset of the ranked */
const CONTINENTAL_ADJECTIVE = `(?:(?:${CONTINENT_PREFIXES})-?)?(?:${CONTINENTAL_ADJECTIVES})`;
const CONTINENTAL_BETWEEN = new RegExp(
  `(?<![${LATIN_LETTER}])(?:${CONTINENTAL_ADJECTIVE})(?![${LATIN_LETTER}])`,
  'i',
);
const RANK_ADJECTIVES = `(?:${RANK_ADJECTIVE_WORDS}|${CONTINENTAL_ADJECTIVE})`;
// A superlative alone ranks first: "largest supplier", "grootste handelspartner", "le plus grand client", "le
// principal fournisseur", "the main export destination".
const SUPERLATIVE = `(?:${SUPERLATIVES})`;
const RESTRICTED_RANK = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.quantities.rankOf})\s+(?:${(c) => c.quantities.articles})?\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s+)?` +
      withWords`(?:(?:${(c) => c.quantities.among})\s+(?:[\p{L}'’-]+\s+){0,3}?|(?:${(c) => c.quantities.within})\s*(?:${(c) => c.quantities.articles})?\s*)` +
      withWords`(?:${(c) => c.quantities.subsets}|(?:${(c) => c.quantities.countriesNoun})(?=\s+\p{L})(?!\s+(?:${(c) => c.quantities.relativePronouns})(?![\p{L}])))`,
    'iu',
  ),
);
const CONTINENTAL_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.quantities.continentalOf})\s+(?:(?:${(c) => c.quantities.continentalArticles})\s+)?\p{L}+\s+)?(?:(?:${(c) => c.quantities.nonPrefix})[- ])?` +
      withWords`(?:(?:${(c) => c.quantities.americasPrefixes})[- ]?(?:${(c) => c.quantities.american})|${(c) => c.quantities.regionalAdjectives})(?![\p{L}])`,
    'iu',
  ),
);
const ONE_OF = latin(
  new RegExp(
    withWords`(?:${(c) => c.quantities.oneOf})\s+(?:${(c) => c.quantities.oneOfArticles})?\s*$`,
    'iu',
  ),
);
// Ranks are found noun first (trade nouns are rarer than ordinals), then the ordinal just before it.
export const RANK_NOUN_AFTER = new RegExp(
  `^[\\s-]+(?:(?:${RANK_ADJECTIVES})[\\s-]+){0,2}(?:${RANK_NOUNS})(?![${LATIN_LETTER}])`,
  'i',
);
const RANK_NOUN_RE = new RegExp(`(?:${RANK_NOUNS})(?![${LATIN_LETTER}])`, 'gi');
// the plural of a rank noun: "afnemers", "klanten", "markets", "partenaires commerciaux" (not "plaats", "source of imports")
const isPluralRankNoun = (noun: string) => PLURAL_RANK_NOUN.test(noun) && !SINGULAR_LIKE_PLURAL.test(noun);
const PLURAL_RANK_NOUN = new RegExp(withWords`(?:${(c) => c.quantities.pluralEndings})$`, 'i');
const SINGULAR_LIKE_PLURAL = new RegExp(
  withWords`(?:${(c) => c.quantities.singularsLikePlurals})$|^(?:${(c) => c.quantities.singularHeads})\s`,
  'i',
);
/** After a rank noun, "…, na Zuid-Afrika", "after China and Japan": the economies ranked ahead, listed. */
const RANKED_BEHIND_AFTER = latin(
  new RegExp(
    withWords`^(?:\s+(?:${(c) => c.quantities.rankedIn})\s+(?:${(c) => c.quantities.articlesBeforeName})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)?,?\s+(?:${(c) => c.quantities.rankedBehind})\s+` +
      withWords`((?:(?:${(c) => c.quantities.articlesBeforeNames})?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:${(c) => c.quantities.ofInNames})\s+)?\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*|\s+(?:${(c) => c.quantities.and})\s+)?){1,4})(?=[.;:,)]|$)`,
    'u',
  ),
);
/** Before a superlative, "Na Duitsland is Nederland … het belangrijkste": the economies ranked ahead, listed. */
const BEHIND_NAME = withWords`(?:${(c) => c.quantities.articlesBeforeNames})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
const RANKED_BEHIND_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.rankedBehindBefore})\s+` +
      `(${BEHIND_NAME}(?:${withWords`(?:\s*,\s*|\s+(?:${(c) => c.quantities.and})\s+)`}${BEHIND_NAME}){0,3}?)` +
      withWords`(?!\s*(?:${(c) => c.quantities.and})\s+\p{Lu})\s*,?\s+[^.;:]{0,90}$`,
    'u',
  ),
);
const LIST_SEPARATOR = new RegExp(`\\s*,\\s*|\\s+(?:${AND})\\s+`);
const COMPOUND_RANK_PREFIX = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.quantities.compoundRankPrefixes})$`, 'iu'),
);
const RUNNER_UP_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.runnerUpBefore})\s+(${(c) => c.quantities.runnerUpCardinals})\s+(?:${(c) => c.quantities.runnerUpAfter})\s+$`,
    'iu',
  ),
);
const ORDINAL_BEFORE_RE = latin(
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:(\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')})|(${SUPERLATIVE})|(?:${words((c) => c.quantities.numberSign)}|#)\\s?(\\d{1,2}))` +
      `[\\s-]+(?:(?:${words((c) => c.quantities.inListOf)})\\s+)?(?:${RANK_ADJECTIVES}[\\s-]+){0,2}$`,
    'iu',
  ),
);

const COORDINATED_POSITION = latin(
  new RegExp(
    `(?<![\\p{L}\\p{N}])((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      withWords`\s+(?:${(c) => c.quantities.and})\s+(?:${(c) => c.quantities.articlesBeforeName})?\p{Lu}[\p{L}'’ -]{1,30}?\s+(?:${(c) => c.quantities.positionArticles})?\s*$`,
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
    `(?<![\\p{L}\\p{N}])((?:(?:\\d{1,3}\\s?${ORDINAL_SUFFIX}|${Object.keys(ORDINAL_WORDS).join('|')})(?:\\s*,\\s*|\\s+(?:${AND})\\s+(?:(?:${words((c) => c.quantities.listArticles)})\\s+)?))+)$`,
    'iu',
  ),
);
// (every item of such a list is followed by its separator, so the text before the ordinal ends with one: a comma,
// a conjunction or an article, then spaces; a cheap test on its last letters before the costly pattern, which
// V8 tries from every position of the text)
const LIST_SEPARATOR_END = new RegExp(`(?:,|${AND}|${words((c) => c.quantities.listArticles)})$`, 'iu');
/** The value of an ordinal given in digits ("45ste") or in words ("douzième"). */
const ordinalValue = (digits: string | undefined, word: string | undefined): number | undefined =>
  digits ? Number(digits) : ORDINAL_WORDS[word?.toLowerCase() ?? ''];
const rankQuantity = (
  value: number,
  start: number,
  end: number,
  noun: string,
  marks: Pick<Quantity, 'coordinated' | 'formerRank' | 'gapped'>,
): Quantity => {
  // (the marks assigned, not spread: V8 spreads small objects on a slow path)
  const rank: Quantity = { type: 'rank', value, unit: 'rank', start, end, rankNoun: noun.toLowerCase() };
  return Object.assign(rank, marks);
};
const TIER_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.tierOf})\s+(?:${(c) => c.quantities.tierOrdinals})[\s-]+$`,
    'iu',
  ),
);
const TIER_NOUN = new RegExp(
  words((c) => c.quantities.tierNouns),
  'i',
);
/** "le 36e client de la Flandre et le 38e de la Wallonie": a second position that leaves out the noun, before `next` */
const gappedRankAfter = (next: string) =>
  latin(
    new RegExp(
      withWords`^(?:\s+(?:${(c) => c.quantities.rankOf})\s+[^,.;()\d]{1,80}?)?\s*,?\s+(?:${(c) => c.quantities.and})\s+(?:${(c) => c.quantities.positionArticles}|${(c) => c.quantities.gappedArticles})\s+` +
        `((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
        `(?=${next})`,
      'iu',
    ),
  );
const WORLD_SCOPE_NEXT = withWords`\s+(?:${(c) => c.quantities.worldScope})(?![\p{L}])`;
const GAPPED_RANK_AFTER = gappedRankAfter(
  `${withWords`\s+(?:${(c) => c.quantities.rankOf}|${(c) => c.quantities.asRole})\s`}|${WORLD_SCOPE_NEXT}`,
);
/** "premier partenaire en Asie et le deuxième au monde", "au 35e rang hors UE en tant que client et au 25e en tant
 * que fournisseur": after a rank within a subset, the world-wide position, or the position held in another role */
const GAPPED_WORLD_RANK_AFTER = gappedRankAfter(
  `${WORLD_SCOPE_NEXT}|${withWords`\s+(?:${(c) => c.quantities.asRole})\s`}`,
);
const FORMER_AFTER = latin(
  new RegExp(
    withWords`^\s*,?\s*\(?(?:${(c) => c.quantities.risingFrom})((\d{1,3})(?:${(c) => c.quantities.shortOrdinalSuffixes}))|` +
      withWords`^\s*,?\s*\(?(?:${(c) => c.quantities.formerRankBefore})\s+(?:(?:${(c) => c.quantities.formerRankArticles})\s+)?((\d{1,3})\s?(?:${(c) => c.quantities.formerRankSuffixes}))(?![\p{L}])`,
    'iu',
  ),
);
const FORMER_POSITION = latin(
  new RegExp(
    withWords`((?<![\p{L}])(?:${(c) => c.quantities.movedFromPosition})\s+(?:(?:${(c) => c.quantities.movedFromArticles})\s+)?)` +
      `((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      withWords`\s+(?:(?:${(c) => c.quantities.movedToPosition})\s+(?:${(c) => c.quantities.movedToArticles})?)$`,
    'iu',
  ),
);

const ELIDED_NOUN_BEFORE = latin(
  new RegExp(
    withWords`['’]s\s+((\d{1,3})(?:${(c) => c.quantities.shortOrdinalSuffixes})|` +
      `(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      withWords`\s*,?\s+(?:${(c) => c.quantities.contrastWords})\s+[^.;]*$`,
    'iu',
  ),
);
const LATER_POSITION_AFTER = latin(
  new RegExp(
    withWords`^(?:\s+(?:${(c) => c.quantities.yearIn})\s+(?:19|20)\d\d)?(?:\s+(?:${(c) => c.quantities.within}|${(c) => c.quantities.rankOf})\s+[^,.;()\d]{1,60}?)?(?:\s+(?:${(c) => c.quantities.yearIn})\s+(?:19|20)\d\d)?\s+(?:${(c) => c.quantities.laterPositionTo})\s+(?:(?:${(c) => c.quantities.laterPositionArticles})\s+)?` +
      `((\\d{1,3})\\s?${ORDINAL_SUFFIX}|(${Object.keys(ORDINAL_WORDS).join('|')}))` +
      withWords`(?![\p{L}])(?!\s+(?:\p{L}+\s+){0,2}(?:${(c) => c.quantities.laterPositionNouns}))`,
    'iu',
  ),
);
const FROM_BEFORE_RANK = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.fromBeforeRank})\s+(?:(?:${(c) => c.quantities.laterPositionArticles})\s+)?(?:[\p{L}'’]+\s+){0,2}$`,
    'iu',
  ),
);
const BRACKETED_POSITION = /\(\s*#\s?(\d{1,3})\s*\)/g;
const NAME_END = new RegExp(`[${LATIN_LETTER}]\\s?$`);
const FIRST_PLACE_HINT = new RegExp(words((c) => c.quantities.firstPlaceHints));
const FIRST_PLACE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.quantities.firstPlaceIdioms})(?![\p{L}])`, 'gu'),
);
const ORDINAL_AFTER_COLON = latin(
  new RegExp(`:[ \\t]*((\\d{1,3})\\s?${ORDINAL_SUFFIX})(?![\\p{L}\\d])`, 'giu'),
);

/** Every rank of `text`, added to `found` (the quantities found so far, whose starts a rank does not repeat). */
export function findRanks(text: string, offset: number, found: Quantity[]): void {
  for (const noun of text.matchAll(RANK_NOUN_RE)) rankOfNoun(text, noun, offset, found);
  firstPlaces(text, offset, found);
  elidedNounRanks(text, offset, found);
  laterPositions(text, offset, found);
  bracketedPositions(text, offset, found);
  ranksAfterColon(text, offset, found);
  barePositionMoves(text, offset, found);
}

/** The position an ordinal or a superlative gives the rank noun after it, with the words around that change it. */
function positionOf(
  ordinal: RegExpExecArray,
  window: string,
  afterNoun: string,
  longBefore: string,
): { value: number | undefined; runnerUp: RegExpExecArray | null } {
  // "de op één na grootste leverancier": the superlative after "op N na" is position N + 1
  const runnerUp = ordinal[3] ? RUNNER_UP_BEFORE.exec(window.slice(0, ordinal.index)) : null;
  // "de grootste Afrikaanse klant van België, na Zuid-Afrika": a superlative after those named is behind them
  // … and "Na Duitsland is Nederland de belangrijkste afzetmarkt", "Après l'Allemagne, la France est le premier client"
  const first = ordinal[3] !== undefined || ORDINAL_WORDS[ordinal[2]?.toLowerCase() ?? ''] === 1;
  const behind = first
    ? ((ordinal[3] ? RANKED_BEHIND_AFTER.exec(afterNoun) : null) ?? RANKED_BEHIND_BEFORE.exec(longBefore))
    : null;
  const value =
    ordinal[1] || ordinal[4]
      ? Number(ordinal[1] ?? ordinal[4])
      : runnerUp
        ? 1 + (CARDINALS[runnerUp[1]?.toLowerCase() ?? ''] ?? Number.NaN)
        : behind
          ? 1 + (behind[1] ?? '').trim().split(LIST_SEPARATOR).filter(Boolean).length
          : ordinal[3]
            ? 1
            : ORDINAL_WORDS[ordinal[2]?.toLowerCase() ?? ''];
  return { value, runnerUp };
}

/** The rank that the ordinal before the rank noun `noun` gives, and the positions that share the noun. */
function rankOfNoun(text: string, noun: RegExpExecArray, offset: number, found: Quantity[]): void {
  // "de vierde goederenleverancier": a Dutch compound of what is traded and the rank noun
  const compound =
    noun.index > 0 && LETTER.test(text.charAt(noun.index - 1))
      ? COMPOUND_RANK_PREFIX.exec(text.slice(Math.max(0, noun.index - 12), noun.index))
      : undefined;
  if (compound === null) return;
  const nounStart = noun.index - (compound?.[0].length ?? 0);
  const window = text.slice(Math.max(0, nounStart - 70), nounStart);
  const ordinal = ORDINAL_BEFORE_RE.exec(window);
  if (!ordinal) return;
  const nounEnd = noun.index + noun[0].length;
  const ordinalStart = nounStart - window.length + ordinal.index;
  const { value, runnerUp } = positionOf(
    ordinal,
    window,
    text.slice(nounEnd, nounEnd + 120),
    text.slice(Math.max(0, ordinalStart - 130), ordinalStart),
  );
  if (!value) return;
  // "Spanje en Frankrijk zijn de grootste afnemers", "its largest markets": a superlative over a plural ranks
  // several economies together, none of them first
  if (ordinal[3] && isPluralRankNoun(noun[0])) return;
  // "un partenaire de second rang", "de premier plan": a tier, not a position
  if (TIER_NOUN.test(noun[0]) && TIER_BEFORE.test(window)) return;
  // "premier client en Afrique", "the 6th largest partner outside Europe": a rank within a subset
  const afterNoun = text.slice(nounEnd, nounEnd + 60);
  const restricted =
    RESTRICTED_RANK.test(afterNoun) ||
    CONTINENTAL_AFTER.test(afterNoun) ||
    CONTINENTAL_BETWEEN.test(ordinal[0]);
  // "one of the largest markets" ranks nothing
  if (ONE_OF.test(window.slice(0, ordinal.index))) return;
  const start = nounStart - (window.length - ordinal.index) - (runnerUp ? runnerUp[0].length : 0);
  const coordinated = positionsBefore(
    window.slice(0, ordinal.index),
    nounStart - window.length,
    noun[0],
    offset,
    found,
  );
  const rank: Quantity = {
    type: 'rank',
    value,
    unit: 'rank',
    start: offset + start,
    end: offset + nounEnd,
    rankNoun: noun[0].toLowerCase(),
  };
  if (restricted) rank.restricted = true;
  if (coordinated) rank.coordinated = true;
  found.push(rank);
  if (!restricted) positionsAfter(text.slice(nounEnd, nounEnd + 120), nounEnd, noun[0], offset, found);
  else
    gappedPosition(
      GAPPED_WORLD_RANK_AFTER,
      text.slice(nounEnd, nounEnd + 120),
      nounEnd,
      noun[0],
      offset,
      found,
    );
}

/**
 * The positions before an ordinal that share its noun, in `before` (the text before the ordinal, from
 * `from`); whether the ordinal is coordinated with one of them.
 */
function positionsBefore(
  before: string,
  from: number,
  noun: string,
  offset: number,
  found: Quantity[],
): boolean {
  // "Hongkong is de 29ste en Marokko de 36ste exportbestemming": two positions that share their noun
  const pair = COORDINATED_POSITION.exec(before);
  const pairValue = pair ? ordinalValue(pair[2], pair[3]) : undefined;
  if (pair?.[1] && pairValue) {
    const pairStart = offset + from + pair.index;
    found.push(rankQuantity(pairValue, pairStart, pairStart + pair[1].length, noun, { coordinated: true }));
  }
  // "came 3rd, 5th and 6th respectively", "le premier et le deuxième fournisseur": positions listed
  // before the one that carries the noun share it
  const list =
    pair || !LIST_SEPARATOR_END.test(before.trimEnd().slice(-3)) ? null : ORDINAL_LIST_BEFORE.exec(before);
  if (list?.[1]) {
    const listStart = from + before.length - list[1].length;
    for (const item of list[1].matchAll(LISTED_ORDINAL)) {
      const itemValue = ordinalValue(item[2], item[3]);
      if (!itemValue || !item[1]) continue;
      const itemStart = offset + listStart + item.index;
      found.push(rankQuantity(itemValue, itemStart, itemStart + item[1].length, noun, { coordinated: true }));
    }
  }
  // "zakte van de elfde naar de twaalfde plaats", "passe de la 5e à la 3e place": the position held before
  const former = FORMER_POSITION.exec(before);
  const formerValue = former ? ordinalValue(former[3], former[4]) : undefined;
  if (former && formerValue) {
    const formerStart = offset + from + former.index + (former[1]?.length ?? 0);
    found.push(
      rankQuantity(formerValue, formerStart, formerStart + (former[2]?.length ?? 0), noun, {
        formerRank: true,
      }),
    );
  }
  return Boolean((pair && pairValue) || list?.[1]);
}

/** The positions after a rank noun that leave the noun out, in `afterNoun` (the text from `nounEnd` on). */
function positionsAfter(
  afterNoun: string,
  nounEnd: number,
  noun: string,
  offset: number,
  found: Quantity[],
): void {
  // "74th largest trading partner, up from 81st in 2022", "12e client, contre la 15e place en 2022"
  // "le 36e client de la Flandre et le 38e de la Wallonie": a second position that leaves out the noun
  gappedPosition(GAPPED_RANK_AFTER, afterNoun, nounEnd, noun, offset, found);
  const earlier = FORMER_AFTER.exec(afterNoun);
  const earlierText = earlier?.[1] ?? earlier?.[3];
  if (earlier && earlierText) {
    const formerStart = nounEnd + earlier[0].length - earlierText.length;
    found.push({
      type: 'rank',
      value: Number(earlier[2] ?? earlier[4]),
      unit: 'rank',
      start: offset + formerStart,
      end: offset + formerStart + earlierText.length,
      rankNoun: noun.toLowerCase(),
      formerRank: true,
    });
  }
}

/** The second position `pattern` finds after a rank noun, leaving that noun out. */
function gappedPosition(
  pattern: RegExp,
  afterNoun: string,
  nounEnd: number,
  noun: string,
  offset: number,
  found: Quantity[],
): void {
  const gapped = pattern.exec(afterNoun);
  const gappedValue = gapped ? ordinalValue(gapped[2], gapped[3]) : undefined;
  if (!gapped?.[1] || !gappedValue) return;
  const gappedStart = nounEnd + gapped.index + gapped[0].length - gapped[1].length;
  found.push(
    rankQuantity(gappedValue, offset + gappedStart, offset + gappedStart + gapped[1].length, noun, {
      gapped: true,
    }),
  );
}

/** First place said in an idiom ("stond Chili bovenaan"). */
function firstPlaces(text: string, offset: number, found: Quantity[]): void {
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
}

/** The positions that leave their noun to the rank after them. */
function elidedNounRanks(text: string, offset: number, found: Quantity[]): void {
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
}

/** The positions reached after a move from a rank. */
function laterPositions(text: string, offset: number, found: Quantity[]): void {
  // "from the ninth largest supplier in 2019 to fourth in 2023": the position reached after a move
  for (const rank of found.filter((q) => q.type === 'rank' && q.rankNoun && !q.formerRank && !q.gapped)) {
    const after = text.slice(rank.end - offset, rank.end - offset + 110);
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
    // (the position it moved from was held before: "daalde in 2017 van de tweede plek … naar de vierde")
    rank.formerRank = true;
  }
}

/** The positions in brackets after a name ("(#4)"). */
function bracketedPositions(text: string, offset: number, found: Quantity[]): void {
  // "Kenya (#4) and Vietnam (#9)": a position in brackets after the name it ranks
  if (text.includes('#')) {
    for (const m of text.matchAll(BRACKETED_POSITION)) {
      if (!NAME_END.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
      const start = m.index + (m[0].indexOf('#') ?? 0);
      found.push(
        rankQuantity(Number(m[1]), offset + start, offset + start + 1 + (m[1]?.length ?? 0), 'plaats', {
          coordinated: true,
        }),
      );
    }
  }
}

const GENERIC_RANK_NOUN = new RegExp(withWords`^(?:${(c) => c.quantities.genericRankNouns})$`);
/** The ranks given after a colon, their noun before it. */
function ranksAfterColon(text: string, offset: number, found: Quantity[]): void {
  // "Rang du Japon parmi les clients de la Wallonie : 19e": a rank given after a colon, its noun before it
  for (const m of text.matchAll(ORDINAL_AFTER_COLON)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const label = text.slice(lineStart, m.index);
    const nouns = [...label.matchAll(RANK_NOUN_RE)].map((n) => n[0].toLowerCase());
    const noun = nouns.find((n) => !GENERIC_RANK_NOUN.test(n)) ?? nouns[0];
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
}

const RANKING_LIST = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.quantities.rankingLists})(?![\p{L}])`, 'giu'),
);
/** "van 14 naar 12", "from 31 to 27": a move between two bare positions */
const BARE_MOVE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.movedFromPosition})\s+(\d{1,3})\s+(?:${(c) => c.quantities.movedToPosition})\s+(\d{1,3})(?![\d.,]\d|\s*%)`,
    'giu',
  ),
);
/** The bare positions a move within a named ranking gives, the ranked noun read near the ranking. */
function barePositionMoves(text: string, offset: number, found: Quantity[]): void {
  // "Peru steeg in de ranglijst van grootste exporteurs van 31 naar 27": bare numbers within a ranking are
  // the positions held before and after, of the traders the ranking lists
  for (const list of text.matchAll(RANKING_LIST)) {
    const from = Math.max(0, list.index - 90);
    const window = text.slice(from, list.index + list[0].length + 90);
    const sentence = window.slice(0, list.index - from).search(/[.;!?]\s+[^.;!?]*$/u);
    const own = window.slice(sentence < 0 ? 0 : sentence + 1).split(/[.;!?](?:\s|$)/u)[0] ?? '';
    const ownFrom = from + (sentence < 0 ? 0 : sentence + 1);
    const noun = [...own.matchAll(RANK_NOUN_RE)]
      .map((n) => n[0].toLowerCase())
      .find((n) => !GENERIC_RANK_NOUN.test(n));
    if (!noun) continue;
    for (const move of own.matchAll(BARE_MOVE)) {
      const [, before, after] = move;
      if (!before || !after) continue;
      const beforeStart = ownFrom + move.index + move[0].indexOf(before, move[0].search(/\d/));
      const afterStart = ownFrom + move.index + move[0].lastIndexOf(after);
      if (found.some((q) => q.end > offset + beforeStart && q.start < offset + afterStart + after.length))
        continue;
      found.push(
        rankQuantity(Number(before), offset + beforeStart, offset + beforeStart + before.length, noun, {
          formerRank: true,
        }),
        rankQuantity(Number(after), offset + afterStart, offset + afterStart + after.length, noun, {}),
      );
    }
  }
}
