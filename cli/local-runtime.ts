// Opens the embedded engines with the state kept under .local/, points the handlers at them, and hands
// the CLI commands the same adapters the Lambda functions use.
import { join, resolve } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { createDocumentClient, createS3Client } from '../functions/common/aws-clients.js';
import type { FunctionUrlResult } from '../functions/unsubscribe/handler.js';
import {
  DynamoDeliveryLedger,
  DynamoDocumentRepository,
  DynamoFigureRepository,
  DynamoSubscriptionRepository,
} from '../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { type EmbeddedEngines, startEmbeddedEngines } from '../shared/adapters/local/embedded-engines.js';
import { localLambdaContext, type SqsHandler } from '../shared/adapters/local/local-queue.js';
import { S3DocumentStore } from '../shared/adapters/s3/s3-document-store.js';
import type { SendBriefingsResult } from '../shared/use-cases/send-briefings.js';

import { LOCAL_SENDER } from './local-addresses.js';

export { LOCAL_SENDER, LOCAL_SUBSCRIBER } from './local-addresses.js';

export interface LocalRuntime {
  root: string;
  reportsDir: string;
  engines: EmbeddedEngines;
  s3: S3Client;
  store: S3DocumentStore;
  documents: DynamoDocumentRepository;
  figures: DynamoFigureRepository;
  subscriptions: DynamoSubscriptionRepository;
  ledger: DynamoDeliveryLedger;
  ingestHandler(): Promise<SqsHandler>;
  briefingHandler(): Promise<(event: BriefingEvent, context: Context) => Promise<SendBriefingsResult>>;
  /** the unsubscribe endpoint's handler: a function URL event in, an HTML page out */
  unsubscribeHandler(): Promise<(event: unknown, context: Context) => Promise<FunctionUrlResult>>;
  close(): Promise<void>;
}

/** The event the briefing function takes: a month, or a resend of failed deliveries. */
export interface BriefingEvent {
  month?: string;
  resend?: boolean;
  pair?: string;
  email?: string;
}

export interface LocalRuntimeOptions {
  /** project folder: state goes to <root>/.local, briefings to <root>/reports */
  root?: string;
  stateDir?: string;
  reportsDir?: string;
}

export async function openLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const root = resolve(options.root ?? process.cwd());
  const reportsDir = options.reportsDir ?? join(root, 'reports');
  const stateDir = options.stateDir ?? join(root, '.local');
  const engines = await startEmbeddedEngines({ stateDir });
  Object.assign(process.env, {
    TABLE_NAME: engines.table,
    BUCKET_NAME: engines.bucket,
    S3_ENDPOINT: engines.s3Endpoint,
    DYNAMODB_ENDPOINT: engines.dynamoEndpoint,
    SENDER_ADDRESS: process.env.SENDER_ADDRESS ?? LOCAL_SENDER,
    MAIL_TRANSPORT: 'outbox',
    OUTBOX_DIR: reportsDir,
    POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'ERROR',
    POWERTOOLS_SERVICE_NAME: 'trade-briefings-local',
    // locally the functions' metrics would only clutter stdout
    POWERTOOLS_METRICS_DISABLED: process.env.POWERTOOLS_METRICS_DISABLED ?? 'true',
    // the key that signs unsubscribe links, made on first use and kept with the state
    UNSUBSCRIBE_KEY_FILE: join(stateDir, 'unsubscribe.key'),
  });
  const s3 = createS3Client(engines.s3Endpoint);
  const dynamo = createDocumentClient(engines.dynamoEndpoint);
  return {
    root,
    reportsDir,
    engines,
    s3,
    store: new S3DocumentStore(s3),
    documents: new DynamoDocumentRepository(dynamo, engines.table),
    figures: new DynamoFigureRepository(dynamo, engines.table),
    subscriptions: new DynamoSubscriptionRepository(dynamo, engines.table),
    ledger: new DynamoDeliveryLedger(dynamo, engines.table),
    // The handlers read their configuration at import, so they are imported once the environment is set.
    async ingestHandler() {
      const { handler } = await import('../functions/ingest-document/handler.js');
      return handler as unknown as SqsHandler;
    },
    async briefingHandler() {
      const { handler } = await import('../functions/send-briefings/handler.js');
      return handler as unknown as (event: BriefingEvent, context: Context) => Promise<SendBriefingsResult>;
    },
    async unsubscribeHandler() {
      const { handler } = await import('../functions/unsubscribe/handler.js');
      return handler as unknown as (event: unknown, context: Context) => Promise<FunctionUrlResult>;
    },
    async close() {
      s3.destroy();
      dynamo.destroy();
      await engines.stop();
    },
  };
}

export { localLambdaContext };
