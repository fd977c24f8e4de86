// SES failure paths the embedded engines cannot produce (throttling, rejected message), with
// aws-sdk-client-mock on the SES client only; table and bucket are the embedded engines.
import {
  MessageRejected,
  SESv2Client,
  SendEmailCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-sesv2';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-vitest/extend';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { SesMailer } from '../shared/adapters/mail/ses-mailer.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { silentLogger } from '../shared/ports/logger.js';
import { resendBriefings, sendBriefings } from '../shared/use-cases/send-briefings.js';
import { openTestRuntime } from './support/local-runtime.js';
import { seedFiles } from './support/seeds.js';

const ses = mockClient(SESv2Client);
let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let send: ReturnType<typeof sendBriefings>;
let resend: ReturnType<typeof resendBriefings>;

beforeAll(async () => {
  runtime = await openTestRuntime();
  await ingestFiles(runtime, seedFiles());
  await runtime.subscriptions.subscribe({ pair: 'JP/MA', email: 'ok@example.org', language: 'en' });
  await runtime.subscriptions.subscribe({ pair: 'JP/MA', email: 'throttled@example.org', language: 'en' });
  const deps = {
    ...runtime,
    renderers: [new ExcelBriefingRenderer(), new PdfBriefingRenderer()],
    mailer: new SesMailer(new SESv2Client({ region: 'eu-west-1' }), 'briefings-config'),
    bucket: runtime.engines.bucket,
    sender: 'briefings@example.org',
    logger: silentLogger,
  };
  send = sendBriefings(deps);
  resend = resendBriefings(deps);
});
afterAll(async () => runtime?.dispose());
beforeEach(() => ses.reset());

describe('delivery through SES', () => {
  it('sends raw MIME with both attachments and tags, and a throttled recipient fails alone', async () => {
    // Prepare
    ses.on(SendEmailCommand).callsFake((input: { Content?: { Raw?: { Data?: Uint8Array } } }) => {
      const raw = Buffer.from(input.Content?.Raw?.Data ?? []).toString('utf8');
      if (raw.includes('To: throttled@example.org')) {
        throw new TooManyRequestsException({ message: 'Maximum sending rate exceeded.', $metadata: {} });
      }
      return { MessageId: 'ses-message-1' };
    });
    // Act
    const result = await send({ month: '2026-09', pairs: ['JP/MA'] });
    // Assess
    expect(result.pairs[0]).toEqual(
      expect.objectContaining({ sent: ['ok@example.org'], failed: ['throttled@example.org'] }),
    );
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 2);
    expect(ses).toHaveReceivedCommandWith(SendEmailCommand, {
      ConfigurationSetName: 'briefings-config',
      EmailTags: [
        { Name: 'pair', Value: 'JP-MA' },
        { Name: 'month', Value: '2026-09' },
      ],
    });
    const raw = Buffer.from(
      ses.commandCalls(SendEmailCommand)[0]?.args[0].input.Content?.Raw?.Data ?? [],
    ).toString('utf8');
    expect(raw).toMatch(/filename=trade-briefing-JP-MA-2026-09-en\.xlsx/);
    expect(raw).toMatch(/filename=trade-briefing-JP-MA-2026-09-en\.pdf/);
    const ledger = await runtime.ledger.list('JP/MA', '2026-09');
    expect(ledger.map((e) => [e.email, e.status, e.message_id])).toEqual([
      ['ok@example.org', 'sent', 'ses-message-1'],
      ['throttled@example.org', 'failed', null],
    ]);
    expect(ledger[1]?.reason).toContain('TooManyRequestsException');
  });

  it('never sends a second copy when the job runs again; a failure stays failed until resent', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-message-2' });
    const result = await send({ month: '2026-09', pairs: ['JP/MA'] });
    expect(result.pairs[0]?.alreadySent).toEqual(['ok@example.org']);
    expect(result.pairs[0]?.failed).toEqual(['throttled@example.org']);
    expect(ses).not.toHaveReceivedCommand(SendEmailCommand);
  });

  it('resends to the failed recipient alone once SES accepts again; a second resend sends nothing', async () => {
    ses.on(SendEmailCommand).resolves({ MessageId: 'ses-message-3' });
    const result = await resend({ month: '2026-09', pair: 'JP/MA' });
    expect(result.pairs.map((p) => [p.pair, p.sent, p.failed])).toEqual([
      ['JP/MA', ['throttled@example.org'], []],
    ]);
    expect(ses).toHaveReceivedCommandTimes(SendEmailCommand, 1);
    const ledger = await runtime.ledger.list('JP/MA', '2026-09');
    expect(ledger.map((e) => [e.email, e.status, e.message_id])).toEqual([
      ['ok@example.org', 'sent', 'ses-message-1'],
      ['throttled@example.org', 'sent', 'ses-message-3'],
    ]);
    ses.reset();
    expect((await resend({ month: '2026-09' })).pairs).toEqual([]);
    expect(ses).not.toHaveReceivedCommand(SendEmailCommand);
  });

  it('records a rejected message as failed without stopping the other pairs', async () => {
    await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'someone@example.org', language: 'en' });
    ses
      .on(SendEmailCommand)
      .rejects(new MessageRejected({ message: 'Email address is not verified.', $metadata: {} }));
    const result = await send({ month: '2026-08' });
    expect(result.pairs.map((p) => [p.pair, p.failed])).toEqual([
      ['BE/MA', ['someone@example.org']],
      ['HK/MA', []],
      ['JP/MA', ['ok@example.org', 'throttled@example.org']],
    ]);
  });
});
