// What a citation of a document names, captured as it is read: a page's title, site and canonical address,
// an email's subject and sender, a PDF's Title and Author, a text's first line.
import { describe, expect, it } from 'vitest';
import { toPdf } from '../../../test/support/make-documents.js';
import { DocumentRecordSchema } from '../../domain/document.js';
import { AnyFormatReader, firstLine } from './any-format-reader.js';

const reader = new AnyFormatReader();
const read = (text: string, key: string) =>
  reader.read(new TextEncoder().encode(text), { key, contentType: null });

describe('the citation of a document', () => {
  it('takes a page’s og:title, og:site_name and canonical address', async () => {
    // Prepare
    const page = `<!doctype html><html><head><title>Maroc-Belgique | Le Site</title>
      <meta property="og:title" content="Maroc–Belgique : les échanges atteignent 3,1 milliards de dollars">
      <meta property="og:site_name" content="Le Matin">
      <link rel="canonical" href="https://lematin.ma/economie/maroc-belgique/123">
      </head><body><p>Les échanges commerciaux ont atteint 3,1 milliards de dollars en 2024.</p></body></html>`;
    // Act
    const document = await read(page, 'incoming/page.html');
    // Assess
    expect([document.title, document.publisher, document.url]).toEqual([
      'Maroc–Belgique : les échanges atteignent 3,1 milliards de dollars',
      'Le Matin',
      'https://lematin.ma/economie/maroc-belgique/123',
    ]);
  });

  it('falls back on a page’s <title> and the host of its address', async () => {
    const page = `<html><head><title>Trade &amp; investment</title><meta property="og:url" content="https://www.example.org/a"></head><body><p>Text.</p></body></html>`;
    const document = await read(page, 'incoming/page.html');
    expect([document.title, document.publisher, document.url]).toEqual([
      'Trade & investment',
      'example.org',
      'https://www.example.org/a',
    ]);
  });

  it('takes an email’s subject (without Fwd:) and its sender', async () => {
    const mail = [
      'From: "Office des changes" <info@oc.gov.ma>',
      'To: desk@example.org',
      'Subject: Fwd: Balance commerciale 2024',
      'Date: Tue, 12 Mar 2024 10:00:00 +0000',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Les exportations ont atteint 3,1 milliards de dollars en 2024.',
    ].join('\r\n');
    const document = await read(mail, 'incoming/mail.eml');
    expect([document.title, document.publisher]).toEqual(['Balance commerciale 2024', 'Office des changes']);
  });

  it('takes a PDF’s Title from its information dictionary', async () => {
    const document = await reader.read(await toPdf('Les exportations ont atteint 3,1 milliards.'), {
      key: 'incoming/a.pdf',
      contentType: null,
    });
    expect(document.title).toBe('test document');
  });

  it('takes a text’s first line, cut at a word when it is a whole paragraph', async () => {
    expect(
      (await read('\n  Prinselijke missie naar Marokko  -  Resultaten\n\nVan 26 november', 'incoming/a.txt'))
        .title,
    ).toBe('Prinselijke missie naar Marokko - Resultaten');
    const long = firstLine(`${'woord '.repeat(60)}einde`);
    expect(long?.endsWith('woord…')).toBe(true);
    expect((long?.length ?? 0) <= 161).toBe(true);
  });

  it('is optional on the document record: a record written before it still parses', () => {
    const older = {
      document_id: 'd',
      bucket: 'b',
      key: 'incoming/a.txt',
      sha256: 'a'.repeat(64),
      etag: null,
      version_id: null,
      size: 1,
      status: 'processed',
      reason: null,
      reader: 'text/plain',
      encoding: 'utf-8',
      language: 'fr',
      published: null,
      figure_count: 0,
      extractor_version: 'x',
      duplicate_of: null,
      ingested_at: '2025-01-01T00:00:00Z',
    };
    expect(DocumentRecordSchema.parse(older).title).toBeUndefined();
  });
});
