// The positions of a numbered list under a heading that ranks its items: "Top 5 export destinations of Ghana,
// 2022 (US$ million)\n1. Switzerland 3,420\n2. India 2,910": "1." ranks Switzerland first. (The order of an
// unnumbered list is no rank, nor a numbered list under a heading that ranks nothing.)
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from './quantity.js';

const NUMBERED_LINE = latin(/(?:^|\n)[ \t]*(\d{1,2})[.)][ \t]+(?=\p{Lu})/gu);
const RANKING_HEADING = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.quantities.rankingHeading})(?![\p{L}])`, 'iu'),
);
/** A heading's trade: a noun of traders, or a flow ("Top destinations for tourists" ranks no partners). */
const TRADE_HEADING = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.quantities.tradeRankNouns})(?![\p{L}])|${(c) => c.metrics.exports}|${(c) => c.metrics.imports}|${(c) => c.metrics.trade}`,
    'iu',
  ),
);
const ITEM_LINE = /^[ \t]*\d{1,2}[.)][ \t]/;

/** Adds to `found` the rank each item number of a ranking list gives, the heading's end as its header's. */
export function listedRanks(text: string, offset: number, found: Quantity[]): void {
  if (!text.includes('\n')) return;
  NUMBERED_LINE.lastIndex = 0;
  // (the items of a list numbered from 1 without a gap: "1. China … 3. Japan" ranks China alone)
  const next = new Map<number, number>();
  for (const m of text.matchAll(NUMBERED_LINE)) {
    const number = m[1] ?? '';
    const at = m.index + m[0].indexOf(number, m[0].startsWith('\n') ? 1 : 0);
    const heading = headingAbove(text, text.lastIndexOf('\n', at) + 1);
    const title = heading ? text.slice(heading.start, heading.end) : '';
    if (!heading || !RANKING_HEADING.test(title) || !TRADE_HEADING.test(title)) continue;
    if (Number(number) !== (next.get(heading.start) ?? 1)) {
      next.set(heading.start, 0);
      continue;
    }
    next.set(heading.start, Number(number) + 1);
    found.push({
      type: 'rank',
      value: Number(number),
      unit: 'rank',
      start: offset + at,
      end: offset + at + number.length + 1,
      listNumber: true,
      headerEnd: offset + heading.end,
    });
  }
}

/** The line above a list's items (the numbered lines and blank lines between skipped): its heading. */
function headingAbove(text: string, lineStart: number): { start: number; end: number } | undefined {
  let end = lineStart - 1;
  for (let lines = 0; end > 0 && lines < 30; lines++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (line.trim() !== '' && !ITEM_LINE.test(line))
      return line.length <= 160 ? { start, end: start + line.trimEnd().length } : undefined;
    end = start - 1;
  }
  return undefined;
}
