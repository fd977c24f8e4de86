// One pass over a document's sentences and clauses: quantities, economies, metric words and periods
// are found once, then each quantity is attributed in its clause with what the text before it carries.

import { attribute } from '../attribution/attribute.js';
import {
  BRACKET_LABEL,
  COMPARISON_BASE_BEFORE,
  isChangeBase,
  isComparisonBase,
  isCountryOrRegion,
  PARAGRAPH_BREAK,
} from '../attribution/cues.js';
import { findMetrics } from '../attribution/metrics.js';
import { atYearEnd } from '../attribution/period-choice.js';
import { clauseEconomies } from '../economies/document-economies.js';
import type { ExtractedFigure, ExtractionContext } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { findPeriods, monthSpan, type PeriodMention } from '../periods/periods.js';
import { currencyNamedIn, findQuantities, type Quantity } from '../quantities/quantities.js';
import { firstApplying } from '../rule.js';
import { type Carried, noteDirection, notePeriod, REPORTED_FLOWS } from './carried.js';
import {
  type ClauseFacts,
  inSpan,
  type MetricMention,
  outside,
  withCurrencies,
  within,
} from './clause-facts.js';
import {
  CHANGE_OF_THE_GOODS_BEFORE,
  FIGURE_FOR_BOTH,
  flowOf,
  LOOKS_BACK_RULES,
  RANK_FOR_BOTH_FLOWS,
  SAME_FIGURE_OTHER_PERIOD,
  SHARE_FOR_BOTH_FLOWS,
  STORY_DATED_RULES,
} from './document-pass-rules.js';
import { type DocumentSetting, documentSetting } from './document-pass-setting.js';
import { figureKey, mergeSubheadingRepeats, mergeUndatedRepeats } from './merge.js';
import { headlineEnd, type Span, splitClauses, splitSentences, teaserSpans } from './text-segments.js';

/** What the pass over a document's sentences reads from and keeps. */
interface Pass {
  text: string;
  context: ExtractionContext;
  setting: DocumentSetting;
  allQuantities: Quantity[];
  allMetrics: MetricMention[];
  allPeriods: PeriodMention[];
  carried: Carried;
  figures: ExtractedFigure[];
  // A figure stated again is a restatement, but two items of one list with the same value ("tomaten (0,6
  // miljard euro), paprika's (0,6 miljard euro)") are two figures: the label of each figure's bracket
  seen: Map<string, { sentence: number; label?: string; anchor?: string }>;
  /** the amounts kept with a sector, keyed without it: "£27.5 billion of machinery" restated with no sector */
  sectored: Set<string>;
}

/** What one sentence has given so far. */
interface SentenceRead {
  recorded: boolean;
  /** the latest actual period the sentence states for its figures */
  period: string | undefined;
  figures: ExtractedFigure[];
}

export function extractFrom(text: string, context: ExtractionContext): ExtractedFigure[] {
  // Quantities and economies are found once over the whole text; metric words and periods only in the
  // clauses that hold a quantity, which is a small part of any document.
  const teasers = teaserSpans(text);
  const allQuantities = findQuantities(text, context.language).filter(
    (q) => !teasers.some((t) => within(q, t)),
  );
  if (allQuantities.length === 0) return [];
  const setting = documentSetting(text, context, teasers, allQuantities);
  // Metric words and periods are looked for in the runs of consecutive sentences that hold a quantity:
  // one run for a text dense in figures, a few short ones for an article that states two.
  const sentences = joinedAcross(outside(splitSentences(text), teasers), allQuantities);
  const runs = quantityRuns(sentences, allQuantities);
  const allMetrics = runs.flatMap((r) => findMetrics(text.slice(r.start, r.end), r.start));
  const allPeriods = withStoryYear(
    runs.flatMap((r) => findPeriods(text.slice(r.start, r.end), context.published, r.start)),
    context.published,
  );
  const pass: Pass = {
    text,
    context,
    setting,
    allQuantities,
    allMetrics,
    allPeriods,
    carried: {
      storyPeriod: setting.titlePeriod ?? ledePeriod(text, sentences, allQuantities, context.published),
      directions: new Map(),
      flowPeriods: new Map(),
      periodCounts: new Map(),
    },
    figures: [],
    seen: new Map(),
    sectored: new Set(),
  };
  const carried = pass.carried;
  let previousEnd = 0;
  let previousSentence: Span | undefined;
  for (const sentence of sentences) {
    const sentenceBefore = previousSentence;
    previousSentence = sentence;
    if (PARAGRAPH_BREAK.test(text.slice(previousEnd, sentence.start))) newParagraph(carried);
    previousEnd = sentence.end;
    if (inSpan(allQuantities, sentence).length === 0) continue;
    carried.sentencePeriod = undefined;
    const read = readSentence(pass, sentence, sentenceBefore);
    // "De Chileense bedrijven hebben in 2019 voor 64 miljard euro uitgevoerd": a sentence whose amounts are
    // no figure still dates the story it tells
    if (!read.recorded) read.period = statedIn(inSpan(allPeriods, sentence));
    if (read.period) carrySentencePeriod(text, sentence, carried, read.period, read.figures);
    // (only periods the sentence states: an inherited one may be the story's guess)
    const stated = new Set(inSpan(allPeriods, sentence).map((p) => p.period));
    for (const f of read.figures) {
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
  return datedByStory(text, pass.figures, carried.storyPeriod);
}

/** A paragraph break: what the paragraph carried ends, its last figure and amount kept as those before the break. */
function newParagraph(carried: Carried): void {
  carried.lastBeforeBreak = carried.lastFigure ?? carried.lastBeforeBreak;
  carried.amountBeforeBreak = carried.lastAmount ?? carried.amountBeforeBreak;
  carried.paragraphPeriod = undefined;
  carried.lastFigure = undefined;
  carried.lastRank = undefined;
  carried.lastUnit = undefined;
  carried.lastAmount = undefined;
  carried.yearEndPeriod = undefined;
  carried.basePeriod = undefined;
}

/** The figures of one sentence, clause by clause, each quantity attributed in its clause. */
function readSentence(pass: Pass, sentence: Span, sentenceBefore: Span | undefined): SentenceRead {
  const read: SentenceRead = { recorded: false, period: undefined, figures: [] };
  for (const clause of splitClauses(pass.text, sentence, pass.context.language)) {
    const facts = clauseFacts(pass, sentence, clause, sentenceBefore);
    if (!facts) continue;
    for (const quantity of facts.quantities) {
      const attributed = attribute(pass.text, quantity, facts, pass.setting.documentEconomies, pass.carried);
      if (!attributed) continue;
      const figure =
        CHANGE_OF_THE_GOODS_BEFORE.apply({
          text: pass.text,
          figure: attributed,
          before: read.figures.at(-1),
        }) ?? attributed;
      read.recorded = true;
      recordFigure(pass, sentence, quantity, figure, facts, read);
    }
  }
  return read;
}

/** What a clause holds and what the document around it offers, or undefined for a clause with no quantity. */
function clauseFacts(
  pass: Pass,
  sentence: Span,
  clause: Span,
  sentenceBefore: Span | undefined,
): ClauseFacts | undefined {
  const { text, allQuantities, carried, setting } = pass;
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
  if (quantities.length === 0) return undefined;
  const statedHome = setting.statedHome;
  return {
    sentence,
    clause,
    quantities,
    metrics: inSpan(pass.allMetrics, clause),
    periods: inSpan(pass.allPeriods, clause),
    economies: clauseEconomies(text, setting.allEconomies, clause, sentence),
    language: pass.context.language,
    published: pass.context.published,
    previous: sentenceBefore,
    allMetrics: pass.allMetrics,
    allPeriods: pass.allPeriods,
    allEconomies: setting.allEconomies,
    storyPair: setting.opening,
    home: statedHome && reportsFlows(carried, statedHome) ? statedHome : undefined,
  };
}

/** A figure read: what it carries to the next clauses, and the figure kept unless it restates one. */
function recordFigure(
  pass: Pass,
  sentence: Span,
  quantity: Quantity,
  figure: ExtractedFigure,
  facts: ClauseFacts,
  read: SentenceRead,
): void {
  const { text, carried } = pass;
  // "… Belgische uitvoer … Wallonië is goed voor 30 %": a region's part of its country's flow is an aside, the
  // flow the text follows stays the country's
  const prev = carried.lastFigure;
  const regionPart =
    figure.measure === 'share' &&
    prev !== undefined &&
    prev.measure !== 'share' &&
    figure.metric === prev.metric &&
    figure.to === prev.to &&
    figure.from.startsWith(`${prev.from}-`);
  if (regionPart) {
    if (restates(pass, sentence, figure)) return;
    pass.figures.push(figure);
    read.figures.push(figure);
    return;
  }
  carried.lastFigure = figure;
  if (figure.measure === 'rank') carried.lastRank = figure;
  if (figure.measure === 'value') {
    carried.lastUnit = figure.unit;
    carried.lastAmount = figure;
  }
  if (!figure.bracketed) carried.bracketHead = figure;
  if (figure.withheld) return;
  noteDirection(carried, figure);
  if (figure.metric === 'bilateral_trade' && isCountryOrRegion(figure.from) && isCountryOrRegion(figure.to)) {
    carried.pair = [figure.from, figure.to];
  }
  // The sentence's head figure sets the period that carries on within it; the latest of its actual
  // periods carries to the next sentences ("passés de 98 milliards en 2015 à 167 milliards en 2022").
  // … but not a stock at a year's end ("stood at $1.7 billion at the end of 2022"), a point in time
  // … nor an amount given as the base of a comparison ("contre 1,5 milliard cinq ans plus tôt")
  const yearEnd = atYearEnd(text, sentence, figure);
  const base = isComparisonBase(text, quantity);
  if (base && figure.period && figure.kind === 'actual' && claimsPeriod(pass, quantity, figure.period))
    carried.basePeriod = figure.period;
  if (figure.period && yearEnd && figure.kind === 'actual') carried.yearEndPeriod = figure.period;
  if (
    figure.period &&
    figure.kind === 'actual' &&
    !quantity.formerRank &&
    !yearEnd &&
    !COMPARISON_BASE_BEFORE.test(text.slice(Math.max(sentence.start, quantity.start - 30), quantity.start)) &&
    !base &&
    // … nor one dated back from another ("recovering from a 1.8 per cent drop the month before to a 2.6 per cent gain")
    !datedBack(pass, quantity) &&
    !isChangeBase(text, quantity)
  ) {
    if (!carried.sentencePeriod) carried.sentencePeriod = figure.period;
    if (!read.period || figure.period > read.period) read.period = figure.period;
  }
  if (restates(pass, sentence, figure)) return;
  pass.figures.push(figure);
  read.figures.push(figure);
  const twin =
    FIGURE_FOR_BOTH.apply({ text, q: quantity, figure, facts }) ??
    RANK_FOR_BOTH_FLOWS.apply({ text, q: quantity, figure, facts }) ??
    SHARE_FOR_BOTH_FLOWS.apply({ text, q: quantity, figure, facts }) ??
    SAME_FIGURE_OTHER_PERIOD.apply({ text, q: quantity, figure, facts });
  if (twin) {
    pass.figures.push(twin);
    read.figures.push(twin);
  }
}

const CHANGE_FROM_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.comparison.changeFrom})\s+(?:\p{L}{1,3}\s+)?$`, 'iu'),
);

/** Whether a quantity is dated by "the previous month", "a year earlier" right after it: a base, counted back. */
function datedBack(pass: Pass, quantity: Quantity): boolean {
  // (a percentage a change starts from: "from a 3.3 per cent fall")
  if (
    quantity.type !== 'percent' ||
    !CHANGE_FROM_BEFORE.test(pass.text.slice(Math.max(0, quantity.start - 12), quantity.start))
  )
    return false;
  return pass.allPeriods.some(
    (p) => (p.monthBefore || p.yearBefore) && p.start >= quantity.end && p.start - quantity.end <= 20,
  );
}

/** Whether the period `period` is stated right after the amount (within a few words): "-226.7 bn in 2005". */
function claimsPeriod(pass: Pass, quantity: Quantity, period: string): boolean {
  return pass.allPeriods.some(
    (p) => p.period === period && p.start >= quantity.end && p.start - quantity.end <= 12,
  );
}

/** Whether a figure restates one already kept (and if not, notes it as kept). */
function restates(pass: Pass, sentence: Span, figure: ExtractedFigure): boolean {
  const { text, seen } = pass;
  const key = figureKey(figure, figure.period);
  // "The top import was machinery (C$4.2 billion) … Canada imported C$4.2 billion of machinery and vehicles": an amount
  // kept for a sector, stated again where no sector is read, is the same figure
  if (figure.measure === 'value' && figure.unit !== 'percent') {
    const bare = figureKey({ ...figure, sector: null }, figure.period);
    if (figure.sector === null && pass.sectored.has(bare)) return true;
    if (figure.sector !== null) pass.sectored.add(bare);
  }
  const stated = seen.get(key);
  // (both labels end on an opening bracket: with none in the text before the figure, there is none to read)
  const lead = text.slice(Math.max(sentence.start, figure.start - 40), figure.start);
  const bracketed = lead.includes('(');
  const label = bracketed ? BRACKET_LABEL.exec(lead)?.[1] : undefined;
  // "… grew $730m (2%) … Copper exports grew $140m (2%)": a change in brackets after another amount is
  // another figure, wherever it stands
  const anchor = bracketed
    ? AMOUNT_LABEL.exec(text.slice(Math.max(sentence.start, figure.start - 24), figure.start))?.[1]
    : undefined;
  if (
    stated &&
    !(stated.sentence === sentence.start && label && stated.label && label !== stated.label) &&
    !(anchor && stated.anchor && anchor !== stated.anchor)
  )
    return true;
  seen.set(key, { sentence: sentence.start, label, anchor });
  return false;
}

/** The period a sentence states carries to the paragraph and counts for the story's. */
function carrySentencePeriod(
  text: string,
  sentence: Span,
  carried: Carried,
  period: string,
  sentenceFigures: ExtractedFigure[],
): void {
  // a sentence that looks back ("In 2020 lag die uitvoer nog op 4,6 miljard") does not move the paragraph
  // … nor one that states an earlier level of flows already given for a later period ("In 2015 heeft Peru
  // voor 3.412 miljard uitgevoerd. In 2014 telde de centrale bank 3.150 miljard. Dat is een toename van …")
  const reference = carried.paragraphPeriod ?? carried.storyPeriod;
  const looksBack =
    reference !== undefined &&
    reference > period &&
    firstApplying(LOOKS_BACK_RULES, { text, sentence, carried, period, figures: sentenceFigures }) !==
      undefined;
  // a span of years ("Entre 2018 et 2023, les échanges ont progressé de 8 % par an") leaves its last year
  const carriedOn = /^\d{4}\/\d{4}$/.test(period) ? period.slice(5) : period;
  if (!looksBack) carried.paragraphPeriod = carriedOn;
  carried.storyPeriod = notePeriod(carried, carriedOn);
}

/** The figures with no period that the story's period dates, restatements merged. */
function datedByStory(
  text: string,
  figures: ExtractedFigure[],
  story: string | undefined,
): ExtractedFigure[] {
  // A headline speaks of the story's period: "Spain Remains Morocco's Top Trade Partner for 12th Year"
  // (under the site's navigation, if the page prints it above: "Home | News | Trade")
  const titleEnd = headlineEnd(text);
  const merged = mergeSubheadingRepeats(mergeUndatedRepeats(figures, titleEnd, story), text);
  // … and so does a rank stated before any period ("La Belgique est le 7e client du Maroc. En 2022, …")
  const undated = (figure: ExtractedFigure) =>
    firstApplying(STORY_DATED_RULES, { figure, titleEnd }) !== undefined;
  return story ? merged.map((f) => (undated(f) ? { ...f, period: story } : f)) : merged;
}

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

/**
 * "Japan's exports rose for a ninth straight month in August, data showed. …\n\nExports climbed 5.6%": the month
 * (or the months) a lede with no number says its flows are of, for the story that follows; read in the sentences
 * before the first that holds a quantity.
 */
function ledePeriod(
  text: string,
  sentences: Span[],
  quantities: Quantity[],
  published: string | undefined,
): string | undefined {
  for (const sentence of sentences.slice(0, 3)) {
    if (inSpan(quantities, sentence).length > 0) return undefined;
    const body = text.slice(sentence.start, sentence.end);
    if (findMetrics(body, sentence.start).length === 0) continue;
    const stated = findPeriods(body, published, sentence.start).find(
      (p) => !p.comparison && !p.horizon && /^\d{4}-\d\d(?:\/\d{4}-\d\d)?$/.test(p.period),
    );
    if (stated) return stated.period;
  }
  return undefined;
}
