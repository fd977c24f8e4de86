// Lists and tables: items under a heading, values spread by 'respectively', a flow's list of goods.
import { countryOf, type Metric } from '../../figure.js';
import { type Carried, usualDirection } from '../document/carried.js';
import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import { type Span, UNIT_IN_BRACKETS_END } from '../document/text-segments.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { METRIC_PATTERNS, withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { FOLLOWED_BY_START, GENERIC_RANK, HEADING_NOUN, isCountryOrRegion, RESPECTIVELY } from './cues.js';
import { metricOfRankNoun } from './metrics.js';

/** The span of the sentence a figure stands in. */
const sentenceOf = (text: string, f: ExtractedFigure): Span => {
  const start = text.lastIndexOf(f.sentence, f.start);
  return start >= 0 ? { start, end: start + f.sentence.length } : { start: f.start, end: f.end };
};

/**
 * Whether a successor takes the partner's place in the flow before rather than its owner's: a region of the
 * owner's country is another owner ("Wallonië volgt met" after Flanders' exports); otherwise the side the
 * sentence before named first, adjectives aside ("De Chileense uitvoer naar China … Japan doet het beter").
 */
export function successorTakesPartner(
  text: string,
  last: ExtractedFigure,
  code: string,
  facts: ClauseFacts,
  q: Quantity,
): boolean {
  if (countryOf(code) === countryOf(last.from)) return false;
  if (countryOf(code) === countryOf(last.to)) return true;
  // ("…, followed by India at AED177 billion and the United States at AED93 billion": a successor listed after
  // another takes the side that one took)
  const chain = text.lastIndexOf(', ', last.start);
  if (chain >= facts.sentence.start && FOLLOWED_BY_START.test(text.slice(chain + 1, last.start))) {
    const named = inSpan(facts.allEconomies, { start: chain, end: last.start }).find((e) => !e.adjective);
    const between = inSpan(facts.allEconomies, { start: last.end, end: q.start });
    if (named && between.every((e) => e.code === code)) return named.code === last.to;
  }
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

/**
 * "l'Espagne et la France restent les deux premiers débouchés, avec respectivement 89,6 et 76,3 milliards":
 * the n-th amount after "respectivement" goes with the n-th economy named before it, as the partner.
 */
export function respectively(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  _documentEconomies: string[],
):
  | { partner?: string; owner?: string; subjects?: boolean; metric?: Metric; listedNames?: string[] }
  | undefined {
  const spread = spreadAmounts(text, q, facts);
  if (!spread) return undefined;
  const { cueAt, amounts } = spread;
  const names = facts.economies.filter((e) => e.end <= cueAt && !e.adjective);
  const index = amounts.findIndex((o) => o.start === q.start);
  // "De Belgische uitvoer en invoer bedroegen respectievelijk 2,7 miljard en 1,6 miljard euro": flows listed
  const flows = TWO_FLOWS.exec(text.slice(facts.clause.start, cueAt));
  if (flows && index >= 0 && index < 2 && amounts.length >= 2) {
    const word = (flows[index + 1] ?? '').toLowerCase();
    return { metric: EXPORT_FLOW.test(word) ? 'exports' : 'imports' };
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
  // … but countries said to hold shares of a total are its parts, the partners: "Peru and Chile account respectively
  // for 30 % and 20 % of the sales" (regions holding shares of their country's total are its reporters)
  const lastAmount = amounts.at(-1);
  const shareHolders =
    q.type === 'percent' &&
    lastAmount !== undefined &&
    SHARE_COMPLEMENT.test(text.slice(lastAmount.end, lastAmount.end + 20)) &&
    names.every((e) => isCountryOrRegion(e.code) && !e.code.includes('-'));
  if (!ranked && !shareHolders && SUBJECT_OPENING.test(text.slice(facts.clause.start, first.start)))
    return { owner: partner, subjects: true };
  return { partner, ...(noun && !GENERIC_RANK.test(noun) ? { metric: metricOfRankNoun(noun) } : {}) };
}

/**
 * Where "respectively" spreads its amounts and which: after the cue before the figure ("avec respectivement 89,6 et
 * 76,3 milliards"), or the run of amounts the figure is in, right before a cue after it ("with $57, $46 and $32
 * billion, respectively"), the names before the run.
 */
function spreadAmounts(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
): { cueAt: number; amounts: Quantity[] } | undefined {
  if (!clauseSaysRespectively(text, facts.clause)) return undefined;
  const cue = RESPECTIVELY.exec(text.slice(facts.clause.start, q.start));
  if (cue) {
    const cueAt = facts.clause.start + cue.index;
    return { cueAt, amounts: facts.quantities.filter((o) => o.type === q.type && o.start > cueAt) };
  }
  const after = text.slice(q.end, facts.clause.end);
  const trailing = RESPECTIVELY.exec(after);
  if (!trailing) return undefined;
  const cueAt = q.end + trailing.index;
  const same = facts.quantities.filter((o) => o.type === q.type && o.end <= cueAt);
  const last = same.length - 1;
  if (last < 0 || !RUN_GAP.test(text.slice((same[last] as Quantity).end, cueAt))) return undefined;
  let first = last;
  while (
    first > 0 &&
    RUN_GAP.test(text.slice((same[first - 1] as Quantity).end, (same[first] as Quantity).start))
  )
    first--;
  const run = same.slice(first, last + 1);
  return run.length >= 2 && run.some((o) => o.start === q.start)
    ? { cueAt: (run[0] as Quantity).start, amounts: run }
    : undefined;
}

/** Whether a clause says "respectively" anywhere, asked once a clause rather than once a quantity. */
function clauseSaysRespectively(text: string, clause: Span): boolean {
  let says = SAYS_RESPECTIVELY.get(clause);
  if (says === undefined) {
    says = RESPECTIVELY.test(text.slice(clause.start, clause.end));
    SAYS_RESPECTIVELY.set(clause, says);
  }
  return says;
}
const SAYS_RESPECTIVELY = new WeakMap<Span, boolean>();

/** What separates the amounts of a run spread by a "respectively" after them: a comma, "and", a currency word. */
const RUN_GAP = latin(
  new RegExp(withWords`^[\s,]*(?:(?:${(c) => c.lists.and})\s+)?[^\d.;:()]{0,12}?$`, 'iu'),
);

const TWO_FLOWS = latin(
  new RegExp(
    withWords`(?<![\p{L}])(${(c) => c.respectively.flows})\s+(?:${(c) => c.lists.and})\s+(?:${(c) => c.respectively.flowArticle})?(${(c) => c.respectively.flows})(?![\p{L}])`,
    'iu',
  ),
);
const EXPORT_FLOW = new RegExp(withWords`^(?:${(c) => c.respectively.exportStart})`);

/** "… 30 % et 20 % du total", "of all sales", "van de uitvoer": the total a run of percentages are shares of. */
const SHARE_COMPLEMENT = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.metricStage.shareOfFlow})(?![\p{L}])`, 'iu'),
);

const SUBJECT_OPENING = latin(
  new RegExp(
    withWords`^[\s:;,]*(?:(?:${(c) => c.lists.and}|${(c) => c.lists.also})\s+)?(?:${(c) => c.lists.subjectArticle})?$`,
    'iu',
  ),
);

/** A direction to a known partner from the economy the document's flows of this metric come from. */
export function fillFrom(
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
export function listItem(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  documentEconomies: string[],
): { metric: Metric; direction: { from: string; to: string; guessed: number } } | undefined {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  if (q.columnPeriod !== undefined && q.column === q.columnPeriod && q.row !== undefined)
    return yearColumnItem(text, q, facts, lineStart);
  // a cell of a table with columns is labelled by its column ("Uitvoer") and its row
  // … and "The top export markets were:\nPeru £16.1bn (20.8%)\nChile £5.4bn (7%)" lists one item a line, unmarked
  const linePrefix = text.slice(lineStart, q.start);
  const bareHeadingEnd =
    q.column || q.change || q.listNumber || LIST_ITEM.test(linePrefix)
      ? -1
      : bareListHeading(text, lineStart, linePrefix);
  if (!q.column && !q.change && !q.listNumber && bareHeadingEnd < 0 && !LIST_ITEM.test(linePrefix))
    return undefined;
  // (a key figure's row names no partner: "US" in "(G$ US)" is its currency's; a numbered item's is right after
  // its number, "1. Switzerland")
  const partner = q.keyFigure
    ? undefined
    : q.listNumber
      ? facts.allEconomies.find((e) => !e.adjective && e.start >= q.end && e.start - q.end <= 3)
      : facts.allEconomies.find((e) => e.start >= (q.rowStart ?? lineStart) && e.end <= q.start);
  if (q.listNumber && !partner) return undefined;
  const headingEnd =
    q.headerEnd ??
    (bareHeadingEnd >= 0
      ? bareHeadingEnd
      : Math.max(
          text.lastIndexOf(':\n', lineStart),
          unitHeadingBefore(text, lineStart),
          LIST_ITEM.test(linePrefix) ? nounTitleAbove(text, lineStart) : -1,
        ));
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
    // (… a heading that names no economy: the document's, for the total row of a table set in its flows' columns)
    const owner =
      named.find((e) => e.adjective) ??
      named[0] ??
      (q.headerEnd !== undefined && q.row && TOTAL_ROW.test(q.row)
        ? { code: documentEconomies.find(isCountryOrRegion) ?? '', adjective: false }
        : undefined);
    const other = named.find((e) => e.code !== owner?.code && !e.adjective);
    // "The top Chilean goods exports were:\nCopper £38bn": goods listed under one economy's flow that names no
    // partner are of its trade with the world
    const headingFlow = METRIC_PATTERNS.find(
      ([m, re]) => (m === 'exports' || m === 'imports') && matchesIn(re, heading),
    )?.[0];
    if (!flow && headingFlow && owner && named.every((e) => e.code === owner.code))
      return { metric: headingFlow, direction: { from: owner.code, to: 'WORLD', guessed: 0 } };
    // "Regio    Uitvoer    Invoer\n…\nTotaal    7.400    11.900": the total row of a column of a flow is with the world
    // … and so is a row of the key figures of the economy the title names ("Exports (USD bn) | 412")
    if (flow && owner && !other && (q.keyFigure || (q.row && TOTAL_ROW.test(q.row))))
      return { metric: flow, direction: { from: owner.code, to: 'WORLD', guessed: 0 } };
    // "Evolutie van de handel met Israël (in miljoen euro):\nJaar    Uitvoer    Invoer\n2022    3.102,6    1.391,0": a
    // heading that names only the partner, by its name, is of the document's economy's trade with it
    const home =
      !other && owner && !owner.adjective && named.length === 1
        ? documentEconomies.find((c) => c !== owner.code && isCountryOrRegion(c))
        : undefined;
    if (flow && owner && home) return { metric: flow, direction: { from: home, to: owner.code, guessed: 1 } };
    if (!flow || !owner || !other) return undefined;
    return { metric: flow, direction: { from: owner.code, to: other.code, guessed: 0 } };
  }
  const noun = HEADING_NOUN.exec(heading)?.[1]?.toLowerCase();
  // "Belangrijkste partners (uitvoer, miljoen euro):": the flow the heading names says more than "partners"
  // "Regio    Uitvoer    Invoer\nEU    6.900    11.700": a cell of a row named by an economy is of its column's flow
  const columnFlow = q.column
    ? ((BALANCE_COLUMN.test(q.column) ? 'trade_balance' : undefined) ??
      METRIC_PATTERNS.find(
        ([m, re]) =>
          (m === 'exports' || m === 'imports' || m === 'trade_balance') && matchesIn(re, q.column ?? ''),
      )?.[0])
    : undefined;
  const flowIn = (t: string) =>
    METRIC_PATTERNS.find(([m, re]) => (m === 'exports' || m === 'imports') && matchesIn(re, t))?.[0];
  // "Uitvoer van kaas, 2022\nRegio (% verandering)\nAzië -40": a table of changes names its flow in its title line
  const flow =
    columnFlow ?? flowIn(heading) ?? (q.change ? flowIn(titleAbove(text, headingStart)) : undefined);
  const nounMetric = noun ? metricOfRankNoun(noun) : undefined;
  // ("On the import side, the main markets were:": a market of imports is a source)
  const metric =
    nounMetric &&
    !columnFlow &&
    !((nounMetric === 'bilateral_trade' || GENERIC_MARKET.test(noun ?? '')) && flow)
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
  const numbered = NUMBERED_ITEM.test(linePrefix);
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 30; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (line.endsWith(':')) return start + line.length - 1;
    // … or a title that gives the list's unit in brackets: "Top export destinations of Kenya, 2023 (KES billion)"
    if (UNIT_IN_BRACKETS_END.test(line)) return start + line.length;
    // … or, over numbered items, a title that names what is ranked: "Top 5 export destinations"
    if (numbered && isNounTitle(line)) return start + line.length;
    // (a blank line between numbered items, or under their title; an item's number is no sentence's end)
    const item = line.replace(NUMBERED_ITEM, '');
    if (!(numbered && line === '') && (line.length > 90 || !/\d/.test(line) || /[.!?]\s+\p{Lu}/u.test(item)))
      return -1;
    end = start - 1;
  }
  return -1;
}

/** The numbering of a list's item: "1. ", "2) ". */
const NUMBERED_ITEM = /^[ \t]*\d{1,2}[.)][ \t]/;

/**
 * A line that titles a list by the noun of what it ranks ("Main export destinations", "Top 5 markets for Kenyan
 * tea, 2023"): short, no sentence, no amount of its own.
 */
export function isNounTitle(line: string): boolean {
  return (
    line.length > 0 &&
    line.length <= 90 &&
    !/[.!?;]$/.test(line) &&
    !NUMBERED_ITEM.test(line) &&
    !/\d[.,]\d|\d\s*%/.test(line) &&
    HEADING_NOUN.test(line)
  );
}

/**
 * Over a run of items ("- Uganda: 10.1%"), the end of the title line that names what they rank, when no colon
 * ends it ("Main export destinations"); the lines between are items.
 */
function nounTitleAbove(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 30; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trimEnd();
    if (isNounTitle(line)) return start + line.length;
    if (line !== '' && !LIST_ITEM_LINE.test(line)) return -1;
    end = start - 1;
  }
  return -1;
}
/** What marks a list's item at its line's start: a bullet, a dash or its number ("- ", "•", "2.", "3)"). */
const ITEM_MARK = String.raw`(?:[-•*–]|\d{1,2}[.)])`;
const LIST_ITEM_LINE = latin(
  new RegExp(String.raw`^\s*${ITEM_MARK}\s*\p{L}[\p{L}'’. -]{1,40}?\s*[:–(]\s*\S.{0,60}$`, 'u'),
);

const BARE_LIST_ITEM = latin(
  new RegExp(
    String.raw`^[ \t]*(?:${ITEM_MARK}[ \t]*)?` +
      withWords`\p{L}[\p{L}'’.&()\- \t]{0,60}?[ \t]+(?:(?:\p{Sc}[ \t]?[\d.,]+[ \t]?(?:${(c) => c.lists.tableScale})?[ \t]*)?\([ \t]*[+−-]?[ \t]*)?$`,
    'u',
  ),
);

const GENERIC_MARKET = new RegExp(withWords`^(?:${(c) => c.lists.genericMarket})$`, 'i');

/** The end of a heading that gives a table's unit ("Principaux clients du Maroc en 2023 (en MDH)") above the row. */
function unitHeadingBefore(text: string, lineStart: number): number {
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 40; rows++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    // (a row set with pipes, "| 2021 | 420 |", read without its last pipe)
    const line = text.slice(start, end).replace(/\s*\|\s*$/, '');
    if (/\([^()]+\)\s*[:.]?\s*$/.test(line)) return end;
    // (a header line that names columns: "Jaar    Uitvoer    Invoer", and a blank line under the heading, or the
    // rule under a header of pipes)
    const header = (!/\d/.test(line) && /\S(?:\t|\s{2,}|\s*\|\s*)\S/.test(line)) || /^[\s|:-]*$/.test(line);
    if (line.length > 80 || !(/\d\s*%?\s*$/.test(line) || header)) return -1;
    end = start - 1;
  }
  return -1;
}

const EXCLUDED_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.lists.excluding})\s*(?:${(c) => c.lists.excludingOf})?\s*$`,
    'iu',
  ),
);

/** A table column of balances: "Solde", "Saldo", "Balance". */
/** The line right above a table's heading, its title ("Uitvoer van kaas naar continenten, 2022"). */
function titleAbove(text: string, headingStart: number): string {
  const start = text.lastIndexOf('\n', headingStart - 2) + 1;
  return headingStart > 0 ? text.slice(start, headingStart) : '';
}
/** A table's total row: "Totaal", "Total". */
export const TOTAL_ROW = new RegExp(withWords`^(?:${(c) => c.figureLinks.total})$`, 'iu');
const BALANCE_COLUMN = new RegExp(withWords`^(?:${(c) => c.lists.balanceColumn})$`, 'i');

export function itemOfFlowList(text: string, q: Quantity, lastStart: number): boolean {
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

// (an item marked by a bullet, a dash or its number: "- Chemie:", "2. Chemische producten:", "3) Machines :")
const BULLETED_ITEM = latin(
  new RegExp(String.raw`^\s*${ITEM_MARK}\s*\p{L}[\p{L}'’. -]{1,40}?\s*[:–]\s*$`, 'u'),
);

const LIST_ITEM = latin(
  new RegExp(
    String.raw`^\s*(?:${ITEM_MARK}\s*)?\p{L}[\p{L}'’. -]{1,40}?(?:\s+(?:19|20)\d\d)?\s*[:–]\s*$`,
    'u',
  ),
);

const matchesIn = (re: RegExp, s: string) => {
  re.lastIndex = 0;
  const found = re.test(s);
  re.lastIndex = 0;
  return found;
};

/**
 * "| Exportations du Maroc vers le Portugal (MDH) | 5 210 | 6 480 |" under "| | 2021 | 2022 |": a cell of a year's
 * column, its flow named by its row, its economies by its row (the first the owner) or else by the table's title.
 */
function yearColumnItem(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  lineStart: number,
): { metric: Metric; direction: { from: string; to: string; guessed: number } } | undefined {
  const row = q.row ?? '';
  const titleEnd = q.headerEnd;
  if (titleEnd === undefined) return undefined;
  const titleStart = text.lastIndexOf('\n', titleEnd - 1) + 1;
  const title = text.slice(titleStart, titleEnd);
  // (rows that name goods or partners take the flow of the title: "De Vlaamse uitvoer naar Brazilië (in miljoen
  // euro):\n| Machines |", "Principaux clients du Maroc (en MDH)\nEspagne | 86 342")
  const rowFlow = METRIC_PATTERNS.find(([, re]) => matchesIn(re, row))?.[0];
  const rankNoun = HEADING_NOUN.exec(title)?.[1];
  const metric =
    rowFlow ??
    METRIC_PATTERNS.find(([, re]) => matchesIn(re, title))?.[0] ??
    (rankNoun ? metricOfRankNoun(rankNoun.toLowerCase()) : undefined);
  if (!metric) return undefined;
  // (not the "US" of a unit in brackets: "Exports (US$ bn)")
  const inBracket = (e: { start: number }) => /\([^()]*$/.test(text.slice(lineStart, e.start));
  const inRow = facts.allEconomies.filter((e) => e.start >= lineStart && e.end <= q.start && !inBracket(e));
  const inTitle = facts.allEconomies.filter((e) => e.start >= titleStart && e.end <= titleEnd);
  // (a row that names only its partner has the title's economy for owner)
  const named = (rowFlow ? [...inRow, ...inTitle] : [...inTitle, ...inRow]).filter(
    (e, i, all) => all.findIndex((o) => o.code === e.code) === i,
  );
  const owner = named.find((e) => e.adjective) ?? named[0];
  if (!owner) return undefined;
  const partner = named.find((e) => e.code !== owner.code && !e.adjective)?.code ?? 'WORLD';
  const [from, to] =
    metric === 'bilateral_trade' && owner.code > partner ? [partner, owner.code] : [owner.code, partner];
  return { metric, direction: { from, to, guessed: 0 } };
}
