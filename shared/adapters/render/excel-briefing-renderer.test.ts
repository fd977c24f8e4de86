// Cells a spreadsheet could take for a formula (=, +, -, @) are made inert, wherever the text comes from.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BRIEFING_SHAPES } from '../../../test/support/briefing-shapes.js';
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
    expect(valueFormat({ unit: 'percent', measure: 'share' })).toBe('0.0##" %"');
    expect(valueFormat({ unit: 'rank', measure: 'rank' })).toBe('0');
    expect(inert(42)).toBe(42);
  });

  it('gives periods as typed start and end dates, the pair and the names, each header once, each rate once', async () => {
    // Prepare
    const briefing = BRIEFING_SHAPES['ten-years']?.('en');
    if (!briefing) throw new Error('no shape');
    // Act
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await new ExcelBriefingRenderer().render(briefing)) as never);
    // Assess
    for (const sheet of workbook.worksheets) {
      sheet.eachRow((row) => {
        if (row.font?.bold || row.number === 1) {
          const headers = (row.values as unknown[]).filter((v) => typeof v === 'string');
          expect(new Set(headers).size, `${sheet.name} row ${row.number}`).toBe(headers.length);
        }
      });
    }
    const sheet = workbook.getWorksheet('All figures');
    if (!sheet) throw new Error('no figures sheet');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const at = (name: string) => header.indexOf(name) + 1;
    expect(header).toEqual(
      expect.arrayContaining(['Pair', 'From (name)', 'To (name)', 'Period (start)', 'Period (end)']),
    );
    const halfYear = [...Array(sheet.rowCount - 1).keys()]
      .map((i) => sheet.getRow(i + 2))
      .find((row) => row.getCell(at('Period')).value === '2025-01/2025-06');
    expect(halfYear?.getCell(at('Period (start)')).value).toEqual(new Date(Date.UTC(2025, 0, 1)));
    expect(halfYear?.getCell(at('Period (end)')).value).toEqual(new Date(Date.UTC(2025, 5, 30)));
    expect(halfYear?.getCell(at('Period (end)')).numFmt).toBe('yyyy-mm-dd');
    expect([halfYear?.getCell(at('Pair')).value, halfYear?.getCell(at('To (name)')).value]).toEqual([
      'BE/CN',
      'China',
    ]);
    // the figures are in EUR: no conversion, no rate; a rate sheet lists each rate a conversion used, once
    const rates = workbook.getWorksheet('Exchange rates');
    const keys: unknown[] = [];
    rates?.eachRow((row, n) => {
      if (n > 1) keys.push(row.getCell(1).value);
    });
    expect(new Set(keys).size).toBe(keys.length);
  });
});
