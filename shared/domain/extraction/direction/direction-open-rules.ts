// The rules of a figure's direction tried after the clause's unmarked economies are placed: the sides still open
// filled by an anaphor, a total, the flow just named, a scene, the story's pair, a region's part of a flow, or the
// world the clause names or implies.
import { countryOf, type Metric } from '../../figure.js';
import {
  FLOWS_WITH_WORLD,
  isCountryOrRegion,
  isRival,
  PARAGRAPH_BREAK,
  sameEconomy,
  TOTAL_CUE,
  WORLD_PARTNER,
} from '../attribution/cues.js';
import { lastIndexOf } from '../attribution/metrics.js';
import { shareAfter } from '../attribution/sectors.js';
import { type ClauseFacts, inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import { type DirectionRule, inwardInvestment, partnerUnnamed } from './direction-rules.js';

const REFERRED_TOTAL = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.ofTheTotal})(?![\p{L}])`, 'giu'),
);

const SCENE_OPENING = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.direction.sceneIn})\s+(?:${(c) => c.economyRoles.placeArticles})?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:${(c) => c.direction.also})?\s*,`,
    'iu',
  ),
);

const THAT_FLOW = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.thatFlow})\s+$`, 'iu'));

const OUTWARD_INVESTMENT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.outward})(?![\p{L}])`, 'iu'),
);

export const PARTNER_ANAPHOR = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.direction.anaphorPrepositions})\s+(?:(?:${(c) => c.direction.anaphorDeterminers})\s*(?:[\p{L}-]+\s+)?(?:${(c) => c.direction.anaphorNouns})|${(c) => c.direction.anaphorPronouns})(?![\p{L}])`,
    'iu',
  ),
);

/** "Nos entreprises y exportent": "y" is the place named before. */
const THERE_BEFORE_VERB = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.direction.there})\s+(?:(?:${(c) => c.direction.thereAuxiliaries})\s+(?:\p{L}+\s+)?)?(?:${(c) => c.direction.thereVerbs})\p{L}*`,
    'iu',
  ),
);

const traderRankAmongWorld: DirectionRule = {
  name: 'trader-rank-among-the-world',
  why: 'a trader ranked with no list named whose it is ranks among all the world’s traders',
  examples: [
    {
      text: 'Les exportations chiliennes vers la Chine ont atteint 30 milliards de dollars en 2022. Le Chili était le 9e exportateur de vin.',
      language: 'fr',
      figure: { value: 9, measure: 'rank', from: 'CL', to: 'WORLD' },
    },
  ],
  apply: (d) => (d.traderRank && d.from && !d.to ? { to: 'WORLD' } : undefined),
};

const partnerByAnaphor: DirectionRule = {
  name: 'partner-named-by-an-anaphor',
  why: '"vers ce pays", "vers elle", "naar dat land", "y vendent": the country named last before it, other than the reporter',
  examples: [
    {
      text: 'Le Kenya est un client important du Portugal. Les ventes portugaises vers ce pays ont atteint 150 millions d’euros en 2022.',
      language: 'fr',
      figure: { value: 150_000_000, from: 'PT', to: 'KE' },
    },
    {
      text: 'Le Kenya est un client important du Portugal. En 2022, les entreprises portugaises y ont exporté pour 150 millions d’euros.',
      language: 'fr',
      figure: { value: 150_000_000, from: 'PT', to: 'KE' },
    },
    {
      text: 'Japan is een belangrijke klant van België. De Belgische uitvoer naar dat land bedroeg 2 miljard euro in 2022.',
      language: 'nl',
      figure: { value: 2_000_000_000, from: 'BE', to: 'JP' },
    },
    {
      text: 'Le Kenya importe beaucoup. En 2022, le Portugal exportait vers lui pour 150 millions d’euros.',
      language: 'fr',
      figure: { value: 150_000_000, from: 'PT', to: 'KE' },
    },
  ],
  apply: ({ text, q, metric, facts, from, to }) => {
    // (a side given or an investment: the anaphor is not looked for)
    if (to || metric === 'fdi') return undefined;
    // ("vers le marché chinois" names its partner by the adjective after the noun: no anaphor)
    const anaphor = PARTNER_ANAPHOR.exec(text.slice(facts.clause.start, facts.clause.end));
    const anaphorEnd = anaphor ? facts.clause.start + anaphor.index + anaphor[0].length : -1;
    if (
      !(
        (anaphor &&
          !facts.allEconomies.some((e) => e.start >= anaphorEnd - 1 && e.start <= anaphorEnd + 3)) ||
        THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start))
      )
    )
      return undefined;
    const candidate = (e: EconomyMention) =>
      !e.adjective && isCountryOrRegion(e.code) && (from === undefined || !sameEconomy(e.code, from));
    // ("Le Kenya est un client du Portugal. Nos firmes y vendent": the sentence before's subject, or
    // that of the last sentence of the paragraph that names one: "Le Japon est le deuxième client du Chili. Et le
    // cinquième en Asie. En 2019, les sociétés chiliennes y ont vendu …")
    const named = THERE_BEFORE_VERB.test(text.slice(facts.clause.start, q.start))
      ? facts.previous && placeBefore(text, facts, candidate)
      : facts.allEconomies
          .filter((e) => e.end <= anaphorEnd - (anaphor?.[0].length ?? 0) && candidate(e))
          .at(-1);
    return named ? { to: named.code } : undefined;
  },
};

const totalWithWorld: DirectionRule = {
  name: 'total-is-with-the-world',
  why: 'an owner’s flow the clause calls total is with the world, not with a partner stated before',
  examples: [
    {
      text: 'Les exportations belges vers le Maroc ont atteint 2 milliards d’euros en 2022. Au total, les exportations belges ont atteint 400 milliards d’euros.',
      language: 'fr',
      figure: { value: 400_000_000_000, from: 'BE', to: 'WORLD' },
    },
    {
      text: 'Belgian exports to Morocco reached €2 billion in 2022. In total, Belgian exports reached €400 billion.',
      language: 'en',
      figure: { value: 400_000_000_000, from: 'BE', to: 'WORLD' },
    },
  ],
  apply: ({ text, q, facts, world, from, to }) => {
    if (!world || !from || to) return undefined;
    // "accounted for $1.1 billion of the total" refers to a total stated before, not to trade with everyone
    // (an amount's own total, not that of a share stated after it: "2,6 milliards, soit 0,6 % des exportations
    // totales")
    const ownTotal = text
      .slice(facts.clause.start, q.type === 'money' ? shareAfter(text, q, facts) : facts.clause.end)
      .replace(REFERRED_TOTAL, ' ');
    return TOTAL_CUE.test(ownTotal) ? { to: 'WORLD' } : undefined;
  },
};

const foreignInvestmentUnnamed: DirectionRule = {
  name: 'foreign-investment-from-no-one-named',
  why: 'a host receiving foreign investment from no one named receives it from the world',
  examples: [
    {
      text: 'Le Maroc séduit les investisseurs. Le flux net des IDE s’est établi à 3 milliards de dollars en 2022.',
      language: 'fr',
      figure: { value: 3_000_000_000, from: 'WORLD', to: 'MA' },
    },
  ],
  apply: (d) =>
    // "Le flux net des IDE s'est établi à 9,4 MMDH"
    d.metric === 'fdi' &&
    d.measure !== 'share' &&
    !d.from &&
    !d.to &&
    d.ambiguous.length === 0 &&
    inwardInvestment(d)
      ? { from: 'WORLD' }
      : undefined,
};

const thatFlowKeepsPartner: DirectionRule = {
  name: 'that-flow-keeps-its-partner',
  why: '"van die export", "de ces exportations": the flow just named, its partner kept for the owner of a part',
  examples: [
    {
      text: 'België voerde in 2022 voor 2,8 miljard euro uit naar Marokko. Van die export was 1,7 miljard euro afkomstig uit Vlaanderen.',
      language: 'nl',
      figure: { value: 1_700_000_000, from: 'BE-VLG', to: 'MA' },
    },
  ],
  apply: ({ text, metricMention, previous, from, to }) =>
    from &&
    !to &&
    metricMention &&
    previous &&
    previous.to !== from &&
    THAT_FLOW.test(text.slice(Math.max(0, metricMention.start - 12), metricMention.start))
      ? { to: previous.to }
      : undefined,
};

const sceneReports: DirectionRule = {
  name: 'scene-of-the-sentence-reports',
  why: 'the economy a sentence opens on as its scene reports the flows of its sentence and of the next',
  examples: [
    {
      text: 'La France vend surtout en Europe. Au Portugal également, l’Espagne est un client majeur. En 2022, les ventes vers ce pays ont atteint 20 milliards d’euros.',
      language: 'fr',
      figure: { value: 20_000_000_000, from: 'PT', to: 'ES' },
    },
  ],
  apply: ({ text, metric, facts, from, to }) => {
    // "Au Portugal également, l'Espagne est un client majeur. En 2019, les ventes vers ce pays …"
    if (from || !to || metric === 'fdi') return undefined;
    // (the place the opening itself names, not one after its comma: "En revanche, celles vers l'Asie …")
    const scene = [facts.sentence, facts.previous]
      .filter(
        (s): s is Span => s !== undefined && !PARAGRAPH_BREAK.test(text.slice(s.start, facts.sentence.start)),
      )
      .map((s) => {
        const opening = SCENE_OPENING.exec(text.slice(s.start, s.start + 60));
        return opening ? { start: s.start, end: s.start + opening[0].length } : undefined;
      })
      .find((s): s is Span => !!s);
    const place = scene ? inSpan(facts.allEconomies, scene)[0] : undefined;
    return place && !place.adjective && !sameEconomy(place.code, to) && place.code !== to
      ? { from: place.code }
      : undefined;
  },
};

const otherSideOfPair: DirectionRule = {
  name: 'other-side-of-the-pair',
  why: 'a flow of one side of the pair the sentence or the story is about goes to the other',
  examples: [
    {
      text: 'Les échanges entre le Pérou et le Chili ont progressé en 2022. Les exportations péruviennes ont atteint 2 milliards de dollars.',
      language: 'fr',
      figure: { value: 2_000_000_000, from: 'PE', to: 'CL' },
    },
    {
      text: 'De handel tussen België en Marokko groeide in 2022. De Belgische uitvoer bedroeg 2,8 miljard euro.',
      language: 'nl',
      figure: { value: 2_800_000_000, from: 'BE', to: 'MA' },
    },
  ],
  apply: ({ metric, facts, sentencePair, from, to }) => {
    // "De handel tussen België en Marokko … De Belgische uitvoer … steeg", "ils ont atteint 1,3 Md$ en 2020, dont
    // 440 M$ d'exportations marocaines"; or the pair the story opens on ("entre le Pérou et le continent africain")
    const storyPair =
      sentencePair ?? (FLOWS_WITH_WORLD.has(metric) || metric === 'fdi' ? facts.storyPair : undefined);
    return from && !to && storyPair?.includes(from)
      ? { to: storyPair[0] === from ? storyPair[1] : storyPair[0] }
      : undefined;
  },
};

const regionalPart: DirectionRule = {
  name: 'region-part-of-its-country-flow',
  why: 'a region’s amount after its country’s, with no metric word of its own, is a part of that flow',
  examples: [
    {
      text: 'België voerde in 2022 voor 2,8 miljard euro uit naar Marokko. Het leeuwendeel komt uit Vlaanderen: 2,1 miljard euro.',
      language: 'nl',
      figure: { value: 2_100_000_000, from: 'BE-VLG', to: 'MA' },
    },
  ],
  apply: ({ q, metric, lastAmount, from, to }) => {
    // "België voerde voor 2,8 miljard euro uit naar Marokko. Het leeuwendeel komt uit Vlaanderen: 2,1 miljard
    // euro": a region's amount after its country's (or another region's) is a part of that flow, with its partner
    const flowPartner = lastAmount && from ? partnerOfRegionalPart(from, lastAmount, metric) : undefined;
    return from && !to && q.type === 'money' && flowPartner ? { to: flowPartner } : undefined;
  },
};

/** The rules tried after the unmarked economies are placed, in order: the anaphor, totals, the text before. */
export const OPEN_SIDE_RULES: ReadonlyArray<DirectionRule> = [
  traderRankAmongWorld,
  partnerByAnaphor,
  totalWithWorld,
  foreignInvestmentUnnamed,
  thatFlowKeepsPartner,
  sceneReports,
  otherSideOfPair,
  regionalPart,
];

const namedOwnerWithWorld: DirectionRule = {
  name: 'named-owner-trades-with-the-world',
  why: 'an owner named with no partner, of whom nothing was said before, trades with everyone',
  examples: [
    {
      text: 'Les exportations belges vers le Japon ont atteint 3 milliards d’euros en 2022. Les exportations de la Wallonie ont atteint 57,3 milliards d’euros.',
      language: 'fr',
      figure: { value: 57_300_000_000, from: 'BE-WAL', to: 'WORLD' },
    },
    {
      text: 'Belgian exports to Japan reached €3 billion in 2022. Exports from Wallonia reached €57 billion.',
      language: 'en',
      figure: { value: 57_000_000_000, from: 'BE-WAL', to: 'WORLD' },
    },
  ],
  apply: (d) =>
    // "Les exportations de la Wallonie ont atteint 57,3 milliards d'euros"
    d.world &&
    d.from &&
    !d.to &&
    d.previous?.from !== d.from &&
    d.previous?.to !== d.from &&
    d.ownerNamed &&
    !partnerUnnamed(d)
      ? { to: 'WORLD' }
      : undefined,
};

const investmentAbroad: DirectionRule = {
  name: 'investment-abroad-in-the-world',
  why: 'an investor’s investment abroad with no host named is in the world',
  examples: [
    {
      text: 'Les investissements marocains à l’étranger ont atteint 1 milliard de dollars en 2022.',
      language: 'fr',
      figure: { value: 1_000_000_000, from: 'MA', to: 'WORLD' },
    },
    {
      text: 'De overzeese investeringen van Marokko bedroegen 1 miljard dollar in 2022.',
      language: 'nl',
      figure: { value: 1_000_000_000, from: 'MA', to: 'WORLD' },
    },
    {
      text: "Peru's outward investment reached $1 billion in 2022.",
      language: 'en',
      figure: { value: 1_000_000_000, from: 'PE', to: 'WORLD' },
    },
  ],
  apply: ({ text, metric, measure, facts, from, to }) =>
    // "Les investissements marocains à l'étranger", "Overzeese investeringen van Marokko", "Peru's outward investment"
    metric === 'fdi' &&
    measure !== 'share' &&
    from &&
    !to &&
    OUTWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end))
      ? { to: 'WORLD' }
      : undefined,
};

const worldNamed: DirectionRule = {
  name: 'world-named-as-partner',
  why: '"with the rest of the world", "avec le monde", "naar het buitenland": the world named as partner',
  examples: [
    {
      text: 'Les exportations chiliennes vers le Pérou ont atteint 1 milliard de dollars en 2022. Les exportations chiliennes vers le reste du monde ont progressé de 9 %.',
      language: 'fr',
      figure: { value: 9, from: 'CL', to: 'WORLD' },
    },
    {
      text: 'De Chileense uitvoer naar Peru bedroeg 1 miljard dollar in 2022. De Chileense uitvoer naar het buitenland groeide met 9 procent.',
      language: 'nl',
      figure: { value: 9, from: 'CL', to: 'WORLD' },
    },
  ],
  apply: ({ text, q, metric, facts, from, to }) =>
    !to && from !== 'WORLD' && metric !== 'fdi' && WORLD_PARTNER.test(text.slice(facts.clause.start, q.end))
      ? { to: 'WORLD' }
      : undefined,
};

const totalInvestmentFromWorld: DirectionRule = {
  name: 'total-investment-from-the-world',
  why: 'the total investment in a host is from investors everywhere',
  examples: [
    {
      text: 'Total investment in Peru reached $5 billion in 2022.',
      language: 'en',
      figure: { value: 5_000_000_000, from: 'WORLD', to: 'PE' },
    },
  ],
  apply: ({ metric, totalFlow, items, from, to }) =>
    totalFlow && metric === 'fdi' && !from && items.every((e) => e.code === to)
      ? { from: 'WORLD' }
      : undefined,
};

const flowCalledTotal: DirectionRule = {
  name: 'flow-called-total-with-the-world',
  why: 'a flow the text calls total is one economy’s with the world, whatever partner its sentence names',
  examples: [
    {
      text: 'Les exportations du Maroc vers l’Espagne ont reculé de 3 %, mais les exportations totales ont progressé de 2 %.',
      language: 'fr',
      figure: { value: 2, from: 'MA', to: 'WORLD' },
    },
    {
      text: 'De Marokkaanse uitvoer naar Spanje daalde met 3 procent, maar de totale uitvoer steeg met 2 procent.',
      language: 'nl',
      figure: { value: 2, from: 'MA', to: 'WORLD' },
    },
  ],
  apply: ({ metric, totalFlow, ambiguous, from, to }) =>
    totalFlow &&
    metric !== 'fdi' &&
    !to &&
    ambiguous.every((e) => e.code === from || sameEconomy(e.code, from ?? e.code))
      ? { to: 'WORLD' }
      : undefined,
};

const homeFlowWithWorld: DirectionRule = {
  name: 'home-flow-with-the-world',
  why: 'a flow the clause names no economy of, after the home’s partner’s flows to it, is the home’s with the world',
  examples: [
    {
      text: 'KENYA\n\nLes importations du Kenya en provenance de Chine ont atteint 3 milliards de dollars en 2022. Les exportations du Pérou vers le Kenya ont atteint 80 millions de dollars. Les exportations de biens ont atteint 6 milliards de dollars.',
      language: 'fr',
      figure: { value: 6_000_000_000, from: 'KE', to: 'WORLD' },
    },
  ],
  apply: ({ metric, measure, facts, previous, items, from, to }) =>
    // "Les exportations de biens ont atteint 300 millions d'euros", in a text about Kenya whose flows stated so far
    // were Peru's to Kenya
    !from &&
    !to &&
    items.length === 0 &&
    facts.home &&
    (metric === 'exports' || metric === 'imports') &&
    measure !== 'rank' &&
    previous?.to === facts.home &&
    previous.from !== facts.home
      ? { from: facts.home, to: 'WORLD' }
      : undefined,
};

/** The rules that give the world as a side, tried last before the text before and the document fill the rest. */
export const WORLD_RULES: ReadonlyArray<DirectionRule> = [
  namedOwnerWithWorld,
  investmentAbroad,
  worldNamed,
  totalInvestmentFromWorld,
  flowCalledTotal,
  homeFlowWithWorld,
];

/** The first economy `fits` of the last sentence before the clause's, in its paragraph, that names one. */
function placeBefore(
  text: string,
  facts: ClauseFacts,
  fits: (e: EconomyMention) => boolean,
): EconomyMention | undefined {
  const paragraph = text.lastIndexOf('\n\n', facts.sentence.start);
  const before = facts.allEconomies.filter(
    (e) =>
      e.end <= facts.sentence.start &&
      e.start > paragraph &&
      fits(e) &&
      !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
  );
  const last = before.at(-1);
  if (!last) return undefined;
  const from = Math.max(0, paragraph, last.start - 400);
  const end = lastIndexOf(/[.!?]\s/g, text.slice(from, last.start));
  const sentenceStart = end >= 0 ? from + end + 1 : from;
  return before.find((e) => e.start >= sentenceStart);
}

/** The partner of a flow of which `owner`, a region of the flow's country or a sibling region, states a part. */
export function partnerOfRegionalPart(
  owner: string,
  flow: ExtractedFigure,
  metric: Metric,
): string | undefined {
  return flow.metric === metric &&
    flow.measure === 'value' &&
    owner !== flow.from &&
    owner.includes('-') &&
    countryOf(owner) === countryOf(flow.from) &&
    isCountryOrRegion(flow.to) &&
    countryOf(flow.to) !== countryOf(owner)
    ? flow.to
    : undefined;
}
