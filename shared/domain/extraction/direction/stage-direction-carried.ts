// Attribution, stage 4 (the carried direction): the direction a figure takes from the figure before it or beside it
// ("Omgekeerd ging het om 1,5 miljard euro", "et les wallonnes de 18 %", "devant la France (1,9 milliard)"), each
// a named rule; the first that applies wins over the direction the clause states.

import type { Measure, Metric } from '../../figure.js';
import type { Attribution, ChosenMetric, Direction } from '../attribution/attribute-state.js';
import { isCountryOrRegion, isGroup, PARAGRAPH_BREAK, RIVAL_CUE, sameEconomy } from '../attribution/cues.js';
import { successorTakesPartner } from '../attribution/lists.js';
import { BRACKET_AFTER_NAME } from '../attribution/stage-metric-neighbours.js';
import { TRADER_PRONOUN } from '../attribution/stage-subject.js';
import { inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { BALANCE_OWNER_CUES, PRONOUN_START, withWords } from '../lexicon.js';
import { firstApplying, type NamedRule } from '../rule.js';
import { sameFlowWith } from './direction.js';

/** What a rule of the carried direction reads: the quantity, stage 2's answer, and the direction the clause states. */
interface DirectionInput {
  s: Attribution;
  c: ChosenMetric;
  metric: Metric;
  measure: Measure;
  stated: Direction | undefined;
}

const sides = (from: string, to: string): Direction => ({ from, to, guessed: 0 });
/** The sides of a flow, a bilateral pair in alphabetical order. */
const pair = (metric: string, from: string, to: string): Direction =>
  metric === 'bilateral_trade' && from > to && to !== 'WORLD' ? sides(to, from) : sides(from, to);

/**
 * The direction of the figure it continues or sits beside, when stage 2 found one (the first rule of
 * CARRIED_DIRECTION_RULES that applies); else the one the clause states.
 */
export function carriedDirection(
  s: Attribution,
  c: ChosenMetric,
  metric: Metric,
  measure: Measure,
  stated: Direction | undefined,
): Direction | undefined {
  return firstApplying(CARRIED_DIRECTION_RULES, { s, c, metric, measure, stated })?.value ?? stated;
}

/** The directions a figure takes from the figure before it or beside it, in order. */
export const CARRIED_DIRECTION_RULES: Array<NamedRule<DirectionInput, Direction>> = [
  {
    name: 'rank-a-flow-makes',
    why: 'A rank a flow makes of one of its sides ("…, making it the country’s largest supplier", "ce qui en fait son premier client") is of that flow: the same trade, seen from the rank’s side.',
    examples: [
      {
        text: 'China exported $12.3 billion to Nigeria in 2023, making it the country’s largest supplier.',
        language: 'en',
        figure: { value: 1, measure: 'rank', metric: 'imports', from: 'NG', to: 'CN' },
      },
      {
        text: 'La Chine a exporté pour 12,3 milliards de dollars vers le Nigeria en 2023, ce qui en fait le premier fournisseur du pays.',
        language: 'fr',
        figure: { value: 1, measure: 'rank', metric: 'imports', from: 'NG', to: 'CN' },
      },
      {
        text: 'Kenya accounted for 1.2% of Dutch exports in 2023, making it the country’s 40th largest export market.',
        language: 'en',
        figure: { value: 40, measure: 'rank', metric: 'exports', from: 'NL', to: 'KE' },
      },
    ],
    apply: ({ s: { text, q, facts }, c: { last }, metric }) => {
      if (q.type !== 'rank' || !last || last.start < facts.sentence.start || last.measure === 'rank')
        return undefined;
      if (!MAKES_OF_SUBJECT.test(text.slice(last.end, q.start))) return undefined;
      if (facts.quantities.some((o) => o !== q && o.start >= last.end && o.end <= q.start)) return undefined;
      if (!isCountryOrRegion(last.from) || !isCountryOrRegion(last.to)) return undefined;
      // (exports from A to B are B's imports from A: a supplier's rank after an export flow turns it round)
      const turned =
        (metric === 'imports' && last.metric === 'exports') ||
        (metric === 'exports' && last.metric === 'imports');
      return turned ? pair(metric, last.to, last.from) : pair(metric, last.from, last.to);
    },
  },
  {
    name: 'balance-favouring-an-economy-before',
    why: 'A balance whose sentence names no economy belongs to the one the sentence before says it favours.',
    examples: [
      {
        text: "Le solde commercial entre le Maroc et l'Espagne est en faveur de l'Espagne. En 2022, il a atteint 2 milliards d'euros.",
        language: 'fr',
        figure: { value: 2_000_000_000, from: 'ES', to: 'MA' },
      },
    ],
    apply: ({ s: { text, facts }, metric, stated }) => {
      const previous = facts.previous;
      if (
        metric !== 'trade_balance' ||
        !stated ||
        !previous ||
        inSpan(facts.allEconomies, facts.sentence).length > 0 ||
        PARAGRAPH_BREAK.test(text.slice(previous.end, facts.sentence.start)) ||
        !inSpan(facts.allMetrics, previous).some((m) => m.metric === 'trade_balance')
      )
        return undefined;
      const favoured = inSpan(facts.allEconomies, previous).find(
        (e) =>
          !e.adjective &&
          BALANCE_OWNER_CUES.test(text.slice(Math.max(previous.start, e.start - 30), e.start)),
      );
      if (!favoured || favoured.code === stated.from) return undefined;
      return sides(favoured.code, stated.to === favoured.code ? stated.from : stated.to);
    },
  },
  {
    name: 'conversely-the-other-way',
    why: '"Conversely" with no flow of its own is the flow before, the other way.',
    examples: [
      {
        text: 'België verkocht in 2023 voor 2,9 miljard euro aan Marokko. Omgekeerd ging het om 1,5 miljard euro.',
        language: 'nl',
        figure: { value: 1_500_000_000, from: 'MA', to: 'BE' },
      },
    ],
    apply: ({ c: { conversely, last } }) => (conversely && last ? sides(last.to, last.from) : undefined),
  },
  {
    name: 'amount-opening-a-sentence',
    why: 'An amount that opens a sentence naming no flow nor economy is of the flow just stated.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko steeg in 2018 met 12 procent. Met 2,35 miljard euro was 2018 een recordjaar.',
        language: 'nl',
        figure: { value: 2_350_000_000, from: 'BE', to: 'MA', period: '2018' },
      },
    ],
    apply: ({ c: { openingAmount, head } }) =>
      openingAmount && head ? sides(head.from, head.to) : undefined,
  },
  {
    // "le 36e client de la Flandre et le 38e de la Wallonie": the economy after the second position ranks it
    name: 'second-position-of-another-economy',
    why: 'The economy right after a second position ("et le 38e de la Wallonie") is the one it ranks.',
    examples: [
      {
        text: 'Le Maroc est le 36e client de la Flandre et le 38e de la Wallonie.',
        language: 'fr',
        figure: { value: 38, from: 'BE-WAL', to: 'MA' },
      },
    ],
    apply: ({ s: { q, facts }, c: { last } }) => {
      const gappedOwner =
        q.gapped && last?.measure === 'rank'
          ? facts.economies.find((e) => e.start >= q.end && e.start - q.end <= 12 && e.code !== last.to)
          : undefined;
      return gappedOwner && last ? sides(gappedOwner.code, last.to) : undefined;
    },
  },
  {
    // "…, et les wallonnes de 18 %": the adjective names the owner of the flow before
    name: 'owner-an-adjective-names',
    why: 'An adjective with the flow left out ("et les wallonnes de 18 %") names the owner of the flow before.',
    examples: [
      {
        text: 'Les exportations flamandes vers le Maroc ont progressé de 41 %, et les wallonnes de 18 %.',
        language: 'fr',
        figure: { value: 18, from: 'BE-WAL', to: 'MA' },
      },
    ],
    apply: ({ c: { elliptical, last } }) =>
      elliptical && last && elliptical.code !== last.to ? sides(elliptical.code, last.to) : undefined,
  },
  {
    name: 'for-an-economy',
    why: '"Voor Wallonië", "pour la Wallonie": the change of the named economy\'s side of the flow before.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko steeg in 2023 met 8 procent. Voor Vlaanderen betekent dat een stijging van 9,5 procent, voor Wallonië van 5,3 procent.',
        language: 'nl',
        figure: { value: 5.3, from: 'BE-WAL', to: 'MA' },
      },
    ],
    apply: ({ c: { forEconomy, last } }) =>
      forEconomy && last ? sides(forEconomy.code, last.to) : undefined,
  },
  {
    name: 'sibling-region-continues',
    why: 'A sibling region named in a clause that continues a region\'s flow ("terwijl het cijfer in Brussel 4 procent was") owns that flow.',
    examples: [
      {
        text: 'In 2021 ging 12 procent van de Vlaamse uitvoer naar Japan, terwijl het cijfer in Brussel 4 procent was.',
        language: 'nl',
        figure: { value: 4, from: 'BE-BRU', to: 'JP' },
      },
      {
        text: 'In 2021, 12 percent of Flemish exports went to Japan, whereas in Wallonia the figure was 4 percent.',
        language: 'en',
        figure: { value: 4, from: 'BE-WAL', to: 'JP' },
      },
    ],
    apply: ({ s: { facts }, c: { continues, last } }) => {
      if (!continues || !last?.from.includes('-')) return undefined;
      const sibling = facts.economies.find(
        (e) =>
          e.code.includes('-') &&
          e.code !== last.from &&
          e.code !== last.to &&
          sameEconomy(e.code, last.from),
      );
      return sibling ? sides(sibling.code, last.to) : undefined;
    },
  },
  {
    name: 'sibling-region-in-brackets',
    why: "An amount in brackets after a sibling region of the flow before is that region's flow.",
    examples: [
      {
        text: 'Brussel voerde 96 miljoen euro uit naar Marokko. Vlaanderen (1,62 miljard euro) en Wallonië (398 miljoen euro) deden beter.',
        language: 'nl',
        figure: { value: 398_000_000, from: 'BE-WAL', to: 'MA' },
      },
    ],
    apply: ({ c: { sibling, last } }) => (sibling && last ? sides(sibling.code, last.to) : undefined),
  },
  {
    name: 'that-of-another-economy',
    why: '"Dat van Hongkong", "celle de la France": the same figure for another economy.',
    examples: [
      {
        text: 'Het aandeel van Marokko in de Belgische uitvoer bedroeg 0,41 procent; dat van Tunesië 0,53 procent.',
        language: 'nl',
        figure: { value: 0.53, to: 'TN' },
      },
    ],
    apply: ({ c: { ellipsis, last } }) =>
      ellipsis && last ? sameFlowWith(last, ellipsis.code, undefined) : undefined,
  },
  {
    // the successor takes the place of the economy the flow before was said of: "Wallonië volgt met" after the
    // Flemish part (its owner), "La France suit avec" after Spain as first client (its partner)
    name: 'successor-in-a-breakdown',
    why: 'The next economy of a breakdown ("Wallonië volgt met") takes the place of the one before.',
    examples: [
      {
        text: 'De Vlaamse uitvoer naar Marokko bedroeg 1,5 miljard euro. Wallonië volgt met 420 miljoen euro, Brussel met 95 miljoen euro.',
        language: 'nl',
        figure: { value: 420_000_000, from: 'BE-WAL', to: 'MA' },
      },
    ],
    apply: ({ s: { text, q, facts }, c: { successor, last, metric } }) =>
      successor && last
        ? successorTakesPartner(text, last, successor.code, facts, q)
          ? pair(metric, last.from, successor.code)
          : pair(metric, successor.code, last.to)
        : undefined,
  },
  {
    name: 'part-taken-by-an-economy',
    why: 'A part of the figure before goes to the economy that takes it ("16 percent went to Morocco").',
    examples: [
      {
        text: 'Belgian exports reached 2.1 billion euros in 2023. About 16 percent went to Morocco, 12 percent to Japan.',
        language: 'en',
        figure: { value: 16, from: 'BE', to: 'MA' },
      },
    ],
    apply: ({ s: { text, q, facts }, c: { partOfLast, last } }) => {
      if (!partOfLast || !last) return undefined;
      // the economy that takes a part: the one it goes to right after it ("16 procent daarvan ging naar Chili, 12
      // procent naar Japan"), else the first of the clause ("L'Inde en absorbe près de la moitié, suivie du Brésil")
      const taker = (
        facts.economies.find(
          (e) => e.code !== last.from && e.start >= q.end && GOES_TO_BEFORE.test(text.slice(q.end, e.start)),
        ) ??
        // (a name, not an adjective: "Ses autres fournisseurs asiatiques sont la Corée (6 %)")
        facts.economies.find((e) => e.code !== last.from && !e.adjective)
      )?.code;
      return sides(last.from, taker ?? last.to);
    },
  },
  {
    name: 'followed-by-in-brackets',
    why: 'Names listed after "followed by" rank in the flow of the sentence before, each in the place a ranking puts.',
    examples: [
      {
        text: 'Morocco drew 3.1 billion dollars in FDI from Spain in 2023. That country was followed by Canada (2.6 billion dollars) and Chile (0.8 billion dollars).',
        language: 'en',
        figure: { value: 2_600_000_000, metric: 'fdi', from: 'CA', to: 'MA' },
      },
    ],
    apply: ({ c: { followedItem, head } }) =>
      followedItem && head
        ? head.metric === 'fdi'
          ? sides(followedItem.code, head.to)
          : sides(head.from, followedItem.code)
        : undefined,
  },
  {
    name: 'rival-in-brackets',
    why: 'An amount in brackets after a rival ("devant la France (1,9 milliard)") is that rival\'s share of the flow just stated.',
    examples: [
      {
        text: "La Belgique a exporté pour 2,1 milliards d'euros vers le Maroc, devant la France (1,9 milliard d'euros).",
        language: 'fr',
        figure: { value: 1_900_000_000, from: 'FR', to: 'MA' },
      },
      {
        // (the subject after an opening phrase that names the flow's owner)
        text: "Au niveau des ventes de la Belgique, l'Espagne pointe en deuxième position avec 12,5 % des exportations, derrière la France (25,3 %).",
        language: 'fr',
        figure: { value: 25.3, from: 'BE', to: 'FR' },
      },
      {
        // (a head in brackets after its partner's name: the rival takes the partner's place)
        text: "Les ventes du Pérou partent d'abord vers la Chine (50,1 %), devant l'Espagne (20,4 %).",
        language: 'fr',
        figure: { value: 20.4, from: 'PE', to: 'ES' },
      },
      {
        // (a rival's figure after its name with a word, not in brackets)
        text: 'Germany took 28 per cent of Polish exports, followed by the Czech Republic at 6 per cent and France at 5.5 per cent.',
        language: 'en',
        figure: { value: 6, measure: 'share', from: 'PL', to: 'CZ' },
      },
      {
        text: "L'Allemagne est le premier client de la Pologne avec 28 % des exportations, suivie de la Tchéquie avec 6 % et de la France avec 5,5 %.",
        language: 'fr',
        figure: { value: 5.5, measure: 'share', from: 'PL', to: 'FR' },
      },
      {
        text: 'Duitsland nam 28 procent van de Poolse uitvoer af, gevolgd door Tsjechië met 6 procent en Frankrijk met 5,5 procent.',
        language: 'nl',
        figure: { value: 6, measure: 'share', from: 'PL', to: 'CZ' },
      },
    ],
    apply: ({ s: { text, facts }, c: { bracketed, head }, stated }) =>
      bracketed &&
      head &&
      (stated?.to !== bracketed.code || RIVAL_CUE.test(text.slice(head.end, bracketed.start)))
        ? sameFlowWith(
            head,
            bracketed.code,
            // (the subject: the economy named last before the head figure, not one a frame names before it: "Au
            // niveau des ventes de la Belgique, l'Espagne pointe en deuxième position avec 12,5 %"; of a rank, the
            // one it ranks, whose place the rival takes)
            head.measure === 'rank'
              ? head.metric === 'fdi'
                ? head.from
                : head.to
              : rivalSubject(text, facts.allEconomies, facts.sentence, head),
          )
        : undefined,
  },
  {
    name: 'flow-before-continued',
    why: 'A figure that continues the one before, or is its change, its amount, its other currency, keeps its direction.',
    examples: [
      {
        text: 'Le Maroc est le troisième client de la Belgique en Afrique, avec des achats de 2,1 milliards d’euros.',
        language: 'fr',
        figure: { value: 2_100_000_000, from: 'BE', to: 'MA' },
      },
      {
        // (the ranked trader's part after a participle)
        text: 'Kenyan exports rose 5% in 2023. Uganda remained the largest destination, accounting for 11.2% of exports.',
        language: 'en',
        figure: { value: 11.2, measure: 'share', from: 'KE', to: 'UG' },
      },
      {
        text: 'Les exportations sud-africaines ont progressé de 4,8 % en 2023. La Chine reste la première destination, représentant 11,2 % des exportations.',
        language: 'fr',
        figure: { value: 11.2, measure: 'share', from: 'ZA', to: 'CN' },
      },
    ],
    apply: ({ s, c, metric, measure, stated }) => {
      const { last, bracketed, continues, listed, ofRank, valueOfShare, growthOfLast, inOtherCurrency } = c;
      if (!last) return undefined;
      // "… le Japon (12,1%), le Chili (12,0%) et la Bolivie (3,8%)": a list item whose own name the clause reads as
      // its partner is not the item before continued
      const ownItem = bracketed !== undefined && stated?.to === bracketed.code;
      // ("Par contre, celles vers l'Océanie ont fléchi": a partner the clause names for the flow it continues
      // takes the place of the flow's)
      const ownPartner =
        continues &&
        stated !== undefined &&
        stated.from === last.from &&
        stated.to !== last.to &&
        s.facts.economies.some((e) => e.code === stated.to && !e.adjective);
      return (continues && (!stated || stated.guessed > 0) && !ownItem && !listed?.partner) ||
        ofRank ||
        valueOfShare ||
        growthOfLast ||
        inOtherCurrency ||
        restatedShare(s, last, metric, measure, stated)
        ? sides(last.from, ownPartner && stated ? stated.to : last.to)
        : undefined;
    },
  },
];

/**
 * "… vers le Chili atteignait 2 milliards. Elle représentait 31 % des exportations péruviennes vers l'Amérique",
 * "This makes up some 40% of their exports to Europe": a share of the flow a pronoun takes up is that flow's, with its
 * partner; a group named in the total after it bounds the total, it is no partner.
 */
function restatedShare(
  { text, q, facts }: Attribution,
  last: ExtractedFigure,
  metric: Metric,
  measure: Measure,
  stated: Direction | undefined,
): boolean {
  const firstInSentence = inSpan(facts.allEconomies, facts.sentence).length
    ? facts.quantities.find((o) => o.start >= facts.sentence.start)
    : undefined;
  return (
    last.start >= (facts.previous?.start ?? facts.sentence.start) &&
    measure === 'share' &&
    last.metric === metric &&
    isCountryOrRegion(last.to) &&
    stated !== undefined &&
    isGroup(stated.to) &&
    PRONOUN_START.test(text.slice(facts.sentence.start, q.start)) &&
    !TRADER_PRONOUN.test(text.slice(facts.sentence.start, q.start)) &&
    facts.economies.some(
      (e) => e.code === stated.to && firstInSentence !== undefined && e.start > firstInSentence.start,
    )
  );
}

/**
 * The subject a rival takes the place of: the sentence's first economy, or the one after the opening phrase it
 * is named in ("Au niveau des ventes de la Belgique, l'Espagne pointe en deuxième position avec 12,5 %").
 */
function rivalSubject(
  text: string,
  economies: EconomyMention[],
  sentence: Span,
  head: ExtractedFigure,
): string | undefined {
  const named = inSpan(economies, sentence).filter((e) => !e.adjective);
  // (a head in brackets after its partner's name is that partner's: "Les ventes du Pérou vont vers la Chine (50 %),
  // devant l'Espagne (20 %)" puts Spain in China's place)
  const headItem = named.find(
    (e) =>
      e.end <= head.start && e.code === head.to && BRACKET_AFTER_NAME.test(text.slice(e.end, head.start)),
  );
  if (headItem && head.metric !== 'fdi') return headItem.code;
  const first = named[0];
  const comma = first ? text.indexOf(',', first.end) : -1;
  const after =
    first && comma >= 0 && comma < head.start
      ? named.find(
          (e) => e.start > comma && e.end <= head.start && /^[^,]*$/.test(text.slice(comma + 1, e.start)),
        )
      : undefined;
  return (after ?? first)?.code;
}

// (a change keeps its sign outside the quantity: "India (-37.9%)")
const MAKES_OF_SUBJECT = latin(
  new RegExp(withWords`,\s*(?:${(c) => c.directionStage.makesOfSubject})(?![\p{L}])`, 'iu'),
);

const GOES_TO_BEFORE = latin(
  new RegExp(
    withWords`^\s*(?:[\p{L}'’]+\s+){0,3}?(?:${(c) => c.continuation.goesTo})\s+(?:${(c) => c.continuation.goesToArticle})?$`,
    'iu',
  ),
);
