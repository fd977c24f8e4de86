// `trade-briefings resend --month YYYY-MM [--pair A/B] [--email …]`: sends a month's briefing again to the
// recipients whose delivery failed, through the briefing function, never to one who received it.
import { localLambdaContext, openLocalRuntime } from '../local-runtime.js';
import { copyBriefingsToReports } from '../summaries.js';

export async function resendCommand(options: {
  month: string;
  pair?: string;
  email?: string;
}): Promise<void> {
  const runtime = await openLocalRuntime();
  try {
    const briefings = await runtime.briefingHandler();
    const result = await briefings(
      {
        month: options.month,
        resend: true,
        ...(options.pair ? { pair: options.pair } : {}),
        ...(options.email ? { email: options.email } : {}),
      },
      localLambdaContext('send-briefings'),
    );
    await copyBriefingsToReports(runtime, result);
    const lines = result.pairs.map(
      (p) => `${p.pair}: resent to ${p.sent.length}, failed again ${p.failed.length}`,
    );
    process.stdout.write(`${lines.length ? lines.join('\n') : 'no failed delivery to resend'}\n`);
    if (result.pairs.some((p) => p.failed.length > 0)) throw new Error('some deliveries failed again');
  } finally {
    await runtime.close();
  }
}
