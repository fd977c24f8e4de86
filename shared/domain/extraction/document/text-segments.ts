// Splits document text into sentences and clauses with their offsets, so every figure keeps the exact
// position of its quote. Hard line breaks inside a sentence (PDF and parliamentary text) do not split it.
import type { Language } from '../language.js';
import type { Cues } from '../languages/cues.js';
import { ALL_CUES, CUES } from '../languages/index.js';
import { latin } from '../letters.js';
import { withWords, withWordsIn } from '../lexicon.js';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(ALL_CUES.flatMap((c) => c.segments.abbreviations));

/** A bullet that opens a list item's line: "- ", "• ", "* ". */
const BULLET_MARK = '[-•*–▪►]';
// (a line break before a capital, a digit, or a bullet and its item: "\n- Exportations : 2,8 milliards")
const SENTENCE_END = new RegExp(
  `[.!?…]+["»”’)\\]]*(?=\\s)|\\n[ \\t]*\\n|\\n(?=[ \\t]*(?:${BULLET_MARK}[ \\t]+)?[\\p{Lu}\\d])`,
  'gu',
);

const WORD_BEFORE_END = latin(/([\p{L}.]+)$/u);
const NEXT_VISIBLE = latin(/\S/u);
/** The number that opens a list item's line: "1. ", "2) ". */
const ITEM_NUMBER = /^[ \t]*\d{1,2}[.)][ \t]+(?=\p{L})/u;
/** The length of the number that opens a numbered paragraph at `at` (a line ending with its full stop), if any. */
function numberedParagraph(text: string, at: number): number | undefined {
  const number = ITEM_NUMBER.exec(text.slice(at, at + 8));
  if (!number) return undefined;
  const lineEnd = text.indexOf('\n', at);
  return /[.!?]\s*$/.test(text.slice(at, lineEnd < 0 ? text.length : lineEnd)) ? number[0].length : undefined;
}

const BULLET = new RegExp(`^[ \\t]*${BULLET_MARK}[ \\t]`);

/**
 * Whether the bulleted line that ends at `lineEnd` is an item of a list that a line ending with ":" introduces.
 * `known` keeps the answer of each bulleted line's start, so that a long list is walked once, not once an item.
 */
function introducedList(text: string, lineEnd: number, known: Map<number, boolean>): boolean {
  // (the bulleted lines above, up to one whose answer is known or to the list's first item)
  const walked: number[] = [];
  let lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  let answer: boolean | undefined;
  while (answer === undefined) {
    answer = known.get(lineStart);
    if (answer !== undefined) break;
    walked.push(lineStart);
    if (lineStart === 0 || !BULLET.test(text.slice(lineStart, lineStart + 4))) answer = false;
    else {
      const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      const previous = text.slice(previousStart, lineStart - 1);
      if (BULLET.test(previous)) lineStart = previousStart;
      else answer = /:\s*$/.test(previous);
    }
  }
  for (const start of walked) known.set(start, answer);
  return answer;
}

/** Sentences as spans of `text`; a break needs end punctuation plus a capital or digit, or a blank line. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const introduced = new Map<number, boolean>();
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('\n')) {
      // a single line break ends a sentence only after a label line (a heading, a chart label, a list line)
      // (… and not before a numbered list item, which goes on as a bulleted one does: "1. Chine (12 %)\n2. Inde")
      if (
        match[0].length === 1 &&
        (!endsLabelLine(text, match.index) ||
          ITEM_NUMBER.test(text.slice(end, end + 8)) ||
          // (… nor between the bulleted items of a list a line introduces: "… evolueerde als volgt:\n- 2022: …")
          (BULLET.test(text.slice(end, end + 4)) && introducedList(text, match.index, introduced)))
      )
        continue;
      pushSpan(spans, text, start, match.index);
      // (a numbered paragraph's sentence starts after its number: "4. Sinds 2019 groeide …"; a list item keeps its
      // number, the rank a ranking list gives it)
      start = end + (numberedParagraph(text, end) ?? 0);
      continue;
    }
    const word = WORD_BEFORE_END.exec(text.slice(Math.max(0, match.index - 12), match.index))?.[1] ?? '';
    if (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word)) continue;
    // "De belangrijkste producten waren:\n1. Chemie: 24 %": the number of a list item opening its line ends no
    // sentence (the item's sentence starts after it)
    if (/(?:^|\n)[ \t]*\d{1,2}$/.test(text.slice(Math.max(0, match.index - 6), match.index))) continue;
    const next = NEXT_VISIBLE.exec(text.slice(end))?.[0] ?? '';
    if (next && !/[\p{Lu}\d"«“‘(–—-]/u.test(next)) continue;
    pushSpan(spans, text, start, end);
    start = end;
  }
  pushSpan(spans, text, start, text.length);
  return spans;
}

/**
 * Whether the line that ends at `lineEnd` is a label rather than a line of wrapped prose: short, with no closing
 * punctuation, not ending on a word that leads into the next line ("exports to\nPeru"), and the first line of its
 * block or one of a run of short lines ("Autres 12%\nChine 6%\nLes exportations …"). Lines of prose wrapped at a
 * column are most of them long, and a line that introduces what follows (":") keeps it.
 */
function endsLabelLine(text: string, lineEnd: number): boolean {
  const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
  const line = text.slice(lineStart, lineEnd).trim();
  if (line === '') return false;
  // a fact sheet's line, a label and its figure: "Exportations vers le Sénégal : 1,2 Md€ (+8 %)"
  if (KEY_AND_FIGURE.test(line)) return true;
  // a title with its unit in brackets over a list of names and figures: "Main suppliers, 2023 (USD million)\nChina 41"
  if (
    UNIT_IN_BRACKETS_END.test(line) &&
    line.length <= 120 &&
    NAME_ROW_NEXT.test(text.slice(lineEnd + 1, lineEnd + 80))
  )
    return true;
  if (line.length > LABEL_MAX || !LABEL_END.test(line) || LEADS_ON.test(line)) return false;
  // a heading over rows of numbers ("Exports to Peru (USD million)\n2022    1,204") gives them their flow and unit
  if (/^[ \t]*\d/.test(text.slice(lineEnd + 1, lineEnd + 8)) && !/\d/.test(line)) return false;
  // … and its rows, set in columns, are one table
  if (/\S(?:\t|[ ]{2,})\S/.test(line)) return false;
  if (lineStart === 0) return true;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const previous = text.slice(previousStart, lineStart - 1).trim();
  return previous === '' || previous.length <= LABEL_MAX || /[.!?…:]["»”’)\]]*$/u.test(previous);
}
const LABEL_MAX = 50;
/** A title's unit in brackets at the end of its line: "Main suppliers, 2023 (USD million)". */
export const UNIT_IN_BRACKETS_END = /\([^()\d]{2,40}\)$/;
/** A row of a list: a name, then a figure, and nothing more on its line ("Uganda 120.4", "Chine : 12 %"). */
const NAME_ROW_NEXT =
  /^[ \t]*(?:[-•*–][ \t]*)?\p{Lu}[\p{L}'’. -]{1,40}?[ \t]*[:–]?[ \t]*[-+−]?[\d.,]+[ \t]*%?[ \t]*(?:\n|$)/u;
/** A label, a colon and a short figure with no sentence after it: "Belgian exports to Vietnam: EUR 1.1 billion". */
const KEY_AND_FIGURE = /^(?=[^:]*\p{L})[^:.!?\n]{3,90}:[ \t]*[-+−]?[ \t]*[^\s:\d]{0,4}[ \t]?\d[^:!?]{0,40}$/u;
/** A label ends on a letter, a digit, a percent sign or a bracket, not on punctuation that goes on. */
const LABEL_END = latin(/[\p{L}\d%)\]]$/u);
const LEADS_ON = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.segments.leadsOn})$`, 'iu'));

function pushSpan(spans: Span[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e });
}

// A coordinating conjunction followed by a determiner starts a new statement with its own subject:
// "…en 2013 représente moins de 1% … et les investissements japonais …".
// (each language's own words: a clause of French text breaks on French conjunctions only)
const clauseBreak = (cues: Cues): RegExp =>
  new RegExp(
    withWordsIn([
      cues,
    ])`;|,\s(?:${(c) => c.segments.breakAfterComma})|\s(?:${(c) => c.segments.breakBeforeSubject})\s+(?=(?:${(c) => c.segments.subjectStart}|${(c) => c.segments.flowVerbStart})\s)`,
    'giu',
  );
const CLAUSE_BREAK: Record<Language, RegExp> = {
  fr: clauseBreak(CUES.fr),
  nl: clauseBreak(CUES.nl),
  en: clauseBreak(CUES.en),
};

/** A number with a unit or an ordinal: "3,1 milliards", "12 %", "€768", "38ste", "45e". */
const STATES_A_FIGURE = new RegExp(
  withWords`\d(?:[\d\s.,]*\d)?\s*(?:%|[€$£¥]|(?:${(c) => c.segments.figureUnit}))|[€$£¥]\s?\d|\d(?:${(c) => c.segments.ordinalSuffix})(?![\p{L}])`,
  'iu',
);
const NAME_BEFORE = /\p{Lu}[\p{L}'’-]*$/u;
const NAME_NEXT = new RegExp(withWords`^(?:${(c) => c.roles.articles})?\s*\p{Lu}`, 'u');
const BRACKETED_ITEM_NEXT = new RegExp(
  withWords`^(?:(?:${(c) => c.roles.articles})\s*\p{L}|\p{Lu})[^().;,]{0,40}(?:\([^()\d]{1,30}\)\s*)?\(\s*[+−-]?\s*[€$£]?\s*\d[\d.,]*\s*(?:%|[€$£]|${(c) => c.segments.bracketUnit})`,
  'u',
);
const BETWEEN_OPEN = new RegExp(withWords`(?:^|\s)(?:${(c) => c.roles.between})\s+(?:\S+\s+){0,3}\S+$`, 'iu');

/** Clauses of one sentence, as spans of the document text. */
export function splitClauses(text: string, sentence: Span, language: Language): Span[] {
  const body = text.slice(sentence.start, sentence.end);
  const spans: Span[] = [];
  let start = 0;
  for (const match of body.matchAll(CLAUSE_BREAK[language])) {
    // "entre la France et le Japon": the conjunction joins the two sides of one pair, not two statements.
    if (BETWEEN_OPEN.test(body.slice(Math.max(start, match.index - 50), match.index))) continue;
    // "les minerais et les phosphates, n'ont représenté que …": a conjunction starts a new statement only
    // after one that states a number
    if (!/^[;,]/.test(match[0]) && !STATES_A_FIGURE.test(body.slice(start, match.index))) continue;
    // "l'Espagne et la France restent …": the conjunction joins two names
    if (
      NAME_BEFORE.test(body.slice(Math.max(start, match.index - 30), match.index)) &&
      NAME_NEXT.test(body.slice(match.index + match[0].length, match.index + match[0].length + 20))
    ) {
      continue;
    }
    // "… le Chili (+12,4 %) et la Bolivie (+7,9 %)", "les plastiques (21 %) et les engrais (13 %)": the last item
    // of a list of bracketed figures
    // (… also when the item before has no bracket of its own, joined to the next by "et": "les plastiques (21 %), les
    // montres et les produits laitiers (5 % chacun)")
    if (
      (/\)\s*$/.test(body.slice(Math.max(start, match.index - 3), match.index)) ||
        /\)\s*,\s*[^().;,\d]{1,60}$/.test(body.slice(Math.max(start, match.index - 70), match.index))) &&
      BRACKETED_ITEM_NEXT.test(body.slice(match.index + match[0].length, match.index + match[0].length + 60))
    ) {
      continue;
    }
    spans.push({ start: sentence.start + start, end: sentence.start + match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start: sentence.start + start, end: sentence.end });
  return spans.filter((s) => s.end > s.start);
}

const TEASER_HEADER = new RegExp(
  withWords`^[ \t]*(?:${(c) => c.segments.teaserHeader})\b[ \t]*(:?)[ \t]*(.*)$`,
  'gimu',
);
const TEASER_PARAGRAPH_MAX = 320;

/** The next line of a text, with the line break before it. */
const NEXT_LINE = /\n[^\n]*/g;

/**
 * "Lire aussi" teasers: a header line with a title after it is one teaser; a header on its own line is
 * followed by short lines (titles, first lines cut with "…") that are teasers too, up to the first sentence
 * or line of paragraph length. Figures there belong to other articles.
 */
export function teaserSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(TEASER_HEADER)) {
    const lineEnd = m.index + m[0].length;
    if (m[2]?.trim()) {
      spans.push({ start: m.index, end: lineEnd });
      continue;
    }
    // the lines after the header, one at a time up to the first that is the article again: a title has no
    // closing full stop, a teaser's first lines are cut ("…"); a sentence, or a line as long as a paragraph, is
    // the article again. Pages copied from the web often keep one title a line with no blank line between.
    let end = lineEnd;
    NEXT_LINE.lastIndex = lineEnd;
    for (let line = NEXT_LINE.exec(text); line; line = NEXT_LINE.exec(text)) {
      const body = line[0].trim();
      const cut = /(?:\.\.\.|…)$/.test(body);
      if (!cut && (body.length > TEASER_PARAGRAPH_MAX || /[.!?]["»”’)]*$/.test(body))) break;
      end = line.index + line[0].length;
    }
    spans.push({ start: m.index, end });
  }
  // "… en 2019. Lire aussi | Pérou : 4 milliards de ventes en cinq mois Du côté des …": a teaser flattened into
  // the prose runs to where the article's next sentence starts, a capitalised word then a lower-case one
  for (const m of text.matchAll(INLINE_TEASER)) {
    if (spans.some((s) => m.index >= s.start && m.index < s.end)) continue;
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + INLINE_TEASER_MAX);
    const next = /(?<=[\p{Ll}\d%])\s+(?=\p{Lu}\p{Ll}+,?\s+\p{Ll})|\n/u.exec(rest.slice(10));
    spans.push({ start: m.index, end: from + (next ? next.index + 10 : rest.length) });
  }
  // "The post … appeared first on Andean Trade Daily.": a feed's footer restates the title
  for (const m of text.matchAll(FEED_FOOTER)) spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}
const INLINE_TEASER = new RegExp(
  withWords`(?<=\S[ \t]+)(?:${(c) => c.segments.inlineTeaser})[ \t]*[|:][ \t]*`,
  'giu',
);
const INLINE_TEASER_MAX = 200;
const FEED_FOOTER = new RegExp(withWords`(?:^|(?<=[.!?]\s+))(?:${(c) => c.segments.feedFooter})`, 'gu');

/**
 * Where the headline ends: the end of the first line that is not a site's navigation ("Home | News | Trade",
 * "Accueil > Actualités > Commerce extérieur"), which web pages print above it; -1 for a text of one line.
 */
export function headlineEnd(text: string): number {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end);
    if (end < 0 || !(line.trim() === '' || NAVIGATION_LINE.test(line))) return end;
    start = end + 1;
  }
}

/** A line of menu items or a breadcrumb trail: words between two separators or more, no sentence. */
const NAVIGATION_LINE = /^[^.!?\d\n]*?\s[|>›»]\s[^.!?\n]*?\s[|>›»]\s[^.!?\n]*$/;
