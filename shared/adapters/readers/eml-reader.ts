// Forwarded emails (.eml): the message's own text (subject, then the plain body, or the HTML body as text)
// is the document; each attachment that is a readable document (text, HTML, PDF, Word, another email) is
// handed back to be stored and read as a document of its own. Inline images and other files are named in
// the notes, not read. Parsing is mailparser's (nodemailer's parser): nothing in the message is run.
import { type Attachment, simpleParser } from 'mailparser';
import type { ReadDocument } from '../../ports/document-reader.js';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { detectFormat, FORMAT_NAMES } from './detect-format.js';
import { readHtml } from './html-reader.js';

/** attachments handed on at most; a message with more is noted */
const MAX_ATTACHMENTS = 20;

export async function readEml(bytes: Uint8Array): Promise<ReadDocument> {
  let mail: Awaited<ReturnType<typeof simpleParser>>;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipImageLinks: true,
      skipTextLinks: true,
    });
  } catch {
    throw new UnreadableDocumentError(
      'the email could not be read: it is not a message as mail programs save it (.eml)',
    );
  }
  const body =
    mail.text?.trim() ||
    (typeof mail.html === 'string' ? readHtml(new TextEncoder().encode(mail.html)).text : '');
  const text = [mail.subject?.trim(), body].filter(Boolean).join('\n\n');
  const notes: string[] = [];
  const attachments: NonNullable<ReadDocument['attachments']> = [];
  const names = new Set<string>();
  for (const [i, a] of mail.attachments.entries()) {
    // two attachments of one name would be stored under one key: the second is numbered
    let name = attachmentName(a, i);
    if (names.has(name)) name = `${i + 1}-${name}`;
    names.add(name);
    const format = await detectFormat(a.content).catch((e: unknown) =>
      e instanceof UnreadableDocumentError ? e.reason : String(e),
    );
    if (typeof format !== 'string' || !isReadable(format)) {
      notes.push(`attachment ${name} not read: ${String(format).replace(/^the file is /, '')}`);
    } else if (a.related || (a.contentDisposition === 'inline' && a.contentType.startsWith('image/'))) {
      notes.push(`inline ${name} not read`);
    } else if (attachments.length >= MAX_ATTACHMENTS) {
      notes.push(`attachment ${name} not read: only ${MAX_ATTACHMENTS} attachments are read from one email`);
    } else {
      // an email inside is marked as one, whatever its declared type: it may hand on its own attachments
      const contentType = format === 'eml' ? 'message/rfc822' : a.contentType;
      attachments.push({ name, bytes: new Uint8Array(a.content), contentType, label: FORMAT_NAMES[format] });
    }
  }
  const published = mail.date ? mail.date.toISOString().slice(0, 7) : undefined;
  const sender = mail.from?.value[0];
  const publisher = sender?.name?.trim() || sender?.address?.split('@')[1];
  const title = mail.subject?.replace(/^(?:(?:fwd?|tr|re|antw|doorst)\s*:\s*)+/i, '').trim();
  return {
    text,
    reader: 'message/rfc822',
    encoding: null,
    ...(published ? { published } : {}),
    ...(title ? { title: title.slice(0, 300) } : {}),
    ...(publisher ? { publisher: publisher.slice(0, 200) } : {}),
    ...(notes.length > 0 ? { notes } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
    ...(text.trim() === ''
      ? { emptyReason: 'the email has no text of its own (its attachments are read apart)' }
      : {}),
  };
}

function isReadable(format: string): format is keyof typeof FORMAT_NAMES {
  return format in FORMAT_NAMES;
}

/** A file name safe as the last part of an object key: no path, no control characters, not too long. */
export function attachmentName(a: Pick<Attachment, 'filename' | 'contentType'>, index: number): string {
  const given = (a.filename ?? '').split(/[\\/]/).at(-1) ?? '';
  const clean = given
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .replace(/^\.+/, '')
    .trim()
    .slice(-120);
  return (
    clean || `attachment-${index + 1}.${a.contentType.split('/')[1]?.replace(/[^a-z0-9]/gi, '') || 'bin'}`
  );
}
