// Two sources that disagree on one figure: the conflict appears side by side in both the PDF and the
// Excel workbook, never averaged.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import type { Briefing } from '../shared/domain/briefing.js';
import { monthOf } from '../shared/domain/months.js';
import { prepareBriefing } from '../shared/use-cases/send-briefings.js';
import { openTestRuntime } from './support/local-runtime.js';
import { inspectPdf } from './support/pdf-inspection.js';
import { seedFiles } from './support/seeds.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let briefing: Briefing;
const DISSENT = 'incoming/dépêche office des changes.txt';

beforeAll(async () => {
  runtime = await openTestRuntime();
  await ingestFiles(runtime, seedFiles());
  // the seeds were read in September; the dissenting source arrives this month
  for (const d of await runtime.documents.listDocuments()) {
    await runtime.documents.putDocument({ ...d, ingested_at: '2026-09-15T10:00:00.000Z' });
  }
  // the seed says 3,1 milliards de dollars for Belgium–Morocco trade in 2024; this source says 2,5
  await runtime.s3.send(
    new PutObjectCommand({
      Bucket: runtime.engines.bucket,
      Key: DISSENT,
      Body: "Les échanges commerciaux entre la Belgique et le Maroc ont atteint 2,5 milliards de dollars en 2024, selon l'Office des changes.",
    }),
  );
  await runtime.engines.queue.drain(await runtime.ingestHandler());
  const prepared = await prepareBriefing(runtime, 'BE/MA', monthOf(new Date(), 'Europe/Brussels'), 'en');
  if (!prepared) throw new Error('no briefing');
  briefing = prepared;
});
afterAll(async () => runtime?.dispose());
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe('a conflict between two sources', () => {
  it('is found: the same flow and year, 3.1 against 2.5 billion USD', () => {
    expect(
      briefing.conflicts.map((c) => [c.flow.metric, c.period, c.figures.map((f) => [f.source.key, f.value])]),
    ).toEqual([
      [
        'bilateral_trade',
        '2024',
        [
          ['incoming/001_262b7dfb58a113a2.txt', 3.1e9],
          [DISSENT, 2.5e9],
        ],
      ],
    ]);
  });

  it('appears in the PDF, both values with their quotes and sources', async () => {
    const pdf = await new PdfBriefingRenderer().render(briefing);
    const { text } = await inspectPdf(pdf);
    const section = oneLine(
      text.slice(text.lastIndexOf('Sources that disagree'), text.indexOf('New this month')),
    );
    expect(section).toMatch(
      /Bilateral trade Belgium ↔ 2024 3\.1 billion USD “3,1 milliards de dollars” \[\d\]/,
    );
    expect(section).toMatch(
      /Bilateral trade Belgium ↔ 2024 2\.5 billion USD “2,5 milliards de dollars” \[\d\]/,
    );
    expect(text).toContain(DISSENT);
    // the page-1 tile names the other value
    expect(oneLine(text)).toMatch(/⚠ Sources that disagree: 3\.1 billion USD \[\d\]/);
    // ingested this month, it revises what the seed said; the Office des changes is the statistics it cites
    const month = oneLine(text.slice(text.indexOf('New this month')));
    expect(month).toMatch(
      /Revised: Bilateral trade Belgium ↔ Morocco 2024: 2\.5 billion USD \[\d\], previously 3\.1 billion USD \[\d\]/,
    );
    expect(briefing.changes.revised.map((c) => [c.before?.value, c.before?.source.key])).toEqual([
      [3.1e9, 'incoming/001_262b7dfb58a113a2.txt'],
    ]);
    expect(oneLine(text)).toContain('Statistics cited: Office des changes');
  });

  it('appears in the Excel Conflicts sheet, one row per source, each in its unit', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await new ExcelBriefingRenderer().render(briefing)) as never);
    const sheet = workbook.getWorksheet('Sources that disagree');
    if (!sheet) throw new Error('no conflicts sheet');
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (row.getCell(3).value !== null)
        rows.push([row.getCell(3).value, row.getCell(3).numFmt, row.getCell(6).value]);
    }
    expect(rows).toEqual([
      [3.1e9, '#,##0.##" USD"', 'incoming/001_262b7dfb58a113a2.txt'],
      [2.5e9, '#,##0.##" USD"', DISSENT],
    ]);
  });
});
