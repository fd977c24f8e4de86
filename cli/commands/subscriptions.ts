// `trade-briefings subscribe|unsubscribe|subscribers --pair A/B [--email …] [--lang fr|nl|en]`: who receives
// which pair's monthly briefing, in which language.
import type { Language } from '../../shared/ports/trade-repository.js';
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
  pair: string;
  email: string;
}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    const subscribed = (await runtime.subscriptions.listSubscribers(options.pair)).some(
      (s) => s.email.toLowerCase() === options.email.toLowerCase(),
    );
    if (!subscribed) throw new Error(`${options.email} is not subscribed to ${options.pair}`);
    await runtime.subscriptions.unsubscribe(options.pair, options.email);
    process.stdout.write(`${options.email} no longer receives the ${options.pair} briefing\n`);
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
