// Events of one key delivered concurrently and out of order, on the embedded engines: each interleaving the
// operators forced is forced here again with gates (a reading held until the test lets it go) and injected
// faults, and the end state must match the bucket: no figure lost, no stale figure kept, no figure without
// its document, and the pair's figures only those of documents in their current version.
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient, createS3Client } from '../functions/common/aws-clients.js';
import { parseS3Notification } from '../functions/ingest-document/s3-notification.js';
import {
  DynamoDocumentRepository,
  DynamoFigureRepository,
} from '../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { AnyFormatReader } from '../shared/adapters/readers/any-format-reader.js';
import { S3DocumentStore } from '../shared/adapters/s3/s3-document-store.js';
import { documentIdFor } from '../shared/domain/document.js';
import type { DocumentReader } from '../shared/ports/document-reader.js';
import { silentLogger } from '../shared/ports/logger.js';
import {
  type IngestDocumentDeps,
  ingestDocument,
  removeDocument,
} from '../shared/use-cases/ingest-document.js';
import { injectFault, throttled } from './support/fault-injection.js';
import { openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let deps: IngestDocumentDeps;

const TEXT = (value: string, year: number) =>
  `Les exportations du Pérou vers le Chili ont atteint ${value} milliards de dollars en ${year}. Les importations péruviennes en provenance du Chili ont progressé de 9 % la même année.`;

/** One S3 event of the key, as the queue would carry it. */
type Event = { key: string; sequencer: string | null };
const bucketEvent = (bodies: string[]): Event => {
  const [event] = parseS3Notification(bodies[0] as string);
  if (!event) throw new Error('no event');
  return { key: event.key, sequencer: event.sequencer };
};
const put = async (key: string, body: string) => {
  await runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body }));
  return bucketEvent(runtime.engines.queue.takeAll());
};
const remove = async (key: string) => {
  await runtime.s3.send(new DeleteObjectCommand({ Bucket: runtime.engines.bucket, Key: key }));
  return bucketEvent(runtime.engines.queue.takeAll());
};
const ingest = (event: Event, over: Partial<IngestDocumentDeps> = {}) =>
  ingestDocument({ ...deps, ...over })({ bucket: runtime.engines.bucket, ...event });
const removal = (event: Event, over: Partial<IngestDocumentDeps> = {}) =>
  removeDocument({ ...deps, ...over })({ bucket: runtime.engines.bucket, ...event });

/**
 * `target` with its `method` held at a gate when `when` holds of the call's first argument: the call waits
 * until the test opens the gate, and `reached` resolves once a call is waiting there.
 */
function gatedAt<T extends object>(target: T, method: keyof T & string, when: (arg: unknown) => boolean) {
  let open!: () => void;
  let arrived!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const reached = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  const real = (target[method] as (...args: unknown[]) => Promise<unknown>).bind(target);
  const held = new Proxy(target, {
    get(object, property, receiver) {
      if (property !== method) {
        const value = Reflect.get(object, property, receiver);
        return typeof value === 'function' ? value.bind(object) : value;
      }
      return async (...args: unknown[]) => {
        if (when(args[0])) {
          arrived();
          await gate;
        }
        return real(...args);
      };
    },
  });
  return { held, open, reached };
}

/** A reader held at a gate: it reads only once the test opens the gate (and says when it has started). */
function gatedReader() {
  const { held, open, reached } = gatedAt(new AnyFormatReader(), 'read', () => true);
  return { reader: held as DocumentReader, open, reading: reached };
}

/** What the table says of a key: its record's status and figure count, and the figures readers see. */
const stateOf = async (key: string) => {
  const id = documentIdFor(runtime.engines.bucket, key);
  const record = await runtime.documents.getDocument(id);
  const figures = await runtime.figures.listDocumentFigures(id);
  const pair = (await runtime.figures.listPairFigures('CL/PE')).filter((f) => f.document_id === id);
  return {
    status: record?.status ?? null,
    count: record?.figure_count ?? null,
    values: figures.map((f) => f.value).sort((a, b) => a - b),
    pair: pair.map((f) => f.value).sort((a, b) => a - b),
  };
};
/** Every figure item stored for a key, whatever its version: what is left in the table. */
const storedItems = async (key: string) => {
  const dynamo = createDocumentClient(runtime.engines.dynamoEndpoint);
  const { QueryCommand } = await import('@aws-sdk/lib-dynamodb');
  const out = await dynamo.send(
    new QueryCommand({
      TableName: runtime.engines.table,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :fig)',
      ExpressionAttributeValues: {
        ':pk': `DOC#${documentIdFor(runtime.engines.bucket, key)}`,
        ':fig': 'FIG#',
      },
    }),
  );
  dynamo.destroy();
  return out.Items ?? [];
};

beforeAll(async () => {
  runtime = await openTestRuntime();
  deps = { ...runtime, reader: new AnyFormatReader(), logger: silentLogger };
});
afterAll(async () => runtime?.dispose());

describe('events of one key, interleaved', () => {
  it('removed, then the same bytes uploaded again, the upload delivered first: the figures stay', async () => {
    // Prepare
    const key = 'incoming/re-upload.txt';
    await ingest(await put(key, TEXT('2,5', 2023)));
    const removed = await remove(key);
    const uploaded = await put(key, TEXT('2,5', 2023));
    // Act: the upload's event first (unchanged bytes), then the removal's
    expect((await ingest(uploaded)).outcome).toBe('unchanged');
    const late = await removal(removed);
    // Assess: the removal is older than the upload applied: the object is in the bucket, and so are its figures
    expect(late.outcome).toBe('stale');
    expect(await stateOf(key)).toEqual({
      status: 'processed',
      count: 2,
      values: [9, 2.5e9],
      pair: [9, 2.5e9],
    });
  });

  it('an object removed while its upload is being read keeps no record and no figure', async () => {
    // Prepare: the upload's reading is held while the removal is applied
    const key = 'incoming/removed-while-read.txt';
    const created = await put(key, TEXT('3,5', 2022));
    const { reader, open, reading } = gatedReader();
    // Act
    const pending = ingest(created, { reader });
    await reading;
    expect((await removal(await remove(key))).outcome).toBe('missing');
    open();
    // Assess: the late reading loses to the removal's tombstone, and takes its figures with it
    expect((await pending).outcome).toBe('stale');
    expect(await stateOf(key)).toEqual({ status: null, count: null, values: [], pair: [] });
    expect(await storedItems(key)).toEqual([]);
  });

  it('version 1 still read while version 2 is stored, version 1 finishing last: version 2 stands', async () => {
    // Prepare
    const key = 'incoming/two-versions.txt';
    const v1 = await put(key, TEXT('1,1', 2020));
    const v2 = await put(key, TEXT('2,2', 2021));
    const { reader, open, reading } = gatedReader();
    // Act: version 1's reading starts, version 2 is stored meanwhile, version 1 ends last
    const first = ingest(v1, { reader });
    await reading;
    expect((await ingest(v2)).outcome).toBe('stored');
    open();
    // Assess
    expect((await first).outcome).toBe('stale');
    expect(await stateOf(key)).toEqual({
      status: 'processed',
      count: 2,
      values: [9, 2.2e9],
      pair: [9, 2.2e9],
    });
    expect(await storedItems(key)).toHaveLength(2);
  });

  it("a content's owner removed between its twin's claim and the twin's record: the twin takes the figures", async () => {
    // Prepare: the owner is stored; the twin, having learnt who owns its content, is held before it records
    // itself as a duplicate, and the owner's removal runs then (it finds no duplicate to hand over to)
    const owner = 'incoming/owner.txt';
    const twin = 'incoming/twin.txt';
    await ingest(await put(owner, TEXT('4,4', 2019)));
    const twinEvent = await put(twin, TEXT('4,4', 2019));
    const removed = await remove(owner);
    const ownerId = documentIdFor(runtime.engines.bucket, owner);
    const {
      held: documents,
      open,
      reached,
    } = gatedAt(runtime.documents, 'getDocument', (id) => id === ownerId);
    // Act
    const pending = ingest(twinEvent, { documents });
    await reached;
    expect(await removal(removed)).toEqual(expect.objectContaining({ outcome: 'removed', promoted: null }));
    open();
    await pending;
    // Assess: the twin holds its content's figures; the removed owner none
    expect(await stateOf(twin)).toEqual({
      status: 'processed',
      count: 2,
      values: [9, 4.4e9],
      pair: [9, 4.4e9],
    });
    expect(await stateOf(owner)).toEqual({ status: null, count: null, values: [], pair: [] });
  });

  it('a transient S3 error while a removal hands the figures to a duplicate: the retry finishes it', async () => {
    // Prepare
    const owner = 'incoming/handoff-owner.txt';
    const twin = 'incoming/handoff-twin.txt';
    await ingest(await put(owner, TEXT('6,6', 2017)));
    await ingest(await put(twin, TEXT('6,6', 2017)));
    expect((await stateOf(twin)).status).toBe('duplicate');
    const removed = await remove(owner);
    const s3 = createS3Client(runtime.engines.s3Endpoint);
    injectFault(s3, {
      when: (input) => input.Key === twin,
      error: () => Object.assign(new Error('Service Unavailable'), { name: 'SlowDown', $metadata: {} }),
      times: 1,
    });
    const store = new S3DocumentStore(s3);
    // Act: the removal fails during the hand-off, and its message is delivered again
    await expect(removal(removed, { store })).rejects.toThrow('Service Unavailable');
    const retried = await removal(removed, { store });
    // Assess
    expect(retried).toEqual(expect.objectContaining({ outcome: 'removed', promoted: twin }));
    expect(await stateOf(twin)).toEqual({
      status: 'processed',
      count: 2,
      values: [9, 6.6e9],
      pair: [9, 6.6e9],
    });
    s3.destroy();
  });

  it('a poison message (the record write always fails) leaves no figure for briefings to show', async () => {
    // Prepare: the table refuses this document's record, every time
    const key = 'incoming/poison.txt';
    const dynamo = createDocumentClient(runtime.engines.dynamoEndpoint);
    injectFault(dynamo, {
      when: (input) => {
        const item = input.Item as Record<string, unknown> | undefined;
        return item?.SK === 'DOC' && item.key === key;
      },
      error: throttled,
    });
    const poisoned = {
      ...deps,
      documents: new DynamoDocumentRepository(dynamo, runtime.engines.table),
      figures: new DynamoFigureRepository(dynamo, runtime.engines.table),
    };
    const event = await put(key, TEXT('7,7', 2016));
    // Act: delivered five times, as the queue does before dead-lettering it
    for (let attempt = 0; attempt < 5; attempt++)
      await expect(ingest(event, poisoned)).rejects.toThrow('Rate of requests');
    // Assess
    expect(await stateOf(key)).toEqual({ status: null, count: null, values: [], pair: [] });
    expect(await storedItems(key)).toEqual([]);
    dynamo.destroy();
  });
});
