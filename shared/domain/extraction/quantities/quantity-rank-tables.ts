// Reads a table of ranks: "Main export markets of Kenya, 2023\n\nRank | Country | Value (KES bn) | Share (%)\n1 |
// Uganda | 98.2 | 11.4": each row's rank, and its cells as amounts in their column's unit or as shares.
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from './quantity.js';
import { readCell } from './quantity-flow-columns.js';
import type { NumberAt } from './quantity-numbers.js';
import { CELL_GAP, SIGNED_NUMBER_CELL, titleEndAbove, unitOf, withoutEdgePipes } from './quantity-tables.js';

const RANK_HEADER = latin(
  new RegExp(withWords`^[ \t]*\|?[ \t]*(?:${(c) => c.quantities.rankColumn})[ \t]*(?:\||\t|[ \t]{2,})`, 'iu'),
);
const RANK_HEADER_LINE = new RegExp(RANK_HEADER.source, `${RANK_HEADER.flags}m`);
const RANK_ROW_HINT = /\n[ \t]*\|?[ \t]*\d{1,2}\.?[ \t]*(?:\||\t|[ \t]{2})/;
/** A label that makes its column's cells percentages: "Share (%)", "Part (%)", "Aandeel %". */
const PERCENT_LABEL = /%/;
const RANK_CELL = /^\d{1,2}\.?$/;

const cellsOf = (line: string) => withoutEdgePipes(line).split(CELL_GAP);

/** The ranks and cells of the tables of ranks of `text`; their numbers taken out of `numbers`. */
export function rankTableCells(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
): Quantity[] {
  const out: Quantity[] = [];
  // (the cheap tests first: a row that opens with a rank and a column gap, then a header line of a rank's label)
  if (!RANK_ROW_HINT.test(text) || !RANK_HEADER_LINE.test(text)) return out;
  let lineStart = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    const headerStart = lineStart;
    lineStart += line.length + 1;
    if (!RANK_HEADER.test(line)) continue;
    const labels = cellsOf(line);
    const title = titleEndAbove(text, headerStart);
    let at = lineStart;
    for (const row of lines.slice(i + 1)) {
      const rowStart = at;
      at += row.length + 1;
      if (/^[ \t|:-]*$/.test(row) && row.includes('-')) continue;
      const cells = cellsOf(row);
      if (cells.length !== labels.length || !RANK_CELL.test(cells[0] ?? '')) break;
      let from = rowStart;
      for (const [k, cell] of cells.entries()) {
        const start = text.indexOf(cell, from);
        from = start + cell.length;
        if (k === 0) {
          out.push({
            type: 'rank',
            value: Number.parseInt(cell, 10),
            unit: 'rank',
            start: offset + start,
            end: offset + start + cell.length,
            listNumber: true,
            headerEnd: offset + title,
          });
          continue;
        }
        if (!SIGNED_NUMBER_CELL.test(cell)) continue;
        const label = labels[k] ?? '';
        const percent = PERCENT_LABEL.test(label);
        const unit = percent ? undefined : unitOf(label, language);
        if (!percent && !unit) continue;
        const q = readCell(cell, start, numbers, language, unit, offset);
        if (!q) continue;
        // (a column of shares: no change, its percentages are parts)
        if (percent) delete q.change;
        out.push({ ...q, column: label, row: cells[1] ?? '', headerEnd: offset + title });
      }
    }
  }
  return out;
}
