// Renders a briefing as an Excel workbook (exceljs), in the subscriber's language: Summary (where each flow
// stands, targets), Figures (one row per figure with every schema field, EUR/USD, source and quote: an
// Excel table with filters, a frozen header, number formats by unit), Conflicts and Sources. Text that a
// spreadsheet could take for a formula is made inert.
import ExcelJS from 'exceljs';
import type { Briefing, BriefingFigure } from '../../domain/briefing.js';
import {
  briefingText,
  FIGURE_COLUMN_KEYS,
  type FigureColumn,
  noveltyLine,
} from '../../domain/briefing-text.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';

type Text = ReturnType<typeof briefingText>;

const WIDTHS: Record<FigureColumn, number> = {
  metric: 16,
  measure: 10,
  from: 9,
  to: 9,
  value: 18,
  unit: 9,
  period: 16,
  kind: 10,
  bound: 8,
  sector: 12,
  value_eur: 18,
  value_usd: 18,
  conversion: 34,
  quote: 50,
  confidence: 11,
  source: 44,
  published: 11,
};

/** The number format of a value cell, by the figure's unit: money grouped, percentages with a decimal, ranks whole. */
export function valueFormat(f: Pick<BriefingFigure, 'unit' | 'measure'>): string {
  if (f.measure === 'rank') return '0';
  if (f.unit === 'percent') return '0.0#" %"';
  return `#,##0.##" ${f.unit}"`;
}
const MONEY_FORMAT = '#,##0';

function cell(f: BriefingFigure, key: FigureColumn): ExcelJS.CellValue {
  switch (key) {
    case 'value_eur':
      return f.value_eur;
    case 'value_usd':
      return f.value_usd;
    case 'confidence':
      return f.confidence;
    case 'value':
      return f.value;
    case 'conversion':
      return f.conversion
        ? `${f.conversion.year}: ${f.conversion.per_eur} ${f.unit}/EUR, ${f.conversion.usd_per_eur} USD/EUR (${f.conversion.source})`
        : (f.conversion_note ?? '');
    case 'source':
      return f.source.key;
    case 'published':
      return f.source.published ?? '';
    case 'period':
      return f.period ?? '';
    case 'sector':
      return f.sector ?? '';
    default:
      return f[key];
  }
}

export class ExcelBriefingRenderer implements BriefingRenderer {
  readonly extension = 'xlsx' as const;
  readonly contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  async render(briefing: Briefing): Promise<Uint8Array> {
    const t = briefingText(briefing.language);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'trade-briefings';
    workbook.created = new Date(briefing.generatedAt);
    summarySheet(workbook, briefing, t);
    figuresSheet(workbook, briefing, t);
    conflictsSheet(workbook, briefing, t);
    sourcesSheet(workbook, briefing, t);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
}

function summarySheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.summary);
  sheet.columns = [
    { width: 34 },
    { width: 18 },
    { width: 22 },
    { width: 16 },
    { width: 22 },
    { width: 12 },
    { width: 40 },
  ];
  sheet.addRow([`${t.title} ${b.pair}`, t.formatMonth(b.month)]).font = { bold: true, size: 14 };
  sheet.addRow([t.generated, t.formatDate(b.generatedAt)]);
  sheet.addRow([inert(t.figuresCount(b.figures.length + b.regionalFigures.length, b.sources.length))]);
  if (b.figures.length + b.regionalFigures.length === 0) sheet.addRow([t.noFigures]);
  sheet.addRow([]);
  const heading = (title: string) => {
    sheet.addRow([title]).font = { bold: true, size: 12 };
  };
  heading(t.sections.headline);
  headlineRows(sheet, b.headline, t);
  if (b.regionalHeadline.length > 0) {
    sheet.addRow([]);
    heading(t.sections.regions);
    headlineRows(sheet, b.regionalHeadline, t);
  }
  sheet.addRow([]);
  heading(t.sections.targets);
  if (b.targets.length === 0) sheet.addRow([t.noTargets]);
  else {
    sheet.addRow([t.direction, t.target, t.period, t.latestActual, t.period, t.reached]).font = {
      bold: true,
    };
    for (const p of b.targets) {
      comparisonRow(
        sheet,
        t,
        `${t.metric[p.target.metric]} ${t.arrow(p.target)}`,
        p.target,
        p.actual,
        p.reached,
        '0%',
      );
    }
  }
  sheet.addRow([]);
  heading(t.sections.newThisMonth);
  if (b.newThisMonth.length === 0) sheet.addRow([t.noneThisMonth]);
  for (const d of b.newThisMonth) {
    sheet.addRow([inert(d.source.key), t.statusName[d.status], d.figures.length]);
    for (const c of d.changes) sheet.addRow(['', '', '', inert(noveltyLine(c, t))]);
  }
}

function headlineRows(sheet: ExcelJS.Worksheet, entries: Briefing['headline'], t: Text): void {
  sheet.addRow([t.direction, t.latest, t.period, t.previous, t.period, t.change, t.source]).font = {
    bold: true,
  };
  for (const e of entries) {
    comparisonRow(
      sheet,
      t,
      `${t.metric[e.flow.metric]} ${t.arrow(e.flow)}`,
      e.latest,
      e.previous,
      e.change,
      '+0.0%;-0.0%;0%',
      inert(e.latest.source.key),
    );
  }
}

/** A flow, a figure and its period, the figure it is set against and its period, and the ratio of the two. */
function comparisonRow(
  sheet: ExcelJS.Worksheet,
  t: Text,
  label: string,
  figure: BriefingFigure,
  against: BriefingFigure | null,
  ratio: number | null,
  ratioFormat: string,
  ...rest: ExcelJS.CellValue[]
): void {
  const row = sheet.addRow([
    label,
    figure.value,
    t.when(figure.period),
    against?.value ?? null,
    against ? t.when(against.period) : '',
    ratio,
    ...rest,
  ]);
  row.getCell(2).numFmt = valueFormat(figure);
  if (against) row.getCell(4).numFmt = valueFormat(against);
  row.getCell(6).numFmt = ratioFormat;
}

function figuresSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.figures, { views: [{ state: 'frozen', ySplit: 1 }] });
  const figures = [...b.figures, ...b.regionalFigures];
  sheet.columns = FIGURE_COLUMN_KEYS.map((key) => ({ key, width: WIDTHS[key] }));
  sheet.addTable({
    name: 'Figures',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: FIGURE_COLUMN_KEYS.map((key) => ({ name: t.columns[key] as string, filterButton: true })),
    // a table needs a row: an empty briefing has one empty row
    rows:
      figures.length > 0
        ? figures.map((f) => FIGURE_COLUMN_KEYS.map((k) => inert(cell(f, k))))
        : [FIGURE_COLUMN_KEYS.map(() => null)],
  });
  for (const [i, f] of figures.entries()) {
    const row = sheet.getRow(i + 2);
    row.getCell(FIGURE_COLUMN_KEYS.indexOf('value') + 1).numFmt = valueFormat(f);
    row.getCell(FIGURE_COLUMN_KEYS.indexOf('value_eur') + 1).numFmt = MONEY_FORMAT;
    row.getCell(FIGURE_COLUMN_KEYS.indexOf('value_usd') + 1).numFmt = MONEY_FORMAT;
    row.getCell(FIGURE_COLUMN_KEYS.indexOf('confidence') + 1).numFmt = '0.00';
  }
}

function conflictsSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.conflicts, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: t.direction, key: 'flow', width: 30 },
    { header: t.period, key: 'period', width: 14 },
    { header: t.value, key: 'value', width: 20 },
    { header: t.columns.value_eur as string, key: 'value_eur', width: 18 },
    { header: t.quote, key: 'quote', width: 50 },
    { header: t.source, key: 'source', width: 44 },
    { header: t.published, key: 'published', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  if (b.conflicts.length === 0) sheet.addRow({ flow: t.noConflicts });
  for (const c of b.conflicts) {
    for (const f of c.figures) {
      const row = sheet.addRow({
        flow: `${t.metric[c.flow.metric]} ${t.arrow(c.flow)} (${t.measure[c.measure]})`,
        period: t.when(c.period),
        value: f.value,
        value_eur: f.value_eur,
        quote: inert(f.quote),
        source: inert(f.source.key),
        published: f.source.published ?? '',
      });
      row.getCell('value').numFmt = valueFormat(f);
      row.getCell('value_eur').numFmt = MONEY_FORMAT;
    }
    sheet.addRow({});
  }
}

function sourcesSheet(workbook: ExcelJS.Workbook, b: Briefing, t: Text): void {
  const sheet = workbook.addWorksheet(t.sections.sources, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: t.document, key: 'key', width: 50 },
    { header: t.published, key: 'published', width: 12 },
    { header: t.count, key: 'figures', width: 10 },
    { header: t.status, key: 'status', width: 14 },
    { header: 'id', key: 'id', width: 36 },
  ];
  sheet.getRow(1).font = { bold: true };
  // every document read about the pair, those that brought no figure too
  for (const d of b.documentsRead) {
    sheet.addRow({
      key: inert(d.source.key),
      published: d.source.published ?? '',
      figures: d.figures,
      status: t.statusName[d.status],
      id: d.source.document_id,
    });
  }
}

/** Text a spreadsheet could take for a formula (=, +, -, @, tab, return first) is prefixed with a quote. */
export function inert<T>(value: T): T | string {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
