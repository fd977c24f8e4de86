// What the CLI reports back: documents by status, figures per pair, and the files written under reports/.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { SendBriefingsResult } from '../shared/use-cases/send-briefings.js';
import type { LocalRuntime } from './local-runtime.js';

export async function summariseDocuments(runtime: LocalRuntime): Promise<string> {
  const documents = await runtime.documents.listDocuments();
  const byStatus = new Map<string, number>();
  for (const d of documents) byStatus.set(d.status, (byStatus.get(d.status) ?? 0) + 1);
  const parts = [...byStatus.entries()].sort().map(([status, n]) => `${status} ${n}`);
  return `${documents.length}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export async function summariseFigures(runtime: LocalRuntime): Promise<string[]> {
  const lines: string[] = [];
  for (const pair of await runtime.figures.listPairs()) {
    const count = (await runtime.figures.listPairFigures(pair)).length;
    if (count > 0) lines.push(`  ${pair}: ${count}`);
  }
  return lines.length ? lines : ['  (none)'];
}

/** Copies the month's briefings from the bucket to reports/YYYY-MM/ and lists every file there. */
export async function copyBriefingsToReports(
  runtime: LocalRuntime,
  result: SendBriefingsResult,
): Promise<string[]> {
  const folder = join(runtime.reportsDir, result.month);
  await mkdir(folder, { recursive: true });
  for (const key of result.pairs.flatMap((p) => p.files)) {
    const object = await runtime.store.get(runtime.engines.bucket, key);
    if (object?.bytes) await writeFile(join(folder, key.split('/').at(-1) ?? key), object.bytes);
  }
  return listFiles(folder, runtime.root);
}

async function listFiles(folder: string, root: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .sort();
}
