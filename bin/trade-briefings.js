#!/usr/bin/env -S node --openssl-legacy-provider --no-warnings=ExperimentalWarning
// Runs the command line from its build in .build/ (made by `npm ci`), rebuilt first when a source changed
// since, so that a command starts in a fraction of a second and never runs stale code. Without esbuild
// (a production install), it runs the TypeScript through tsx. --openssl-legacy-provider: s3rver's listing
// with paging needs it.
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { buildCli, ENTRY, SOURCES } from './build-cli.js';

function isFresh() {
  try {
    const built = statSync(ENTRY).mtimeMs;
    const sources = JSON.parse(readFileSync(SOURCES, 'utf8'));
    return sources.every((source) => statSync(source).mtimeMs <= built);
  } catch {
    return false;
  }
}

let fresh = isFresh();
if (!fresh) {
  try {
    await buildCli();
    fresh = true;
  } catch {
    // no esbuild: run from source below
  }
}
if (fresh) {
  await import(pathToFileURL(ENTRY).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../cli/main.ts');
}
