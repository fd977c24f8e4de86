// Each format staff drop, made by the test from the seed texts, gives the same figures as the .txt seed.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toDocx, toHtml, toPdf, toUtf16, toWindows1252 } from '../../../test/support/make-documents.js';
import { seedFiles } from '../../../test/support/seeds.js';
import { analyseDocument } from '../../domain/analyse-document.js';
import { AnyFormatReader } from './any-format-reader.js';

const reader = new AnyFormatReader();

/** A figure without its provenance: what the briefings and the scorer compare. */
const facts = (text: string, published?: string) =>
  analyseDocument(text, { documentId: 'd', ...(published ? { publishedHint: published } : {}) })
    .figures.map((f) =>
      JSON.stringify([
        f.metric,
        f.measure,
        f.from,
        f.to,
        f.value,
        f.unit,
        f.period,
        f.kind,
        f.bound,
        f.sector,
      ]),
    )
    .sort();

const seeds = seedFiles().map((file) => ({ name: basename(file), text: readFileSync(file, 'utf8') }));

describe('every format gives the figures of the .txt seed', () => {
  it('has seeds with figures to compare', () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(seeds.reduce((n, s) => n + facts(s.text).length, 0)).toBeGreaterThanOrEqual(7);
  });

  const formats: Array<[string, string, (text: string) => Promise<Uint8Array> | Uint8Array, string]> = [
    ['HTML page with menus, scripts and a "lire aussi" block', 'page.html', toHtml, 'text/html'],
    ['PDF with lines wrapped at the margin', 'answer.pdf', toPdf, 'application/pdf'],
    ['Word document', 'note.docx', toDocx, 'docx'],
    ['UTF-16 LE text with BOM', 'export.txt', (t) => toUtf16(t, 'le'), 'text/plain'],
    ['UTF-16 BE text with BOM', 'export.txt', (t) => toUtf16(t, 'be'), 'text/plain'],
  ];
  for (const [label, name, make, expectedReader] of formats) {
    it.each(seeds)(`${label}: $name`, async ({ text }) => {
      const read = await reader.read(await make(text), { key: `incoming/${name}`, contentType: null });
      expect(read.reader).toBe(expectedReader);
      expect(facts(read.text, read.published)).toEqual(facts(text));
    });
  }

  it.each(seeds)('Windows-1252 text: $name', async ({ text }) => {
    const { bytes, text: representable } = toWindows1252(text);
    const read = await reader.read(bytes, { key: 'incoming/ancien export.txt', contentType: null });
    expect(read.encoding).toBe(
      [...representable].some((c) => c.charCodeAt(0) > 0x7f) ? 'windows-1252' : 'utf-8',
    );
    expect(read.text).toBe(representable);
    expect(facts(read.text)).toEqual(facts(text));
  });
});
