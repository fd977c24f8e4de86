// What the CLI reports back: documents by status, figures per pair, and the files written under reports/.
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
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

/** Copies the month's briefings from the bucket to reports/YYYY-MM/. */
export async function copyBriefingsToReports(
  runtime: LocalRuntime,
  result: SendBriefingsResult,
): Promise<void> {
  const folder = join(runtime.reportsDir, result.month);
  await mkdir(folder, { recursive: true });
  for (const key of result.pairs.flatMap((p) => p.files)) {
    const object = await runtime.store.get(runtime.engines.bucket, key);
    if (object?.bytes) await writeFile(join(folder, key.split('/').at(-1) ?? key), object.bytes);
  }
}

/** The files under `folder` with their modification times, to tell afterwards which a run wrote. */
export async function filesWithTimes(folder: string): Promise<Map<string, number>> {
  const times = new Map<string, number>();
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    times.set(path, (await stat(path)).mtimeMs);
  }
  return times;
}

/** The files under `folder` written since `before` was taken, relative to `root`. */
export async function filesWrittenSince(
  folder: string,
  before: Map<string, number>,
  root: string,
): Promise<string[]> {
  const after = await filesWithTimes(folder);
  return [...after]
    .filter(([path, time]) => before.get(path) !== time)
    .map(([path]) => relative(root, path))
    .sort();
}
