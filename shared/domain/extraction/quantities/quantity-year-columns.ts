// Reads the cells of a table whose header line carries the years and whose rows name the flows: "Le commerce du
// Maroc avec le Portugal (MDH)\n| | 2021 | 2022 | 2023 |\n| Exportations | 5 210 | 6 480 | 7 120 |". Each cell is
// an amount in the unit of its row's label, of the header's first cell or of the title, of its column's year.
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import type { Quantity } from './quantity.js';
import { readCell } from './quantity-flow-columns.js';
import type { NumberAt } from './quantity-numbers.js';
import { CELL_GAP, SIGNED_NUMBER_CELL, titleEndAbove, unitOf } from './quantity-tables.js';

/**
 * A header line of two years or more, apart, a first empty cell allowed: "| | 2021 | 2022 |", "   2022   2023"; or a
 * first cell that labels the rows, with no digit, which may give the unit: "Value (£m) | 2022 | 2023".
 */
const YEAR_HEADER =
  /^[ \t]*(?:\|[ \t]*)*(?:([^\d|\t\n]{1,40}?)(?:[ \t]*\|[ \t]*|\t+|[ \t]{2,}))?((?:19|20)\d\d)(?:(?:[ \t]*\|[ \t]*|\t+|[ \t]{2,})(?:19|20)\d\d)+[ \t]*\|?[ \t]*$/;
const YEAR = /(?:19|20)\d\d/g;
/** A row: its label, then its cells, set with pipes or apart. */
const ROW = latin(/^[ \t]*\|?[ \t]*(\p{L}[^|\t\d\n]*?)[ \t]*(?:\||\t|[ \t]{2,})[ \t]*(.*?)[ \t]*\|?[ \t]*$/u);

/** The amounts of the tables of `text` whose header carries the years; their numbers taken out of `numbers`. */
export function yearColumnCells(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
): Quantity[] {
  const out: Quantity[] = [];
  if (!/(?:19|20)\d\d(?:[ \t]*\|[ \t]*|\t+|[ \t]{2,})(?:19|20)\d\d/.test(text)) return out;
  const lines = text.split('\n');
  let lineStart = 0;
  for (const [i, line] of lines.entries()) {
    const headerStart = lineStart;
    lineStart += line.length + 1;
    const header = YEAR_HEADER.exec(line);
    if (!header) continue;
    const years = line.match(YEAR) ?? [];
    const headerLabel = header[1] ?? '';
    const titleEnd = titleEndAbove(text, headerStart);
    const title = text.slice(text.lastIndexOf('\n', titleEnd - 1) + 1, titleEnd);
    let at = lineStart;
    for (const rowLine of lines.slice(i + 1)) {
      const rowStart = at;
      at += rowLine.length + 1;
      if (/^[ \t|:-]*$/.test(rowLine) && rowLine.includes('-')) continue;
      const row = ROW.exec(rowLine);
      const cells = (row?.[2] ?? '').split(CELL_GAP).filter((c) => c !== '');
      if (!row || cells.length !== years.length || !cells.every((c) => SIGNED_NUMBER_CELL.test(c))) break;
      const label = (row[1] ?? '').trim();
      const unit = unitOf(label, language) ?? unitOf(headerLabel, language) ?? unitOf(title, language);
      if (!unit) continue;
      let from = rowStart + rowLine.indexOf(row[2] ?? '');
      for (const [k, cell] of cells.entries()) {
        const start = text.indexOf(cell, from);
        from = start + cell.length;
        const amount = readCell(cell, start, numbers, language, unit, offset);
        if (amount)
          out.push({
            ...amount,
            column: years[k] ?? '',
            row: label,
            columnPeriod: years[k] ?? '',
            headerEnd: offset + (titleEnd > 0 ? titleEnd : headerStart),
          });
      }
    }
  }
  return out;
}
