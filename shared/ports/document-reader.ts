// Turns a document's bytes into text. The format is decided by the content (magic bytes, BOM), not by the
// extension; a file that cannot be read raises UnreadableDocumentError with a reason a person understands.
export interface ReadDocument {
  text: string;
  /** which reader produced the text: text/plain, text/html, application/pdf, docx, message/rfc822 */
  reader: string;
  encoding: string | null;
  /** why the text is empty, when it is and the file was still readable ("the PDF has no text layer …") */
  emptyReason?: string;
  /** what a person should know about how the file was read ("named .pdf but holds HTML", a page cap) */
  notes?: string[];
  /** publication month YYYY-MM stated by the file's own metadata (an HTML meta tag, an email's date) */
  published?: string;
  /** what a citation names: the page's title, an email's subject, a PDF's Title, a text's first line */
  title?: string;
  /** who published it: a page's site name or host, an email's sender, a PDF's Author */
  publisher?: string;
  /** where it can be found: a page's canonical address */
  url?: string;
  /** documents inside this one (an email's attachments), each to be stored and read on its own */
  attachments?: Array<{
    name: string;
    bytes: Uint8Array;
    contentType: string;
    /** what it is, for a person ("PDF", "a Word document (.docx)") */
    label: string;
  }>;
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
