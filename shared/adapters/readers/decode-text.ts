// Bytes to text for the text formats (.txt, .md, .html): a byte-order mark decides (UTF-8, UTF-16 LE/BE);
// without one, UTF-8 is UTF-8 (also when a few bytes are not: they are replaced, and counted in a note) and
// anything else is read as Windows-1252, the encoding of old Windows text exports. Binary data is refused
// rather than read as garbage. Legacy encodings go through iconv-lite: a Node built with small ICU reads
// windows-1252 as Latin-1 (0x92 stays a control character, not ’).
import iconv from 'iconv-lite';
import { UnreadableDocumentError } from '../../ports/document-reader.js';

export interface DecodedText {
  text: string;
  /** the encoding used, as recorded on the document: utf-8, utf-8 (BOM), utf-16le, utf-16be, windows-1252 */
  encoding: string;
  /** what a person should know about the decoding (bytes that were not valid in the encoding) */
  notes?: string[];
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
  // UTF-8 but for a few bytes (a file cut and pasted together, one damaged character): still UTF-8, since
  // Windows-1252 text almost never forms valid multi-byte UTF-8 sequences by chance
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const { valid, invalid } = multibyteCounts(lenient);
  if (valid > 0 && valid >= invalid)
    return checked(
      {
        text: lenient,
        encoding: 'utf-8',
        notes: [
          `${invalid} byte sequence${invalid === 1 ? ' was' : 's were'} not valid UTF-8 and ${invalid === 1 ? 'was' : 'were'} replaced by �`,
        ],
      },
      // the replacements are counted in the note; control characters still tell binary data
      { replacementsAreBinary: false },
    );
  // pages that declare Latin-1 or ASCII mean Windows-1252, as browsers read them
  const named = declared?.toLowerCase();
  const fallback = named && iconv.encodingExists(named) && !LATIN1_LABELS.has(named) ? named : 'windows-1252';
  return checked({ text: iconv.decode(Buffer.from(bytes), fallback), encoding: fallback });
}

/** Characters of a leniently decoded UTF-8 text beyond ASCII: read from valid sequences, or replacements. */
function multibyteCounts(text: string): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) invalid++;
    else if (c >= 0x80) valid++;
  }
  return { valid, invalid };
}

const LATIN1_LABELS = new Set(['iso-8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'iso8859-1']);

/** Text is mostly letters, digits, punctuation and spacing: NUL or many control characters mean binary data. */
function checked(decoded: DecodedText, { replacementsAreBinary = true } = {}): DecodedText {
  const { text } = decoded;
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0)
      control += text.length; // one NUL is enough
    else if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c === 0xfffd && replacementsAreBinary)
    )
      control++;
  }
  if (text.length > 0 && control / text.length > 0.01) {
    throw new UnreadableDocumentError('the file holds binary data, not text');
  }
  return decoded;
}
