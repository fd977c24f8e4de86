// Opens the embedded engines (s3rver + dynalite) in a fresh temporary folder for one test file.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LocalRuntime, openLocalRuntime } from '../../cli/local-runtime.js';
import type { TradeFigure } from '../../shared/domain/figure.js';

export async function openTestRuntime(): Promise<LocalRuntime & { dispose(): Promise<void> }> {
  const root = mkdtempSync(join(tmpdir(), 'trade-briefings-test-'));
  const runtime = await openLocalRuntime({ root });
  return {
    ...runtime,
    async dispose() {
      await runtime.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Every figure stored, pair by pair. */
export async function allStoredFigures(runtime: Pick<LocalRuntime, 'figures'>): Promise<TradeFigure[]> {
  const pairs = await runtime.figures.listPairs();
  return (await Promise.all(pairs.map((p) => runtime.figures.listPairFigures(p)))).flat();
}
