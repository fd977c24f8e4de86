import { describe, expect, it } from 'vitest';
import { PairSchema, pairOf, TradeFigureSchema } from './figure.js';

const valid = {
  metric: 'exports',
  measure: 'value',
  from: 'BE-VLG',
  to: 'MA',
  value: 768e6,
  unit: 'EUR',
  period: '2017',
  kind: 'actual',
  bound: 'eq',
  sector: null,
  quote: '€768 miljoen',
  id: 'f1',
  document_id: 'd1',
  start: 10,
  end: 22,
  sentence: 'goed voor een export van €768 miljoen in 2017.',
  confidence: 0.95,
  value_eur: 768e6,
  value_usd: 867594240,
  conversion: { year: 2017, per_eur: 1, usd_per_eur: 1.12968, source: 'ECB' },
  conversion_note: null,
};

describe('TradeFigureSchema', () => {
  it('accepts a figure of the contract', () => {
    expect(TradeFigureSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ metric: 'export' }, 'metric'],
    [{ from: 'Morocco' }, 'from'],
    [{ period: '17' }, 'period'],
    [{ unit: 'percent' }, 'unit'],
    [{ measure: 'rank', unit: 'EUR' }, 'unit'],
    [{ end: 5 }, 'end'],
    [{ confidence: 1.5 }, 'confidence'],
  ])('rejects %o', (change, path) => {
    const result = TradeFigureSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(path);
  });
});

describe('pairs', () => {
  it('rolls regions up to their country and sorts the two sides', () => {
    expect(pairOf({ from: 'MA', to: 'BE-VLG' })).toBe('BE/MA');
    expect(pairOf({ from: 'JP', to: 'WORLD' })).toBe('JP/WORLD');
    expect(PairSchema.parse('ma/be')).toBe('BE/MA');
    expect(PairSchema.safeParse('Belgium-Morocco').success).toBe(false);
  });
});
