// What a briefing's pages promise a reader, checked on the text pdf.js reads from the PDF: no "no figures"
// message beside figures, every percentage saying what it is (a share of which total, growth on which
// period, a target reached), every source reference numbered to a citation in the list of sources.
import { citationText } from '../../shared/adapters/render/pdf-briefing-renderer.js';
import type { Briefing } from '../../shared/domain/briefing.js';
import { briefingText } from '../../shared/domain/briefing-text.js';

/** Words that say what a percentage is, in each language. */
const MEASURE_WORDS: Record<Briefing['language'], RegExp> = {
  en: /share of|growth|\bup\b|\bdown\b|reached|accounted for|of the total|rank/i,
  fr: /part d|croissance|hausse|baisse|atteint|représentai|du total|des (?:exportations|importations|investissements)|rang/i,
  nl: /aandeel|groei|meer|minder|bereikt|vertegenwoordigde|van de totale|rang/i,
};

const PERCENTAGE = /(?<![\w[])[-+−]?\d[\d.,]*\s?%/g;

export interface PagePromiseProblem {
  problem: string;
  line: string;
}

/** Every broken promise on the pages of `briefing`, whose PDF pdf.js read as `pages` (one string a page). */
export function brokenPromises(briefing: Briefing, pages: string[]): PagePromiseProblem[] {
  const t = briefingText(briefing.language);
  const problems: PagePromiseProblem[] = [];
  const text = pages.join('\n');
  const total = briefing.figures.length + briefing.regionalFigures.length;
  if (total > 0 && text.includes(t.noFigures))
    problems.push({ problem: 'says no figures beside figures', line: t.noFigures });
  if (total === 0 && !text.includes(t.noFigures))
    problems.push({ problem: 'has no figure and does not say so', line: '' });
  // every percentage: its line, or the line above or below it, says what it is
  for (const page of pages) {
    const lines = page.split('\n');
    for (const [i, line] of lines.entries()) {
      for (const match of line.matchAll(PERCENTAGE)) {
        // a tile's number stands above its description; a sentence may wrap just before the figure
        const context = `${lines[i - 1] ?? ''}\n${line}\n${lines[i + 1] ?? ''}`;
        if (!MEASURE_WORDS[briefing.language].test(context))
          problems.push({ problem: `percentage ${match[0]} without its measure`, line });
      }
    }
  }
  // every reference points at a source of the list, and every source is cited in full
  const flat = text.replace(/\s+/g, ' ');
  const numbers = new Set(briefing.sources.map((s) => s.number));
  for (const ref of flat.matchAll(/\[(\d+)\]/g))
    if (!numbers.has(Number(ref[1])))
      problems.push({ problem: `reference [${ref[1]}] to no source`, line: ref[0] });
  // (compared without spaces: a long address breaks across lines where pdfkit can break it)
  const list = flat.slice(flat.lastIndexOf(t.sections.sources)).replace(/\s+/g, '');
  for (const s of briefing.sources) {
    const citation = citationText(s, t).replace(/\s+/g, ' ');
    if (!list.includes(citation.replace(/\s+/g, '')))
      problems.push({ problem: `source [${s.number}] not cited in full`, line: citation });
    if (!s.title.trim()) problems.push({ problem: `source [${s.number}] has no title`, line: citation });
    if (!s.published && !citation.includes(t.undated))
      problems.push({ problem: `source [${s.number}] has no date`, line: citation });
  }
  return problems;
}
