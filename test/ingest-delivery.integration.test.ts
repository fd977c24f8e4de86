// S3 delivers events at least once, out of order, with URL-encoded keys: on the embedded engines, with the
// real events s3rver emits (re-encoded as S3 encodes keys) and the real ingest handler, no figure is lost
// or counted twice.
import { createHash } from 'node:crypto';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localLambdaContext, type SqsHandler } from '../shared/adapters/local/local-queue.js';
import { documentIdFor } from '../shared/domain/document.js';
import { allStoredFigures, openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let handler: SqsHandler;

const TEXT = (value: string, year: number) =>
  `Les exportations du Maroc vers le Japon ont atteint ${value} milliards de dirhams en ${year}. Les importations du Maroc en provenance du Japon ont progressé de 12 % la même année.`;

const put = async (key: string, body: string) => {
  await runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body }));
  return runtime.engines.queue.takeAll();
};
const remove = async (key: string) => {
  await runtime.s3.send(new DeleteObjectCommand({ Bucket: runtime.engines.bucket, Key: key }));
  return runtime.engines.queue.takeAll();
};
const deliver = async (...bodies: string[]) => {
  for (const body of bodies) runtime.engines.queue.send(body);
  return runtime.engines.queue.drain(handler);
};
const invoke = (body: string, id: string) =>
  handler(
    {
      Records: [
        {
          messageId: id,
          receiptHandle: id,
          body,
          attributes: {
            ApproximateReceiveCount: '1',
            SentTimestamp: '0',
            SenderId: 'test',
            ApproximateFirstReceiveTimestamp: '0',
          },
          messageAttributes: {},
          md5OfBody: '',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:q',
          awsRegion: 'eu-west-1',
        },
      ],
    },
    localLambdaContext('ingest-document'),
  );
const documentAt = (key: string) => runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, key));
const figuresAt = (key: string) =>
  runtime.figures.listDocumentFigures(documentIdFor(runtime.engines.bucket, key));
const allFigures = () => allStoredFigures(runtime);

beforeAll(async () => {
  runtime = await openTestRuntime();
  handler = await runtime.ingestHandler();
});
afterAll(async () => runtime?.dispose());

describe('delivery: at least once, out of order, URL-encoded', () => {
  it('5 copies of one event plus 2 concurrent deliveries: one document record, no duplicate figure', async () => {
    const [event] = await put('incoming/dépêche 5 copies.txt', TEXT('3,1', 2023));
    expect(event).toBeDefined();
    const body = event as string;
    const concurrent = await Promise.all([invoke(body, 'a'), invoke(body, 'b')]);
    expect(concurrent.map((r) => r?.batchItemFailures)).toEqual([[], []]);
    const result = await deliver(body, body, body, body, body);
    expect(result).toEqual({ delivered: 5, deadLettered: [], receives: 5 });

    const documents = (await runtime.documents.listDocuments()).filter((d) => d.key.includes('5 copies'));
    expect(documents.map((d) => [d.key, d.status])).toEqual([['incoming/dépêche 5 copies.txt', 'processed']]);
    const figures = await allFigures();
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual(
      expect.arrayContaining([['exports', 3.1e9, '2023']]),
    );
    expect(new Set(figures.map((f) => `${f.metric}|${f.value}|${f.period}`)).size).toBe(figures.length);
  });

  it('the same article under two names in one batch: one owns the figures, the other is its duplicate', async () => {
    const first = await put('incoming/copie A.txt', TEXT('4,2', 2021));
    const second = await put('incoming/copie B.txt', TEXT('4,2', 2021));
    await deliver(...first, ...second);
    const statuses = [
      (await documentAt('incoming/copie A.txt'))?.status,
      (await documentAt('incoming/copie B.txt'))?.status,
    ];
    expect(statuses.sort()).toEqual(['duplicate', 'processed']);
    expect(
      (await figuresAt('incoming/copie A.txt')).length + (await figuresAt('incoming/copie B.txt')).length,
    ).toBe(2);
  });

  it('removing the owner of a content reads its duplicate in its place: no figure is lost', async () => {
    const owner = (await documentAt('incoming/copie A.txt'))?.status === 'processed' ? 'copie A' : 'copie B';
    const other = owner === 'copie A' ? 'copie B' : 'copie A';
    await deliver(...(await remove(`incoming/${owner}.txt`)));
    expect(await documentAt(`incoming/${owner}.txt`)).toBeUndefined();
    expect(await figuresAt(`incoming/${owner}.txt`)).toEqual([]);
    expect(await documentAt(`incoming/${other}.txt`)).toEqual(
      expect.objectContaining({ status: 'processed', figure_count: 2, duplicate_of: null }),
    );
  });

  it('an object removed removes its figures and its record', async () => {
    await deliver(...(await put('incoming/retiré.txt', TEXT('1,5', 2019))));
    expect(await figuresAt('incoming/retiré.txt')).toHaveLength(2);
    await deliver(...(await remove('incoming/retiré.txt')));
    expect(await documentAt('incoming/retiré.txt')).toBeUndefined();
    expect(await figuresAt('incoming/retiré.txt')).toEqual([]);
  });

  it('events out of order: an older write or an older removal, delivered last, changes nothing', async () => {
    const key = 'incoming/ordre.txt';
    const v1 = await put(key, TEXT('1,0', 2020));
    const removal = await remove(key);
    const v2 = await put(key, TEXT('2,0', 2022));
    // the newest write first, then the stale removal and the stale write
    await deliver(...v2);
    await deliver(...removal);
    expect(await figuresAt(key)).toHaveLength(2);
    await deliver(...v1);
    const figures = await figuresAt(key);
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual(
      expect.arrayContaining([['exports', 2e9, '2022']]),
    );
    expect(figures).toHaveLength(2);
    expect(await documentAt(key)).toEqual(expect.objectContaining({ status: 'processed' }));
  });

  it('new content under the same key replaces the figures; the previous content is not counted', async () => {
    const key = 'incoming/Rapport+été 2024 (v2) %41.txt';
    await deliver(...(await put(key, TEXT('5,0', 2018))));
    await deliver(...(await put(key, TEXT('6,0', 2024))));
    const figures = await figuresAt(key);
    expect(figures.map((f) => f.period)).toEqual(['2024', '2024']);
    expect((await documentAt(key))?.key).toBe(key);
  });

  it('keys with ../ and control characters are names, never paths: read and stored under the same key', async () => {
    const keys = ['incoming/../../etc/passwd.txt', 'incoming/a\u0001b\u0007 c.txt'];
    const events = [
      ...(await put(keys[0] as string, TEXT('7,0', 2017))),
      ...(await put(keys[1] as string, TEXT('8,0', 2016))),
    ];
    await deliver(...events);
    for (const key of keys)
      expect(await documentAt(key)).toEqual(expect.objectContaining({ key, status: 'processed' }));
  });

  it('a file over 50 MB is refused from its size, hashed as it streams by, not held whole', async () => {
    const key = 'incoming/archive complète.txt';
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x61);
    await runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: big }));
    await deliver(...runtime.engines.queue.takeAll());
    expect(await documentAt(key)).toEqual(
      expect.objectContaining({
        status: 'rejected',
        size: big.byteLength,
        sha256: createHash('sha256').update(big).digest('hex'),
        reason:
          'the file is 51 MB; files over 50 MB are not read (split it, or drop only the pages that matter)',
      }),
    );
  });
});
