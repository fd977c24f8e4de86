// A forwarded email: its own text is read, each readable attachment is handed on as a document of its own,
// images and other files are named in the notes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toDocx, toEml, toPdf } from '../../../test/support/make-documents.js';
import { seedFiles } from '../../../test/support/seeds.js';
import { AnyFormatReader } from './any-format-reader.js';
import { attachmentName } from './eml-reader.js';

const reader = new AnyFormatReader();
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1,
  8, 6, 0, 0, 0,
]);

describe('forwarded emails', () => {
  it('reads the body, hands on the PDF and the Word file, and names what it leaves', async () => {
    const [seed] = seedFiles();
    const text = readFileSync(seed ?? '', 'utf8');
    const eml = await toEml(
      'Bonjour,\n\nEn 2022, les exportations du Maroc vers le Japon ont atteint 3 milliards de dirhams.',
      [
        { filename: 'antwoord.pdf', content: await toPdf(text) },
        { filename: 'nota.docx', content: await toDocx(text) },
        { filename: 'logo.png', content: PNG, contentType: 'image/png', inline: true },
        {
          filename: '../../setup.exe',
          content: new Uint8Array([0x4d, 0x5a, 0, 0]),
          contentType: 'application/octet-stream',
        },
      ],
    );
    const read = await reader.read(eml, { key: 'incoming/Fwd chiffres.eml', contentType: null });
    expect(read.reader).toBe('message/rfc822');
    expect(read.text).toBe(
      'Fwd: chiffres du commerce\n\nBonjour,\n\nEn 2022, les exportations du Maroc vers le Japon ont atteint 3 milliards de dirhams.',
    );
    expect(read.published).toBe('2024-03');
    expect(read.attachments?.map((a) => [a.name, a.bytes.byteLength > 1000])).toEqual([
      ['antwoord.pdf', true],
      ['nota.docx', true],
    ]);
    expect(read.attachments?.map((a) => [a.name, a.label])).toEqual([
      ['antwoord.pdf', 'PDF'],
      ['nota.docx', 'a Word document (.docx)'],
    ]);
    expect(read.notes).toEqual([
      'attachment logo.png not read: an image (PNG), not a document that can be read (.txt, .md, .html, .pdf, .docx or .eml)',
      'attachment setup.exe not read: an EXE file (application/x-msdownload), not a document that can be read (.txt, .md, .html, .pdf, .docx or .eml)',
    ]);
  });

  it('is told from a text by its headers, not by its name', async () => {
    const eml = await toEml('Texte.');
    expect((await reader.read(eml, { key: 'incoming/message.txt', contentType: null })).reader).toBe(
      'message/rfc822',
    );
    const article = new TextEncoder().encode('Subject: le commerce\nLes exportations ont progressé.');
    expect((await reader.read(article, { key: 'incoming/a.txt', contentType: null })).reader).toBe(
      'text/plain',
    );
  });

  it('names attachments safely: no path, no control characters, never empty', () => {
    expect(attachmentName({ filename: '../../etc/pass\u0000wd', contentType: 'text/plain' }, 0)).toBe(
      'passwd',
    );
    expect(attachmentName({ filename: '..\\..\\x.pdf', contentType: 'application/pdf' }, 0)).toBe('x.pdf');
    expect(attachmentName({ filename: undefined, contentType: 'application/pdf' }, 2)).toBe(
      'attachment-3.pdf',
    );
  });
});
