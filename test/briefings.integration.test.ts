// The briefing job on the embedded engines: real xlsx and pdf in the bucket, .eml files in the outbox,
// one email per recipient, pair and month however often the job runs.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { localLambdaContext } from '../cli/local-runtime.js';
import { OutboxMailer } from '../shared/adapters/mail/outbox-mailer.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { silentLogger } from '../shared/ports/logger.js';
import {
  prepareBriefing,
  type SendBriefingsResult,
  sendBriefings,
} from '../shared/use-cases/send-briefings.js';
import { openTestRuntime } from './support/local-runtime.js';
import { brokenPromises } from './support/page-promises.js';
import { inspectPdf } from './support/pdf-inspection.js';
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

const bucketFile = async (name: string, month = MONTH) => {
  const object = await runtime.store.get(runtime.engines.bucket, `reports/${month}/${name}`);
  if (!object?.bytes) throw new Error(`missing reports/${month}/${name}`);
  return object.bytes;
};

describe('send-briefings on the embedded engines', () => {
  it('sends one email per recipient and pair, and none on the second run', () => {
    expect(first.pairs.map((p) => [p.pair, p.sent.sort(), p.failed])).toEqual([
      ['BE/MA', ['ana@example.org', 'bram@example.org'], []],
      ['HK/MA', [], []],
      ['JP/MA', ['ana@example.org'], []],
    ]);
    expect(second.pairs.map((p) => [p.pair, p.sent, p.alreadySent.length])).toEqual([
      ['BE/MA', [], 2],
      ['HK/MA', [], 0],
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

  it("attaches the xlsx and the pdf in each recipient's language", async () => {
    const outbox = (name: string) => readFileSync(join(runtime.reportsDir, MONTH, 'outbox', name), 'utf8');
    const ana = outbox('BE-MA--ana@example.org.eml');
    expect(ana).toMatch(/^To: ana@example.org$/m);
    expect(ana).toMatch(/filename=trade-briefing-BE-MA-2026-10-en\.xlsx/);
    expect(ana).toMatch(/filename=trade-briefing-BE-MA-2026-10-en\.pdf/);
    const bram = outbox('BE-MA--bram@example.org.eml');
    expect(bram).toMatch(/filename=trade-briefing-BE-MA-2026-10-nl\.pdf/);
    const parsed = await simpleParser(bram);
    expect(parsed.subject).toBe('Handelsbriefing België – Marokko — oktober 2026');
    expect(parsed.text).toContain('Handelsbriefing België – Marokko, oktober 2026');
    // a local run has no HTTPS endpoint: its emails name the command that does what the link does in AWS
    expect(parsed.text).toMatch(/npx trade-briefings unsubscribe --token [\w-]+\.[\w-]{43}/);
    expect(outbox('JP-MA--ana@example.org.eml')).toMatch(/filename=trade-briefing-JP-MA-2026-10-fr\.pdf/);
  });

  it('writes an Excel workbook whose figures read back with their types and number formats', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await bucketFile('trade-briefing-BE-MA-2026-10-en.xlsx')) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'All figures',
      'Sources that disagree',
      'Sources',
      'Exchange rates',
    ]);
    const sheet = workbook.getWorksheet('All figures');
    if (!sheet) throw new Error('no figures sheet');
    expect(sheet.views[0]).toEqual(expect.objectContaining({ state: 'frozen', ySplit: 1 }));
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(
      expect.arrayContaining([
        'Metric',
        'From',
        'To',
        'Value',
        'Unit',
        'Period',
        'Kind',
        'Value EUR',
        'Quote',
        'Source',
      ]),
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
    const formats = rows.map((row) => [
      row.getCell(column('Unit')).value,
      typeof row.getCell(column('Value')).value,
      row.getCell(column('Value')).numFmt,
    ]);
    expect(formats).toEqual(
      expect.arrayContaining([
        ['EUR', 'number', '#,##0.##" EUR"'],
        ['USD', 'number', '#,##0.##" USD"'],
        ['rank', 'number', '0'],
      ]),
    );
    expect(workbook.getWorksheet('Sources')?.rowCount).toBe(3);
    // the rate of each currency and year a conversion used, written once
    const rates: unknown[] = [];
    workbook.getWorksheet('Exchange rates')?.eachRow((row, n) => {
      if (n > 1) rates.push(row.getCell(1).value);
    });
    expect(rates.sort()).toEqual(['EUR 2017', 'EUR 2020', 'USD 2023', 'USD 2024']);
  });

  it('writes a PDF with every figure, its source and no missing glyph', async () => {
    const text = await pdfText(await bucketFile('trade-briefing-BE-MA-2026-10-en.pdf'));
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
    expect(text).toContain('Regions (not included in national totals)');
    expect(text).toContain('Exports Flanders → Morocco');
    // the €1 bn ambition for 2020 against €768 M in 2017
    expect(text).toMatch(/1 billion EUR · 2020 \[1\]\s+768 million EUR · 2017 \[1\]\s+76\.8% reached/);
    // the statistics the article names, and its title (its first line)
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Statistics cited: International Trade Center.');
    expect(flat).toContain('[1] Prinselijke missie naar Marokko - Resultaten.');
    expect(flat).toContain('Morocco ranked 45th among the export markets of Flanders');
    expect(text).not.toContain('\ufffd');
    // every page draws without an error, the document is tagged, and its one font is embedded
    const pdf = await inspectPdf(await bucketFile('trade-briefing-BE-MA-2026-10-en.pdf'));
    expect(pdf.pages.length).toBeGreaterThanOrEqual(2);
    expect(pdf.tagged).toBe(true);
    expect(pdf.fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
    ]);
    for (const font of pdf.fonts) expect(font).toMatchObject({ type: 'CIDFontType2', embedded: true });
  });

  it('writes a short briefing for a pair read about with no figure yet (Morocco–Hong Kong)', async () => {
    const text = await pdfText(await bucketFile('trade-briefing-HK-MA-2026-10-en.pdf'));
    expect(text).toContain('Trade briefing Hong Kong – Morocco');
    expect(text).toContain('No trade figures have been found for this pair yet.');
    expect(text).toMatch(/Nouvel élan pour les relations commerciales .* to review/);
    expect(text).toContain('incoming/002_81dba72b2f673819.txt');
    expect(text).not.toContain('Where the relationship stands');
  });

  it('writes the Dutch and French briefings in their language and number formats', async () => {
    const nl = await pdfText(await bucketFile('trade-briefing-BE-MA-2026-10-nl.pdf'));
    expect(nl).toContain('Waar de relatie staat');
    expect(nl).toContain('3,1 miljard USD');
    expect(nl).toContain('oktober 2026');
    const fr = await pdfText(await bucketFile('trade-briefing-JP-MA-2026-10-fr.pdf'));
    expect(fr).toContain('Note commerciale Japon – Maroc');
    expect(fr).toMatch(/moins de 1 %/);
    // the share's total is Morocco's, as the sentence says; 0,02 % is not 0 %
    expect(fr.replace(/\s+/g, ' ')).toContain(
      'représentaient moins de 1 % du commerce extérieur total du Maroc en 2013',
    );
    expect(fr).toContain('0,02 %');
  });
});

const pdfText = async (bytes: Uint8Array) => (await inspectPdf(bytes)).text;

describe("the seeds' briefings", () => {
  it.each([
    ['BE/MA', 'en'],
    ['BE/MA', 'nl'],
    ['JP/MA', 'fr'],
    ['HK/MA', 'en'],
  ] as const)('%s in %s keeps what its pages promise', async (pair, language) => {
    // Prepare
    const briefing = await prepareBriefing(runtime, pair, MONTH, language);
    if (!briefing) throw new Error(`no briefing of ${pair}`);
    // Act
    const pdf = await inspectPdf(await new PdfBriefingRenderer().render(briefing));
    // Assess
    expect(brokenPromises(briefing, pdf.pages)).toEqual([]);
  });
});

describe('briefings too large to attach', () => {
  it('go as download links that fetch the files from the bucket', async () => {
    const outbox = mkdtempSync(join(tmpdir(), 'outbox-'));
    const send = sendBriefings({
      ...runtime,
      renderers: [new ExcelBriefingRenderer(), new PdfBriefingRenderer()],
      mailer: new OutboxMailer(outbox),
      bucket: runtime.engines.bucket,
      sender: 'briefings@example.org',
      logger: silentLogger,
      maxAttachmentBytes: 1000,
    });
    const result = await send({ month: '2026-07', pairs: ['JP/MA'] });
    expect(result.pairs[0]?.sent).toEqual(['ana@example.org']);
    const mail = await simpleParser(
      readFileSync(join(outbox, '2026-07', 'outbox', 'JP-MA--ana@example.org.eml')),
    );
    expect(mail.attachments).toEqual([]);
    expect(mail.text).toContain(
      'Les fichiers sont trop lourds pour être joints ; téléchargez-les dans les 7 jours :',
    );
    const links = [...(mail.text ?? '').matchAll(/^(trade-briefing-[^:]+): (http\S+)$/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(links.map(([name]) => name)).toEqual([
      'trade-briefing-JP-MA-2026-07-fr.xlsx',
      'trade-briefing-JP-MA-2026-07-fr.pdf',
    ]);
    const pdf = new Uint8Array(await (await fetch(links[1]?.[1] as string)).arrayBuffer());
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(Buffer.from(pdf)).toEqual(
      Buffer.from(await bucketFile('trade-briefing-JP-MA-2026-07-fr.pdf', '2026-07')),
    );
  });
});
