// A transient failure the embedded engines cannot produce — DynamoDB throttling every call — with
// aws-sdk-client-mock on the DynamoDB client only: the message is retried, ends in the dead-letter list after
// 5 receives, the original stays in the bucket, and a redrive once the table answers again processes it.
import { ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentIdFor } from '../shared/domain/document.js';
import { openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
const KEY = 'incoming/pendant la panne.txt';

beforeAll(async () => {
  runtime = await openTestRuntime();
});
afterAll(async () => runtime?.dispose());

describe('DynamoDB throttling during ingest', () => {
  it('retries the message, dead-letters it after 5 receives, and a redrive processes it', async () => {
    await runtime.s3.send(
      new PutObjectCommand({
        Bucket: runtime.engines.bucket,
        Key: KEY,
        Body: 'En 2023, les exportations du Maroc vers le Japon ont atteint 3,1 milliards de dirhams.',
      }),
    );
    const handler = await runtime.ingestHandler();
    const dynamo = mockClient(DynamoDBDocumentClient);
    dynamo.onAnyCommand().rejects(
      new ProvisionedThroughputExceededException({
        message: 'Rate of requests exceeds the allowed throughput',
        $metadata: {},
      }),
    );
    let throttled: Awaited<ReturnType<typeof runtime.engines.queue.drain>>;
    try {
      throttled = await runtime.engines.queue.drain(handler);
    } finally {
      dynamo.restore();
    }
    expect(throttled.receives).toBe(5);
    expect(throttled.deadLettered).toHaveLength(1);
    expect(dynamo.calls().length).toBeGreaterThanOrEqual(5);
    expect((await runtime.store.get(runtime.engines.bucket, KEY))?.size).toBeGreaterThan(0);
    expect(await runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, KEY))).toBeUndefined();

    // redrive from the dead-letter list, the table answering again
    for (const body of throttled.deadLettered) runtime.engines.queue.send(body);
    const redriven = await runtime.engines.queue.drain(handler);
    expect(redriven).toEqual({ delivered: 1, deadLettered: [], receives: 1 });
    expect(await runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, KEY))).toEqual(
      expect.objectContaining({ status: 'processed', figure_count: 1 }),
    );
  });
});
