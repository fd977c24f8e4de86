import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('the whole engine: one sentence read into every field', () => {
  it('reads an export value with its direction from phrases (fr)', () => {
    // Prepare
    const text = "Les exportations marocaines vers l'Espagne ont atteint 9,4 milliards d'euros en 2022.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'exports',
        measure: 'value',
        from: 'MA',
        to: 'ES',
        value: 9.4e9,
        unit: 'EUR',
        period: '2022',
        kind: 'actual',
        bound: 'eq',
      }),
    ]);
  });

  it('reads imports with the reporter as from and the source as to (en)', () => {
    const figures = extract("Morocco's imports from the United Kingdom reached $1.2bn in 2021.", 'en');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        from: 'MA',
        to: 'GB',
        value: 1.2e9,
        unit: 'USD',
        period: '2021',
      }),
    ]);
  });
});
