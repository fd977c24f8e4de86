// The Lambda bundles exactly as `cdk synth` writes them to cdk.out — index.mjs, its lazily loaded chunks and
// the fonts beside it — run in a fresh Node process against the embedded engines: a module or font missing
// from a bundle fails here, not in AWS.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { App } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../infra/app.js';
import { HmacSigner, localKeyFile } from '../shared/adapters/signing/hmac-signer.js';
import { documentIdFor } from '../shared/domain/document.js';
import { issueUnsubscribeToken } from '../shared/use-cases/unsubscribe.js';
import { openTestRuntime } from './support/local-runtime.js';
import { toDocx, toPdf } from './support/make-documents.js';
import { goldFigures, seedFiles, strictKey } from './support/seeds.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
const outdir = mkdtempSync(join(tmpdir(), 'trade-briefings-cdk-'));
const bundles: Record<'ingest' | 'briefings' | 'unsubscribe', string> = {
  ingest: '',
  briefings: '',
  unsubscribe: '',
};
let lastStdout = '';
/** The metrics a run emitted: each embedded-metric-format line's values by metric name, summed. */
const emitted = (): Record<string, number> => {
  const totals: Record<string, number> = {};
  for (const line of lastStdout.split('\n')) {
    if (!line.includes('"_aws"')) continue;
    const record = JSON.parse(line) as {
      _aws: { CloudWatchMetrics: Array<{ Metrics: Array<{ Name: string }> }> };
    } & Record<string, unknown>;
    for (const { Name } of record._aws.CloudWatchMetrics.flatMap((m) => m.Metrics)) {
      const value = record[Name];
      totals[Name] =
        (totals[Name] ?? 0) +
        (Array.isArray(value) ? value.reduce((a: number, b: number) => a + b, 0) : Number(value));
    }
  }
  return totals;
};

/**
 * Runs `handler(event)` of a bundle in a new Node process with the engines' environment; returns its result.
 * Asynchronously: the engines run in this process and must answer while the bundle works.
 */
async function runBundle(dir: string, event: unknown): Promise<unknown> {
  const script = join(outdir, 'invoke.mjs');
  writeFileSync(
    script,
    `const { handler } = await import(${JSON.stringify(join(dir, 'index.mjs'))});
const event = JSON.parse(process.argv[2]);
const context = { functionName: 'bundle', awsRequestId: 'r', getRemainingTimeInMillis: () => 60000 };
const result = await handler(event, context);
(await import('node:fs')).writeFileSync(${JSON.stringify(join(outdir, 'result.json'))}, JSON.stringify(result ?? null));`,
  );
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--enable-source-maps', script, JSON.stringify(event)],
    {
      cwd: outdir,
      encoding: 'utf8',
      // metrics on, as in AWS: they go to stdout in CloudWatch's embedded metric format
      env: {
        ...process.env,
        LAMBDA_TASK_ROOT: dir,
        AWS_REGION: 'eu-west-1',
        POWERTOOLS_METRICS_DISABLED: 'false',
      },
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  lastStdout = stdout;
  return JSON.parse(readFileSync(join(outdir, 'result.json'), 'utf8'));
}

const sqsEvent = (bodies: string[]) => ({
  Records: bodies.map((body, i) => ({
    messageId: `m${i}`,
    receiptHandle: `r${i}`,
    body,
    attributes: { ApproximateReceiveCount: '1' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:eu-west-1:000000000000:q',
    awsRegion: 'eu-west-1',
  })),
});

beforeAll(async () => {
  const { app, stack } = buildApp(new App({ outdir }));
  const assembly = app.synth();
  const template = assembly.getStackByName(stack.stackName).template as {
    Resources: Record<string, { Type: string; Properties: { Code?: { S3Key?: string } } }>;
  };
  for (const [id, resource] of Object.entries(template.Resources)) {
    const key = resource.Properties.Code?.S3Key;
    if (resource.Type !== 'AWS::Lambda::Function' || !key) continue;
    const dir = join(outdir, `asset.${key.replace(/\.zip$/, '')}`);
    if (id.startsWith('IngestDocument')) bundles.ingest = dir;
    if (id.startsWith('SendBriefings')) bundles.briefings = dir;
    if (id.startsWith('Unsubscribe')) bundles.unsubscribe = dir;
  }
  runtime = await openTestRuntime();
}, 120_000);
afterAll(async () => {
  await runtime?.dispose();
  rmSync(outdir, { recursive: true, force: true });
});

describe('the bundles in cdk.out', () => {
  it('are each an index.mjs; the ingest one loads its PDF reader as a chunk of its own', () => {
    expect(statSync(join(bundles.unsubscribe, 'index.mjs')).size).toBeGreaterThan(10_000);
    expect(statSync(join(bundles.ingest, 'index.mjs')).size).toBeGreaterThan(100_000);
    expect(statSync(join(bundles.briefings, 'fonts', 'DejaVuSans.ttf')).size).toBeGreaterThan(100_000);
    expect(readFileSync(join(bundles.ingest, 'index.mjs'), 'utf8')).not.toContain('PDFWorker');
  });

  it('ingest the seeds, as text, PDF and Word, and store their figures', async () => {
    const files = seedFiles();
    const put = (key: string, body: Uint8Array | string) =>
      runtime.s3.send(new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: key, Body: body }));
    for (const file of files) await put(`incoming/${file.split('/').at(-1)}`, readFileSync(file));
    const flemish = readFileSync(files[0] as string, 'utf8');
    await put('incoming/antwoord.pdf', await toPdf(flemish));
    await put('incoming/antwoord.docx', await toDocx(flemish));
    const result = (await runBundle(bundles.ingest, sqsEvent(runtime.engines.queue.takeAll()))) as {
      batchItemFailures: unknown[];
    };
    expect(result.batchItemFailures).toEqual([]);
    const seeds = await Promise.all(
      files.map((f) =>
        runtime.figures.listDocumentFigures(
          documentIdFor(runtime.engines.bucket, `incoming/${f.split('/').at(-1)}`),
        ),
      ),
    );
    expect(seeds.flat().map(strictKey).sort()).toEqual(goldFigures().map(strictKey).sort());
    // the dashboard's metrics: 4 seeds and 2 conversions processed, 2 seeds to review, 7 + 3 + 3 figures
    expect(emitted()).toEqual(
      expect.objectContaining({ DocumentsProcessed: 5, DocumentsNeedingReview: 2, FiguresStored: 13 }),
    );
    for (const key of ['incoming/antwoord.pdf', 'incoming/antwoord.docx']) {
      const doc = await runtime.documents.getDocument(documentIdFor(runtime.engines.bucket, key));
      expect([doc?.status, doc?.figure_count]).toEqual(['processed', 3]);
    }
  });

  it('send the briefings, with the fonts they carry', async () => {
    await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'ana@example.org', language: 'fr' });
    const result = (await runBundle(bundles.briefings, { month: '2026-10' })) as {
      pairs: Array<{ pair: string; sent: string[]; failed: string[]; files: string[] }>;
    };
    const bema = result.pairs.find((p) => p.pair === 'BE/MA');
    expect(emitted()).toEqual(expect.objectContaining({ BriefingsSent: 1, BriefingsFailed: 0 }));
    expect([bema?.sent, bema?.failed]).toEqual([['ana@example.org'], []]);
    const pdf = await runtime.store.get(
      runtime.engines.bucket,
      'reports/2026-10/trade-briefing-BE-MA-2026-10-fr.pdf',
    );
    expect(
      Buffer.from(pdf?.bytes ?? [])
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('unsubscribe with the token of an email, and refuse an altered one', async () => {
    // Prepare: a token signed with the installation's key, as the briefing bundle signs it
    await runtime.subscriptions.subscribe({ pair: 'JP/MA', email: 'lea@example.org', language: 'fr' });
    const token = await issueUnsubscribeToken(
      { signer: new HmacSigner(localKeyFile(process.env.UNSUBSCRIBE_KEY_FILE as string)) },
      { pair: 'JP/MA', email: 'lea@example.org', language: 'fr' },
    );
    const post = (t: string) => ({
      requestContext: { http: { method: 'POST' } },
      queryStringParameters: { token: t },
      body: 'List-Unsubscribe=One-Click',
      isBase64Encoded: false,
    });
    // Act
    const altered = (await runBundle(bundles.unsubscribe, post(`${token.slice(0, -2)}AA`))) as {
      statusCode: number;
    };
    const valid = (await runBundle(bundles.unsubscribe, post(token))) as { statusCode: number; body: string };
    // Assess
    expect(altered.statusCode).toBe(400);
    expect(valid.statusCode).toBe(200);
    expect(valid.body).toContain('ne recevra plus la note commerciale Japon – Maroc');
    expect((await runtime.subscriptions.listSubscribers('JP/MA')).map((s) => s.email)).not.toContain(
      'lea@example.org',
    );
  });
});
