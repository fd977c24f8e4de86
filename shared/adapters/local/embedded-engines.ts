// The embedded default: s3rver and dynalite in-process on loopback, state on disk under one folder, the
// bucket and table created from the same definitions the CDK stack uses. S3 events of the incoming/ prefix
// are re-encoded the way AWS encodes keys and queued as SQS messages, as the bucket notification does in AWS.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
} from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import S3rver from 's3rver';
import { INCOMING_PREFIX } from '../../domain/locations.js';
import { TABLE_DEFINITION } from '../dynamodb/table-definition.js';
import { LocalQueue } from './local-queue.js';

export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
export const LOCAL_REGION = 'eu-west-1';

export interface EmbeddedEngines {
  s3Endpoint: string;
  dynamoEndpoint: string;
  bucket: string;
  table: string;
  /** S3 notifications of incoming/, as SQS would deliver them */
  queue: LocalQueue;
  /** DynamoDB API calls the engine has served, to count the calls a document costs */
  dynamoCalls(): number;
  stop(): Promise<void>;
}

export interface EmbeddedEnginesOptions {
  stateDir: string;
  bucket?: string;
  table?: string;
}

/** The environment the handlers and adapters need to talk to the embedded engines. */
export function localAwsEnvironment(): Record<string, string> {
  return {
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_REGION: LOCAL_REGION,
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

export async function startEmbeddedEngines(options: EmbeddedEnginesOptions): Promise<EmbeddedEngines> {
  Object.assign(process.env, localAwsEnvironment());
  const bucket = options.bucket ?? 'trade-briefings-documents';
  const table = options.table ?? 'trade-briefings';
  const s3Dir = join(options.stateDir, 's3');
  const dynamoDir = join(options.stateDir, 'dynamodb');
  mkdirSync(s3Dir, { recursive: true });
  mkdirSync(dynamoDir, { recursive: true });

  const queue = new LocalQueue();
  const s3 = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: s3Dir,
    silent: true,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  // s3rver's sequencer is the millisecond: two writes of a key in one millisecond would tie, where S3's
  // sequencers always order the events of a key. A counter after the time keeps them ordered.
  let sequence = 0n;
  s3.on('event', (event: { Records: Array<{ s3: { object: { key: string; sequencer?: string } } }> }) => {
    const record = event.Records[0];
    if (!record?.s3.object.key.startsWith(INCOMING_PREFIX)) return;
    record.s3.object.key = encodeS3KeyLikeAws(record.s3.object.key);
    sequence += 1n;
    record.s3.object.sequencer = (BigInt(Date.now()) * 1_000_000n + sequence).toString(16).toUpperCase();
    queue.send(JSON.stringify(event));
  });
  const s3Address = (await s3.run()) as AddressInfo;

  const dynamo = dynalite({ path: dynamoDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    dynamo.once('error', reject);
    dynamo.listen(0, '127.0.0.1', () => resolve());
  });
  const dynamoEndpoint = `http://127.0.0.1:${(dynamo.address() as AddressInfo).port}`;
  await ensureTable(dynamoEndpoint, table);
  let dynamoCalls = 0;
  dynamo.on('request', () => {
    dynamoCalls++;
  });

  return {
    s3Endpoint: `http://127.0.0.1:${s3Address.port}`,
    dynamoEndpoint,
    bucket,
    table,
    queue,
    dynamoCalls: () => dynamoCalls,
    async stop() {
      await s3.close();
      await new Promise<void>((resolve) => dynamo.close(() => resolve()));
    },
  };
}

/** AWS puts keys in notifications URL-encoded, with '+' for a space. */
export function encodeS3KeyLikeAws(key: string): string {
  return encodeURIComponent(key).replace(/%20/g, '+').replace(/%2F/g, '/');
}

async function ensureTable(endpoint: string, table: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    await client.send(new DescribeTableCommand({ TableName: table }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  const { partitionKey, sortKey, indexes } = TABLE_DEFINITION;
  const attributes = [partitionKey, sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: partitionKey, KeyType: 'HASH' },
        { AttributeName: sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: indexes.map((i) => ({
        IndexName: i.name,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  client.destroy();
}
