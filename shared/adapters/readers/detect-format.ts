// What a file holds, decided by its content (magic bytes, byte-order mark, markup), never by its name alone.
// Formats we cannot read are refused here with a reason that says what the file is and what to do.
import { fileTypeFromBuffer } from 'file-type';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { bomEncoding } from './decode-text.js';

export type DocumentFormat = 'text' | 'html' | 'pdf' | 'docx' | 'eml';

const READABLE = '.txt, .md, .html, .pdf, .docx or .eml';

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
  if (looksLikeEmail(bytes)) return 'eml';
  return looksLikeHtml(bytes) ? 'html' : 'text';
}

const MAIL_HEADERS =
  /^(?:from|to|cc|subject|date|mime-version|received|return-path|message-id|delivered-to|reply-to)$/i;

/** A message starts with a block of RFC 5322 headers, at least two of them the usual ones. */
function looksLikeEmail(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  let known = 0;
  for (const line of head.split(/\r?\n/)) {
    if (line === '') break;
    if (/^[ \t]/.test(line)) continue; // a folded header goes on
    const name = /^([\x21-\x39\x3b-\x7e]+):/.exec(line)?.[1];
    if (!name) return false;
    if (MAIL_HEADERS.test(name)) known++;
  }
  return known >= 2;
}

/** The format a file's name promises, to tell the person when the content disagrees. */
export function formatNamed(key: string): DocumentFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(key)?.[1]?.toLowerCase();
  if (ext === 'txt' || ext === 'text' || ext === 'md') return 'text';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'eml') return 'eml';
  return undefined;
}

export const FORMAT_NAMES: Record<DocumentFormat, string> = {
  text: 'plain text',
  html: 'HTML',
  pdf: 'PDF',
  docx: 'a Word document (.docx)',
  eml: 'an email (.eml)',
};

function describe(ext: string, mime: string): string {
  const kind = mime.split('/')[0];
  const noun =
    kind === 'image' ? 'an image' : kind === 'audio' ? 'a sound file' : kind === 'video' ? 'a video' : 'a';
  const article = /^[aefhilmnorsx]/i.test(ext) ? 'an' : 'a'; // "an EXE", "an MP4", "a GZ"
  return noun === 'a' ? `${article} ${ext.toUpperCase()} file (${mime})` : `${noun} (${ext.toUpperCase()})`;
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
