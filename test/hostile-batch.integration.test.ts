// Every hostile file staff could drop, in one batch through the real ingest path (s3rver → queue → handler →
// dynalite): each ends in its terminal status with its reason in one attempt, and the good documents of the
// same batch are processed as if alone.
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrainResult } from '../shared/adapters/local/local-queue.js';
import { documentIdFor } from '../shared/domain/document.js';
import { type HostileFile, hostileFiles } from './support/hostile-files.js';
import { openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let files: HostileFile[];
let result: DrainResult;
const GOOD = 'incoming/hostile/bonne nouvelle.txt';

beforeAll(async () => {
  runtime = await openTestRuntime();
  files = await hostileFiles();
  const put = (key: string, body: Uint8Array | string) =>
    runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body }));
  await put(GOOD, 'En 2020, les exportations du Maroc vers la Chine ont atteint 4,4 milliards de dirhams.');
  for (const f of files) await put(`incoming/hostile/${f.key}`, f.bytes);
  // an S3 test event and a second delivery of one message, in the same batches
  runtime.engines.queue.send(JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'x' }));
  const events = runtime.engines.queue.takeAll();
  for (const body of [...events, events[0] as string]) runtime.engines.queue.send(body);
  result = await runtime.engines.queue.drain(await runtime.ingestHandler());
}, 120_000);
afterAll(async () => runtime?.dispose());

describe('a batch of hostile files', () => {
  it('has at least 25 cases, the queue events included', () => {
    expect(files.length + 3).toBeGreaterThanOrEqual(25);
  });

  it('delivers every message once: nothing retried, nothing dead-lettered', () => {
    const messages = files.length + 3;
    expect(result).toEqual({ delivered: messages, deadLettered: [], receives: messages });
  });

  it('ends each file in its terminal status, with its reason', async () => {
    const outcomes = await Promise.all(
      files.map(async (f) => {
        const doc = await runtime.documents.getDocument(
          documentIdFor(runtime.engines.bucket, `incoming/hostile/${f.key}`),
        );
        return { name: f.name, status: doc?.status, reason: doc?.reason ?? null };
      }),
    );
    expect(outcomes).toEqual(
      files.map((f) => ({
        name: f.name,
        status: f.status,
        reason: f.reason instanceof RegExp ? expect.stringMatching(f.reason) : f.reason,
      })),
    );
  });

  it('processes the good document of the batch as if it were alone', async () => {
    const figures = await runtime.figures.listDocumentFigures(documentIdFor(runtime.engines.bucket, GOOD));
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'MA', 'CN', 4.4e9, 'MAD', '2020'],
    ]);
  });

  it('keeps every original in the bucket', async () => {
    for (const f of files) {
      expect((await runtime.store.get(runtime.engines.bucket, `incoming/hostile/${f.key}`))?.size).toBe(
        f.bytes.byteLength,
      );
    }
  });
});
