// `trade-briefings figures [--pair A/B] [--json]`: the stored figures, per pair in period order.
import { briefingText } from '../../shared/domain/briefing-text.js';
import type { TradeFigure } from '../../shared/domain/figure.js';
import { type CliRuntime, pairsToShow, withCliRuntime } from '../cli-runtime.js';

export async function figuresCommand(options: {
  stack?: string;
  pair?: string;
  json?: boolean;
}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    const pairs = await pairsToShow(runtime, options.pair);
    const keys = new Map<string, string>();
    let shown = 0;
    for (const pair of pairs) {
      const figures = await runtime.figures.listPairFigures(pair);
      if (figures.length === 0) continue;
      shown++;
      if (!options.json) process.stdout.write(`${pair}\n`);
      for (const figure of figures) {
        const doc = await sourceKey(runtime, keys, figure);
        process.stdout.write(
          options.json ? `${JSON.stringify({ ...figure, doc })}\n` : `  ${describe(figure)}  [${doc}]\n`,
        );
      }
    }
    // an empty listing says so, on stderr, so that --json output stays only figures
    if (shown === 0)
      process.stderr.write(
        options.pair
          ? `no figures stored for ${options.pair}\n`
          : 'no figures stored yet; run `trade-briefings start` or `ingest` first\n',
      );
  });
}

async function sourceKey(runtime: CliRuntime, cache: Map<string, string>, f: TradeFigure) {
  if (!cache.has(f.document_id))
    cache.set(f.document_id, (await runtime.documents.getDocument(f.document_id))?.key ?? f.document_id);
  return cache.get(f.document_id) ?? f.document_id;
}

const EN = briefingText('en');

/** One line a figure, its flow named as the briefings name it (the arrow the way the goods go) and its measure. */
function describe(f: TradeFigure): string {
  const what = f.measure === 'value' && f.kind === 'actual' ? '' : `  (${EN.measureOf(f)})`;
  return `${(f.period ?? '—').padEnd(9)} ${EN.flowLabel(f, f.from).padEnd(36)} ${EN.figureValue(f).padEnd(22)} “${f.quote}”${what}`;
}
