// `trade-briefings report [--month YYYY-MM] [--pair A/B] [--lang fr|nl|en]`: renders briefings to
// reports/YYYY-MM/ without sending.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { ExcelBriefingRenderer } from '../../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../../shared/adapters/render/pdf-briefing-renderer.js';
import { type BriefingLanguage, briefingFileName } from '../../shared/domain/briefing.js';
import { previousMonth } from '../../shared/domain/months.js';
import { documentIndex, prepareBriefing } from '../../shared/use-cases/send-briefings.js';
import { pairsToShow, withCliRuntime } from '../cli-runtime.js';

export async function reportCommand(options: {
  stack?: string;
  month?: string;
  pair?: string;
  lang?: BriefingLanguage;
}): Promise<void> {
  await withCliRuntime(options, async (runtime) => {
    // the month just ended, as the monthly job builds it
    const month = options.month ?? previousMonth(new Date(), 'Europe/Brussels');
    const pairs = await pairsToShow(runtime, options.pair);
    const renderers = [new ExcelBriefingRenderer(), new PdfBriefingRenderer()];
    const folder = join(runtime.reportsDir, month);
    await mkdir(folder, { recursive: true });
    let written = 0;
    const documents = documentIndex(runtime);
    for (const pair of pairs) {
      const briefing = await prepareBriefing(runtime, pair, month, options.lang ?? 'en', documents);
      if (!briefing) {
        process.stderr.write(`${pair}: no figures, no briefing\n`);
        continue;
      }
      for (const renderer of renderers) {
        const path = join(folder, briefingFileName(pair, month, renderer.extension, briefing.language));
        await writeFile(path, await renderer.render(briefing));
        process.stdout.write(`${relative(runtime.root, path)}\n`);
        written++;
      }
    }
    if (written === 0)
      throw new Error(
        options.pair
          ? `no figures stored for ${options.pair}`
          : 'no figures stored yet; run `trade-briefings start` or `ingest` first',
      );
  });
}
