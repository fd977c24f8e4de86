// One pass over a document's sentences and clauses: quantities, economies, metric words and periods
// are found once, then each quantity is attributed in its clause with what the text before it carries.

import { attribute } from './attribute.js';
import { type Carried, noteDirection, notePeriod, REPORTED_FLOWS } from './carried.js';
import { type ClauseFacts, inSpan, outside, overlaps, withCurrencies, within } from './clause-facts.js';
import {
  BRACKET_LABEL,
  COMPARISON_BASE_BEFORE,
  isChangeBase,
  isCountryOrRegion,
  officeHome,
  PARAGRAPH_BREAK,
  STATISTICS_OFFICE_AFTER,
  STATISTICS_OFFICE_BEFORE,
  withMentions,
} from './cues.js';
import {
  clauseEconomies,
  homeEconomy,
  inOrganisationName,
  rankEconomies,
  rankedAhead,
  withFirstPerson,
  withKingdom,
  withMainland,
} from './document-economies.js';
import type { ExtractedFigure, ExtractionContext } from './extracted-figure.js';
import { type EconomyMention, findEconomies } from './gazetteer.js';
import { latin } from './letters.js';
import { PARTNER_CUES } from './lexicon.js';
import { figureKey, mergeUndatedRepeats } from './merge.js';
import { findMetrics } from './metrics.js';
import { atYearEnd } from './period-choice.js';
import {
  FISCAL_YEAR_START,
  findPeriods,
  fiscalPeriod,
  MONTH_WORDS,
  monthSpan,
  type PeriodMention,
} from './periods.js';
import { currencyNamedIn, findQuantities, type Quantity } from './quantities.js';
import { type Span, splitClauses, splitSentences, teaserSpans } from './text-segments.js';

export function extractFrom(text: string, context: ExtractionContext): ExtractedFigure[] {
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

/**
 * Whether the document has stated a flow that `code` reports (its imports, exports or balance): a text whose
 * heading names a partner ("… mise sur le Japon", "Fiche pays Maroc") states none of the partner's own.
 */
function reportsFlows(carried: Carried, code: string): boolean {
  for (const metric of REPORTED_FLOWS)
    for (const entry of carried.directions.get(metric)?.values() ?? []) if (entry.from === code) return true;
  return false;
}

const LOOKS_BACK = latin(/(?<![\p{L}])(?:nog|encore|still|déjà|already|al)(?![\p{L}])/iu);

/** The word a bracket holding a figure is opened after: "varkensvlees (". */
const AMOUNT_LABEL = /([\p{Sc}\d][^\s()]*)\s*\(\s*[+−-]?\s*$/u;

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

const TOTAL_TRADE_STORY = latin(
  /(?<![\p{L}])(?:commerce extérieur|échanges extérieurs|balance commerciale|déficit commercial|buitenlandse handel|handelsbalans|foreign trade|external trade|trade deficit|trade balance)(?![\p{L}])/iu,
);
