// Lambda entry: SQS batch of S3 notifications → ingest each created object, remove each removed one.
// Partial batch failures: a message that fails is retried alone (and ends in the dead-letter queue), the
// others complete. A file that cannot be read is not a failure: it ends at once with its status.
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import {
  DynamoDocumentRepository,
  DynamoFigureRepository,
} from '../../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { AnyFormatReader } from '../../shared/adapters/readers/any-format-reader.js';
import { S3DocumentStore } from '../../shared/adapters/s3/s3-document-store.js';
import {
  type IngestOutcome,
  ingestDocument,
  type RemoveOutcome,
  removeDocument,
} from '../../shared/use-cases/ingest-document.js';
import { createDocumentClient, createS3Client } from '../common/aws-clients.js';
import { IngestConfigSchema, loadConfig } from '../common/config.js';
import { logger, metrics } from '../common/powertools.js';
import { parseS3Notification, REPROCESS_EVENT } from './s3-notification.js';

const config = loadConfig(IngestConfigSchema);
const dynamo = createDocumentClient(config.DYNAMODB_ENDPOINT);
const deps = {
  store: new S3DocumentStore(createS3Client(config.S3_ENDPOINT)),
  reader: new AnyFormatReader(),
  documents: new DynamoDocumentRepository(dynamo, config.TABLE_NAME),
  figures: new DynamoFigureRepository(dynamo, config.TABLE_NAME),
  logger,
};
const ingest = ingestDocument(deps);
const remove = removeDocument(deps);

const processor = new BatchProcessor(EventType.SQS);

const STATUS_METRIC = {
  processed: 'DocumentsProcessed',
  needs_review: 'DocumentsNeedingReview',
  rejected: 'DocumentsRejected',
  duplicate: 'DocumentsDuplicate',
} as const;

/** What the dashboard shows: documents by status, figures stored, and the events that changed nothing. */
function count(outcome: IngestOutcome | RemoveOutcome): void {
  switch (outcome.outcome) {
    case 'stored':
      metrics.addMetric(STATUS_METRIC[outcome.document.status], MetricUnit.Count, 1);
      metrics.addMetric('FiguresStored', MetricUnit.Count, outcome.document.figure_count);
      return;
    case 'unchanged':
      metrics.addMetric('DocumentsUnchanged', MetricUnit.Count, 1);
      return;
    case 'removed':
      metrics.addMetric('DocumentsRemoved', MetricUnit.Count, 1);
      return;
    // a late or repeated event, or an object gone before it was read: counted, so no run is without a metric
    case 'stale':
    case 'missing':
      metrics.addMetric('EventsIgnored', MetricUnit.Count, 1);
  }
}

async function recordHandler(record: SQSRecord): Promise<void> {
  for (const event of parseS3Notification(record.body)) {
    const target = { bucket: event.bucket, key: event.key, sequencer: event.sequencer };
    if (event.eventName === REPROCESS_EVENT) count(await ingest({ ...target, force: true }));
    else if (event.eventName.startsWith('ObjectCreated')) count(await ingest(target));
    else if (event.eventName.startsWith('ObjectRemoved')) count(await remove(target));
  }
}

export const handler = middy(async (event: SQSEvent, context: Context) => {
  // every invocation counts its failed records (0 on a clean batch): the queue's retries show on the
  // dashboard, and no invocation publishes empty metrics
  try {
    const response = await processPartialResponse(event, recordHandler, processor, { context });
    metrics.addMetric('RecordsFailed', MetricUnit.Count, response.batchItemFailures.length);
    return response;
  } catch (error) {
    metrics.addMetric('RecordsFailed', MetricUnit.Count, event.Records.length);
    throw error;
  }
})
  .use(injectLambdaContext(logger))
  .use(logMetrics(metrics));
