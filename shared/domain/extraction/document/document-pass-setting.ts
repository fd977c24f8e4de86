// The setting of a document, read once before its sentences: the economies it names, its home, the economies it
// is about in order, the pair it opens on and the period its title names.

import { isCountryOrRegion, withMentions } from '../attribution/cues.js';
import {
  homeEconomy,
  inOrganisationName,
  rankEconomies,
  rankedAhead,
  withFirstPerson,
  withKingdom,
  withMainland,
} from '../economies/document-economies.js';
import { type EconomyMention, findEconomies } from '../economies/gazetteer.js';
import type { ExtractionContext } from '../extracted-figure.js';
import { LANGUAGES } from '../languages/cues.js';
import { CUES } from '../languages/index.js';
import { latin } from '../letters.js';
import { withWords, words } from '../lexicon.js';
import { DATE_LINE } from '../periods/period-publication.js';
import { FISCAL_YEAR_START, findPeriods, fiscalPeriod, MONTH_WORDS } from '../periods/periods.js';
import type { Quantity } from '../quantities/quantities.js';
import { firstApplying } from '../rule.js';
import { inSpan, overlaps, within } from './clause-facts.js';
import { HOME_OF_STATISTICS_OFFICE, STATED_HOME_RULES } from './document-pass-rules.js';
import { headlineEnd, type Span } from './text-segments.js';

/** What the whole document says before any of its sentences is read. */
export interface DocumentSetting {
  /** the economies named, the by-names, the kingdom, the mainland and the first person resolved */
  allEconomies: EconomyMention[];
  /** the home the document states (its statistics office, its heading's one country) */
  statedHome: string | undefined;
  /** the pair the first sentence names ("entre le Chili et l'Asie") */
  opening: [string, string] | undefined;
  /** the economies the document is about, the most likely first */
  documentEconomies: string[];
  /** the period the title names, the default of every figure that states none */
  titlePeriod: string | undefined;
}

export function documentSetting(
  text: string,
  context: ExtractionContext,
  teasers: Span[],
  allQuantities: Quantity[],
): DocumentSetting {
  // … and so are the economies a "lire aussi" teaser names
  const named = findEconomies(text);
  // (… or whose statistics office it names by its country, or the one economy its heading is about)
  const stated = firstApplying(STATED_HOME_RULES, { text, named });
  const office = stated?.rule === HOME_OF_STATISTICS_OFFICE ? stated.value : undefined;
  const statedHome = stated?.value;
  const home = statedHome ?? homeEconomy(text, allQuantities);
  const allEconomies = withFirstPerson(
    text,
    withCompassNeighbours(text, withByNames(text, withMainland(text, withKingdom(text, named)), home), home),
    context.language,
    allQuantities,
  ).filter(
    (e) =>
      inSpan(allQuantities, { start: e.start - 60, end: e.end + 60 }).every(
        // (but the owner of a list a rank is in: "35th among Belgium's trading partners")
        (q) => !overlaps(q, e) || (q.type === 'rank' && /^['’]s\b/.test(text.slice(e.end, e.end + 3))),
      ) &&
      !teasers.some((t) => within(e, t)) &&
      !inOrganisationName(text, e),
  );
  // (the economies ranked ahead of a position are no party to the document's flows)
  const namedEconomies = rankEconomies(allEconomies.filter((e) => !rankedAhead(text, e, 0)));
  // "À fin mai, les exportations de biens ont atteint 190,4 MMDH, selon l'Office des changes": a text that
  // names no economy speaks of the one whose statistics office it quotes, or whose currency it counts in
  // … and a text in dirhams that also names Spain and China is still about Morocco's trade first
  // … and a text quoting a statistics office reports that office's economy's trade, whoever else it names
  const ranked =
    home && (!namedEconomies.some(isCountryOrRegion) || namedEconomies.includes(home) || office === home)
      ? [home, ...namedEconomies.filter((c) => c !== home)]
      : namedEconomies;
  // A story about one economy's foreign trade ("Échanges extérieurs : … à fin septembre") gives a flow with no
  // partner named the world, not the partner it names most often
  const titleLine =
    text
      .slice(0, 400)
      .split('\n')
      .find((l) => l.trim() !== '') ?? '';
  const titleLineEnd = text.indexOf(titleLine) + titleLine.length;
  const totalStory =
    home !== undefined &&
    TOTAL_TRADE_STORY.test(titleLine) &&
    named.every((e) => e.end > titleLineEnd || e.code === home);
  // "Les échanges entre le Chili et l'Asie ont nettement progressé": the pair the story opens
  // on comes first, a group among them too
  const opening = openingPair(text, allEconomies);
  const storyRanked = opening ? [...opening, ...ranked.filter((c) => !opening.includes(c))] : ranked;
  const documentEconomies = totalStory && home ? [home] : storyRanked;
  const fiscalStart = documentEconomies
    .map((code) => FISCAL_YEAR_START[code])
    .find((month) => month !== undefined);
  return {
    allEconomies,
    statedHome,
    opening,
    documentEconomies,
    titlePeriod: titlePeriod(text, context.published, fiscalStart),
  };
}

/**
 * The two economies the first sentence of a text names as a pair ("entre le Chili et l'Asie",
 * "between Peru and Africa", "tussen België en Marokko"), the first first.
 */
function openingPair(text: string, economies: EconomyMention[]): [string, string] | undefined {
  const end = text.slice(0, 400).search(/[.!?](?:\s|$)/);
  const first = text.slice(0, end > 0 ? end : 400);
  const between = OPENING_BETWEEN.exec(first);
  if (!between) return headlinePair(text, economies);
  const sides = inSpan(economies, { start: between.index, end: first.length });
  const [a, b] = sides;
  if (!a || !b || a.code === b.code || !JOINED_PAIR.test(text.slice(a.end, b.start))) return undefined;
  return [a.code, b.code];
}

/** "Maroc – Belgique : chiffres clés 2023", "Kenya–Netherlands trade: key figures": a pair a headline joins by a dash. */
function headlinePair(text: string, economies: EconomyMention[]): [string, string] | undefined {
  const end = headlineEnd(text);
  const [a, b] = inSpan(economies, { start: 0, end: end < 0 ? text.length : end }).filter(
    (e) => !e.adjective,
  );
  return a && b && a.code !== b.code && /^\s*[–—-]\s*$/.test(text.slice(a.end, b.start))
    ? [a.code, b.code]
    : undefined;
}

const OPENING_BETWEEN = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.roles.between})\s`, 'iu'));

const JOINED_PAIR = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.direction.and})\s+(?:${(c) => c.economyRoles.articles})?(?:(?:${(c) => c.documentPass.regionNouns})\s+)?$`,
    'iu',
  ),
);

/**
 * The period named by a document's title line ("Rapport annuel 2021", "Jaarverslag 2021", "Statbel –
 * Buitenlandse handel, eerste kwartaal 2024"): the default of every figure that states none. A day's date
 * in the title ("publié le 31 mai 2023") is not one.
 */
function titlePeriod(
  text: string,
  published: string | undefined,
  fiscalStart: number | undefined,
): string | undefined {
  // (a year something holds "since" dates no figure of the story)
  // the title is the first line, or the headline under the outlet's name ("Handelsnieuws Zuid\n\n
  // Chileense uitvoer naar Azië: de balans van 2019"); after a leading "date 2022-11" it is the first sentence
  // of that line, the lede ("Les ventes du Portugal à l'étranger ont reculé en mars, …")
  const lines = text
    .slice(0, 600)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 3);
  for (const [i, line] of lines.entries()) {
    if (i > 0 && (BYLINE_OR_DATE.test(line) || /[.!?]\s*$/.test(line) || line.length > 160)) break;
    const dated = DATE_LINE.exec(line);
    const title = dated ? (line.slice(dated[0].length).split(SENTENCE_END)[0] ?? '') : line;
    if (!TITLE_PERIOD_HINT.test(title)) continue;
    const mention = findPeriods(title, published).find(
      (p) => !p.comparison && !p.horizon && !p.yearBefore && !p.since && (p.period || p.fiscal),
    );
    const period = mention?.fiscal ? fiscalPeriod(mention.fiscal, fiscalStart, published) : mention?.period;
    if (period) return period;
  }
  return undefined;
}

const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

const BYLINE_OR_DATE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.documentPass.bylineWords})(?![\p{L}])|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}`,
    'iu',
  ),
);

const TITLE_PERIOD_HINT = new RegExp(
  `\\d|${words((c) => c.documentPass.titlePeriodHint)}|${MONTH_WORDS}`,
  'i',
);

/**
 * By-names the press gives the economy a text is about: "l'île", "the island", "het eiland" for the home of a
 * text about an island (its heading's, its statistics office's); "la Confédération" for Switzerland in a text that
 * names it.
 */
function withByNames(text: string, economies: EconomyMention[], home: string | undefined): EconomyMention[] {
  // (most texts name no island nor confederation: the pattern, which starts at every word, is not run on them)
  if (!BY_NAME_HINT.test(text)) return economies;
  const added: EconomyMention[] = [];
  const swiss = economies.some((e) => e.code === 'CH');
  for (const m of text.matchAll(BY_NAME)) {
    const code = m[1] ? home : swiss ? 'CH' : undefined;
    if (!code) continue;
    const start = m.index + m[0].length - (m[1] ?? m[2] ?? '').length;
    const end = m.index + m[0].length;
    if (!economies.some((e) => e.start < end && start < e.end))
      added.push({ code, start, end, adjective: false });
  }
  return withMentions(economies, added);
}

/**
 * "de uitvoer naar onze oosterburen", "de zuiderburen": the neighbour a compass word names, seen from the home
 * economy of the text (none when the text has no home, or the word no neighbour from it).
 */
function withCompassNeighbours(
  text: string,
  economies: EconomyMention[],
  home: string | undefined,
): EconomyMention[] {
  const own = home ? COMPASS.filter(([, from]) => from === home) : [];
  if (own.length === 0) return economies;
  const added: EconomyMention[] = [];
  for (const [word, , code] of own)
    for (const m of text.matchAll(word)) {
      const end = m.index + m[0].length;
      if (!economies.some((e) => e.start < end && m.index < e.end))
        added.push({ code, start: m.index, end, adjective: false });
    }
  return added.length
    ? withMentions(
        economies,
        added.sort((a, b) => a.start - b.start),
      )
    : economies;
}

const COMPASS: Array<[RegExp, string, string]> = LANGUAGES.flatMap((language) =>
  CUES[language].documentPass.compassNeighbours.map(([word, home, code]): [RegExp, string, string] => [
    latin(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'giu')),
    home,
    code,
  ]),
);

// (an island named after the noun is a name: "l'île Maurice", "the island of Mauritius")
const BY_NAME = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:(?:${(c) => c.documentPass.islandArticles})(${(c) => c.documentPass.island})|(?:${(c) => c.documentPass.confederationArticles})\s+(${(c) => c.documentPass.confederation}))(?![\p{L}])(?!\s+(?:${(c) => c.documentPass.notAByName}|\p{Lu})(?![\p{L}]))`,
    'giu',
  ),
);

// (case folded as the pattern folds it, with the u flag)
const BY_NAME_HINT = new RegExp(
  withWords`${(c) => c.documentPass.island}|${(c) => c.documentPass.confederation}`,
  'iu',
);

const TOTAL_TRADE_STORY = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.documentPass.totalTradeStory})(?![\p{L}])`, 'iu'),
);
