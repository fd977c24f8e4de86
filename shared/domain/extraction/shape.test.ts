// The engine's shape, held by a test so that it stays one a reader can hold in view: no file of the engine (its
// tests and word lists included) over 600 lines. Functions over 120 lines are refused by the linter (biome.json).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 600;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('the shape of the extraction engine', () => {
  it(`has no file over ${MAX_LINES} lines`, () => {
    const root = import.meta.dirname;
    const long = files(root)
      .map((path) => ({
        file: relative(root, path),
        lines: readFileSync(path, 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long).toEqual([]);
  });
});
