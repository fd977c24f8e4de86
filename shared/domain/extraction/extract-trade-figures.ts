// Rule-based extraction of trade figures: each quantity found in a clause is tied to the closest metric
// noun, its economies' roles (owner, partner) give the direction, the clause's period expressions give
// the period, and cue words give kind, bound, measure and sign. Quantities with no trade metric in their
// clause (people, companies, meetings, dates) are not figures.

import { extractFrom } from './document/document-pass.js';
import type { ExtractedFigure, ExtractionContext } from './extracted-figure.js';
import { latin } from './letters.js';

export type { ExtractedFigure, ExtractionContext } from './extracted-figure.js';

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
    // … nor the next item of a numbered list ("…billion\n2. India: US$2.9 billion")
    if (NUMBERED_ITEM.test(text.slice(i + 1, i + 9))) continue;
    // … but not a table's header line ("Jaar    Uitvoer    Invoer", "Year | Exports | Imports"): its columns are apart
    if (/\S(?:\t|[ ]{2,}|[ \t]*\|[ \t]*)\S/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) continue;
    parts.push(text.slice(from, i - cr), cr ? '  ' : ' ');
    from = i + 1;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(from));
  return parts.join('');
}

const LOWER_LETTER = latin(/\p{Ll}/u);
const NUMBERED_ITEM = latin(/^\d{1,2}[.)][ \t]+\p{L}/u);

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
