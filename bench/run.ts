// `npm run bench`: throughput measured in one run (never asserted in tests): extraction over the seeds,
// the local ingest pipeline on 10,000 generated documents (BENCH_DOCUMENTS to change), and briefing
// rendering. Prints a table.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { openLocalRuntime } from '../cli/local-runtime.js';
import { ExcelBriefingRenderer } from '../shared/adapters/render/excel-briefing-renderer.js';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { analyseDocument } from '../shared/domain/analyse-document.js';
import { prepareBriefing } from '../shared/use-cases/send-briefings.js';
import { corpusFiles, seedFiles, validationFiles } from '../test/support/seeds.js';

let peakRss = process.memoryUsage().rss;
let phasePeak = peakRss;
const sampler = setInterval(() => {
  const rss = process.memoryUsage().rss;
  peakRss = Math.max(peakRss, rss);
  phasePeak = Math.max(phasePeak, rss);
}, 20);
const rows: Array<[string, string]> = [];
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const start = performance.now();
  const out = await fn();
  return [out, (performance.now() - start) / 1000];
};

// 1. Extraction: each corpus in one process, after a warm-up; MB/s depends on how dense in figures a text is
// (the seeds are real articles; the development corpus is short and dense).
for (const [name, files] of [
  ['extraction, seeds', seedFiles()],
  ['extraction, dev corpus', corpusFiles()],
  ['extraction, validation articles', [...validationFiles(2), ...validationFiles(3)]],
  // whole web pages and releases as scraped (menus, teasers, bylines): the closest to what staff drop
  ['extraction, web pages', Array.from({ length: 49 }, (_, i) => validationFiles(i + 13)).flat()],
  ['extraction, all', [...seedFiles(), ...corpusFiles(), ...validationFiles(2), ...validationFiles(3)]],
] as const) {
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
const root = mkdtempSync(join(tmpdir(), 'trade-briefings-bench-'));
const runtime = await openLocalRuntime({ root });
try {
  const [, uploadSeconds] = await time(async () => {
    for (let i = 0; i < documents; i++) {
      const body =
        `Les exportations du Maroc vers ${COUNTRIES[i % COUNTRIES.length]} ont atteint ${(i % 97) + 1},${i % 10} milliards de dirhams en ${2000 + (i % 25)}. ` +
        `Document ${i}: le déficit commercial a progressé de ${(i % 30) + 1},5% sur la période.`;
      await runtime.s3.send(
        new PutObjectCommand({ Bucket: runtime.engines.bucket, Key: `incoming/bench-${i}.txt`, Body: body }),
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

  // 3. Briefing rendering per pair
  const pairs = await runtime.figures.listPairs();
  const renderers = [new ExcelBriefingRenderer(), new PdfBriefingRenderer()];
  const [, renderSeconds] = await time(async () => {
    for (const pair of pairs) {
      const briefing = await prepareBriefing(runtime, pair, '2026-11');
      if (briefing) for (const r of renderers) await r.render(briefing);
    }
  });
  rows.push([
    'briefings (xlsx + pdf)',
    `${((renderSeconds * 1000) / pairs.length).toFixed(0)} ms per pair (${pairs.length} pairs)`,
  ]);
} finally {
  await runtime.close();
  rmSync(root, { recursive: true, force: true });
}
clearInterval(sampler);
rows.push(['peak RSS', `${(peakRss / 1024 / 1024).toFixed(0)} MB`]);
for (const [name, value] of rows) process.stdout.write(`${name.padEnd(24)} ${value}\n`);
