// Reads the amounts of tables: the lines under a heading that gives the unit in brackets, and the cells of
// columns named by a header line.
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from './quantity.js';
import { readMoney } from './quantity-money.js';
import { type NumberAt, parseNumber, scaled } from './quantity-numbers.js';

/**
 * "Principaux clients du Maroc en 2023 (en MDH)\nEspagne : 86 342\nFrance : 79 105": the lines of a table
 * under a heading that gives the unit in brackets are amounts in that unit. Returns them, and takes their
 * numbers out of `numbers` so that they are not read again.
 */
export function tableAmounts(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
): Quantity[] {
  if (!text.includes('(')) return [];
  const out: Quantity[] = changeCells(text, numbers, language, offset);
  unitLabelRows(text, numbers, language, offset, out);
  unitsInColumnLabels(text, numbers, language, offset, out);
  for (const heading of text.matchAll(UNIT_HEADING)) {
    // "(EUR million)", "(USD bn)": a code before its scale reads as the scale before it
    const label = (heading[1] ?? '').replace(CODE_THEN_SCALE, '$2 $1');
    const unit = readMoney({ start: 0, end: 1, value: 1 }, ` ${label}`, '', language);
    if (!unit?.unit) continue;
    let at = (heading.index ?? 0) + heading[0].length;
    // "Jaar    Uitvoer    Invoer\n2022    5.412    6.903": columns named by a header line
    const header = COLUMN_HEADER.exec(text.slice(at, text.indexOf('\n', at) >>> 0));
    if (header) {
      cellsOfColumns(text, at, header[0], numbers, language, () => unit, offset, out);
      continue;
    }
    for (const line of text.slice(at).split('\n')) {
      const row = TABLE_ROW.exec(line);
      if (!row?.[1]) break;
      const amount = tableAmount(row[1], at + line.lastIndexOf(row[1]), numbers, language, unit, offset);
      if (amount) out.push(amount);
      at += line.length + 1;
    }
  }
  return out;
}
/** Takes the number at `start` out of `numbers`: a table's cell is read once, as the table reads it. */
function takeNumber(numbers: Array<{ start: number }>, start: number): void {
  const i = numbers.findIndex((n) => n.start === start);
  if (i >= 0) numbers.splice(i, 1);
}
/** A table's cell at `start` as an amount in the unit its heading gives. */
function tableAmount(
  cell: string,
  start: number,
  numbers: Array<{ start: number }>,
  language: Language,
  unit: Quantity,
  offset: number,
): Quantity | undefined {
  takeNumber(numbers, start);
  const value = parseNumber(cell, language);
  return Number.isFinite(value)
    ? {
        type: 'money',
        value: scaled(value, unit.value),
        unit: unit.unit,
        start: offset + start,
        end: offset + start + cell.length,
        scale: unit.value,
      }
    : undefined;
}
/** The cells of the rows under a header line of column labels: amounts in `unit`, or shares ("9,1%"). */
function cellsOfColumns(
  text: string,
  from: number,
  headerLine: string,
  numbers: NumberAt[],
  language: Language,
  unitOf: (column: number) => Quantity | undefined,
  offset: number,
  out: Quantity[],
): void {
  const labels = withoutEdgePipes(headerLine).split(COLUMN_GAP);
  let at = from + headerLine.length + 1;
  for (const line of text.slice(at).split('\n')) {
    // "|------|------|": the rule under a header of pipes
    if (PIPE_RULE.test(line)) {
      at += line.length + 1;
      continue;
    }
    const cells = withoutEdgePipes(line).split(COLUMN_GAP);
    const row = cells[0] ?? '';
    const values = cells.slice(1);
    // a row is a label (a year or words) and one number per column after the first
    if (values.length === 0 || !/^\p{L}|^(?:19|20)\d\d$/u.test(row) || values.length !== labels.length - 1)
      break;
    if (!values.every((v) => CELL_NUMBER.test(v) || CELL_PERCENT.test(v))) break;
    let cellFrom = at + line.indexOf(row) + row.length;
    for (const [i, cell] of values.entries()) {
      const start = text.indexOf(cell, cellFrom);
      cellFrom = start + cell.length;
      const percent = CELL_PERCENT.exec(cell);
      const unit = unitOf(i + 1);
      if (!percent) {
        if (!unit) continue;
        const amount = tableAmount(cell, start, numbers, language, unit, offset);
        if (amount) out.push({ ...amount, column: labels[i + 1] ?? '', row });
        continue;
      }
      // "Aandeel … 9,1%": a column of shares
      takeNumber(numbers, start);
      const value = parseNumber(percent[1] ?? cell, language);
      if (Number.isFinite(value)) {
        out.push({
          type: 'percent',
          value,
          unit: 'percent',
          start: offset + start,
          end: offset + start + cell.length,
          column: labels[i + 1] ?? '',
          row,
        });
      }
    }
    at += line.length + 1;
  }
}
const COLUMN_GAP = /\t+\s*|\s{2,}|\s*\|\s*/;
/** "| 2021 | 420 | 150 |": a row of a table set with pipes, read without its outer pipes. */
export const withoutEdgePipes = (line: string) =>
  line
    .trim()
    .replace(/^\|\s*/, '')
    .replace(/\s*\|$/, '');
const PIPE_RULE = /^\s*\|?(?:\s*:?-{2,}:?\s*\|)+\s*(?::?-{2,}:?\s*)?$/;
const CELL_PERCENT = /^(\d{1,3}(?:[.,]\d+)?)\s?%$/;
const CELL_NUMBER = /^-?\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?$/;
/** "Jaar    Uitvoer    Invoer", "Année\tExportations\tImportations": two labels or more apart, no number. */
const COLUMN_HEADER = latin(
  /^[ \t]*(?:\|[ \t]*)?\p{L}[\p{L} .'’-]*?(?:(?:\t+|[ \t]{2,}|[ \t]*\|[ \t]*)\p{L}[\p{L} .'’-]*?){1,}[ \t]*\|?[ \t]*$/u,
);
/** A heading line ending with its unit in brackets: "(en MDH)", "(in miljoen euro)", "(USD million)"; the unit may
 * follow what the table counts: "(uitvoer, miljoen euro)", "(exportations, en MDH)". */
const UNIT_HEADING = latin(
  new RegExp(
    withWords`\((?:[^()\n\d,]{1,30}?(?:,\s*|\s+(?=(?:${(c) => c.quantities.unitHeadingLinks}|x)\s)))?(?:${(c) => c.quantities.unitHeadingLinks}|x)?\s*([^()\n\d,]{1,30})\)\s*[:.]?[ \t]*\n(?:[ \t]*\n)?(?=[^\n]*\d|[^\n\d]*(?:\t|[ \t]{2,}|\|)[^\n\d]*\n(?:[ \t|:-]*\n)?[^\n]*\d)`,
    'giu',
  ),
);
export const CODE_THEN_SCALE = new RegExp(
  withWords`^\s*([A-Z]{3}|[A-Z]{0,3}\$|€|£|¥)\s*(${(c) => c.quantities.scalesAfterCode})\s*$`,
  'i',
);
/** "Espagne : 86 342", "- États-Unis: 55 600", "Japon 12 400", "2023    2,217": a name or a year and a number alone
 * on a line. */
const TABLE_ROW = latin(
  /^\s*(?:(?:[-•*–]|\d{1,2}[.)](?=[ \t]))\s*)?(?:\p{L}[\p{L}'’. -]{1,40}?(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d)\s*[:–]?\s+(\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?)\s*$/u,
);

/**
 * "Uitvoer naar continenten, 2023\nRegio (% verandering t.o.v. een jaar eerder)\nAzië -24\nOceanië-60": the rows
 * of a table of percentage changes, a label and a signed number, the separator a space, a tab, a colon or none.
 */
function changeCells(text: string, numbers: NumberAt[], language: Language, offset: number): Quantity[] {
  const out: Quantity[] = [];
  for (const heading of text.matchAll(CHANGE_HEADING)) {
    let at = (heading.index ?? 0) + heading[0].length;
    for (const line of text.slice(at).split('\n')) {
      const row = CHANGE_ROW.exec(line);
      const label = row?.[1];
      const cell = row?.[2];
      if (!label || !cell) break;
      const start = at + line.lastIndexOf(cell);
      // (the number may be read unsigned: "Oceanië-60")
      for (const n of numbers.filter((n) => n.start < start + cell.length && n.end > start))
        takeNumber(numbers, n.start);
      const value = parseNumber(cell.replace(/^[−–]/, '-'), language);
      if (Number.isFinite(value))
        out.push({
          type: 'percent',
          value,
          unit: 'percent',
          start: offset + start,
          end: offset + start + cell.length,
          row: label.trim(),
          change: true,
        });
      at += line.length + 1;
    }
  }
  return out;
}
/** A heading ending with a bracket that says its numbers are percentage changes. */
const CHANGE_HEADING = latin(
  new RegExp(
    withWords`\((?=[^()\n]*(?:%|(?<![\p{L}])(?:${(c) => c.quantities.percent})))(?=[^()\n]*(?<![\p{L}])(?:${(c) => c.quantities.changeHeading}))[^()\n\d]{1,80}\)\s*[:.]?[ \t]*\n`,
    'giu',
  ),
);
/** "Azië -24", "Oceanië-60", "Afrika: −51", "Azië\t-24 %": a label and a signed percentage alone on a line. */
const CHANGE_ROW = latin(
  /^\s*(?:[-•*–]\s*)?(\p{L}[\p{L}'’. ]{1,40}?)\s*[:\t]?\s*([+−–-]?\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/u,
);

/** "Exports of goods (USD bn) | 412,5 |", "Uitvoer (in miljoen euro): 7.412": a row whose label gives its unit in brackets,
 * its one number after a bar, a colon or a tab */
const UNIT_LABEL_ROW = latin(
  new RegExp(
    withWords`^[ \t|]*(\p{L}[^\n|:\t()]*?)\s*\((?:(?:${(c) => c.quantities.unitHeadingLinks})\s+)?([^()\n\d,]{1,30})\)[ \t]*(?:\||:|\t)[ \t]*(-?\d{1,3}(?:[ \u00a0.,]\d{3})*(?:[.,]\d+)?)[ \t]*\|?[ \t]*$`,
    'gimu',
  ),
);
/** A row's label that names a flow: "Exportations de biens", "Imports of goods" */
const FLOW_LABEL = latin(new RegExp(withWords`^\s*(?:${(c) => c.metrics.flowNouns})(?![\p{L}])`, 'iu'));
/** The amounts of rows whose label names a flow and gives its unit. */
function unitLabelRows(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
  out: Quantity[],
): void {
  // (a cheap test first: a bracket closed right before a bar, a colon or a tab)
  if (!/\)[ \t]*[|:\t]/.test(text)) return;
  for (const row of text.matchAll(UNIT_LABEL_ROW)) {
    const label = (row[2] ?? '').replace(CODE_THEN_SCALE, '$2 $1');
    const unit = readMoney({ start: 0, end: 1, value: 1 }, ` ${label}`, '', language);
    const cell = row[3] ?? '';
    if (!unit?.unit || !cell || !FLOW_LABEL.test(row[1] ?? '')) continue;
    const amount = tableAmount(cell, row.index + row[0].lastIndexOf(cell), numbers, language, unit, offset);
    // (the table's title: the first line of its block of rows, or the line above when the row is alone)
    let blockStart = row.index;
    for (let above = text.lastIndexOf('\n', blockStart - 2) + 1; above < blockStart; ) {
      if (!text.slice(above, blockStart).includes('|')) break;
      blockStart = above;
      above = text.lastIndexOf('\n', blockStart - 2) + 1;
    }
    const headerEnd = blockStart < row.index ? text.indexOf('\n', blockStart) : blockStart - 1;
    if (amount && headerEnd > 0)
      out.push({ ...amount, column: (row[1] ?? '').trim(), keyFigure: true, headerEnd: offset + headerEnd });
  }
}

/**
 * "Kenya: trade with the United Kingdom\nYear | Exports (KES bn) | Imports (KES bn)\n2023 | 52.1 | 70.4": a header
 * line whose labels give their columns' units; the cells under a label with a unit are amounts in it.
 */
function unitsInColumnLabels(
  text: string,
  numbers: NumberAt[],
  language: Language,
  offset: number,
  out: Quantity[],
): void {
  if (!UNIT_LABEL_HINT.test(text)) return;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const at = lineStart;
    lineStart += line.length + 1;
    if (!HEADER_WITH_UNITS.test(line)) continue;
    const units = withoutEdgePipes(line)
      .split(COLUMN_GAP)
      .map((label) => unitOf(label, language));
    if (!units.some(Boolean)) continue;
    // (a table the heading above it gave a unit is read already)
    if (out.some((q) => q.start >= offset + lineStart && q.start < offset + lineStart + 200)) continue;
    const cells: Quantity[] = [];
    cellsOfColumns(text, at, line, numbers, language, (column) => units[column], offset, cells);
    // (the table's title is the line above its header, a blank line between or not)
    const title = titleEndAbove(text, at);
    for (const cell of cells) out.push({ ...cell, headerEnd: offset + title });
  }
}
/** A closing bracket before a column gap or a pipe: the cheap test for labels with units. */
const UNIT_LABEL_HINT = /\)[ \t]*(?:\||\t| {2,})/;
/** A header line of two labels or more, apart, no number outside brackets: "Year | Exports (KES bn) | Imports (KES bn)". */
const HEADER_WITH_UNITS = latin(
  /^[ \t]*\|?[ \t]*\p{L}[^|\t\d\n]*?(?:\([^()\n]*\))?(?:(?:\t+|[ \t]{2,}|[ \t]*\|[ \t]*)\p{L}[^|\t\d\n(]*?(?:\([^()\d\n]*\))?){1,}[ \t]*\|?[ \t]*$/u,
);

/** A bracket of the heading that gives the unit: "(in miljoen euro)", "(EUR million)" */
const UNIT_BRACKET = latin(
  new RegExp(withWords`\((?:(?:${(c) => c.quantities.unitHeadingLinks})\s+)?([^()\n\d,]{1,30})\)`, 'giu'),
);
const UNIT_AFTER_COMMA = latin(
  new RegExp(
    withWords`,\s*(?:(?:${(c) => c.quantities.unitHeadingLinks})\s+)?([^()\n\d,]{1,20}?)\s*$`,
    'giu',
  ),
);
/** The unit a heading's or a label's bracket gives, if any. */
export function unitOf(heading: string, language: Language): Quantity | undefined {
  // (… or that ends the heading after a comma: "UK trade with China, £m", "Uitvoer naar Chili, in miljoen euro")
  for (const bracket of [...heading.matchAll(UNIT_BRACKET), ...heading.matchAll(UNIT_AFTER_COMMA)]) {
    // ("EUR million": a code before its scale reads as the scale before it)
    const label = (bracket[1] ?? '').replace(CODE_THEN_SCALE, '$2 $1');
    const unit =
      readMoney({ start: 0, end: 1, value: 1 }, ` ${label}`, '', language) ??
      // ("£m", "€bn", "US$ million": a sign and its scale, read as they are written around an amount, "£310m")
      signAndScale(bracket[1] ?? '', language);
    if (unit?.unit) return unit;
  }
  return undefined;
}

const SIGN_THEN_SCALE = /^\s*([A-Z]{0,3}\$|€|£|¥)\s*([A-Za-z]{1,9})\s*$/;
const signAndScale = (label: string, language: Language): Quantity | undefined => {
  const m = SIGN_THEN_SCALE.exec(label);
  return m ? readMoney({ start: 0, end: 1, value: 1 }, m[2] ?? '', m[1] ?? '', language) : undefined;
};

/** The gap between two cells of a row, a pipe or a tab or two spaces and more (for the year and rank tables). */
export const CELL_GAP = /[ \t]*\|[ \t]*|\t+[ \t]*|[ \t]{2,}/;
/** A cell that is one signed number: "5 210", "-2.199,7", "+12". */
export const SIGNED_NUMBER_CELL = /^[-−+]?\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?$/;
/** Where the title of a table ends: the last line above its header (at `headerStart`) that is not blank, 0 if none. */
export const titleEndAbove = (text: string, headerStart: number): number =>
  text.slice(0, headerStart).trimEnd().length;
