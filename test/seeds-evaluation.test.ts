// The extractor on the seed documents, scored by the scorer handed to us (../shared/tools/score-figures.py)
// so that our figure and theirs cannot drift apart.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../shared/domain/analyse-document.js';
import { TradeFigureSchema } from '../shared/domain/figure.js';
import { corpusFiles, GOLD_DIR, goldFigures, SCORER, seedFiles, strictKey } from './support/seeds.js';

describe('extraction on the seeds', () => {
  const predictions = seedFiles().flatMap((file) =>
    analyseDocument(readFileSync(file, 'utf8'), { documentId: basename(file) }).figures.map((f) => ({
      ...f,
      doc: basename(file),
    })),
  );

  it('finds exactly the gold figures', () => {
    expect(predictions.map((p) => `${p.doc}|${strictKey(p)}`).sort()).toEqual(
      goldFigures()
        .map((g) => `${g.doc}|${strictKey(g)}`)
        .sort(),
    );
  });

  it('scores strict F1 = 1.000 with the shared scorer', () => {
    // Prepare: the scorer reads GOLD_DIR/gold/*.json
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    symlinkSync(GOLD_DIR, join(dir, 'gold'));
    writeFileSync(join(dir, 'pred.jsonl'), predictions.map((p) => JSON.stringify(p)).join('\n'));
    // Act
    const out = JSON.parse(
      execFileSync('python3', [SCORER, dir, join(dir, 'pred.jsonl'), '--json'], { encoding: 'utf8' }),
    );
    // Assess
    expect(out.summary.all).toEqual(
      expect.objectContaining({ gold: 7, pred: 7, strict: { p: 1, r: 1, f1: 1 } }),
    );
    expect(out.errors).toEqual([]);
  });
});

describe('extracted figures and the figure schema', () => {
  it('every figure extracted from the seeds and the development corpus is a valid record', () => {
    // Prepare
    const files = [...seedFiles(), ...corpusFiles()];
    // Act
    const figures = files.flatMap(
      (f) => analyseDocument(readFileSync(f, 'utf8'), { documentId: basename(f) }).figures,
    );
    // Assess
    expect(figures.length).toBeGreaterThan(150);
    for (const figure of figures) expect(TradeFigureSchema.safeParse(figure).error?.issues ?? []).toEqual([]);
  });
});
