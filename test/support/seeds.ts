// Paths to the project's seed documents and the gold figures handed to us in ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
export const GOLD_DIR = resolve(PROJECT_ROOT, '../shared/gold/seeds');
export const SCORER = resolve(PROJECT_ROOT, '../shared/tools/score-figures.py');

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));

/** The development corpus: documents we wrote, with gold, under test/fixtures/corpus/{docs,gold}. */
export const CORPUS_DIR = join(PROJECT_ROOT, 'test/fixtures/corpus');

/**
 * Validation set `n` (test/fixtures/validation, then validation-2, validation-3 …): each written after the rules
 * of the sets before it, scored once blind, then used to find error classes (see scripts/evaluate.ts).
 */
export const validationDir = (n: number): string =>
  join(PROJECT_ROOT, n === 1 ? 'test/fixtures/validation' : `test/fixtures/validation-${n}`);
export const validationFiles = (n = 1): string[] => textFiles(join(validationDir(n), 'docs'));
export const VALIDATION_DIR = validationDir(1);

export const corpusFiles = (): string[] => textFiles(join(CORPUS_DIR, 'docs'));

/**
 * The real corpus: pages found and annotated outside the project (../shared/corpus-real). Their texts belong to
 * their publishers: they are read where they are, never copied into the project.
 */
export const REAL_CORPUS_DIR = resolve(PROJECT_ROOT, '../shared/corpus-real');
export const realCorpusFiles = (): string[] => textFiles(join(REAL_CORPUS_DIR, 'docs'));

function textFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

export interface GoldFigure {
  metric: string;
  measure: string;
  from: string;
  to: string;
  value: number;
  unit: string;
  period: string | null;
  kind: string;
  bound: string;
  quote: string;
}

export function goldFigures(): Array<GoldFigure & { doc: string }> {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as {
        doc: string;
        figures: GoldFigure[];
      };
      return gold.figures.map((figure) => ({ ...figure, doc: gold.doc }));
    });
}

/** The fields the scorer compares strictly, as one comparable string per figure. */
export const strictKey = (f: Omit<GoldFigure, 'quote'>) =>
  [f.metric, f.measure, f.from, f.to, Number(f.value), f.unit, f.period, f.kind, f.bound].join('|');
