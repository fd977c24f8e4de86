// An in-process queue with the SQS semantics the ingest function relies on: batches of up to 10 messages,
// partial batch failures re-delivered, and a dead-letter list after maxReceives receives.
import { randomUUID } from 'node:crypto';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';

interface Message {
  id: string;
  body: string;
  receiveCount: number;
}

export type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface DrainResult {
  delivered: number;
  deadLettered: string[];
  /** receives in all: more than the messages when some were delivered again after a failure */
  receives: number;
}

export class LocalQueue {
  private pending: Message[] = [];
  readonly deadLetters: Message[] = [];

  send(body: string): void {
    this.pending.push({ id: randomUUID(), body, receiveCount: 0 });
  }

  get size(): number {
    return this.pending.length;
  }

  /** Takes the pending messages' bodies off the queue (to replay, reorder or deliver them by hand). */
  takeAll(): string[] {
    return this.pending.splice(0).map((m) => m.body);
  }

  /** Delivers every message to `handler` until the queue is empty; returns what ended in the dead-letter list. */
  async drain(
    handler: SqsHandler,
    options: { batchSize?: number; maxReceives?: number; onBatch?: (done: number) => void } = {},
  ): Promise<DrainResult> {
    const batchSize = options.batchSize ?? 10;
    const maxReceives = options.maxReceives ?? 5;
    let delivered = 0;
    let receives = 0;
    const deadLettered: string[] = [];
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0, batchSize);
      for (const m of batch) m.receiveCount++;
      receives += batch.length;
      let failedIds: Set<string>;
      try {
        const response = await handler(
          { Records: batch.map(toRecord) },
          localLambdaContext('ingest-document'),
        );
        failedIds = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
      } catch {
        failedIds = new Set(batch.map((m) => m.id));
      }
      for (const m of batch) {
        if (!failedIds.has(m.id)) {
          delivered++;
          continue;
        }
        if (m.receiveCount >= maxReceives) {
          this.deadLetters.push(m);
          deadLettered.push(m.body);
        } else this.pending.push(m);
      }
      options.onBatch?.(delivered + deadLettered.length);
    }
    return { delivered, deadLettered, receives };
  }
}

function toRecord(m: Message): SQSRecord {
  return {
    messageId: m.id,
    receiptHandle: m.id,
    body: m.body,
    attributes: {
      ApproximateReceiveCount: String(m.receiveCount),
      SentTimestamp: String(Date.now()),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:local-ingest-queue',
    awsRegion: 'eu-west-1',
  };
}

/** A Lambda context for invoking a handler in-process. */
export function localLambdaContext(functionName: string): Context {
  const deadline = Date.now() + 15 * 60_000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-west-1:000000000000:function:${functionName}`,
    memoryLimitInMB: '1024',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
