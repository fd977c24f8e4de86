// Turns a document's bytes into text. Formats are filled in by adapters; a file that cannot be read
// raises UnreadableDocumentError with a reason a person understands.
export interface ReadDocument {
  text: string;
  /** which reader produced the text, e.g. "text/plain" */
  reader: string;
  encoding: string | null;
}

export interface DocumentReader {
  read(bytes: Uint8Array, hints: { key: string; contentType: string | null }): Promise<ReadDocument>;
}

export class UnreadableDocumentError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableDocumentError';
  }
}
