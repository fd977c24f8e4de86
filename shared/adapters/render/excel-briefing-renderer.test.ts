// Cells a spreadsheet could take for a formula (=, +, -, @) are made inert, wherever the text comes from.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../domain/briefing.js';
import type { DocumentRecord } from '../../domain/document.js';
import type { TradeFigure } from '../../domain/figure.js';
import { ExcelBriefingRenderer, inert, valueFormat } from './excel-briefing-renderer.js';

const figure = (quote: string, i: number): TradeFigure => ({
  metric: 'exports',
  measure: 'growth',
  from: 'BE',
  to: 'MA',
  value: -4.2,
  unit: 'percent',
  period: '2024',
  kind: 'actual',
  bound: 'eq',
  sector: null,
  quote,
  id: `f${i}`,
  document_id: 'd1',
  start: i,
  end: i + 1,
  sentence: quote,
  confidence: 0.9,
  value_eur: null,
  value_usd: null,
  conversion: null,
  conversion_note: 'not an amount of money',
});

const document: DocumentRecord = {
  document_id: 'd1',
  bucket: 'b',
  key: '@incoming/=cmd|calc.txt',
  sha256: 'a'.repeat(64),
  etag: null,
  version_id: null,
  size: 1,
  status: 'processed',
  reason: null,
  reader: 'text/plain',
  encoding: 'utf-8',
  language: 'fr',
  published: '2024-05',
  figure_count: 4,
  extractor_version: 'x',
  duplicate_of: null,
  ingested_at: '2026-10-02T10:00:00Z',
  sequencer: null,
  pairs: ['BE/MA'],
};

describe('Excel briefing', () => {
  it('makes formula-like quotes and source names inert in every sheet', async () => {
    const briefing = buildBriefing({
      pair: 'BE/MA',
      month: '2026-10',
      generatedAt: '2026-11-01T06:00:00Z',
      figures: ['=HYPERLINK("http://x","y")', '+4,2 %', '-4,2 %', '@SUM(A1)'].map(figure),
      documents: [document],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await new ExcelBriefingRenderer().render(briefing)) as never);
    const strings: string[] = [];
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') strings.push(cell.value);
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    expect(strings).toEqual(
      expect.arrayContaining([
        '\'=HYPERLINK("http://x","y")',
        "'+4,2 %",
        "'-4,2 %",
        "'@SUM(A1)",
        "'@incoming/=cmd|calc.txt",
      ]),
    );
    expect(strings.filter((s) => /^[=+\-@]/.test(s))).toEqual([]);
  });

  it('formats values by unit', () => {
    expect(valueFormat({ unit: 'MAD', measure: 'value' })).toBe('#,##0.##" MAD"');
    expect(valueFormat({ unit: 'percent', measure: 'share' })).toBe('0.0#" %"');
    expect(valueFormat({ unit: 'rank', measure: 'rank' })).toBe('0');
    expect(inert(42)).toBe(42);
  });
});
