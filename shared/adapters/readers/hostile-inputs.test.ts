// Hostile and broken files, generated here (no binary blobs committed): each ends at once in text or in a
// refusal with a reason a person understands; nothing crashes, hangs or runs code from the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  ARTICLE,
  docxWith,
  garbage,
  pdfkitDocument,
  pdfWithJavaScript,
} from '../../../test/support/hostile-files.js';
import { toHtml, toPdf } from '../../../test/support/make-documents.js';
import { UnreadableDocumentError } from '../../ports/document-reader.js';
import { AnyFormatReader } from './any-format-reader.js';
import { DEFAULT_ZIP_LIMITS, readDocx } from './docx-reader.js';
import { readPdf } from './pdf-reader.js';

const reader = new AnyFormatReader();
const read = (bytes: Uint8Array, key: string) => reader.read(bytes, { key, contentType: null });
const refusal = async (promise: Promise<unknown>): Promise<string> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableDocumentError);
  return (error as UnreadableDocumentError).reason;
};

describe('hostile and broken files', () => {
  it('an empty file is refused as empty', async () => {
    expect(await refusal(read(new Uint8Array(0), 'incoming/note.txt'))).toBe('the file is empty');
  });

  it('a 0-byte PDF is refused as empty', async () => {
    expect(await refusal(read(new Uint8Array(0), 'incoming/answer.pdf'))).toBe('the file is empty');
  });

  it('a PDF cut in half is refused as damaged; one missing only its trailer is still read', async () => {
    const whole = await toPdf(ARTICLE);
    expect(await refusal(read(whole.subarray(0, whole.length / 2), 'incoming/answer.pdf'))).toBe(
      'the PDF is damaged or truncated: no page could be found in it',
    );
    expect((await read(whole.subarray(0, whole.length - 30), 'incoming/answer.pdf')).text).toBe(ARTICLE);
  });

  it('a password-protected PDF is refused, saying so', async () => {
    const locked = await pdfkitDocument((doc) => doc.text(ARTICLE), {
      userPassword: 'secret',
      ownerPassword: 'owner',
      pdfVersion: '1.7',
    });
    expect(await refusal(read(locked, 'incoming/locked.pdf'))).toBe(
      'the PDF is password-protected: save it without a password',
    );
  });

  it('a PDF with only graphics (no text layer) is read but empty, with the reason', async () => {
    const scan = await pdfkitDocument((doc) => doc.rect(50, 50, 400, 600).fill('#888'));
    const out = await read(scan, 'incoming/scan.pdf');
    expect(out.text).toBe('');
    expect(out.emptyReason).toMatch(/no text layer/);
  });

  it("a PDF's JavaScript is never run; its text is still read", async () => {
    const out = await read(pdfWithJavaScript(ARTICLE.replace(/[éè]/g, 'e')), 'incoming/script.pdf');
    expect(out.text).toContain('3,1 milliards de dirhams en 2023');
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it('the pdf.js we load compiles no code at run time (no eval, no new Function: the 2024 font flaw path)', () => {
    const dist = dirname(createRequire(import.meta.url).resolve('unpdf'));
    const source = readFileSync(join(dist, 'pdfjs.mjs'), 'utf8');
    expect(source.length).toBeGreaterThan(1_000_000);
    expect(source).not.toMatch(/\bnew Function\s*\(|[^.\w]eval\s*\(/);
  });

  it('a 5,000-page PDF is read up to the page cap, and the cap is noted', async () => {
    const huge = await pdfkitDocument((doc) => {
      doc.text(ARTICLE);
      for (let p = 2; p <= 5000; p++) doc.addPage().text(`Page ${p}`);
    });
    const out = await readPdf(huge, { maxPages: 50, budgetMs: 60_000 });
    expect(out.text).toContain(ARTICLE);
    expect(out.text).toContain('Page 50');
    expect(out.text).not.toContain('Page 51');
    expect(out.notes).toEqual(['only the first 50 of 5000 pages were read']);
  });

  it('a PDF over the time budget stops between pages, and says how far it got', async () => {
    const long = await toPdf(ARTICLE, { pages: 20 });
    const out = await readPdf(long, { maxPages: 300, budgetMs: -1 });
    expect(out.notes).toEqual(['only 0 of 20 pages were read within the -0.001 s budget']);
  });

  it('a zip-bomb DOCX is refused before it is unpacked', async () => {
    const bomb = await docxWith((zip) => {
      zip.file('word/media/padding.bin', new Uint8Array(20 * 1024 * 1024));
    });
    expect(bomb.byteLength).toBeLessThan(200_000);
    expect(await refusal(read(bomb, 'incoming/bomb.docx'))).toMatch(
      /compressed more than 200 to 1: .*zip bomb/,
    );
  });

  it('a DOCX with too many parts is refused', async () => {
    const many = await docxWith((zip) => {
      for (let i = 0; i < 60; i++) zip.file(`customXml/item${i}.xml`, '<x/>');
    });
    const reason = await refusal(readDocx(many, { ...DEFAULT_ZIP_LIMITS, maxEntries: 50 }));
    expect(reason).toBe('the Word document holds more than 50 parts: refused as a possible zip bomb');
  });

  it('a DOCX linking an external image is read without touching the linked file', async () => {
    const linked = await docxWith(async (zip) => {
      const relsPath = 'word/_rels/document.xml.rels';
      const rels = (await zip.file(relsPath)?.async('string')) ?? '';
      zip.file(
        relsPath,
        rels.replace(
          '</Relationships>',
          '<Relationship Id="rIdExt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///etc/shadow" TargetMode="External"/></Relationships>',
        ),
      );
      const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
      const picture =
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="x"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:link="rIdExt"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
      zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${picture}`));
    });
    const out = await read(linked, 'incoming/linked.docx');
    expect(out.text).toBe(ARTICLE);
  });

  it('a DOCX whose document part is not XML is refused with a reason, not a parser message', async () => {
    const broken = await docxWith((zip) => {
      zip.file('word/document.xml', '<w:document><w:body><w:p>unclosed');
    });
    expect(await refusal(read(broken, 'incoming/broken.docx'))).toBe(
      'the Word document is damaged (its content cannot be read): save it again as .docx',
    );
  });

  it('a password-protected Office file (an OLE2 container) is refused, saying what to do', async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await refusal(read(ole, 'incoming/protected.docx'))).toMatch(/password-protected Office file/);
  });

  it('a damaged DOCX (a zip without a Word document in it) is refused', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', ARTICLE);
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    expect(await refusal(read(bytes, 'incoming/note.docx'))).toMatch(/zip archive/);
  });

  it('HTML with scripts, iframes and event handlers gives the article only', async () => {
    const page = new TextDecoder().decode(toHtml(`Titre\n\n${ARTICLE}`));
    const out = await read(
      new TextEncoder().encode(
        page.replace('<article>', '<article onload="alert(1)"><iframe srcdoc="<p>injecté</p>"></iframe>'),
      ),
      'incoming/page.html',
    );
    expect(out.text).toBe(`Titre\n\n${ARTICLE}`);
  });

  it('deeply nested HTML (100,000 levels) is refused at once; nesting as deep as real pages is read', async () => {
    const nested = (n: number) =>
      new TextEncoder().encode(
        `<html><body>${'<div>'.repeat(n)}<p>${ARTICLE}</p>${'</div>'.repeat(n)}</body></html>`,
      );
    expect(await refusal(read(nested(100_000), 'incoming/deep.html'))).toBe(
      'the web page nests its elements more than 2000 deep, which no article does: save the article as text or PDF',
    );
    expect((await read(nested(200), 'incoming/deep.html')).text).toBe(ARTICLE);
  });

  it('binary garbage named .txt is refused as binary', async () => {
    expect(await refusal(read(garbage(64 * 1024), 'incoming/notes.txt'))).toBe(
      'the file holds binary data, not text',
    );
  });

  it('a PNG named .pdf is refused as an image', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0,
      0, 1, 8, 6, 0, 0, 0,
    ]);
    expect(await refusal(read(png, 'incoming/answer.pdf'))).toMatch(
      /^the file is an image \(PNG\), not a document/,
    );
  });

  it('a 100 MB file is refused unread', async () => {
    const big = new Uint8Array(100 * 1024 * 1024);
    expect(await refusal(read(big, 'incoming/dump.txt'))).toBe(
      'the file is 100 MB; files over 50 MB are not read (split it, or drop only the pages that matter)',
    );
  });

  it('a text of only spaces is read as empty, with the reason', async () => {
    const out = await read(new TextEncoder().encode(' \n\t\n  '), 'incoming/blank.txt');
    expect(out.emptyReason).toBe('the file holds only spaces and line breaks');
  });

  it('UTF-8 with a BOM records the BOM and keeps it out of the text', async () => {
    const out = await read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(ARTICLE)]), 'a.md');
    expect(out).toEqual(expect.objectContaining({ text: ARTICLE, encoding: 'utf-8 (BOM)' }));
  });

  it('a web page saved as .txt is read as HTML; a PDF named .docx as PDF, with a note', async () => {
    expect((await read(toHtml(`Titre\n\n${ARTICLE}`), 'incoming/page.txt')).reader).toBe('text/html');
    const out = await read(await toPdf(ARTICLE), 'incoming/answer.docx');
    expect(out.reader).toBe('application/pdf');
    expect(out.notes).toEqual(['named as a Word document (.docx) but holds PDF: read as PDF']);
  });

  it('a Latin-1 page declaring its charset is read as Windows-1252 (curly quotes and euro sign)', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body><p>L'),
      0x92,
      ...new TextEncoder().encode('export a atteint 768 millions '),
      0x80,
      ...new TextEncoder().encode(' en 2017.</p></body></html>'),
    ]);
    const out = await read(bytes, 'incoming/page.htm');
    expect(out).toEqual(
      expect.objectContaining({
        text: 'L’export a atteint 768 millions € en 2017.',
        encoding: 'windows-1252',
      }),
    );
  });

  it("a page's own publication date is kept as a hint", async () => {
    const page = `<html><head><meta property="article:published_time" content="2024-03-12T10:00:00Z"></head><body><p>${ARTICLE}</p></body></html>`;
    expect((await read(new TextEncoder().encode(page), 'incoming/p.html')).published).toBe('2024-03');
  });

  it('an executable and a zip archive are refused, each named for what it is', async () => {
    const exe = new Uint8Array(512);
    exe.set([0x4d, 0x5a]);
    exe.set([0x50, 0x45, 0, 0], 0x80);
    exe[0x3c] = 0x80;
    expect(await refusal(read(exe, 'incoming/invoice.pdf'))).toMatch(/^the file is an EXE file/);
    const zip = new JSZip();
    zip.file('a.txt', 'x');
    expect(await refusal(read(await zip.generateAsync({ type: 'uint8array' }), 'incoming/docs.zip'))).toMatch(
      /^the file is a zip archive, not a document/,
    );
  });
});
