// Word documents (.docx): the zip is checked first (entry count, total uncompressed size, compression ratio,
// and every entry inflated once through yauzl, which stops when an entry grows past the size its header
// declares), then mammoth reads the text, with access to files outside the document left off.
import mammoth from 'mammoth';
import yauzl from 'yauzl';
import type { ReadDocument } from '../../ports/document-reader.js';
import { UnreadableDocumentError } from '../../ports/document-reader.js';

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
  /**
   * the largest XML part mammoth is given to parse: its memory grows some thirty times the part's size, so a
   * 99 MB document.xml would need about 3 GB (a 300-page report's is a few MB)
   */
  maxXmlPartBytes: number;
  /** uncompressed ÷ compressed, for entries large enough to matter */
  maxRatio: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxXmlPartBytes: 12 * 1024 * 1024,
  maxRatio: 200,
};
const RATIO_FLOOR = 1024 * 1024;

export async function readDocx(
  bytes: Uint8Array,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<ReadDocument> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  await checkZip(buffer, limits);
  let text: string;
  try {
    ({ value: text } = await mammoth.extractRawText({ buffer }));
  } catch {
    throw new UnreadableDocumentError(
      'the Word document is damaged (its content cannot be read): save it again as .docx',
    );
  }
  text = text.replace(/\n{3,}/g, '\n\n').trim();
  return {
    text,
    reader: 'docx',
    encoding: null,
    ...(text === ''
      ? { emptyReason: 'the Word document holds no text (only images or an empty page?)' }
      : {}),
  };
}

// Reasons are for the person who dropped the file: a library's own error message is not one
const DAMAGED = 'the Word document is damaged (its zip archive cannot be read): save it again as .docx';

/** Refuses zip bombs and damaged archives before any library inflates them. */
function checkZip(buffer: Buffer, limits: ZipLimits): Promise<void> {
  const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
  return new Promise((resolve, reject) => {
    const refuse = (reason: string) => reject(new UnreadableDocumentError(reason));
    yauzl.fromBuffer(
      buffer,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (error, zip) => {
        if (error || !zip) return refuse(DAMAGED);
        let entries = 0;
        let total = 0;
        const fail = (reason: string) => {
          zip.close();
          refuse(reason);
        };
        zip.on('error', () => fail(DAMAGED));
        zip.on('end', () => resolve());
        zip.on('entry', (entry: yauzl.Entry) => {
          entries++;
          total += entry.uncompressedSize;
          if (entries > limits.maxEntries) {
            return fail(
              `the Word document holds more than ${limits.maxEntries} parts: refused as a possible zip bomb`,
            );
          }
          if (
            entry.fileName.toLowerCase().endsWith('.xml') &&
            entry.uncompressedSize > limits.maxXmlPartBytes
          ) {
            return fail(
              `the Word document's text (${entry.fileName}) is ${mb(entry.uncompressedSize)} unpacked; parts over ${mb(limits.maxXmlPartBytes)} are not read: save it as PDF, or split it`,
            );
          }
          if (total > limits.maxUncompressedBytes) {
            return fail(
              `the Word document would unpack to more than ${mb(limits.maxUncompressedBytes)}: refused as a possible zip bomb`,
            );
          }
          if (
            entry.uncompressedSize > RATIO_FLOOR &&
            entry.uncompressedSize / Math.max(1, entry.compressedSize) > limits.maxRatio
          ) {
            return fail(
              `a part of the Word document is compressed more than ${limits.maxRatio} to 1: refused as a possible zip bomb`,
            );
          }
          if (entry.fileName.endsWith('/')) return zip.readEntry();
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return fail(DAMAGED);
            stream.on('error', () =>
              fail(
                'the Word document is damaged, or its parts are larger than it says: refused as a possible zip bomb',
              ),
            );
            stream.on('end', () => zip.readEntry());
            stream.resume();
          });
        });
        zip.readEntry();
      },
    );
  });
}
