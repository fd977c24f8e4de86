// `trade-briefings start`: the whole pipeline on the embedded engines — ingest seeds/, brief the month just
// ended (as the deployed monthly job does) to a local subscriber, copy the briefings and the .eml files to
// reports/YYYY-MM/, print a summary of what this run did.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { briefingText } from '../../shared/domain/briefing-text.js';
import { previousMonth } from '../../shared/domain/months.js';
import type { PairDelivery } from '../../shared/use-cases/send-briefings.js';
import { ingestFiles } from '../ingest-files.js';
import { localLambdaContext, openLocalRuntime } from '../local-runtime.js';
import {
  copyBriefingsToReports,
  filesWithTimes,
  filesWrittenSince,
  summariseDocuments,
  summariseFigures,
} from '../summaries.js';

const EN = briefingText('en');

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
    const month = options.month ?? previousMonth(new Date(), 'Europe/Brussels');
    const folder = join(runtime.reportsDir, month);
    const before = await filesWithTimes(folder);
    const briefings = await runtime.briefingHandler();
    const result = await briefings({ month }, localLambdaContext('send-briefings'));
    await copyBriefingsToReports(runtime, result);
    const written = await filesWrittenSince(folder, before, runtime.root);

    const lines = [
      `Documents: ${await summariseDocuments(runtime)}${deadLettered ? `; ${deadLettered} message(s) dead-lettered` : ''}`,
      'Figures per pair:',
      ...(await summariseFigures(runtime)),
      options.month
        ? `Briefings for ${EN.formatMonth(month)}:`
        : `Briefings for ${EN.formatMonth(month)} (the month just ended, as the monthly job in AWS builds it; --month YYYY-MM for another):`,
      ...result.pairs.map((p) => `  ${p.pair}: ${deliverySummary(p)}`),
      ...(written.length > 0
        ? ['Files written:', ...written.map((f) => `  ${f}`)]
        : [`No file written: the briefings of ${month} were already sent (reports/${month}/ holds them).`]),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await runtime.close();
  }
}

/** What a pair's briefing run did, in one line: the usual counts, and what needs a look when there is any. */
export function deliverySummary(p: PairDelivery): string {
  if (p.error) return `not sent: ${p.error}`;
  const parts = [
    `${p.figures} figures; emailed to ${p.sent.length}, already sent to ${p.alreadySent.length}, failed ${p.failed.length}`,
  ];
  if (p.recovered.length > 0) parts.push(`sent ${p.recovered.length} left unsent by an interrupted run`);
  if (p.awaiting.length > 0) parts.push(`${p.awaiting.length} being sent by another run`);
  return parts.join('; ');
}
