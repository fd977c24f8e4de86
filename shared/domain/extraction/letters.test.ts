import { describe, expect, it } from 'vitest';
import { latin } from './letters.js';

describe('latin', () => {
  it('matches what the \\p{L} pattern matches on French, Dutch and English text, without the u flag', () => {
    const unicode = /(?<![\p{L}])(?:exportations?|uitvoer|exports?)(?![\p{L}'’-])\s+\p{L}+/giu;
    const fast = latin(unicode);
    const text =
      "Les Exportations marocaines, de uitvoer naar België, Flemish exports rose; l'export-import.";
    expect(fast.flags).toBe('gi');
    expect([...text.matchAll(fast)].map((m) => m[0])).toEqual([...text.matchAll(unicode)].map((m) => m[0]));
  });

  it('leaves patterns that need other Unicode properties as they are', () => {
    const upper = /\p{Lu}\p{L}+/u;
    expect(latin(upper)).toBe(upper);
  });
});
