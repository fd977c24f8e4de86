// `npm run eval` uses a TypeScript port of the shared scorer; this keeps the two in agreement on real
// predictions and on deliberately damaged ones (wrong period, direction, unit, duplicates, misses).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGold, predict } from '../scripts/evaluate.js';
import { roundLikePython, scoreFigures } from '../shared/domain/evaluation/score-figures.js';
import {
  CORPUS_DIR,
  corpusFiles,
  GOLD_DIR,
  SCORER,
  seedFiles,
  VALIDATION_DIR,
  validationFiles,
} from './support/seeds.js';

function damage<
  T extends { period: string | null; from: string; to: string; value: number; unit: string; metric: string },
>(preds: T[]): T[] {
  return preds.flatMap((p, i) => {
    switch (i % 6) {
      case 0:
        return [{ ...p, period: p.period ? '1999' : '2001' }];
      case 1:
        return [{ ...p, from: p.to, to: p.from }];
      case 2:
        return [p, p];
      case 3:
        return [];
      case 4:
        return [
          {
            ...p,
            metric: p.metric === 'exports' ? 'imports' : p.metric,
            from: p.to,
            to: p.from,
            value: p.value * 1.004,
          },
        ];
      default:
        return [{ ...p, unit: p.unit === 'EUR' ? 'USD' : p.unit }];
    }
  });
}

function pythonScore(goldDir: string, predictions: object[]) {
  const dir = mkdtempSync(join(tmpdir(), 'agree-'));
  symlinkSync(goldDir, join(dir, 'gold'));
  writeFileSync(join(dir, 'pred.jsonl'), predictions.map((p) => JSON.stringify(p)).join('\n'));
  return JSON.parse(
    execFileSync('python3', [SCORER, dir, join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' }),
  );
}

const round = (x: number) => roundLikePython(x);

describe('roundLikePython', () => {
  it('rounds exact binary ties to even and everything else to nearest, as Python does', () => {
    const cases = [0.5625, 0.0625, 2.675, 0.1235, 0.9995, 0.6666666, 1, 0, 0.0005];
    const python = JSON.parse(
      execFileSync(
        'python3',
        ['-c', `import json; print(json.dumps([round(x, 3) for x in ${JSON.stringify(cases)}]))`],
        { encoding: 'utf8' },
      ),
    );
    expect(cases.map((x) => roundLikePython(x))).toEqual(python);
  });
});

describe('the TypeScript scorer agrees with ../shared/tools/score-figures.py', () => {
  const corpora = [
    { name: 'seeds', gold: GOLD_DIR, files: seedFiles() },
    { name: 'development corpus', gold: join(CORPUS_DIR, 'gold'), files: corpusFiles() },
    { name: 'validation set', gold: join(VALIDATION_DIR, 'gold'), files: validationFiles() },
  ].filter((c) => c.files.length > 0);

  for (const corpus of corpora) {
    for (const variant of ['as extracted', 'damaged'] as const) {
      it(`on the ${corpus.name}, ${variant}`, () => {
        // Prepare
        const extracted = predict(corpus.files);
        const predictions = variant === 'damaged' ? damage(extracted) : extracted;
        // Act
        const ours = scoreFigures(loadGold(corpus.gold), predictions);
        const theirs = pythonScore(corpus.gold, predictions);
        // Assess
        for (const [group, g] of Object.entries(ours.groups)) {
          const t = theirs.summary[group];
          expect([g.docs, g.gold, g.pred], group).toEqual([t.docs, t.gold, t.pred]);
          for (const level of ['strict', 'lenient', 'value', 'number'] as const) {
            expect([round(g[level].p), round(g[level].r), round(g[level].f1)], `${group} ${level}`).toEqual([
              t[level].p,
              t[level].r,
              t[level].f1,
            ]);
          }
        }
        expect(Object.keys(ours.groups).sort()).toEqual(
          Object.keys(theirs.summary)
            .filter((k) => k !== 'field_agreement_on_value_matches')
            .sort(),
        );
        const agreement = Object.fromEntries(
          Object.entries(ours.fieldAgreement).map(([k, v]) => [k, round(v)]),
        );
        expect(agreement).toEqual(theirs.summary.field_agreement_on_value_matches);
        expect(ours.errors.length).toBe(theirs.errors.length);
      });
    }
  }
});
