// Signing unsubscribe links: what one key signs only that key verifies, for that message; the key comes from
// the Parameters and Secrets extension in AWS (asked with the function's session token), or a local file.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseToken, signedText } from '../../domain/unsubscribe-token.js';
import { checkUnsubscribeToken, issueUnsubscribeToken } from '../../use-cases/unsubscribe.js';
import { HmacSigner, localKeyFile, secretsExtensionKey } from './hmac-signer.js';

const dir = mkdtempSync(join(tmpdir(), 'signer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const key = (c: string) => async () => new TextEncoder().encode(c.repeat(32));

describe('HMAC signer', () => {
  it('verifies its own signature of a message, not another message nor another key’s', async () => {
    // Prepare
    const signer = new HmacSigner(key('a'));
    const mac = await signer.sign('m');
    // Assess
    expect(await signer.verify('m', mac)).toBe(true);
    expect(await signer.verify('n', mac)).toBe(false);
    expect(await new HmacSigner(key('b')).verify('m', mac)).toBe(false);
    expect(await signer.verify('m', mac.subarray(0, 16))).toBe(false);
  });

  it('makes a local key once, readable by its owner only, and reuses it', async () => {
    const path = join(dir, 'nested', 'unsubscribe.key');
    const first = await localKeyFile(path)();
    expect(await localKeyFile(path)()).toEqual(first);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the key from the extension with the session token, and says so when it cannot', async () => {
    // Prepare
    const asked: Array<[string, Record<string, string>]> = [];
    const fetchStub = (async (url: string, init: { headers: Record<string, string> }) => {
      asked.push([url, init.headers]);
      return new Response(JSON.stringify({ SecretString: 'k'.repeat(64) }));
    }) as unknown as typeof fetch;
    process.env.AWS_SESSION_TOKEN = 'session';
    // Act
    const read = await secretsExtensionKey('arn:aws:secretsmanager:eu-west-1:1:secret:k', {
      fetch: fetchStub,
    })();
    // Assess
    expect(read.byteLength).toBe(64);
    expect(asked).toEqual([
      [
        'http://localhost:2773/secretsmanager/get?secretId=arn%3Aaws%3Asecretsmanager%3Aeu-west-1%3A1%3Asecret%3Ak',
        { 'X-Aws-Parameters-Secrets-Token': 'session' },
      ],
    ]);
    const refused = (async () => new Response('no', { status: 403 })) as unknown as typeof fetch;
    await expect(secretsExtensionKey('k', { fetch: refused })()).rejects.toThrow('extension answered 403');
  });
});

describe('unsubscribe tokens', () => {
  it('carry the pair, address, language and expiry, signed over a versioned text', async () => {
    // Prepare
    const signer = new HmacSigner(key('a'));
    const now = new Date('2026-11-01T00:00:00Z');
    // Act
    const token = await issueUnsubscribeToken(
      { signer, now: () => now },
      { pair: 'BE/MA', email: 'Ana@Example.org', language: 'fr' },
    );
    const parsed = parseToken(token);
    // Assess
    expect(parsed?.claim).toEqual({
      p: 'BE/MA',
      e: 'ana@example.org',
      l: 'fr',
      x: now.getTime() / 1000 + 400 * 86_400,
    });
    expect(await signer.verify(signedText(parsed?.payload ?? ''), parsed?.mac ?? new Uint8Array())).toBe(
      true,
    );
    const check = checkUnsubscribeToken({ signer, now: () => new Date('2027-12-06T00:00:00Z') });
    expect(await check(token)).toMatchObject({ valid: false, reason: 'expired' });
    expect(await checkUnsubscribeToken({ signer, now: () => now })(token)).toMatchObject({ valid: true });
    expect(parseToken('a.b')).toBeNull();
  });
});
