// The pages of briefings of every flow shape (a region only, targets, conflicts, a single year, ten
// years, a single figure), in French, Dutch and English, read back from the PDF through pdf.js: each keeps
// what it promises, and page 1 answers where the relationship stands.
import { describe, expect, it } from 'vitest';
import { PdfBriefingRenderer } from '../shared/adapters/render/pdf-briefing-renderer.js';
import { briefingText } from '../shared/domain/briefing-text.js';
import { BRIEFING_SHAPES } from './support/briefing-shapes.js';
import { brokenPromises } from './support/page-promises.js';
import { inspectPdf } from './support/pdf-inspection.js';

const renderer = new PdfBriefingRenderer();
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

describe.each(Object.keys(BRIEFING_SHAPES))('the %s briefing', (shape) => {
  it.each(['en', 'fr', 'nl'] as const)('keeps its promises in %s', async (language) => {
    // Prepare
    const briefing = BRIEFING_SHAPES[shape]?.(language);
    if (!briefing) throw new Error(shape);
    const t = briefingText(language);
    // Act
    const pdf = await inspectPdf(await renderer.render(briefing));
    // Assess
    expect(brokenPromises(briefing, pdf.pages)).toEqual([]);
    const first = oneLine(pdf.pages[0] ?? '');
    expect(first).toContain(t.pairTitle(briefing.home, briefing.partner));
    expect(first).toContain(t.sections.summary);
    expect(briefing.summary.length).toBeGreaterThanOrEqual(1);
    expect(briefing.summary.length).toBeLessThanOrEqual(5);
    for (const sentence of briefing.summary) expect(first).toContain(oneLine(sentence));
    // no page holds only a line or two
    for (const page of pdf.pages) expect(page.split('\n').length).toBeGreaterThan(3);
  });
});

describe('page 1', () => {
  it('briefs a pair whose figures are all a region’s on that region (Flanders–India)', async () => {
    // Prepare
    const briefing = BRIEFING_SHAPES['region-only']?.('en');
    if (!briefing) throw new Error('no shape');
    // Act
    const first = oneLine((await inspectPdf(await renderer.render(briefing))).pages[0] ?? '');
    // Assess
    expect([briefing.home, briefing.partner, briefing.focus]).toEqual(['BE-VLG', 'IN', 'regional']);
    expect(first).toContain('Trade briefing Flanders – India');
    expect(first).toContain(
      'All figures of this pair are those of Flanders; none covers Belgium as a whole.',
    );
    // exports, imports and the balance side by side, each with its period, growth and rank
    expect(first).toMatch(
      /Exports Flanders → India Imports Flanders ← India Trade balance Flanders \/ India/,
    );
    expect(first).toContain('up 7.7% on 2023 (stated [1])');
    expect(first).toContain('India ranked 21st among the export markets of Flanders [1]');
    // the main products with their shares
    expect(first).toMatch(/diamonds Exports Flanders → India share of the exports of Flanders 38% \[1\]/);
  });

  it('names one direction for a flow everywhere: imports of Belgium from Vietnam point from Vietnam', async () => {
    // Prepare
    const briefing = BRIEFING_SHAPES['single-year']?.('en');
    if (!briefing) throw new Error('no shape');
    // Act
    const text = oneLine((await inspectPdf(await renderer.render(briefing))).text);
    // Assess
    expect(text).toContain('Imports Belgium ← Vietnam');
    expect(text).not.toMatch(/Exports Vietnam → Belgium|Imports Belgium → Vietnam/);
    // the product's share says of which total it is
    expect(text).toMatch(
      /pharmaceuticals Exports Belgium → Vietnam share of the exports of Belgium 27% \[1\] 2024 to Vietnam/,
    );
  });

  it('prints a share of 0.02 % as 0.02 %, with what it is a share of', async () => {
    // Prepare
    const briefing = BRIEFING_SHAPES['single-figure']?.('fr');
    if (!briefing) throw new Error('no shape');
    // Act
    const text = oneLine((await inspectPdf(await renderer.render(briefing))).text);
    // Assess
    expect(text).toContain('0,02 %');
    expect(text).not.toMatch(/(?<![\d,])0 %/);
    expect(text).toContain('part des investissements totaux à l’étranger du Japon');
  });
});
