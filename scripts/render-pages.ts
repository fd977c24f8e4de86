// `npm run docs:pages`: renders the seeds' briefings and the generated pairs of every flow shape to PDF,
// then every page to PNG with pdftoppm (poppler-utils, a system tool: needed here only, never by the tests).
// The seeds' pages go to docs/pages/ (committed, linked from the README), the generated ones to
// reports/pages/ (git-ignored), so that a person can look at every page before a change ships.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestFiles } from '../cli/ingest-files.js';
import { openLocalRuntime } from '../cli/local-runtime.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import type { Briefing, BriefingLanguage } from '../shared/domain/briefing.js';
import { prepareBriefing } from '../shared/use-cases/send-briefings.js';
import { BRIEFING_SHAPES, SHAPE_MONTH } from '../test/support/briefing-shapes.js';
import { PROJECT_ROOT, seedFiles } from '../test/support/seeds.js';

try {
  execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
} catch {
  process.stderr.write(
    'docs:pages needs pdftoppm: install poppler-utils (apt-get install poppler-utils; brew install poppler)\n',
  );
  process.exit(1);
}

const renderer = new PdfBriefingRenderer();
const DPI = '72';

async function pages(briefing: Briefing, folder: string, name: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  for (const old of readdirSync(folder).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png')))
    rmSync(join(folder, old));
  const pdf = join(folder, `${name}.pdf`);
  writeFileSync(pdf, await renderer.render(briefing));
  execFileSync('pdftoppm', ['-r', DPI, '-png', pdf, join(folder, name)]);
  rmSync(pdf);
  return readdirSync(folder)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
    .map((f) => join(folder, f));
}

const written: string[] = [];

// the seeds, as `npm start` would brief them: read in October 2026, briefed for that month
const root = mkdtempSync(join(tmpdir(), 'trade-briefings-pages-'));
const runtime = await openLocalRuntime({ root });
try {
  await ingestFiles(runtime, seedFiles());
  for (const d of await runtime.documents.listDocuments())
    await runtime.documents.putDocument({ ...d, ingested_at: `${SHAPE_MONTH}-15T10:00:00.000Z` });
  const deps = { ...runtime, now: () => new Date('2026-11-01T05:00:00.000Z') };
  const seeds: Array<[string, BriefingLanguage]> = [
    ['BE/MA', 'en'],
    ['BE/MA', 'nl'],
    ['JP/MA', 'fr'],
    ['HK/MA', 'en'],
  ];
  for (const [pair, language] of seeds) {
    const briefing = await prepareBriefing(deps, pair, SHAPE_MONTH, language);
    if (!briefing) throw new Error(`no briefing for ${pair}`);
    written.push(
      ...(await pages(
        briefing,
        join(PROJECT_ROOT, 'docs/pages'),
        `briefing-${pair.replace('/', '-')}-${language}`,
      )),
    );
  }
} finally {
  await runtime.close();
  rmSync(root, { recursive: true, force: true });
}

// one generated pair per flow shape
const only = process.argv.slice(2);
for (const [shape, build] of Object.entries(BRIEFING_SHAPES)) {
  if (only.length > 0 && !only.includes(shape)) continue;
  for (const language of ['en', 'fr', 'nl'] as const)
    written.push(
      ...(await pages(build(language), join(PROJECT_ROOT, 'reports/pages'), `${shape}-${language}`)),
    );
}
for (const file of written) process.stdout.write(`${file.slice(PROJECT_ROOT.length + 1)}\n`);
