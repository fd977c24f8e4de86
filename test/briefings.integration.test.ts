// The briefing job on the embedded engines: real xlsx and pdf in the bucket, .eml files in the outbox,
// one email per recipient, pair and month however often the job runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { localLambdaContext } from '../cli/local-runtime.js';
import type { SendBriefingsResult } from '../shared/use-cases/send-briefings.js';
import { openTestRuntime } from './support/local-runtime.js';
import { goldFigures, seedFiles } from './support/seeds.js';

const MONTH = '2026-10';
let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let first: SendBriefingsResult;
let second: SendBriefingsResult;

beforeAll(async () => {
  runtime = await openTestRuntime();
  await ingestFiles(runtime, seedFiles());
  await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'ana@example.org', language: 'en' });
  await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'Bram@example.org', language: 'nl' });
  await runtime.subscriptions.subscribe({ pair: 'JP/MA', email: 'ana@example.org', language: 'fr' });
  const send = await runtime.briefingHandler();
  first = await send({ month: MONTH }, localLambdaContext('send-briefings'));
  second = await send({ month: MONTH }, localLambdaContext('send-briefings'));
});
afterAll(async () => runtime?.dispose());

const bucketFile = async (name: string) => {
  const object = await runtime.store.get(runtime.engines.bucket, `reports/${MONTH}/${name}`);
  if (!object?.bytes) throw new Error(`missing reports/${MONTH}/${name}`);
  return object.bytes;
};

describe('send-briefings on the embedded engines', () => {
  it('sends one email per recipient and pair, and none on the second run', () => {
    expect(first.pairs.map((p) => [p.pair, p.sent.sort(), p.failed])).toEqual([
      ['BE/MA', ['ana@example.org', 'bram@example.org'], []],
      ['JP/MA', ['ana@example.org'], []],
    ]);
    expect(second.pairs.map((p) => [p.pair, p.sent, p.alreadySent.length])).toEqual([
      ['BE/MA', [], 2],
      ['JP/MA', [], 1],
    ]);
    const outbox = readdirSync(join(runtime.reportsDir, MONTH, 'outbox')).sort();
    expect(outbox).toEqual([
      'BE-MA--ana@example.org.eml',
      'BE-MA--bram@example.org.eml',
      'JP-MA--ana@example.org.eml',
    ]);
  });

  it('records each delivery in the ledger with its message id', async () => {
    const entries = await runtime.ledger.list('BE/MA', MONTH);
    expect(entries.map((e) => [e.email, e.status])).toEqual([
      ['ana@example.org', 'sent'],
      ['bram@example.org', 'sent'],
    ]);
    expect(entries.every((e) => e.message_id?.startsWith('outbox-'))).toBe(true);
  });

  it('attaches the xlsx and the pdf to each email, with an unsubscribe instruction', () => {
    const eml = readFileSync(join(runtime.reportsDir, MONTH, 'outbox', 'BE-MA--ana@example.org.eml'), 'utf8');
    expect(eml).toMatch(/^To: ana@example.org$/m);
    expect(eml).toMatch(/filename=trade-briefing-BE-MA-2026-10\.xlsx/);
    expect(eml).toMatch(/filename=trade-briefing-BE-MA-2026-10\.pdf/);
    expect(eml).toContain('unsubscribe --pair BE/MA');
  });

  it('writes an Excel workbook whose figures read back with their types', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await bucketFile('trade-briefing-BE-MA-2026-10.xlsx')) as never);
    const sheet = workbook.getWorksheet('Figures');
    if (!sheet) throw new Error('no Figures sheet');
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining(['Metric', 'From', 'To', 'Value', 'Unit', 'Period', 'Kind', 'Quote', 'Source']),
    );
    const column = (name: string) => header.indexOf(name) + 1;
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
    expect(rows).toHaveLength(5);
    const quotes = rows.map((row) => row.getCell(column('Quote')).value);
    expect(quotes.sort()).toEqual(
      goldFigures()
        .filter((f) => f.to === 'MA' && /^BE/.test(f.from))
        .map((f) => f.quote)
        .sort(),
    );
    for (const row of rows) {
      expect(typeof row.getCell(column('Value')).value).toBe('number');
      expect(row.getCell(column('Value')).numFmt).toBe('#,##0.##');
    }
    expect(workbook.getWorksheet('Sources')?.rowCount).toBe(3);
  });

  it('writes a PDF with every figure, its source and no missing glyph', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-pdf-'));
    const path = join(dir, 'b.pdf');
    writeFileSync(path, await bucketFile('trade-briefing-BE-MA-2026-10.pdf'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
    for (const quote of [
      '€768 miljoen',
      '45ste exportmarkt',
      '1 Mia euro',
      '3,1 milliards de dollars',
      '2,2 milliards de dollars',
    ]) {
      expect(text).toContain(`“${quote}”`);
    }
    expect(text).toContain('incoming/000_e0acc151891616d8.txt');
    expect(text).toContain('Regional figures');
    expect(text).toContain('BE-VLG → MA');
    expect(text).not.toContain('\ufffd');
    expect(fonts).toMatch(/DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
