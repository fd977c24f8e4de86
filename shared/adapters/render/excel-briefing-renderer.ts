// Renders a briefing as an Excel workbook (exceljs): a summary, every figure with all its fields, sources.
import ExcelJS from 'exceljs';
import { type Briefing, type BriefingFigure, formatDirection, METRIC_LABELS } from '../../domain/briefing.js';
import type { BriefingRenderer } from '../../ports/briefing-renderer.js';

const FIGURE_COLUMNS: Array<{
  header: string;
  key: string;
  width: number;
  value: (f: BriefingFigure) => unknown;
  numFmt?: string;
}> = [
  { header: 'Metric', key: 'metric', width: 16, value: (f) => f.metric },
  { header: 'Measure', key: 'measure', width: 10, value: (f) => f.measure },
  { header: 'From', key: 'from', width: 9, value: (f) => f.from },
  { header: 'To', key: 'to', width: 9, value: (f) => f.to },
  { header: 'Value', key: 'value', width: 18, value: (f) => f.value, numFmt: '#,##0.##' },
  { header: 'Unit', key: 'unit', width: 9, value: (f) => f.unit },
  { header: 'Period', key: 'period', width: 16, value: (f) => f.period ?? '' },
  { header: 'Kind', key: 'kind', width: 9, value: (f) => f.kind },
  { header: 'Bound', key: 'bound', width: 8, value: (f) => f.bound },
  { header: 'Sector', key: 'sector', width: 12, value: (f) => f.sector ?? '' },
  { header: 'Value EUR', key: 'value_eur', width: 18, value: (f) => f.value_eur, numFmt: '#,##0' },
  { header: 'Value USD', key: 'value_usd', width: 18, value: (f) => f.value_usd, numFmt: '#,##0' },
  { header: 'Conversion', key: 'conversion', width: 30, value: (f) => conversionText(f) },
  { header: 'Quote', key: 'quote', width: 40, value: (f) => f.quote },
  { header: 'Confidence', key: 'confidence', width: 11, value: (f) => f.confidence, numFmt: '0.00' },
  { header: 'Source', key: 'source', width: 40, value: (f) => f.source.key },
  { header: 'Published', key: 'published', width: 11, value: (f) => f.source.published ?? '' },
];

export class ExcelBriefingRenderer implements BriefingRenderer {
  readonly extension = 'xlsx' as const;
  readonly contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  async render(briefing: Briefing): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'trade-briefings';
    workbook.created = new Date(briefing.generatedAt);

    const summary = workbook.addWorksheet('Summary');
    summary.columns = [{ width: 28 }, { width: 60 }];
    summary.addRow([`Trade briefing ${briefing.pair}`, briefing.month]).font = { bold: true, size: 14 };
    summary.addRow(['Generated', briefing.generatedAt]);
    summary.addRow(['National figures', briefing.figures.length]);
    summary.addRow(['Regional figures', briefing.regionalFigures.length]);
    summary.addRow(['Source documents', briefing.sources.length]);
    summary.addRow([]);
    for (const f of [...briefing.figures, ...briefing.regionalFigures]) {
      summary.addRow([
        `${METRIC_LABELS[f.metric]} ${formatDirection(f)} ${f.period ?? ''}`.trim(),
        inert(f.quote),
      ]);
    }

    const sheet = workbook.addWorksheet('Figures', { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = FIGURE_COLUMNS.map(({ header, key, width, numFmt }) => ({
      header,
      key,
      width,
      style: numFmt ? { numFmt } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for (const f of [...briefing.figures, ...briefing.regionalFigures]) {
      sheet.addRow(Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.key, inert(c.value(f))])));
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FIGURE_COLUMNS.length } };

    const sources = workbook.addWorksheet('Sources', { views: [{ state: 'frozen', ySplit: 1 }] });
    sources.columns = [
      { header: 'Document', key: 'key', width: 50 },
      { header: 'Published', key: 'published', width: 12 },
      { header: 'Document id', key: 'id', width: 36 },
    ];
    sources.getRow(1).font = { bold: true };
    for (const s of briefing.sources)
      sources.addRow({ key: inert(s.key), published: s.published ?? '', id: s.document_id });

    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }
}

function conversionText(f: BriefingFigure): string {
  if (f.conversion)
    return `${f.conversion.year}: ${f.conversion.per_eur} ${f.unit}/EUR, ${f.conversion.usd_per_eur} USD/EUR (${f.conversion.source})`;
  return f.conversion_note ?? '';
}

/** Text that a spreadsheet could take for a formula is prefixed with an apostrophe-like quote. */
function inert(value: unknown): unknown {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
