// The one reader the pipeline uses: decides the format from the content, then hands the bytes to the reader
// of that format (HTML, PDF and Word readers load on first use, so a Lambda that reads text starts fast).
// A name that promises another format is noted, not trusted; a file over the size limit is not read at all.
import { MAX_DOCUMENT_BYTES, tooLargeReason } from '../../domain/document.js';
import type { DocumentReader, ReadDocument } from '../../ports/document-reader.js';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { decodeText } from './decode-text.js';
import { type DocumentFormat, detectFormat, FORMAT_NAMES, formatNamed } from './detect-format.js';

export interface AnyFormatReaderOptions {
  /** files larger than this are refused unread */
  maxBytes?: number;
  /** text beyond this many characters is not read (noted): the extractor's time grows with the text */
  maxTextChars?: number;
}

/** Two million characters: some 600 pages of a report, read in a few seconds. */
export const MAX_TEXT_CHARS = 2_000_000;

export class AnyFormatReader implements DocumentReader {
  private readonly maxBytes: number;
  private readonly maxTextChars: number;

  constructor(options: AnyFormatReaderOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
    this.maxTextChars = options.maxTextChars ?? MAX_TEXT_CHARS;
  }

  async read(bytes: Uint8Array, hints: { key: string; contentType: string | null }): Promise<ReadDocument> {
    if (bytes.byteLength > this.maxBytes) {
      throw new UnreadableDocumentError(tooLargeReason(bytes.byteLength, this.maxBytes));
    }
    const format = await detectFormat(bytes);
    const read = await readAs(format, bytes);
    const notes = [...(read.notes ?? [])];
    const named = formatNamed(hints.key);
    if (named && named !== format && !(named === 'text' && format === 'html'))
      notes.unshift(
        `named as ${FORMAT_NAMES[named]} but holds ${FORMAT_NAMES[format]}: read as ${FORMAT_NAMES[format]}`,
      );
    if (read.text.length > this.maxTextChars) {
      const millions = (n: number) =>
        `${(n / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} million`;
      notes.push(
        `only the first ${millions(this.maxTextChars)} of its ${millions(read.text.length)} characters of text were read`,
      );
      read.text = read.text.slice(0, this.maxTextChars);
    }
    return notes.length > 0 ? { ...read, notes } : read;
  }
}

async function readAs(format: DocumentFormat, bytes: Uint8Array): Promise<ReadDocument> {
  switch (format) {
    case 'pdf':
      return (await import('./pdf-reader.js')).readPdf(bytes);
    case 'docx':
      return (await import('./docx-reader.js')).readDocx(bytes);
    case 'html':
      return (await import('./html-reader.js')).readHtml(bytes);
    case 'eml':
      return (await import('./eml-reader.js')).readEml(bytes);
    case 'text': {
      const { text, encoding, notes } = decodeText(bytes);
      const title = firstLine(text);
      return {
        text,
        reader: 'text/plain',
        encoding,
        ...(title ? { title } : {}),
        ...(notes ? { notes } : {}),
        ...(text.trim() === '' ? { emptyReason: 'the file holds only spaces and line breaks' } : {}),
      };
    }
  }
}

/** A text's title is its first line: cut at a word near 160 characters when it is a whole paragraph. */
export function firstLine(text: string): string | undefined {
  const line = text
    .slice(0, 2000)
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .find((l) => l !== '');
  if (!line) return undefined;
  if (line.length <= 160) return line;
  const cut = line.slice(0, 160).replace(/\s+\S*$/, '');
  return `${cut}…`;
}
