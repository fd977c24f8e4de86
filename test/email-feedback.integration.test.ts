// SES bounce and complaint events, as EventBridge delivers them from the configuration set, on the embedded
// table: a permanent bounce or a complaint unsubscribes the recipient from every pair; a transient one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../shared/ports/logger.js';
import { feedbackFromSesEvent, handleEmailFeedback } from '../shared/use-cases/handle-email-feedback.js';
import { openTestRuntime } from './support/local-runtime.js';

let runtime: Awaited<ReturnType<typeof openTestRuntime>>;

const sesEvent = (detailType: string, detail: Record<string, unknown>) => ({
  version: '0',
  id: 'e1',
  'detail-type': detailType,
  source: 'aws.ses',
  account: '000000000000',
  time: '2026-12-01T06:05:00Z',
  region: 'eu-west-1',
  resources: [],
  detail: {
    ...detail,
    mail: {
      timestamp: '2026-12-01T06:00:00Z',
      source: 'briefings@example.org',
      destination: ['bounced@example.org'],
      tags: { 'ses:configuration-set': ['trade-briefings'], pair: ['BE-MA'], month: ['2026-11'] },
    },
  },
});

beforeAll(async () => {
  runtime = await openTestRuntime();
  await runtime.figures.notePairs(['BE/MA', 'JP/MA']);
  for (const [pair, email] of [
    ['BE/MA', 'bounced@example.org'],
    ['JP/MA', 'Bounced@Example.org'],
    ['BE/MA', 'full@example.org'],
    ['JP/MA', 'angry@example.org'],
    ['JP/MA', 'happy@example.org'],
  ] as const) {
    await runtime.subscriptions.subscribe({ pair, email, language: 'en' });
  }
});
afterAll(async () => runtime?.dispose());

const subscribers = async () =>
  [
    ...(await runtime.subscriptions.listSubscribers('BE/MA')),
    ...(await runtime.subscriptions.listSubscribers('JP/MA')),
  ]
    .map((s) => `${s.pair} ${s.email}`)
    .sort();

describe('bounces and complaints', () => {
  const run = (event: unknown) =>
    handleEmailFeedback({
      subscriptions: runtime.subscriptions,
      figures: runtime.figures,
      logger: silentLogger,
    })(feedbackFromSesEvent(event) ?? { kind: 'bounce', recipients: [] });

  it('a permanent bounce unsubscribes the address from every pair', async () => {
    const result = await run(
      sesEvent('Email Bounced', {
        eventType: 'Bounce',
        bounce: {
          bounceType: 'Permanent',
          bounceSubType: 'General',
          bouncedRecipients: [{ emailAddress: 'bounced@example.org' }],
        },
      }),
    );
    expect(result.unsubscribed.map((u) => u.pair).sort()).toEqual(['BE/MA', 'JP/MA']);
    expect(await subscribers()).toEqual([
      'BE/MA full@example.org',
      'JP/MA angry@example.org',
      'JP/MA happy@example.org',
    ]);
  });

  it('a transient bounce (a full mailbox) changes nothing', async () => {
    const result = await run(
      sesEvent('Email Bounced', {
        eventType: 'Bounce',
        bounce: {
          bounceType: 'Transient',
          bounceSubType: 'MailboxFull',
          bouncedRecipients: [{ emailAddress: 'full@example.org' }],
        },
      }),
    );
    expect(result.unsubscribed).toEqual([]);
    expect(await subscribers()).toContain('BE/MA full@example.org');
  });

  it('a complaint unsubscribes the address', async () => {
    await run(
      sesEvent('Email Complaint Received', {
        eventType: 'Complaint',
        complaint: {
          complainedRecipients: [{ emailAddress: 'angry@example.org' }],
          complaintFeedbackType: 'abuse',
        },
      }),
    );
    expect(await subscribers()).toEqual(['BE/MA full@example.org', 'JP/MA happy@example.org']);
  });

  it('ignores events that are neither', () => {
    expect(
      feedbackFromSesEvent(sesEvent('Email Delivered', { eventType: 'Delivery', delivery: {} })),
    ).toBeUndefined();
    expect(feedbackFromSesEvent(null)).toBeUndefined();
  });
});
