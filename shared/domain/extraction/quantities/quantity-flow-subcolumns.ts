// Reads the cells of a table with two header levels flattened to running text: a column per flow, each split into
// sub-columns (the amount in the table's unit, its change in percent, or the amount of a month), and the rows run on
// one line: "Exports Imports Balance (EUR bn)\nEUR bn % change EUR bn % change May 2024 May 2023\nEU 4.1 3.2 …".
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { MONTH_WORDS, monthNumber, YEAR } from '../periods/period-words.js';
import type { Quantity } from './quantity.js';
import { FLOW_PAIR, readCell } from './quantity-flow-columns.js';
import type { NumberAt } from './quantity-numbers.js';
import { unitOf } from './quantity-tables.js';

/** A header line of flows ending with the table's unit: "Uitvoer Invoer Saldo (in miljoen euro)". */
const FLOWS_WITH_UNIT = latin(
  new RegExp(
    withWords`(?:^|(?<=\n))((?:${(c) => c.quantities.flowColumns})(?:[ \t]+(?:${(c) => c.quantities.flowColumns}))+)[ \t]*(\([^()\n]{1,40}\))[ \t]*\n`,
    'gu',
  ),
);
/** A sub-column of changes: "Veranderingspercentages", "% change", "variation en %" */
const CHANGE_LABEL = latin(new RegExp(withWords`\p{L}*(?:${(c) => c.quantities.changeHeading})\p{L}*`, 'iu'));
const MONTH_LABEL = `(${MONTH_WORDS})\\s+(${YEAR})(?!\\d)`;
const CELL = String.raw`(?:--|[-−–+])?\d{1,3}(?:[.,]\d+)?`;
/** The first row: a capitalised label and two cells or more, up to the next label or the line's end. */
const FIRST_ROW = latin(
  new RegExp(
    `(\\p{Lu}[\\p{L}()'’ .-]*?)[ \\t]+${CELL}(?:[ \\t]+${CELL})+(?=[ \\t]+\\p{Lu}|[ \\t]*(?:\\n|$))`,
    'u',
  ),
);
const ZONE_MAX = 400;

type SubColumn = { kind: 'value' } | { kind: 'change' } | { kind: 'value'; period: string };

/**
 * The cells of the rows under a header of flows split into sub-columns: the sub-column labels between the header
 * and the first row, in order (a repeat of the table's unit, a change, a month of a year), shared evenly among the
 * flows; each row read when it has one cell per sub-column. Takes their numbers out of `numbers`.
 */
export function subColumnCells(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
): Quantity[] {
  const out: Quantity[] = [];
  if (!FLOW_PAIR.test(text)) return out;
  for (const header of text.matchAll(FLOWS_WITH_UNIT)) {
    const flows = (header[1] ?? '').trim().split(/[ \t]+/);
    const unit = unitOf(header[2] ?? '', language);
    if (!unit) continue;
    const headerEnd = header.index + header[0].length - 1;
    const zone = text.slice(headerEnd + 1, headerEnd + 1 + ZONE_MAX);
    const first = FIRST_ROW.exec(zone);
    if (!first) continue;
    const subColumns = subColumnsOf(zone.slice(0, first.index), header[2] ?? '');
    if (subColumns.length === 0 || subColumns.length % flows.length !== 0) continue;
    const perFlow = subColumns.length / flows.length;
    const titled = titlePeriod(text, header.index);
    const row = latin(
      new RegExp(
        `(\\p{Lu}[\\p{L}()'’ .-]*?)[ \\t]+((?:${CELL}[ \\t]+){${subColumns.length - 1}}${CELL})(?=[ \\t]+\\p{Lu}|[ \\t]*(?:\\n|$))`,
        'uy',
      ),
    );
    let at = headerEnd + 1 + first.index;
    for (let m = row.exec(readFrom(row, text, at)); m; m = row.exec(readFrom(row, text, at))) {
      const label = (m[1] ?? '').trim();
      let from = m.index + (m[0].length - (m[2] ?? '').length);
      for (const [i, cell] of (m[2] ?? '').split(/[ \t]+/).entries()) {
        const start = text.indexOf(cell, from);
        from = start + cell.length;
        const sub = subColumns[i];
        const quantity = sub ? readSubCell(cell, start, numbers, language, sub, unit, offset) : undefined;
        // (a cell of no month of its own is of the month or year the table's title states)
        if (quantity && !quantity.columnPeriod && titled) quantity.columnPeriod = titled;
        if (quantity)
          out.push({
            ...quantity,
            column: flows[Math.floor(i / perFlow)] ?? '',
            row: label,
            rowStart: offset + m.index + (m[0].length - m[0].trimStart().length),
            headerEnd: offset + headerEnd,
          });
      }
      at = m.index + m[0].length;
      while (text[at] === ' ' || text[at] === '\t') at++;
    }
  }
  return out;
}

/** The month of a year, or the year, that the line above a header states: "AUGUSTUS 2011", "Trade in 2024". */
function titlePeriod(text: string, headerStart: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', headerStart - 2) + 1;
  const title = text.slice(lineStart, headerStart);
  const month = new RegExp(MONTH_LABEL, 'iu').exec(title);
  if (month?.[1] && month[2]) return `${month[2]}-${String(monthNumber(month[1])).padStart(2, '0')}`;
  return new RegExp(`(?<!\\d)(${YEAR})(?!\\d)`).exec(title)?.[1];
}

/** Sets the sticky pattern to read at `at` and returns the text. */
function readFrom(re: RegExp, text: string, at: number): string {
  re.lastIndex = at;
  return text;
}

/** The sub-column labels of a header's second level, in order: the table's unit, a change, a month of a year. */
function subColumnsOf(zone: string, unitBracket: string): SubColumn[] {
  const unitWords = unitBracket.slice(1, -1).trim().split(/\s+/).map(escaped).join('\\s+');
  const label = latin(new RegExp(`(${unitWords})|${MONTH_LABEL}|${CHANGE_LABEL.source}`, 'giu'));
  const out: SubColumn[] = [];
  for (const m of zone.matchAll(label)) {
    if (m[1]) out.push({ kind: 'value' });
    else if (m[2] && m[3])
      out.push({ kind: 'value', period: `${m[3]}-${String(monthNumber(m[2])).padStart(2, '0')}` });
    else out.push({ kind: 'change' });
  }
  return out;
}
const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A cell as its sub-column reads it: an amount in the table's unit (of a month, if the sub-column says), or a change. */
function readSubCell(
  cell: string,
  start: number,
  numbers: NumberAt[],
  language: Language,
  sub: SubColumn,
  unit: Quantity,
  offset: number,
): Quantity | undefined {
  const quantity = readCell(cell, start, numbers, language, sub.kind === 'change' ? undefined : unit, offset);
  if (quantity?.type === 'money' && 'period' in sub) quantity.columnPeriod = sub.period;
  return quantity;
}
