// The trade-briefings command line: the pipeline on the embedded engines, and the extractor on its own.
import { Command, InvalidArgumentError } from 'commander';
import { DOCUMENT_STATUSES, type DocumentStatus } from '../shared/domain/document.js';
import { LANGUAGES, type Language } from '../shared/domain/extraction/language.js';
import { PairSchema } from '../shared/domain/figure.js';
import { LOCAL_SUBSCRIBER } from './local-addresses.js';

// Each command's module (and the SDKs, engines and renderers it pulls in) is loaded when that command
// runs, so that --help and argument errors answer at once.
const run =
  <M, A extends unknown[]>(load: () => Promise<M>, pick: (module: M) => (...args: A) => Promise<void>) =>
  async (...args: A) =>
    pick(await load())(...args);
const extract = () => import('./commands/extract.js');
const figures = () => import('./commands/figures.js');
const ingest = () => import('./commands/ingest.js');
const report = () => import('./commands/report.js');
const reprocess = () => import('./commands/reprocess.js');
const resend = () => import('./commands/resend.js');
const start = () => import('./commands/start.js');
const status = () => import('./commands/status.js');
const subscriptions = () => import('./commands/subscriptions.js');

const pair = (value: string) => {
  const parsed = PairSchema.safeParse(value);
  if (!parsed.success)
    throw new InvalidArgumentError(parsed.error.issues.map((issue) => issue.message).join('; '));
  return parsed.data;
};
const month = (value: string) => {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(value))
    throw new InvalidArgumentError('a month is YYYY-MM, e.g. 2026-11');
  return value;
};

const email = (value: string) => {
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value))
    throw new InvalidArgumentError('an email address, e.g. ana@example.org');
  return value;
};
const language = (value: string) => {
  if (!(LANGUAGES as readonly string[]).includes(value))
    throw new InvalidArgumentError('a language is fr, nl or en');
  return value as Language;
};
const documentStatus = (value: string): DocumentStatus => {
  if (!(DOCUMENT_STATUSES as readonly string[]).includes(value))
    throw new InvalidArgumentError(`a status is one of ${DOCUMENT_STATUSES.join(', ')}`);
  return value as DocumentStatus;
};

/** The commands that work on state take it, to work on a deployed stack instead of the embedded engines. */
const STACK_OPTION = [
  '--stack <name>',
  'work against this deployed stack (its outputs, your AWS credentials) instead of the embedded engines',
] as const;

const program = new Command('trade-briefings')
  .description('Trade figures from trade news, and monthly briefings per country pair.')
  .showHelpAfterError('(run with --help for usage)');

program
  .command('start')
  .description(
    'run the whole pipeline on the embedded engines: ingest seeds/, send the briefings of the month just ended (as the monthly job does) to a local subscriber, write reports/YYYY-MM/',
  )
  .option('--seeds <dir>', 'folder of documents to ingest', 'seeds')
  .option('--month <YYYY-MM>', 'month of the briefings (default: the month just ended)', month)
  .option('--subscriber <email>', 'local subscriber of every pair', LOCAL_SUBSCRIBER)
  .action(run(start, (m) => m.startCommand));

program
  .command('ingest')
  .description(
    'upload files to the embedded bucket (incoming/) and ingest them as in AWS; a file keeps its name unless another file holds it (then name-2.ext…); the same file again is a new version of it',
  )
  .argument(
    '<files...>',
    'documents to ingest; a folder is walked (its files and subfolders, hidden ones left out)',
  )
  .option(...STACK_OPTION)
  .action(run(ingest, (m) => m.ingestCommand));

program
  .command('status')
  .description('list the documents with their status (processed, duplicate, rejected, needs_review) and why')
  .option('--json', 'one JSON object per document per line: key, status, reason, figures, …')
  .option(...STACK_OPTION)
  .action(run(status, (m) => m.statusCommand));

program
  .command('reprocess')
  .description('read stored documents again (e.g. after the extractor improved); their figures are replaced')
  .option('--all', 'every document')
  .option('--status <status>', 'only documents with this status', documentStatus)
  .action(run(reprocess, (m) => m.reprocessCommand));

program
  .command('figures')
  .description('list the stored figures, per pair in period order')
  .option('--pair <A/B>', 'only this pair, e.g. BE/MA', pair)
  .option('--json', 'one JSON object per figure per line (the figure record plus "doc")')
  .option(...STACK_OPTION)
  .action(run(figures, (m) => m.figuresCommand));

program
  .command('report')
  .description('render briefings (xlsx + pdf) to reports/YYYY-MM/ without sending them')
  .option('--month <YYYY-MM>', 'month of the briefing (default: the month just ended)', month)
  .option('--pair <A/B>', 'only this pair, e.g. BE/MA', pair)
  .option('--lang <fr|nl|en>', 'language of the briefing', language, 'en')
  .option(...STACK_OPTION)
  .action(run(report, (m) => m.reportCommand));

program
  .command('subscribe')
  .description("subscribe an address to a pair's monthly briefing")
  .requiredOption('--pair <A/B>', 'the pair, e.g. BE/MA', pair)
  .requiredOption('--email <address>', 'the recipient', email)
  .option('--lang <fr|nl|en>', 'language of the briefing', language, 'en')
  .option(...STACK_OPTION)
  .action(run(subscriptions, (m) => m.subscribeCommand));

program
  .command('unsubscribe')
  .description(
    "stop sending a pair's briefing to an address: --pair and --email, or --token with the token of an email's unsubscribe link (as the stack's endpoint does)",
  )
  .option('--pair <A/B>', 'the pair, e.g. BE/MA', pair)
  .option('--email <address>', 'the recipient', email)
  .option('--token <token>', 'the token of an unsubscribe link (checked with the local signing key)')
  .option(...STACK_OPTION)
  .action(run(subscriptions, (m) => m.unsubscribeCommand));

program
  .command('subscribers')
  .description('list who receives which briefing, in which language')
  .option('--pair <A/B>', 'only this pair', pair)
  .option('--json', 'one JSON object per subscription per line')
  .option(...STACK_OPTION)
  .action(run(subscriptions, (m) => m.subscribersCommand));

program
  .command('resend')
  .description("send a month's briefing again to the recipients whose delivery failed")
  .requiredOption('--month <YYYY-MM>', 'the month of the briefing', month)
  .option('--pair <A/B>', 'only this pair', pair)
  .option('--email <address>', 'only this recipient', email)
  .action(run(resend, (m) => m.resendCommand));

program
  .command('extract')
  .description('extract figures from files directly, without any server')
  .argument('<files...>', 'documents to read')
  .option('--format <format>', 'output format', 'jsonl')
  .action(run(extract, (m) => m.extractCommand));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`trade-briefings: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
}
