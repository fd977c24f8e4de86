// Files made to exhaust an ingest function (60 s, 1,024 MB in AWS), each at a chosen size: text far longer
// than any document, pages whose elements nest without end, a Word document whose text part is huge, a PDF
// whose content stream inflates to gigabytes, and an email whose attachments fan out. The tests use sizes
// just past each limit; `npm run bench` the sizes operators used, and twice those.
import { once } from 'node:events';
import { createDeflate } from 'node:zlib';
import JSZip from 'jszip';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

const SENTENCE = 'En 2023, les exportations du Pérou vers le Chili ont atteint 3,1 milliards de dollars. ';

/** Text of `megabytes` MB: articles broken by "Lire aussi" headers every few lines (each once re-split the rest). */
export function longText(megabytes: number): Uint8Array {
  const block = `Lire aussi\n\n${SENTENCE.repeat(8)}\n\n`;
  const count = Math.ceil((megabytes * 1024 * 1024) / block.length);
  return new TextEncoder().encode(block.repeat(count));
}

/** A page of `count` `<div/>`: not self-closing in HTML, so they nest `count` deep. */
export function selfClosingDivs(count: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<div/>'.repeat(count)}<p>${SENTENCE}</p></body></html>`);
}

/** A page of `count` `<p><li>`: neither is closed, and each opens inside the last. */
export function unclosedLists(count: number): Uint8Array {
  return new TextEncoder().encode(`<html><body>${'<p><li>'.repeat(count)}${SENTENCE}</body></html>`);
}

/**
 * A Word document whose word/document.xml unpacks to `megabytes` MB of paragraphs; `varied` numbers each
 * paragraph, so that it compresses like real text (some 3 to 1) rather than like a zip bomb.
 */
export async function hugeDocx(megabytes: number, { varied = false } = {}): Promise<Uint8Array> {
  const paragraph = (i: number) =>
    `<w:p><w:r><w:t>${varied ? `${i * 7919} ${(i * 104729) % 99991} ` : ''}${SENTENCE}</w:t></w:r></w:p>`;
  const count = Math.ceil((megabytes * 1024 * 1024) / paragraph(0).length);
  const body = varied
    ? Array.from({ length: count }, (_, i) => paragraph(i)).join('')
    : paragraph(0).repeat(count);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: varied ? 1 : 9 },
  });
}

/** A one-page PDF whose content stream, a few hundred KB compressed, inflates to `megabytes` MB. */
export async function pdfBomb(megabytes: number): Promise<Uint8Array> {
  const stream = await deflatedSpaces(megabytes * 1024 * 1024);
  const parts: Buffer[] = [];
  const offsets: number[] = [];
  let length = 0;
  const add = (part: string | Buffer) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    parts.push(buffer);
    length += buffer.length;
  };
  const object = (n: number, body: string | Buffer[]) => {
    offsets[n] = length;
    if (typeof body === 'string') add(`${n} 0 obj\n${body}\nendobj\n`);
    else {
      add(`${n} 0 obj\n`);
      for (const b of body) add(b);
      add('\nendobj\n');
    }
  };
  add('%PDF-1.4\n');
  object(1, '<< /Type /Catalog /Pages 2 0 R >>');
  object(2, '<< /Type /Pages /Kids [3 0 R] /Count 1 >>');
  object(3, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>');
  object(4, [
    Buffer.from(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    stream,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  const xref = length;
  add(`xref\n0 5\n0000000000 65535 f \n`);
  for (let n = 1; n <= 4; n++) add(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  add(`trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  return new Uint8Array(Buffer.concat(parts));
}

/** `bytes` spaces, deflated as they stream by (never held whole). */
async function deflatedSpaces(bytes: number): Promise<Buffer> {
  const deflate = createDeflate({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  for (let written = 0; written < bytes; written += chunk.length) {
    if (!deflate.write(chunk.subarray(0, Math.min(chunk.length, bytes - written))))
      await once(deflate, 'drain');
  }
  deflate.end();
  await once(deflate, 'end');
  return Buffer.concat(out);
}

/** An email with `width` saved emails attached, each with `width` more, `depth` levels down; short texts at the end. */
export async function fanOutEmail(
  width: number,
  depth: number,
  leafName = (name: string) => `${name}.txt`,
): Promise<Uint8Array> {
  const build = async (level: number, name: string): Promise<Buffer> => {
    const attachments =
      level < depth
        ? await Promise.all(
            Array.from({ length: width }, async (_, i) => ({
              filename: `${name}-${i + 1}.eml`,
              content: await build(level + 1, `${name}-${i + 1}`),
              // as a saved message is attached by most mail programs: a file, not a part to expand
              contentType: 'application/octet-stream',
            })),
          )
        : Array.from({ length: width }, (_, i) => ({
            filename: leafName(`${name}-${i + 1}`),
            content: `${SENTENCE}${name}-${i + 1}`,
            contentType: 'text/plain',
          }));
    return new MailComposer({
      from: 'staff@example.org',
      to: 'desk@example.org',
      subject: `Fwd: ${name}`,
      text: SENTENCE,
      attachments,
    })
      .compile()
      .build();
  };
  return new Uint8Array(await build(1, 'fwd'));
}
