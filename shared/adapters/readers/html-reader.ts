// Saved web pages: the text only, through html-to-text (an htmlparser2 parser: no scripts run, nothing is
// loaded). Scripts, styles, frames, menus, forms and "lire aussi" / related-article blocks are left out; the
// headline and paragraphs keep their line breaks, as the extractor reads titles and paragraphs by lines.

import { convert, type HtmlToTextOptions } from 'html-to-text';
import { Parser } from 'htmlparser2';
import { type ReadDocument, UnreadableDocumentError } from '../../ports/document-reader.js';
import { decodeText } from './decode-text.js';

const SKIPPED = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'img',
  'picture',
  'video',
  'audio',
  'nav',
  'form',
  'button',
  'select',
  'aside',
  'footer',
  '[role=navigation]',
  '[role=complementary]',
  '[aria-hidden=true]',
  '[hidden]',
  // related-article lists by their usual class names: "lire aussi", "à lire", "lees ook", "read more"
  '[class*=related]',
  '[class*=lire-aussi]',
  '[class*=read-more]',
  '[class*=readmore]',
  '[class*=lees-ook]',
  '[class*=share]',
  '[class*=social]',
  '[class*=cookie]',
  '[class*=newsletter]',
  '[class*=breadcrumb]',
  '[class*=menu]',
];

/** What html-to-text reads at most; more is noted in the document's reason, never dropped silently. */
const MAX_INPUT_LENGTH = 20_000_000;
const MAX_CHILD_NODES = 100_000;

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // deep nesting (100,000 divs) must not exhaust the stack: nothing real nests deeper than this
  limits: { maxDepth: 250, maxChildNodes: MAX_CHILD_NODES, ellipsis: '', maxInputLength: MAX_INPUT_LENGTH },
  decodeEntities: true,
  selectors: [
    ...SKIPPED.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    { selector: 'ul', options: { itemPrefix: '- ' } },
  ],
};

export function readHtml(bytes: Uint8Array): ReadDocument {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const { text: html, encoding, notes: decodingNotes } = decodeText(bytes, metaCharset(head));
  // the parser's cost grows with the square of the nesting: 100,000 nested divs would take it minutes
  const shape = pageShape(html);
  if (shape.depth > MAX_NESTING) {
    throw new UnreadableDocumentError(
      `the web page nests its elements more than ${MAX_NESTING} deep, which no article does: save the article as text or PDF`,
    );
  }
  const notes = [...(decodingNotes ?? [])];
  if (html.length > MAX_INPUT_LENGTH)
    notes.push(`only the first ${MAX_INPUT_LENGTH / 1_000_000} million characters of the page were read`);
  if (shape.widest > MAX_CHILD_NODES)
    notes.push(
      `an element of the page holds ${shape.widest.toLocaleString('en')} elements: only the first ${MAX_CHILD_NODES.toLocaleString('en')} were read`,
    );
  const text = convert(html, OPTIONS)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const head200 = html.slice(0, 200_000);
  const published = metaPublished(head200);
  const citation = pageCitation(head200);
  return {
    text,
    reader: 'text/html',
    encoding,
    ...(notes.length > 0 ? { notes } : {}),
    ...(published ? { published } : {}),
    ...citation,
    ...(text === '' ? { emptyReason: 'the web page holds no text outside scripts and menus' } : {}),
  };
}

/**
 * What a citation of the page names: its title (og:title, else <title>), its publisher (og:site_name, else
 * the host of its address) and its address (the canonical link, else og:url), when the page states them.
 */
export function pageCitation(html: string): Pick<ReadDocument, 'title' | 'publisher' | 'url'> {
  const meta = (property: string) => {
    for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
      const name = /(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag[0])?.[1]?.toLowerCase();
      if (name === property) return cleanText(/content\s*=\s*["']([^"']*)["']/i.exec(tag[0])?.[1]);
    }
    return undefined;
  };
  const canonical = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((tag) => tag[0])
    .find((tag) => /rel\s*=\s*["']?canonical/i.test(tag));
  const href = canonical && /href\s*=\s*["']([^"']+)["']/i.exec(canonical)?.[1];
  const url = httpUrl(href) ?? httpUrl(meta('og:url'));
  const title = meta('og:title') ?? cleanText(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1]);
  const publisher = meta('og:site_name') ?? (url ? new URL(url).hostname.replace(/^www\./, '') : undefined);
  return {
    ...(title ? { title } : {}),
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
  };
}

/** Markup text as a reader sees it: entities decoded, spaces collapsed, at most 300 characters. */
function cleanText(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const text = decodeEntities(value.replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text.slice(0, 300);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

function metaCharset(head: string): string | undefined {
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

/** The month of the page's own publication date: article:published_time, a date meta tag, or <time>. */
function metaPublished(html: string): string | undefined {
  for (const tag of html.matchAll(/<meta\b[^>]*>/gi)) {
    const name = /(?:property|name|itemprop)\s*=\s*["']([^"']+)["']/i.exec(tag[0])?.[1]?.toLowerCase();
    if (!name || !PUBLISHED_META.has(name)) continue;
    const month = monthOf(/content\s*=\s*["']([^"']+)["']/i.exec(tag[0])?.[1]);
    if (month) return month;
  }
  return monthOf(/<time\b[^>]*datetime\s*=\s*["']([^"']+)["']/i.exec(html)?.[1]);
}
const PUBLISHED_META = new Set([
  'article:published_time',
  'datepublished',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'og:published_time',
]);

function monthOf(value: string | undefined): string | undefined {
  const m = value && /^\s*((?:19|20)\d\d)-(0[1-9]|1[0-2])/.exec(value);
  return m ? `${m[1]}-${m[2]}` : undefined;
}

const MAX_NESTING = 2_000;

/**
 * How deep the page's elements nest and how many children the widest holds, as the parser sees them (it
 * leaves an unclosed <p> or a non-void <div/> open, as browsers do): one pass of htmlparser2's tokenizer
 * and tag stack, stopped as soon as the nesting passes the limit, before any quadratic work is done.
 */
function pageShape(html: string): { depth: number; widest: number } {
  let depth = 0;
  let widest = 0;
  const children: number[] = [0];
  const parser = new Parser(
    {
      onopentag() {
        const count = (children[children.length - 1] ?? 0) + 1;
        children[children.length - 1] = count;
        if (count > widest) widest = count;
        children.push(0);
        if (children.length - 1 > depth) depth = children.length - 1;
        if (depth > MAX_NESTING) parser.pause();
      },
      onclosetag() {
        children.pop();
      },
    },
    { decodeEntities: false },
  );
  parser.end(html.slice(0, MAX_INPUT_LENGTH));
  return { depth, widest };
}
