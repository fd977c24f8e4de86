// What the CLI works against: the embedded engines (the default), or a deployed stack (`--stack NAME`): its
// outputs name the bucket and table, and the caller's AWS credentials and region reach them. The commands
// that read or write state (status, figures, subscriptions, report, ingest) do the same thing in both.

import { join, resolve } from 'node:path';
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { createDocumentClient, createS3Client } from '../functions/common/aws-clients.js';
import {
  DynamoDeliveryLedger,
  DynamoDocumentRepository,
  DynamoFigureRepository,
  DynamoSubscriptionRepository,
} from '../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { S3DocumentStore } from '../shared/adapters/s3/s3-document-store.js';
import { type LocalRuntime, openLocalRuntime } from './local-runtime.js';

/** What the local runtime has, but the engines and handlers: the stores, whether embedded or deployed. */
export type CliRuntime = Pick<
  LocalRuntime,
  'root' | 'reportsDir' | 's3' | 'store' | 'documents' | 'figures' | 'subscriptions' | 'ledger' | 'close'
> & {
  bucket: string;
  /** the embedded engines and handlers, when not working against a deployed stack */
  local?: LocalRuntime;
};

/** Runs `work` on the runtime `options` ask for, and closes it whatever happens. */
export async function withCliRuntime<T>(
  options: { stack?: string },
  work: (runtime: CliRuntime) => Promise<T>,
): Promise<T> {
  const runtime = await openCliRuntime(options);
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}

/** The pair a command names (`--pair A/B`), or every pair with stored figures. */
export async function pairsToShow(runtime: CliRuntime, pair: string | undefined): Promise<string[]> {
  return pair ? [pair] : await runtime.figures.listPairs();
}

export async function openCliRuntime(options: { stack?: string } = {}): Promise<CliRuntime> {
  if (!options.stack) {
    const local = await openLocalRuntime();
    return { ...local, bucket: local.engines.bucket, local };
  }
  const outputs = await stackOutputs(options.stack);
  const bucket = outputs.DocumentsBucketName;
  const table = outputs.TableName;
  if (!bucket || !table) {
    throw new Error(
      `stack ${options.stack} has no DocumentsBucketName or TableName output: is it a trade-briefings stack?`,
    );
  }
  // S3_ENDPOINT and DYNAMODB_ENDPOINT, when set, point the clients elsewhere, as they do for the functions
  const s3 = createS3Client(process.env.S3_ENDPOINT);
  const dynamo = createDocumentClient(process.env.DYNAMODB_ENDPOINT);
  const root = resolve(process.cwd());
  return {
    root,
    reportsDir: join(root, 'reports'),
    bucket,
    s3,
    store: new S3DocumentStore(s3),
    documents: new DynamoDocumentRepository(dynamo, table),
    figures: new DynamoFigureRepository(dynamo, table),
    subscriptions: new DynamoSubscriptionRepository(dynamo, table),
    ledger: new DynamoDeliveryLedger(dynamo, table),
    async close() {
      s3.destroy();
      dynamo.destroy();
    },
  };
}

async function stackOutputs(stack: string): Promise<Record<string, string>> {
  const client = new CloudFormationClient({});
  try {
    const out = await client.send(new DescribeStacksCommand({ StackName: stack }));
    const outputs = out.Stacks?.[0]?.Outputs ?? [];
    return Object.fromEntries(
      outputs
        .filter((o) => o.OutputKey && o.OutputValue)
        .map((o) => [o.OutputKey as string, o.OutputValue as string]),
    );
  } catch (error) {
    throw new Error(`cannot read stack ${stack}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    client.destroy();
  }
}
