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
}

export class AnyFormatReader implements DocumentReader {
  private readonly maxBytes: number;

  constructor(options: AnyFormatReaderOptions = {}) {
    this.maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  }

  async read(bytes: Uint8Array, hints: { key: string; contentType: string | null }): Promise<ReadDocument> {
    if (bytes.byteLength > this.maxBytes) {
      throw new UnreadableDocumentError(tooLargeReason(bytes.byteLength, this.maxBytes));
    }
    const format = await detectFormat(bytes);
    const read = await readAs(format, bytes);
    const named = formatNamed(hints.key);
    if (named && named !== format && !(named === 'text' && format === 'html')) {
      const note = `named as ${FORMAT_NAMES[named]} but holds ${FORMAT_NAMES[format]}: read as ${FORMAT_NAMES[format]}`;
      return { ...read, notes: [note, ...(read.notes ?? [])] };
    }
    return read;
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
      const { text, encoding } = decodeText(bytes);
      return {
        text,
        reader: 'text/plain',
        encoding,
        ...(text.trim() === '' ? { emptyReason: 'the file holds only spaces and line breaks' } : {}),
      };
    }
  }
}
