// Reads the cells of a table with a column per flow whose layout was flattened to single spaces, as a page's
// table often is once its markup is gone: "(% change on a year earlier) Exports Imports\nEU 6.9 11.7".
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from './quantity.js';
import { type NumberAt, parseNumber, scaled } from './quantity-numbers.js';
import { unitOf } from './quantity-tables.js';

/** Two flow labels in a row, the cheap test before the readers of tables set in flows' columns. */
export const FLOW_PAIR = new RegExp(
  withWords`(?:${(c) => c.quantities.flowColumns})[ \t]+(?:${(c) => c.quantities.flowColumns})`,
);
/** The labels that end a header line, the first two of them flows: "Uitvoer Invoer Ruilvoetverloop". */
const FLOW_HEADER = latin(
  new RegExp(
    withWords`(?:^|(?<=\)[ \t]*)|(?<=\n))((?:${(c) => c.quantities.flowColumns})(?:[ \t]+(?:${(c) => c.quantities.flowColumns}))+)((?:[ \t]+\p{Lu}[\p{L}'’-]*)*)[ \t]*\n`,
    'gu',
  ),
);
/** A bracket of the heading that says its numbers are percentage changes: "(% verandering …)", "(variation en %)" */
const CHANGE_BRACKET = latin(
  new RegExp(
    withWords`\((?=[^()\n]*(?:%|(?<![\p{L}])(?:${(c) => c.quantities.percent})|(?<![\p{L}])(?:${(c) => c.quantities.changeHeading})))[^()\n]*(?<![\p{L}])(?:${(c) => c.quantities.changeHeading}|${(c) => c.quantities.percent})[^()\n]*\)`,
    'iu',
  ),
);
const CELL = String.raw`(?:--|[-−–+])?\d{1,3}(?:[.,]\d+)?`;
/** A row: a label, then its cells, alone on a line: "Intra-EU handel (EU) 6,9 11,7", "Totaal 7,4 --1,9" */
const ROW = latin(
  new RegExp(`^[ \\t]*(\\p{L}[\\p{L}()'’ .-]*?)[ \\t]+(${CELL}(?:[ \\t]+${CELL})*)[ \\t]*$`, 'u'),
);

/**
 * The cells of the rows under a header of flow columns set with single spaces: for a heading of changes, the
 * growth of each row's flow; for a heading with a unit, its amount. A row is read only when it has one cell per
 * flow column (the flows come first; a row with more cells fills other columns, "terms of trade", "volumes").
 * Takes their numbers out of `numbers`.
 */
export function flowColumnCells(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
): Quantity[] {
  const out: Quantity[] = [];
  if (!FLOW_PAIR.test(text)) return out;
  for (const header of text.matchAll(FLOW_HEADER)) {
    const flows = (header[1] ?? '').trim().split(/[ \t]+/);
    const lineStart = text.lastIndexOf('\n', header.index - 1) + 1;
    const previousStart = text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1;
    const heading = text.slice(lineStart > 0 ? previousStart : 0, header.index);
    const change = CHANGE_BRACKET.test(heading);
    const unit = change ? undefined : unitOf(heading, language);
    if (!change && !unit) continue;
    let at = header.index + header[0].length;
    const lineEnd = at - 1;
    // (the header's labels may run on to one line of their own: "Verloop dekkingsgraad")
    const next = text.slice(at, text.indexOf('\n', at) >>> 0);
    if (!/\d/.test(next) && next.trim().length > 0 && next.length <= 40) at += next.length + 1;
    for (const line of text.slice(at).split('\n')) {
      const row = ROW.exec(line);
      const cells = row?.[2]?.split(/[ \t]+/) ?? [];
      if (!row?.[1] || cells.length > flows.length + 4) break;
      let from = at + line.indexOf(row[2] ?? '');
      for (const [i, cell] of cells.entries()) {
        const start = text.indexOf(cell, from);
        from = start + cell.length;
        if (cells.length !== flows.length) continue;
        const cellQuantity = readCell(cell, start, numbers, language, unit, offset);
        if (cellQuantity)
          out.push({
            ...cellQuantity,
            column: flows[i] ?? '',
            row: row[1].trim(),
            headerEnd: offset + lineEnd,
          });
      }
      at += line.length + 1;
    }
  }
  return out;
}

/** A cell as a growth (no unit: a table of changes) or an amount in `unit`; its number taken out of `numbers`. */
export function readCell(
  cell: string,
  start: number,
  numbers: NumberAt[],
  language: Language,
  unit: Quantity | undefined,
  offset: number,
): Quantity | undefined {
  for (let i = numbers.length - 1; i >= 0; i--) {
    const n = numbers[i];
    if (n && n.start < start + cell.length && n.end > start) numbers.splice(i, 1);
  }
  // ("--1,6": a minus sign doubled by the page)
  const value = parseNumber(cell.replace(/^(?:--|[−–])/, '-').replace(/^\+/, ''), language);
  if (!Number.isFinite(value)) return undefined;
  const span = { start: offset + start, end: offset + start + cell.length };
  return unit
    ? { type: 'money', value: scaled(value, unit.value), unit: unit.unit, scale: unit.value, ...span }
    : { type: 'percent', value, unit: 'percent', change: true, ...span };
}
