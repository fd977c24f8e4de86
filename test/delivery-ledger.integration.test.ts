// The delivery ledger under the faults operators met, on the embedded engines (SES through
// aws-sdk-client-mock, the ledger's and the bucket's own faults injected into real clients): no briefing is
// sent twice, none is lost, and one pair that fails does not stop the others.
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { createDocumentClient, createS3Client } from '../functions/common/aws-clients.js';
import { DynamoDeliveryLedger } from '../shared/adapters/dynamodb/dynamo-trade-repository.js';
import { SesMailer } from '../shared/adapters/mail/ses-mailer.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { S3DocumentStore } from '../shared/adapters/s3/s3-document-store.js';
import { silentLogger } from '../shared/ports/logger.js';
import { confirmDelivery, sentFromSesEvent } from '../shared/use-cases/handle-email-feedback.js';
import {
  resendBriefings,
  type SendBriefingsDeps,
  STALE_SENDING_MS,
  sendBriefings,
} from '../shared/use-cases/send-briefings.js';
import { injectFault, throttled } from './support/fault-injection.js';
import { openTestRuntime } from './support/local-runtime.js';
import { seedFiles } from './support/seeds.js';

const ses = mockClient(SESv2Client);
let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let deps: SendBriefingsDeps;
let sesMessages = 0;

/** SES's Send event for a message it accepted, as EventBridge delivers it to the feedback function. */
const sendEvent = (pair: string, month: string, recipient: string, messageId: string) => ({
  'detail-type': 'Email Sent',
  source: 'aws.ses',
  detail: {
    eventType: 'Send',
    mail: {
      messageId,
      destination: [recipient],
      tags: { 'ses:configuration-set': ['trade-briefings'], pair: [pair.replace('/', '-')], month: [month] },
    },
    send: {},
  },
});

beforeAll(async () => {
  runtime = await openTestRuntime();
  await ingestFiles(runtime, seedFiles());
  for (const [pair, email] of [
    ['BE/MA', 'ana@example.org'],
    ['BE/MA', 'bram@example.org'],
    ['JP/MA', 'chloe@example.org'],
    ['JP/MA', 'dirk@example.org'],
    ['HK/MA', 'eva@example.org'],
    ['HK/MA', 'femke@example.org'],
  ] as const)
    await runtime.subscriptions.subscribe({ pair, email, language: 'en' });
  deps = {
    ...runtime,
    renderers: [new ExcelBriefingRenderer(), new PdfBriefingRenderer()],
    mailer: new SesMailer(new SESv2Client({ region: 'eu-west-1' }), 'trade-briefings'),
    bucket: runtime.engines.bucket,
    sender: 'briefings@example.org',
    logger: silentLogger,
  };
});
afterAll(async () => runtime?.dispose());
beforeEach(() => {
  ses.reset();
  ses.on(SendEmailCommand).callsFake(() => ({ MessageId: `ses-${++sesMessages}` }));
});

/** Every email SES accepted in this test, as "recipient" lines. */
const accepted = () =>
  ses.commandCalls(SendEmailCommand).map((call) => {
    const raw = Buffer.from(call.args[0].input.Content?.Raw?.Data ?? []).toString('utf8');
    return /^To: (.+)$/m.exec(raw)?.[1]?.trim();
  });

describe('the delivery ledger', () => {
  it('never sends a second copy when the ledger fails after SES accepted the message', async () => {
    // Prepare: the ledger's own record of a sent briefing fails (the table is throttled just then)
    const dynamo = createDocumentClient(runtime.engines.dynamoEndpoint);
    const fault = injectFault(dynamo, {
      when: (input) =>
        (input.ExpressionAttributeValues as Record<string, unknown> | undefined)?.[':status'] === 'sent',
      error: throttled,
    });
    const month = '2026-01';
    // Act
    const first = await sendBriefings({
      ...deps,
      ledger: new DynamoDeliveryLedger(dynamo, runtime.engines.table),
    })({
      month,
    });
    // Assess: reported sent, not failed; a second run now (SES's event not in yet) sends nothing
    expect(fault.failed()).toBe(6);
    expect(first.pairs.flatMap((p) => p.failed)).toEqual([]);
    expect(first.pairs.flatMap((p) => p.sent).sort()).toHaveLength(6);
    const again = await sendBriefings(deps)({ month });
    expect(again.pairs.flatMap((p) => p.awaiting)).toHaveLength(6);
    // SES's Send events arrive: the ledger records what the run could not
    for (const call of ses.commandCalls(SendEmailCommand)) {
      const raw = Buffer.from(call.args[0].input.Content?.Raw?.Data ?? []).toString('utf8');
      const to = /^To: (.+)$/m.exec(raw)?.[1]?.trim() as string;
      const pair = (call.args[0].input.EmailTags?.find((t) => t.Name === 'pair')?.Value ?? '').replace(
        '-',
        '/',
      );
      const sent = sentFromSesEvent(sendEvent(pair, month, to, 'confirmed'));
      if (sent) await confirmDelivery({ ledger: runtime.ledger, logger: silentLogger })(sent);
    }
    const ledger = (
      await Promise.all(['BE/MA', 'HK/MA', 'JP/MA'].map((p) => runtime.ledger.list(p, month)))
    ).flat();
    expect(ledger.map((e) => e.status)).toEqual(Array(6).fill('sent'));
    // the runbook's resend, and another run, send nothing: 6 emails for 6 recipient·pair
    expect((await resendBriefings(deps)({ month })).pairs).toEqual([]);
    expect((await sendBriefings(deps)({ month })).pairs.flatMap((p) => p.alreadySent)).toHaveLength(6);
    expect(accepted()).toHaveLength(6);
    fault.remove();
    dynamo.destroy();
  });

  it('sends, once, a delivery that a crashed run claimed and never sent; a fresh claim is left to its run', async () => {
    // Prepare: a run claimed two deliveries two hours ago and crashed before sending; another run claimed
    // a third a minute ago and is sending it now
    const month = '2026-02';
    const hoursAgo = (h: number) => () => new Date(Date.now() - h * 3_600_000);
    const crashed = new DynamoDeliveryLedger(
      createDocumentClient(runtime.engines.dynamoEndpoint),
      runtime.engines.table,
      hoursAgo(2),
    );
    await crashed.claim('BE/MA', month, 'ana@example.org');
    await crashed.claim('JP/MA', month, 'chloe@example.org');
    const running = new DynamoDeliveryLedger(
      createDocumentClient(runtime.engines.dynamoEndpoint),
      runtime.engines.table,
      hoursAgo(1 / 60),
    );
    await running.claim('HK/MA', month, 'eva@example.org');
    expect(STALE_SENDING_MS).toBeLessThan(2 * 3_600_000);
    // Act
    const result = await sendBriefings(deps)({ month });
    const rerun = await sendBriefings(deps)({ month });
    // Assess: the crashed run's two are sent now and reported; the fresh claim is reported, not sent
    expect(result.pairs.map((p) => [p.pair, p.recovered, p.awaiting, p.sent.length])).toEqual([
      ['BE/MA', ['ana@example.org'], [], 1],
      ['HK/MA', [], ['eva@example.org'], 1],
      ['JP/MA', ['chloe@example.org'], [], 1],
    ]);
    expect(accepted().sort()).toEqual([
      'ana@example.org',
      'bram@example.org',
      'chloe@example.org',
      'dirk@example.org',
      'femke@example.org',
    ]);
    expect(rerun.pairs.flatMap((p) => p.recovered)).toEqual([]);
    expect(accepted()).toHaveLength(5);
  });

  it('reports a pair whose briefing cannot be stored, and still sends the other pairs', async () => {
    // Prepare: the bucket refuses the JP/MA briefing's files
    const s3 = createS3Client(runtime.engines.s3Endpoint);
    const fault = injectFault(s3, {
      when: (input) => String(input.Key ?? '').includes('-JP-MA-'),
      error: () => Object.assign(new Error('Service Unavailable'), { name: 'SlowDown', $metadata: {} }),
    });
    const month = '2026-03';
    // Act
    const result = await sendBriefings({ ...deps, store: new S3DocumentStore(s3) })({ month });
    // Assess
    expect(result.pairs.map((p) => [p.pair, p.error ?? null, p.sent.length])).toEqual([
      ['BE/MA', null, 2],
      ['HK/MA', null, 2],
      ['JP/MA', 'SlowDown: Service Unavailable', 0],
    ]);
    expect(accepted()).toHaveLength(4);
    fault.remove();
    s3.destroy();
  });

  it('lists the documents once per run, whatever the number of pairs', async () => {
    // Prepare: count the queries of the documents index (GSI2)
    const dynamo = createDocumentClient(runtime.engines.dynamoEndpoint);
    let listings = 0;
    injectFault(dynamo, {
      when: (input) => {
        if (input.IndexName === 'GSI2') listings++;
        return false;
      },
      error: throttled,
    });
    const { DynamoDocumentRepository } = await import(
      '../shared/adapters/dynamodb/dynamo-trade-repository.js'
    );
    // Act
    const result = await sendBriefings({
      ...deps,
      documents: new DynamoDocumentRepository(dynamo, runtime.engines.table),
    })({
      month: '2026-04',
    });
    // Assess
    expect(result.pairs).toHaveLength(3);
    expect(listings).toBe(1);
    dynamo.destroy();
  });
});
