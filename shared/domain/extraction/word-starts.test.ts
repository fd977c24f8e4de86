import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusFiles, validationFiles } from '../../../test/support/seeds.js';
import { isLatinLetter, LETTER } from './letters.js';
import { SECTOR_WORDS, SECTORS } from './lexicon.js';
import { fold, openingKey, WordStartIndex } from './word-starts.js';

describe('openingKey', () => {
  it('is the first two letters an entry opens with, folded as the i flag folds them', () => {
    expect(
      ['chocolat\\p{L}*', 'vins?(?!\\p{L})', 'produits laitiers', 'GNL', 'bœuf', 'été'].map(openingKey),
    ).toEqual(['CH', 'VI', 'PR', 'GN', 'BŒ', 'ÉT']);
  });

  it('is unknown where a letter may be absent or the entry opens with a pattern', () => {
    expect(['vi?n', 'v?in', "(?<=[ld]['’])or", '[Ll]a moitié', 'a|b', 'x'].map(openingKey)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
});

describe('fold', () => {
  it('keeps a character outside ASCII whose upper case is inside it, as the i flag does', () => {
    expect([fold('é'), fold('a'), fold('ſ'), fold('ß')]).toEqual(['É', 'A', 'ſ', 'ß']);
  });
});

describe('isLatinLetter', () => {
  it('agrees with LETTER on every character up to U+0400', () => {
    for (let code = 0; code < 0x400; code++)
      expect([code, isLatinLetter(code)]).toEqual([code, LETTER.test(String.fromCharCode(code))]);
  });
});

describe('WordStartIndex', () => {
  const index = new WordStartIndex([['vins?'], ['café', 'koffie'], ["(?<=[ld]['’])or"]]);

  it('names the lists whose words open a word of the text, and always the lists it cannot index', () => {
    expect([...index.candidates('Le Vin et le thé')]).toEqual([1, 0, 1]);
    expect([...index.candidates('de koffie-export')]).toEqual([0, 1, 1]);
  });

  it('looks only at word starts: "devin" opens with no list\'s word', () => {
    expect([...index.candidates('devin')]).toEqual([0, 0, 1]);
  });

  it('finds the first sector a phrase names exactly as trying every sector does, on every sentence of the project’s sets', () => {
    const texts = [
      ...corpusFiles(),
      ...Array.from({ length: 16 }, (_, i) => validationFiles(i + 2)).flat(),
    ].map((f) => readFileSync(f, 'utf8'));
    const phrases = texts.flatMap((t) => t.split(/(?<=[.!?;,])\s+/));
    expect(phrases.length).toBeGreaterThan(1000);
    for (const phrase of phrases) {
      const candidates = SECTOR_WORDS.candidates(phrase);
      const indexed = SECTORS.find(([, re], i) => candidates[i] === 1 && re.test(phrase))?.[0];
      expect([phrase, indexed]).toEqual([phrase, SECTORS.find(([, re]) => re.test(phrase))?.[0]]);
    }
  });
});
