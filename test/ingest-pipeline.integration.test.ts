// The ingest path as in AWS — S3 put → notification → queue → ingest handler → DynamoDB — on the embedded
// engines (s3rver, dynalite), with the real handler module and real SDK clients.
import { readFile } from 'node:fs/promises';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import type { SqsHandler } from '../shared/adapters/local/local-queue.js';
import { documentIdFor } from '../shared/domain/document.js';
import { allStoredFigures, openTestRuntime } from './support/local-runtime.js';
import { toDocx, toEml, toHtml, toPdf } from './support/make-documents.js';
import { goldFigures, seedFiles, strictKey } from './support/seeds.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let handler: SqsHandler;

const put = (key: string, body: string | Uint8Array, contentType = 'text/plain; charset=utf-8') =>
  runtime.s3.send(
    new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body, ContentType: contentType }),
  );
const documentAt = (key: string) => runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, key));
const allFigures = () => allStoredFigures(runtime);

beforeAll(async () => {
  runtime = await openTestRuntime();
  handler = await runtime.ingestHandler();
});
afterAll(async () => runtime?.dispose());

describe('ingest pipeline on the embedded engines', () => {
  it('stores exactly the gold figures of the seeds, with provenance', async () => {
    // Act
    await ingestFiles(runtime, seedFiles());
    // Assess
    const documents = await runtime.documents.listDocuments();
    // the two seeds about meetings speak of trade but state no figure: a person should look at them
    const byKey = Object.fromEntries(
      documents.map((d) => [d.key.slice('incoming/'.length, 3 + 9), [d.status, d.reason]]),
    );
    expect(byKey).toEqual({
      '000': ['processed', null],
      '001': ['processed', null],
      '002': [
        'needs_review',
        expect.stringMatching(/^the text speaks of trade but no trade figure was found/),
      ],
      '003': ['processed', null],
      '004': [
        'needs_review',
        expect.stringMatching(/^the text speaks of trade but no trade figure was found/),
      ],
    });
    const figures = await allFigures();
    expect(figures.map(strictKey).sort()).toEqual(goldFigures().map(strictKey).sort());
    // Morocco–Hong Kong is read about, with no figure yet: a pair all the same
    expect(await runtime.figures.listPairs()).toEqual(['BE/MA', 'HK/MA', 'JP/MA']);
    const bema = await runtime.figures.listPairFigures('BE/MA');
    expect(bema.map((f) => f.period)).toEqual(['2017', '2017', '2020', '2023', '2024']);
    for (const f of figures) {
      const doc = documents.find((d) => d.document_id === f.document_id);
      expect(doc?.key).toMatch(/^incoming\/\d{3}_[0-9a-f]+\.txt$/);
    }
  });

  it('is idempotent: the same files again add nothing', async () => {
    const before = (await allFigures()).map((f) => f.id).sort();
    await ingestFiles(runtime, seedFiles());
    expect((await allFigures()).map((f) => f.id).sort()).toEqual(before);
    expect(await runtime.documents.listDocuments()).toHaveLength(5);
  });

  it('marks the same content under another key as a duplicate, without repeating its figures', async () => {
    const count = (await allFigures()).length;
    const [first] = seedFiles();
    await put('incoming/copy of the Flemish answer.txt', await readFile(first ?? ''));
    await runtime.engines.queue.drain(handler);
    const copy = await documentAt('incoming/copy of the Flemish answer.txt');
    expect(copy).toEqual(
      expect.objectContaining({
        status: 'duplicate',
        figure_count: 0,
        duplicate_of: 'incoming/000_e0acc151891616d8.txt',
      }),
    );
    expect((await allFigures()).length).toBe(count);
  });

  it("replaces a document's figures when new content arrives under the same key", async () => {
    const key = 'incoming/Rapport été 2024.txt';
    await put(key, 'Les exportations du Maroc vers le Japon ont atteint 500 millions de dollars en 2022.');
    await runtime.engines.queue.drain(handler);
    const id = documentIdFor(runtime.engines.bucket, key);
    expect((await runtime.figures.listDocumentFigures(id)).map((f) => f.value)).toEqual([5e8]);

    await put(key, 'Les exportations du Maroc vers le Japon ont atteint 650 millions de dollars en 2023.');
    await runtime.engines.queue.drain(handler);
    const figures = await runtime.figures.listDocumentFigures(id);
    expect(figures.map((f) => [f.value, f.period])).toEqual([[6.5e8, '2023']]);
    expect((await documentAt(key))?.key).toBe(key);
  });

  it('ends an unreadable file with a status and reason, and the rest of the batch goes on', async () => {
    // Prepare: one batch with a binary file, a malformed message, a test event and a good document
    await put('incoming/scan.pdf', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), 'application/pdf');
    runtime.engines.queue.send('this is not an S3 notification');
    runtime.engines.queue.send(
      JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: runtime.engines.bucket }),
    );
    await put('incoming/good.txt', 'In 2021 Japanese investments in Morocco reached $90 million.');
    // Act
    const result = await runtime.engines.queue.drain(handler);
    // Assess
    expect(await documentAt('incoming/scan.pdf')).toEqual(
      expect.objectContaining({
        status: 'rejected',
        figure_count: 0,
        reason: 'the PDF is damaged or truncated: no page could be found in it',
      }),
    );
    expect(await documentAt('incoming/good.txt')).toEqual(
      expect.objectContaining({ status: 'processed', figure_count: 1 }),
    );
    expect(result.deadLettered).toEqual(['this is not an S3 notification']);
    expect(runtime.engines.queue.deadLetters.at(-1)?.receiveCount).toBe(5);
  });

  it('reads a PDF, a Word document and a web page through the same path, with the figures of the text', async () => {
    // Prepare: the Flemish seed (hard line breaks, €768M export in 2017) in three formats
    const [first] = seedFiles();
    const text = await readFile(first ?? '', 'utf8');
    const figuresOf = async (key: string) => {
      const doc = await documentAt(key);
      const figures = await runtime.figures.listDocumentFigures(doc?.document_id ?? '');
      return { doc, facts: figures.map(strictKey).sort() };
    };
    const txt = await figuresOf('incoming/000_e0acc151891616d8.txt');
    expect(txt.facts.length).toBeGreaterThan(0);
    await put('incoming/antwoord.pdf', await toPdf(text), 'application/pdf');
    await put('incoming/nota.docx', await toDocx(text), 'application/octet-stream');
    await put('incoming/artikel.html', toHtml(text), 'text/html');
    // Act
    await runtime.engines.queue.drain(handler);
    // Assess
    for (const [key, reader] of [
      ['incoming/antwoord.pdf', 'application/pdf'],
      ['incoming/nota.docx', 'docx'],
      ['incoming/artikel.html', 'text/html'],
    ]) {
      const { doc, facts } = await figuresOf(key as string);
      expect(doc).toEqual(expect.objectContaining({ status: 'processed', reader, reason: null }));
      expect(facts).toEqual(txt.facts);
    }
  });

  it("reads a forwarded email's text, and each attachment as a document of its own", async () => {
    // Prepare: an email with a short text and the Flemish seed attached as PDF and as Word
    const [first] = seedFiles();
    const text = await readFile(first ?? '', 'utf8');
    const eml = await toEml(
      'En 2019, les importations du Maroc en provenance de la Chine ont atteint 5 milliards de dollars.',
      [
        { filename: 'antwoord.pdf', content: await toPdf(text) },
        { filename: 'antwoord.pdf', content: await toDocx(text) },
      ],
    );
    await put('incoming/Fwd chiffres.eml', eml, 'message/rfc822');
    // Act
    const result = await runtime.engines.queue.drain(handler);
    // Assess: the email, then its attachments, each through its own S3 event
    expect(result.deadLettered).toEqual([]);
    const email = await documentAt('incoming/Fwd chiffres.eml');
    expect(email).toEqual(
      expect.objectContaining({
        status: 'processed',
        reader: 'message/rfc822',
        figure_count: 1,
        published: '2024-03',
      }),
    );
    expect(email?.reason).toContain('attachment antwoord.pdf (PDF) read as a document of its own');
    const pdf = await documentAt('incoming/Fwd chiffres.eml.attachments/antwoord.pdf');
    const docx = await documentAt('incoming/Fwd chiffres.eml.attachments/2-antwoord.pdf');
    expect([pdf?.status, pdf?.reader, docx?.status, docx?.reader]).toEqual([
      'processed',
      'application/pdf',
      'processed',
      'docx',
    ]);
    expect(docx?.reason).toBe(
      'named as PDF but holds a Word document (.docx): read as a Word document (.docx)',
    );
    const txtFacts = (
      await runtime.figures.listDocumentFigures(
        documentIdFor(runtime.engines.bucket, 'incoming/000_e0acc151891616d8.txt'),
      )
    )
      .map(strictKey)
      .sort();
    const pdfFacts = (await runtime.figures.listDocumentFigures(pdf?.document_id ?? ''))
      .map(strictKey)
      .sort();
    expect(pdfFacts).toEqual(txtFacts);
  });

  it('ignores objects written outside incoming/', async () => {
    await put(
      'reports/2026-11/x.txt',
      'Les exportations du Maroc vers la Chine ont atteint 1 milliard de dollars en 2020.',
    );
    expect(runtime.engines.queue.size).toBe(0);
  });
});
