// `trade-briefings start`: the whole pipeline on the embedded engines — ingest seeds/, brief the current
// month to a local subscriber, copy the briefings and the .eml files to reports/YYYY-MM/, print a summary.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { monthOf } from '../../shared/domain/months.js';
import { ingestFiles } from '../ingest-files.js';
import { localLambdaContext, openLocalRuntime } from '../local-runtime.js';
import { copyBriefingsToReports, summariseDocuments, summariseFigures } from '../summaries.js';

export interface StartOptions {
  seeds: string;
  month?: string;
  subscriber: string;
}

export async function startCommand(options: StartOptions): Promise<void> {
  const runtime = await openLocalRuntime();
  try {
    const files = (await readdir(options.seeds, { withFileTypes: true }))
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => join(options.seeds, e.name))
      .sort();
    const { deadLettered } = await ingestFiles(runtime, files);

    const pairs = await runtime.figures.listPairs();
    for (const pair of pairs)
      await runtime.subscriptions.subscribe({ pair, email: options.subscriber, language: 'en' });
    const month = options.month ?? monthOf(new Date(), 'Europe/Brussels');
    const briefings = await runtime.briefingHandler();
    const result = await briefings({ month }, localLambdaContext('send-briefings'));
    const written = await copyBriefingsToReports(runtime, result);

    const lines = [
      `Documents: ${await summariseDocuments(runtime)}${deadLettered ? `; ${deadLettered} message(s) dead-lettered` : ''}`,
      'Figures per pair:',
      ...(await summariseFigures(runtime)),
      `Briefings for ${month}:`,
      ...result.pairs.map(
        (p) =>
          `  ${p.pair}: ${p.figures} figures; emailed to ${p.sent.length}, already sent to ${p.alreadySent.length}, failed ${p.failed.length}`,
      ),
      'Files written:',
      ...written.map((f) => `  ${f}`),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await runtime.close();
  }
}
