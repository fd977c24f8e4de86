// Bytes to text for the text formats (.txt, .md, .html): a byte-order mark decides (UTF-8, UTF-16 LE/BE);
// without one, valid UTF-8 is UTF-8 and anything else is read as Windows-1252, the encoding of old Windows
// text exports. Binary data is refused rather than read as garbage. Legacy encodings go through iconv-lite:
// Node 20's TextDecoder reads windows-1252 as Latin-1 (0x92 stays a control character, not ’).
import iconv from 'iconv-lite';
import { UnreadableDocumentError } from '../../ports/document-reader.js';

export interface DecodedText {
  text: string;
  /** the encoding used, as recorded on the document: utf-8, utf-8 (BOM), utf-16le, utf-16be, windows-1252 */
  encoding: string;
}

const BOMS: Array<[bytes: number[], encoding: string, label: string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8', 'utf-8 (BOM)'],
  [[0xff, 0xfe], 'utf-16le', 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be', 'utf-16be'],
];

/** The byte-order mark `bytes` start with: its bytes, the encoding it announces, the label recorded. */
const bomOf = (bytes: Uint8Array) => BOMS.find(([bom]) => bom.every((b, i) => bytes[i] === b));

/** The encoding a byte-order mark announces, or undefined. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  return bomOf(bytes)?.[1];
}

/**
 * Decodes `bytes` as text. `declared` is an encoding named by the document itself (an HTML meta charset):
 * used when there is no BOM and the bytes are not valid UTF-8.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const [mark, encoding, label] = bom;
    const text = new TextDecoder(encoding).decode(bytes.subarray(mark.length));
    return checked({ text, encoding: label });
  }
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' });
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw error;
  }
  // pages that declare Latin-1 or ASCII mean Windows-1252, as browsers read them
  const named = declared?.toLowerCase();
  const fallback = named && iconv.encodingExists(named) && !LATIN1_LABELS.has(named) ? named : 'windows-1252';
  return checked({ text: iconv.decode(Buffer.from(bytes), fallback), encoding: fallback });
}

const LATIN1_LABELS = new Set(['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'iso8859-1']);

/** Text is mostly letters, digits, punctuation and spacing: NUL or many control characters mean binary data. */
function checked(decoded: DecodedText): DecodedText {
  const { text } = decoded;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      control += text.length; // one NUL is enough
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) control++;
  }
  if (text.length > 0 && control / text.length > 0.01) {
    throw new UnreadableDocumentError('the file holds binary data, not text');
  }
  return decoded;
}
