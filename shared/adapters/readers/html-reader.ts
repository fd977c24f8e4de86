// Saved web pages: the text only, through html-to-text (an htmlparser2 parser: no scripts run, nothing is
// loaded). Scripts, styles, frames, menus, forms and "lire aussi" / related-article blocks are left out; the
// headline and paragraphs keep their line breaks, as the extractor reads titles and paragraphs by lines.
import { convert, type HtmlToTextOptions } from 'html-to-text';
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

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // deep nesting (100,000 divs) must not exhaust the stack: nothing real nests deeper than this
  limits: { maxDepth: 250, maxChildNodes: 100_000, ellipsis: '', maxInputLength: 20_000_000 },
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
  const { text: html, encoding } = decodeText(bytes, metaCharset(head));
  // the parser's cost grows with the square of the nesting: 100,000 nested divs would take it minutes
  if (nestingDepth(html) > MAX_NESTING) {
    throw new UnreadableDocumentError(
      `the web page nests its elements more than ${MAX_NESTING} deep, which no article does: save the article as text or PDF`,
    );
  }
  const text = convert(html, OPTIONS)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const published = metaPublished(html.slice(0, 200_000));
  return {
    text,
    reader: 'text/html',
    encoding,
    ...(published ? { published } : {}),
    ...(text === '' ? { emptyReason: 'the web page holds no text outside scripts and menus' } : {}),
  };
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
/** Elements that close themselves or whose end tag may be left out: they do not deepen the page. */
const NOT_NESTING = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd td th tr tbody thead tfoot option optgroup colgroup rt rp'.split(
    ' ',
  ),
);

/** How deep the page's elements nest at most, from its tags alone (one pass, no parser). */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    const name = (m[2] as string).toLowerCase();
    if (NOT_NESTING.has(name) || m[3] === '/') continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}
