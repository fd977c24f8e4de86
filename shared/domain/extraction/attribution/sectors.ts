// The product or sector a figure is for, from the goods named around it.

import type { ClauseFacts, MetricMention } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import { LATIN_LETTER, LETTER, latin } from '../letters.js';
import { SECTOR_WORDS, SECTORS, withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { SECTOR_WORD, SHARE_RIGHT_AFTER } from './cues.js';

/** Where the share that follows an amount begins ("…, soit 0,6 % des exportations"), or the clause's end. */
export function shareAfter(text: string, q: Quantity, facts: ClauseFacts): number {
  const share = facts.quantities.find((o) => o.type === 'percent' && o.start >= q.end);
  return share && SHARE_RIGHT_AFTER.test(text.slice(q.end, share.start)) ? share.start : facts.clause.end;
}

const SECTOR_PHRASE = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.goods.origin})?\s*(?:${(c) => c.goods.of})\s+(\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*)?)`,
    'iu',
  ),
);

/**
 * Whether a phrase names several goods ("les textiles et les machines"), not one class of goods
 * named by two joined adjectives ("les produits agricoles et halieutiques", "agricultural and fishery").
 */
export function severalGoods(goods: string): boolean {
  // (listed one after another: "les textiles et les machines", not a product and its material, "pâtes de bois",
  // nor goods named in two statements, "diamonds dominate …, and trade in jewellery")
  const named = goodsNamed(goods);
  return named.some((n, i) => i > 0 && LISTED_NEXT.test(goods.slice((named[i - 1] as Span).end, n.start)));
}
const LISTED_NEXT = latin(
  new RegExp(
    withWords`^\s*(?:,|&|(?:${(c) => c.lists.and})|(?:${(c) => c.lists.or}))\s*(?:(?:${(c) => c.goods.article})\s*)?(?:\p{L}+\s+)?$`,
    'iu',
  ),
);

/** The classes of goods a phrase names, two adjectives joined on one noun counting once. */
export function goodsNamed(phrase: string): Array<{ name: string; start: number; end: number }> {
  // one scan for all classes of goods; the first mention of each counts
  const goods = withoutAllTrade(phrase);
  const named: Array<{ name: string; start: number; end: number }> = [];
  // (the patterns' leading "no letter before" is checked here, which lets the engine skip ahead on first letters)
  ANY_SECTOR.lastIndex = 0;
  for (let m = ANY_SECTOR.exec(goods); m; m = ANY_SECTOR.exec(goods)) {
    if (m.index > 0 && LETTER.test(goods.charAt(m.index - 1))) {
      ANY_SECTOR.lastIndex = m.index + 1;
      continue;
    }
    const name = SECTORS[m.slice(1).findIndex((g) => g !== undefined)]?.[0];
    if (name && !named.some((n) => n.name === name))
      named.push({ name, start: m.index, end: m.index + m[0].length });
  }
  return named.filter(
    (n, i) => i === 0 || !JOINED_ADJECTIVES.test(goods.slice((named[i - 1] as Span).end, n.start)),
  );
}

const JOINED_ADJECTIVES = new RegExp(withWords`^\s*(?:${(c) => c.lists.and}|&|,)\s*$`, 'i');

const WORD_START = `(?<![${LATIN_LETTER}])`;
const ANY_SECTOR = new RegExp(
  SECTORS.map(
    ([, re]) => `(${re.source.startsWith(WORD_START) ? re.source.slice(WORD_START.length) : re.source})`,
  ).join('|'),
  'gi',
);

/**
 * The first sector, in the order they are tried, whose goods `phrase` names anywhere; only the sectors whose words
 * open one of the phrase's words are tried, as most phrases name none.
 */
export function firstSectorIn(phrase: string): string | undefined {
  const candidates = SECTOR_WORDS.candidates(phrase);
  if (!candidates.includes(1)) return undefined;
  const goods = withoutAllTrade(phrase);
  return SECTORS.find(([, re], i) => candidates[i] === 1 && re.test(goods))?.[0];
}

/** A phrase with "goods and services" named together blanked out: all trade, which names no sector. */
function withoutAllTrade(phrase: string): string {
  ALL_TRADE.lastIndex = 0;
  return ALL_TRADE.test(phrase) ? phrase.replace(ALL_TRADE, (m) => ' '.repeat(m.length)) : phrase;
}
const ALL_TRADE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.goods.allTrade})(?![\p{L}])`, 'giu'));

export function sectorNear(text: string, metric: MetricMention, q: Quantity): string | null {
  const window = text.slice(
    metric.end,
    Math.min(metric.end + 40, q.start > metric.end ? q.start : metric.end + 40),
  );
  // "la facture énergétique", "energiefactuur": the metric word names its goods
  const own = firstSectorIn(text.slice(metric.start, metric.end));
  if (own) return own;
  // (goods after the metric word, "exports of cocoa", or else before it, "cocoa exports in the 2022/23 season")
  const after = SECTOR_PHRASE.exec(window)?.[1];
  const named = after === undefined ? undefined : firstSectorIn(after);
  if (named) return named;
  const before = sectorNamedBefore(text, metric);
  return before === undefined ? null : (firstSectorIn(before) ?? null);
}

/**
 * "les matières plastiques (11 %)", "phosphates: 36,9 MMDH", "le café vert (-45,6 %)": goods named right before the
 * quantity, in its own item: after the bracket that closes the item before it ("le cacao (40 %) et le café vert (…").
 */
export function sectorJustBefore(text: string, q: Quantity, facts: ClauseFacts): string | null {
  const before = text.slice(Math.max(facts.clause.start, q.start - 40), q.start);
  // (a comma opens the item's figure only before a change: "led by steel, up 22.7 %", not "Belgium, 12 %")
  const opening = ITEM_FIGURE_OPENS.exec(before);
  if (!opening || (opening[1] === ',' && opening[2] === undefined)) return null;
  const item = before.slice(0, opening.index);
  const goods = item.slice(Math.max(item.lastIndexOf(','), item.lastIndexOf(')')) + 1);
  // (goods that describe the amount before them leave the change to it: "HK$41.3 billion, mostly diamonds, up 3.4 %")
  if (opening[1] === ',' && DESCRIBED_GOODS.test(goods)) return null;
  return firstSectorIn(goods) ?? null;
}
const DESCRIBED_GOODS = latin(new RegExp(withWords`^\s*(?:${(c) => c.goods.mostly})(?![\p{L}])`, 'iu'));

/** Where an item's figure opens after its goods: a bracket, a colon, or a comma before a change ("steel, up"). */
const ITEM_FIGURE_OPENS = latin(
  new RegExp(withWords`([(:,])\s*(?:(${(c) => c.goods.changeAfter})\s+)?[+\-−]?\s*$`, 'iu'),
);

/** "$410 million of coffee", "150 millions d'euros de textiles", "voor 844 miljoen euro aan bloemen": the goods an amount is worth. */
export function sectorOfAmount(text: string, q: Quantity, facts: ClauseFacts): string | null {
  if (q.type !== 'money') return null;
  const goods = GOODS_OF_AMOUNT.exec(text.slice(q.end, Math.min(facts.clause.end, q.end + 50)))?.[1];
  if (!goods) return null;
  // (goods of several sectors listed are no one sector: "C$4.2 billion of machinery and vehicles")
  const sectors = new Set(goods.split(LIST_JOIN).map(firstSectorIn));
  sectors.delete(undefined);
  return sectors.size === 1 ? ([...sectors][0] ?? null) : null;
}
const LIST_JOIN = latin(
  new RegExp(withWords`\s*(?:,|&|(?<![\p{L}])(?:${(c) => c.lists.and})(?![\p{L}]))\s*`, 'iu'),
);
const GOODS_OF_AMOUNT = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.goods.amountOf})\s*(?:(?:${(c) => c.goods.article})\s*)?(\p{L}[\p{L}'’ -]*)`,
    'iu',
  ),
);

/** "tandis que celles des phosphates ont reculé de 2,3 %", "those of cars fell 3%". */
export function sectorOfPronoun(text: string, q: Quantity, facts: ClauseFacts): string | null {
  const named = PRONOUN_OF.exec(text.slice(facts.clause.start, q.start))?.[1];
  return named ? (firstSectorIn(named) ?? null) : null;
}

const PRONOUN_OF = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.goods.pronoun})\s+(?:${(c) => c.goods.pronounOf})\s+(?:${(c) => c.goods.article})?(\p{L}+)`,
    'iu',
  ),
);

function sectorNamedBefore(text: string, metric: MetricMention): string | undefined {
  const window = withoutAllTrade(text.slice(Math.max(0, metric.start - 60), metric.start));
  // "Phosphate sales", "car exports": goods named right before the metric word
  const trimmed = window.trimEnd();
  const word = trimmed.length < window.length ? trimmed.slice(trimmed.lastIndexOf(' ') + 1) : '';
  if (word && firstSectorIn(word)) return word;
  const m = SECTOR_WORD.test(window) ? SECTOR_NAMED.exec(window) : null;
  return m?.[1] ?? m?.[2];
}

/** "Le secteur aéronautique a vu ses exportations bondir", "the automotive sector's exports". */
const SECTOR_NAMED = latin(
  new RegExp(
    withWords`(?:(?:${(c) => c.goods.sectorBefore})\s+(?:${(c) => c.goods.sectorOf})?(\p{L}+)|(\p{L}+)\s+(?:${(c) => c.goods.sectorAfter}))[^.;]{0,40}$`,
    'iu',
  ),
);
