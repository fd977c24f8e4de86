import { describe, expect, it } from 'vitest';
import { isUpperCase, latin } from './letters.js';

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

describe('isUpperCase', () => {
  it('reads capitals of ASCII, Latin-1 and beyond, and neither lower case nor the multiplication sign', () => {
    expect(['M', 'É', 'Ł'].map((c) => isUpperCase(c.charCodeAt(0)))).toEqual([true, true, true]);
    expect(['m', 'é', '×', '1'].map((c) => isUpperCase(c.charCodeAt(0)))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
