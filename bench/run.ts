// `npm run bench`: throughput measured in one run (never asserted in tests): extraction over the seeds,
// the local ingest pipeline on 10,000 generated documents (BENCH_DOCUMENTS to change), briefing
// rendering, the Lambda bundles and the command line's start. Prints a table. `npm run bench -- NAME…`
// runs only the sections named (extraction, ingest, briefings, bundles, cli, hostile).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import * as esbuild from 'esbuild';
import { openLocalRuntime } from '../cli/local-runtime.js';
import { bundleHandler } from '../infra/project-function.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { analyseDocument } from '../shared/domain/analyse-document.js';
import { buildBriefing } from '../shared/domain/briefing.js';
import { convertCurrency } from '../shared/domain/normalisation/convert-currency.js';
import * as exhausting from '../test/support/exhausting-files.js';
import { corpusFiles, realCorpusFiles, seedFiles, validationFiles } from '../test/support/seeds.js';

let peakRss = process.memoryUsage().rss;
let phasePeak = peakRss;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  phasePeak = Math.max(phasePeak, rss);
}, 20);
const rows: Array<[string, string]> = [];
const chosen = process.argv.slice(2);
const want = (section: string) => chosen.length === 0 || chosen.includes(section);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const out = await fn();
  return [out, (performance.now() - start) / 1000];
};

// 1. Extraction: each corpus in one process, after a warm-up; MB/s depends on how dense in figures a text is
// (the seeds are real articles; the development corpus is short and dense).
for (const [name, files] of !want('extraction')
  ? []
  : ([
      ['extraction, seeds', seedFiles()],
      ['extraction, dev corpus', corpusFiles()],
      ['extraction, validation articles', [...validationFiles(2), ...validationFiles(3)]],
      // whole web pages and releases as scraped (menus, teasers, bylines): the closest to what staff drop
      ['extraction, web pages', Array.from({ length: 49 }, (_, i) => validationFiles(i + 13)).flat()],
      ['extraction, all', [...seedFiles(), ...corpusFiles(), ...validationFiles(2), ...validationFiles(3)]],
      // real pages annotated outside the project (../shared/corpus-real, read in place)
      ['extraction, real corpus', realCorpusFiles()],
    ] as const)) {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const figures = texts.reduce(
    (n, t, i) => n + analyseDocument(t, { documentId: `d${i}` }).figures.length,
    0,
  );
  const extractAll = () => {
    for (const [i, t] of texts.entries()) analyseDocument(t, { documentId: `d${i}` });
  };
  for (let r = 0; r < 20; r++) extractAll();
  const rounds = Math.max(20, Math.ceil(5e6 / corpusBytes));
  const [, seconds] = await time(() => {
    for (let r = 0; r < rounds; r++) extractAll();
  });
  rows.push([
    name,
    `${((corpusBytes * rounds) / 1e6 / seconds).toFixed(1)} MB/s, ${((texts.length * rounds) / seconds).toFixed(0)} docs/s (${texts.length} documents, ${(corpusBytes / 1024).toFixed(0)} KB, ${figures} figures: ${(corpusBytes / Math.max(1, figures)).toFixed(0)} bytes a figure)`,
  ]);
}

// 2. Local ingest pipeline (s3rver → queue → handler → dynalite) on generated documents
const COUNTRIES = [
  'le Japon',
  "l'Espagne",
  'la Chine',
  'la Belgique',
  'la France',
  "l'Inde",
  'la Turquie',
  'le Brésil',
];
const documents = Number(process.env.BENCH_DOCUMENTS ?? 10_000);
if (want('ingest')) {
  const root = mkdtempSync(join(tmpdir(), 'trade-briefings-bench-'));
  const runtime = await openLocalRuntime({ root });
  try {
    const [, uploadSeconds] = await time(async () => {
      for (let i = 0; i < documents; i++) {
        const body =
          `Les exportations du Maroc vers ${COUNTRIES[i % COUNTRIES.length]} ont atteint ${(i % 97) + 1},${i % 10} milliards de dirhams en ${2000 + (i % 25)}. ` +
          `Document ${i}: le déficit commercial a progressé de ${(i % 30) + 1},5% sur la période.`;
        await runtime.s3.send(
          new PutObjectCommand({
            Bucket: runtime.engines.bucket,
            Key: `incoming/bench-${i}.txt`,
            Body: body,
          }),
        );
      }
    });
    const handler = await runtime.ingestHandler();
    const callsBefore = runtime.engines.dynamoCalls();
    phasePeak = process.memoryUsage().rss;
    const [drained, ingestSeconds] = await time(() => runtime.engines.queue.drain(handler));
    const calls = runtime.engines.dynamoCalls() - callsBefore;
    rows.push([
      'local ingest',
      `${(documents / ingestSeconds).toFixed(1)} docs/s (${documents} documents, ${drained.receives} receives, ${drained.deadLettered.length} dead-lettered; upload ${(documents / uploadSeconds).toFixed(0)} docs/s)`,
    ]);
    rows.push(['  DynamoDB calls', `${(calls / documents).toFixed(2)} per document`]);
    (globalThis as { gc?: () => void }).gc?.();
    rows.push([
      '  memory in ingest',
      `peak RSS ${(phasePeak / 1024 / 1024).toFixed(0)} MB (s3rver and dynalite's LevelDB run in this process); JS heap after GC ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`,
    ]);
  } finally {
    await runtime.close();
    rmSync(root, { recursive: true, force: true });
  }
}
// 3. Briefings (xlsx + pdf) for 1,000 generated pairs, each with figures both ways over six years, a target,
// a conflict between two sources and a region (BENCH_PAIRS to change)
const pairCount = Number(process.env.BENCH_PAIRS ?? 1000);
const renderers = [new ExcelBriefingRenderer(), new PdfBriefingRenderer()];
if (want('briefings')) {
  phasePeak = process.memoryUsage().rss;
  const [, renderSeconds] = await time(async () => {
    for (let i = 0; i < pairCount; i++) {
      for (const language of ['en', 'fr', 'nl'] as const) {
        if (i % 3 !== ['en', 'fr', 'nl'].indexOf(language)) continue;
        const briefing = generatedBriefing(i, language);
        for (const r of renderers) await r.render(briefing);
      }
    }
  });
  rows.push([
    'briefings (xlsx + pdf)',
    `${((renderSeconds * 1000) / pairCount).toFixed(0)} ms per pair (${pairCount} generated pairs, fr/nl/en); peak RSS ${(phasePeak / 1024 / 1024).toFixed(0)} MB`,
  ]);
}

// 4. The Lambda bundles as `cdk synth` builds them: sizes, and the cold import of each handler module (median
// of 7 fresh Node processes; the rare-format readers are chunks loaded on first use, not at import)
if (want('bundles')) {
  const bundleRoot = mkdtempSync(join(tmpdir(), 'trade-briefings-bundles-'));
  try {
    const fontDir = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
    const fonts: Array<[string, string]> = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => [
      join(fontDir, f),
      `fonts/${f}`,
    ]);
    for (const [name, entry, assets] of [
      ['ingest bundle', 'functions/ingest-document/handler.ts', []],
      ['briefing bundle', 'functions/send-briefings/handler.ts', fonts],
    ] as const) {
      const dir = join(bundleRoot, name.split(' ')[0] as string);
      bundleHandler(entry, dir, [...assets]);
      const index = statSync(join(dir, 'index.mjs')).size;
      const all = readdirSync(dir, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.mjs'))
        .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
      const importMs: number[] = [];
      for (let run = 0; run < 7; run++) {
        const out = execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const t = performance.now(); await import(${JSON.stringify(join(dir, 'index.mjs'))}); process.stdout.write(String(performance.now() - t));`,
          ],
          {
            encoding: 'utf8',
            env: {
              ...process.env,
              TABLE_NAME: 'bench',
              BUCKET_NAME: 'bench',
              SENDER_ADDRESS: 'bench@example.org',
              MAIL_TRANSPORT: 'ses',
              UNSUBSCRIBE_URL: 'https://unsubscribe.example.org/',
              UNSUBSCRIBE_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:000000000000:secret:bench',
              AWS_REGION: 'eu-west-1',
            },
          },
        );
        importMs.push(Number(out));
      }
      rows.push([
        name,
        `index.mjs ${(index / 1e6).toFixed(2)} MB (all chunks ${(all / 1e6).toFixed(2)} MB); cold import ${median(importMs).toFixed(0)} ms (median of 7)`,
      ]);
    }
  } finally {
    rmSync(bundleRoot, { recursive: true, force: true });
  }
}

// 5. The command line's start: `--help`, median of 7 runs, from the launcher (the build in .build/, made
// fresh first) and through npx, whose own start (npm's) comes on top
if (want('cli')) {
  const launcher = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'trade-briefings.js');
  const seconds = (command: string, args: string[]) => {
    const runs: number[] = [];
    execFileSync(command, args, { stdio: 'ignore' });
    for (let run = 0; run < 7; run++) {
      const start = performance.now();
      execFileSync(command, args, { stdio: 'ignore' });
      runs.push((performance.now() - start) / 1000);
    }
    return median(runs);
  };
  const direct = seconds(process.execPath, ['--openssl-legacy-provider', launcher, '--help']);
  const npx = seconds('npx', ['--no-install', 'trade-briefings', '--help']);
  rows.push([
    'cli --help',
    `${direct.toFixed(2)} s (median of 7, bin/trade-briefings.js); ${npx.toFixed(2)} s through npx`,
  ]);
}

// 6. Inputs made to exhaust the ingest function, at the sizes operators used and twice those: each through
// the size check, the reader and the extraction, in a fresh process (bundled like the function), with its
// time and peak RSS. The limit each must stay within: 20 s and 512 MB.
if (want('hostile')) {
  const dir = mkdtempSync(join(tmpdir(), 'trade-briefings-hostile-'));
  try {
    const script = join(dir, 'hostile-case.mjs');
    await esbuild.build({
      entryPoints: [join(dirname(fileURLToPath(import.meta.url)), 'hostile-case.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node22',
      outfile: script,
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
      logLevel: 'warning',
    });
    const cases: Array<[string, string, () => Promise<Uint8Array> | Uint8Array]> = [];
    for (const scale of [1, 2]) {
      const x = scale === 1 ? '' : ' ×2';
      cases.push(
        [`text ${49 * scale} MB${x}`, 'long.txt', () => exhausting.longText(49 * scale)],
        [`<div/> ×${300 * scale}k`, 'divs.html', () => exhausting.selfClosingDivs(300_000 * scale)],
        [`<p><li> ×${50 * scale}k`, 'lists.html', () => exhausting.unclosedLists(50_000 * scale)],
        [
          `docx, ${99 * scale} MB document.xml`,
          'huge.docx',
          () => exhausting.hugeDocx(99 * scale, { varied: true }),
        ],
        [`PDF stream inflating to ${scale} GB`, 'bomb.pdf', () => exhausting.pdfBomb(1024 * scale)],
        [`.eml fanning out ${20 * scale}×20`, 'fan-out.eml', () => exhausting.fanOutEmail(20 * scale, 2)],
      );
    }
    for (const [name, file, make] of cases) {
      const path = join(dir, file);
      writeFileSync(path, await make());
      const size = statSync(path).size;
      const out = JSON.parse(
        execFileSync(process.execPath, ['--openssl-legacy-provider', script, path, `incoming/${file}`], {
          encoding: 'utf8',
          maxBuffer: 1 << 20,
        }),
      ) as { status: string; reason: string | null; seconds: number; peakRssMb: number };
      rows.push([
        `hostile: ${name}`,
        `${out.seconds.toFixed(1)} s, peak RSS ${out.peakRssMb.toFixed(0)} MB (${(size / 1024 / 1024).toFixed(1)} MB file): ${out.status}, ${(out.reason ?? '').slice(0, 90)}`,
      ]);
      rmSync(path);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

clearInterval(sampler);
rows.push(['peak RSS', `${(peakRss / 1024 / 1024).toFixed(0)} MB`]);
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(24)} ${value}\n`);

function generatedBriefing(i: number, language: 'en' | 'fr' | 'nl') {
  const partner = ['MA', 'JP', 'CN', 'ES', 'FR', 'HK', 'IN', 'TR'][i % 8] as string;
  const home = ['BE', 'NL', 'DE', 'IT'][i % 4] as string;
  const documents = [0, 1, 2].map((d) => ({
    document_id: `doc-${i}-${d}`,
    bucket: 'bench',
    key: `incoming/generated-${i}-${d}.txt`,
    sha256: 'a'.repeat(64),
    etag: null,
    version_id: null,
    size: 1000,
    status: 'processed' as const,
    reason: null,
    reader: 'text/plain',
    encoding: 'utf-8',
    language,
    published: `202${d}-0${d + 1}`,
    figure_count: 6,
    extractor_version: 'bench',
    duplicate_of: null,
    ingested_at: '2026-11-02T10:00:00Z',
    sequencer: null,
    pairs: [],
  }));
  const figures: Array<Record<string, unknown>> = [];
  let n = 0;
  const add = (f: Record<string, unknown>) => {
    n++;
    const unit = (f.unit as string | undefined) ?? 'EUR';
    const period = (f.period as string | null | undefined) ?? '2023';
    const value = f.value as number;
    const money =
      f.measure === 'value' || f.measure === undefined
        ? convertCurrency(value, unit, period)
        : { value_eur: null, value_usd: null, conversion: null, conversion_note: 'not an amount of money' };
    figures.push({
      metric: 'exports',
      measure: 'value',
      from: home,
      to: partner,
      unit,
      period,
      kind: 'actual',
      bound: 'eq',
      sector: null,
      quote: `quote ${n} of pair ${i}`,
      id: `f-${i}-${n}`,
      document_id: `doc-${i}-${n % 3}`,
      start: n * 10,
      end: n * 10 + 5,
      sentence: `Sentence ${n}.`,
      confidence: 0.9,
      ...f,
      ...money,
    });
  };
  const [first, second] = [home, partner].sort();
  for (let y = 2018; y <= 2023; y++) {
    add({ value: (1 + i / 1000) * 1e9 * (1 + (y - 2018) / 10), period: String(y) });
    add({ from: partner, to: home, value: 0.8e9 * (1 + (y - 2018) / 12), unit: 'USD', period: String(y) });
  }
  add({
    metric: 'bilateral_trade',
    from: first,
    to: second,
    value: 3.1e9,
    unit: 'USD',
    period: '2024',
  });
  add({
    metric: 'bilateral_trade',
    from: first,
    to: second,
    value: 2.5e9,
    unit: 'USD',
    period: '2024',
    document_id: `doc-${i}-2`,
  });
  add({ value: 2e9, kind: 'target', period: '2030' });
  add({ metric: 'fdi', from: partner, to: home, value: 9e7, unit: 'USD', period: '2022' });
  add({ from: `${home}-VLG`, value: 7.68e8, period: '2017' });
  add({ measure: 'rank', value: 12, unit: 'rank', period: '2023' });
  add({ measure: 'share', value: 4.5, unit: 'percent', period: '2023' });
  return buildBriefing({
    pair: [home, partner].sort().join('/'),
    month: '2026-11',
    language,
    generatedAt: '2026-12-01T05:00:00Z',
    figures: figures as never,
    documents,
  });
}
