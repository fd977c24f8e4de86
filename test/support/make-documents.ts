// Documents in every format staff drop, made by the tests from a text (no binary files committed): a saved
// web page with menus and a "lire aussi" block around the article, a PDF (pdfkit, embedded DejaVu Sans,
// lines wrapped at the margin), a Word document (docx), and the text in UTF-16 or Windows-1252.
import { Document, Packer, Paragraph, TextRun } from 'docx';
import iconv from 'iconv-lite';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import PDFDocument from 'pdfkit';
import { resolveBriefingFonts } from '../../shared/adapters/render/briefing-fonts.js';

/** The text's paragraphs (apart by an empty line), each a list of its lines. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((p) => p.length > 0);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(text: string): Uint8Array {
  const [title, ...body] = paragraphsOf(text);
  const html = `<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title?.join(' ') ?? '')}</title>
<script>document.write('Les exportations ont atteint 999 milliards de dollars en 2023.');</script>
<style>p { color: #333 }</style></head>
<body>
<nav><ul><li><a href="/">Accueil</a></li><li><a href="/eco">Économie 2024</a></li></ul></nav>
<div class="menu-top">Menu 12 rubriques</div>
<article>
<h1>${(title ?? []).map(escapeHtml).join('<br>')}</h1>
${body.map((p) => `<p>${p.map(escapeHtml).join('<br>\n')}</p>`).join('\n')}
</article>
<aside class="related-articles"><h3>Lire aussi</h3><ul><li><a href="/x">Les importations de la Chine ont bondi de 45 % en 2022</a></li></ul></aside>
<iframe src="https://example.com/ad"></iframe>
<footer>© 2024 Le Journal — 12 rue de la Paix, tél. 05 22 00 00 00</footer>
</body></html>`;
  return new TextEncoder().encode(html);
}

export async function toPdf(text: string, options: { pages?: number } = {}): Promise<Uint8Array> {
  const fonts = resolveBriefingFonts();
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'test document' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(fonts.regular).fontSize(11);
  for (const [i, paragraph] of paragraphsOf(text).entries()) {
    if (i > 0) doc.moveDown(1);
    doc.text(paragraph.join('\n'), { align: 'left' });
  }
  for (let p = 1; p < (options.pages ?? 1); p++) doc.addPage().text(`Annexe, page ${p + 1}`);
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

export async function toDocx(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: paragraphsOf(text).map(
          (lines) =>
            new Paragraph({
              children: lines.map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) })),
            }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export function toUtf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] ?? 0;
    be[i + 1] = le[i] ?? 0;
  }
  return new Uint8Array(be);
}

/** The text in Windows-1252, with the few characters it cannot hold (narrow no-break space…) as spaces. */
export function toWindows1252(text: string): { bytes: Uint8Array; text: string } {
  const representable = [...text]
    .map((c) => (iconv.decode(iconv.encode(c, 'win1252'), 'win1252') === c ? c : ' '))
    .join('');
  return { bytes: new Uint8Array(iconv.encode(representable, 'win1252')), text: representable };
}

export interface EmailAttachment {
  filename: string;
  content: Uint8Array;
  contentType?: string;
  /** shown in the body (a logo), not attached */
  inline?: boolean;
}

/** A forwarded email as a mail client saves it (.eml): headers, a text body, attachments. */
export async function toEml(
  body: string,
  attachments: EmailAttachment[] = [],
  date = new Date('2024-03-12T09:00:00Z'),
) {
  const message = new MailComposer({
    from: 'Collègue <collegue@agence.example>',
    to: 'veille@agence.example',
    subject: 'Fwd: chiffres du commerce',
    date,
    text: body,
    attachments: attachments.map((a) => ({
      filename: a.filename,
      content: Buffer.from(a.content),
      ...(a.contentType ? { contentType: a.contentType } : {}),
      ...(a.inline ? { cid: `${a.filename}@inline`, contentDisposition: 'inline' as const } : {}),
    })),
  });
  return new Uint8Array(await message.compile().build());
}
