// Builds the command line once into .build/ (esbuild: our TypeScript bundled, packages left to Node, each
// command a chunk loaded when it runs), with the list of sources it was built from, so that the launcher
// can tell a stale build from a fresh one. `npm ci` runs it (prepare); the launcher runs it when a source
// changed since.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = join(ROOT, '.build');
export const ENTRY = join(BUILD_DIR, 'main.mjs');
export const SOURCES = join(BUILD_DIR, 'sources.json');

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(ROOT, 'cli', 'main.ts')],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outdir: BUILD_DIR,
    outExtension: { '.js': '.mjs' },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  await mkdir(BUILD_DIR, { recursive: true });
  const sources = Object.keys(result.metafile.inputs).map((input) => resolve(ROOT, input));
  await writeFile(SOURCES, JSON.stringify(sources));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
