// Direction: who reports a figure and who is the partner, from the roles of the clause's economies and
// what the document has stated so far.
import type { Measure, Metric } from '../../figure.js';
import { FLOWS_WITH_WORLD, isCountryOrRegion } from '../attribution/cues.js';
import type { ClauseFacts, MetricMention } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { BETWEEN_CUES, PARTNER_CUES, withWords, words } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { clauseParties, type Direction } from './direction-clause.js';
import { OPEN_SIDE_RULES, WORLD_RULES } from './direction-open-rules.js';
import { BEFORE_UNMARKED_RULES, fillInOrder } from './direction-rules.js';

/**
 * "la part de marché de la France au Maroc", "Germany's market share in Poland", "het marktaandeel van China
 * in Marokko": the market imports (from), the supplier whose share it is (to).
 */
export function marketShareSides(
  text: string,
  mention: MetricMention,
  economies: EconomyMention[],
): { from: string; to: string; guessed: number } | undefined {
  if (!MARKET_SHARE.test(text.slice(mention.start, mention.end))) return undefined;
  let supplier: string | undefined;
  let market: string | undefined;
  for (const e of economies) {
    const before = text.slice(Math.max(0, e.start - 12), e.start);
    if (e.start < mention.start - 60 || e.start > mention.end + 50) continue;
    if (/['’]s?\s*$/.test(text.slice(e.end, e.end + 2)) && e.end <= mention.start) supplier ??= e.code;
    // "La Belgique détient une part de marché de 2,9 % au Maroc": the subject before it holds the share
    else if (e.end <= mention.start && !e.adjective && !PREPOSITION_BEFORE.test(before)) supplier ??= e.code;
    else if (e.start >= mention.end && SUPPLIER_OF_BEFORE.test(before)) {
      supplier ??= e.code;
    } else if (e.start >= mention.end && MARKET_IN_BEFORE.test(before)) {
      market ??= e.code;
    }
  }
  return supplier && market && supplier !== market ? { from: market, to: supplier, guessed: 0 } : undefined;
}

const MARKET_SHARE = new RegExp(
  words((c) => c.direction.marketShareWords),
  'i',
);

/** "la part de marché de la France": the supplier whose share it is. */
const SUPPLIER_OF_BEFORE = new RegExp(
  withWords`(?:${(c) => c.direction.ofSupplier})\s*(?:${(c) => c.roles.articles})?\s*$`,
  'i',
);

/** "… au Maroc", "in Poland": the market the share is of. */
const MARKET_IN_BEFORE = new RegExp(
  withWords`(?:${(c) => c.direction.inMarket})\s*(?:${(c) => c.roles.articles})?\s*$`,
  'i',
);

const PREPOSITION_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.direction.prepositionBeforeShare})\s*(?:${(c) => c.roles.articles})?\s*$`,
    'iu',
  ),
);

/** The flow of `figure`, with `partner` in the place of its partner. */
export function sameFlowWith(
  figure: ExtractedFigure,
  partner: string,
  subject: string | undefined,
): { from: string; to: string; guessed: number } {
  if (figure.metric === 'bilateral_trade') {
    const other = figure.from === partner || figure.to === partner ? figure.to : figure.from;
    return other < partner
      ? { from: other, to: partner, guessed: 0 }
      : { from: partner, to: other, guessed: 0 };
  }
  // the rival takes the place of the sentence's subject: "La France demeure le premier investisseur avec 31 %,
  // devant l'Espagne (11 %)" (the investor), "L'Espagne reste le premier client, …, devant la France (…)"
  return figure.from === subject && figure.to !== subject
    ? { from: partner, to: figure.to, guessed: 0 }
    : { from: figure.from, to: partner, guessed: 0 };
}

const TITLE_SENTENCE = /[.!?]\s/;

/**
 * from/to by the schema's rules: owner → from (exporter, reporter, investor), partner → to. An economy
 * named without a cue is the owner of a flow ("Spain posted a surplus", "Nederland voerde uit") but the
 * partner of a rank ("Marokko is de 45ste exportmarkt van Vlaanderen"), except an investor's rank, whose
 * subject invests ("la France, premier investisseur au Maroc"). Economies of the clause come first, then
 * the countries and regions the document names most; a total with no partner is with the WORLD.
 */
export function resolveDirection(
  text: string,
  q: Quantity,
  metric: Metric,
  measure: Measure,
  facts: ClauseFacts,
  documentEconomies: string[],
  previous: { from: string; to: string } | undefined,
  metricMention: MetricMention | undefined,
  sentencePair?: [string, string],
  lastAmount?: ExtractedFigure,
  statedPartners?: ReadonlySet<string>,
): { from: string; to: string; guessed: number } | undefined {
  const d = clauseParties({
    text,
    q,
    metric,
    measure,
    facts,
    documentEconomies,
    previous,
    metricMention,
    sentencePair,
    lastAmount,
    statedPartners,
  });
  // the stages in order: the clause's marked economies (above), the special cases that take an unmarked one
  // (direction-rules.ts), the unmarked ones in the order written, the sides still open filled by what the clause
  // and the text before say (direction-open-rules.ts), then the direction before, then the document's economies
  fillInOrder(BEFORE_UNMARKED_RULES, d);
  placeUnmarked(d);
  fillInOrder(OPEN_SIDE_RULES, d);
  fillInOrder(WORLD_RULES, d);
  continuePrevious(d);
  fillFromDocument(d);
  if (d.world && d.from && !d.to) d.to = 'WORLD';
  let { from, to } = d;
  if (!from || !to) return undefined;
  if (metric === 'bilateral_trade' && from > to && to !== 'WORLD') [from, to] = [to, from];
  return { from, to, guessed: d.guessed };
}

/** The clause's unmarked economies in the order written: the subject owns a flow, and is the partner of a rank. */
function placeUnmarked(d: Direction): void {
  const subjectIsPartner = d.q.type === 'rank' && !d.investorRank && !d.traderRank;
  for (const { code } of d.ambiguous) {
    if (code === d.from || code === d.to) continue;
    if (subjectIsPartner ? !d.to : d.from) {
      if (!d.to) d.to = code;
    } else if (!d.from) d.from = code;
    else if (!d.to) d.to = code;
  }
}

/** What the clause leaves open continues the usual direction of the metric. */
function continuePrevious(d: Direction): void {
  const previous = d.previous;
  if (!previous || (d.from && d.to)) return;
  if (!d.from && previous.from !== d.to) d.from = previous.from;
  // the same pair seen from its other side: "le solde reste déficitaire pour le Pérou" after Chile's exports
  if (!d.to) d.to = previous.to !== d.from ? previous.to : previous.from;
  d.guessed++;
}

/** … then the document's economies, the likeliest first. */
function fillFromDocument(d: Direction): void {
  const { text, q, metric, facts, items, world, statedPartners } = d;
  // … but a flow stated before any partner is named, title included, is with the world: "Automotive exports
  // reached 141.7 billion dirhams", in a story that comes to Japan and Belgium only later
  const namedBefore = (code: string) => facts.allEconomies.some((e) => e.code === code && e.start < q.start);
  // … and so is one under a title that names several partners ("l'Inde et le Brésil tirent les exportations
  // marocaines")
  const titlePartners = (owner: string | undefined) => {
    const titleEnd = text.indexOf('\n');
    return new Set(
      facts.allEconomies
        .filter((e) => titleEnd > 0 && e.end <= titleEnd && e.code !== owner && isCountryOrRegion(e.code))
        .map((e) => e.code),
    ).size;
  };
  // (a clause's one economy that no cue marks as the partner: "Peru's trade", not "les échanges avec le Pérou")
  const clauseOwner =
    d.from !== undefined &&
    items.every((e) => {
      const cue = text.slice(Math.max(0, e.start - 30), e.start);
      return e.code === d.from && !PARTNER_CUES.test(cue) && !BETWEEN_CUES.test(cue);
    });
  // (a title: a short first line that is no paragraph of sentences)
  const titleEnd = text.indexOf('\n');
  const titled = titleEnd > 0 && titleEnd <= 160 && !TITLE_SENTENCE.test(text.slice(0, titleEnd));
  const namedInTitle = (code: string) =>
    titled && facts.allEconomies.some((e) => e.end <= titleEnd && e.code === code);
  for (const code of d.documentEconomies) {
    if (d.from && d.to) break;
    // (a group only when the story opens on it: "entre le Chili et l'Asie")
    if (code === d.from || code === d.to || (!isCountryOrRegion(code) && !facts.storyPair?.includes(code)))
      continue;
    // the economy a story is about receives the investment it reports ("un investissement de 600 millions")
    if (metric === 'fdi' && !d.to) d.to = code;
    else if (!d.from) d.from = code;
    else if (!d.to) {
      if (
        world &&
        (!namedBefore(code) ||
          titlePartners(d.from) >= 2 ||
          // (a title naming the pair names the partner: "Pérou-Chili : les échanges progressent")
          // (… and one the document has named only as a rank's, never with a flow: "de grootste afzetmarkt
          // is Chili. … Vorig jaar werd er voor 14 miljard euro uitgevoerd" is the total)
          (statedPartners !== undefined && !statedPartners.has(code) && !namedInTitle(code)))
      )
        break;
      // "The total value of Peru's trade increased by 25%", before any partner is named: its trade with everyone
      // … and "Tea makes up a quarter of Kenya's exports": a share of one economy's flow, before any partner is named
      const shareOfTotal = d.measure === 'share' && FLOWS_WITH_WORLD.has(metric);
      if ((metric === 'bilateral_trade' || shareOfTotal) && clauseOwner && !namedBefore(code)) {
        d.to = 'WORLD';
        break;
      }
      d.to = code;
    }
    d.guessed++;
  }
}

export { partnerOfRegionalPart } from './direction-open-rules.js';
