// HMAC-SHA256 signatures with a key fetched once and kept in memory: in AWS a secret the stack generated
// (Secrets Manager, read through the Parameters and Secrets Lambda extension on localhost: no SDK client),
// locally a random key in .local/ created on first use. Verification compares in constant time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { MessageSigner } from '../../ports/message-signer.js';

export class HmacSigner implements MessageSigner {
  private key: Promise<Uint8Array> | undefined;

  constructor(private readonly loadKey: () => Promise<Uint8Array>) {}

  private keyBytes(): Promise<Uint8Array> {
    // a failed load is tried again on the next call
    this.key ??= this.loadKey().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  async sign(message: string): Promise<Uint8Array> {
    return new Uint8Array(
      createHmac('sha256', await this.keyBytes())
        .update(message)
        .digest(),
    );
  }

  async verify(message: string, mac: Uint8Array): Promise<boolean> {
    const expected = await this.sign(message);
    return mac.byteLength === expected.byteLength && timingSafeEqual(mac, expected);
  }
}

/** A key that is at least 32 bytes of secret, or an error that says what is wrong (never the key). */
function checkedKey(text: string, where: string): Uint8Array {
  const key = new TextEncoder().encode(text.trim());
  if (key.byteLength < 32) throw new Error(`the signing key in ${where} is shorter than 32 bytes`);
  return key;
}

/** The key in a local file, made (random, readable by its owner only) when there is none yet. */
export function localKeyFile(path: string): () => Promise<Uint8Array> {
  return async () => {
    try {
      return checkedKey(await readFile(path, 'utf8'), path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      await mkdir(dirname(path), { recursive: true });
      const key = randomBytes(32).toString('hex');
      // 'wx': of two processes creating it at once, the second reads the first's
      await writeFile(path, key, { flag: 'wx', mode: 0o600 }).catch(async (e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
      await chmod(path, 0o600).catch(() => {});
      return checkedKey(await readFile(path, 'utf8'), path);
    }
  };
}

/**
 * The key in a Secrets Manager secret, through the AWS Parameters and Secrets Lambda extension (a layer of
 * the function): an HTTP call to localhost authenticated with the function's own session token.
 */
export function secretsExtensionKey(
  secretId: string,
  options: { port?: number; fetch?: typeof fetch } = {},
): () => Promise<Uint8Array> {
  return async () => {
    const port = options.port ?? Number(process.env.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT ?? 2773);
    const response = await (options.fetch ?? fetch)(
      `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`,
      { headers: { 'X-Aws-Parameters-Secrets-Token': process.env.AWS_SESSION_TOKEN ?? '' } },
    );
    if (!response.ok)
      throw new Error(`the signing key could not be read (extension answered ${response.status})`);
    const body = (await response.json()) as { SecretString?: string };
    if (!body.SecretString) throw new Error('the signing key secret holds no string');
    return checkedKey(body.SecretString, 'the secret');
  };
}
