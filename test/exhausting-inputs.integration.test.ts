// Inputs made to exhaust the ingest function, through the real path (s3rver → queue → handler → dynalite),
// at sizes just past each limit: each ends in a terminal status with a reason a person understands, and
// what a reader leaves out is said in the reason, never dropped silently. (Their time and memory at the
// sizes operators used, and twice those, are measured by `npm run bench -- hostile`.)
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../functions/common/aws-clients.js';
import { documentIdFor } from '../shared/domain/document.js';
import { MAX_DOCUMENTS_PER_EMAIL } from '../shared/use-cases/ingest-document.js';
import {
  fanOutEmail,
  hugeDocx,
  longText,
  pdfBomb,
  selfClosingDivs,
  unclosedLists,
} from './support/exhausting-files.js';
import { openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;

const ingest = async (key: string, body: Uint8Array | string) => {
  await runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body }));
  await runtime.engines.queue.drain(await runtime.ingestHandler());
  return runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, key));
};

beforeAll(async () => {
  runtime = await openTestRuntime();
}, 120_000);
afterAll(async () => runtime?.dispose());

describe('inputs that would exhaust a function', () => {
  it('reads the first 2 million characters of a text far longer than a document, and says so', async () => {
    const doc = await ingest('incoming/exhaust/long.txt', longText(3));
    expect(doc?.status).toBe('processed');
    expect(doc?.reason).toMatch(
      /^only the first 2 million of its 3\.\d million characters of text were read$/,
    );
  });

  it('refuses pages whose elements nest without end, as the parser would nest them', async () => {
    for (const [name, page] of [
      ['divs.html', selfClosingDivs(3_000)],
      ['lists.html', unclosedLists(3_000)],
    ] as const) {
      const doc = await ingest(`incoming/exhaust/${name}`, page);
      expect([name, doc?.status, doc?.reason]).toEqual([
        name,
        'rejected',
        'the web page nests its elements more than 2000 deep, which no article does: save the article as text or PDF',
      ]);
    }
  });

  it('refuses a Word document whose text part is too large to parse', async () => {
    const doc = await ingest('incoming/exhaust/huge.docx', await hugeDocx(13));
    expect(doc?.status).toBe('rejected');
    expect(doc?.reason).toBe(
      "the Word document's text (word/document.xml) is 13 MB unpacked; parts over 12 MB are not read: save it as PDF, or split it",
    );
  });

  it('refuses a PDF whose content stream inflates past the cap, before pdf.js holds it', async () => {
    const doc = await ingest('incoming/exhaust/bomb.pdf', await pdfBomb(40));
    expect(doc?.status).toBe('rejected');
    expect(doc?.reason).toMatch(/^a compressed part of the PDF inflates to over 32 MB, .*possible PDF bomb/);
  });

  it('stores at most 20 documents from one email, however its attachments fan out', async () => {
    // Act: 20 emails of 20 texts each would have made 420 documents
    const doc = await ingest('incoming/exhaust/fan-out.eml', await fanOutEmail(20, 2));
    // Assess
    const fromIt = (await runtime.documents.listDocuments()).filter((d) =>
      d.key.startsWith('incoming/exhaust/fan-out.eml'),
    );
    expect(fromIt.length).toBeLessThanOrEqual(1 + MAX_DOCUMENTS_PER_EMAIL);
    expect(doc?.status).toBe('processed');
    const nested = fromIt.find((d) => d.key.endsWith('fwd-1.eml'));
    expect(nested?.reason).toContain(
      "attachment fwd-1-1.txt not read: one email brings at most 20 documents, its attachments' included",
    );
  });

  it('gives what an email leaves to the email it forwards: a forwarded message keeps its attachment', async () => {
    const doc = await ingest('incoming/exhaust/forward.eml', await fanOutEmail(1, 2));
    const fromIt = (await runtime.documents.listDocuments()).filter((d) =>
      d.key.startsWith('incoming/exhaust/forward.eml'),
    );
    expect(doc?.status).toBe('processed');
    expect(fromIt.map((d) => d.key).sort()).toEqual([
      'incoming/exhaust/forward.eml',
      'incoming/exhaust/forward.eml.attachments/fwd-1.eml',
      'incoming/exhaust/forward.eml.attachments/fwd-1.eml.attachments/fwd-1-1.txt',
    ]);
  });

  it("stores an attachment whose key would pass S3's 1,024 bytes under a shorter name", async () => {
    // Prepare: an email 935 bytes long by name, with an attachment named at length
    const key = `incoming/exhaust/${'dossier-été/'.repeat(65)}note.eml`;
    const email = await fanOutEmail(1, 1, (name) => `${'rapport annuel '.repeat(10)}${name}.txt`);
    // Act
    const doc = await ingest(key, email);
    expect(doc?.status).toBe('processed');
    expect(Buffer.byteLength(key)).toBeGreaterThan(900);
    const attachments = (await runtime.documents.listDocuments()).filter((d) =>
      d.key.startsWith(`${key}.attachments/`),
    );
    expect(attachments).toHaveLength(1);
    expect(Buffer.byteLength(attachments[0]?.key ?? '')).toBeLessThanOrEqual(1024);
  });

  it('stores a document whose key is as long as S3 allows', async () => {
    const key = `incoming/exhaust/${'dossier-été/'.repeat(71)}n.txt`;
    expect(Buffer.byteLength(key)).toBe(1016);
    const doc = await ingest(key, SENTENCE_FIGURE);
    expect([doc?.key, doc?.status]).toEqual([key, 'processed']);
    expect((await runtime.documents.listDocuments()).some((d) => d.key === key)).toBe(true);
    // DynamoDB refuses a sort key over 1,024 bytes (dynalite does not check it): the listing's stays within
    const dynamo = createDocumentClient(runtime.engines.dynamoEndpoint);
    const { Item } = await dynamo.send(
      new GetCommand({ TableName: runtime.engines.table, Key: { PK: `DOC#${doc?.document_id}`, SK: 'DOC' } }),
    );
    dynamo.destroy();
    expect(Buffer.byteLength(String(Item?.GSI2SK))).toBeLessThanOrEqual(1024);
  });

  it('reads UTF-8 with a few bad bytes as UTF-8, and counts them in the reason', async () => {
    // Prepare: a UTF-8 text, one byte of which was damaged
    const text = new TextEncoder().encode(
      'Vlaanderen exporteerde in 2017 voor €768 miljoen naar Marokko, meldt Flanders Investment & Trade. ',
    );
    text[text.indexOf(0x61)] = 0xff;
    // Act
    const doc = await ingest('incoming/exhaust/damaged.txt', text);
    // Assess
    expect(doc).toEqual(
      expect.objectContaining({
        status: 'processed',
        encoding: 'utf-8',
        reason: '1 byte sequence was not valid UTF-8 and was replaced by �',
      }),
    );
    const figures = await runtime.figures.listDocumentFigures(doc?.document_id ?? '');
    expect(figures.map((f) => f.value)).toEqual([768e6]);
  });

  it('notes the elements of a page past what the page reader reads, instead of dropping them silently', async () => {
    const items = '<li>Peru</li>'.repeat(100_500);
    const doc = await ingest(
      'incoming/exhaust/wide.html',
      `<html><body><p>${SENTENCE_FIGURE}</p><ul>${items}</ul></body></html>`,
    );
    expect(doc?.reason).toBe(
      'an element of the page holds 100,500 elements: only the first 100,000 were read',
    );
  });
});

const SENTENCE_FIGURE =
  'En 2023, les exportations du Pérou vers le Chili ont atteint 3,1 milliards de dollars.';
