import { expect } from 'vitest';
import { extractTradeFigures } from '../extract-trade-figures.js';
import type { Language } from '../language.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.
export const extract = (text: string, language: Language, published?: string) =>
  extractTradeFigures(text, { language, published }).map(({ start, end, sentence, confidence, ...f }) => {
    // Assess (shared): every quote is the exact text at its offsets, inside its sentence
    expect(text.slice(start, end)).toBe(f.quote);
    expect(sentence).toContain(f.quote);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
    return f;
  });
