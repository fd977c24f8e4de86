// The briefing email as a mail program reads it (mailparser): an HTML body with its plain-text alternative,
// the key figures in both, the attachments, and RFC 8058 one-click unsubscribe headers. The link's endpoint
// (the unsubscribe function's handler, given function URL events) runs on the embedded engines: the token
// unsubscribes that recipient from that pair and no one else; a forged, altered or expired token does nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../cli/ingest-files.js';
import { localLambdaContext } from '../cli/local-runtime.js';
import type { FunctionUrlResult } from '../functions/unsubscribe/handler.js';
import { HmacSigner, localKeyFile } from '../shared/adapters/signing/hmac-signer.js';
import { issueUnsubscribeToken } from '../shared/use-cases/unsubscribe.js';
import { openTestRuntime } from './support/local-runtime.js';
import { seedFiles } from './support/seeds.js';

const MONTH = '2026-10';
const ENDPOINT = 'https://abcdefghij.lambda-url.eu-west-1.on.aws/';
let runtime: Awaited<ReturnType<typeof openTestRuntime>>;
let endpoint: (event: unknown) => Promise<FunctionUrlResult>;

beforeAll(async () => {
  runtime = await openTestRuntime();
  // as the stack configures the briefing function: its emails link to the unsubscribe function's URL
  process.env.UNSUBSCRIBE_URL = ENDPOINT;
  await ingestFiles(runtime, seedFiles());
  await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'ana@example.org', language: 'en' });
  await runtime.subscriptions.subscribe({ pair: 'BE/MA', email: 'bram@example.org', language: 'nl' });
  await runtime.subscriptions.subscribe({ pair: 'JP/MA', email: 'ana@example.org', language: 'fr' });
  await (await runtime.briefingHandler())({ month: MONTH }, localLambdaContext('send-briefings'));
  const handler = await runtime.unsubscribeHandler();
  endpoint = (event) => handler(event, localLambdaContext('unsubscribe'));
});
afterAll(async () => runtime?.dispose());

const email = (name: string) => readFileSync(join(runtime.reportsDir, MONTH, 'outbox', name));
const subscribers = async (pair: string) =>
  (await runtime.subscriptions.listSubscribers(pair)).map((s) => s.email).sort();
/** A function URL event (payload 2.0), as Lambda hands it to the handler. */
const request = (method: string, url: string, body?: string) => ({
  version: '2.0',
  rawPath: '/',
  rawQueryString: new URL(url).search.slice(1),
  queryStringParameters: Object.fromEntries(new URL(url).searchParams),
  requestContext: { http: { method, path: '/', sourceIp: '192.0.2.1' } },
  headers: body ? { 'content-type': 'application/x-www-form-urlencoded' } : {},
  ...(body ? { body, isBase64Encoded: false } : {}),
});
/** The URI of the List-Unsubscribe header, as a mail program reads it (header lines unfolded). */
const linkOf = async (name: string) => {
  const line =
    (await simpleParser(email(name))).headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
  return /<([^>]+)>/.exec(line.replace(/\r?\n[ \t]+/g, ''))?.[1] ?? '';
};

describe('the briefing email', () => {
  it('has an HTML body and its plain-text alternative, both with the key figures, and the files', async () => {
    // Act
    const raw = email('BE-MA--ana@example.org.eml').toString('utf8');
    const mail = await simpleParser(raw);
    // Assess
    expect(raw).toMatch(/Content-Type: multipart\/alternative/);
    expect(mail.subject).toBe('Trade briefing Belgium – Morocco — October 2026');
    for (const body of [mail.text ?? '', String(mail.html)]) {
      expect(body).toContain('Key figures');
      expect(body).toContain('3.1 billion USD');
      expect(body).toContain('768 million EUR');
      expect(body).toMatch(/up 40\.9% on 2023/);
      expect(body).not.toMatch(/administrator|npx|reply/i);
    }
    expect(mail.attachments.map((a) => a.filename)).toEqual([
      'trade-briefing-BE-MA-2026-10-en.xlsx',
      'trade-briefing-BE-MA-2026-10-en.pdf',
    ]);
    // in Dutch for Bram
    const bram = await simpleParser(email('BE-MA--bram@example.org.eml'));
    expect(bram.subject).toBe('Handelsbriefing België – Marokko — oktober 2026');
    expect(bram.text).toContain('Kerncijfers');
  });

  it('carries one-click unsubscribe headers (RFC 8058) pointing at the HTTPS endpoint, also in both bodies', async () => {
    // Act
    const raw = email('BE-MA--ana@example.org.eml').toString('utf8');
    const mail = await simpleParser(raw);
    const link = await linkOf('BE-MA--ana@example.org.eml');
    // Assess
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(link.startsWith(`${ENDPOINT}?token=`)).toBe(true);
    expect(mail.text).toContain(`Unsubscribe from this briefing: ${link}`);
    expect(String(mail.html)).toContain(`href="${link.replaceAll('&', '&amp;')}"`);
  });
});

describe('the unsubscribe endpoint', () => {
  it('shows a confirmation on GET and changes nothing (mail scanners follow links)', async () => {
    // Act
    const response = await endpoint(request('GET', await linkOf('BE-MA--bram@example.org.eml')));
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(
      'De handelsbriefing België – Marokko niet meer naar bram@example.org sturen?',
    );
    expect(response.body).toContain('<form method="post"');
    expect(await subscribers('BE/MA')).toEqual(['ana@example.org', 'bram@example.org']);
  });

  it('unsubscribes the recipient from that pair only, on the one-click POST', async () => {
    // Act
    const response = await endpoint(
      request('POST', await linkOf('BE-MA--ana@example.org.eml'), 'List-Unsubscribe=One-Click'),
    );
    // Assess
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain(
      'ana@example.org will no longer receive the Belgium – Morocco trade briefing.',
    );
    expect(await subscribers('BE/MA')).toEqual(['bram@example.org']);
    expect(await subscribers('JP/MA')).toEqual(['ana@example.org']);
    // a second click is harmless and says so
    const again = await endpoint(
      request('POST', await linkOf('BE-MA--ana@example.org.eml'), 'List-Unsubscribe=One-Click'),
    );
    expect([again.statusCode, again.body.includes('does not receive')]).toEqual([200, true]);
  });

  it('does nothing with a forged or altered token', async () => {
    // Prepare: Bram's token with its MAC altered, Bram's claim moved to another pair, a token of another key
    const link = new URL(await linkOf('BE-MA--bram@example.org.eml'));
    const token = link.searchParams.get('token') as string;
    const [payload = '', mac = ''] = token.split('.');
    const flipped = `${payload}.${mac.startsWith('A') ? 'B' : 'A'}${mac.slice(1)}`;
    const claim = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const moved = `${Buffer.from(JSON.stringify({ ...claim, p: 'JP/MA' })).toString('base64url')}.${mac}`;
    const stranger = await issueUnsubscribeToken(
      { signer: new HmacSigner(async () => new TextEncoder().encode('k'.repeat(32))) },
      { pair: 'BE/MA', email: 'bram@example.org', language: 'nl' },
    );
    for (const forged of [flipped, moved, stranger, 'not-a-token', '']) {
      // Act
      const response = await endpoint(request('POST', `${ENDPOINT}?token=${encodeURIComponent(forged)}`, ''));
      // Assess
      expect(response.statusCode).toBe(400);
      expect(response.body).toContain('Nothing was changed');
    }
    expect(await subscribers('BE/MA')).toEqual(['bram@example.org']);
  });

  it('does nothing with an expired token', async () => {
    // Prepare: a token signed with the installation's own key, issued 401 days ago
    const expired = await issueUnsubscribeToken(
      {
        signer: new HmacSigner(localKeyFile(process.env.UNSUBSCRIBE_KEY_FILE as string)),
        now: () => new Date(Date.now() - 401 * 86_400_000),
      },
      { pair: 'BE/MA', email: 'bram@example.org', language: 'nl' },
    );
    // Act
    const response = await endpoint(
      request('POST', `${ENDPOINT}?token=${expired}`, 'List-Unsubscribe=One-Click'),
    );
    // Assess
    expect(response.statusCode).toBe(410);
    expect(response.body).toContain('verlopen');
    expect(await subscribers('BE/MA')).toEqual(['bram@example.org']);
  });
});
