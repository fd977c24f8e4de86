// PDFs: the text layer through pdf.js (6.1 in unpdf: free of the 2024 font code-execution flaw, no eval path
// left at all, scripting off), page by page within a page cap and a time budget. Lines are rebuilt
// from the text items; a line that runs to the right margin continues on the next (its end-of-line hyphen
// undone), a wider gap between lines is a paragraph break, as in the text the extractor was written for.
import type { ReadDocument } from '../../ports/document-reader.js';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { checkCompressedStreams } from './pdf-streams.js';

export interface PdfLimits {
  /** pages read at most; the rest is noted, not read */
  maxPages: number;
  /** milliseconds spent reading pages at most */
  budgetMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: 300, budgetMs: 30_000 };

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

export async function readPdf(
  bytes: Uint8Array,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
): Promise<ReadDocument> {
  checkCompressedStreams(bytes);
  // unpdf's serverless build of pdf.js: one module, its worker inside, no canvas or DOM needed, so it runs
  // from a Lambda bundle as it runs here; loaded on first use
  const { getDocument } = await import('unpdf/pdfjs');
  const task = getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: hand it a copy
    data: new Uint8Array(bytes),
    // no isEvalSupported: pdf.js 6 dropped the option with its eval path (a test holds the module to it)
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      throw new UnreadableDocumentError(openFailure(error));
    }
    const notes: string[] = [];
    const pages = Math.min(pdf.numPages, limits.maxPages);
    if (pdf.numPages > limits.maxPages) {
      notes.push(`only the first ${limits.maxPages} of ${pdf.numPages} pages were read`);
    }
    const started = Date.now();
    const texts: string[] = [];
    for (let n = 1; n <= pages; n++) {
      if (Date.now() - started > limits.budgetMs) {
        notes.push(
          `only ${n - 1} of ${pdf.numPages} pages were read within the ${limits.budgetMs / 1000} s budget`,
        );
        break;
      }
      try {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        texts.push(pageText(content.items.flatMap((i) => ('str' in i ? [i] : []))));
        page.cleanup();
      } catch {
        notes.push(`page ${n} could not be read and was left out`);
      }
    }
    const text = joinPages(texts);
    // the document's own Title and Author (the info dictionary), when its producer filled them in
    const info = ((await pdf.getMetadata().catch(() => undefined))?.info ?? {}) as Record<string, unknown>;
    const field = (name: string) =>
      typeof info[name] === 'string' && (info[name] as string).trim() !== ''
        ? (info[name] as string).replace(/\s+/g, ' ').trim().slice(0, 300)
        : undefined;
    const title = field('Title');
    const publisher = field('Author');
    return {
      text,
      reader: 'application/pdf',
      encoding: null,
      ...(title ? { title } : {}),
      ...(publisher ? { publisher } : {}),
      ...(notes.length > 0 ? { notes } : {}),
      ...(text.trim() === ''
        ? { emptyReason: 'the PDF has no text layer (a scanned document?): it needs text recognition first' }
        : {}),
    };
  } finally {
    await task.destroy();
  }
}

function openFailure(error: unknown): string {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException') return 'the PDF is password-protected: save it without a password';
  if (name === 'InvalidPDFException') return 'the PDF is damaged or truncated: no page could be found in it';
  return 'the PDF could not be opened: it is damaged or uses features the reader does not support';
}

/** A page's lines, wrapped lines joined, paragraphs apart by an empty line. */
function pageText(items: TextItem[]): string {
  const lines = toLines(items);
  if (lines.length === 0) return '';
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  let out = lines[0]?.text ?? '';
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1] as Line;
    const line = lines[i] as Line;
    const gap = Math.abs(previous.y - line.y);
    const paragraph = gap > 1.6 * Math.max(previous.size, line.size);
    // a line was wrapped when the next line's first word would not have fitted after it
    const charWidth = (previous.right - previous.left) / Math.max(1, previous.text.length);
    const firstWord = /^\S+/.exec(line.text)?.[0].length ?? 0;
    const full = previous.right + (firstWord + 1) * charWidth > right - 0.02 * (right - left);
    if (paragraph) out += `\n\n${line.text}`;
    else if (full) out = joinWrapped(out, line.text);
    else out += `\n${line.text}`;
  }
  return out;
}

/** "en prove-" + "nance" is "en provenance"; "Maroc-" + "Belgique" keeps its hyphen; other lines a space. */
function joinWrapped(before: string, next: string): string {
  if (/\p{Ll}-$/u.test(before) && /^\p{Ll}/u.test(next)) return before.slice(0, -1) + next;
  return `${before.replace(/\s+$/, '')} ${next}`;
}

function toLines(items: TextItem[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  for (const item of items) {
    const [, , , scaleY = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(scaleY) || item.height || 1;
    if (current && Math.abs(current.y - y) > size * 0.5 && item.str.trim() !== '') {
      lines.push(current);
      current = undefined;
    }
    if (!current) {
      if (item.str.trim() === '' && !item.hasEOL) continue;
      current = { text: '', left: x, right: x, y, size };
    }
    current.text += item.str;
    current.right = Math.max(current.right, x + item.width);
    current.size = Math.max(current.size, size);
    if (item.hasEOL) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return lines.filter((l) => l.text.trim() !== '').map((l) => ({ ...l, text: l.text.trim() }));
}

/** Pages follow one another as paragraphs, unless the page ended mid-sentence. */
function joinPages(pages: string[]): string {
  let out = '';
  for (const page of pages) {
    if (page === '') continue;
    if (out === '') out = page;
    else if (/[\p{L},;]$/u.test(out) && /^\p{Ll}/u.test(page)) out = joinWrapped(out, page);
    else out += `\n\n${page}`;
  }
  return out;
}
