// `--stack NAME`: the CLI reads the stack's outputs (CloudFormation, mocked with aws-sdk-client-mock: no
// engine plays CloudFormation) and works on the bucket and table they name, here the embedded engines
// reached through S3_ENDPOINT and DYNAMODB_ENDPOINT, with the same commands as locally.
import { CloudFormationClient, DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ingestCommand } from '../cli/commands/ingest.js';
import { statusCommand } from '../cli/commands/status.js';
import { subscribeCommand, subscribersCommand } from '../cli/commands/subscriptions.js';
import { openTestRuntime } from './support/local-runtime.js';
import { seedFiles } from './support/seeds.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
const cloudFormation = mockClient(CloudFormationClient);

/** What a command writes to stdout. */
async function output(run: () => Promise<void>): Promise<string> {
  const chunks: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    spy.mockRestore();
  }
  return chunks.join('');
}

beforeAll(async () => {
  runtime = await openTestRuntime();
  cloudFormation.on(DescribeStacksCommand, { StackName: 'TradeBriefings' }).resolves({
    Stacks: [
      {
        StackName: 'TradeBriefings',
        CreationTime: new Date(),
        StackStatus: 'CREATE_COMPLETE',
        Outputs: [
          { OutputKey: 'DocumentsBucketName', OutputValue: runtime.engines.bucket },
          { OutputKey: 'TableName', OutputValue: runtime.engines.table },
        ],
      },
    ],
  });
  cloudFormation
    .on(DescribeStacksCommand, { StackName: 'Nope' })
    .rejects(Object.assign(new Error('Stack with id Nope does not exist'), { name: 'ValidationError' }));
});
afterAll(async () => {
  cloudFormation.restore();
  await runtime?.dispose();
});

describe('the CLI against a deployed stack', () => {
  it('ingest uploads to the stack bucket, where the pipeline takes over; status then shows the outcome', async () => {
    const [first] = seedFiles();
    const uploaded = await output(() => ingestCommand([first as string], { stack: 'TradeBriefings' }));
    expect(uploaded).toContain(`→ incoming/000_e0acc151891616d8.txt: uploaded to ${runtime.engines.bucket}`);
    // the deployed pipeline: the bucket's event through the queue to the ingest function
    await runtime.engines.queue.drain(await runtime.ingestHandler());
    const status = await output(() => statusCommand({ stack: 'TradeBriefings', json: true }));
    expect(JSON.parse(status.trim())).toEqual(
      expect.objectContaining({ key: 'incoming/000_e0acc151891616d8.txt', status: 'processed', figures: 3 }),
    );
  });

  it('subscribe and subscribers work on the stack table', async () => {
    await output(() =>
      subscribeCommand({ stack: 'TradeBriefings', pair: 'BE/MA', email: 'ops@example.org', lang: 'nl' }),
    );
    expect(await runtime.subscriptions.listSubscribers('BE/MA')).toEqual([
      { pair: 'BE/MA', email: 'ops@example.org', language: 'nl' },
    ]);
    expect(await output(() => subscribersCommand({ stack: 'TradeBriefings', pair: 'BE/MA' }))).toBe(
      'BE/MA  nl  ops@example.org\n',
    );
  });

  it('names a stack it cannot read', async () => {
    await expect(statusCommand({ stack: 'Nope' })).rejects.toThrow(
      'cannot read stack Nope: Stack with id Nope does not exist',
    );
  });
});
