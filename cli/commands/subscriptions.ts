// `trade-briefings subscribe|unsubscribe|subscribers --pair A/B [--email …] [--lang fr|nl|en]`: who receives
// which pair's monthly briefing, in which language.
import { HmacSigner, localKeyFile } from '../../shared/adapters/signing/hmac-signer.js';
import { silentLogger } from '../../shared/ports/logger.js';
import type { Language } from '../../shared/ports/trade-repository.js';
import { unsubscribeWithToken } from '../../shared/use-cases/unsubscribe.js';
import { pairsToShow, withCliRuntime } from '../cli-runtime.js';

export async function subscribeCommand(options: {
  stack?: string;
  pair: string;
  email: string;
  lang: Language;
}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    await runtime.subscriptions.subscribe({
      pair: options.pair,
      email: options.email,
      language: options.lang,
    });
    process.stdout.write(`${options.email} receives the ${options.pair} briefing in ${options.lang}\n`);
  });
}

export async function unsubscribeCommand(options: {
  stack?: string;
  pair?: string;
  email?: string;
  token?: string;
}): Promise<void> {
  if (options.token) return unsubscribeWithTokenCommand({ ...options, token: options.token });
  if (!options.pair || !options.email) throw new Error('give --pair and --email, or --token');
  const { pair, email } = options;
  await withCliRuntime(options, async (runtime) => {
    if (!(await runtime.subscriptions.unsubscribe(pair, email)))
      throw new Error(`${email} is not subscribed to ${pair}`);
    process.stdout.write(`${email} no longer receives the ${pair} briefing\n`);
  });
}

/**
 * The local path of an email's unsubscribe link: the same check as the stack's endpoint (signature, then
 * expiry) with the local key. A forged or expired token changes nothing and exits 1.
 */
async function unsubscribeWithTokenCommand(options: { stack?: string; token: string }): Promise<void> {
  if (options.stack)
    throw new Error(
      "a token is checked with the key it was signed with: on a deployed stack follow the email's link, or give --pair and --email",
    );
  await withCliRuntime(options, async (runtime) => {
    const key = process.env.UNSUBSCRIBE_KEY_FILE;
    if (!key) throw new Error('no local signing key');
    const outcome = await unsubscribeWithToken({
      signer: new HmacSigner(localKeyFile(key)),
      subscriptions: runtime.subscriptions,
      logger: silentLogger,
    })(options.token);
    if (outcome.outcome === 'refused')
      throw new Error(
        outcome.reason === 'expired'
          ? 'the token has expired: nothing was changed'
          : 'the token is not valid (not signed by this installation, or altered): nothing was changed',
      );
    process.stdout.write(
      outcome.outcome === 'unsubscribed'
        ? `${outcome.claim.e} no longer receives the ${outcome.claim.p} briefing\n`
        : `${outcome.claim.e} was not subscribed to ${outcome.claim.p}\n`,
    );
  });
}

export async function subscribersCommand(options: {
  stack?: string;
  pair?: string;
  json?: boolean;
}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    const pairs = await pairsToShow(runtime, options.pair);
    for (const pair of pairs) {
      for (const s of await runtime.subscriptions.listSubscribers(pair)) {
        process.stdout.write(
          options.json ? `${JSON.stringify(s)}\n` : `${pair}  ${s.language}  ${s.email}\n`,
        );
      }
    }
  });
}
