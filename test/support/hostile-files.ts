// Hostile and broken files, made by the tests (no binary blobs committed): the reader tests take them one
// by one, the pipeline test drops them all in one batch.
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { toDocx, toHtml, toPdf } from './make-documents.js';

export const ARTICLE =
  'Les exportations du Maroc vers le Japon ont atteint 3,1 milliards de dirhams en 2023.';

/** Bytes from a fixed-seed generator: the same "random" file on every run. */
export function garbage(length: number, seed = 42): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >>> 16;
  }
  return out;
}

/** A hand-made PDF whose text uses a standard font and whose opening action is JavaScript. */
export function pdfWithJavaScript(text: string): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 6 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /S /JavaScript /JS (globalThis.pwned = true; app.alert('pwned');) >>",
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, o] of objects.entries()) {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  }
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

export async function pdfkitDocument(
  build: (doc: PDFKit.PDFDocument) => void,
  options = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', ...options });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  build(doc);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function docxWith(edit: (zip: JSZip) => Promise<void> | void): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await toDocx(ARTICLE));
  await edit(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export interface HostileFile {
  /** what it is, as a test names it */
  name: string;
  key: string;
  bytes: Uint8Array;
  /** the terminal status it must end in, and its reason */
  status: 'processed' | 'rejected' | 'needs_review';
  reason: string | RegExp | null;
}

const utf8 = (s: string) => new TextEncoder().encode(s);

/** Every hostile file a staff member could drop, with the status it must end in. */
export async function hostileFiles(): Promise<HostileFile[]> {
  const pdf = await toPdf(ARTICLE);
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0,
    1, 8, 6, 0, 0, 0,
  ]);
  const exe = new Uint8Array(512);
  exe.set([0x4d, 0x5a]);
  exe.set([0x50, 0x45, 0, 0], 0x80);
  exe[0x3c] = 0x80;
  const zip = new JSZip();
  zip.file('a.txt', ARTICLE);
  const damaged = 'the PDF is damaged or truncated: no page could be found in it';
  return [
    {
      name: 'empty file',
      key: 'empty.txt',
      bytes: new Uint8Array(0),
      status: 'rejected',
      reason: 'the file is empty',
    },
    {
      name: '0-byte PDF',
      key: 'empty.pdf',
      bytes: new Uint8Array(0),
      status: 'rejected',
      reason: 'the file is empty',
    },
    {
      name: 'truncated PDF',
      key: 'cut.pdf',
      bytes: pdf.subarray(0, pdf.length / 2),
      status: 'rejected',
      reason: damaged,
    },
    {
      name: 'encrypted PDF',
      key: 'locked.pdf',
      bytes: await pdfkitDocument((doc) => doc.text(ARTICLE), {
        userPassword: 'x',
        ownerPassword: 'y',
        pdfVersion: '1.7',
      }),
      status: 'rejected',
      reason: 'the PDF is password-protected: save it without a password',
    },
    {
      name: 'image-only PDF',
      key: 'scan.pdf',
      bytes: await pdfkitDocument((doc) => doc.rect(50, 50, 400, 600).fill('#888')),
      status: 'needs_review',
      reason: /no text layer/,
    },
    {
      name: 'PDF with JavaScript',
      key: 'script.pdf',
      bytes: pdfWithJavaScript(ARTICLE.replace(/é/g, 'e')),
      status: 'processed',
      reason: null,
    },
    {
      name: '5,000-page PDF',
      key: 'huge.pdf',
      bytes: await pdfkitDocument((doc) => {
        doc.text(ARTICLE);
        for (let p = 2; p <= 5000; p++) doc.addPage().text(`Page ${p}`);
      }),
      status: 'processed',
      reason: 'only the first 300 of 5000 pages were read',
    },
    {
      name: 'zip-bomb DOCX',
      key: 'bomb.docx',
      bytes: await docxWith((z) => {
        z.file('word/media/padding.bin', new Uint8Array(20 * 1024 * 1024));
      }),
      status: 'rejected',
      reason: /zip bomb/,
    },
    {
      name: 'DOCX with an external image link',
      key: 'linked.docx',
      bytes: await docxWith(async (z) => {
        const rels = (await z.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
        z.file(
          'word/_rels/document.xml.rels',
          rels.replace(
            '</Relationships>',
            '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/shadow" TargetMode="External"/></Relationships>',
          ),
        );
      }),
      status: 'processed',
      reason: null,
    },
    {
      name: 'password-protected Office file',
      key: 'protected.docx',
      bytes: ole,
      status: 'rejected',
      reason: /password-protected Office file/,
    },
    {
      name: 'HTML with scripts and iframes',
      key: 'page.html',
      bytes: toHtml(`Titre\n\n${ARTICLE}`),
      status: 'processed',
      reason: null,
    },
    {
      name: 'deeply nested HTML',
      key: 'deep.html',
      bytes: utf8(
        `<html><body>${'<div>'.repeat(100_000)}<p>${ARTICLE}</p>${'</div>'.repeat(100_000)}</body></html>`,
      ),
      status: 'rejected',
      reason: /nests its elements more than 2000 deep/,
    },
    {
      name: 'UTF-16 text',
      key: 'utf16.txt',
      bytes: new Uint8Array(Buffer.from(`\uFEFF${ARTICLE}`, 'utf16le')),
      status: 'processed',
      reason: null,
    },
    {
      name: 'Windows-1252 text',
      key: 'ancien.txt',
      bytes: new Uint8Array([
        ...utf8('L'),
        0x92,
        ...utf8('export du Maroc vers le Japon a atteint 768 millions '),
        0x80,
        ...utf8(' en 2017.'),
      ]),
      status: 'processed',
      reason: null,
    },
    {
      name: 'binary garbage named .txt',
      key: 'notes.txt',
      bytes: garbage(64 * 1024),
      status: 'rejected',
      reason: 'the file holds binary data, not text',
    },
    {
      name: 'a PNG named .pdf',
      key: 'answer.pdf',
      bytes: png,
      status: 'rejected',
      reason: /^the file is an image \(PNG\)/,
    },
    {
      name: 'an executable named .pdf',
      key: 'invoice.pdf',
      bytes: exe,
      status: 'rejected',
      reason: /^the file is an EXE file/,
    },
    {
      name: 'a zip archive',
      key: 'docs.zip',
      bytes: await zip.generateAsync({ type: 'uint8array' }),
      status: 'rejected',
      reason: /^the file is a zip archive/,
    },
    {
      name: 'a text of only spaces',
      key: 'blank.txt',
      bytes: utf8(' \n\t\n '),
      status: 'needs_review',
      reason: 'the file holds only spaces and line breaks',
    },
    {
      name: 'a web page saved as .txt',
      key: 'page-saved.txt',
      bytes: toHtml(`Titre 2\n\n${ARTICLE.replace('2023', '2022')}`),
      status: 'processed',
      reason: null,
    },
    {
      name: 'a PDF named .docx',
      key: 'answer.docx',
      bytes: await toPdf(ARTICLE.replace('2023', '2021')),
      status: 'processed',
      reason: 'named as a Word document (.docx) but holds PDF: read as PDF',
    },
    {
      name: 'a trade text without any figure',
      key: 'meeting.txt',
      bytes: utf8(
        'Les deux ministres ont discuté du commerce et des investissements entre le Maroc et le Japon.',
      ),
      status: 'needs_review',
      reason: /^the text speaks of trade but no trade figure was found/,
    },
    {
      name: 'a Word document',
      key: 'note.docx',
      bytes: await toDocx(ARTICLE.replace('3,1', '2,9')),
      status: 'processed',
      reason: null,
    },
  ];
}
