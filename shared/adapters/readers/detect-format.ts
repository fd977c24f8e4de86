// What a file holds, decided by its content (magic bytes, byte-order mark, markup), never by its name alone.
// Formats we cannot read are refused here with a reason that says what the file is and what to do.
import { fileTypeFromBuffer } from 'file-type';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { bomEncoding } from './decode-text.js';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx';

const READABLE = '.txt, .md, .html, .pdf or .docx';

/** Formats file-type recognises that we refuse, with what to tell the person who dropped them. */
const REFUSED: Record<string, string> = {
  cfb: 'a password-protected Office file or an old Word (.doc) file: save it as .docx without a password',
  zip: 'a zip archive, not a document: unzip it and drop the documents it holds',
  xlsx: 'an Excel workbook: figures in spreadsheets are not read, only documents',
  pptx: 'a PowerPoint presentation: export it as PDF',
  odt: 'an OpenDocument text: save it as .docx or PDF',
  rtf: 'an RTF document: save it as .docx or PDF',
  epub: `an e-book (EPUB): documents are read as ${READABLE}`,
};

/** The format of `bytes`; throws UnreadableDocumentError for formats we do not read. */
export async function detectFormat(bytes: Uint8Array): Promise<DocumentFormat> {
  if (bytes.byteLength === 0) throw new UnreadableDocumentError('the file is empty');
  const bom = bomEncoding(bytes);
  if (!bom) {
    const type = await fileTypeFromBuffer(bytes);
    if (type) {
      if (type.ext === 'pdf') return 'pdf';
      if (type.ext === 'docx') return 'docx';
      if (type.ext === 'xml') return looksLikeHtml(bytes) ? 'html' : 'text';
      const refused = REFUSED[type.ext];
      throw new UnreadableDocumentError(
        refused
          ? `the file is ${refused}`
          : `the file is ${describe(type.ext, type.mime)}, not a document that can be read (${READABLE})`,
      );
    }
  }
  return looksLikeHtml(bytes) ? 'html' : 'text';
}

/** The format a file's name promises, to tell the person when the content disagrees. */
export function formatNamed(key: string): DocumentFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(key)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  return undefined;
}

export const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'plain text',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'a Word document (.docx)',
};

function describe(ext: string, mime: string): string {
  const kind = mime.split('/')[0];
  const noun =
    kind === 'image' ? 'an image' : kind === 'audio' ? 'a sound file' : kind === 'video' ? 'a video' : 'a';
  return noun === 'a' ? `a ${ext.toUpperCase()} file (${mime})` : `${noun} (${ext.toUpperCase()})`;
}

/** Markup at the start (a doctype, <html>, <head>, <body>) or paragraphs of markup: a web page. */
function looksLikeHtml(bytes: Uint8Array): boolean {
  const bom = bomEncoding(bytes);
  const head = new TextDecoder(bom ?? 'latin1').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  if (
    /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i.test(
      head,
    )
  ) {
    return true;
  }
  return /^\s*</.test(head) && /<\/(?:p|div|article|section|h[1-6]|li|td)>/i.test(head);
}
