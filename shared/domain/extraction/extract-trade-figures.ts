// Rule-based extraction of trade figures: each quantity found in a clause is tied to the closest metric
// noun, its economies' roles (owner, partner) give the direction, the clause's period expressions give
// the period, and cue words give kind, bound, measure and sign. Quantities with no trade metric in their
// clause (people, companies, meetings, dates) are not figures.
import { type Bound, countryOf, type Kind, type Measure, type Metric } from '../figure.js';
import { type EconomyMention, findEconomies } from './gazetteer.js';
import type { Language } from './language.js';
import { isUpperCase, LATIN_LETTER, latin } from './letters.js';
import {
  ABSOLUTE_CHANGE_AFTER,
  ABSOLUTE_CHANGE_BEFORE,
  BALANCE_OWNER_CUES,
  BETWEEN_CUES,
  boundBefore,
  CLAUSE_END_CHANGE,
  DECLINE_CUES,
  DEFICIT_WORDS,
  EXPECTATION_CUES,
  EXPECTED_PRONOUN,
  FORECAST_CUES,
  GROWTH_CUES,
  MAKES_CUES,
  METRIC_PATTERNS,
  NOT_A_METRIC,
  OWNER_CUES,
  PARTNER_CUES,
  PLUS_BEFORE,
  PRONOUN_START,
  SECTORS,
  SEPARABLE_TRADE_VERB,
  SIGN_WORD_BEFORE,
  SOURCE_CUES,
  separableVerbMetric,
  TARGET_CUES,
  TARGET_WORDS,
  TARIFF_CUES,
  TRAILING_GROWTH,
} from './lexicon.js';
import { CARDINALS } from './number-words.js';
import {
  FISCAL_YEAR_START,
  type FiscalYear,
  findPeriods,
  fiscalPeriod,
  MONTH_WORDS,
  monthSpan,
  type PeriodMention,
} from './periods.js';
import { currencyNamedIn, findQuantities, type Quantity, RANK_NOUNS } from './quantities.js';
import { type Span, splitClauses, splitSentences, teaserSpans } from './text-segments.js';

/** A figure as the text states it, before currency conversion. */
export interface ExtractedFigure {
  metric: Metric;
  measure: Measure;
  from: string;
  to: string;
  value: number;
  unit: string;
  period: string | null;
  kind: Kind;
  bound: Bound;
  sector: string | null;
  quote: string;
  start: number;
  end: number;
  /** the sentence the figure stands in, as in the text */
  sentence: string;
  /** how sure the rules are, in [0, 1]: lower when the direction or the metric had to be guessed */
  confidence: number;
  /** a rank held before or within a subset: not recorded, but the amounts after it are its flow's */
  withheld?: boolean;
  /** given in brackets after a rival ("devant l'Espagne (11 %)") */
  bracketed?: boolean;
}

export interface ExtractionContext {
  language: Language;
  /** publication month YYYY-MM, to resolve "l'an dernier" and friends */
  published?: string;
}

interface MetricMention {
  metric: Metric;
  start: number;
  end: number;
}

type Role = 'owner' | 'partner' | 'ambiguous' | 'between';

export function extractTradeFigures(given: string, context: ExtractionContext): ExtractedFigure[] {
  // Text from PDFs wraps prose at line ends ("ten opzichte\nvan 2023") and breaks words there ("d'eu-\nros",
  // "en prove-\nnance"): the rules read a wrapped line end as a space (same length, so offsets hold) and broken
  // words joined; each figure's offsets, quote and sentence are mapped back to the text as given.
  const text = unwrapLines(given);
  const joined = joinBrokenWords(text);
  if (!joined && text === given) return extractFrom(text, context);
  const clean = joined?.text ?? text;
  const at = (i: number) => (joined ? (joined.origin[i] ?? text.length) : i);
  const after = (end: number) => (end > 0 ? at(end - 1) + 1 : 0);
  return extractFrom(clean, context).map((f) => {
    const sentenceStart = clean.lastIndexOf(f.sentence, f.start);
    const start = at(f.start);
    const end = after(f.end);
    return {
      ...f,
      start,
      end,
      quote: given.slice(start, end),
      sentence:
        sentenceStart >= 0
          ? given.slice(at(sentenceStart), after(sentenceStart + f.sentence.length))
          : f.sentence,
    };
  });
}

/**
 * The text with each line end inside a wrapped sentence made a space: the line before ends with no punctuation
 * and no hyphen, and the next starts with a lower-case letter ("een groei\nvan 7,9 procent"), or with a digit
 * after a lower-case word ("bedroeg de export\n1.428 miljoen euro"). Headings, list items, table rows and blank
 * lines keep their breaks.
 */
function unwrapLines(text: string): string {
  if (!text.includes('\n')) return text;
  const parts: string[] = [];
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const cr = text[i - 1] === '\r' ? 1 : 0;
    const before = text[i - 1 - cr] ?? '';
    const after = text[i + 1] ?? '';
    if (!LOWER_LETTER.test(before) && !/[\d,%€)]/.test(before)) continue;
    if (!(LOWER_LETTER.test(after) || (/\d/.test(after) && LOWER_LETTER.test(before)))) continue;
    // … but not a table's header line ("Jaar    Uitvoer    Invoer"): its columns are apart
    if (/\S(?:\t|[ ]{2,})\S/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) continue;
    parts.push(text.slice(from, i - cr), cr ? '  ' : ' ');
    from = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}
const LOWER_LETTER = latin(/\p{Ll}/u);

/** The text with words broken at line ends joined again, and for each character its index in the text. */
function joinBrokenWords(text: string): { text: string; origin: number[] } | undefined {
  if (!text.includes('-\n') && !text.includes('- \n') && !text.includes('-\r\n')) return undefined;
  BROKEN_WORD.lastIndex = 0;
  if (!BROKEN_WORD.test(text)) return undefined;
  BROKEN_WORD.lastIndex = 0;
  let clean = '';
  const origin: number[] = [];
  let from = 0;
  for (const m of text.matchAll(BROKEN_WORD)) {
    const cut = m.index + 1; // keep the letter before the hyphen
    for (let i = from; i < cut; i++) origin.push(i);
    clean += text.slice(from, cut);
    from = m.index + m[0].length - 1; // resume at the letter after the break
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  clean += text.slice(from);
  return { text: clean, origin };
}
const BROKEN_WORD = latin(/\p{Ll}-[ \t]*\r?\n[ \t]*\p{Ll}/gu);

function extractFrom(text: string, context: ExtractionContext): ExtractedFigure[] {
  // Quantities and economies are found once over the whole text; metric words and periods only in the
  // clauses that hold a quantity, which is a small part of any document.
  const teasers = teaserSpans(text);
  const allQuantities = findQuantities(text, context.language).filter(
    (q) => !teasers.some((t) => within(q, t)),
  );
  if (allQuantities.length === 0) return [];
  // … and so are the economies a "lire aussi" teaser names
  const named = findEconomies(text);
  // (… or whose statistics office it names by its country: "the Kenya National Bureau of Statistics")
  const office =
    officeHome(text) ??
    named.find(
      (e) =>
        STATISTICS_OFFICE_AFTER.test(text.slice(e.end, e.end + 40)) ||
        STATISTICS_OFFICE_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start)),
    )?.code;
  // (… or the one economy its heading is about: "Note économique 2019 - La Guyane", "LE KENYA : …")
  const statedHome = office ?? headingHome(text, named);
  const home = statedHome ?? homeEconomy(text, allQuantities);
  const allEconomies = withFirstPerson(
    text,
    withByNames(text, withMainland(text, withKingdom(text, named)), home),
    context.language,
    allQuantities,
  ).filter(
    (e) =>
      inSpan(allQuantities, { start: e.start - 60, end: e.end + 60 }).every((q) => !overlaps(q, e)) &&
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
  // Metric words and periods are looked for in the runs of consecutive sentences that hold a quantity:
  // one run for a text dense in figures, a few short ones for an article that states two.
  const sentences = joinedAcross(outside(splitSentences(text), teasers), allQuantities);
  const runs = quantityRuns(sentences, allQuantities);
  const allMetrics = runs.flatMap((r) => findMetrics(text.slice(r.start, r.end), r.start));
  const allPeriods = withStoryYear(
    runs.flatMap((r) => findPeriods(text.slice(r.start, r.end), context.published, r.start)),
    context.published,
  );
  const figures: ExtractedFigure[] = [];
  // A figure stated again is a restatement, but two items of one list with the same value ("tomaten (0,6
  // miljard euro), paprika's (0,6 miljard euro)") are two figures: the label of each figure's bracket
  const seen = new Map<string, { sentence: number; label?: string; anchor?: string }>();
  const carried: Carried = {
    storyPeriod: titlePeriod(
      text,
      context.published,
      documentEconomies.map((code) => FISCAL_YEAR_START[code]).find((month) => month !== undefined),
    ),
    directions: new Map(),
    flowPeriods: new Map(),
    periodCounts: new Map(),
  };
  let previousEnd = 0;
  let previousSentence: Span | undefined;
  for (const sentence of sentences) {
    const sentenceBefore = previousSentence;
    previousSentence = sentence;
    if (PARAGRAPH_BREAK.test(text.slice(previousEnd, sentence.start))) {
      carried.lastBeforeBreak = carried.lastFigure ?? carried.lastBeforeBreak;
      carried.amountBeforeBreak = carried.lastAmount ?? carried.amountBeforeBreak;
      carried.paragraphPeriod = undefined;
      carried.lastFigure = undefined;
      carried.lastRank = undefined;
      carried.lastUnit = undefined;
      carried.lastAmount = undefined;
      carried.yearEndPeriod = undefined;
    }
    previousEnd = sentence.end;
    if (inSpan(allQuantities, sentence).length === 0) continue;
    carried.sentencePeriod = undefined;
    let sentencePeriod: string | undefined;
    let recorded = false;
    const sentenceFigures: ExtractedFigure[] = [];
    for (const clause of splitClauses(text, sentence, context.language)) {
      const lastUnit = carried.lastUnit;
      // … or, failing those, the currency the sentence names in words ("le cap du milliard d'euros")
      const clauseQuantities = inSpan(allQuantities, clause);
      const quantities = withCurrencies(
        clauseQuantities,
        lastUnit ??
          (clauseQuantities.some((q) => q.inheritedCurrency)
            ? (currencyNamedIn(text.slice(sentence.start, clause.end), text) ??
              currencyAhead(text, allQuantities, clause.end))
            : undefined),
      );
      if (quantities.length === 0) continue;
      const facts: ClauseFacts = {
        sentence,
        clause,
        quantities,
        metrics: inSpan(allMetrics, clause),
        periods: inSpan(allPeriods, clause),
        economies: clauseEconomies(text, allEconomies, clause, sentence),
        language: context.language,
        published: context.published,
        previous: sentenceBefore,
        allMetrics,
        allPeriods,
        allEconomies,
        storyPair: opening,
        home: statedHome && reportsFlows(carried, statedHome) ? statedHome : undefined,
      };
      for (const quantity of quantities) {
        const figure = attribute(text, quantity, facts, documentEconomies, carried);
        if (!figure) continue;
        recorded = true;
        carried.lastFigure = figure;
        if (figure.measure === 'rank') carried.lastRank = figure;
        if (figure.measure === 'value') {
          carried.lastUnit = figure.unit;
          carried.lastAmount = figure;
        }
        if (!figure.bracketed) carried.bracketHead = figure;
        if (figure.withheld) continue;
        noteDirection(carried, figure);
        if (
          figure.metric === 'bilateral_trade' &&
          isCountryOrRegion(figure.from) &&
          isCountryOrRegion(figure.to)
        ) {
          carried.pair = [figure.from, figure.to];
        }
        // The sentence's head figure sets the period that carries on within it; the latest of its actual
        // periods carries to the next sentences ("passés de 98 milliards en 2015 à 167 milliards en 2022").
        // … but not a stock at a year's end ("stood at $1.7 billion at the end of 2022"), a point in time
        // … nor an amount given as the base of a comparison ("contre 1,5 milliard cinq ans plus tôt")
        const yearEnd = atYearEnd(text, sentence, figure);
        if (figure.period && yearEnd && figure.kind === 'actual') carried.yearEndPeriod = figure.period;
        if (
          figure.period &&
          figure.kind === 'actual' &&
          !quantity.formerRank &&
          !yearEnd &&
          !COMPARISON_BASE_BEFORE.test(
            text.slice(Math.max(sentence.start, quantity.start - 30), quantity.start),
          ) &&
          !isChangeBase(text, quantity)
        ) {
          if (!carried.sentencePeriod) carried.sentencePeriod = figure.period;
          if (!sentencePeriod || figure.period > sentencePeriod) sentencePeriod = figure.period;
        }
        const key = figureKey(figure, figure.period);
        const stated = seen.get(key);
        const label = BRACKET_LABEL.exec(
          text.slice(Math.max(sentence.start, figure.start - 40), figure.start),
        )?.[1];
        // "… grew $730m (2%) … Copper exports grew $140m (2%)": a change in brackets after another amount is
        // another figure, wherever it stands
        const anchor = AMOUNT_LABEL.exec(
          text.slice(Math.max(sentence.start, figure.start - 24), figure.start),
        )?.[1];
        if (
          stated &&
          !(stated.sentence === sentence.start && label && stated.label && label !== stated.label) &&
          !(anchor && stated.anchor && anchor !== stated.anchor)
        )
          continue;
        seen.set(key, { sentence: sentence.start, label, anchor });
        figures.push(figure);
        sentenceFigures.push(figure);
        const twin = sharedFigure(text, quantity, figure, facts);
        if (twin) {
          figures.push(twin);
          sentenceFigures.push(twin);
        }
      }
    }
    // "De Chileense bedrijven hebben in 2019 voor 64 miljard euro uitgevoerd": a sentence whose amounts are
    // no figure still dates the story it tells
    if (!recorded) sentencePeriod = statedIn(inSpan(allPeriods, sentence));
    if (sentencePeriod) {
      // a sentence that looks back ("In 2020 lag die uitvoer nog op 4,6 miljard") does not move the paragraph
      // … nor one that states an earlier level of flows already given for a later period ("In 2015 heeft Peru
      // voor 3.412 miljard uitgevoerd. In 2014 telde de centrale bank 3.150 miljard. Dat is een toename van …")
      const reference = carried.paragraphPeriod ?? carried.storyPeriod;
      const period = sentencePeriod;
      const looksBack =
        reference !== undefined &&
        reference > period &&
        (LOOKS_BACK.test(text.slice(sentence.start, sentence.end)) ||
          (sentenceFigures.length > 0 &&
            sentenceFigures.every(
              (f) => f.period !== period || laterOfSameKind(carried.flowPeriods.get(flowOf(f)), period),
            )));
      // a span of years ("Entre 2018 et 2023, les échanges ont progressé de 8 % par an") leaves its last year
      const carriedOn = /^\d{4}\/\d{4}$/.test(sentencePeriod) ? sentencePeriod.slice(5) : sentencePeriod;
      if (!looksBack) carried.paragraphPeriod = carriedOn;
      carried.storyPeriod = notePeriod(carried, carriedOn);
    }
    // (only periods the sentence states: an inherited one may be the story's guess)
    const stated = new Set(inSpan(allPeriods, sentence).map((p) => p.period));
    for (const f of sentenceFigures) {
      const flow = flowOf(f);
      if (
        f.period &&
        f.kind === 'actual' &&
        stated.has(f.period) &&
        f.period > (carried.flowPeriods.get(flow) ?? '')
      )
        carried.flowPeriods.set(flow, f.period);
    }
  }
  // A headline speaks of the story's period: "Spain Remains Morocco's Top Trade Partner for 12th Year"
  const titleEnd = text.search(/\n/);
  const story = carried.storyPeriod;
  const merged = mergeUndatedRepeats(figures, titleEnd, story);
  // … and so does a rank stated before any period ("La Belgique est le 7e client du Maroc. En 2022, …")
  const undated = (f: ExtractedFigure) =>
    f.period === null && f.kind === 'actual' && ((titleEnd > 0 && f.end <= titleEnd) || f.measure === 'rank');
  return story ? merged.map((f) => (undated(f) ? { ...f, period: story } : f)) : merged;
}

/** Whether `later` is a later stretch of the same kind as `period` (a later year, the same months later). */
const laterOfSameKind = (later: string | undefined, period: string): boolean =>
  later !== undefined && later > period && later.replace(/\d{4}/g, 'Y') === period.replace(/\d{4}/g, 'Y');
const flowOf = (f: ExtractedFigure) => `${f.metric}|${f.from}|${f.to}|${f.sector}`;

/** The period a sentence states for what it tells: not a base of comparison, a horizon or a relative year. */
const statedIn = (periods: PeriodMention[]): string | undefined =>
  periods.find(
    (p) =>
      p.period &&
      !p.comparison &&
      !p.horizon &&
      !p.yearBefore &&
      !p.since &&
      !p.samePeriod &&
      !p.sameAsBefore &&
      !p.toDate &&
      !p.fiscal,
  )?.period;

/**
 * Months named without their year ("by the end of February", "in januari") and years relative to a publication
 * date ("vorig jaar", "last year") in a text with no publication date are of the story's year: the latest year
 * the text states for what happened (not a horizon nor a base of comparison). Left undated, they are dropped.
 */
function withStoryYear(periods: PeriodMention[], published: string | undefined): PeriodMention[] {
  if (published || !periods.some((p) => p.months || p.storyYear)) return periods;
  const years = periods
    .filter((p) => !p.horizon && !p.comparison && !p.months && !p.storyYear && p.period)
    .map((p) => Number(/(\d{4})(?:-\d\d)?$/.exec(p.period)?.[1] ?? 0));
  const year = years.length > 0 ? Math.max(...years) : 0;
  return periods.flatMap((p) => {
    if (!p.months && !p.storyYear) return [p];
    if (!year) return [];
    return [{ ...p, period: p.months ? monthSpan(year, p.months) : String(year) }];
  });
}

/**
 * "Kenya and Vietnam (both +6%)", "le Chili et le Pérou, … quelque 1,4 milliard de dollars chacun", "les
 * textiles et les plastiques (5 % chacun)": one figure stated for two names is a figure of each. The figure of the
 * second name, where the first takes the place of the second.
 */
function sharedFigure(
  text: string,
  q: Quantity,
  figure: ExtractedFigure,
  facts: ClauseFacts,
): ExtractedFigure | undefined {
  const lead = text.slice(Math.max(facts.sentence.start, figure.start - 24), figure.start);
  if (!BOTH_BEFORE.test(lead) && !EACH_AFTER.test(text.slice(q.end, q.end + 16))) return undefined;
  const names = inSpan(facts.allEconomies, { start: facts.sentence.start, end: figure.start });
  const second = names.at(-1);
  const first = names.at(-2);
  if (first && second && JOINED_NAMES.test(text.slice(first.end, second.start))) {
    if (figure.to === second.code && first.code !== figure.from) return { ...figure, to: first.code };
    if (figure.from === second.code && first.code !== figure.to) return { ...figure, from: first.code };
    if (figure.to === first.code && second.code !== figure.from) return { ...figure, to: second.code };
    if (figure.from === first.code && second.code !== figure.to) return { ...figure, from: second.code };
    return undefined;
  }
  // two goods: "les montres de luxe et les produits laitiers (5 % chacun)"
  const goods = text.slice(
    Math.max(facts.sentence.start, text.lastIndexOf(',', figure.start - 1) + 1),
    figure.start,
  );
  return !/\d/.test(goods) && GOODS_JOINED.test(goods) ? { ...figure, sector: null } : undefined;
}
const BOTH_BEFORE = latin(
  /\(\s*(?:both|tous\s+(?:les\s+)?deux|toutes\s+(?:les\s+)?deux|beide|allebei)\s*[+−-]?\s*$/iu,
);
const EACH_AFTER = latin(
  /^\s*\)?\s*(?:chacun|chacune|each|elk|elke|apiece|respectively\s+each)(?![\p{L}])/iu,
);
const JOINED_NAMES = latin(/^\s*(?:and|et|en|&)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+|het\s+)?$/iu);
const GOODS_JOINED = latin(
  /\p{L}{3,}[^,;]*?\s(?:et|and|en)\s+(?:les?\s+|la\s+|l['’]|the\s+|de\s+|het\s+)?\p{L}{3,}/iu,
);

/**
 * The two economies the first sentence of a text names as a pair ("entre le Chili et l'Asie",
 * "between Peru and Africa", "tussen België en Marokko"), the first first.
 */
function openingPair(text: string, economies: EconomyMention[]): [string, string] | undefined {
  const end = text.slice(0, 400).search(/[.!?](?:\s|$)/);
  const first = text.slice(0, end > 0 ? end : 400);
  const between = OPENING_BETWEEN.exec(first);
  if (!between) return undefined;
  const sides = inSpan(economies, { start: between.index, end: first.length });
  const [a, b] = sides;
  if (!a || !b || a.code === b.code || !JOINED_PAIR.test(text.slice(a.end, b.start))) return undefined;
  return [a.code, b.code];
}
const OPENING_BETWEEN = latin(/(?<![\p{L}])(?:entre|between|tussen)\s/iu);
const JOINED_PAIR = latin(
  /^\s*(?:et|and|en)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+|de\s+|het\s+)?(?:continent\s+|continents?\s+|région\s+)?$/iu,
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
      (p) => !p.comparison && !p.horizon && !p.yearBefore && (p.period || p.fiscal),
    );
    const period = mention?.fiscal ? fiscalPeriod(mention.fiscal, fiscalStart, published) : mention?.period;
    if (period) return period;
  }
  return undefined;
}
const DATE_LINE = /^\s*date\s+\d{4}-\d{2}(?:-\d{2})?\s*/;
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;
const BYLINE_OR_DATE = latin(
  /(?<![\p{L}])(?:publié|paru|mis à jour|gepubliceerd|bijgewerkt|published|updated|par|door|by|le|op|on)(?![\p{L}])|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+\p{L}+\s+\d{4}/iu,
);

const TITLE_PERIOD_HINT = new RegExp(
  `\\d|semestre|trimestre|kwartaal|halfjaar|jaarhelft|quarter|half|dernier|vorig|last|cette|dit|this|fiscal|financial|${MONTH_WORDS}`,
  'i',
);

/**
 * Moroccan and French-language press call Morocco "le Royaume": in a text that names Morocco, a "Royaume"
 * that is not "Royaume-Uni" or "Royaume de Belgique" is Morocco.
 */
function withKingdom(text: string, economies: EconomyMention[]): EconomyMention[] {
  if (!economies.some((e) => e.code === 'MA')) return economies;
  const kingdoms: EconomyMention[] = [];
  for (const m of text.matchAll(KINGDOM)) {
    const start = m.index;
    if (!economies.some((e) => e.start <= start && start < e.end)) {
      kingdoms.push({ code: 'MA', start, end: start + m[0].length, adjective: false });
    }
  }
  return withMentions(economies, kingdoms);
}
/** The mentions with those a rule added, in text order. */
const withMentions = (economies: EconomyMention[], added: EconomyMention[]): EconomyMention[] =>
  added.length === 0 ? economies : [...economies, ...added].sort((a, b) => a.start - b.start);
// … nor "le Royaume belge", "le royaume chérifien" is: a demonym after it names its kingdom (found on its own)
const KINGDOM = latin(
  /(?<![\p{L}-])Royaume(?![\p{L}-])(?![ \t]+(?:Uni|de|des|du|d['’]|belge|espagnol|saoudien|hachémite|néerlandais|britannique|uni|marocain)(?![\p{L}]))/gu,
);

/**
 * The economy a text's heading is about: a heading (a short first line that is no sentence) naming one country or
 * region by its name, and not as a partner ("Note économique 2019 - La Guyane", "PORTUGAL"); a heading such as "Import
 * uit Japan stijgt" names the partner of its story, not its home.
 */
function headingHome(text: string, economies: EconomyMention[]): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const dated = DATE_LINE.exec(text.slice(start, end));
  const from = start + (dated?.[0].length ?? 0);
  const line = text.slice(from, end);
  // (a heading may ask: "LA TUNISIE : UN CHAOS FÉCOND ?")
  if (line.length > 100 || /[.!?]\s|\.$/.test(line.trimEnd()) || !/\n/.test(text.slice(end, end + 1)))
    return undefined;
  const inHeading = economies.filter((e) => e.start >= from && e.end <= end);
  const codes = new Set(inHeading.map((e) => e.code));
  const [only] = codes;
  // (an adjective qualifies a flow of the story, "Investissements japonais : …", whose side it does not tell)
  if (codes.size !== 1 || !only || !isCountryOrRegion(only) || inHeading.some((e) => e.adjective))
    return undefined;
  return inHeading.some((e) => PARTNER_CUES.test(text.slice(Math.max(from, e.start - 30), e.start)))
    ? undefined
    : only;
}

/**
 * By-names the press gives the economy a text is about: "l'île", "the island", "het eiland" for the home of a
 * text about an island (its heading's, its statistics office's); "la Confédération" for Switzerland in a text that
 * names it.
 */
function withByNames(text: string, economies: EconomyMention[], home: string | undefined): EconomyMention[] {
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
// (an island named after the noun is a name: "l'île Maurice", "the island of Mauritius")
const BY_NAME = latin(
  /(?<![\p{L}])(?:(?:l['’]|the\s+|het\s+)(île|island|eiland)|la\s+(Confédération))(?![\p{L}])(?!\s+(?:de|d['’]|of|van|helvétique|suisse|\p{Lu})(?![\p{L}]))/giu,
);

/** Hong Kong's statistics call China "the mainland": in a text that names Hong Kong, "the mainland" is CN. */
function withMainland(text: string, economies: EconomyMention[]): EconomyMention[] {
  if (!economies.some((e) => e.code === 'HK') || !MAINLAND_HINT.test(text)) return economies;
  const added: EconomyMention[] = [];
  for (const m of text.matchAll(MAINLAND)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const end = m.index + m[0].length;
    if (!economies.some((e) => e.start < end && start < e.end))
      added.push({ code: 'CN', start, end, adjective: false });
  }
  return withMentions(economies, added);
}
const MAINLAND_HINT = /mainland|continent|vasteland/i;
const MAINLAND = latin(
  /(?<![\p{L}])(?:the\s+|la\s+|le\s+|het\s+)(mainland|Chine continentale|Chinese vasteland)(?![\p{L}])(?!\s+(?:China|Chinese|chinois))/giu,
);

/**
 * "Vorig jaar voerde ons land voor 1,7 miljard euro uit", "nos importations en provenance du Maroc", "our
 * exports": the first person is the economy the writer or speaker reports for, one of the countries the text
 * names, not the partner named just after it: the only one left, else the economy of the one currency the text
 * counts in, else the first named of the countries that write in the text's language. (A statistics office
 * quoted says nothing of who speaks.)
 */
function withFirstPerson(
  text: string,
  economies: EconomyMention[],
  language: Language,
  quantities: Quantity[],
): EconomyMention[] {
  if (!FIRST_PERSON_HINT.test(text)) return economies;
  const countries = new Set(economies.filter((e) => !isGroup(e.code)).map((e) => e.code));
  const home = currencyHome(quantities);
  const mentions = (code: string) => economies.filter((e) => e.code === code).length;
  const added: EconomyMention[] = [];
  for (const m of text.matchAll(FIRST_PERSON)) {
    const start = m.index;
    const end = start + (m[1] ?? m[0]).length;
    if (economies.some((e) => e.start < end && start < e.end)) continue;
    const sentenceEnd = text.slice(end).search(/[.!?;»"]|\n/);
    const partner = economies.find(
      (e) => e.start >= end && e.start - end <= 60 && (sentenceEnd < 0 || e.start < end + sentenceEnd),
    )?.code;
    const left = [...countries].filter((c) => c !== partner);
    const code =
      left.length === 1
        ? left[0]
        : home && left.includes(home)
          ? home
          : (WRITING_COUNTRIES[language] ?? []).find((c) => left.includes(c));
    if (!code) continue;
    // "onze handelsrelaties" in an answer of the Flemish government: for a possessive, the one region of that
    // country the text names, if it names it more often than the country (a "land", "pays" or "country" is the
    // country itself)
    const regions = left.filter((c) => c.startsWith(`${code}-`));
    const region = regions.length === 1 ? (regions[0] as string) : undefined;
    const own = m[1] !== undefined && region && mentions(region) > mentions(code) ? region : code;
    // ("nos entreprises", "our companies" name the economy itself, as "ons land" does)
    const firms = FIRMS_NOUN_AFTER.test(text.slice(end, end + 16));
    added.push({ code: own, start, end, adjective: m[1] !== undefined && !firms });
  }
  return withMentions(economies, added);
}
const FIRST_PERSON_HINT = /\b(?:ons|onze|notre|nos|our)\b/i;
// "ons land", "notre pays", "our country" name it; "onze", "nos", "our" before a flow qualify it, as "belges" does
const FIRST_PERSON = latin(
  /(?<![\p{L}])(?:ons land|notre pays|our country|(onze|nos|notre|our)(?=\s+(?:totale?s?\s+|total\s+)?(?:uitvoer|invoer|export\p{L}*|import\p{L}*|handel\p{L}*|exportations|importations|échanges|commerce|ventes|achats|exports|imports|trade|investments?|investissements|investeringen|entreprises|bedrijven|companies|firms|businesses)(?![\p{L}])))(?![\p{L}])/giu,
);
const COUNTRY_POSSESSIVE = latin(/(?<![\p{L}])the\s+(?:country|nation)['’]s(?![\p{L}])/iu);
const FIRMS_NOUN_AFTER = latin(/^\s+(?:entreprises|bedrijven|companies|firms|businesses)(?![\p{L}])/iu);
const WRITING_COUNTRIES: Partial<Record<Language, string[]>> = {
  nl: ['BE', 'NL'],
  fr: ['BE', 'FR', 'MA', 'LU', 'CH', 'CA', 'TN', 'DZ', 'SN'],
  en: ['GB', 'US', 'IE', 'CA', 'AU', 'BE'],
};

/** Runs of consecutive sentences that contain at least one quantity. */
function quantityRuns(sentences: Span[], quantities: Quantity[]): Span[] {
  const runs: Span[] = [];
  let open: Span | undefined;
  let previous: Span | undefined;
  for (const sentence of sentences) {
    const before = previous;
    previous = sentence;
    if (inSpan(quantities, sentence).length === 0) {
      open = undefined;
      continue;
    }
    if (open) {
      open.end = sentence.end;
    } else {
      // from the sentence before, whose subject a pronoun may take up ("Elles se sont établies à …")
      open = { start: before?.start ?? sentence.start, end: sentence.end };
      if (runs.at(-1)?.end === open.start || (runs.at(-1)?.end ?? -1) > open.start) {
        open = runs.at(-1) as Span;
        open.end = sentence.end;
      } else runs.push(open);
    }
  }
  return runs;
}

/** What a clause inherits from the text before it. */
interface Carried {
  /** the period of the last sentence of the paragraph that stated one */
  paragraphPeriod?: string;
  /** the period the story is in: the last one stated before this paragraph, or the title's */
  storyPeriod?: string;
  /** the period stated earlier in the same sentence */
  sentencePeriod?: string;
  /** the last figure of the paragraph, for "Il a progressé de 21 %" */
  lastFigure?: ExtractedFigure;
  /** the last figure before the paragraph break, for "… goed voor een vijfde van die uitvoer" after it */
  lastBeforeBreak?: ExtractedFigure;
  /** the last amount before the last paragraph break */
  amountBeforeBreak?: ExtractedFigure;
  /** the year of the paragraph's last stock at a year's end ("1,9 milliard d'euros fin 2024") */
  yearEndPeriod?: string;
  /** the directions of each metric in the document so far, and how often each was stated: "Les
   * exportations de produits chimiques ont atteint 612 millions" continues the exports the text is about */
  directions: Map<Metric, Map<string, DirectionCount>>;
  /** how many sentences stated each period */
  periodCounts: Map<string, number>;
  /** the latest period each flow (metric, economies, sector) was stated for */
  flowPeriods: Map<string, string>;
  /** the currency of the paragraph's last amount: "… 10,2 milliards de dirhams (+24 %), tandis que ses
   * exportations … se sont établies à 4,4 milliards" */
  lastUnit?: string;
  /** the last figure not given in brackets after a rival: "… 31 %, devant l'Espagne (11 %) et les Émirats (9 %)" */
  bracketHead?: ExtractedFigure;
  /** the last rank of the paragraph */
  lastRank?: ExtractedFigure;
  /** the paragraph's last amount */
  lastAmount?: ExtractedFigure;
  /** the pair whose trade the document last stated: "De handel tussen België en Marokko …" */
  pair?: [string, string];
}

/** The figure of the flow the document has stated most often so far (ranks weigh half), the first among equals. */
function mostStatedFlow(carried: Carried): ExtractedFigure | undefined {
  let best: ExtractedFigure | undefined;
  let most = 0;
  for (const [, byPair] of carried.directions) {
    for (const entry of byPair.values()) {
      if (entry.count > most) {
        most = entry.count;
        best = entry.figure;
      }
    }
  }
  return best;
}
/** Budgets, funds, loans, turnover: amounts a target may name that are no trade flow. */
const NOT_TRADE_AMOUNT = latin(
  /(?<![\p{L}])(?:budgets?|enveloppes?|fonds|prêts?|crédits?|subventions?|financements?|chiffre d['’]affaires|capital|revenues?|turnover|loans?|funds?|grants?|begroting\p{L}*|subsidie\p{L}*|lening\p{L}*|omzet|kapitaal)(?![\p{L}])/iu,
);

/** The story's period: the one its sentences have stated most often so far, the first among equals. */
function notePeriod(carried: Carried, period: string): string {
  const counts = carried.periodCounts;
  counts.set(period, (counts.get(period) ?? 0) + 1);
  let best = period;
  let most = 0;
  for (const [p, n] of counts) {
    if (n > most) {
      best = p;
      most = n;
    }
  }
  return best;
}

function noteDirection(carried: Carried, figure: ExtractedFigure): void {
  const byPair = carried.directions.get(figure.metric) ?? new Map();
  carried.directions.set(figure.metric, byPair);
  const key = `${figure.from}>${figure.to}`;
  const entry = byPair.get(key) ?? {
    from: figure.from,
    to: figure.to,
    count: 0,
    value: Number.NaN,
    unit: '',
    figure,
  };
  // a rank says where a country stands more than what the text's flows are: it weighs half
  entry.count += figure.measure === 'rank' ? 0.5 : 1;
  if (figure.measure !== 'rank') entry.stated = true;
  if (
    figure.measure === 'value' &&
    (entry.unit !== figure.unit || !(entry.value >= Math.abs(figure.value)))
  ) {
    entry.value = Math.abs(figure.value);
    entry.unit = figure.unit;
  }
  byPair.set(key, entry);
}

/** Flows whose `from` is the reporting economy: what one says of the pair, the others continue. */
const REPORTED_FLOWS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'trade_balance']);

/**
 * The direction of a metric the document has stated most often so far (the first among equals), or that
 * of its sibling flows; for an amount, one stated at a like magnitude first ("franchir la barre des 60
 * milliards d'exportations" continues the 57,3 milliards of all exports, not the 512 millions to Morocco;
 * a part, such as one sector, may be much smaller than the flow it belongs to).
 */
function usualDirection(
  carried: Carried,
  metric: Metric,
  q: Quantity,
): { from: string; to: string } | undefined {
  let entries = [...(carried.directions.get(metric)?.values() ?? [])];
  let siblingPartners = 0;
  if (entries.length === 0 && REPORTED_FLOWS.has(metric)) {
    entries = [...REPORTED_FLOWS].flatMap((m) => [...(carried.directions.get(m)?.values() ?? [])]);
    siblingPartners = new Set(entries.filter((e) => e.stated).map((e) => e.to)).size;
  }
  const alike = q.type === 'money' ? entries.filter((e) => e.unit === q.unit && q.value <= e.value * 3) : [];
  let best: DirectionCount | undefined;
  for (const entry of alike.length > 0 ? alike : entries) {
    // a rank says who ranks where, not which partner the flows after it are with
    if (q.type !== 'rank' && !entry.stated) continue;
    if (!best || entry.count > best.count) best = entry;
  }
  // "Les importations proviennent de France, d'Allemagne et de Chine. … Les exportations ont atteint 418 millions":
  // the other flow's partners, several, tell nothing of this one's; the economy that reports them trades with the
  // world (one partner is the pair a story is about, whose other flow it goes on with)
  if (best && siblingPartners >= 2 && metric !== 'trade_balance') return { from: best.from, to: 'WORLD' };
  return best;
}

/**
 * Whether the document has stated a flow that `code` reports (its imports, exports or balance): a text whose
 * heading names a partner ("… mise sur le Japon", "Fiche pays Maroc") states none of the partner's own.
 */
function reportsFlows(carried: Carried, code: string): boolean {
  for (const metric of REPORTED_FLOWS)
    for (const entry of carried.directions.get(metric)?.values() ?? []) if (entry.from === code) return true;
  return false;
}

/** The economies the document's flows other than ranks have been stated with so far. */
function flowPartners(carried: Carried): Set<string> {
  const out = new Set<string>();
  for (const byPair of carried.directions.values())
    for (const entry of byPair.values())
      if (entry.stated) {
        out.add(entry.from);
        out.add(entry.to);
      }
  return out;
}

interface DirectionCount {
  from: string;
  to: string;
  count: number;
  /** the largest amount stated in this direction (in the last currency used), and its currency */
  value: number;
  unit: string;
  /** the first figure of this flow */
  figure: ExtractedFigure;
  /** whether a figure other than a rank stated this flow */
  stated?: boolean;
}

const figureKey = (f: ExtractedFigure, period: string | null) =>
  `${headlineKey(f)}|${period}|${f.bound}|${f.sector}`;
const headlineKey = (f: ExtractedFigure) =>
  `${f.metric}|${f.measure}|${f.from}|${f.to}|${f.value}|${f.unit}|${f.kind}`;

/**
 * A headline repeats its body without the year, often rounded ("le déficit dépasse les 60 milliards" for
 * 63,6 milliards in 2023): the undated copy goes when a dated figure of the same flow bears it out.
 */
function mergeUndatedRepeats(
  figures: ExtractedFigure[],
  titleEnd: number,
  story: string | undefined,
): ExtractedFigure[] {
  const datedFigures = figures.filter((f) => f.period);
  // "Spain remains Morocco's top trade partner" (headline) is not "… as Morocco's main trade partner in 2012":
  // a headline speaks of the story's period, and a repeat dated otherwise is another statement
  const dated = new Set(
    datedFigures
      .filter((d) => !story || d.period === story || d.measure !== 'rank' || d.start <= titleEnd)
      .map(headlineKey),
  );
  const flowKey = (f: ExtractedFigure) => [f.metric, f.measure, f.from, f.to, f.unit, f.kind].join('|');
  // a balance is one flow seen from either side: "Chine-Maroc : le déficit dépasse les 50 milliards"
  const sameFlow = (d: ExtractedFigure, f: ExtractedFigure) =>
    flowKey(d) === flowKey(f) ||
    (f.metric === 'trade_balance' && flowKey(d) === flowKey({ ...f, from: f.to, to: f.from }));
  const boreOut = (f: ExtractedFigure) =>
    f.bound !== 'eq' &&
    datedFigures.some((d) => sameFlow(d, f) && roundedTo(Math.abs(d.value), Math.abs(f.value), f.bound));
  // "ont franchi la barre des 40 milliards de dirhams en 2023. Ils se sont établis précisément à 40,7
  // milliards": a rounded statement of a figure the text also gives exactly is that figure
  const exact = (f: ExtractedFigure) =>
    f.bound !== 'eq' &&
    f.period !== null &&
    figures.some(
      (d) =>
        d !== f &&
        d.bound === 'eq' &&
        d.period === f.period &&
        flowKey(d) === flowKey(f) &&
        // (a product's exact figure is no rounded total: "près d'un tiers des exportations", "les produits
        // textiles (31 %)")
        d.sector === f.sector &&
        d.value !== f.value &&
        roundedTo(Math.abs(d.value), Math.abs(f.value), f.bound),
    );
  // "Morocco's Exports Hit Record MAD 430 Billion in 2023" over "MAD 430.1 billion ($42.5 billion) in 2023"
  const roundedHeadline = (f: ExtractedFigure) =>
    titleEnd > 0 &&
    f.end <= titleEnd &&
    figures.some(
      (d) =>
        d !== f &&
        d.start > titleEnd &&
        d.value !== f.value &&
        // a fall of 15 % is no rounded rise of 16 %
        Math.sign(d.value) === Math.sign(f.value) &&
        (d.period === f.period || f.period === null) &&
        sameFlow(d, f) &&
        // (a product's figure is no rounded total: "près d'un tiers" of all exports over "les produits textiles (31 %)")
        d.sector === f.sector &&
        roundedTo(Math.abs(d.value), Math.abs(f.value), 'approx'),
    );
  // … and a headline stating a body figure again, whatever sector or bound the body adds
  const repeatedHeadline = (f: ExtractedFigure) =>
    titleEnd > 0 &&
    f.end <= titleEnd &&
    figures.some(
      (d) => d !== f && d.start > titleEnd && headlineKey(d) === headlineKey(f) && d.period === f.period,
    );
  return figures.filter(
    (f) =>
      !roundedHeadline(f) &&
      !repeatedHeadline(f) &&
      (f.period ? !exact(f) : !(dated.has(headlineKey(f)) || boreOut(f))),
  );
}

/** Whether `exact` is what a headline's "plus de / moins de / environ `rounded`" stands for. */
function roundedTo(exact: number, rounded: number, bound: Bound): boolean {
  if (bound === 'gt') return exact >= rounded && exact <= rounded * 1.25;
  if (bound === 'lt') return exact <= rounded && exact >= rounded * 0.8;
  return Math.abs(exact - rounded) <= rounded * 0.1;
}

/** Whether a figure's year is named as a year's end: "à fin 2022", "at the end of 2022", "eind 2022". */
function atYearEnd(text: string, sentence: Span, figure: ExtractedFigure): boolean {
  if (!figure.period || !/^\d{4}$/.test(figure.period)) return false;
  const around = text.slice(sentence.start, Math.min(sentence.end, figure.end + 40));
  for (let at = around.indexOf(figure.period); at >= 0; at = around.indexOf(figure.period, at + 4)) {
    if (YEAR_END_BEFORE.test(around.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}
const SUBJECT_PRONOUN = /^\s*(elle|il|it|she|hij|zij|ze)\s/i;
const TRADER_PRONOUN = latin(
  /^\s*(?:(?:et|and|en)\s+)?(il|elle|ils|elles|it|they|hij|zij|ze)\s+(?:(?:a|ont|avait|avaient|has|have|had|heeft|hebben|had|hadden)\s+)?(?:(?:en|y|also|aussi|ook|ainsi|alone|seul|seule)\s+)?(?:absorb|achet|achèt|vend|fourni|expédi|écoul|bought|buys|buy|sold|sells|supplie|supply|shipp|ships|kocht|koopt|kochten|kopen|leverde|levert|leveren)\p{L}*/iu,
);
const CONVERSELY_START = latin(
  /^\s*(?:omgekeerd|andersom|conversely|in the other direction|inversement|à l['’]inverse|en sens inverse|dans l['’]autre sens)(?![\p{L}])/iu,
);
const MACRO_BEFORE = latin(
  /(?<![\p{L}])(?:PIB|GDP|BBP|bbp|produit intérieur brut|gross domestic product|bruto binnenlands product)(?![\p{L}])[^.;,\d]{0,30}$/u,
);
const TARIFF_AFTER = latin(
  /^\s*(?:(?:des|of the|van de|de)\s+)?(?:[\p{L}-]+\s+)?(?:droits?|duty|duties|tariffs?|tarifs?|\p{L}*heffing\p{L}*|taxe?s?)(?![\p{L}])/iu,
);
const NOT_TRADE_BEFORE = latin(
  /(?<![\p{L}])(?:dette|debt|schulden?|titres de participation|bénéfices réinvestis|reinvested earnings|dépenses|expenditures?|uitgaven|steunpakket|support package|plan de soutien|(?:tourism|travel)\s+(?:receipts|revenues?|earnings)|recettes\s+(?:touristiques|du\s+tourisme|voyages)|(?:toeristische|toerisme)\s*inkomsten|remittances?|transferts (?:de fonds|des MRE)|geldovermakingen|trade financing)(?![\p{L}])[^.;\d]{0,40}$/iu,
);
const COUNTED_AFTER = latin(
  /^\s*(?:\)\s*)?(?:of|van|de|des|d['’])\s+(?:(?:the|all|de|het|alle|les|la)\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:\p{L}*bedrijven|ondernemingen|businesses|companies|firms|enterprises|entreprises|sociétés|jobs|emplois|werkgelegenheid|employment|banen|inwoners|people|personnes|population)(?![\p{L}])/iu,
);
const COUNT_SUBJECT = latin(
  /(?<![\p{L}])(?:(?:the\s+)?number\s+of|(?:le\s+)?nombre\s+d(?:e|['’])|(?:het|dit|dat)\s+aantal|van\s+de\s+[\d.]+\s+\p{L}*bedrijven)(?![\p{L}])/iu,
);
const PER_HEAD_AFTER = latin(
  /^\s*(?:par|per|a|for each|voor elke)\s+(?:habitant|head|capita|inwoner|Wallon|Flamand|Bruxellois|Belge|person|personne|Marocain)\p{L}*/iu,
);
/** The rest of a text that ends mid-sentence: no sentence end, line break nor other number before the cut. */
const CUT_OFF_REST = /^[^.!?…\n\d]*[^.!?…"”»’)\]\s\d]$|^$/;
const NO_CODE_GROUP = latin(
  /(?<![\p{L}])(?:(?:North|South|Central|Latin)\s+America|(?:North|Central|East|West|Sub-Saharan|central|east|west|north)\s+Africa|Am[ée]rique\s+(?:du\s+Nord|du\s+Sud|latine|centrale)|Afrique\s+(?:du\s+Nord|de\s+l['’](?:Ouest|Est)|centrale|subsaharienne)|(?:Noord|Zuid|Midden|Latijns)-Amerika|(?:Noord|West|Oost|Centraal)-Afrika|Middle\s+East|Moyen-Orient|Midden-Oosten|UEMOA|CEDEAO|ECOWAS|BRICS|Maghreb|ASEAN|Mercosur|non-EU|extra-EU|niet-EU|euro\s+area|zone\s+euro|eurozone|Caribbean|Caraïbes)(?![\p{L}])/gu,
);
/**
 * Whether a figure is said of a group with no code: in brackets after it ("South America (62.3%)", "non-EU markets
 * (up 11.2% to £210.4bn)"), or as the partner of its clause with no economy named since ("FDI to central Africa
 * rose 14 percent"); not a group that only describes ("the United States, the largest non-EU destination").
 */
function ofGroupWithoutCode(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const from = Math.max(facts.clause.start, q.start - 80);
  let group: { start: number; end: number } | undefined;
  NO_CODE_GROUP.lastIndex = 0;
  for (const m of text.slice(from, q.start).matchAll(NO_CODE_GROUP))
    group = { start: from + m.index, end: from + m.index + m[0].length };
  if (!group) return false;
  const end = group.end;
  if (facts.economies.some((e) => e.start >= end && e.end <= q.start)) return false;
  return (
    BRACKET_AFTER_GROUP.test(text.slice(end, q.start)) ||
    PARTNER_BEFORE_GROUP.test(text.slice(Math.max(facts.clause.start, group.start - 20), group.start))
  );
}
const BRACKET_AFTER_GROUP = latin(/^(?:\s+[\p{L}-]+)?\s*\([^()]*$/u);
const PARTNER_BEFORE_GROUP = latin(
  /(?<![\p{L}])(?:to|from|with|into|towards|vers|avec|naar|uit|met|dans|en provenance de|à destination de)\s+(?:the\s+|l['’]|la\s+|le\s+|les\s+|het\s+|de\s+)?$/iu,
);
const VERB_THEN_BRACKET = latin(/^\s+\p{L}+\s*\(\s*[+−-]?\s*$/u);
const RATIO_OF_AFTER = latin(
  /^\s*(?:of|de|du|des|van)\s+(?:the\s+|la\s+|l['’]|het\s+|de\s+)?(?:(?:total\s+)?value\s+of\s+(?:the\s+)?|valeur\s+(?:totale\s+)?(?:de\s+|des\s+)|waarde\s+van\s+(?:de\s+)?)?(?:imports|exports|importations|exportations|invoer|uitvoer|GDP|PIB|bbp|BNP)(?![\p{L}])/iu,
);
const RELATIVE_G = latin(/,\s*(?:die|dat|qui|which|that|lequel|laquelle|lesquels|lesquelles)\s/giu);
const COMPARISON_BASE_BEFORE = latin(
  /(?<![\p{L}])(?:contre|tegenover|against|compared with|compared to|versus|vs\.?)\s+(?:[\p{L}'’]+\s+){0,2}$/iu,
);
const YEAR_END_BEFORE =
  /(?:à\s+(?:la\s+)?fin|fin|at\s+the\s+end\s+of|end[- ]|eind|per\s+eind)\s*(?:de\s+|of\s+)?$/i;
const LOOKS_BACK = latin(/(?<![\p{L}])(?:nog|encore|still|déjà|already|al)(?![\p{L}])/iu);
const PARAGRAPH_BREAK = /\n[ \t]*\n/;
/** The word a bracket holding a figure is opened after: "varkensvlees (". */
const AMOUNT_LABEL = /([\p{Sc}\d][^\s()]*)\s*\(\s*[+−-]?\s*$/u;
const BRACKET_LABEL = latin(/(\p{L}[\p{L}'’-]*)\s*\(\s*[+−-]?\s*$/u);

/**
 * "3,1 milliards de dollars contre 2,2 milliards": an amount without currency takes the clause's last one,
 * or the paragraph's last ("Il était de 21,3 milliards en 2022").
 */
function withCurrencies(quantities: Quantity[], paragraphUnit: string | undefined): Quantity[] {
  let last = paragraphUnit;
  const out: Quantity[] = [];
  for (const q of quantities) {
    if (q.type !== 'money') out.push(q);
    else if (!q.inheritedCurrency) {
      last = q.unit;
      out.push(q);
    } else if (last) out.push({ ...q, unit: last });
  }
  return out;
}

/**
 * The economies of a clause, leaving out those a rank is measured against ("derrière l'Espagne et la
 * France"); a clause that names none shares those of its sentence before it ("Japan is de 15de
 * exportbestemming van Vlaanderen en de 9de leverancier"), or failing that after it.
 */
function clauseEconomies(
  text: string,
  economies: EconomyMention[],
  clause: Span,
  sentence: Span,
): EconomyMention[] {
  const named = (span: Span) =>
    inSpan(economies, span).filter((e) => {
      const before = text.slice(Math.max(sentence.start, e.start - 60), e.start);
      return (
        !isRival(text, before, e) &&
        !OUTSIDE_BEFORE.test(before) &&
        !COMPARED_WITH_BEFORE.test(before) &&
        !rankedAhead(text, e, sentence.start)
      );
    });
  const own = named(clause);
  if (own.length > 0) return own;
  const before = named({ start: sentence.start, end: clause.start });
  return before.length > 0 ? before : named(sentence);
}

/** Economies a statement leaves out: "En dehors de l'Europe", "outside the EU", "buiten Europa"; and the group
 * a rank is within: "parmi les pays de l'UE", "among EU countries" ("parmi les clients de la France" names the
 * owner of the list). */
const OUTSIDE_BEFORE = latin(
  /(?<![\p{L}])(?:(?:en dehors|hors|outside|buiten|à l['’]exception|à l['’]exclusion|with the exception|except|excluding|exclusief|exclusive of|not including|sauf|behalve)\s*(?:de|du|des|d['’]|of)?|(?:parmi|among|onder)\s+(?:les\s+|the\s+|de\s+)?(?:pays|countries|landen|nations|membres|members|lidstaten)\s+(?:de|du|des|d['’]|of|van)?)\s*(?:(?:l['’]|la|le|les|the|de|het)\s*)?$/iu,
);

/**
 * "Deuxième économie d'Europe derrière l'Allemagne, la France est le premier client du Portugal": a name after a
 * comma that ends a list of rivals with no more names after it is the subject the apposition describes, not one more
 * rival ("derrière l'Espagne, la France et l'Italie" goes on).
 */
function isRival(text: string, before: string, e: EconomyMention): boolean {
  return (
    COMPETITOR_BEFORE.test(before) &&
    !(COMMA_ITEM_BEFORE.test(before) && !LIST_GOES_ON.test(text.slice(e.end, e.end + 40)))
  );
}
const COMMA_ITEM_BEFORE = latin(/,\s*(?:(?:l['’]|la|le|les|the|de|het)\s*)?$/iu);
const LIST_GOES_ON = latin(/^\s*(?:\([^()]{0,30}\)\s*)?(?:,|et|and|en|ou|or|of)\s/iu);

/** "plus élevée que celle de pays comme le Chili ou la Colombie", "higher than that of Peru": the economies a figure is
 * compared with are no party to it. */
const COMPARED_WITH_BEFORE = latin(
  /(?<![\p{L}])(?:à|than|dan)\s+(?:celles?|celui|ceux|that|those|die|dat)\s+(?:de|des|du|d['’]|of|van)(?:(?<=['’])|\s+)(?:(?:pays|countries|landen|économies|economies)\s+(?:comme|such as|like|zoals)\s+)?(?:(?:l['’]|la|le|les|the|de|het)\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:,|ou|or|of|et|and|en)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?){0,3}$/u,
);

/**
 * "de tweede grootste afnemer …, na India", "deuxième client après l'Espagne", "naar de vierde plaats, na India,
 * de Verenigde Arabische Emiraten en de Verenigde Staten": the economies ranked ahead of a position.
 */
function rankedAhead(text: string, e: EconomyMention, from: number): boolean {
  const before = text.slice(Math.max(from, e.start - 140), e.start);
  // "Na Duitsland is Frankrijk de tweede afzetmarkt": a sentence opened by the one ahead; "is
  // daarmee na Kenia de tweede": the one named ahead right before the position
  if (AFTER_OPENING.test(before) && ORDINAL_IN.test(text.slice(e.end, e.end + 40))) return true;
  if (AFTER_JUST_BEFORE.test(before) && POSITION_JUST_AFTER.test(text.slice(e.end, e.end + 30))) return true;
  // two cheap tests before the one that reads the list
  if (!AFTER_WORD.test(before) || !ORDINAL_IN.test(before)) return false;
  const after = RANKED_AFTER_BEFORE.exec(before);
  return after !== null && ORDINAL_IN.test(before.slice(Math.max(0, after.index - 60), after.index + 4));
}
const AFTER_WORD = /(?:^|\s)(?:[Nn]a|[Aa]près|[Aa]fter)\s/;
const AFTER_JUST_BEFORE = /(?<![\p{L}])(?:na|après|after)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+)?$/iu;
const POSITION_JUST_AFTER = latin(
  /^\s*,?\s*(?:de|het|le|la|the)\s+(?:\d{1,3}\s?(?:e|ème|ste|de|nd|rd|th)|deuxième|second|seconde|troisième|quatrième|cinquième|tweede|derde|vierde|vijfde|third|fourth|fifth)(?![\p{L}])/iu,
);
const AFTER_OPENING =
  /(?:^|[.!?]\s+|\n)(?:Na|Après|After)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+|de\s+)?$/;
const RANKED_AFTER_BEFORE =
  /(?<![\p{L}])(?:[Nn]a|[Aa]près|[Aa]fter)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de|des|of|the|van|der)\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,|et|and|en)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?){0,4}$/u;
const ORDINAL_IN = latin(
  /(?<![\p{L}\d])(?:\d{1,3}\s?(?:e|ème|ste|de|nd|rd|th)|deuxième|second|seconde|troisième|quatrième|cinquième|tweede|derde|vierde|vijfde|third|fourth|fifth|grootste|belangrijkste|largest|biggest)(?![\p{L}])/iu,
);
/** Economies named as the ones ahead or behind: "derrière l'Espagne et la France", "behind China", "devant l'Espagne
 * (11 %) et les Émirats (9 %)"; and the one a rank was taken from: "which overtook France as Morocco's main partner",
 * "a détrôné la France". */
const COMPETITOR_BEFORE = latin(
  /(?<![\p{L}])(?:derrière|devant|behind|ahead of|achter|gevolgd door|followed by|suivie? de|suivis de|précédée? de|(?:net|vlak|kort)\s+voor|(?<=\)\s*,?\s*)voor|overtook|overtaken|overtaking|surpassed|replaced|replacing|dépassé|dépassant|devancé|devançant|détrôné|détrônant|supplanté|ingehaald|verdrongen|vervangen)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:\([^()]{0,30}\)\s*)?(?:,|et|and|en)\s+(?:(?:l['’]|la|le|les|the|de|het)\s*)?){0,4}$/u,
);

/**
 * "la Chambre de commerce belgo-luxembourgeoise au Maroc", "the Saudi-Moroccan Business Council": an economy in
 * the name of a chamber or council names no party to a figure.
 */
function inOrganisationName(text: string, e: EconomyMention): boolean {
  const before = text.slice(Math.max(0, e.start - 50), e.start);
  return (
    ORGANISATION_BEFORE.test(before) ||
    (e.adjective && ORGANISATION_AFTER.test(text.slice(e.end, e.end + 30))) ||
    // "according to the Kenya National Bureau of Statistics", "Statistics Canada", "l'Agence nationale de la
    // statistique du Sénégal": a statistics office names its economy as the source, not as a party (the office
    // makes that economy the text's home)
    STATISTICS_OFFICE_AFTER.test(text.slice(e.end, e.end + 40)) ||
    STATISTICS_OFFICE_BEFORE.test(before)
  );
}
const STATISTICS_OFFICE_AFTER = latin(
  /^[\s'’s]*(?:National\s+)?(?:(?:Bureau|Office|Institute|Department)\s+(?:of|for)\s+Statistics|Statistical\s+(?:Service|Office|Agency)|Statistics\s+(?:Office|Agency|Bureau))(?![\p{L}])/u,
);
const STATISTICS_OFFICE_BEFORE = latin(
  /(?:(?<![\p{L}])Statistics\s+|(?<![\p{L}])statistique(?:s)?(?:\s+et\s+de\s+la\s+démographie)?\s+(?:du|de\s+la|de\s+l['’]|des|d['’])\s*|(?<![\p{L}])Statistiek\s+(?:van|in)\s+)$/iu,
);
const ORGANISATION_BEFORE = latin(
  /(?:Chambre (?:de commerce|française|belge|mixte)|Chamber of Commerce|Kamer van Koophandel|Conseil d['’]affaires|Business Council|Handelskamer)(?:\s+(?:et d['’]industrie|and Industry|de|du|des|of|van|the|la|le|l['’]))?[\s-]*(?:\p{L}+[\s-]+){0,1}$/iu,
);
const ORGANISATION_AFTER = latin(
  /^[\s-]*(?:\p{L}+[\s-]+){0,1}(?:Business Council|Chamber|Kamer|Council)(?![\p{L}])/u,
);

/**
 * "Spain, which overtook France as Morocco's main trade partner in 2012, accounted for 20% of Morocco's foreign
 * trade last year": the economies, metric words and years of a relative clause between commas are not those of
 * a figure outside it.
 */
function withoutAsides(text: string, q: Quantity, facts: ClauseFacts): ClauseFacts {
  const body = text.slice(facts.clause.start, facts.clause.end);
  if (!body.includes(',')) return facts;
  const asides: Span[] = [];
  for (const m of body.matchAll(ASIDE)) {
    const span = { start: facts.clause.start + m.index, end: facts.clause.start + m.index + m[0].length };
    if (!within(q, span)) asides.push(span);
  }
  if (asides.length === 0) return facts;
  const outside = (a: Span) => !asides.some((s) => within(a, s));
  return {
    ...facts,
    economies: facts.economies.filter(outside),
    metrics: facts.metrics.filter(outside),
    periods: facts.periods.filter(outside),
  };
}
// "…, qui …,", and an apposition naming what an organisation is (", l'agence flamande pour le commerce
// extérieur,", ", the city's trade promotion agency,")
const ASIDE = latin(
  /,\s*(?:(?:which|who|qui|lequel|laquelle|lesquels|lesquelles|die|dat|welke)\s[^,;.]{3,160}|(?:l['’]|la\s|le\s|the\s|an?\s|het\s|de\s|een\s)[^,;.]{0,40}?(?:agence|agency|organisation|organization|office|agentschap|instelling|bureau|chambre|chamber|ministère|ministry|fédération|federation|association|vereniging|dienst|council|conseil)(?![\p{L}])[^,;.]{0,120}),(?=\s)/giu,
);

/** The sentences with the teasers cut out of them: "Lire aussi : … en Afrique\nEn 2023, …" is not one sentence. */
function outside(sentences: Span[], teasers: Span[]): Span[] {
  if (teasers.length === 0) return sentences;
  return sentences.flatMap((s) => {
    const cut = teasers.filter((t) => t.start < s.end && t.end > s.start);
    if (cut.length === 0) return [s];
    const parts: Span[] = [];
    let start = s.start;
    for (const t of cut) {
      if (t.start > start) parts.push({ start, end: t.start });
      start = Math.max(start, t.end);
    }
    if (start < s.end) parts.push({ start, end: s.end });
    return parts;
  });
}
/**
 * "Peru exported goods worth over 2.1 billion to Chile. … The deficit thus came to 1.2 billion euros": amounts that
 * open a paragraph with no currency are in the one its first amount that names a currency gives.
 */
function currencyAhead(text: string, quantities: Quantity[], from: number): string | undefined {
  const rest = text.slice(from);
  const paragraphEnd = rest.search(PARAGRAPH_BREAK);
  const span = { start: from, end: paragraphEnd >= 0 ? from + paragraphEnd : text.length };
  return inSpan(quantities, span).find((q) => q.type === 'money' && !q.inheritedCurrency && q.unit)?.unit;
}

/**
 * "… to reach Ksh. 48.3 Billion", "environ 2. 500 milliards": a stop inside an amount ends no sentence, so the
 * sentences a quantity straddles are one.
 */
function joinedAcross(sentences: Span[], quantities: Quantity[]): Span[] {
  const out: Span[] = [];
  let next = 0;
  for (const s of sentences) {
    const last = out.at(-1);
    while (next < quantities.length && (quantities[next]?.end ?? 0) <= s.start) next++;
    const q = quantities[next];
    if (last && q && q.start < last.end && q.end > s.start) last.end = s.end;
    else out.push({ ...s });
  }
  return out;
}
const within = (a: Span, span: Span) => a.start >= span.start && a.end <= span.end;

/** The items of a list sorted by start that lie wholly inside `span` (binary search, then a short walk). */
function inSpan<T extends Span>(sorted: T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const item = sorted[i] as T;
    if (item.start >= span.end) break;
    if (item.end <= span.end) out.push(item);
  }
  return out;
}

interface ClauseFacts {
  sentence: Span;
  clause: Span;
  metrics: MetricMention[];
  periods: PeriodMention[];
  economies: EconomyMention[];
  quantities: Quantity[];
  /** the sentence before, whose subject a pronoun may take up */
  previous?: Span;
  allMetrics: MetricMention[];
  allPeriods: PeriodMention[];
  language: Language;
  published?: string;
  allEconomies: EconomyMention[];
  /** the pair the story's first sentence names ("entre le Chili et l'Asie") */
  storyPair?: [string, string];
  /** the economy the text is about, by its heading or its statistics office, once a flow it reports is stated */
  home?: string;
}

function attribute(
  text: string,
  q: Quantity,
  clauseFacts: ClauseFacts,
  documentEconomies: string[],
  carried: Carried,
): ExtractedFigure | undefined {
  let facts = withoutAsides(text, q, clauseFacts);
  // "La Belgique est le 8e client du Maroc. Elle est aussi le 9e investisseur étranger dans le Royaume": a rank
  // whose subject is a pronoun ranks the economy the sentence before is about
  const pronoun = q.type === 'rank' ? SUBJECT_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (pronoun && facts.previous && !facts.economies.some((e) => e.end <= q.start)) {
    const antecedent = inSpan(facts.allEconomies, facts.previous).find((e) => !e.adjective);
    const start = facts.clause.start + pronoun.index + (pronoun[0].length - (pronoun[1] ?? '').length);
    if (antecedent)
      facts = {
        ...facts,
        economies: [
          { code: antecedent.code, start, end: start + (pronoun[1] ?? '').length, adjective: false },
          ...facts.economies,
        ],
      };
  }
  // "Le Chili est le 7e client du Kenya. Il achète 2,6 % des exportations kényanes": a pronoun subject of
  // a verb only a trader takes (absorbs, buys, ships) is the economy the sentence before, or the clause before, is
  // about; a flow taken up by a pronoun ("Elles ont progressé") takes none of these verbs
  const trader =
    q.type !== 'rank' && facts.previous ? TRADER_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (trader) {
    const start = facts.clause.start + trader.index + trader[0].indexOf(trader[1] ?? '');
    const subject = (span: Span) =>
      inSpan(facts.allEconomies, span).find(
        (e) => !e.adjective && !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
      );
    const antecedent =
      subject({ start: facts.sentence.start, end: facts.clause.start }) ??
      (facts.previous && !PARAGRAPH_BREAK.test(text.slice(facts.previous.end, facts.sentence.start))
        ? subject(facts.previous)
        : undefined);
    if (antecedent)
      facts = {
        ...facts,
        economies: [
          { code: antecedent.code, start, end: start + (trader[1] ?? '').length, adjective: false },
          ...facts.economies,
        ],
      };
  }
  // "Chile was Kenya's 9th export market … Chile was the country's 14th largest supplier, worth
  // …": "the country's" is the country named before that its clause does not name
  const namedCountry = COUNTRY_POSSESSIVE.exec(text.slice(facts.clause.start, facts.clause.end));
  if (namedCountry) {
    const start = facts.clause.start + namedCountry.index;
    const named = new Set(facts.economies.map((e) => e.code));
    const antecedent = facts.allEconomies
      .filter(
        (e) => e.end <= facts.clause.start && !e.adjective && isCountryOrRegion(e.code) && !named.has(e.code),
      )
      .at(-1);
    if (antecedent)
      facts = {
        ...facts,
        economies: withMentions(facts.economies, [
          {
            code: antecedent.code,
            start,
            end: start + namedCountry[0].length,
            adjective: false,
            possessive: true,
          },
        ]),
      };
  }
  const lead = text.slice(Math.max(facts.clause.start, q.start - 60), q.start);
  const tail = text.slice(q.end, q.end + 60);
  if (q.type === 'percent' && (TARIFF_CUES.test(lead) || TARIFF_AFTER.test(tail))) return undefined;
  // "avec un PIB de 4 200 milliards de dollars", "a GDP of": macro figures are no trade figures
  if (MACRO_BEFORE.test(lead)) return undefined;
  // "la dette publique (+2,3 à 9,4 milliards)", "tourism receipts fell 5.1 per cent", "12.4% of firms",
  // "the count of new plants rose by 6.3%", "65 euros par habitant": public finance, tourism and remittances,
  // counts and per-head amounts are no trade figures
  const clauseLead = text.slice(facts.clause.start, q.start);
  if (
    NOT_TRADE_BEFORE.test(lead) ||
    (q.type === 'percent' && (COUNTED_AFTER.test(tail) || COUNT_SUBJECT.test(clauseLead))) ||
    (q.type === 'money' && PER_HEAD_AFTER.test(tail))
  )
    return undefined;
  // "non-EU markets (up 11.2% to £210.4bn)", "FDI to central Africa rose 14 percent": a group with no code
  // of its own is never mapped to a larger one
  if (ofGroupWithoutCode(text, q, facts)) return undefined;
  // "… 12 billion euros of misce", "from $777": a figure the excerpt cuts off, or cuts right after
  // (a short line ending the text, "Peru: 412", is a complete item)
  // … but an amount whose scale or unit ends the text is whole: "passant de 8,3 milliards en 2018 à 5,6 milliards"
  if (
    text.length - q.end <= 10 &&
    CUT_OFF_REST.test(text.slice(q.end)) &&
    (q.end < text.length ||
      (q.start - text.lastIndexOf('\n', q.start) > 60 && /\d$/.test(text.slice(q.start, q.end))))
  )
    return undefined;
  // "croître de 5 à 7 % par an": a range states no one figure
  // (… but "respectivement de 17 % et 5 %" lists two, and "est passée de 3,1 % à 5,6 %", "fell from 26 % to 22.5 %"
  // is a move from one level to another)
  if (
    q.type === 'percent' &&
    RANGE_BEFORE.test(lead) &&
    !RESPECTIVELY_WORD.test(text.slice(facts.clause.start, q.start)) &&
    !(FROM_TO_BEFORE.test(lead) && !PER_YEAR_AFTER.test(text.slice(q.end, q.end + 20)))
  )
    return undefined;
  // "Bilateral trade reached 4.06 billion euros, with Belgian exports accounting for about two thirds of the
  // total" (or in the next sentence, or the next paragraph of a story about that pair): how a pair's trade
  // splits between its sides is no share of either economy's trade
  const pair = carried.pair;
  if (
    q.type === 'percent' &&
    OF_THE_TOTAL.test(text.slice(q.end, q.end + 24)) &&
    // (an investment's share of the total is of the host's investment, not of the pair's trade)
    !facts.metrics.some((m) => m.metric === 'fdi') &&
    ((carried.lastFigure?.metric === 'bilateral_trade' && carried.lastFigure.start >= facts.sentence.start) ||
      (pair !== undefined &&
        /^[^.;]*?(?:total|volume)\s*(?:[.;,)]|$)/.test(text.slice(q.end, q.end + 24)) &&
        facts.economies.length >= 2 &&
        facts.economies.every((e) => pair.includes(e.code))))
  ) {
    return undefined;
  }
  // "Exports to non-EU countries fell by 5.1%": a partner that is everyone but a group has no code
  if (ALL_BUT_GROUP.test(text.slice(facts.clause.start, q.start))) return undefined;
  // "1,6 % des exportations belges hors Union européenne": a share of such a flow neither
  if (
    q.type === 'percent' &&
    SHARE_OF_ALL_BUT_GROUP.test(text.slice(q.end, Math.min(facts.sentence.end, q.end + 80)))
  )
    return undefined;
  // "90 milliards de dollars d'investissements privés": an amount of private or public investment is no FDI
  if (q.type === 'money' && NOT_FOREIGN_INVESTMENT_AFTER.test(text.slice(q.end, q.end + 50)))
    return undefined;
  // "le port d'Anvers est la porte d'entrée de 60 % des exportations": what passes through a port is no share
  if (q.type === 'percent' && TRANSIT.test(lead)) return undefined;
  // coverage ratios ("le taux de couverture … à 64 %") are not trade figures
  if (q.type === 'percent' && COVERAGE.test(text.slice(facts.clause.start, q.start))) return undefined;
  // "qui absorbent ensemble plus de la moitié", "samen nemen die drie buurlanden 45 procent": a share of
  // several economies together is not one flow's
  // "Le Chili et la Bolivie représentent à eux deux plus du tiers du commerce": two economies' joint share
  if (
    q.type === 'percent' &&
    !RESPECTIVELY_WORD.test(text.slice(facts.sentence.start, q.end + 20)) &&
    TWO_ECONOMIES_SUBJECT.test(text.slice(facts.clause.start, q.start)) &&
    facts.economies.filter((e) => !e.adjective && e.end <= q.start).length >= 2
  ) {
    return undefined;
  }
  // (… but the items a colon then lists are each their own: "à eux deux 90 % : 45 % pour l'un et 45 % pour l'autre")
  if (
    q.type === 'percent' &&
    TOGETHER.test(afterLastColon(text.slice(facts.clause.start, q.start))) &&
    !GROWTH_CUES.test(text.slice(Math.max(facts.clause.start, q.start - 30), q.start))
  ) {
    return undefined;
  }
  if (
    q.type === 'money' &&
    (ABSOLUTE_CHANGE_BEFORE.test(lead) || ABSOLUTE_CHANGE_AFTER.test(text.slice(q.end, q.end + 30)))
  )
    return undefined;
  if (q.type === 'money' && OF_WHICH_BY_KIND.test(lead)) return undefined;
  if (q.type === 'money' && (RESTATED_BEFORE.test(lead) || isChangeAfterGrowth(text, q, facts)))
    return undefined;
  // "Le secteur automobile, premier exportateur du pays", "the automotive sector remained the top exporter",
  // "Flanders is Belgium's largest exporter": a sector's, a firm's or a region's rank among the exporters of an
  // economy ranks no economy in its trade
  if (q.type === 'rank' && isTraderRank(text, q)) {
    const subject = text.slice(facts.clause.start, q.start);
    // the region before the rank, its country after it ("Flanders is Belgium's largest exporter")
    const partOfOwner = facts.economies.some(
      (region) =>
        region.code.includes('-') &&
        region.end <= q.start &&
        facts.economies.some((e) => e.start >= q.end && region.code.startsWith(`${e.code}-`)),
    );
    if (SECTOR_WORD.test(subject) || FIRM_WORD.test(subject) || partOfOwner) return undefined;
  }
  // "de vierde Afrikaanse handelspartner van de haven", "le premier client du port": a port's or a firm's list
  if (q.type === 'rank' && OF_PORT_OR_FIRM.test(text.slice(q.end, q.end + 40))) return undefined;
  // "Longtemps premier partenaire": a rank held before is not recorded, but still tells whose the amounts after it
  // are; "premier client du Maroc pour le poulpe" ranks the trade in that product, recorded with its sector (one
  // named by a common noun, "its largest supplier of the delicacy", names no sector and is withheld too)
  const product = q.type === 'rank' ? productRanked(text, q) : undefined;
  const withheld = q.type === 'rank' && (product === null || FORMERLY.test(lead));
  let metricMention = q.type === 'rank' ? undefined : closestMetric(text, q, facts.metrics, facts.quantities);
  // "L'Espagne reste le premier client … L'Italie arrive en troisième position": a bare position continues
  // the ranking the paragraph is giving
  let metric =
    q.type === 'rank'
      ? (rankMetric(text, laterRank(q, facts), facts) ??
        carried.lastRank?.metric ??
        metricBefore(text, facts))
      : metricMention?.metric;
  // "Principaux clients du Maroc au premier semestre :\nEspagne : 45,2 MMDH": an item of a list under a heading
  const item = q.type === 'rank' ? undefined : listItem(text, q, facts, documentEconomies);
  if (item) {
    metric = item.metric;
    metricMention = undefined;
  }
  // "les machines (41 %), les plastiques (22 %) et les engrais (9 %) sont les principaux
  // produits achetés": items in brackets before the flow that heads them take it
  if (
    !metric &&
    q.type === 'percent' &&
    BRACKET_LABEL.test(text.slice(Math.max(facts.clause.start, q.start - 40), q.start))
  ) {
    const after = facts.metrics.find(
      (m) => m.start >= q.end && LIST_HEAD_AFTER.test(text.slice(q.end, m.start)),
    );
    if (after) metric = after.metric;
  }
  // "Les exportations péruviennes vers le Chili ont crû plus vite que les importations : elles ont
  // gagné 6,2 %": a pronoun after a colon takes up the subject of the clause, its first flow, not the
  // flow named nearest before the colon
  if (
    metricMention &&
    metricMention.end <= q.start &&
    COLON_PRONOUN.test(text.slice(metricMention.end, q.start))
  ) {
    const first = facts.metrics[0];
    if (first && first !== metricMention && first.end <= metricMention.start) {
      metricMention = first;
      metric = first.metric;
    }
  }
  // "Il a ainsi progressé de 21 %", "Tegen eind 2026 mikt de minister op 1,5 miljard euro": a clause with
  // no metric of its own that opens with a pronoun, or states a target, continues the figure before it.
  // "Pour 2026, l'AWEX vise un retour au-dessus de 200 M€", in a paragraph of its own: a target that names no
  // flow is of the flow the story has stated most often
  const storyTarget =
    !carried.lastFigure &&
    !metric &&
    q.type === 'money' &&
    facts.metrics.length === 0 &&
    TARGET_CUES.test(text.slice(facts.sentence.start, q.start)) &&
    !NOT_TRADE_AMOUNT.test(text.slice(facts.sentence.start, facts.sentence.end))
      ? mostStatedFlow(carried)
      : undefined;
  // "… 157 miljard dirham.\n\nRuim 80 procent van die auto's gaat naar de EU": a part of "that" flow refers back
  // across a paragraph break
  // … and so does "The figure stood at …", "Ce chiffre atteint …" after the paragraph that states it
  const referredBack =
    !carried.lastFigure &&
    facts.metrics.length === 0 &&
    ((q.type === 'percent' && REFERS_BACK_AFTER.test(text.slice(q.end, q.end + 30))) ||
      (q.type === 'money' && THE_FIGURE_START.test(text.slice(facts.sentence.start, q.start))))
      ? (carried.amountBeforeBreak ?? carried.lastBeforeBreak)
      : undefined;
  const last = carried.lastFigure ?? storyTarget ?? referredBack;
  // "…, et les wallonnes de 18 %": the flow before, left out, of the economy an adjective names
  const elliptical = last ? ellipticalFlow(text, q, facts) : undefined;
  // "Une progression de près de 19 % qui s'explique par l'envolée des importations": the metric word after the
  // figure explains it; the figure continues the one before
  const explained =
    metricMention !== undefined &&
    metricMention.start >= q.end &&
    last !== undefined &&
    EXPLAINED_BY.test(text.slice(q.end, metricMention.start));
  if (explained) {
    metricMention = undefined;
    metric = undefined;
  }
  // "The EU took 58.3% of them": a share of the figure before.
  // … "L'Inde en absorbe près de la moitié", "India neemt daarvan bijna de helft af": a partner's part of it
  const partOfLast =
    last !== undefined &&
    (!metric || metric === last.metric) &&
    q.type === 'percent' &&
    (PART_OF_LAST.test(text.slice(q.end, q.end + 30)) ||
      (!metric && CLITIC_PART.test(text.slice(Math.max(facts.clause.start, q.start - 40), q.start))) ||
      // "About 16 percent went to Chile, 12 percent to Japan": the next part, with its own partner
      (!metric &&
        last.measure === 'share' &&
        last.start >= facts.sentence.start &&
        PARTNER_RIGHT_AFTER.test(text.slice(q.end, q.end + 20))));
  // "België verkocht voor 2,9 miljard euro aan Marokko. Omgekeerd kwam er voor 1,5 miljard euro aan Marokkaanse
  // producten naar ons land": "conversely" with no flow of its own is the flow before, the other way
  const conversely =
    !metric &&
    q.type === 'money' &&
    last !== undefined &&
    (last.metric === 'exports' || last.metric === 'imports') &&
    isCountryOrRegion(last.to) &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    // (the flow before this sentence: the items after "Conversely, … were X worth $4bn; Y worth $1bn" are one flow)
    last.start < facts.sentence.start &&
    CONVERSELY_START.test(text.slice(facts.sentence.start, q.start));
  if (conversely && last) metric = last.metric;
  // "Le déficit a atteint 2,4 milliards. Les importations … sont variées. Elles comprennent des machines (410
  // millions)": a pronoun takes up the flow the sentence before names, when that sentence states no figure of it
  const namedBefore =
    !metric &&
    last !== undefined &&
    facts.previous !== undefined &&
    last.start < facts.previous.start &&
    startsWithPronoun(text.slice(facts.clause.start, q.start))
      ? inSpan(facts.allMetrics, facts.previous).at(-1)
      : undefined;
  // "… celles vers l'Europe ont baissé de 3,2 %. L'Espagne et l'Italie enregistrent des replis de respectivement 5,1
  // et 6,4 %": economies listed "respectively" with no flow of their own share the flow just stated
  const listedAfterFlow =
    last !== undefined &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    RESPECTIVELY.test(clauseLead) &&
    facts.economies.filter((e) => !e.adjective && e.end <= q.start).length >= 2;
  const continues =
    !metric &&
    !namedBefore &&
    last !== undefined &&
    (partOfLast ||
      explained ||
      last.start >= facts.clause.start ||
      // "les produits chimiques (28 %), les machines (14 %) et les matières plastiques (11 %)"
      (last.start >= facts.sentence.start && last.measure === 'share' && q.type === 'percent') ||
      startsWithPronoun(text.slice(facts.clause.start, q.start)) ||
      EXPECTED_PRONOUN.test(text.slice(facts.clause.start, q.start)) ||
      // "En 2021, les flux belges avaient atteint 1,2 milliard": flows of the kind the paragraph speaks of
      FLOWS_SUBJECT.test(text.slice(facts.clause.start, q.start)) ||
      // "l'automobile enregistre des ventes de 62,1 MMDH, tandis que les phosphates atteignent 31,5 MMDH"
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        goodsIn(text.slice(facts.clause.start, q.start)) !== null) ||
      SAME_THING_START.test(text.slice(facts.clause.start, q.start)) ||
      SAME_THING_START.test(afterLastComma(text.slice(facts.clause.start, q.start))) ||
      // "Les principaux produits exportés sont :\n- les denrées alimentaires : 0,4 milliard d'euros": an item of a
      // list of goods under a heading that names the flow continues the flow stated before it
      (q.type === 'money' &&
        last.measure === 'value' &&
        facts.economies.length === 0 &&
        itemOfFlowList(text, q, last.start)) ||
      // "… met 6,8 procent teruggevallen. In 2023 was er al een daling van 3,2 procent": a change that only is,
      // with no subject, is of the flow just stated
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        facts.economies.length === 0 &&
        THERE_WAS_A_CHANGE.test(text.slice(facts.clause.start, q.start))) ||
      // "… dropped 5.2% to $48.9 billion, after a year-on-year fall of 2.6% in March": the change before, of the
      // same flow
      // "De groei kwam zo uit op 6,1 procent", "piekte de krimp op 18,3 procent": the change of the flow just
      // stated, named by its noun alone
      (last.start >= (facts.previous?.start ?? facts.sentence.start) &&
        facts.economies.length === 0 &&
        CHANGE_SUBJECT.test(text.slice(facts.clause.start, q.start)) &&
        // (not of a part left out of it: "Hors Union européenne, le recul atteint 7 %")
        !SUBSET_CUE.test(text.slice(facts.sentence.start, q.start))) ||
      (last.start >= facts.sentence.start &&
        PRIOR_CHANGE.test(afterLastComma(text.slice(facts.sentence.start, q.start))) &&
        !facts.economies.some((e) => e.start > text.lastIndexOf(',', q.start) && e.end <= q.start)) ||
      // "les exportations flamandes … de 41 %, et les wallonnes de 18 %": the same flow of another economy
      (last.start >= facts.sentence.start && elliptical !== undefined) ||
      // "… de Vlaamse uitvoer naar China … In 2023 was Vlaanderen goed voor 7,1 miljard euro": an economy of
      // the flow before accounting for an amount states that flow
      (q.type === 'money' &&
        ACCOUNTED_FOR.test(lead) &&
        facts.economies.length > 0 &&
        facts.economies.every((e) => e.code === last.from || e.code === last.to)) ||
      // "… were vehicles worth $2.7bn; plastics worth $0.9bn; and fertilisers worth $64m": goods listed with
      // their worth continue the flow their sentence opened
      (q.type === 'money' &&
        last.start >= facts.sentence.start &&
        facts.economies.every((e) => e.start < facts.clause.start) &&
        GOODS_WORTH.test(text.slice(facts.clause.start, q.start))) ||
      TARGET_CUES.test(text.slice(facts.sentence.start, q.end)) ||
      listedAfterFlow);
  if (continues) metric = last?.metric;
  // "… achats en provenance d'Europe … L'Espagne en représente à elle seule près du tiers": a member's share
  // of a flow with a group is no share of either economy's trade
  const amount = carried.lastAmount;
  if (
    continues &&
    q.type === 'percent' &&
    amount &&
    (!isCountryOrRegion(amount.to) || !isCountryOrRegion(amount.from)) &&
    amount.to !== 'WORLD' &&
    amount.from !== 'WORLD' &&
    facts.economies.some(
      (e) => !e.adjective && isCountryOrRegion(e.code) && e.code !== amount.from && e.code !== amount.to,
    )
  ) {
    return undefined;
  }
  // "Les exportations de la Wallonie vers la Chine ont reculé. Selon l'AWEX, elles se sont établies à …":
  // a pronoun with no figure before it takes up the flow named in the sentence before
  const antecedent =
    !metric && !last && facts.previous && startsWithPronoun(text.slice(facts.clause.start, q.start))
      ? inSpan(facts.allMetrics, facts.previous).at(-1)
      : namedBefore;
  if (antecedent) {
    metric = antecedent.metric;
    metricMention = antecedent;
    // the economies of the subject it takes up ("Les exportations marocaines …"), not the rest of that sentence
    facts = {
      ...facts,
      metrics: [antecedent, ...facts.metrics],
      economies: inSpan(facts.allEconomies, facts.previous as Span).filter(
        (e) => Math.abs(e.start - antecedent.start) <= 40,
      ),
    };
  }
  // "le troisième fournisseur du Royaume, avec des ventes de 72,5 milliards": the amount is the ranked flow
  const ofRank =
    (q.type === 'money' || q.type === 'percent') &&
    last?.measure === 'rank' &&
    // (the clause may end at the comma before "avec": "le 10e fournisseur du Pérou, avec une part de 1,2 %")
    last.start >= facts.sentence.start &&
    WITH_AMOUNT.test(text.slice(last.end, q.start));
  if (ofRank && last) metric = last.metric;
  // "3,2 miljard sol (€ 790 miljoen)": an amount in brackets right after an amount in another currency is that
  // figure again
  const inOtherCurrency =
    q.type === 'money' &&
    last?.measure === 'value' &&
    last.unit !== q.unit &&
    last.start >= facts.clause.start &&
    CURRENCY_TWIN_BETWEEN.test(text.slice(last.end, q.start));
  if (inOtherCurrency && last) metric = last.metric;
  // "…, devant la France (32,1 milliards)": an amount in brackets after an economy is that economy's share of
  // the flow the sentence has just stated (a rival's; the clause's own partner keeps the clause's reading: "exports go
  // to four countries: Chile (51.3%), Peru (15.7%)")
  const head = carried.bracketHead;
  const bracketed =
    q.type !== 'rank' &&
    head &&
    head.start >= facts.sentence.start &&
    head.measure === (q.type === 'money' ? 'value' : 'share')
      ? facts.allEconomies.find(
          (e) => e.end <= q.start && BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)),
        )
      : undefined;
  if (bracketed && head) metric = head.metric;
  // "… 12,4 % des exportations, derrière Lima (31,6 %). Avec un total de 2,35 milliards d'euros l'an dernier, elles
  // retrouvent leur niveau de 2014": an amount that opens a sentence naming no flow nor economy is of the flow just
  // stated (its head, not a rival's bracket)
  const openingAmount =
    !metric &&
    q.type === 'money' &&
    head !== undefined &&
    head.start >= (facts.previous?.start ?? facts.sentence.start) &&
    facts.economies.length === 0 &&
    AMOUNT_OPENING.test(text.slice(facts.sentence.start, q.start));
  if (openingAmount && head) metric = head.metric;
  // "… drew $3.1 billion in FDI from Spain. That country was followed by Canada ($2.6 billion), Chile
  // ($0.8 billion)": the names listed after "followed by" rank in the flow of the sentence before, each in the place
  // a ranking puts (the investor, or the market or supplier)
  const followedList =
    !metricMention &&
    !bracketed &&
    (q.type === 'money' || q.type === 'percent') &&
    head !== undefined &&
    head.start >= (facts.previous?.start ?? facts.sentence.start) &&
    head.start < facts.sentence.start &&
    FOLLOWED_BY_IN.test(text.slice(facts.sentence.start, q.start));
  const followedItem = followedList
    ? facts.allEconomies.find((e) => e.end <= q.start && OWN_BRACKET.test(text.slice(e.end, q.start)))
    : undefined;
  if (followedItem && head) metric = head.metric;
  // (an item whose name no economy matches is no figure of a known economy)
  else if (
    followedList &&
    NAME_BRACKET_BEFORE.test(text.slice(Math.max(facts.sentence.start, q.start - 40), q.start))
  )
    return undefined;
  // "Brussel voerde 96 miljoen euro uit naar Marokko. Vlaanderen (1,62 miljard euro) en Wallonië (398 miljoen
  // euro) …": an amount in brackets after a sibling region of the flow before is that region's flow
  const sibling =
    !bracketed && !metricMention && q.type === 'money' && last?.measure === 'value' && last.from.includes('-')
      ? facts.allEconomies.find(
          (e) =>
            e.end <= q.start &&
            BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)) &&
            e.code !== last.from &&
            e.code.split('-')[0] === last.from.split('-')[0],
        )
      : undefined;
  if (sibling && last) metric = last.metric;
  // "… Vlaanderen is goed voor 1,5 miljard euro. Wallonië volgt met 420 miljoen euro, Brussel met 95 miljoen":
  // the next economy of a breakdown, with no metric of its own, takes the flow before with itself as owner
  const successor =
    (!metricMention || metricMention.end <= text.lastIndexOf(',', q.start)) &&
    last &&
    ((q.type === 'money' && SUCCESSOR.test(afterLastComma(text.slice(facts.clause.start, q.start)))) ||
      // "Japan doet het beter, met een stijging van 2,1 procent": the same flow of another economy, changed
      (q.type === 'percent' &&
        !metricMention &&
        SUCCESSOR_CHANGE.test(text.slice(facts.clause.start, q.start))))
      ? // (the one "gevolgd door" names too, though it names no party to the figure before it)
        (FOLLOWED_BY_START.test(afterLastComma(text.slice(facts.clause.start, q.start)))
          ? inSpan(facts.allEconomies, facts.clause)
          : facts.economies
        ).find((e) => e.end <= q.start && !e.adjective && e.code !== last.from && e.code !== last.to)
      : undefined;
  if (successor && last) metric = last.metric;
  // "Voor Vlaanderen betekent dat een stijging van 9,5 procent, voor Wallonië van 5,3 procent": the change of
  // the named economy's side of the flow before
  const forEconomy =
    !successor &&
    !metricMention &&
    last &&
    q.type === 'percent' &&
    FOR_ECONOMY.test(afterLastComma(text.slice(facts.clause.start, q.start)))
      ? facts.economies.find(
          (e) =>
            e.start > Math.max(facts.clause.start, text.lastIndexOf(',', q.start)) &&
            e.end <= q.start &&
            !e.adjective &&
            e.code !== last.to,
        )
      : undefined;
  if (forEconomy && last) metric = last.metric;
  // "Het aandeel van Marokko … bedroeg 0,41 procent; dat van Hongkong 0,53 procent": the same figure for another
  const ellipsis =
    !metricMention && last && ELLIPSIS_OF.test(afterLastComma(text.slice(facts.clause.start, q.start)))
      ? facts.economies.find(
          (e) => e.end <= q.start && !e.adjective && e.code !== last.from && e.code !== last.to,
        )
      : undefined;
  if (ellipsis && last) metric = last.metric;
  // "avec respectivement 89,6 et 76,3 milliards": amounts listed against the economies named before them
  const listed =
    q.type === 'rank'
      ? q.coordinated || facts.quantities.some((o) => o.coordinated && o.rankNoun === q.rankNoun)
        ? respectivelyRanked(text, q, facts, metric)
        : undefined
      : respectively(text, q, facts, documentEconomies);
  if (listed?.metric) metric = listed.metric;
  // "een groei van 17 procent tegenover maart 2018 tot 6,4 miljard euro, de hoogste maanduitvoer": a change
  // with no flow of its own is of the level it reaches
  if (!metric && q.type === 'percent') {
    const level = facts.quantities.find((o) => o.start >= q.end);
    const reached =
      level?.type === 'money' &&
      level.start - q.end <= 60 &&
      LEVEL_REACHED.test(text.slice(q.end, level.start))
        ? closestMetric(text, level, facts.metrics, facts.quantities)
        : undefined;
    if (reached) {
      metricMention = reached;
      metric = reached.metric;
    }
  }
  // "les principaux clients du Chili sont la Chine à raison de 36 %, le Japon (9 %)": the shares of the
  // economies a ranking noun lists are of the flow it names
  if (!metric && q.type === 'percent') {
    const noun = HEADING_NOUN.exec(text.slice(facts.clause.start, q.start))?.[1]?.toLowerCase();
    const namedItem = facts.economies.some(
      (e) =>
        e.end <= q.start &&
        (OWN_BRACKET.test(text.slice(e.end, q.start)) || AMOUNTING_TO.test(text.slice(e.end, q.start))),
    );
    if (noun && namedItem && !GENERIC_RANK.test(noun)) metric = metricOfRankNoun(noun);
  }
  if (!metric) return undefined;
  // "… 72,5 milliards de dirhams, en hausse de 8,7 %": a growth rate right after an amount is that flow's
  const growthOfLast =
    q.type === 'percent' &&
    last?.measure === 'value' &&
    last.start >= facts.clause.start &&
    ((!facts.metrics.some((m) => m.start >= last.end && m.end <= q.start) &&
      (GROWTH_RIGHT_AFTER.test(text.slice(last.end, q.start)) ||
        SHARE_RIGHT_AFTER.test(text.slice(last.end, q.start)))) ||
      // "werd voor 612 miljoen euro uitgevoerd (+3,5 procent)": the change in brackets after a verb-final flow
      VERB_THEN_BRACKET.test(text.slice(last.end, q.start)));
  if (growthOfLast && last) metric = last.metric;

  if (
    q.type === 'money' &&
    metric !== 'trade_balance' &&
    PLUS_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start))
  )
    return undefined;

  let measure: Measure = q.type === 'money' ? 'value' : q.type === 'rank' ? 'rank' : 'share';
  let value = q.value;
  const trailing = TRAILING_GROWTH.exec(text.slice(q.end, Math.min(facts.clause.end, q.end + 30)));
  // "de invoer uit Marokko met 8 procent tot 1,32 miljard euro": "by X % to Y" is a change even when its verb
  // is left out
  const byTo = BY_BEFORE.test(lead) && TO_AMOUNT_AFTER.test(text.slice(q.end, q.end + 24));
  // "lower shipments of telecom equipment, which made up 38% of the total": a verb of share nearer than the cue
  // "Het aandeel van chemie … steeg daarmee tot 25 procent": a share risen to a level is that level
  // … and so is one it fell from ("the share of its imports from Asia fell from 41.7 %"), and a percentage
  // of a total flow ("from 26 % of total exports to 22.5 %", "(6 % des échanges totaux)") whatever the verb
  const shareLevel =
    q.type === 'percent' &&
    (((LEVEL_TO_BEFORE.test(lead) ||
      (SHARE_FROM_BEFORE.test(lead) && SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))) &&
      SHARE_NOUN.test(text.slice(facts.clause.start, q.start))) ||
      OF_TOTAL_FLOW_AFTER.test(text.slice(q.end, q.end + 60)));
  const shareVerbNearer =
    shareLevel ||
    (q.type === 'percent' &&
      !trailing &&
      SHARE_VERB_BEFORE.test(lead) &&
      lastIndexOf(SHARE_VERB_G, lead) >
        lastIndexOf(
          GROWTH_CUES_G,
          lead.replace(SHARE_VERB_G, (v) => ' '.repeat(v.length)),
        ));
  // "de terugval van de farma-export, die bijna 40 procent van de export uitmaakt": a change named before a
  // relative pronoun is the main clause's, not the figure's
  const relative = lastIndexOf(RELATIVE_G, lead);
  const ownLead = relative >= 0 ? lead.slice(relative) : lead;
  // "a visible trade deficit of HK$317.1 billion, equivalent to 6.4% of the value of imports": a balance set
  // against a flow or the GDP is a ratio, not a share of trade
  if (
    metric === 'trade_balance' &&
    q.type === 'percent' &&
    RATIO_OF_AFTER.test(text.slice(q.end, q.end + 50))
  )
    return undefined;
  // "nam de export naar Chili met 10,4 % af", "min 14 procent": a change told after the figure, or by a sign word
  const clauseEnd =
    q.type === 'percent'
      ? CLAUSE_END_CHANGE.exec(
          text.slice(q.end, Math.min(facts.sentence.end, q.end + 80)).replace(/\([^()]*\)/g, ''),
        )
      : null;
  const signWord = q.type === 'percent' ? SIGN_WORD_BEFORE.exec(lead) : null;
  if (
    q.type === 'percent' &&
    !shareVerbNearer &&
    (GROWTH_CUES.test(ownLead) || /[+−-]\s*$/.test(lead) || trailing || byTo || clauseEnd || signWord)
  ) {
    measure = 'growth';
    // the cue nearest the figure decides: "daalde met 10 procent, die naar Marokko steeg met 9 procent"; a growth
    // word right after it, or a sign, decides first
    // ("fell at an average yearly growth rate of 0,73 %": the rate's noun is no rise)
    const cueLead = lead.replace(RATE_NOUN, (v) => ' '.repeat(v.length));
    const declined = lastIndexOf(DECLINE_G, cueLead);
    const negative = trailing
      ? trailing[1] !== undefined
      : signWord || /[+−-]\s*$/.test(lead)
        ? signWord?.[1] !== undefined || /[−-]\s*$/.test(lead)
        : clauseEnd && !GROWTH_CUES.test(ownLead)
          ? clauseEnd[1] !== undefined
          : declined >= 0 && declined >= lastIndexOf(RISE_G, cueLead) && !RATES_FROM_TO.test(clauseLead);
    if (negative) value = -Math.abs(value);
  }
  // "ont progressé de 41 %, et les wallonnes de 18 %": the verb left out is the one before, and so is its sign
  // … also with no economy of its own: "steeg de uitvoer met 4 procent en de invoer met 6,5 procent"
  if (
    q.type === 'percent' &&
    measure === 'share' &&
    last?.measure === 'growth' &&
    (elliptical ||
      (last.start >= facts.sentence.start && ELLIPTICAL_CHANGE.test(text.slice(last.end, q.start))))
  ) {
    measure = 'growth';
    if (last.value < 0) value = -Math.abs(value);
  }
  // "Les textiles et les machines pèsent plus du tiers": several goods together
  if (measure === 'share') {
    // the goods named since the sentence's last number, or last quantity ("close to half of the total, followed
    // by chemicals (14%)")
    const previousQuantity = facts.quantities.filter((o) => o.end <= q.start).at(-1);
    const window = text.slice(
      Math.max(facts.sentence.start, q.start - 120, previousQuantity?.end ?? 0),
      q.start,
    );
    const lastNumber = window.search(/\d\D*$/);
    const goods = lastNumber >= 0 ? window.slice(lastNumber + 1) : window;
    if (severalGoods(goods) && !RESPECTIVELY_WORD.test(text.slice(q.start - 40, q.start))) return undefined;
  }
  // "Of these, re-exports accounted for 99.6%": how a flow splits by kind, not a share of a total
  if (
    measure === 'share' &&
    metricMention &&
    (REEXPORTS.test(text.slice(Math.max(0, metricMention.start - 3), metricMention.end)) ||
      // "Les réexportations … représentent plus de 90 % des exportations hongkongaises"
      REEXPORTS_SUBJECT.test(text.slice(facts.clause.start, q.start)))
  ) {
    return undefined;
  }
  // "the balance stood at -6.7 bn", "saldo --1,3": a balance written with its minus sign is a deficit
  if (
    measure === 'value' &&
    metric === 'trade_balance' &&
    MINUS_BEFORE.test(text.slice(Math.max(0, q.start - 5), q.start))
  )
    value = -Math.abs(value);
  if (
    measure === 'value' &&
    metric === 'trade_balance' &&
    // (from the noun the balance hangs on: "Het tekort op de handelsbalans", "le déficit de la balance")
    ((metricMention &&
      DEFICIT_WORDS.test(
        text.slice(
          Math.max(facts.clause.start, metricMention.start - 40),
          Math.max(metricMention.end, q.start),
        ),
      )) ||
      (!metricMention && continues && last?.measure === 'value' && last.value < 0))
  ) {
    value = -Math.abs(value);
  }

  const { bound, length: boundLength } =
    q.type === 'rank' ? { bound: 'eq' as Bound, length: 0 } : boundBefore(lead);
  // "In all, Vietnam's goods trade slipped 3.8%": the trade of one economy, with no partner in its
  // sentence, is its trade with everyone
  // … and so is "total trade" with none at all ("Total trade grew 7.3 per cent") unless the pair's trade was
  // just stated, but not "le montant global du commerce entre les deux pays"
  const sole = new Set(facts.economies.map((e) => e.code));
  if (
    metric === 'bilateral_trade' &&
    measure !== 'rank' &&
    (sole.size === 1 || (sole.size === 0 && carried.lastFigure?.metric !== 'bilateral_trade')) &&
    metricMention &&
    OWN_TRADE.test(text.slice(Math.max(facts.sentence.start, metricMention.start - 40), metricMention.end)) &&
    !BETWEEN_AFTER.test(text.slice(metricMention.end, metricMention.end + 40))
  ) {
    metric = 'total_trade';
  }
  // "Le Chili pourrait devenir un fournisseur de la Chine, dont les importations …": a relative clause's
  // figure is about its antecedent, not the main clause's economies
  const relativeAt = metricMention
    ? lastIndexOf(RELATIVE_CLAUSE, text.slice(facts.clause.start, metricMention.start))
    : -1;
  if (relativeAt >= 0) {
    const cut = facts.clause.start + relativeAt;
    facts = { ...facts, economies: facts.economies.filter((e) => e.end >= cut - 30) };
  }
  // "le Maroc a importé du Japon …, tandis que ses exportations vers l'archipel …": "ses" is the subject's
  const possessor =
    metricMention &&
    POSSESSIVE_BEFORE.test(
      text.slice(Math.max(facts.sentence.start, metricMention.start - 8), metricMention.start),
    )
      ? (inSpan(facts.allEconomies, { start: facts.sentence.start, end: metricMention.start }).find(
          (e) => !e.adjective,
        ) ??
        // "Le Maroc importe de Hong Kong … Ses exportations …", "… main copper producer Chile. Its FDI inflows rose": a
        // possessive that opens its sentence is the country the sentence before is about, its first
        (facts.previous && OPENING_POSSESSIVE.test(text.slice(facts.sentence.start, metricMention.start))
          ? inSpan(facts.allEconomies, facts.previous).find((e) => !e.adjective && isCountryOrRegion(e.code))
          : undefined))
      : undefined;
  if (possessor && !facts.economies.some((e) => e.start >= facts.clause.start)) {
    facts = { ...facts, economies: [{ ...possessor, possessive: true }] };
  }
  const market = metricMention ? marketShareSides(text, metricMention, facts.economies) : undefined;
  const listedDirection = listed?.partner
    ? fillFrom(listed.partner, metric, carried, q, documentEconomies)
    : undefined;
  const resolved =
    market ??
    item?.direction ??
    listedDirection ??
    resolveDirection(
      text,
      q,
      metric,
      measure,
      facts,
      documentEconomies,
      usualDirection(carried, metric, q),
      metricMention,
      last && last.start >= facts.sentence.start && last.metric === 'bilateral_trade'
        ? [last.from, last.to]
        : carried.pair,
      metricMention === undefined &&
        carried.lastAmount &&
        carried.lastAmount.start >= (facts.previous?.start ?? facts.sentence.start)
        ? carried.lastAmount
        : undefined,
      flowPartners(carried),
    );
  // "In trade with Germany, Vietnam's surplus shrank 9.6%. Exports were up 4.1%", "Le solde est resté
  // négatif face à l'Italie. Le déficit a donc grimpé à 6,3 milliards": a flow whose partner was
  // guessed is with the partner the sentence before sets as its scene, or names for that flow
  const frame =
    resolved && resolved.guessed > 0 && measure !== 'rank' && FLOWS_WITH_WORLD.has(metric)
      ? framePartner(text, metric, facts, resolved.from)
      : undefined;
  const stated =
    frame && resolved
      ? {
          from:
            resolved.from !== frame
              ? resolved.from
              : (documentEconomies.find((c) => c !== frame && isCountryOrRegion(c)) ?? resolved.to),
          to: frame,
          guessed: 0,
        }
      : resolved;
  // "… le Japon (12,1%), le Chili (12,0%) et la Bolivie (3,8%)": a list item whose own name the clause reads as
  // its partner is not the item before continued
  const ownItem = bracketed !== undefined && stated?.to === bracketed.code;
  // the economy that takes a part: the one it goes to right after it ("16 procent daarvan ging naar Chili, 12
  // procent naar Japan"), else the first of the clause ("L'Inde en absorbe près de la moitié, suivie du Brésil")
  const taker = (
    facts.economies.find(
      (e) => e.code !== last?.from && e.start >= q.end && GOES_TO_BEFORE.test(text.slice(q.end, e.start)),
    ) ?? facts.economies.find((e) => e.code !== last?.from)
  )?.code;
  // "…, et les wallonnes de 18 %": the adjective names the owner of the flow before
  const ellipticalOwner = elliptical && elliptical.code !== last?.to ? elliptical : undefined;
  // the successor takes the place of the economy the flow before was said of: "Wallonië volgt met" after the
  // Flemish part (its owner), "La France suit avec" after Spain as first client (its partner)
  // "le 36e client de la Flandre et le 38e de la Wallonie": the economy after the second position ranks it
  const gappedOwner =
    q.gapped && last?.measure === 'rank'
      ? facts.economies.find((e) => e.start >= q.end && e.start - q.end <= 12 && e.code !== last.to)
      : undefined;
  // "… vers le Chili atteignait 2 milliards. Elle représentait 31 % des exportations péruviennes vers
  // l'Amérique", "This makes up some 40% of their exports to Europe": a share of the flow a pronoun takes up
  // is that flow's, with its partner; a group named in the total after it bounds the total, it is no partner
  const firstInSentence = inSpan(facts.allEconomies, facts.sentence).length
    ? facts.quantities.find((o) => o.start >= facts.sentence.start)
    : undefined;
  const restatedShare =
    last !== undefined &&
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    measure === 'share' &&
    last.metric === metric &&
    isCountryOrRegion(last.to) &&
    stated !== undefined &&
    isGroup(stated.to) &&
    PRONOUN_START.test(text.slice(facts.sentence.start, q.start)) &&
    !TRADER_PRONOUN.test(text.slice(facts.sentence.start, q.start)) &&
    facts.economies.some(
      (e) => e.code === stated.to && firstInSentence !== undefined && e.start > firstInSentence.start,
    );
  const direction =
    conversely && last
      ? { from: last.to, to: last.from, guessed: 0 }
      : openingAmount && head
        ? { from: head.from, to: head.to, guessed: 0 }
        : gappedOwner && last
          ? { from: gappedOwner.code, to: last.to, guessed: 0 }
          : ellipticalOwner && last
            ? { from: ellipticalOwner.code, to: last.to, guessed: 0 }
            : forEconomy && last
              ? { from: forEconomy.code, to: last.to, guessed: 0 }
              : sibling && last
                ? { from: sibling.code, to: last.to, guessed: 0 }
                : ellipsis && last
                  ? sameFlowWith(last, ellipsis.code, undefined)
                  : successor && last
                    ? successorTakesPartner(text, last, successor.code, facts, q)
                      ? { from: last.from, to: successor.code, guessed: 0 }
                      : { from: successor.code, to: last.to, guessed: 0 }
                    : partOfLast && last
                      ? { from: last.from, to: taker ?? last.to, guessed: 0 }
                      : followedItem && head
                        ? head.metric === 'fdi'
                          ? { from: followedItem.code, to: head.to, guessed: 0 }
                          : { from: head.from, to: followedItem.code, guessed: 0 }
                        : bracketed &&
                            head &&
                            (stated?.to !== bracketed.code ||
                              RIVAL_CUE.test(text.slice(head.end, bracketed.start)))
                          ? sameFlowWith(
                              head,
                              bracketed.code,
                              inSpan(facts.allEconomies, facts.sentence).find((e) => !e.adjective)?.code,
                            )
                          : (continues &&
                                last &&
                                (!stated || stated.guessed > 0) &&
                                !ownItem &&
                                !listed?.partner) ||
                              ((ofRank || growthOfLast || inOtherCurrency || restatedShare) && last)
                            ? { from: last.from, to: last.to, guessed: 0 }
                            : stated;
  if (!direction) return undefined;
  // positions listed "respectively": the economy listed for this one is its party, the others none
  const others = listed?.listedNames;
  if (others) {
    const own = listed?.owner ?? listed?.partner ?? '';
    const side = documentEconomies.find((c) => !others.includes(c));
    if (listed?.owner) direction.from = own;
    if (listed?.partner) direction.to = own;
    const counterpart = listed?.owner ? 'to' : 'from';
    if (others.includes(direction[counterpart]) && side) direction[counterpart] = side;
    direction.guessed = 0;
  } else if (
    listedAfterFlow &&
    continues &&
    last &&
    listed?.subjects &&
    listed.owner &&
    isCountryOrRegion(last.from) &&
    countryOf(listed.owner) !== countryOf(last.from)
  ) {
    // (the economies of another country than the flow's reporter are its partners: "La Chine et le Japon …" after
    // Swiss exports to Asia; Wallonia and Brussels after Flanders own their parts of Belgium's)
    direction.from = last.from;
    direction.to = listed.owner;
    direction.guessed = 0;
  } else if (listed?.owner && direction.to !== listed.owner) {
    direction.from = listed.owner;
    direction.guessed = 0;
  } else if (listed?.owner && direction.from !== listed.owner) {
    // (the owner the list gives, read as the partner: the sides swap)
    direction.to = direction.from;
    direction.from = listed.owner;
    direction.guessed = 0;
  }
  // … and regions that open the clause ("Wallonië en Brussel waren goed voor respectievelijk 560 en 140
  // miljoen euro") own parts of the flow before
  const partOf = listed?.subjects && carried.lastAmount;
  const subjectsPartner = partOf ? partnerOfRegionalPart(listed.owner ?? '', partOf, metric) : undefined;
  if (listed?.owner && subjectsPartner) {
    direction.from = listed.owner;
    direction.to = subjectsPartner;
    direction.guessed = 0;
  }
  // "…, loin derrière la France, premier client avec 17 %": a position set in apposition after a name is that
  // name's, even of a rival
  const apposed =
    q.type === 'rank'
      ? facts.allEconomies.find((e) => e.end <= q.start && APPOSITION.test(text.slice(e.end, q.start)))
      : undefined;
  if (apposed && direction.from !== apposed.code && metric !== 'fdi') {
    direction.to = apposed.code;
  }
  // "Het aandeel van Vlaanderen in de totale Belgische uitvoer naar Marokko": a region's share of its
  // country's flow is the region's
  // … and so is the part of a flow it is "goed voor": "Vlaamse bedrijven … zijn goed voor 1,5 miljard van die uitvoer"
  const partOfFlow = PART_OF_FLOW.test(text.slice(q.end, q.end + 30));
  const region =
    (measure === 'share' || partOfFlow) && isCountryOrRegion(direction.from) && !direction.from.includes('-')
      ? (partOfFlow
          ? inSpan(facts.allEconomies, { start: facts.sentence.start, end: q.start })
          : facts.economies
        ).find(
          (e) =>
            e.code.startsWith(`${direction.from}-`) &&
            // ("het Vlaamse Gewest" names the region, as "Vlaanderen" does)
            (partOfFlow || !e.adjective || REGION_NOUN_AFTER.test(text.slice(e.end, e.end + 10))),
        )
      : undefined;
  let flow = region ? { ...direction, from: region.code } : direction;
  // the trade of one economy with the world is its total trade
  if (metric === 'bilateral_trade' && flow.to === 'WORLD' && flow.from !== 'WORLD') metric = 'total_trade';
  // "Spain accounted for 20% of Morocco's foreign trade": a partner's share of one economy's trade is the pair's
  if (measure === 'share' && metric === 'total_trade' && flow.to !== 'WORLD' && flow.from !== 'WORLD') {
    metric = 'bilateral_trade';
    flow = flow.from < flow.to ? flow : { ...flow, from: flow.to, to: flow.from };
  }
  // An economy never trades with itself, its own country or its own region: "14 % de la totale Belgische
  // uitvoer" (of Wallonia) names the denominator, not a partner. The economy whose bracket holds the figure
  // ("Chili (2,6 miljard euro)") is the partner and the reporter is the flow's usual one; otherwise the
  // reporter's trade is with the world.
  if (sameEconomy(flow.from, flow.to)) {
    const own = facts.allEconomies.find(
      (e) => e.code === flow.to && e.end <= q.start && BRACKET_AFTER_NAME.test(text.slice(e.end, q.start)),
    );
    const usual = usualDirection(carried, metric, q)?.from;
    const reporter = own
      ? [usual, ...documentEconomies].find(
          (c): c is string => c !== undefined && isCountryOrRegion(c) && !sameEconomy(c, flow.to),
        )
      : undefined;
    // (a region the clause names is the one whose trade it is: "het Waalse Gewest … van de totale Belgische uitvoer")
    const region = facts.economies.find(
      (e) => e.code.includes('-') && e.end <= q.start && sameEconomy(e.code, flow.from),
    );
    if (reporter) flow = { ...flow, from: reporter };
    else if (metric === 'bilateral_trade' || FLOWS_WITH_WORLD.has(metric)) {
      if (metric === 'bilateral_trade') metric = 'total_trade';
      flow = {
        ...flow,
        from: flow.from.includes('-') ? flow.from : (region?.code ?? flow.from),
        to: 'WORLD',
      };
    } else return undefined;
  }
  // all of one economy's trade is with everyone: a partner carried from elsewhere is not its
  if (metric === 'total_trade' && flow.to !== 'WORLD' && flow.from !== 'WORLD')
    flow = { ...flow, to: 'WORLD' };

  // A clause with no period of its own continues its paragraph ("En 2023, … Les exportations … ont
  // atteint …"); within one sentence only flows do: "… en 2013 représente moins de 1% … et les
  // investissements japonais ne représentent que 0,02%" states a structure, not the 2013 flow.
  // … and a rank or share after a stock at a year's end ("… 1,9 milliard d'euros fin 2024. La Belgique se hisse
  // ainsi au neuvième rang des investisseurs", "Dat is 0,2 procent van …") is of that year
  const inherited =
    measure === 'share'
      ? (carried.paragraphPeriod ?? carried.yearEndPeriod ?? carried.storyPeriod)
      : (carried.sentencePeriod ??
        carried.paragraphPeriod ??
        (measure === 'rank' ? carried.yearEndPeriod : undefined) ??
        carried.storyPeriod);
  // "FY 2022/2023", "2020-21": the months of the fiscal year of the economy that reports the figure
  const periodOf = (p: PeriodMention) =>
    p.fiscal ? ofFiscalYear(p.fiscal, metric, flow, facts.published, inherited) : p.period;
  const { mention: periodMention, period: statedPeriod } = choosePeriod(text, q, facts, inherited, periodOf);
  let period = statedPeriod ?? inherited ?? null;
  // "rose by 12 percent, from $75 million to $84 million": with no period of its own, the amount a change
  // starts from is of the same months a year before
  // (a period of the clause, not one right after the amount: "kende vorig jaar een groei doordat het
  // volume van 48 miljard naar 53 miljard steeg")
  const ownPeriod = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
  if (!ownPeriod && period && isChangeBase(text, q) && /^\d{4}(?:-\d\d(?:\/\d{4}-\d\d)?)?$/.test(period))
    period = yearBefore(period);
  // "De export is dit jaar 60 procent minder" in a story of the first eight months of this year: those months
  if (
    periodMention?.thisYear &&
    inherited &&
    MONTH_SPAN.test(inherited) &&
    inherited.startsWith(`${periodMention.period}-01/${periodMention.period}-`)
  )
    period = inherited;
  // "grew from $41 million last year to $63 million" in a story of the first ten months of a year: the same
  // months a year before
  if (periodMention?.lastYear && inherited && MONTH_SPAN.test(inherited) && isChangeBase(text, q)) {
    const before = yearBefore(inherited);
    if (before.endsWith(`${periodMention.period}-${before.slice(-2)}`)) period = before;
  }
  // "Chemische producten zijn goed voor een vijfde van die uitvoer", "30 % de ces exportations": a part of the
  // flow just named, even across a paragraph break, is of its period
  const referred = DEMONSTRATIVE_FLOW_AFTER.test(text.slice(q.end, q.end + 40))
    ? (carried.lastFigure ?? carried.lastBeforeBreak)
    : undefined;
  if (referred && !statedPeriod && referred.period) period = referred.period;
  // "Sinds 2019 groeide de export met 38 procent" in a story of 2023's figures: up to that year
  const storyYear = carried.storyPeriod?.slice(0, 4);
  if (
    periodMention?.since &&
    // a change is measured on full years; an amount committed "since 2020" runs to the day of writing
    measure === 'growth' &&
    period &&
    storyYear &&
    /^\d{4}\/\d{4}$/.test(period) &&
    storyYear > period.slice(0, 4)
  )
    period = `${period.slice(0, 4)}/${storyYear}`;
  // "… bedroeg 812 miljoen euro (2022: 745 miljoen euro)": a year that opens a bracket is the bracket's
  if (
    periodMention &&
    periodMention.start > q.end &&
    /^[^\d(]*\(\s*$/.test(text.slice(q.end, periodMention.start)) &&
    /^\s*:/.test(text.slice(periodMention.end, periodMention.end + 3))
  ) {
    period = inherited ?? null;
  }
  if (ellipsis && last && !periodMention) period = last.period;
  // "(+12.6 bn against +10.9 bn)": the amount a figure of the same flow is compared with, with no period
  // of its own, is of the year before
  const comparedFigure = carried.lastFigure;
  if (
    !ownPeriod &&
    period &&
    /^\d{4}$/.test(period) &&
    comparedFigure &&
    comparedFigure.start >= facts.sentence.start &&
    comparedFigure.period === period &&
    comparedFigure.metric === metric &&
    comparedFigure.measure === measure &&
    comparedFigure.from === flow.from &&
    comparedFigure.to === flow.to &&
    COMPARISON_BASE_BEFORE.test(
      text.slice(Math.max(facts.clause.start, q.start - boundLength - 20), q.start - boundLength),
    )
  )
    period = yearBefore(period);
  // "2,1 miljard euro meer dan in 2016, of 11,4% meer": with no period at all, a change against a year is
  // of the year after it
  if (!period && (measure === 'growth' || measure === 'value')) {
    const base = facts.periods.find((p) => p.comparison && !p.since && /^\d{4}$/.test(p.period));
    if (base) period = String(Number(base.period) + 1);
  }
  // "(17,2 % des exportations ; +3,1 p.p. depuis 2014)": a "since" right after another number is that number's
  if (
    periodMention?.since &&
    (periodMention.start < q.start || /\d/.test(text.slice(q.end, periodMention.start))) &&
    /\d[^\d]{0,12}$/.test(
      text.slice(Math.max(facts.clause.start, periodMention.start - 14), periodMention.start),
    )
  )
    period = inherited ?? null;
  // "so far" dates an amount accumulated; a share or a change "so far" is the story's
  if (periodMention?.toDate && measure !== 'value') period = inherited ?? null;
  // "Le Maroc, 84e client de Hong Kong, ambitionne de doubler ses ventes d'ici 2028": a rank holds now, not by a
  // horizon the sentence sets for something else
  if (q.type === 'rank' && periodMention?.horizon && periodMention.start > q.end) period = inherited ?? null;
  // "- 2022: 5,05 miljard euro": a list line labelled by its year
  const labelYear = YEAR_LABEL.exec(
    text.slice(text.lastIndexOf('\n', q.start - 1) + 1, q.start - boundLength),
  );
  if (labelYear?.[1]) period = labelYear[1];
  if (q.row && /^(?:19|20)\d\d$/.test(q.row)) period = q.row;
  // "Entre 2014 et 2019, les échanges sont passés de 7,3 à 11,8 milliards": the level it went from is the
  // span's first year; so is the share it went from ("fell from 27.5 % of total imports to 24 %")
  if (
    (q.type === 'money' || measure === 'share') &&
    period &&
    /^\d{4}\/\d{4}$/.test(period) &&
    /(?:^|\s)(?:de|from|van)\s+$/i.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
    (q.type === 'money'
      ? /^\s*(?:à|tot|naar|to)\s+\d/i.test(text.slice(q.end, q.end + 10))
      : SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))
  )
    period = period.slice(0, 4);
  // "Marokko 2021: 1 310": a table row's own year, not the next row's
  if (item) {
    const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
    const own = inSpan(facts.allPeriods, { start: lineStart, end: q.start }).find(
      (p) => !p.comparison && p.period,
    );
    if (own) period = own.period;
  }
  // "zakte van de elfde naar de twaalfde plaats": the position held before is the year before's
  // "une hausse de 6,2 % par rapport à 2022 (2,29 milliards d'euros)": an amount in brackets after a year is that year's
  const yearInFront = YEAR_THEN_BRACKET.exec(
    text.slice(Math.max(0, q.start - boundLength - 12), q.start - boundLength),
  );
  // (the whole base when it is wider than its year: "par rapport au premier semestre 2024 (3,61 Mrd€)")
  if (
    yearInFront?.[1] &&
    q.type !== 'rank' &&
    !(periodMention?.comparison && period?.startsWith(yearInFront[1]))
  )
    period = yearInFront[1];
  // unless a year of its own stands right after it ("de la 9e place en 2019 à la 7e en 2023")
  const ownYear = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
  if (q.formerRank && !ownYear && period) period = yearBefore(period);
  // "a rise of 19% on 2015" in a story of 2019, "In vergelijking met 2013 steeg de uitvoer met 6%": a change
  // against a year further back than the year before covers the span from it (a year-on-year change is the
  // later year's)
  // ("meer dan vijf jaar eerder": five years before the figure's own year)
  const year = measure === 'growth' && period && /^\d{4}$/.test(period) ? Number(period) : undefined;
  // (the base of this change, with no other amount between them: "3 procent meer dan in 2015 en bijna een derde
  // meer dan in 2012")
  const between = (p: PeriodMention) =>
    p.start >= q.end
      ? facts.quantities.some((o) => o !== q && o.start >= q.end && o.end <= p.start)
      : facts.quantities.some((o) => o !== q && o.start >= p.end && o.end <= q.start);
  const base = year
    ? facts.periods
        .filter((p) => !between(p))
        .sort((a, b) => Number(b.start >= q.end) - Number(a.start >= q.end))
        .map((p) =>
          p.yearBefore && p.yearsBack && p.yearsBack > 1
            ? year - p.yearsBack
            : p.comparison && !p.since && /^\d{4}$/.test(p.period)
              ? Number(p.period)
              : undefined,
        )
        .find((y) => y !== undefined)
    : undefined;
  if (year && base && base < year - 1 && base > year - 50) period = `${base}/${year}`;
  // "more than doubled between 2019 and 2023 to HK$4.1 billion": the level reached is the last year's
  const span = period ? /^(\d{4})\/(\d{4})$/.exec(period) : null;
  if (
    span &&
    (q.type === 'money' || measure === 'share') &&
    ((periodMention && SPAN_TO_LEVEL.test(text.slice(periodMention.end, q.start))) ||
      LEVEL_REACHED.test(lead))
  ) {
    period = span[2] ?? period;
  }
  // "une progression de près de 70 % en dix ans": growth over the years before the clause's year
  // … or before it: "is de voorbije vijf jaar met bijna de helft gestegen", "a progressé ces dix dernières années de"
  const years =
    q.type === 'percent'
      ? (OVER_YEARS.exec(text.slice(q.end, q.end + 30)) ??
        OVER_YEARS_BEFORE.exec(text.slice(Math.max(facts.clause.start, q.start - 80), q.start)) ??
        OVER_YEARS_LEADING.exec(text.slice(facts.sentence.start, q.start)))
      : null;
  const yearCount = years ? yearsIn(years[1] ?? years[2] ?? '') : undefined;
  // the end of a span already given ("2019/2024") is the year the change runs to
  const until =
    latestYear(facts.periods) ??
    (period ? Number(/(\d{4})(?:-\d\d)?$/.exec(period)?.[1] ?? period.slice(0, 4)) : undefined);
  // (a change "in ten years" runs from the tenth year back; an average "over the past ten years" covers ten years)
  if (yearCount && until) period = `${until - yearCount + (measure === 'growth' ? 0 : 1)}/${until}`;
  // "had invested 1.1 billion euros in Morocco by the end of 2023": a horizon already passed is an actual
  const reached = latestYearBefore(carried, facts);
  const kind =
    periodMention?.horizon && reached !== undefined && Number(periodMention.period.slice(0, 4)) <= reached
      ? 'actual'
      : kindOf(text, q, facts, periodMention);
  // a forecast with no period of its own ("are forecast to grow at around 4% a year") is for no past year
  if (kind === 'forecast' && !periodMention) period = null;

  const start = q.start - boundLength;
  // "Morocco's share of Hong Kong's total exports to Africa": a member's share of a flow with its group is no
  // share of the group, nor of either economy's trade
  if (
    measure === 'share' &&
    (isGroup(flow.from) || isGroup(flow.to)) &&
    flow.from !== 'WORLD' &&
    flow.to !== 'WORLD' &&
    facts.economies.some(
      (e) => !e.adjective && !isGroup(e.code) && e.code !== flow.from && e.code !== flow.to,
    )
  ) {
    return undefined;
  }
  const metricDistance = metricMention
    ? Math.max(q.start - metricMention.end, metricMention.start - q.end, 0)
    : 0;
  const confidence =
    0.95 -
    0.15 * direction.guessed -
    (metricDistance > 60 ? 0.1 : 0) -
    (q.inheritedCurrency ? 0.05 : 0) -
    (statedPeriod ? 0 : period ? 0.03 : 0.05);
  return {
    metric,
    measure,
    from: flow.from,
    to: flow.to,
    value,
    unit: q.unit,
    period,
    kind,
    bound,
    sector:
      product ??
      (metricMention ? sectorNear(text, metricMention, q) : null) ??
      sectorJustBefore(text, q, facts) ??
      sectorOfPronoun(text, q, facts) ??
      (metricMention
        ? null
        : (goodsIn(afterLastComma(text.slice(facts.clause.start, q.start))) ??
          goodsIn(text.slice(facts.clause.start, q.start)))),
    quote: text.slice(start, q.end),
    start,
    end: q.end,
    sentence: text.slice(facts.sentence.start, facts.sentence.end),
    confidence: Math.round(Math.max(0.05, confidence) * 100) / 100,
    ...(withheld ? { withheld: true } : {}),
    ...(bracketed || followedItem ? { bracketed: true } : {}),
  };
}

const CURRENCY_TWIN_BETWEEN = latin(
  /^\s*\(\s*(?:soit|ou|environ|about|approximately|ca\.|circa|ongeveer|zowat|près de|or)?\s*$/iu,
);
const GROWTH_RIGHT_AFTER = latin(
  /^[\s,(]*(?:soit\s+)?(?:une?\s+|an?\s+|een\s+)?(?:en\s+)?(?:hausse|baisse|progression|recul|augmentation|diminution|croissance|up|down|increase|decrease|rise|fall|stijging|daling|groei)\s+(?:de|of|van|met|by)\s*(?:près de|plus de|environ)?\s*$/iu,
);
const LEVEL_REACHED = latin(
  /(?<![\p{L}])(?:to|à|tot|pour atteindre|reaching|(?:to\s+)?stand(?:ing)?\s+at|(?:pour\s+)?s['’](?:établir|élever)\s+à)\s*$/iu,
);
const SPAN_TO_LEVEL = latin(/^\s*(?:to|à|tot|pour atteindre|reaching)\s*$/iu);
const OVER_YEARS = latin(
  /^\s*(?:en|in|over|sur|op)\s+(?:les\s+|the\s+past\s+|the\s+last\s+|de\s+voorbije\s+|de\s+afgelopen\s+)?(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?![\p{L}])/iu,
);
/** The one class of goods a clause's subject names ("tandis que les phosphates et dérivés atteignent"), if any. */
const goodsIn = (lead: string): string | null => {
  const named = goodsNamed(lead);
  return named.length === 1 ? (named[0]?.name ?? null) : null;
};
const GOODS_WORTH = latin(
  /^\s*(?:(?:and|et|en)\s+)?\p{L}[\p{L}'’ &-]{1,60}?\s+(?:worth|valued at|d['’]une valeur de|pour une valeur de|ter waarde van|voor een waarde van)\s*$/iu,
);
const FOREIGN_BEFORE = latin(/(?<![\p{L}])(?:buitenlandse|foreign|overseas)\s+$/iu);
const FROM_INVESTORS_BEFORE = latin(
  /(?<![\p{L}])(?:(?:van|from)\s+\p{L}+|de la part (?:d['’]|des)|en provenance (?:d['’]|des))\s*$/iu,
);
const INVESTORS_COMMIT = latin(
  /^\s+(?:\p{L}+\s+){0,2}?(?:have|has|had|ont|hebben|heeft)?\s*(?:committed|pledged|invested|injected|poured|engagé|investi|injecté|geïnvesteerd|toegezegd)(?![\p{L}])/iu,
);
const FOR_ECONOMY = latin(
  /^\s*(?:[Ee]n\s+|[Ee]t\s+|[Aa]nd\s+)?(?:[Vv]oor|[Pp]our|[Ff]or)\s+(?:de\s+|la\s+|le\s+|l['’]|the\s+|het\s+)?\p{Lu}/u,
);
const ELLIPSIS_OF = latin(
  /^\s*(?:et\s+|en\s+|and\s+)?(?:dat|die|celui|celle|ceux|celles|that|those)\s+(?:van|de|du|d['’]|des|of)\s/iu,
);
const CHANGE_NOUNS =
  'daling|stijging|groei|toename|afname|terugval|krimp|achteruitgang|vooruitgang|drop|fall|decline|rise|increase|growth|decrease|jump|dip|baisse|hausse|progression|recul|croissance|augmentation|diminution|repli';
const THERE_WAS_A_CHANGE = latin(
  new RegExp(
    `(?<![\\p{L}])(?:er|there|il y)\\s+(?:(?:is|was|were|has|had|been|a|avait|eu|al|already|déjà|toen|nog|ook|also|aussi)\\s+){0,4}` +
      `(?:een|a|an|une)\\s+(?:[\\p{L}]+\\s+)?(?:${CHANGE_NOUNS})\\s+(?:van|met|of|de|d['’])\\s*$`,
    'iu',
  ),
);
const SUBSET_CUE = latin(
  /(?<![\p{L}])(?:hors|outside|buiten|en dehors|excluding|exclusief|à l['’]exception|non-EU|extra-EU)(?![\p{L}])/iu,
);
const CHANGE_SUBJECT = latin(
  new RegExp(
    `(?<![\\p{L}])(?:de|la|le|the|het|cette|this|deze)\\s+(?:[\\p{L}-]+\\s+)?(?:${CHANGE_NOUNS}|krimp|croissance)(?![\\p{L}])`,
    'iu',
  ),
);
const PRIOR_CHANGE = latin(
  new RegExp(
    `^[\\s,]*(?:after|following|après|na|suite à)\\s+(?:une?|an?|een)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:(?:${CHANGE_NOUNS})\\s+(?:van|met|of|by|de|d['’])\\s*(?:près de|plus de|environ|bijna|ruim|about|nearly)?\\s*)?$`,
    'iu',
  ),
);
// ("les volumes": the French trade press's word for the amounts traded)
const FLOWS_SUBJECT = latin(/(?<![\p{L}])(?:(?:les\s+)?(?:flux|flows|stromen)|les\s+volumes)(?![\p{L}])/iu);
/** The span of the sentence a figure stands in. */
const sentenceOf = (text: string, f: ExtractedFigure): Span => {
  const start = text.lastIndexOf(f.sentence, f.start);
  return start >= 0 ? { start, end: start + f.sentence.length } : { start: f.start, end: f.end };
};
const afterLastComma = (s: string) => s.slice(s.lastIndexOf(',') + 1);
const MINUS_BEFORE = /(?:^|[\s(:])[−–-]{1,2}\s*$/;
const afterLastColon = (s: string) => s.slice(s.lastIndexOf(':') + 1);
/** "Ils se sont élevés à", "Selon l'Office, ils ont atteint": a clause whose subject is a pronoun. */
const COLON_PRONOUN = latin(/:\s*(?:elles?|ils?|they|it|ze|zij)\s[^:;]*$/iu);
// (a pronoun that trades, "Il absorbe 3,8 % des exportations", stands for an economy, not for the flow before)
const startsWithPronoun = (lead: string) =>
  (PRONOUN_START.test(lead) && !TRADER_PRONOUN.test(lead)) ||
  PRONOUN_START.test(afterLastComma(lead)) ||
  INVERTED_PRONOUN.test(lead) ||
  // (an aside in brackets is no part of the lead: "In reële termen (na correctie voor …) is dit een daling")
  (lead.includes('(') && INVERTED_PRONOUN.test(lead.replace(/\([^()]*\)/g, ''))) ||
  INVERTED_PRONOUN.test(` ${afterLastComma(lead)}`);
/**
 * Dutch puts the verb second: "Ten opzichte van 2018 is dat een daling van 4,6 procent", "Over heel 2019 ging het
 * om ruim 0,9 miljard euro", "In 2023 lag die op 2 miljard".
 */
const INVERTED_PRONOUN = latin(
  /^\s*[^,.;]{0,40}?\s(?:is|was|bedraagt|bedroeg|betekent|betekende|ging|gaat|kwam|komt|lag|ligt|stond|staat|betrof|betreft)\s+(?:dat|dit|het|die|deze)(?![\p{L}])/iu,
);
const SUCCESSOR = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s+)?(?:la\s+|le\s+|l['’]|de\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’ -]{1,40}?\s+(?:volgt\s+met|volgde\s+met|suit\s+avec|suivait\s+avec|follows\s+with|followed\s+with|met|avec|with|voor|pour|for)\s+(?:\p{L}+\s+){0,2}$/u,
);
const NAME_BRACKET_BEFORE = latin(/\p{Lu}[\p{L}'’ -]{1,30}\(\s*[+−-]?\s*\p{Sc}?\s*$/u);
/** From an item in brackets to the flow word of the list it ends: "), … et les engrais (9 %) sont les principaux produits ". */
const LIST_HEAD_AFTER = latin(
  /^[^.;:]{0,200}?(?:sont|constituent|représentent|are|were|zijn|waren|vormen)\s+(?:les|the|de)\s+(?:\p{L}+\s+){0,3}$/iu,
);
const FOLLOWED_BY_IN = latin(/(?<![\p{L}])(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s/iu);
/** "…, gevolgd door Bolivia met 2,3 miljard": the next of a ranking takes the place of the one ranked before. */
const FOLLOWED_BY_START = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s/u,
);
/**
 * Whether a successor takes the partner's place in the flow before rather than its owner's: a region of the
 * owner's country is another owner ("Wallonië volgt met" after Flanders' exports); otherwise the side the
 * sentence before named first, adjectives aside ("De Chileense uitvoer naar China … Japan doet het beter").
 */
function successorTakesPartner(
  text: string,
  last: ExtractedFigure,
  code: string,
  facts: ClauseFacts,
  q: Quantity,
): boolean {
  if (countryOf(code) === countryOf(last.from)) return false;
  if (countryOf(code) === countryOf(last.to)) return true;
  // ("… investeerde het meest in Ivoorkust, …, gevolgd door Luxemburg met …": the side named last before the cue)
  const cue = text.lastIndexOf(', ', q.start);
  if (cue > last.end && FOLLOWED_BY_START.test(text.slice(cue + 1, q.start))) {
    const nearest = inSpan(facts.allEconomies, { start: facts.sentence.start, end: cue })
      .filter((e) => !e.adjective && (e.code === last.from || e.code === last.to))
      .at(-1);
    if (nearest) return nearest.code === last.to;
  }
  return inSpan(facts.allEconomies, sentenceOf(text, last)).find((e) => !e.adjective)?.code === last.to;
}
const SUCCESSOR_CHANGE = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:la\s+|le\s+|l['’]|de\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:\p{L}+[\s,]+){1,4}?(?:met|avec|with)\s+(?:een|une|un|a|an)\s+(?:\p{L}+\s+)?(?:stijging|daling|groei|hausse|baisse|progression|recul|augmentation|increase|rise|decline|drop|fall|growth)\s+(?:van|de|of)\s*(?:bijna|ruim|près de|plus de|nearly|almost|about)?\s*$/u,
);
const PART_OF_FLOW = latin(
  /^\s*(?:van\s+(?:die|deze|de)\s+(?:uitvoer|export|invoer|import)|de\s+ces\s+(?:exportations|importations|ventes|achats)|of\s+(?:those|these|the)\s+(?:exports|imports|sales|shipments))(?![\p{L}])/iu,
);
/** "Sur cinq ans, les exportations … ont progressé de 41 %", "Over five years, …": a sentence's opening span. */
const OVER_YEARS_LEADING = latin(
  /^\s*(?:sur|en|over|in)\s+(\p{L}+|\d{1,2})\s+(?:ans|années|years|jaar)(?:\s+tijd)?\s*,/iu,
);
const OVER_YEARS_BEFORE = latin(
  /(?<![\p{L}])(?:(?:de|les|the|ces|over\s+de|in\s+de|au\s+cours\s+des|over\s+the|in\s+the)\s+)?(?:voorbije|afgelopen|laatste|past|last)\s+(\p{L}+|\d{1,2})\s+(?:jaar|years)(?![\p{L}])|(?<![\p{L}])(?:ces|les|au cours des)\s+(\p{L}+|\d{1,2})\s+(?:dernières\s+années|derniers\s+ans)(?![\p{L}])/iu,
);
const yearsIn = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 2 && n <= 50 ? n : undefined;
};
const latestYear = (periods: PeriodMention[]): number | undefined => {
  const years = periods.filter((p) => !p.comparison && /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
  return years.length > 0 ? Math.max(...years) : undefined;
};

/**
 * "l'Espagne et la France restent les deux premiers débouchés, avec respectivement 89,6 et 76,3 milliards":
 * the n-th amount after "respectivement" goes with the n-th economy named before it, as the partner.
 */
function respectively(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  _documentEconomies: string[],
):
  | { partner?: string; owner?: string; subjects?: boolean; metric?: Metric; listedNames?: string[] }
  | undefined {
  const cue = RESPECTIVELY.exec(text.slice(facts.clause.start, q.start));
  if (!cue) return undefined;
  const cueAt = facts.clause.start + cue.index;
  const amounts = facts.quantities.filter((o) => o.type === q.type && o.start > cueAt);
  const names = facts.economies.filter((e) => e.end <= cueAt && !e.adjective);
  const index = amounts.findIndex((o) => o.start === q.start);
  // "De Belgische uitvoer en invoer bedroegen respectievelijk 2,7 miljard en 1,6 miljard euro": flows listed
  const flows = TWO_FLOWS.exec(text.slice(facts.clause.start, cueAt));
  if (flows && index >= 0 && index < 2 && amounts.length >= 2) {
    const word = (flows[index + 1] ?? '').toLowerCase();
    return { metric: /^(?:uit|export)/.test(word) ? 'exports' : 'imports' };
  }
  // "Les importations flamandes et wallonnes … respectivement à 820 et 95 millions": adjectives list owners
  const owners = facts.economies.filter((e) => e.end <= cueAt && e.adjective);
  if (
    names.length < 2 &&
    owners.length >= 2 &&
    index >= 0 &&
    index < owners.length &&
    amounts.length >= owners.length
  )
    return { owner: owners[index]?.code };
  if (index < 0 || names.length < 2 || index >= names.length || amounts.length < names.length)
    return undefined;
  const partner = names[index]?.code;
  if (!partner) return undefined;
  // "Wallonië en Brussel waren goed voor respectievelijk 560 en 140 miljoen euro": names that open the clause
  // are its subjects, the owners
  const first = names[0] as EconomyMention;
  const noun = HEADING_NOUN.exec(text.slice(facts.clause.start, cueAt))?.[1]?.toLowerCase();
  // … unless they are said to be markets, clients or partners: "Peru en Chili zijn de belangrijkste afzetmarkten"
  const ranked = noun !== undefined && !GENERIC_RANK.test(noun);
  if (!ranked && SUBJECT_OPENING.test(text.slice(facts.clause.start, first.start)))
    return { owner: partner, subjects: true };
  return { partner, ...(noun && !GENERIC_RANK.test(noun) ? { metric: metricOfRankNoun(noun) } : {}) };
}
/**
 * "Spain, Canada and Chile come 2nd, 3rd and 5th respectively", "le Brésil et l'Argentine
 * sont respectivement le premier et le troisième fournisseur": each economy listed before takes its position; an
 * investor's position is the investor's, any other the partner's.
 */
function respectivelyRanked(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  metric: Metric | undefined,
):
  | { partner?: string; owner?: string; subjects?: boolean; metric?: Metric; listedNames?: string[] }
  | undefined {
  const ranks = facts.quantities.filter(
    (o) => o.type === 'rank' && (o.coordinated || o.rankNoun === q.rankNoun),
  );
  const first = ranks[0];
  if (!first || !RESPECTIVELY.test(text.slice(facts.clause.start, facts.clause.end))) return undefined;
  const names = facts.economies.filter((e) => e.end <= first.start && !e.adjective);
  const index = ranks.indexOf(q);
  const name = index >= 0 && names.length === ranks.length ? names[index]?.code : undefined;
  if (!name) return undefined;
  const listedNames = names.map((e) => e.code);
  return metric === 'fdi' ? { owner: name, listedNames } : { partner: name, listedNames };
}
const TWO_FLOWS = latin(
  /(?<![\p{L}])(uitvoer|invoer|export\p{L}*|import\p{L}*)\s+(?:en|et|and)\s+(?:les\s+|the\s+|de\s+)?(uitvoer|invoer|export\p{L}*|import\p{L}*)(?![\p{L}])/iu,
);
const SUBJECT_OPENING = latin(
  /^[\s:;,]*(?:(?:en|et|and|ook|aussi|also|zowel)\s+)?(?:l['’]|la\s+|le\s+|les\s+|de\s+|het\s+|the\s+)?$/iu,
);
const RESPECTIVELY = latin(/(?<![\p{L}])(?:respectivement|respectively|respectievelijk)(?![\p{L}])/iu);

/** A direction to a known partner from the economy the document's flows of this metric come from. */
function fillFrom(
  partner: string,
  metric: Metric,
  carried: Carried,
  q: Quantity,
  documentEconomies: string[],
): { from: string; to: string; guessed: number } | undefined {
  const usual = usualDirection(carried, metric, q)?.from;
  const from =
    usual && usual !== partner ? usual : documentEconomies.find((c) => c !== partner && isCountryOrRegion(c));
  if (!from) return undefined;
  const [a, b] = metric === 'bilateral_trade' && from > partner ? [partner, from] : [from, partner];
  return { from: a, to: b, guessed: 1 };
}

/**
 * A list item "Espagne : 45,2 MMDH" under a heading line that ends with a colon and names the list
 * ("Principaux clients du Maroc au premier semestre :", "Top export markets of Kenya:"): the heading's noun
 * gives the flow, its economy the owner, the item's economy the partner.
 */
function listItem(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  documentEconomies: string[],
): { metric: Metric; direction: { from: string; to: string; guessed: number } } | undefined {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  // a cell of a table with columns is labelled by its column ("Uitvoer") and its row
  // … and "The top export markets were:\nPeru £16.1bn (20.8%)\nChile £5.4bn (7%)" lists one item a line, unmarked
  const linePrefix = text.slice(lineStart, q.start);
  const bareHeadingEnd =
    q.column || LIST_ITEM.test(linePrefix) ? -1 : bareListHeading(text, lineStart, linePrefix);
  if (!q.column && bareHeadingEnd < 0 && !LIST_ITEM.test(linePrefix)) return undefined;
  const partner = facts.allEconomies.find((e) => e.start >= lineStart && e.end <= q.start);
  const headingEnd =
    bareHeadingEnd >= 0
      ? bareHeadingEnd
      : Math.max(text.lastIndexOf(':\n', lineStart), unitHeadingBefore(text, lineStart));
  if (headingEnd < 0 || lineStart - headingEnd > 400) return undefined;
  const headingStart = text.lastIndexOf('\n', headingEnd - 1) + 1;
  const heading = text.slice(headingStart, headingEnd);
  // "De Belgische handel met Hongkong (in miljoen euro):\nUitvoer 2022: 8.412": rows named by their flow, the
  // pair in the heading (its adjective or first name the owner)
  if (!partner) {
    const label = q.column ?? text.slice(lineStart, q.start);
    const flow =
      (q.column && BALANCE_COLUMN.test(q.column) ? 'trade_balance' : undefined) ??
      METRIC_PATTERNS.find(
        ([m, re]) => (m === 'exports' || m === 'imports' || m === 'trade_balance') && matchesIn(re, label),
      )?.[0];
    const named = facts.allEconomies.filter((e) => e.start >= headingStart && e.end <= headingEnd);
    const owner = named.find((e) => e.adjective) ?? named[0];
    const other = named.find((e) => e.code !== owner?.code && !e.adjective);
    // "The top Chilean goods exports were:\nCopper £38bn": goods listed under one economy's flow that names no
    // partner are of its trade with the world
    const headingFlow = METRIC_PATTERNS.find(
      ([m, re]) => (m === 'exports' || m === 'imports') && matchesIn(re, heading),
    )?.[0];
    if (!flow && headingFlow && owner && named.every((e) => e.code === owner.code))
      return { metric: headingFlow, direction: { from: owner.code, to: 'WORLD', guessed: 0 } };
    if (!flow || !owner || !other) return undefined;
    return { metric: flow, direction: { from: owner.code, to: other.code, guessed: 0 } };
  }
  const noun = HEADING_NOUN.exec(heading)?.[1]?.toLowerCase();
  // "Belangrijkste partners (uitvoer, miljoen euro):": the flow the heading names says more than "partners"
  const flow = METRIC_PATTERNS.find(
    ([m, re]) => (m === 'exports' || m === 'imports') && matchesIn(re, heading),
  )?.[0];
  const nounMetric = noun ? metricOfRankNoun(noun) : undefined;
  // ("On the import side, the main markets were:": a market of imports is a source)
  const metric =
    nounMetric && !((nounMetric === 'bilateral_trade' || GENERIC_MARKET.test(noun ?? '')) && flow)
      ? nounMetric
      : (flow ?? METRIC_PATTERNS.find(([, re]) => matchesIn(re, heading))?.[0]);
  // "partners buiten de EU", "clients hors UE": an economy the list leaves out owns nothing in it; with no owner
  // named, the list is the document's economy's
  const owner =
    facts.allEconomies.find(
      (e) =>
        e.start >= headingStart &&
        e.end <= headingEnd &&
        e.code !== partner.code &&
        !EXCLUDED_BEFORE.test(text.slice(Math.max(headingStart, e.start - 20), e.start)),
    )?.code ?? documentEconomies.find((c) => c !== partner.code && isCountryOrRegion(c));
  if (!metric || !owner) return undefined;
  // "Les exportations belges vers Hong Kong se répartissent comme suit entre les Régions :\n- Région flamande :
  // 1,92 milliard d'euros": an item naming a region of the heading's economy is that region's part of the flow
  if (partner.code.startsWith(`${owner}-`)) {
    const other = facts.allEconomies.find(
      (e) =>
        e.start >= headingStart &&
        e.end <= headingEnd &&
        e.code !== owner &&
        !e.code.startsWith(`${owner}-`) &&
        isCountryOrRegion(e.code),
    );
    if (other) return { metric, direction: { from: partner.code, to: other.code, guessed: 0 } };
  }
  const [from, to] =
    metric === 'bilateral_trade' && owner > partner.code ? [partner.code, owner] : [owner, partner.code];
  return { metric, direction: { from, to, guessed: 0 } };
}
/**
 * When a line that starts with a name and goes on to the figure ("Peru £16.1bn (", "Copper ") is an item of a list
 * under a heading that ends with a colon, every line between them an item too: where that heading ends (its colon).
 */
function bareListHeading(text: string, lineStart: number, linePrefix: string): number {
  if (lineStart === 0 || !BARE_LIST_ITEM.test(linePrefix)) return -1;
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 30; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (line.endsWith(':')) return start + line.length - 1;
    if (line.length > 90 || !/\d/.test(line) || /[.!?]\s+\p{Lu}/u.test(line)) return -1;
    end = start - 1;
  }
  return -1;
}
const BARE_LIST_ITEM = latin(
  /^[ \t]*(?:[-•*–][ \t]*)?\p{L}[\p{L}'’.&()\- \t]{0,60}?[ \t]+(?:\p{Sc}[ \t]?[\d.,]+[ \t]?(?:bn|m|billion|million|mds?|Md|miljard|miljoen|milliards?|millions?)?[ \t]*\([ \t]*[+−-]?[ \t]*)?$/u,
);
const GENERIC_MARKET = /^(?:markets?|marchés?|markten|markt)$/i;
/** The end of a heading that gives a table's unit ("Principaux clients du Maroc en 2023 (en MDH)") above the row. */
function unitHeadingBefore(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 40; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (/\([^()]+\)\s*[:.]?\s*$/.test(line)) return end;
    // (a header line that names columns: "Jaar    Uitvoer    Invoer", and a blank line under the heading)
    const header = (!/\d/.test(line) && /\S(?:\t|\s{2,})\S/.test(line)) || line.trim() === '';
    if (line.length > 80 || !(/\d\s*%?\s*$/.test(line) || header)) return -1;
    end = start - 1;
  }
  return -1;
}
const FOR_OWNER_AFTER = latin(/^\s*(?:pour|for|voor)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|het\s+|de\s+)?$/iu);
const EXCLUDED_BEFORE = latin(
  /(?<![\p{L}])(?:buiten|hors|outside|excluding|en dehors)\s*(?:de|d['’]|du|des|la|l['’]|le|the|het)?\s*$/iu,
);
/** A table column of balances: "Solde", "Saldo", "Balance". */
const BALANCE_COLUMN = /^(?:solde|saldo|balance|handelsbalans|trade balance)$/i;
function itemOfFlowList(text: string, q: Quantity, lastStart: number): boolean {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  if (!BULLETED_ITEM.test(text.slice(lineStart, q.start))) return false;
  const headingEnd = text.lastIndexOf(':\n', lineStart);
  if (headingEnd < 0 || /\n\s*\n/.test(text.slice(headingEnd, lineStart))) return false;
  const headingStart = text.lastIndexOf('\n', headingEnd - 1) + 1;
  const heading = text.slice(headingStart, headingEnd);
  return (
    lastStart < lineStart &&
    METRIC_PATTERNS.some(([m, re]) => (m === 'exports' || m === 'imports') && matchesIn(re, heading))
  );
}
const BULLETED_ITEM = latin(/^\s*[-•*–]\s*\p{L}[\p{L}'’. -]{1,40}?\s*[:–]\s*$/u);
const LIST_ITEM = latin(/^\s*(?:[-•*–]\s*)?\p{L}[\p{L}'’. -]{1,40}?(?:\s+(?:19|20)\d\d)?\s*[:–]\s*$/u);
const HEADING_NOUN = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'iu'));
const matchesIn = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
};

/**
 * "la part de marché de la France au Maroc", "Germany's market share in Poland", "het marktaandeel van China
 * in Marokko": the market imports (from), the supplier whose share it is (to).
 */
function marketShareSides(
  text: string,
  mention: MetricMention,
  economies: EconomyMention[],
): { from: string; to: string; guessed: number } | undefined {
  if (!MARKET_SHARE.test(text.slice(mention.start, mention.end))) return undefined;
  let supplier: string | undefined;
  let market: string | undefined;
  for (const e of economies) {
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (e.start < mention.start - 60 || e.start > mention.end + 50) continue;
    if (/['’]s?\s*$/.test(text.slice(e.end, e.end + 2)) && e.end <= mention.start) supplier ??= e.code;
    // "La Belgique détient une part de marché de 2,9 % au Maroc": the subject before it holds the share
    else if (e.end <= mention.start && !e.adjective && !PREPOSITION_BEFORE.test(before)) supplier ??= e.code;
    else if (
      e.start >= mention.end &&
      /(?:de|du|d['’]|of|van)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/i.test(before)
    ) {
      supplier ??= e.code;
    } else if (
      e.start >= mention.end &&
      /(?:au|aux|en|in|on|op|sur le marché)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/i.test(before)
    ) {
      market ??= e.code;
    }
  }
  return supplier && market && supplier !== market ? { from: market, to: supplier, guessed: 0 } : undefined;
}
const MARKET_SHARE = /part|marktaandeel|market share/i;
const PREPOSITION_BEFORE = latin(
  /(?<![\p{L}])(?:de|du|d['’]|des|of|van|au|aux|en|in|à|on|op|to|vers|naar|from|uit|avec|with|met)\s*(?:la|le|l['’]|les|the|de|het)?\s*$/iu,
);

/** "Hong Kong's merchandise trade", "le commerce total du Maroc", "de totale handel van België". */
const OWN_TRADE = latin(
  /(?:['’]s\s+(?:\p{L}+\s+)?(?:trade|commerce)|(?:total|overall|global|totale?|globale?|totaal)\s+(?:\p{L}+\s+){0,3}?(?:trade|commerce|handel|échanges))$/iu,
);

// (a change keeps its sign outside the quantity: "India (-37.9%)")
/** "devant", "derrière", "after", "ahead of", "(net) voor", "na": the names after it are rivals of the head figure's. */
const RIVAL_CUE = latin(
  /(?<![\p{L}])(?:devant|derrière|après|behind|ahead of|after|achter|voor|na|juste après|juste derrière)(?![\p{L}])/iu,
);
// (after the name's own alias, if any: "the Republic of Korea (South Korea) (+2.4%)")
const BRACKET_AFTER_NAME = /^(?:\s*\([^()\d]{1,30}\))?\s*\(\s*[+−-]?\s*$/;
/** A bracket opened right after a name that holds the figure, a few words before it: " (up ", " (up 3% to ". */
const OWN_BRACKET = /^(?:\s*\([^()\d]{1,30}\))?\s*\([^()\d]{0,24}(?:[\d.,]+\s*%[^()\d]{0,12})?$/;
/** "le Japon à hauteur de 12,5 %": a name and its own figure. */
const AMOUNTING_TO = latin(/^\s*(?:à hauteur de|à raison de|ten belope van)\s*$/iu);
const SHARES_NEXT_BRACKET = latin(
  /^\s*(?:and|et|en|&)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+|het\s+)?\p{Lu}[\p{L}'’ -]{1,30}\(\s*(?:both|tous|toutes|beide|allebei)(?![\p{L}])/u,
);
/** A bracket after a name that closes on its own figures: " (up 7.2% to £96.4bn)". */
const OTHER_BRACKET = /^\s*\([^()\d]{0,24}[+−-]?\d[^()]{0,36}\)/;
const BETWEEN_AFTER = latin(
  /^\s*(?:[\p{L}'’-]+\s+){0,2}?(?:entre|between|tussen)\s|^\s*(?:bilat\p{L}*|des deux pays|of the two|van beide)/iu,
);

/** The flow of `figure`, with `partner` in the place of its partner. */
function sameFlowWith(
  figure: ExtractedFigure,
  partner: string,
  subject: string | undefined,
): { from: string; to: string; guessed: number } {
  if (figure.metric === 'bilateral_trade') {
    const other = figure.from === partner || figure.to === partner ? figure.to : figure.from;
    return other < partner
      ? { from: other, to: partner, guessed: 0 }
      : { from: partner, to: other, guessed: 0 };
  }
  // the rival takes the place of the sentence's subject: "La France demeure le premier investisseur avec 31 %,
  // devant l'Espagne (11 %)" (the investor), "L'Espagne reste le premier client, …, devant la France (…)"
  return figure.from === subject && figure.to !== subject
    ? { from: partner, to: figure.to, guessed: 0 }
    : { from: figure.from, to: partner, guessed: 0 };
}

/** "36,5 milliards d'euros, soit 6,9 % des exportations": the amount's share of its total. */
const SHARE_RIGHT_AFTER = latin(/^[\s,(]*(?:soit|or|i\.e\.|that is|oftewel|ou)\s*$/iu);
const REEXPORTS = /(?:re-?exports?|réexportations?|wederuitvoer)$/i;
const REEXPORTS_SUBJECT =
  /(?:^|,)\s*(?:les\s+|the\s+|de\s+)?(?:re-?exports?|réexportations?|wederuitvoer|domestic exports)(?![a-zé])/i;
const SHARE_VERB =
  '(?:made up|makes? up|accounted for|accounts? for|account for|représent\\p{L}*|pès\\p{L}*|pes\\p{L}*|constitu\\p{L}*|vertegenwoordig\\p{L}*|goed voor|maakt\\p{L}* uit|maken uit)';
const SHARE_VERB_BEFORE = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'iu'));
const SHARE_VERB_G = latin(new RegExp(`(?<![\\p{L}])${SHARE_VERB}(?![\\p{L}])`, 'giu'));
const GROWTH_CUES_G = latin(new RegExp(GROWTH_CUES.source, 'giu'));
/** "of which re-exports accounted for HK$2.28 billion": how a flow splits by kind, not a flow of its own */
const OF_WHICH_BY_KIND = latin(
  /(?:of which|dont|waarvan)\s+(?:the\s+|les\s+|de\s+)?(?:re-?exports?|réexportations?|wederuitvoer|domestic exports|exportations domestiques)[^.;]{0,30}$/iu,
);
const COVERAGE = latin(/(?<![\p{L}])(?:taux de couverture|coverage ratio|dekkingsgraad)(?![\p{L}])/iu);
const ALL_BUT_GROUP = latin(
  /(?<![\p{L}])(?:to|from|with|vers|avec|naar|uit|met)\s+(?:the\s+|les\s+|des\s+|de\s+)?(?:(?:pays|landen|countries)\s+)?(?:non-EU|non-European|extra-EU|hors UE|extra-UE|niet-EU|non-européens|non européens|(?:buiten|hors|en dehors|outside)(?:\s+(?:de|d['’]|of))?\s+(?:la\s+|l['’]|the\s+|de\s+)?(?:EU|UE|Europese Unie|Union européenne|European Union|Europe|Europa|eurozone|zone euro))(?![\p{L}])/iu,
);
const SHARE_OF_ALL_BUT_GROUP = latin(
  /^\s*(?:de\s+(?:l['’]ensemble\s+)?|des\s+|du\s+|of\s+(?:the\s+)?|van\s+(?:de\s+)?)(?:\p{L}+\s+){0,3}?(?:non-EU|extra-EU|extra-UE|niet-EU|(?:hors|buiten|outside|en dehors)(?:\s+(?:de|d['’]|of))?\s+(?:la\s+|l['’]|the\s+|de\s+)?(?:EU|UE|Europese Unie|Union européenne|European Union|zone euro|eurozone))(?![\p{L}])/iu,
);
/**
 * The sector of the one product a rank is for ("le premier client du Maroc pour le poulpe", "Japan's largest
 * supplier of the cephalopod"): its name, null for a product named by a common noun ("its largest supplier of the
 * delicacy"), undefined for a rank of the whole trade.
 */
function productRanked(text: string, q: Quantity): string | null | undefined {
  const after = text.slice(q.end, q.end + 60);
  const product = FOR_PRODUCT.exec(after)?.[1] ?? OF_PRODUCT.exec(after)?.[1];
  if (product === undefined) return undefined;
  return SECTORS.find(([, re]) => re.test(product))?.[0] ?? (PRODUCT_NOUN.test(product) ? null : undefined);
}
const PRODUCT_NOUN = latin(
  /^(?:delicacy|delicacies|commodity|mollusc|mollusk|cephalopod|délicatesse|denrée|mollusque|céphalopode|delicatesse|weekdier|product|produit)$/iu,
);
// with an article: "of the cephalopod", "du poulpe" (a bare "leverancier van vis" ranks a whole trade in fish)
const OF_PRODUCT = latin(/^\s*(?:of\s+the|du|de\s+la|de\s+l['’]|des|van\s+de|van\s+het)\s*(\p{L}+)/iu);
const FOR_PRODUCT = latin(
  /^\s*(?:(?:de|du|des|d['’]|of|van)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?[\p{L}'’-]+\s+)?(?:pour|for|voor|in)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?(\p{L}+)/iu,
);
const REFERRED_TOTAL = latin(
  /(?<![\p{L}])(?:of the total|of this total|du total|de ce total|van het totaal)(?![\p{L}])/giu,
);
const TRANSIT = latin(
  /(?<![\p{L}])(?:porte d['’]entrée|transit\p{L}*|passent par|gateway|toegangspoort|doorvoer\p{L}*)(?![\p{L}])/iu,
);
const OF_THE_TOTAL = latin(
  /^\s*(?:of the total|du total|van het totaal|de ce total|de ce volume|of this volume|of that volume|van dit volume|van dat volume)(?![\p{L}])(?!\s+(?:des|de|du|d['’]|of|van)\s)/iu,
);
const BY_BEFORE = latin(/(?<![\p{L}])(?:met|by|de)\s*$/iu);
const TO_AMOUNT_AFTER = latin(/^\s*(?:tot|to|à)\s+(?:\p{Sc}\s?)?\d/u);
const TOGETHER = latin(
  /(?<![\p{L}])(?:ensemble|à (?:eux|elles) (?:deux|trois|quatre)|together|combined|samen|gezamenlijk)(?![\p{L}])/iu,
);
/** "Longtemps premier partenaire", "formerly the largest": a rank held before, not now. */
const FORMERLY = latin(
  /(?<![\p{L}])(?:longtemps|autrefois|jadis|naguère|formerly|once|long the|vroeger|lang|jarenlang|lange tijd|decennialang|for years|for decades|pendant des années|des années durant)\s+(?:\p{L}+\s+){0,2}$/iu,
);
/** "ont reculé de 7,2 % en 2023, à 529 milliards", "rose 5% in 2023 to $3bn": the level of that period. */
const LEVEL_AFTER_PERIOD = latin(/^\s*,?\s*(?:à|to|tot|pour atteindre|reaching)\s*$/iu);

/** "…, avec des ventes de", "with sales of", "met een uitvoer van": the amount of the rank before it. */
const WITH_AMOUNT = latin(
  /^[^.;]{0,40}?(?<![\p{L}])(?:avec|with|met)\s+(?:(?:des|un|une|de|d['’]|a|an|een)?\s*(?:\p{L}+\s+|d['’]\p{L}+\s+){0,3}(?:de|d['’]|of|van)\s*(?:(?:around|about|some|nearly|almost|environ|près de|quelque|ongeveer|bijna|ruim)\s+)?)?$/iu,
);

// "- 2022: 5,05 miljard euro", "2023    2,217" (a table row)
const YEAR_LABEL = /^\s*(?:[-•*–]\s*)?((?:19|20)\d\d)(?:\s*[:–]\s*|[ \t]{2,}|\t)$/;
const DEMONSTRATIVE_FLOW_AFTER = latin(
  /^\s*(?:de\s+(?:ces|cette)|of\s+(?:those|these|that|this)|van\s+(?:die|deze|dat|dit))\s+(?:\p{L}+\s+)?(?:export\p{L}*|import\p{L}*|uitvoer|invoer|ventes|achats|échanges|handel|trade|flows?|flux|investissements|investments?|investeringen|totaal|total)(?![\p{L}])/iu,
);
const REFERS_BACK_AFTER = latin(
  /^\s*(?:of the total|du total|van het totaal|daarvan|hiervan|d['’]entre (?:eux|elles)|(?:de ces|de cette|de ce|of these|of those|of that|of this|van deze|van die|van dat|van dit)\s+\p{L}+)(?![\p{L}])/iu,
);
const GOES_TO_BEFORE = latin(
  /^\s*(?:[\p{L}'’]+\s+){0,3}?(?:to|naar|vers|au|aux|à|en)\s+(?:the\s+|de\s+|la\s+|le\s+|l['’])?$/iu,
);
const PARTNER_RIGHT_AFTER = latin(
  /^\s*(?:to|naar|vers|au|aux|à|en)\s+(?:the\s+|de\s+|la\s+|le\s+|l['’])?\p{Lu}/u,
);
const PART_OF_LAST = latin(
  /^\s*(?:(?:went|go|goes|were shipped|was shipped|ging|gingen|gaat|gaan)\s+(?:to|naar)|(?:sont allée?s|est allée?|vont|va|part|partent|sont partie?s|ont été expédiée?s)\s+(?:vers|au|aux|à|en)|of them|of these|of this|of that|of the total|of this total|d['’]entre eux|d['’]entre elles|du total|de ce total|de celles-ci|de ceux-ci|daarvan|hiervan|van het totaal|van dat totaal|(?:de ces|de cette|de ce|of these|of those|van deze|van die)\s+\p{L}+)(?![\p{L}])/iu,
);
const DESCRIBED_NOUN = latin(
  /^\s+(?:country|nation|kingdom|state|city-state|pays|royaume|état|cité-État|land|rijk|koninkrijk|staat|stadstaat)(?![\p{L}])/iu,
);
const GROUP_PARTNER_BEFORE = latin(
  /(?<![\p{L}])(?:vers|avec|à destination des?|en provenance des?|naar|met|uit)\s+(?:les|des|de|le|la|l['’]|het)?\s*(?:pays|landen|nations|économies|marchés?|markt|markten)\s*$/iu,
);
const PARTNER_PREP_BEFORE = latin(/(?<![\p{L}])(?:to|from|with|naar|uit|met)\s+(?:the\s+|de\s+)?$/iu);
const COUNTRIES_AFTER = latin(/^\s+(?:countries|nations|economies|landen)(?![\p{L}])/iu);

/** "Of this £3.9 billion, …", "Sur ce total de 22,7 milliards": an amount stated before, referred back to. */
const RESTATED_BEFORE = latin(
  /(?<![\p{L}])(?:of this|of these|of that|of which|sur ce(?:s)?(?: total de)?|sur les|de ce total de|van deze|van die|daarvan)\s*$/iu,
);

/**
 * An amount joined to a growth rate is the change it stands for, not a level: "an increase of 17.2% or
 * £574 million", "en hausse de 5 %, soit 1,2 milliard", "een stijging met 8 procent of 40 miljoen euro".
 */
function isChangeAfterGrowth(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const previous = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  if (previous?.type !== 'percent') return false;
  if (
    !/^\s*[,(]?\s*(?:or|soit|ou|oftewel|of|i\.e\.|ou encore)\s*$/iu.test(text.slice(previous.end, q.start))
  ) {
    return false;
  }
  return GROWTH_CUES.test(text.slice(Math.max(facts.sentence.start, previous.start - 60), previous.start));
}

/**
 * Target and forecast cues count from the quantity before this one (or the clause start), leaving out the
 * periods that other quantities claim: in "84 milliards d'ici 2030, contre 42 milliards en 2023" the
 * horizon is the first figure's, and the second is an actual.
 */
/** The latest year the text has reported as past: the publication year before it, or the story's. */
function latestYearBefore(carried: Carried, facts: ClauseFacts): number | undefined {
  if (facts.published) return Number(facts.published.slice(0, 4)) - 1;
  return carried.storyPeriod ? Number(carried.storyPeriod.slice(0, 4)) : undefined;
}

function kindOf(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  periodMention: PeriodMention | undefined,
): Kind {
  if (periodMention?.horizon && periodMention.end <= q.start + 60) {
    const claimedElsewhere = facts.quantities.some(
      (o) => o !== q && periodMention.start - o.end >= 0 && periodMention.start - o.end <= 12,
    );
    // "les exportations devraient atteindre 5 milliards d'ici 2025": an expectation with a horizon, no ambition
    const said = text.slice(facts.clause.start, q.end);
    if (!claimedElsewhere)
      return EXPECTATION_CUES.test(said) && !TARGET_WORDS.test(said) ? 'forecast' : 'target';
  }
  const previous = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  let region = text.slice(previous?.end ?? facts.clause.start, q.end);
  // "le territoire pourrait devenir une porte d'entrée vers la Chine, dont les importations ont dépassé …":
  // the cues of a main clause say nothing of a relative clause's figure
  const relative = lastIndexOf(RELATIVE_CLAUSE, region);
  if (relative >= 0) region = region.slice(relative);
  for (const p of facts.periods) {
    if (p.horizon && previous && p.start >= previous.end && p.start - previous.end <= 12) {
      region = region.replace(text.slice(p.start, p.end), ' ');
    }
  }
  // "… d'ici 2030, contre 4 milliards en 2022": what follows a comparison word is the actual compared with.
  const target = TARGET_CUES.test(region);
  const forecast = !target && FORECAST_CUES.test(region);
  // "Notre objectif est de porter les échanges à 5 milliards d'ici 2030 et d'attirer 2 milliards d'investissements":
  // a second aim joined to a target with a horizon shares its kind
  if (
    !target &&
    !forecast &&
    previous &&
    facts.periods.some((p) => p.horizon && p.start >= previous.end && p.start - previous.end <= 12) &&
    JOINED_AIM.test(text.slice(previous.end, q.start)) &&
    TARGET_CUES.test(text.slice(facts.sentence.start, previous.start))
  ) {
    return 'target';
  }
  if (!target && !forecast) return 'actual';
  const compared = lastIndexOf(COMPARED_WITH, region);
  if (
    compared >= 0 &&
    compared > lastIndexOf(TARGET_CUES_G, region) &&
    compared > lastIndexOf(FORECAST_CUES_G, region)
  ) {
    return 'actual';
  }
  return target ? 'target' : 'forecast';
}

const ACCOUNTED_FOR = latin(
  /(?<!\p{L})(?:goed voor|représentai\p{L}*|représente\p{L}*|pesai\p{L}*|pèse\p{L}*|accounted for|accounts for|was worth)\s+(?:\p{L}+\s+){0,2}$/iu,
);
/** "… zijn goed voor", "… représentent à elles seules", "… accounts for": the verb a share's subject takes. */
const SUBJECT_SHARE_VERB = latin(
  new RegExp(`^[\\s,]*(?:[\\p{L}'’-]+\\s+){0,2}?${SHARE_VERB}(?![\\p{L}])`, 'iu'),
);
const LEVEL_TO_BEFORE = latin(
  /(?<![\p{L}])(?:tot|to|à|jusqu['’]à)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?$/iu,
);
const SHARE_NOUN = latin(/(?<![\p{L}])(?:\p{L}*aandeel|share|part|poids)(?![\p{L}])/iu);
const SHARE_FROM_BEFORE = latin(
  /(?<![\p{L}])(?:from|de|van)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?$/iu,
);
/** "… fell from 54.2 % [of total imports] to 56 %": the level the share went to */
const SHARE_TO_AFTER = latin(
  /^[^.;]{0,60}?(?<![\p{L}])(?:to|à|tot|naar)\s+(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ)\s+)?\d[\d.,]*\s*(?:%|per\s?cent|pour\s?cent|procent)/iu,
);
/** "26 % of total exports", "35 per cent of Chilean imports", "6 % des échanges totaux", "8 procent van de totale uitvoer" */
const OF_TOTAL_FLOW_AFTER = latin(
  /^\s*(?:(?:of|van)\s+(?:(?:the|its|their|de|het|zijn|haar|hun|total|totale|all|alle|[\p{Lu}][\p{L}]+|goods|services)\s+){0,3}(?:exports?|imports?|trade|uitvoer|invoer|export|import|handel)(?![\p{L}])|(?:des|du)\s+(?:(?:\p{L}+)\s+){0,2}?(?:total|totaux|totales?)(?![\p{L}])|(?:des|du)\s+total\s+des\s+)/u,
);
/** "… met 4 procent en de invoer met 6,5 procent": a second flow with the verb of the first left out */
const ELLIPTICAL_CHANGE = latin(
  /^[^\d.;]{0,40}?(?<![\p{L}])(?:en|et|and)\s+(?:(?:de|la|le|les|l['’]|the|het|des)\s*)?(?:[\p{L}-]+\s+){0,3}?(?:met|de|d['’]|by|of)\s*(?:(?:bijna|ruim|ongeveer|about|around|nearly|près de|environ|plus de|meer dan)\s+)?$/iu,
);
const INVESTED_IN_BEFORE = latin(
  /(?<![\p{L}])(?:dans|in|en)\s+(?:l['’]|la\s|le\s|les\s|the\s|de\s|het\s)?[\p{L}\s'’-]{0,40}$/iu,
);
const APPOSITION = /^\s*,\s*(?:le\s+|la\s+|the\s+|its\s+|son\s+|sa\s+|de\s+|het\s+)?$/i;
const TWO_ECONOMIES_SUBJECT = latin(
  /^\s*(?:[^,;]{0,30},\s*)?(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?\p{Lu}[\p{L}'’ -]{1,30}?\s+(?:et|and|en)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?\p{Lu}[\p{L}'’ -]{1,30}?\s+(?:concentr\p{L}*|représent\p{L}*|absorb\p{L}*|totalis\p{L}*|pès\p{L}*|account\p{L}*|make\s+up|made\s+up|nemen|vertegenwoordig\p{L}*|zijn\s+goed\s+voor)/u,
);
const FROM_TO_BEFORE = latin(
  /(?<![\p{L}])(?:de|from|van)\s+\d+(?:[.,]\d+)?\s*(?:%|pour ?cent|per ?cent|procent)[^\d]{0,30}?(?:à|to|tot|naar)\s*$/iu,
);
const PER_YEAR_AFTER = latin(
  /^\s*(?:%\s*)?(?:par an|per year|a year|per jaar|annually|annuellement|per annum)/iu,
);
const RANGE_BEFORE = latin(
  /(?<![\p{L}])(?:de|entre|between|from|van|tussen)\s+\d+(?:[.,]\d+)?\s*(?:%|pour ?cent|per ?cent|procent)?\s*(?:à|et|and|to|tot|en|-|–)\s*$/iu,
);
const JOINED_AIM = latin(/(?<![\p{L}])(?:et\s+d['’]|et\s+de\s|and\s+to\s|and\s+|en\s+)/iu);
const RELATIVE_CLAUSE = latin(/,\s*(?:dont|whose|waarvan|wiens)\s/giu);
const DECLINE_G = new RegExp(DECLINE_CUES.source, 'gi');
const RISE_G = latin(
  /(?<!\p{L})(?:gonfl\p{L}*|toenam|toenamen|vooruitg\p{L}*|CAGR|relevée?s?|(?:export|import|handels|uitvoer|invoer)groei|hausse|augment\p{L}*|progress\p{L}*|croissance|cr[uû]|bond\p{L}*|accroissement|grimp\p{L}*|envol\p{L}*|stijg\p{L}*|gestegen|steeg|toename|toegenomen|groei\p{L}*|gegroeid|klom|rose|ris\p{L}*|grew|grow\p{L}*|increas\p{L}*|up|jump\p{L}*|climb\p{L}*|surg\p{L}*|gained|soared|expanded)(?!\p{L})/giu,
);
const RATE_NOUN = latin(
  /(?<![\p{L}])(?:growth\s+rate|taux\s+de\s+croissance|groeivoet|groeipercentage)(?![\p{L}])/giu,
);
/** "export growth slowed from 9.4 per cent to 6.8 per cent": rates of growth that moved, each still a rise */
const RATES_FROM_TO = latin(
  /(?<![\p{L}])(?:growth|croissance|groei)(?![\p{L}])[^.;\d]{0,40}(?:from|de|van)\s+(?:[\d.,]+\s*(?:%|per\s?cent|pour\s?cent|procent)[^.;]{0,30}?(?:to|à|tot|naar)\s+)?$/iu,
);
const COMPARED_WITH = latin(
  /(?<![\p{L}])(?:contre|(?:en\s+)?pass(?:ant|er)\s+de|(?:up|down|rising|falling) from|ten opzichte van|against|versus|vs\.?|tegenover|par rapport (?:à|au|aux)|compared (?:with|to)|vergeleken met)(?![\p{L}])/giu,
);
const TARGET_CUES_G = latin(new RegExp(TARGET_CUES.source, 'giu'));
const FORECAST_CUES_G = latin(new RegExp(FORECAST_CUES.source, 'giu'));

function lastIndexOf(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

function findMetrics(body: string, offset: number): MetricMention[] {
  const found: MetricMention[] = [];
  for (const m of body.matchAll(SEPARABLE_TRADE_VERB)) {
    // up to the next "voerde": "voerde … uit naar Marokko en voerde … in uit Marokko"
    const after = body.slice(m.index + m[0].length, m.index + 160);
    const next = after.search(SEPARABLE_TRADE_VERB_ONCE);
    const rest = next >= 0 ? after.slice(0, next) : after;
    const metric = separableVerbMetric(rest.slice(0, (/[.!?;]/.exec(rest)?.index ?? rest.length) + 1));
    if (metric) found.push({ metric, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  // One pass of all metric patterns; where two overlap, the one listed first wins, as if each had been run
  // in turn.
  const candidates: Array<MetricMention & { rank: number }> = [];
  // The patterns' leading "no letter before" is checked here rather than in the expression, which lets the
  // engine skip ahead on their first letters (about twice as fast).
  ANY_METRIC.lastIndex = 0;
  for (let m = ANY_METRIC.exec(body); m; m = ANY_METRIC.exec(body)) {
    if (m.index > 0 && LETTER.test(body.charAt(m.index - 1))) {
      ANY_METRIC.lastIndex = m.index + 1;
      continue;
    }
    const rank = METRIC_GROUPS.findIndex((group) => m?.[group] !== undefined);
    const metric = METRIC_PATTERNS[rank]?.[0];
    // "investors have committed US$500 million": investors who commit or invest an amount state investment
    // … and so do foreign investors: "In totaal trokken buitenlandse investeerders 6,8 miljard euro aan"
    const investing =
      metric === 'fdi' &&
      (INVESTORS_COMMIT.test(body.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
        FOREIGN_BEFORE.test(body.slice(Math.max(0, m.index - 16), m.index)) ||
        // … and so does money that comes from investors of an economy: "ontving 5 miljard van Peruaanse investeerders"
        FROM_INVESTORS_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index)));
    if (
      !metric ||
      (NOT_A_METRIC.test(m[0]) && !investing) ||
      inProperName(body, m.index, m.index + m[0].length)
    )
      continue;
    // "le ministre de l'Investissement", "Minister of Trade": a title, not a flow
    if (MINISTRY_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "550 milliards de dirhams d'investissements privés": private or public investment is not FDI
    if (
      metric === 'fdi' &&
      NOT_FOREIGN_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 16))
    ) {
      continue;
    }
    candidates.push({ metric, start: offset + m.index, end: offset + m.index + m[0].length, rank });
  }
  for (const c of candidates.sort((a, b) => a.rank - b.rank)) {
    if (found.some((f) => c.start < f.end && c.end > f.start)) continue;
    found.push({ metric: c.metric, start: c.start, end: c.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A capitalised metric word between capitalised words is part of a name: "Flanders Investment & Trade",
 * "Hong Kong Trade Development Council", "Department for International Trade".
 */
function inProperName(body: string, start: number, end: number): boolean {
  // a capitalised word, not an acronym (IDE, FDI)
  if (!isUpperCase(body.charCodeAt(start)) || isUpperCase(body.charCodeAt(start + 1))) return false;
  const previous = /(\S*)\s+(\S+)\s+$/.exec(body.slice(Math.max(0, start - 50), start));
  const before = previous?.[2] ?? '';
  const after = /^\s+(\S+)/.exec(body.slice(end, end + 30))?.[1] ?? '';
  // the first word of a sentence says nothing
  if (before === '' || /[.!?:]$/.test(before)) return false;
  const sentenceStart = !previous?.[1] || /[.!?:]$/.test(previous[1]);
  const named = (word: string) => word === '&' || isUpperCase(word.charCodeAt(0));
  return (named(before) && !sentenceStart) || named(after);
}
const MINISTRY_BEFORE = latin(
  /(?<![\p{L}])(?:ministres?|ministère|ministry|minister|minister|ministerie|secrétaire d['’]État|secretary)\s+(?:(?:de|du|des|d['’]|of|for|van|voor)\s*)?(?:l['’]|la\s+|le\s+|the\s+|de\s+|het\s+)?(?:\p{L}+\s+(?:et|and|en)\s+(?:de\s+|du\s+|l['’]|la\s+)?)?$/iu,
);
const NOT_FOREIGN_INVESTMENT_AFTER = latin(
  /^\s*(?:de\s+|d['’]|of\s+|aan\s+)?(?:investissements?|investments?|investeringen)\s+(?:privés?|privées?|publics?|publiques?|private|public|domestic|intérieurs?|publieke|private)(?![\p{L}])/iu,
);
const PART_MARKER = latin(/(?<![\p{L}])(?:dont|of which|waarvan|including|y compris|inclusief)(?![\p{L}])/iu);
const NOT_FOREIGN_AFTER = latin(
  /^\s+(?:privés?|privées?|publics?|publiques?|intérieurs?|domestiques?|nationaux|nationales?|private|public|domestic|particuliere?|publieke|binnenlandse)(?![\p{L}])/iu,
);

/** "(?<![A-Za-z…])" at the head of a converted pattern, or "\\b". */
const LEADING_NOT_A_LETTER = /^(?:\(\?<!\[[^\]]*\]\)|\(\?<!\\p\{L\}\)|\\b)/;
const ANY_METRIC = new RegExp(
  METRIC_PATTERNS.map(([, re]) => `(${re.source.replace(LEADING_NOT_A_LETTER, '')})`).join('|'),
  'gi',
);
const LETTER = new RegExp(`[${LATIN_LETTER}]`);
/** The capture group of each pattern in ANY_METRIC (a pattern's own groups come after its own). */
const METRIC_GROUPS: number[] = [];
for (let i = 0, group = 1; i < METRIC_PATTERNS.length; i++) {
  METRIC_GROUPS.push(group);
  group += 1 + ownGroups(METRIC_PATTERNS[i]?.[1]);
}
/** How many capturing groups a pattern has: the match of an always-matching variant of it tells. */
function ownGroups(re: RegExp | undefined): number {
  return re ? (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')?.length ?? 1) - 1 : 0;
}

/**
 * The metric noun of a quantity: the nearest one before it in its clause ("Les exportations … ont atteint
 * 35,2 MMDH, en hausse de 12,3%"), or one right after it ("€768 miljoen export"); one further after it only
 * when none precedes.
 */
// … but not a conjunction: "Morocco's trade deficit widens 8% as energy bill climbs"
const ONE_WORD_AT_MOST = latin(
  /^\s*(?:(?!(?:as|while|and|but|et|mais|alors|tandis|en|terwijl|maar)\s)[\p{L}'’-]+\s+|d['’])?$/iu,
);

function closestMetric(
  text: string,
  q: Quantity,
  metrics: MetricMention[],
  quantities: Quantity[] = [],
): MetricMention | undefined {
  const after = metrics.filter((m) => m.start >= q.end);
  // right after it, or after one adjective: "€768 miljoen export", "2,1 miljard euro Belgische uitvoer"
  const adjacent = after.find(
    (m) =>
      m.start - q.end <= 24 &&
      (ONE_WORD_AT_MOST.test(text.slice(q.end, m.start)) ||
        (q.type === 'percent' && PART_OF_METRIC.test(text.slice(q.end, m.start)))),
  );
  if (adjacent) return adjacent;
  // "dont 7,4 milliards pour les exportations du Pérou", "over 60 per cent of Chilean exports": the flow
  // the amount is given for, or the percentage is of, when it is another than the one before ("de Waalse uitvoer is
  // goed voor 14 % van de totale Belgische uitvoer" is of Wallonia's exports)
  const flowBefore = metrics.filter((m) => m.end <= q.start).at(-1)?.metric;
  const givenFor = after.find(
    (m) =>
      m.start - q.end <= 40 &&
      m.metric !== flowBefore &&
      (FOR_METRIC.test(text.slice(q.end, m.start)) ||
        (q.type === 'percent' && OF_DESCRIBED_METRIC.test(text.slice(q.end, m.start)))),
  );
  if (givenFor) return givenFor;
  // "respectivement 31 % et 18 % des importations": a list of percentages shares the metric after its last one
  if (q.type === 'percent') {
    let end = q.end;
    for (const o of quantities.filter((o) => o.type === 'percent' && o.start >= q.end)) {
      if (!LIST_JOIN.test(text.slice(end, o.start))) break;
      end = o.end;
    }
    const shared =
      end > q.end
        ? after.find((m) => m.start - end <= 24 && PART_OF_METRIC.test(text.slice(end, m.start)))
        : undefined;
    if (shared) return shared;
  }
  // "a 14% rise in energy imports", "une hausse de 14 % des importations": the change of the flow after it
  const changed = after.find((m) => m.start - q.end <= 30 && CHANGE_OF.test(text.slice(q.end, m.start)));
  if (changed) return changed;
  const before = metrics.filter((m) => m.end <= q.start);
  // a metric word after another amount is that amount's: "31,5 milliards …, dont 24,8 milliards d'exportations"
  // (not its own twin in another currency: "12 milliards de dollars (11 Mds EUR) d'investissements")
  const next = after.find(
    (m) =>
      !quantities.some(
        (o) =>
          o.start >= q.end &&
          o.end <= m.start &&
          !(
            q.type === 'money' &&
            o.type === 'money' &&
            CURRENCY_TWIN_BETWEEN.test(text.slice(q.end, o.start))
          ),
      ) && !PART_MARKER.test(text.slice(q.end, m.start)),
  );
  return before.at(-1) ?? next ?? metrics.find((m) => m.start < q.end && m.end > q.start);
}

const FOR_METRIC = latin(
  /^\s*(?:pour|for|voor)\s+(?:(?:les|la|le|l['’]|the|de|het|ses|sa|son|its|their|leurs?|zijn|haar|hun)\s*)?$/iu,
);
// (not "6.4% of the value of imports", a ratio)
const OF_DESCRIBED_METRIC = latin(/^\s*(?:of|van)\s+(?:(?!(?:of|van|value|waarde)\s)[\p{L}'’-]+\s+){1,3}$/iu);
const RESPECTIVELY_WORD = /respectivement|respectively|respectievelijk/i;
const LIST_JOIN = latin(/^\s*(?:,|et|and|en|ou|or|of)\s*$/iu);
const CHANGE_OF = latin(
  /^\s*(?:rise|increase|growth|jump|drop|fall|decline|hausse|baisse|progression|augmentation|recul|stijging|daling|toename|afname|groei)\s+(?:in|of|des|du|de\s+la|de\s+l['’]|d['’]|van\s+de|van\s+het|van)\s+(?:the\s+|its\s+|\p{L}+\s+)?$/iu,
);
/** "65 % de ses exportations", "12% of its imports", "30 procent van de uitvoer": the share's total. */
const PART_OF_METRIC = latin(
  /^\s*(?:de|des|du|d['’]|of|van)\s+(?:(?:ses|leurs?|son|sa|la|les|l['’]|ces|these|those|deze|die|its|their|his|her|the|de|het|zijn|haar|hun|onze|notre|nos|our|total|totale?s?)\s*){0,2}$/iu,
);

const GENERIC_RANK = /^(?:rangs?|plaats|plek|positie|place|position)$/;

const SEPARABLE_TRADE_VERB_ONCE = new RegExp(
  SEPARABLE_TRADE_VERB.source,
  SEPARABLE_TRADE_VERB.flags.replace('g', ''),
);
const RANK_FOLLOWER = latin(/^\s+(?:des|de|van de|van|of|among|parmi les)\s+(\p{L}+)/u);
/** "op de 33ste plaats in de lijst van Belgische klanten": the ranked noun a few words on */
const RANK_NOUN_LATER = latin(new RegExp(`^\\s+(?:[\\p{L}'’-]+\\s+){1,5}?(${RANK_NOUNS})(?![\\p{L}])`, 'iu'));
/**
 * What a rank ranks: its noun ("fournisseur" → imports, "partenaire" → bilateral trade, "investisseur" →
 * investment, markets and clients → exports); a generic "rang"/"plaats" takes the noun that follows it
 * ("au 42e rang des clients") or the clause's metric word.
 */
function rankMetric(text: string, q: Quantity, facts: ClauseFacts): Metric | undefined {
  const noun = q.rankNoun ?? '';
  if (!GENERIC_RANK.test(noun)) return metricOfRankNoun(noun);
  const follower = RANK_FOLLOWER.exec(text.slice(q.end, q.end + 40))?.[1];
  if (follower && RANK_NOUN_WORD.test(follower)) return metricOfRankNoun(follower.toLowerCase());
  const later = RANK_NOUN_LATER.exec(text.slice(q.end, q.end + 60))?.[1];
  if (later && !GENERIC_RANK.test(later.toLowerCase())) return metricOfRankNoun(later.toLowerCase());
  // "Côté fournisseurs, la Chine occupe la deuxième place": the ranked noun named before in the sentence
  const earlier = [...text.slice(facts.sentence.start, q.start).matchAll(RANK_NOUN_ANY)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => !GENERIC_RANK.test(n))
    .at(-1);
  if (earlier) return metricOfRankNoun(earlier);
  return closestMetric(text, q, facts.metrics)?.metric;
}
/** "… came from 14 economies. Once again, Spain comes first": the flow of the
 * sentence before, for a position that names nothing it ranks. */
function metricBefore(text: string, facts: ClauseFacts): Metric | undefined {
  const before = facts.previous;
  if (!before) return undefined;
  // "… are among its leading investors. Canada … comes in 2nd place": the ranked noun of that sentence
  const noun = [...text.slice(before.start, before.end).matchAll(RANK_NOUN_ANY)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => !GENERIC_RANK.test(n))
    .at(-1);
  if (noun) return metricOfRankNoun(noun);
  return facts.allMetrics.filter((m) => m.start >= before.start && m.end <= before.end).at(-1)?.metric;
}

const YEAR_THEN_BRACKET = /(?<![\d.,])((?:19|20)\d\d)\s*\(\s*$/;
/** "de la 9e à la 7e place des clients": a former position is ranked as the position it shares a noun with */
const laterRank = (q: Quantity, facts: ClauseFacts): Quantity =>
  ((q.formerRank || q.coordinated) &&
    facts.quantities.find(
      (o) => o.type === 'rank' && o.start > q.start && !o.formerRank && !o.coordinated,
    )) ||
  q;

const RANK_NOUN_ANY = latin(new RegExp(`(?<![\\p{L}])(${RANK_NOUNS})(?![\\p{L}])`, 'giu'));
const RANK_NOUN_WORD = latin(new RegExp(`^(?:${RANK_NOUNS})$`, 'iu'));

function metricOfRankNoun(noun: string): Metric {
  // "source of foreign direct investment" before "source"; "export partner" before "partner"
  if (/invest|fdi/.test(noun)) return 'fdi';
  if (/^(?:import|invoer)|leverancier|fournisseur|supplier|source|herkomst|provenance|origine/.test(noun))
    return 'imports';
  if (/^(?:export|uitvoer)/.test(noun)) return 'exports';
  if (/partner|partenaire/.test(noun)) return 'bilateral_trade';
  return 'exports';
}

const POSSESSIVE_AFTER = latin(/^['’]s?(?![\p{L}])/u);
/** Before an economy that bounds a subset: "parmi les pays d'", "outside the", "hors", "en", "binnen". */
const SUBSET_BEFORE = latin(
  /(?:(?<![\p{L}])(?:parmi|among|onder|hors|outside|buiten|binnen|within|au sein)(?![\p{L}])[^,.;:()]*|(?<![\p{L}])(?:en|in|dans|op)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+|de\s+)?)$/iu,
);
/** What may stand between a rank noun and the adjective that restricts it: "non", "régional". */
const RESTRICTING_WORDS = latin(/^\s{0,3}(?:[\p{L}-]+\s+){0,2}$/u);
function roleOf(
  text: string,
  mention: EconomyMention,
  metric: Metric,
  facts: ClauseFacts,
  q: Quantity,
): Role | undefined {
  const before = text.slice(Math.max(0, mention.start - 30), mention.start);
  const after = text.slice(mention.end, mention.end + 3);
  if (mention.possessive || POSSESSIVE_AFTER.test(after)) {
    // "Morocco's minister … aims to attract ¥500 billion in Japanese investment": the host attracts
    // … and so does the economy whose inflows they are ("Its FDI inflows fell")
    return metric === 'fdi' &&
      (ATTRACTS.test(text.slice(facts.clause.start, q.start)) ||
        INFLOWS.test(text.slice(mention.end, Math.min(q.start, mention.end + 30))))
      ? 'partner'
      : 'owner';
  }
  if (mention.adjective) {
    // "troisième investisseur … dans l'industrie automobile marocaine": the industry invested in is the host's
    if (q.type === 'rank' && metric === 'fdi' && INVESTED_IN_BEFORE.test(before)) return 'partner';
    // "Among South American economies, exports to Chile …": the group a statement picks among is no party to it
    if (AMONG_BEFORE.test(before)) return undefined;
    // "le premier débouché asiatique du Royaume": the continent that restricts a rank is no party to it
    // … nor "de grootste Aziatische klant", "the largest African market"
    if (q.type === 'rank' && q.restricted && mention.start >= q.start && mention.end <= q.end)
      return undefined;
    // … nor "le troisième investisseur non européen", "le premier partenaire régional belge"
    if (
      q.type === 'rank' &&
      q.restricted &&
      mention.start >= q.end &&
      RESTRICTING_WORDS.test(text.slice(q.end, mention.start))
    )
      return undefined;
    // "the North African country", "le royaume chérifien": a description of an economy named elsewhere
    if (DESCRIBED_NOUN.test(text.slice(mention.end, mention.end + 12))) return undefined;
    // "vers les pays africains", "to African countries": a group of partners
    if (
      GROUP_PARTNER_BEFORE.test(before) ||
      (PARTNER_PREP_BEFORE.test(before) && COUNTRIES_AFTER.test(text.slice(mention.end, mention.end + 15)))
    ) {
      return 'partner';
    }
    // "voor 1,3 miljard euro aan Chileense producten ingevoerd", "des produits chiliens", "Chilean goods": an
    // adjective of goods names their origin, where imports come from
    if (
      metric === 'imports' &&
      (GOODS_NOUN_AFTER.test(text.slice(mention.end, mention.end + 16)) || GOODS_NOUN_BEFORE.test(before))
    )
      return 'partner';
    // "exportations marocaines", "Flemish exports", "investissements japonais": an adjective owns the
    // flow it qualifies; elsewhere ("the North African country", "entreprises japonaises") it says nothing.
    const near = (a: Span) =>
      a.start - mention.end <= 25 &&
      mention.start - a.end <= 25 &&
      !PREPOSITION.test(
        a.start >= mention.end ? text.slice(mention.end, a.start) : text.slice(a.end, mention.start),
      );
    if (facts.metrics.some(near) || (q.type === 'rank' && near(q))) return 'owner';
    // "les importations kényanes de produits chiliens": the goods' origin is where imports come from
    const ofGoods = (a: Span) => mention.start > a.end && mention.start - a.end <= 40;
    return metric === 'imports' && facts.metrics.some(ofGoods) ? 'partner' : undefined;
  }
  // "Les achats en provenance du Chili ont baissé de 6 %, de Bolivie de 11,3 % et d'Équateur de 2,8 %": the
  // names of an elliptical list take the place of the first, the partner
  if (
    (metric === 'imports' || metric === 'exports') &&
    q.start > mention.end &&
    ELLIPTICAL_ITEM_BEFORE.test(before) &&
    ELLIPTICAL_ITEM_AFTER.test(text.slice(mention.end, q.start))
  )
    return 'partner';
  // "de uitvoer van in Chili gemaakte kunststoffen", "goods made in Peru": where the goods are made exports them
  if (
    (metric === 'exports' || metric === 'imports') &&
    WITHIN_BEFORE.test(before) &&
    MADE_AFTER.test(text.slice(mention.end, mention.end + 20))
  )
    return metric === 'exports' ? 'owner' : 'partner';
  // "verkochten bedrijven in Portugal voor 6 miljard euro aan Chili", "firms from Peru exported": the economy of
  // the firms that trade reports it
  if (FIRMS_OF_BEFORE.test(before)) return 'owner';
  // "the U.S.-China trade deficit": the first of a hyphened pair owns the balance, the second is its partner
  if (metric === 'trade_balance' && PAIR_FIRST_AFTER.test(text.slice(mention.end, mention.end + 3)))
    return 'owner';
  if (metric === 'trade_balance' && PAIR_SECOND_BEFORE.test(before)) return 'partner';
  // "Le Japon, où la Wallonie a exporté pour 1,3 milliard d'euros": the place where another economy trades
  if (WHERE_AFTER.test(text.slice(mention.end, mention.end + 8)) && q.start > mention.end) return 'partner';
  // "le forum d'affaires tenu à Tokyo", "a conference in London": a capital after a place preposition is a place
  if (mention.capital && PLACE_BEFORE.test(before)) return undefined;
  // "Major export markets were Spain (19.5%), France (19.3%) and India (5.1%)": each name owns its bracket
  // … and so does "le Japon à hauteur de 12,5 %"
  if (
    q.type === 'percent' &&
    q.start > mention.end &&
    (OWN_BRACKET.test(text.slice(mention.end, q.start)) ||
      AMOUNTING_TO.test(text.slice(mention.end, q.start)))
  )
    return 'partner';
  if (MAKES_CUES.test(before)) return 'ambiguous';
  // "Marokko is voor België vooral een afzetmarkt voor chemische producten": the market is the partner
  if (metric === 'exports' && MARKET_PREDICATE.test(text.slice(mention.end, mention.end + 60)))
    return 'partner';
  // "le premier partenaire de la France en Afrique et son 21e client": a region after "en" restricts a rank
  if (q.type === 'rank' && !isCountryOrRegion(mention.code) && WITHIN_BEFORE.test(before)) return undefined;
  // "la part de l'Asie dans les exportations du Maroc", "the share of China in Kenya's imports"
  if (SHARE_OF_BEFORE.test(before)) return 'partner';
  // "la Chine continentale, dont les importations ont dépassé …", "China, whose imports …"
  if (WHOSE_AFTER.test(text.slice(mention.end, mention.end + 40))) return 'owner';
  if (
    metric === 'trade_balance' &&
    // "avec le Maroc affiche un excédent" names the partner; "with Japan running a surplus" the owner
    (!PARTNER_CUES.test(before) ||
      /^\s+(?:running|posting|recording|registering|enjoying)\s/.test(
        text.slice(mention.end, mention.end + 16),
      )) &&
    BALANCE_OWNER_AFTER.test(text.slice(mention.end, mention.end + 60))
  ) {
    return 'owner';
  }
  if (metric === 'trade_balance' && BALANCE_OWNER_CUES.test(before)) return 'owner';
  if (BETWEEN_CUES.test(before)) return 'between';
  // "exports from Kenya", "investment from China": the owner; "imports from Japan": the partner
  // "le Maroc a importé du Japon pour …": after an import verb "du" names the source
  if (metric === 'imports' && OWNER_CUES.test(before) && IMPORT_VERB_BEFORE.test(before)) return 'partner';
  // "les importations chiliennes de l'UE", "Peruvian imports of Chile's goods": after the importer's adjective on
  // the imports, "de" names where they come from
  if (
    metric === 'imports' &&
    OWNER_CUES.test(before) &&
    facts.economies.some(
      (a) =>
        a.adjective &&
        a.end <= mention.start &&
        OF_AFTER_ADJECTIVE.test(text.slice(a.end, mention.start)) &&
        facts.metrics.some((m) => m.metric === 'imports' && m.end <= a.start && a.start - m.end <= 2),
    )
  )
    return 'partner';
  if (SOURCE_CUES.test(before)) {
    // "Japan imported 168 billion yen worth of goods from Morocco … and exported 310 billion yen": the source
    // of the other flow, named just after it, is the partner of this one too
    const attachedTo = facts.metrics
      .filter((m) => m.end <= mention.start && mention.start - m.end <= 60)
      .at(-1);
    if (attachedTo?.metric === 'imports' && metric === 'exports') return 'partner';
    return metric === 'exports' || metric === 'fdi' ? 'owner' : 'partner';
  }
  // "In Wallonië nemen farmaceutische producten ruim 70 procent van de uitvoer naar Japan voor hun rekening": a
  // region that opens the sentence after "in" is where the flow comes from
  if (
    mention.code.includes('-') &&
    REGION_OPENING.test(text.slice(facts.sentence.start, mention.start)) &&
    facts.metrics.some((m) => m.start > mention.end)
  )
    return 'owner';
  // in Dutch "de" is "the" and "en" is "and": neither marks a role
  // … unless "de" is the article after a Dutch preposition: "naar de Verenigde Staten", "met de Filipijnen"
  const dutchArticle =
    facts.language === 'nl' && DUTCH_DE_EN.test(before) && !DUTCH_PREPOSITION_ARTICLE.test(before);
  // "de invoer van machines in Wallonië", "les importations au Pérou": where imports come in is the importer
  if (
    metric === 'imports' &&
    IMPORTER_PLACE_BEFORE.test(before) &&
    facts.metrics.some(
      (m) =>
        m.metric === 'imports' &&
        m.end <= mention.start &&
        IMPORTS_OF_GOODS_IN.test(text.slice(m.end, mention.start)),
    )
  )
    return 'owner';
  // "le 7e pays d'origine des biens au Kenya", "Chile's third supplier to Peru": where a supplier's goods go in
  // is the importer whose suppliers are ranked
  if (
    q.type === 'rank' &&
    metric === 'imports' &&
    mention.start >= q.end &&
    isCountryOrRegion(mention.code) &&
    SUPPLIED_PLACE_BEFORE.test(before)
  )
    return 'owner';
  if (!dutchArticle && PARTNER_CUES.test(before)) return 'partner';
  if (!dutchArticle && OWNER_CUES.test(before)) return 'owner';
  // "Hong Kong investors have committed", "Morocco exports rose": a name right before the metric word owns it
  if (facts.metrics.some((m) => m.start >= mention.end && /^ ?$/.test(text.slice(mention.end, m.start))))
    return 'owner';
  return 'ambiguous';
}

/** What lies between an import noun and its place: " ", " van landbouwproducten ", " de biens ", " value " (no amount). */
const IMPORTS_OF_GOODS_IN = latin(
  /^\s*(?:(?:value|valeur|waarde)\s+)?(?:(?:van|of|de|des|du|d['’])\s*[\p{L}'’ -]{1,40}?\s+)?(?:in|into|dans|en|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+)?$/iu,
);
const OF_AFTER_ADJECTIVE = latin(
  /^\s+(?:de|du|des|d['’]|of|van)(?:(?<=['’])|\s+)(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?$/iu,
);
const SUPPLIED_PLACE_BEFORE = latin(
  /(?<![\p{L}])(?:au|aux|à|en|into|to|in)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$/iu,
);
const REGION_NOUN_AFTER = /^\s+(?:Gewest|gewest|Regio|Région|région|Region|region)(?![\p{L}])/u;
const ELLIPTICAL_ITEM_BEFORE = latin(
  /(?:,|(?<![\p{L}])(?:et|and|en))\s+(?:d['’]|de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|aux?\s+|à\s+(?:la\s+|l['’])?|vers\s+(?:la\s+|le\s+|l['’]|les\s+)?|from\s+(?:the\s+)?|to\s+(?:the\s+)?|uit\s+|naar\s+)$/iu,
);
const ELLIPTICAL_ITEM_AFTER = latin(/^\s*(?:\(\s*[+−-]?|de|of|by|met|van)\s*$/iu);
const MADE_AFTER = latin(
  /^\s+(?:geproduceerde|gemaakte|vervaardigde|geteelde|produced|made|manufactured|grown|fabriqués?|fabriquées?|produits?|produites?)(?![\p{L}])/iu,
);
const FIRMS_OF_BEFORE = latin(
  /(?<![\p{L}])(?:bedrijven|ondernemingen|exporteurs|producenten|companies|firms|businesses|exporters|producers|entreprises|sociétés|exportateurs|producteurs)\s+(?:in|uit|from|based in|en|de|du|des|d['’]|au|aux|van|basées?\s+(?:en|au|aux))\s*(?:la\s+|le\s+|les\s+|l['’]|the\s+|de\s+|het\s+)?$/iu,
);
const PAIR_FIRST_AFTER = latin(/^\s?[-–]\s?\p{Lu}/u);
const PAIR_SECOND_BEFORE = latin(/\p{L}\.?\s?[-–]\s?$/u);
const SCENE_OPENING = latin(
  /^\s*(?:au|aux|en|in|à|a)\s+(?:la\s+|le\s+|l['’]|les\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:aussi|also|ook|too|également)?\s*,/iu,
);
const AMONG_BEFORE = latin(
  /(?<![\p{L}])(?:among|amongst|parmi|onder)\s+(?:the\s+|les\s+|de\s+)?(?:other\s+|autres\s+|andere\s+)?$/iu,
);
const IMPORTER_PLACE_BEFORE = latin(
  /(?<![\p{L}])(?:in|into|dans|en|au|aux)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+|het\s+)?$/iu,
);
const REGION_OPENING = /^\s*(?:in|en|dans|au sein de|within)\s+(?:la\s+|l['’]|de\s+|het\s+)?$/i;
const WHERE_AFTER = latin(/^\s*,\s*(?:où|waar|where)(?![\p{L}])/iu);
const GOODS_NOUN_AFTER = latin(/^\s+(?:producten|goederen|waren|goods|products|merchandise)(?![\p{L}])/iu);
const GOODS_NOUN_BEFORE = latin(/(?<![\p{L}])(?:produits|marchandises|biens)\s+$/iu);
/** "re-exports of mainland Chinese goods": after a preposition an adjective qualifies the goods. */
const PREPOSITION = latin(
  /(?<![\p{L}])(?:of|de|des|du|d['’]|van|from|in|en|aux?|à|to|naar|vers|with|avec|met)(?![\p{L}])/iu,
);

/** "leaving Japan with a surplus", "le Maroc enregistre un déficit", "België boekte een overschot". */
const BALANCE_OWNER_AFTER = latin(
  /^\s*(?:(?:has|had|have|posted|posts|posting|recorded|records|recording|ran|runs|running|registered|registers|registering|enregistr\p{L}*|affich\p{L}*|dégag\p{L}*|accus\p{L}*|heeft|boekte|boekt|noteerde|kende|with|avec|met|a|an|un|une|een|its|son|sa|zijn|haar|trade|commercial|handels)\s+){1,4}(?:surplus|deficit|excédent|déficit|overschot|tekort|handelsoverschot|handelstekort)/iu,
);

/**
 * A partner named by a common noun right after the flow: "exportations … vers le Royaume", "uitvoer naar het
 * Noord-Afrikaanse land", "exports to the kingdom".
 */
const UNNAMED_PARTNER = latin(
  /^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:vers|à destination d[eu']?|vis-à-vis d[eu']?|en provenance d[eu']?|avec|naar|richting|met|uit|towards|to|from|with|into)\s+(?:l['’]|la|le|les|ce|cette|ces|the|this|that|de|het|dat|dit|deze)\s*\p{L}/iu,
);

const SHARE_OF_BEFORE = latin(
  /(?<![\p{L}])(?:part|parts|share|aandeel)\s+(?:de|d['’]|du|des|of|van)\s*(?:l['’]|la|le|les|the|de|het)?\s*$/iu,
);
const WHOSE_AFTER = latin(
  /^[\p{L}\s'’-]{0,25}?,\s*(?:dont|whose|wiens|waarvan)\s+(?:les|la|le|l['’]|its|de|het)?\s*(?:export|import|invoer|uitvoer|investiss|invest)/iu,
);

/** "Si l'Espagne et la France restent les deux premiers débouchés, …": up to the comma after the last amount. */
const MARKET_PREDICATE = latin(
  /^\s+(?:is|was|blijft|bleef|est|était|reste|demeure|remains|remained)\s+(?:voor\s+\p{L}+\s+|pour\s+(?:la\s+|le\s+|l['’])?\p{L}+\s+|for\s+\p{L}+\s+)?(?:\p{L}+\s+){0,2}?(?:afzetmarkt|exportmarkt|klant|débouché|client|marché|market|customer|buyer)(?![\p{L}])/iu,
);
const PLACE_BEFORE = latin(/(?<![\p{L}])(?:à|in|te|at|dans|op|depuis|vanuit|from)\s*$/iu);
const DUTCH_DE_EN = /(?<![\p{L}])(?:de|en)\s+$/u;
const DUTCH_PREPOSITION_ARTICLE = latin(/(?<![\p{L}])(?:naar|richting|met|uit|vanuit|in|op)\s+de\s+$/iu);

/** "1,7 miljard euro afkomstig uit Vlaanderen": a place named after an amount with a preposition is its. */
const ATTACHED_AFTER = latin(
  /^\s*(?:\p{L}+\s+){0,3}(?:uit|from|de|d['’]|du|des|van|to|naar|vers|à|au|aux|in|en|pour|voor|for)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|de\s+|het\s+)?$/iu,
);
const IMPORT_VERB_BEFORE = latin(
  /(?<![\p{L}])import(?:é|e|ait|aient|ent|era|ons|ez)\s+(?:\p{L}+\s+){0,2}$/iu,
);
const OPENING_POSSESSIVE = latin(/^\s*(?:ses|son|sa|leurs?|its|their|zijn|haar|hun)\s+$/iu);
const POSSESSIVE_BEFORE = latin(/(?<![\p{L}])(?:ses|son|sa|leurs?|its|their|zijn|haar|hun)\s+$/iu);
const EXPLAINED_BY = latin(
  /(?<![\p{L}])(?:qui s['’]explique|qui s['’]expliquent|s['’]explique|due to|driven by|thanks to|owing to|dû à|due à|grâce à|en raison d|portée? par|tirée? par|dankzij|door)(?![\p{L}])/iu,
);
/** "Le stock cumulé dépasse …", "Le montant total …": the same thing as the figure before. */
/** "…, et les wallonnes de 18 %": the flow before, of the economy an adjective names after the last comma. */
function ellipticalFlow(text: string, q: Quantity, facts: ClauseFacts): EconomyMention | undefined {
  const lead = text.slice(facts.clause.start, q.start);
  const cut = facts.clause.start + lead.lastIndexOf(',') + 1;
  // the clause may start after its conjunction
  const joined = /(?:,|(?<![\p{L}])(?:et|and|en))\s*$/u.test(text.slice(Math.max(0, cut - 6), cut));
  const segment = text.slice(cut, q.start);
  if (!ELLIPTICAL_FLOW.test(segment) && !(joined && ELLIPTICAL_FLOW.test(` et ${segment}`))) return undefined;
  return facts.economies.find((e) => e.adjective && e.start >= cut && e.end <= q.start);
}
const ELLIPTICAL_FLOW = latin(
  /^\s*,?\s*(?:et|and|en)\s+(?:(?:les|la|le|l['’]|the|de|het)\s+)?\p{L}+(?:\s+(?:ones|those))?\s+(?:de|d['’]|of|by|met|van)\s*(?:près de|plus de|environ|bijna|ruim|about|nearly)?\s*$/iu,
);
const CLITIC_PART = latin(
  /(?<![\p{L}])(?:en\s+(?:absorb|représent|concentr|capt|accapar|reçoi|achèt|pès|pes)\p{L}*|(?:neemt|nam|nemen|namen)\s+(?:daarvan|ervan)|(?:daarvan|ervan)\s+(?:neemt|nam|gaat|ging))(?![\p{L}])/iu,
);
const SAME_THING_START = latin(
  /^[^,.;]{0,60}?(?<![\p{L}])(?:(?:le|la|the|de|het|ce|this|dit)\s+(?:stock|montant|total|volume|bedrag|totaal|amount|teller|compteur|chiffre|figure|cijfer)|(?:les|the|de)\s+(?:montants|amounts|bedragen))(?![\p{L}])/iu,
);
const THE_FIGURE_START = latin(
  /^\s*(?:the|this|that|ce|le|dit|dat|het)\s+(?:figure|amount|chiffre|montant|cijfer|bedrag)(?![\p{L}])/iu,
);
/** "Avec quelque 2,35 milliards, elles …", "Met 9 miljard euro was 2018 een recordjaar": an amount opening its sentence. */
const AMOUNT_OPENING = latin(/^\s*(?:avec|with|met)\s+(?:[\p{L}'’]+\s+){0,4}$/iu);
const WITHIN_BEFORE = latin(
  /(?<![\p{L}])(?:en|in|within|au sein de|binnen)\s+(?:l['’]|la\s+|le\s+|the\s+|de\s+|het\s+)?$/iu,
);
const THAT_FLOW = latin(
  /(?<![\p{L}])(?:van die|van deze|de ces|de cette|of these|of those|of this|of that)\s+$/iu,
);
const SUBORDINATE_LEAD = latin(
  /^\s*(?:si|s['’]|if|while|although|though|whereas|bien que|alors que|même si|hoewel|terwijl|indien)(?![\p{L}])[^.;]*?\d[^,.;]*,/iu,
);

const INFLOWS = latin(/(?<![\p{L}])(?:inflows?|inward|entrées|afflux|instroom|ontvangen)(?![\p{L}])/iu);
const ATTRACTS = latin(
  /(?<![\p{L}])(?:attir\p{L}*|attract\p{L}*|aantrek\p{L}*|aangetrokken|lok\p{L}*)(?![\p{L}])/iu,
);
const INWARD_INVESTMENT = latin(
  /(?<![\p{L}])(?:IDE|FDI|[ée]trangers?|[ée]trang[eè]res?|[Ff]oreign|[Bb]uitenlandse|attir\p{L}*|attract\p{L}*|aantrek\p{L}*|aangetrokken)(?![\p{L}])/u,
);
const OUTWARD_INVESTMENT = latin(
  /(?<![\p{L}])(?:à l['’]étranger|hors de ses frontières|sortants?|overzeese?|in het buitenland|uitgaande|abroad|overseas|outward|outbound)(?![\p{L}])/iu,
);
const FLOWS_WITH_WORLD: ReadonlySet<Metric> = new Set(['exports', 'imports', 'trade_balance', 'total_trade']);
const TOTAL_CUE = latin(
  /(?<![\p{L}])(?:total|totale|totales|totaal|globale?s?|mondial(?:e|es)?|wereldwijd|overall)(?![\p{L}])/iu,
);
/** The rank nouns of who trades rather than where: "exporter", "importateur", "uitvoerder". */
const TRADER_RANK_NOUN = /^(?:export|import)(?:er|ateur|eur)s?$|^(?:uitvoer|invoer)ders?$/;
/** "the 9th largest exporter", "van de 9de naar de 6de plaats op de ranglijst van grootste exporteurs" */
function isTraderRank(text: string, q: Quantity): boolean {
  const noun = q.rankNoun ?? '';
  if (!GENERIC_RANK.test(noun)) return TRADER_RANK_NOUN.test(noun);
  const later = RANK_NOUN_LATER.exec(text.slice(q.end, q.end + 60))?.[1]?.toLowerCase();
  return later !== undefined && TRADER_RANK_NOUN.test(later);
}
const PARTNER_ANAPHOR = latin(
  /(?<![\p{L}])(?:vers|à destination de|avec|en provenance de|naar|met|uit|to|with|from)\s+(?:ce|cet|cette|dat|dit|deze|this|that|the|het|le|la|l['’])\s*(?:[\p{L}-]+\s+)?(?:pays|marché|royaume|land|markt|country|market|kingdom|koninkrijk)(?![\p{L}])/iu,
);
/** "Nos entreprises y exportent": "y" is the place named before. */
const THERE_BEFORE_VERB = latin(
  /(?<![\p{L}])y\s+(?:(?:a|ont|avait|avaient|aura|auront)\s+(?:\p{L}+\s+)?)?(?:export|import|vend|achèt|achet|écoul|envoy|expédi|livr)\p{L}*/iu,
);
const TOTAL_BEFORE_METRIC = latin(
  /(?<![\p{L}])(?:total|totale|totaal|overall|global|globale)\s+(?:\p{L}+\s+)?$/iu,
);
const TOTAL_AFTER_METRIC = latin(/^\s+(?:totales?|globales?)(?![\p{L}])/iu);
const WORLD_PARTNER = latin(
  /(?<![\p{L}])(?:with|to|from|avec|vers|du|de|met|naar|uit|van)\s+(?:the\s+|le\s+|la\s+|de\s+|het\s+)?(?:rest\s+of\s+the\s+|reste\s+du\s+|rest\s+van\s+de\s+)?(?:world|monde|wereld)(?![\p{L}'’])|(?<![\p{L}])(?:(?:naar|in|uit)\s+het\s+buitenland|(?:à|vers|de)\s+l['’]étranger|abroad)(?![\p{L}])/iu,
);
const isCountryOrRegion = (code: string) => /^[A-Z]{2}(?:-|$)/.test(code);
/** Whether two codes name one economy, or a country and one of its regions, or two regions of one country. */
const sameEconomy = (a: string, b: string) =>
  isCountryOrRegion(a) && isCountryOrRegion(b) && countryOf(a) === countryOf(b);
/** A group of economies: the EU, a continent, the world. */
const isGroup = (code: string) => code === 'EU' || !isCountryOrRegion(code);

/**
 * from/to by the schema's rules: owner → from (exporter, reporter, investor), partner → to. An economy
 * named without a cue is the owner of a flow ("Spain posted a surplus", "Nederland voerde uit") but the
 * partner of a rank ("Marokko is de 45ste exportmarkt van Vlaanderen"), except an investor's rank, whose
 * subject invests ("la France, premier investisseur au Maroc"). Economies of the clause come first, then
 * the countries and regions the document names most; a total with no partner is with the WORLD.
 */
function resolveDirection(
  text: string,
  q: Quantity,
  metric: Metric,
  measure: Measure,
  facts: ClauseFacts,
  documentEconomies: string[],
  previous: { from: string; to: string } | undefined,
  metricMention: MetricMention | undefined,
  sentencePair?: [string, string],
  lastAmount?: ExtractedFigure,
  statedPartners?: ReadonlySet<string>,
): { from: string; to: string; guessed: number } | undefined {
  // Economies qualify the metric noun ("total UK exports to Morocco"), so they are taken nearest to it first.
  const anchor = metricMention?.start ?? q.start;
  // "… 1,7 miljard euro afkomstig uit Vlaanderen, 0,5 miljard uit Wallonië en 0,4 miljard uit Brussel": in a
  // list of amounts with no metric word of their own, the economy next to each amount is its own
  const before = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  const after = facts.quantities.find((o) => o.start >= q.end);
  const segment = { start: before?.end ?? facts.clause.start, end: after?.start ?? facts.clause.end };
  // (an item begins after the comma that ends the one before: "voor 21 miljard uitgevoerd naar Chili, voor 8,6
  // miljard naar Japan" lists the flow word with the first item only)
  const comma = before ? text.slice(before.end, q.start).search(/[,;][^,;]*$/) : -1;
  const itemStart = before && comma >= 0 ? before.end + comma : segment.start;
  const listed =
    (q.type !== 'rank' || q.coordinated === true) &&
    (before || after) &&
    (q.coordinated === true || !facts.metrics.some((m) => m.start >= itemStart && m.end <= segment.end));
  // an economy between two amounts goes with the nearer one
  const nearer = (e: EconomyMention) =>
    e.start >= q.end
      ? !after || e.start - q.end <= after.start - e.end || ATTACHED_AFTER.test(text.slice(q.end, e.start))
      : !before ||
        (/[,;]/.test(text.slice(before.end, e.start)) && !/[,;]/.test(text.slice(e.end, q.start))) ||
        // "de 29ste en Marokko de 36ste": a name after the conjunction goes with the next
        /^\s*(?:en|et|and)\s+(?:l['’]|la\s+|le\s+|the\s+|het\s+)?$/i.test(text.slice(before.end, e.start)) ||
        (q.start - e.end < e.start - before.end && !ATTACHED_AFTER.test(text.slice(before.end, e.start)));
  const local = (e: EconomyMention) =>
    listed && e.start >= segment.start && e.end <= segment.end && nearer(e) ? 0 : 1;
  // "Naar Chili werd voor 612 miljoen euro uitgevoerd (+3,5 procent), naar Japan voor 1,21 miljard euro": an
  // economy beyond the next amount is that amount's first
  const beyond = (e: EconomyMention) => (after !== undefined && e.start >= after.end ? 1 : 0);
  const byDistance = (a: EconomyMention, b: EconomyMention) =>
    local(a) - local(b) ||
    beyond(a) - beyond(b) ||
    Math.abs(a.start - anchor) - Math.abs(b.start - anchor) ||
    Math.abs(a.start - q.start) - Math.abs(b.start - q.start);
  const investorRank = metric === 'fdi' && q.type === 'rank';
  let from: string | undefined;
  let to: string | undefined;
  /** whether an economy is marked as the owner ("de la Wallonie", "Flemish", "Spain's") */
  let ownerNamed = false;
  const ambiguous: EconomyMention[] = [];
  // "Spain (19.5%), France (19.3%) and India (5.1%)": the names of the other items are not this one's parties
  // … and "Asia (up 7.2% to £96.4bn) and Africa (up 3%)": so are the names of brackets with words before the figure
  const ownBracket = (e: EconomyMention) => OWN_BRACKET.test(text.slice(e.end, q.start));
  const otherItem = (e: EconomyMention) =>
    !ownBracket(e) &&
    (/^\s*\(\s*[+−-]?\s*[\d.,]+\s*(?:%|pour ?cent|procent|per ?cent)/.test(text.slice(e.end, e.end + 20)) ||
      OTHER_BRACKET.test(text.slice(e.end, e.end + 64)) ||
      // ("Kenya and Vietnam (both +6%)": the first of two names sharing a bracket is an item too)
      SHARES_NEXT_BRACKET.test(text.slice(e.end, e.end + 48)));
  // "Le Maroc, 84e client de Hong Kong, ambitionne de doubler ses ventes …": the economy of a rank set off in
  // commas is the rank's, not a party to the other figures of the clause
  const inApposedRank = (e: EconomyMention) =>
    q.type !== 'rank' &&
    facts.quantities.some(
      (r) =>
        r.type === 'rank' &&
        r.end <= e.start &&
        e.start - r.end <= 14 &&
        /,\s*$/.test(text.slice(Math.max(0, r.start - 3), r.start)) &&
        /^\s*(?:de|du|des|d['’]|of|van)\s*(?:la\s+|le\s+|l['’]|the\s+|het\s+)?$/i.test(
          text.slice(r.end, e.start),
        ) &&
        /^\s*,/.test(text.slice(e.end, e.end + 3)),
    );
  // "… tandis que la demande extérieure a reculé de 3 %, mais les exportations totales ont progressé de 2 %": a flow
  // the text calls total is one economy's with the world; it borrows no partner from the rest of its sentence
  // (a share of a total says whose total it is: its partner is the subject, often a pronoun for the flow before)
  const totalFlow =
    metricMention !== undefined &&
    measure !== 'share' &&
    (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi') &&
    (TOTAL_BEFORE_METRIC.test(text.slice(Math.max(0, metricMention.start - 30), metricMention.start)) ||
      TOTAL_AFTER_METRIC.test(text.slice(metricMention.end, metricMention.end + 12)));
  // "… du Chili ont baissé de 6 %, de Bolivie de 11,3 %": a name after the figure that opens its own elliptical item
  // is that item's
  // (… and one before it, of an item before: "…, d'Italie de 14,7 % et d'Espagne de 16,2 %")
  const laterItem = (e: EconomyMention) =>
    ELLIPTICAL_ITEM_BEFORE.test(text.slice(Math.max(facts.sentence.start, e.start - 20), e.start)) &&
    facts.quantities.some(
      (o) =>
        o.start !== q.start &&
        o.start > e.end &&
        o.start - e.end <= 12 &&
        ELLIPTICAL_ITEM_AFTER.test(text.slice(e.end, o.start)),
    );
  // "son premier client parmi les pays d'Europe du Sud hors Espagne", "le premier client du Chili en Asie": the
  // economies that bound a rank's subset are no parties to it
  const boundsSubset = (e: EconomyMention) =>
    q.type === 'rank' &&
    q.restricted === true &&
    e.start >= q.end &&
    e.start - q.end <= 60 &&
    SUBSET_BEFORE.test(text.slice(q.end, e.start));
  // (a figure in its own name's bracket is that name's: what the sentence names after it is another statement's)
  const items = (
    facts.economies.some(ownBracket)
      ? facts.economies.filter((e) => !otherItem(e) && e.start < q.end)
      : facts.economies
  ).filter(
    (e) => !inApposedRank(e) && !boundsSubset(e) && !laterItem(e) && (!totalFlow || within(e, facts.clause)),
  );
  // "1,9 milliard d'euros, contre 412 millions pour la Wallonie": in a list, the economy an amount is "for" owns it
  const forOwner = listed
    ? facts.economies.find(
        (e) => e.start >= q.end && e.start <= segment.end && FOR_OWNER_AFTER.test(text.slice(q.end, e.start)),
      )
    : undefined;
  if (forOwner) {
    from = forOwner.code;
    ownerNamed = true;
  }
  for (const mention of [...items].sort(byDistance)) {
    if (mention === forOwner) continue;
    let role = roleOf(text, mention, metric, facts, q);
    // a pair is a pair whatever the cues: "les échanges sino-marocains", "Belgian-Moroccan trade"
    if (metric === 'bilateral_trade' && role !== undefined) role = 'ambiguous';
    // "investor in Morocco's automotive sector": a possessive names the host
    if (
      investorRank &&
      role === 'owner' &&
      (mention.possessive || POSSESSIVE_AFTER.test(text.slice(mention.end, mention.end + 3)))
    )
      role = 'partner';
    if (role === 'owner' && !from && mention.code !== to) {
      from = mention.code;
      ownerNamed = true;
    } else if (role === 'partner' && !to && mention.code !== from) to = mention.code;
    else if (role === 'between' || role === 'ambiguous') ambiguous.push(mention);
  }
  // Unmarked economies in the order they are written: the first is the subject. Those of a leading
  // subordinate clause belong to another statement ("Si l'Espagne et la France restent les premiers
  // débouchés, …, les exportations vers les pays africains ont progressé de 11 %").
  const subordinate = SUBORDINATE_LEAD.exec(text.slice(facts.clause.start, facts.clause.end));
  if (subordinate && metricMention) {
    const end = facts.clause.start + subordinate[0].length;
    if (metricMention.start >= end && q.start >= end) {
      for (let i = ambiguous.length - 1; i >= 0; i--) {
        if ((ambiguous[i]?.end ?? 0) <= end) ambiguous.splice(i, 1);
      }
    }
  }
  ambiguous.sort((a, b) => local(a) - local(b) || a.start - b.start);
  // "Le Chili demeure un fournisseur … : les achats en provenance du pays andin": the flow's partner, named by
  // a common noun, is the economy the clause names
  if (
    !to &&
    !ownerNamed &&
    ambiguous.length === 1 &&
    metric !== 'bilateral_trade' &&
    // named apart from the flow ("Le Japon reste un partenaire … : les importations …"), not its subject
    /[:;]/.test(text.slice((ambiguous[0] as EconomyMention).end, q.start)) &&
    facts.metrics.some(
      (m) => m.end <= q.start && UNNAMED_PARTNER.test(text.slice(m.end, Math.min(q.start, m.end + 40))),
    )
  ) {
    to = ambiguous.shift()?.code;
  }
  // "Le Chili représente 22 % des exportations", "De EU-lidstaten zijn goed voor 61 procent van de
  // uitvoer": the economy that accounts for a share of a flow whose owner the clause does not name is where it goes
  // (or comes from); the owner is the economy the text's flows are of
  const sharer = ambiguous[0];
  if (
    measure === 'share' &&
    !from &&
    !to &&
    ambiguous.length === 1 &&
    sharer &&
    !sharer.adjective &&
    !sharer.possessive &&
    (metric === 'exports' || metric === 'imports') &&
    sharer.end <= q.start &&
    !facts.quantities.some((o) => o.end <= sharer.start && o.start >= facts.clause.start) &&
    SUBJECT_SHARE_VERB.test(text.slice(sharer.end, sharer.end + 40)) &&
    (previous === undefined || !sameEconomy(sharer.code, previous.from))
  ) {
    to = sharer.code;
    ambiguous.shift();
  }
  // A country that attracts investment is its host: "Morocco aims to attract $10 billion of FDI".
  const subject = ambiguous[0]?.code;
  if (metric === 'fdi' && subject && !to && ATTRACTS.test(text.slice(facts.clause.start, q.start))) {
    to = subject;
    ambiguous.shift();
  }
  // "attirer 10 milliards d'IDE", "foreign direct investment in Morocco": a host named with no investor
  // receives from the world.
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    to !== undefined &&
    from === undefined &&
    ambiguous.length === 0 &&
    INWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  ) {
    from = 'WORLD';
  }
  const world = FLOWS_WITH_WORLD.has(metric) && measure !== 'share';
  // "Chile was the 9th largest exporter": the subject of a trader's rank trades, like an investor's
  const traderRank = q.type === 'rank' && isTraderRank(text, laterRank(q, facts));
  const subjectIsPartner = q.type === 'rank' && !investorRank && !traderRank;
  for (const { code } of ambiguous) {
    if (code === from || code === to) continue;
    if (subjectIsPartner ? !to : from) {
      if (!to) to = code;
    } else if (!from) from = code;
    else if (!to) to = code;
  }
  // … and with no list named whose it is, its rank is among all the world's traders
  if (traderRank && from && !to) to = 'WORLD';
  // "Les ventes chiliennes vers ce pays …", "Nos firmes y vendent pour 1,6 milliard", "naar dat land": an
  // anaphor takes the country named last before it, other than the reporter
  // ("vers le marché chinois" names its partner by the adjective after the noun: no anaphor)
  const anaphor = PARTNER_ANAPHOR.exec(text.slice(facts.clause.start, facts.clause.end));
  const anaphorEnd = anaphor ? facts.clause.start + anaphor.index + anaphor[0].length : -1;
  if (
    !to &&
    metric !== 'fdi' &&
    ((anaphor && !facts.allEconomies.some((e) => e.start >= anaphorEnd - 1 && e.start <= anaphorEnd + 3)) ||
      THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start)))
  ) {
    const candidate = (e: EconomyMention) =>
      !e.adjective && isCountryOrRegion(e.code) && (from === undefined || !sameEconomy(e.code, from));
    // ("Le Kenya est un client du Portugal. Nos firmes y vendent": the sentence before's subject, or
    // that of the last sentence of the paragraph that names one: "Le Japon est le deuxième client du Chili. Et le
    // cinquième en Asie. En 2019, les sociétés chiliennes y ont vendu …")
    const named = THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start))
      ? facts.previous && placeBefore(text, facts, candidate)
      : facts.allEconomies
          .filter((e) => e.end <= anaphorEnd - (anaphor?.[0].length ?? 0) && candidate(e))
          .at(-1);
    if (named) to = named.code;
  }
  // "accounted for $1.1 billion of the total" refers to a total stated before, not to trade with everyone
  // (an amount's own total, not that of a share stated after it: "2,6 milliards, soit 0,6 % des exportations totales")
  const ownTotal = text
    .slice(facts.clause.start, q.type === 'money' ? shareAfter(text, q, facts) : facts.clause.end)
    .replace(REFERRED_TOTAL, ' ');
  if (world && from && !to && TOTAL_CUE.test(ownTotal)) to = 'WORLD';
  let guessed = 0;
  // A host receiving foreign investment from no one named: "Le flux net des IDE s'est établi à 9,4 MMDH".
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    !from &&
    !to &&
    ambiguous.length === 0 &&
    INWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  ) {
    from = 'WORLD';
  }
  // "Van die export was 1,7 miljard euro afkomstig uit Vlaanderen": the flow just named, its partner kept
  if (
    from &&
    !to &&
    metricMention &&
    previous &&
    previous.to !== from &&
    THAT_FLOW.test(text.slice(Math.max(0, metricMention.start - 12), metricMention.start))
  ) {
    to = previous.to;
  }
  // "ils ont atteint 1,3 Md$ en 2020, dont 440 M$ d'exportations marocaines", "De handel tussen België en
  // Marokko … De Belgische uitvoer … steeg": a flow of one side of the pair the text is about goes to the other
  // "Au Portugal également, l'Espagne est un client majeur. En 2019, les ventes vers ce pays …":
  // the economy a sentence opens on as its scene reports the flows of its sentence and of the next
  if (!from && to && metric !== 'fdi') {
    const scene = [facts.sentence, facts.previous]
      .filter(
        (s): s is Span => s !== undefined && !PARAGRAPH_BREAK.test(text.slice(s.start, facts.sentence.start)),
      )
      .map((s) => SCENE_OPENING.exec(text.slice(s.start, s.start + 60)) && s)
      .find((s): s is Span => !!s);
    const place = scene
      ? inSpan(facts.allEconomies, { start: scene.start, end: scene.start + 40 })[0]
      : undefined;
    if (place && !place.adjective && !sameEconomy(place.code, to)) from = place.code;
  }
  // … or the pair the story opens on ("entre le Pérou et le continent africain")
  const storyPair =
    sentencePair ?? (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi' ? facts.storyPair : undefined);
  if (from && !to && storyPair?.includes(from)) to = storyPair[0] === from ? storyPair[1] : storyPair[0];
  // "België voerde voor 2,8 miljard euro uit naar Marokko. Het leeuwendeel komt uit Vlaanderen: 2,1 miljard
  // euro": with no metric word of its own, a region's amount after its country's (or another region's) is a part
  // of that flow, with its partner
  const flowPartner = lastAmount && from ? partnerOfRegionalPart(from, lastAmount, metric) : undefined;
  if (from && !to && q.type === 'money' && flowPartner) to = flowPartner;
  // An owner named with no partner, of whom nothing was said before, trades with everyone: "Les exportations
  // de la Wallonie ont atteint 57,3 milliards d'euros".
  if (
    world &&
    from &&
    !to &&
    previous?.from !== from &&
    previous?.to !== from &&
    ownerNamed &&
    !facts.metrics.some(
      (m) => m.end <= q.start && UNNAMED_PARTNER.test(text.slice(m.end, Math.min(q.start, m.end + 40))),
    )
  ) {
    to = 'WORLD';
  }
  // "Les investissements marocains à l'étranger", "Overzeese investeringen van Marokko", "Peru's outward investment":
  // an investor's investment abroad with no host named is in the world
  if (
    metric === 'fdi' &&
    measure !== 'share' &&
    from &&
    !to &&
    OUTWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
  )
    to = 'WORLD';
  // "Chile's trade with the rest of the world grew by 9%", "les échanges avec le monde", "naar het buitenland": the
  // world named as partner
  if (
    !to &&
    from !== 'WORLD' &&
    metric !== 'fdi' &&
    WORLD_PARTNER.test(text.slice(facts.clause.start, q.end))
  )
    to = 'WORLD';
  // (and "the total investment in Peru" is from investors everywhere)
  if (totalFlow && metric === 'fdi') {
    if (!from && items.every((e) => e.code === to)) from = 'WORLD';
  } else if (
    totalFlow &&
    !to &&
    ambiguous.every((e) => e.code === from || sameEconomy(e.code, from ?? e.code))
  )
    to = 'WORLD';
  // "Les exportations de biens ont atteint 300 millions d'euros", in a text about Kenya whose flows stated so far
  // were Peru's to Kenya: a flow the clause names no economy of is the home's, with the world
  if (
    !from &&
    !to &&
    items.length === 0 &&
    facts.home &&
    (metric === 'exports' || metric === 'imports') &&
    measure !== 'rank' &&
    previous?.to === facts.home &&
    previous.from !== facts.home
  ) {
    from = facts.home;
    to = 'WORLD';
  }
  // What the clause leaves open continues the usual direction of the metric, then the document's economies.
  if (previous && (!from || !to)) {
    if (!from && previous.from !== to) from = previous.from;
    // the same pair seen from its other side: "le solde reste déficitaire pour le Pérou" after Chile's exports
    if (!to) to = previous.to !== from ? previous.to : previous.from;
    guessed++;
  }
  // … but a flow stated before any partner is named, title included, is with the world: "Automotive exports
  // reached 141.7 billion dirhams", in a story that comes to Japan and Belgium only later
  const namedBefore = (code: string) => facts.allEconomies.some((e) => e.code === code && e.start < q.start);
  // … and so is one under a title that names several partners ("l'Inde et le Brésil tirent les exportations
  // marocaines")
  const titlePartners = (owner: string | undefined) => {
    const titleEnd = text.indexOf('\n');
    return new Set(
      facts.allEconomies
        .filter((e) => titleEnd > 0 && e.end <= titleEnd && e.code !== owner && isCountryOrRegion(e.code))
        .map((e) => e.code),
    ).size;
  };
  // (a clause's one economy that no cue marks as the partner: "Peru's trade", not "les échanges avec le Pérou")
  const clauseOwner =
    from !== undefined &&
    items.every((e) => {
      const cue = text.slice(Math.max(0, e.start - 30), e.start);
      return e.code === from && !PARTNER_CUES.test(cue) && !BETWEEN_CUES.test(cue);
    });
  // (a title: a short first line that is no paragraph of sentences)
  const titleEnd = text.indexOf('\n');
  const titled = titleEnd > 0 && titleEnd <= 160 && !/[.!?]\s/.test(text.slice(0, titleEnd));
  const namedInTitle = (code: string) =>
    titled && facts.allEconomies.some((e) => e.end <= titleEnd && e.code === code);
  for (const code of documentEconomies) {
    if (from && to) break;
    // (a group only when the story opens on it: "entre le Chili et l'Asie")
    if (code === from || code === to || (!isCountryOrRegion(code) && !facts.storyPair?.includes(code)))
      continue;
    // the economy a story is about receives the investment it reports ("un investissement de 600 millions")
    if (metric === 'fdi' && !to) to = code;
    else if (!from) from = code;
    else if (!to) {
      if (
        world &&
        (!namedBefore(code) ||
          titlePartners(from) >= 2 ||
          // (a title naming the pair names the partner: "Pérou-Chili : les échanges progressent")
          // (… and one the document has named only as a rank's, never with a flow: "de grootste afzetmarkt
          // is Chili. … Vorig jaar werd er voor 14 miljard euro uitgevoerd" is the total)
          (statedPartners !== undefined && !statedPartners.has(code) && !namedInTitle(code)))
      )
        break;
      // "The total value of Peru's trade increased by 25%", before any partner is named: its trade with everyone
      if (metric === 'bilateral_trade' && clauseOwner && !namedBefore(code)) {
        to = 'WORLD';
        break;
      }
      to = code;
    }
    guessed++;
  }
  if (world && from && !to) to = 'WORLD';
  if (!from || !to) return undefined;
  if (metric === 'bilateral_trade' && from > to && to !== 'WORLD') [from, to] = [to, from];
  return { from, to, guessed };
}

/**
 * The partner the sentence before sets for this one, in its paragraph, when the clause names no partner and no
 * total: the economy it opens on as the scene of its trade ("In trade with Germany, …", "Dans les échanges
 * avec le Chili, …"), else the one partner it names for the same flow ("le solde est resté
 * négatif face à l'Italie").
 */
function framePartner(text: string, metric: Metric, facts: ClauseFacts, owner: string): string | undefined {
  const previous = facts.previous;
  if (!previous || PARAGRAPH_BREAK.test(text.slice(previous.end, facts.sentence.start))) return undefined;
  if (facts.economies.some((e) => e.code !== owner && !sameEconomy(e.code, owner))) return undefined;
  const clause = text.slice(facts.clause.start, facts.clause.end);
  if (TOTAL_CUE.test(clause) || WORLD_PARTNER.test(clause)) return undefined;
  const named = inSpan(facts.allEconomies, previous).filter((e) => !e.adjective && e.code !== owner);
  const scene = named[0];
  if (
    scene &&
    TRADE_SCENE.test(text.slice(previous.start, scene.start)) &&
    /^\s*,/.test(text.slice(scene.end))
  )
    return scene.code;
  if (!inSpan(facts.allMetrics, previous).some((m) => m.metric === metric)) return undefined;
  const partners = new Set(
    named
      .filter((e) => FRAME_PARTNER_BEFORE.test(text.slice(Math.max(previous.start, e.start - 30), e.start)))
      .map((e) => e.code),
  );
  const [only] = partners;
  return partners.size === 1 ? only : undefined;
}
const TRADE_SCENE = latin(
  /^\s*(?:[Ii]n\s+(?:its\s+|their\s+)?trade\s+with|[Dd]ans\s+(?:ses\s+|leurs\s+|les\s+)?échanges\s+avec|[Ii]n\s+(?:de\s+|zijn\s+|haar\s+)?handel\s+met)\s+(?:the\s+|la\s+|le\s+|l['’]|les\s+|de\s+|het\s+)?(?:[\p{Ll}-]+\s+)?$/u,
);
const FRAME_PARTNER_BEFORE = latin(
  /(?<![\p{L}])(?:vis-à-vis\s+(?:de\s+|du\s+|des\s+|d['’])|à\s+l['’]égard\s+(?:de\s+|du\s+|des\s+|d['’])|envers|avec|with|met|ten aanzien van|tegenover)\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+|de\s+|het\s+)?$/iu,
);

/** The first economy `fits` of the last sentence before the clause's, in its paragraph, that names one. */
function placeBefore(
  text: string,
  facts: ClauseFacts,
  fits: (e: EconomyMention) => boolean,
): EconomyMention | undefined {
  const paragraph = text.lastIndexOf('\n\n', facts.sentence.start);
  const before = facts.allEconomies.filter(
    (e) =>
      e.end <= facts.sentence.start &&
      e.start > paragraph &&
      fits(e) &&
      !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
  );
  const last = before.at(-1);
  if (!last) return undefined;
  const from = Math.max(0, paragraph, last.start - 400);
  const end = lastIndexOf(/[.!?]\s/g, text.slice(from, last.start));
  const sentenceStart = end >= 0 ? from + end + 1 : from;
  return before.find((e) => e.start >= sentenceStart);
}

/** The partner of a flow of which `owner`, a region of the flow's country or a sibling region, states a part. */
function partnerOfRegionalPart(owner: string, flow: ExtractedFigure, metric: Metric): string | undefined {
  return flow.metric === metric &&
    flow.measure === 'value' &&
    owner !== flow.from &&
    owner.includes('-') &&
    countryOf(owner) === countryOf(flow.from) &&
    isCountryOrRegion(flow.to) &&
    countryOf(flow.to) !== countryOf(owner)
    ? flow.to
    : undefined;
}

const TOTAL_TRADE_STORY = latin(
  /(?<![\p{L}])(?:commerce extérieur|échanges extérieurs|balance commerciale|déficit commercial|buitenlandse handel|handelsbalans|foreign trade|external trade|trade deficit|trade balance)(?![\p{L}])/iu,
);

/** The economy of a text that names none: the statistics office it quotes, else the one currency it counts in. */
function homeEconomy(text: string, quantities: Quantity[]): string | undefined {
  return officeHome(text) ?? currencyHome(quantities);
}
/** The economy whose statistics office a text quotes ("Dat meldt het CBS"): the economy whose trade it reports. */
function officeHome(text: string): string | undefined {
  for (const [re, code] of STATISTICS_OFFICES) if (re.test(text)) return code;
  return undefined;
}
/** The economy whose currency is the only one a text counts in (dirhams, yen, Hong Kong dollars). */
function currencyHome(quantities: Quantity[]): string | undefined {
  const currencies = new Set(quantities.filter((q) => q.type === 'money' && q.unit).map((q) => q.unit));
  const [only] = currencies;
  return currencies.size === 1 && only ? HOME_OF_CURRENCY[only] : undefined;
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
const HOME_OF_CURRENCY: Record<string, string> = { MAD: 'MA', JPY: 'JP', HKD: 'HK' };

/** Where the share that follows an amount begins ("…, soit 0,6 % des exportations"), or the clause's end. */
function shareAfter(text: string, q: Quantity, facts: ClauseFacts): number {
  const share = facts.quantities.find((o) => o.type === 'percent' && o.start >= q.end);
  return share && SHARE_RIGHT_AFTER.test(text.slice(q.end, share.start)) ? share.start : facts.clause.end;
}

/** Economies by how often the document names them; groups only after countries and regions. */
function rankEconomies(mentions: EconomyMention[]): string[] {
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of mentions) {
    counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    if (!first.has(m.code)) first.set(m.code, m.start);
  }
  const isGroup = (code: string) => !/^[A-Z]{2}(?:-|$)/.test(code);
  return [...counts.entries()]
    .sort(
      (a, b) =>
        Number(isGroup(a[0])) - Number(isGroup(b[0])) ||
        b[1] - a[1] ||
        (first.get(a[0]) ?? 0) - (first.get(b[0]) ?? 0),
    )
    .map(([code]) => code);
}

/**
 * A period stated right after a quantity ("2,2 milliards en 2023") belongs to it alone; otherwise the
 * nearest period of the clause that no other quantity claims, and failing that any period of the clause.
 * Bases of comparison ("par rapport à 2022") are never chosen unless they follow the quantity directly,
 * and "un an auparavant" is the year before the clause's own year.
 */
/** How far before a quantity (in characters) a period phrase that bears on it can start. */
const NEAR = 200;

function choosePeriod(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  inherited: string | undefined,
  periodOf: (p: PeriodMention) => string | undefined = (p) => p.period,
): { mention?: PeriodMention; period?: string } {
  // "tegenover 2023, toen de uitvoer nog 4,96 miljard euro bedroeg", "in 2019, when exports stood at …": a
  // clause opened by "when" right after a year speaks of that year, even one named as a comparison's base
  // (the periods near the clause only: a scan of the document's would cost its square)
  const whenBefore = inSpan(facts.allPeriods, { start: facts.clause.start - NEAR, end: q.start }).findLast(
    (p) => p.end >= facts.clause.start - 4 && WHEN_AFTER_PERIOD.test(text.slice(p.end, q.start)),
  );
  if (whenBefore && !facts.periods.some((p) => p.start > whenBefore.end && p.end <= q.start)) {
    return { mention: whenBefore, period: periodOf(whenBefore) };
  }
  // "en recul de 5,6 % par rapport au premier semestre 2024 (3,61 Mrd€)": the amount in brackets after the
  // base of a comparison is that base's
  const baseBefore = inSpan(facts.allPeriods, { start: q.start - NEAR, end: q.start }).find(
    (p) => p.comparison && /^\s*\(\s*$/.test(text.slice(p.end, q.start)),
  );
  if (baseBefore) return { mention: baseBefore, period: periodOf(baseBefore) };
  const claimedBy = new Map<PeriodMention, Quantity>();
  for (const p of facts.periods) {
    if (p.comparison) continue;
    // "in mei 3,4 procent en in juni 12 procent", "in January (-8%) and February (-4%)": a period opened by
    // "and" starts the next item
    const owner = facts.quantities.find((other) => {
      const gap = p.start - other.end;
      return (
        gap >= 0 &&
        gap <= 12 &&
        !facts.quantities.some((x) => x.start >= other.end && x.start < p.start) &&
        !AND_WORD[facts.language].test(text.slice(other.end, p.start + 4))
      );
    });
    if (owner) claimedBy.set(p, owner);
  }
  const distance = (p: PeriodMention) => (p.end <= q.start ? q.start - p.end : p.start - q.end);
  // A period after an amount compared with this one is that amount's: "9,8 milliards, contre 8,6
  // milliards sur la même période de 2022" (but "rose by a fifth to HK$1.9 billion in 2023" is one period).
  const behindAnother = (p: PeriodMention) =>
    p.start >= q.end &&
    facts.quantities.some(
      (o) =>
        o !== q &&
        o.start >= q.end &&
        o.end <= p.start &&
        lastIndexOf(COMPARED_WITH, text.slice(q.end, o.start)) >= 0,
    );
  // "van 3,4 procent en in juni zelfs van 12 procent": a period after "and" opens the next item
  const opensNext = (p: PeriodMention) =>
    p.start >= q.end && AND_WORD[facts.language].test(text.slice(q.end, p.start + 4));
  const eligible = facts.periods
    .filter((p) => !p.comparison)
    .sort(
      (a, b) =>
        Number(behindAnother(a)) - Number(behindAnother(b)) ||
        Number(opensNext(a)) - Number(opensNext(b)) ||
        distance(a) - distance(b),
    );
  // "ont reculé de 7,2 % en 2023, à 529 milliards": the level of that period; but in "passant de 198 milliards
  // en 2023 à 226 milliards" the period is the first amount's, and the level is of another
  const levelAfter = facts.periods.find(
    (p) =>
      p.end <= q.start &&
      !p.comparison &&
      LEVEL_AFTER_PERIOD.test(text.slice(p.end, q.start)) &&
      !(q.type === 'money' && claimedBy.get(p)?.type === 'money'),
  );
  // "De export … is vorig jaar bijna gehalveerd. … werd voor 3,1 miljard dollar verscheept, tegenover 5,9
  // miljard dollar in 2023": with nothing inherited, an amount whose clause only dates the base it is compared
  // with takes the period of the sentence before, in its paragraph, or none
  if (
    !inherited &&
    eligible.length > 0 &&
    eligible.every(behindAnother) &&
    !facts.periods.some((p) => claimedBy.get(p) === q)
  ) {
    const previous = facts.previous;
    const before =
      previous && !PARAGRAPH_BREAK.test(text.slice(previous.end, facts.sentence.start))
        ? inSpan(facts.allPeriods, previous).find((p) => !p.comparison && !p.horizon && p.period)
        : undefined;
    return before ? { mention: before, period: periodOf(before) } : {};
  }
  // "84 miljoen sol (€ 21 miljoen) in heel 2018": the period after an amount's twin in another currency is both's
  const twin = facts.quantities.find(
    (o) => o.start > q.end && o.type === 'money' && CURRENCY_TWIN_BETWEEN.test(text.slice(q.end, o.start)),
  );
  const mention =
    facts.periods.find(
      (p) =>
        claimedBy.get(p) === q ||
        (twin !== undefined && claimedBy.get(p) === twin && /^\s*\)/.test(text.slice(twin.end, p.start))),
    ) ??
    levelAfter ??
    eligible.find((p) => !claimedBy.has(p) && !behindAnother(p)) ??
    (inherited &&
    (eligible.every(behindAnother) ||
      eligible.every((p) => {
        const claimer = claimedBy.get(p);
        return (
          claimer !== undefined &&
          claimer !== q &&
          ((q.type === 'percent' && claimer.end <= q.start) || isChangeBase(text, claimer))
        );
      }))
      ? undefined
      : eligible[0]);
  // "sur la même période de 2022": the span of months the clause speaks of, in that year
  // "In 2019 … tegenover 1.380 in 2015. De uitvoer steeg in dezelfde periode met 18 procent": the years of
  // the sentence before, as a span
  if (mention?.sameAsBefore) {
    const before = facts.previous
      ? inSpan(facts.allPeriods, facts.previous).filter((p) => !p.comparison && !p.horizon && p.period)
      : [];
    const years = before.filter((p) => /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
    if (years.length >= 2) return { mention, period: `${Math.min(...years)}/${Math.max(...years)}` };
    // "Vergeleken met 2012 is de uitvoer … met een vijfde gestegen. De totale uitvoer nam in dezelfde
    // periode toe met 31 procent": from the base the sentence before compares with to the year it speaks of
    const base = facts.previous
      ? inSpan(facts.allPeriods, facts.previous).find(
          (p) => p.comparison && !p.since && /^\d{4}$/.test(p.period),
        )
      : undefined;
    if (!before[0] && base && inherited && /^\d{4}$/.test(inherited) && base.period < inherited)
      return { mention, period: `${base.period}/${inherited}` };
    return before[0] ? { mention, period: before[0].period } : {};
  }
  if (mention?.samePeriod) {
    const span = [...eligible.map((p) => p.period), inherited].find(
      (p) => p && /^\d{4}-\d\d\/\d{4}-\d\d$/.test(p),
    );
    const year = mention.period;
    return { mention, period: span ? `${year}${span.slice(4, 8)}${year}${span.slice(12)}` : year };
  }
  // "63,6 milliards, contre 58,2 milliards un an plus tôt": the year before belongs to the second amount
  const claimer = mention ? claimedBy.get(mention) : undefined;
  if ((mention?.yearBefore || mention?.monthBefore) && claimer && claimer !== q) return {};
  if (mention?.monthBefore) {
    const baseMention = eligible.find((p) => p !== mention && !p.yearBefore && !p.monthBefore);
    const base = (baseMention ? periodOf(baseMention) : undefined) ?? inherited;
    return base && /^\d{4}-\d\d$/.test(base) ? { mention, period: monthBefore(base) } : {};
  }
  if (!mention?.yearBefore) return { mention, period: mention ? periodOf(mention) : undefined };
  const baseMention = eligible.find((p) => p !== mention && !p.yearBefore);
  const base = (baseMention ? periodOf(baseMention) : undefined) ?? inherited;
  return { mention, period: base ? yearBefore(base, mention.yearsBack) : mention.period || undefined };
}

/**
 * A fiscal year in the months of the reporter's fiscal year (the host's for investment), or of the partner's
 * when only it has one; "the current fiscal year" of a figure inherited from a part of it is that part.
 */
function ofFiscalYear(
  fiscal: FiscalYear,
  metric: Metric,
  flow: { from: string; to: string },
  published: string | undefined,
  inherited: string | undefined,
): string | undefined {
  const economies = metric === 'fdi' ? [flow.to, flow.from] : [flow.from, flow.to];
  const start = economies.map((code) => FISCAL_YEAR_START[code]).find((month) => month !== undefined);
  const period = fiscalPeriod(fiscal, start, published);
  if (!period) return inherited;
  const within =
    fiscal.relative &&
    inherited &&
    /^\d{4}-\d\d\/\d{4}-\d\d$/.test(period) &&
    inherited.slice(0, 7) >= period.slice(0, 7) &&
    inherited.slice(-7) <= period.slice(-7);
  return within ? inherited : period;
}

/** "and" of each language, as it opens a coordinated item: the French "en" is a preposition ("en 2023"). */
const AND_WORD: Record<Language, RegExp> = {
  fr: latin(/(?<![\p{L}])et(?![\p{L}])/iu),
  nl: latin(/(?<![\p{L}])en(?![\p{L}])(?!\s+\d)/iu),
  en: latin(/(?<![\p{L}])and(?![\p{L}])/iu),
};

const MONTH_SPAN = /^\d{4}-\d\d\/\d{4}-\d\d$/;
/** "from $41 million last year to $63 million": the amount a change starts from */
const isChangeBase = (text: string, q: Quantity): boolean =>
  q.type === 'money' &&
  FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
  TO_AFTER.test(text.slice(q.end, q.end + 40));
const FROM_BEFORE = latin(/(?<![\p{L}])(?:from|de|van)\s+$/iu);
const TO_AFTER = latin(
  /^(?:[^.;\d]|(?:19|20)\d\d){0,30}?(?<![\p{L}])(?:to|à|tot|naar)\s+(?:[$€£]|[A-Z]{2,3}\s?)?\d/u,
);

const WHEN_AFTER_PERIOD = latin(
  /^\s*,?\s*(?:(?:toen|when|lorsque|quand|où)(?![\p{L}])|lorsqu['’])[^.;:]*$/iu,
);

/** The month before a month: "2023-01" → "2022-12". */
const monthBefore = (month: string): string => {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** The same stretch of time a year earlier: "2023" → "2022", "2024-01/2024-08" → "2023-01/2023-08". */
const yearBefore = (period: string, years = 1): string =>
  period.replace(/\d{4}/g, (y) => String(Number(y) - years));

const SECTOR_PHRASE = latin(
  /^\s*(?:marocaines?|belges?|\p{L}+aises?)?\s*(?:de|d['’]|des|van|of|in)\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)/iu,
);
/**
 * Whether a phrase names several goods ("les textiles et les machines"), not one class of goods
 * named by two joined adjectives ("les produits agricoles et halieutiques", "agricultural and fishery").
 */
function severalGoods(goods: string): boolean {
  return goodsNamed(goods).length >= 2;
}
/** The classes of goods a phrase names, two adjectives joined on one noun counting once. */
function goodsNamed(goods: string): Array<{ name: string; start: number; end: number }> {
  // one scan for all classes of goods; the first mention of each counts
  const named: Array<{ name: string; start: number; end: number }> = [];
  for (const m of goods.matchAll(ANY_SECTOR)) {
    const name = SECTORS[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    if (name && !named.some((n) => n.name === name))
      named.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return named.filter(
    (n, i) => i === 0 || !JOINED_ADJECTIVES.test(goods.slice((named[i - 1] as Span).end, n.start)),
  );
}
const JOINED_ADJECTIVES = /^\s*(?:et|and|en|&|,)\s*$/i;
const ANY_SECTOR = new RegExp(SECTORS.map(([, re]) => `(${re.source})`).join('|'), 'gi');

function sectorNear(text: string, metric: MetricMention, q: Quantity): string | null {
  const window = text.slice(
    metric.end,
    Math.min(metric.end + 40, q.start > metric.end ? q.start : metric.end + 40),
  );
  // "la facture énergétique", "energiefactuur": the metric word names its goods
  const own = SECTORS.find(([, re]) => re.test(text.slice(metric.start, metric.end)))?.[0];
  if (own) return own;
  const phrase = SECTOR_PHRASE.exec(window)?.[1] ?? sectorNamedBefore(text, metric);
  if (!phrase) return null;
  return SECTORS.find(([, re]) => re.test(phrase))?.[0] ?? null;
}

/** "les matières plastiques (11 %)", "phosphates: 36,9 MMDH": goods named right before the quantity. */
function sectorJustBefore(text: string, q: Quantity, facts: ClauseFacts): string | null {
  const before = text.slice(Math.max(facts.clause.start, q.start - 40), q.start);
  const segment = before.slice(before.lastIndexOf(',') + 1);
  if (!/[(:]\s*$/.test(segment)) return null;
  return SECTORS.find(([, re]) => re.test(segment))?.[0] ?? null;
}

/** "tandis que celles des phosphates ont reculé de 2,3 %", "those of cars fell 3%". */
function sectorOfPronoun(text: string, q: Quantity, facts: ClauseFacts): string | null {
  const named = PRONOUN_OF.exec(text.slice(facts.clause.start, q.start))?.[1];
  return named ? (SECTORS.find(([, re]) => re.test(named))?.[0] ?? null) : null;
}
const PRONOUN_OF = latin(
  /^\s*(?:celles?|ceux|celui|those|that|die|dat)\s+(?:de|des|du|d['’]|of|van)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+|de\s+|het\s+)?(\p{L}+)/iu,
);

const SECTOR_WORD = /secteur|filière|branche|sector|industry/i;
const OF_PORT_OR_FIRM = latin(
  /^\s+(?:van\s+(?:de|het)|du|de\s+la|de\s+l['’]|of\s+the|of\s+its)\s*(?:haven|luchthaven|port|aéroport|airport|bedrijf|entreprise|groupe|company|firm|group)(?![\p{L}])/iu,
);
const FIRM_WORD =
  /(?<![\p{L}])(?:entreprises?|sociétés?|groupe|firmes?|company|companies|firms?|group|bedrijf|bedrijven|onderneming\p{L}*)(?![\p{L}])/iu;

function sectorNamedBefore(text: string, metric: MetricMention): string | undefined {
  const window = text.slice(Math.max(0, metric.start - 60), metric.start);
  // "Phosphate sales", "car exports": goods named right before the metric word
  const trimmed = window.trimEnd();
  const word = trimmed.length < window.length ? trimmed.slice(trimmed.lastIndexOf(' ') + 1) : '';
  if (word && SECTORS.some(([, re]) => re.test(word))) return word;
  const m = SECTOR_WORD.test(window) ? SECTOR_NAMED.exec(window) : null;
  return m?.[1] ?? m?.[2];
}

/** "Le secteur aéronautique a vu ses exportations bondir", "the automotive sector's exports". */
const SECTOR_NAMED = latin(
  /(?:(?:secteur|filière|branche|sector)\s+(?:de\s+l['’]|de\s+la\s+|des\s+|du\s+|d['’]|van\s+de\s+)?(\p{L}+)|(\p{L}+)\s+(?:sector|industry|sectoren))[^.;]{0,40}$/iu,
);

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
