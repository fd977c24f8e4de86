// A PDF's compressed parts are checked before pdf.js reads them: a content stream of a few hundred kilobytes
// can inflate to gigabytes (a "PDF bomb"), which pdf.js would hold in memory whole. Each Flate stream that is
// not an image (pdf.js does not decode images to read text) is inflated once here against a cap, with zlib's
// own output limit, so that the check itself never holds more than the cap.
import { constants, inflateSync } from 'node:zlib';
import { UnreadableDocumentError } from '../../ports/document-reader.js';

export interface PdfStreamLimits {
  /** the most one compressed part may inflate to */
  maxStreamBytes: number;
  /** the most all compressed parts together may inflate to */
  maxTotalBytes: number;
}

export const DEFAULT_PDF_STREAM_LIMITS: PdfStreamLimits = {
  maxStreamBytes: 32 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
};

/** How far before the `stream` keyword its dictionary may start. */
const DICTIONARY_REACH = 4096;

export function checkCompressedStreams(bytes: Uint8Array, limits = DEFAULT_PDF_STREAM_LIMITS): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const source = buffer.toString('latin1');
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  const refuse = (what: string) =>
    new UnreadableDocumentError(
      `${what}, more than a document's text ever needs: refused as a possible PDF bomb (print it to a new PDF, or save it as text)`,
    );
  let total = 0;
  for (const keyword of source.matchAll(/(?<!end)stream\r?\n/g)) {
    const objectStart = source.lastIndexOf(' obj', keyword.index);
    if (objectStart < 0 || keyword.index - objectStart > DICTIONARY_REACH) continue;
    const dictionary = source.slice(objectStart, keyword.index);
    if (!/\/(?:FlateDecode|Fl)\b/.test(dictionary) || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    const start = keyword.index + keyword[0].length;
    const end = source.indexOf('endstream', start);
    if (end < 0) continue;
    let inflated: number;
    try {
      inflated = inflateSync(buffer.subarray(start, end), {
        maxOutputLength: limits.maxStreamBytes,
        finishFlush: constants.Z_SYNC_FLUSH,
      }).byteLength;
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
        throw refuse(`a compressed part of the PDF inflates to over ${mb(limits.maxStreamBytes)}`);
      // encrypted or damaged: pdf.js decides what it can read
      continue;
    }
    total += inflated;
    if (total > limits.maxTotalBytes)
      throw refuse(`the compressed parts of the PDF inflate to over ${mb(limits.maxTotalBytes)} together`);
  }
}
