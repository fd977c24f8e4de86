// Reads plain-text documents: UTF-8 (with or without BOM). Other formats come with the intake issue; until
// then they are refused with a reason rather than read as garbage.
import {
  type DocumentReader,
  type ReadDocument,
  UnreadableDocumentError,
} from '../../ports/document-reader.js';

const TEXT_EXTENSIONS = /\.(?:txt|text|md)$/i;

export class PlainTextReader implements DocumentReader {
  async read(bytes: Uint8Array, hints: { key: string; contentType: string | null }): Promise<ReadDocument> {
    const isText = TEXT_EXTENSIONS.test(hints.key) || hints.contentType?.startsWith('text/plain');
    if (!isText) {
      throw new UnreadableDocumentError(
        `${extensionOf(hints.key)} files cannot be read yet; only plain text (.txt, .md) is supported`,
      );
    }
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new UnreadableDocumentError('the file is not valid UTF-8 text');
    }
    if (text.includes('\u0000')) throw new UnreadableDocumentError('the file holds binary data, not text');
    return { text, reader: 'text/plain', encoding: 'utf-8' };
  }
}

function extensionOf(key: string): string {
  const ext = /\.([^./]+)$/.exec(key)?.[1];
  return ext ? `.${ext.toLowerCase()}` : 'Files without an extension';
}
