// The decisions of the pass over a document that are special cases: the home a document states (its statistics
// office, its heading), a sentence whose period does not move its paragraph's, the figures with no period that the
// story's dates, and one figure stated for two names.

import {
  isCountryOrRegion,
  officeHome,
  STATISTICS_OFFICE_AFTER,
  STATISTICS_OFFICE_BEFORE,
} from '../attribution/cues.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import type { ExtractedFigure } from '../extracted-figure.js';
import { latin } from '../letters.js';
import { PARTNER_CUES, withWords } from '../lexicon.js';
import { DATE_LINE } from '../periods/period-publication.js';
import type { Quantity } from '../quantities/quantities.js';
import type { NamedRule } from '../rule.js';
import type { Carried } from './carried.js';
import { type ClauseFacts, inSpan } from './clause-facts.js';
import type { Span } from './text-segments.js';

/** What the home rules read: the text and the economies it names. */
export interface HomeInput {
  text: string;
  named: EconomyMention[];
}

export const HOME_OF_STATISTICS_OFFICE = 'home-of-the-statistics-office';

/** The home a document states, the first rule that applies deciding. */
export const STATED_HOME_RULES: ReadonlyArray<NamedRule<HomeInput, string>> = [
  {
    name: HOME_OF_STATISTICS_OFFICE,
    why: 'a text that quotes a statistics office reports that office’s economy’s trade first',
    examples: [
      {
        text: "À fin mai, les exportations de biens ont atteint 190 milliards de dirhams, selon l'Office des changes. Les ventes à l'Espagne ont atteint 40 milliards de dirhams.",
        language: 'fr',
        figure: { value: 40_000_000_000, from: 'MA', to: 'ES' },
      },
      {
        text: 'According to the Kenya National Bureau of Statistics, exports rose to Ksh 900 billion in 2022.',
        language: 'en',
        figure: { value: 900_000_000_000, from: 'KE', to: 'WORLD' },
      },
    ],
    // (… or whose statistics office it names by its country: "the Kenya National Bureau of Statistics")
    apply: ({ text, named }) =>
      officeHome(text) ??
      named.find(
        (e) =>
          STATISTICS_OFFICE_AFTER.test(text.slice(e.end, e.end + 40)) ||
          STATISTICS_OFFICE_BEFORE.test(text.slice(Math.max(0, e.start - 50), e.start)),
      )?.code,
  },
  {
    name: 'home-named-by-the-heading',
    why: 'a heading that names one country or region, not as a partner, names the economy the text is about',
    examples: [
      {
        text: 'LE KENYA\n\nLes importations du Kenya en provenance de Chine ont atteint 3 milliards de dollars en 2022. Les exportations du Pérou vers le Kenya ont atteint 80 millions de dollars. Les exportations de biens ont atteint 6 milliards de dollars.',
        language: 'fr',
        figure: { value: 6_000_000_000, from: 'KE', to: 'WORLD' },
      },
    ],
    // "Note économique 2019 - La Guyane", "LE KENYA : …"
    apply: ({ text, named }) => headingHome(text, named),
  },
];

/**
 * The economy a text's heading is about: a heading (a short first line that is no sentence) naming one country or
 * region by its name, and not as a partner ("Note économique 2019 - La Guyane", "PORTUGAL"); a heading such as "Import
 * uit Japan stijgt" names the partner of its story, not its home.
 */
function headingHome(text: string, economies: EconomyMention[]): string | undefined {
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const lineEnd = text.indexOf('\n', start);
  const end = lineEnd < 0 ? text.length : lineEnd;
  const dated = DATE_LINE.exec(text.slice(start, end));
  const from = start + (dated?.[0].length ?? 0);
  const line = text.slice(from, end);
  // (a heading may ask: "LA TUNISIE : UN CHAOS FÉCOND ?")
  if (line.length > 100 || /[.!?]\s|\.$/.test(line.trimEnd()) || !/\n/.test(text.slice(end, end + 1)))
    return undefined;
  const inHeading = economies.filter((e) => e.start >= from && e.end <= end);
  const codes = new Set(inHeading.map((e) => e.code));
  const [only] = codes;
  // (an adjective qualifies a flow of the story, "Investissements japonais : …", whose side it does not tell)
  if (codes.size !== 1 || !only || !isCountryOrRegion(only) || inHeading.some((e) => e.adjective))
    return undefined;
  return inHeading.some((e) => PARTNER_CUES.test(text.slice(Math.max(from, e.start - 30), e.start)))
    ? undefined
    : only;
}

/** What the rules of a sentence's period read: the sentence, its period and figures, what the text carries. */
export interface SentencePeriodInput {
  text: string;
  sentence: Span;
  carried: Carried;
  period: string;
  figures: ExtractedFigure[];
}

const LOOKS_BACK = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.documentPass.stillOrAlready})(?![\p{L}])`, 'iu'),
);

/** Whether `later` is a later stretch of the same kind as `period` (a later year, the same months later). */
const laterOfSameKind = (later: string | undefined, period: string): boolean =>
  later !== undefined && later > period && later.replace(/\d{4}/g, 'Y') === period.replace(/\d{4}/g, 'Y');

export const flowOf = (f: ExtractedFigure) => `${f.metric}|${f.from}|${f.to}|${f.sector}`;

/** A sentence dated earlier than its paragraph that leaves the paragraph's period as it was, when one applies. */
export const LOOKS_BACK_RULES: ReadonlyArray<NamedRule<SentencePeriodInput, true>> = [
  {
    name: 'sentence-that-looks-back',
    why: 'a sentence that looks back ("nog", "encore", "still") does not move the paragraph’s period',
    examples: [
      {
        text: 'In 2022 bedroeg de Belgische uitvoer naar Chili 1,2 miljard euro. In 2020 lag de Belgische invoer uit Chili nog op 0,5 miljard euro. De Belgische uitvoer naar Peru bedroeg 0,3 miljard euro.',
        language: 'nl',
        figure: { value: 300_000_000, from: 'BE', to: 'PE', period: '2022' },
      },
    ],
    // "In 2020 lag die uitvoer nog op 4,6 miljard"
    apply: ({ text, sentence }) =>
      LOOKS_BACK.test(text.slice(sentence.start, sentence.end)) ? true : undefined,
  },
  {
    name: 'earlier-level-of-a-later-flow',
    why: 'a sentence that states an earlier level of flows already given for a later period does not move it',
    examples: [
      {
        text: 'In 2015 heeft Peru voor 3,4 miljard dollar uitgevoerd naar Chili. In 2014 bedroeg die uitvoer 3,1 miljard dollar. De invoer uit Chili bedroeg 1,2 miljard dollar.',
        language: 'nl',
        figure: { value: 1_200_000_000, period: '2015' },
      },
    ],
    // "In 2015 heeft Peru voor 3.412 miljard uitgevoerd. In 2014 telde de centrale bank 3.150 miljard."
    apply: ({ carried, period, figures }) =>
      figures.length > 0 &&
      figures.every((f) => f.period !== period || laterOfSameKind(carried.flowPeriods.get(flowOf(f)), period))
        ? true
        : undefined,
  },
];

/** What the story's dating reads: a figure with no period, and where the title line ends. */
export interface UndatedInput {
  figure: ExtractedFigure;
  titleEnd: number;
}

/** The figures with no period of their own that the story's period dates. */
export const STORY_DATED_RULES: ReadonlyArray<NamedRule<UndatedInput, true>> = [
  {
    name: 'headline-speaks-of-the-story-period',
    why: 'a headline speaks of the story’s period',
    examples: [
      {
        text: "Les exportations marocaines vers l'Espagne bondissent de 10 %\n\nEn 2022, les exportations marocaines vers l'Espagne ont atteint 12 milliards d'euros.",
        language: 'fr',
        figure: { value: 10, measure: 'growth', period: '2022' },
      },
    ],
    // "Spain Remains Morocco's Top Trade Partner for 12th Year"
    apply: ({ figure, titleEnd }) =>
      figure.period === null && figure.kind === 'actual' && titleEnd > 0 && figure.end <= titleEnd
        ? true
        : undefined,
  },
  {
    name: 'rank-before-any-period',
    why: 'a rank stated before any period is of the story’s period',
    examples: [
      {
        text: "Handel\n\nLa Belgique est le 7e client du Maroc.\n\nLes exportations marocaines vers la Belgique ont atteint 2 milliards d'euros en 2022.",
        language: 'fr',
        figure: { value: 7, measure: 'rank', period: '2022' },
      },
    ],
    // "La Belgique est le 7e client du Maroc. En 2022, …"
    apply: ({ figure }) =>
      figure.period === null && figure.kind === 'actual' && figure.measure === 'rank' ? true : undefined,
  },
];

/** What the rule of a figure stated for two names reads. */
export interface SharedInput {
  text: string;
  q: Quantity;
  figure: ExtractedFigure;
  facts: ClauseFacts;
}

const BOTH_BEFORE = latin(
  new RegExp(withWords`\(\s*(?:${(c) => c.documentPass.bothInBracket})\s*[+−-]?\s*$`, 'iu'),
);

const EACH_AFTER = latin(new RegExp(withWords`^\s*\)?\s*(?:${(c) => c.documentPass.each})(?![\p{L}])`, 'iu'));

const JOINED_NAMES = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.direction.and}|&)\s+(?:${(c) => c.economyRoles.articles})?$`, 'iu'),
);

const GOODS_JOINED = latin(
  new RegExp(
    withWords`\p{L}{3,}[^,;]*?\s(?:${(c) => c.direction.and})\s+(?:${(c) => c.economyRoles.articles})?\p{L}{3,}`,
    'iu',
  ),
);

/**
 * "Kenya and Vietnam (both +6%)", "le Chili et le Pérou, … quelque 1,4 milliard de dollars chacun", "les
 * textiles et les plastiques (5 % chacun)": one figure stated for two names is a figure of each. The figure of the
 * second name, where the first takes the place of the second.
 */
export const FIGURE_FOR_BOTH: NamedRule<SharedInput, ExtractedFigure> = {
  name: 'one-figure-for-two-names',
  why: 'one figure stated for two names ("both", "chacun", "each") is a figure of each',
  examples: [
    {
      text: 'In 2022, Peru’s exports to Kenya and Vietnam (both +6%) grew faster than the rest.',
      language: 'en',
      figure: { value: 6, from: 'PE', to: 'KE' },
    },
    {
      text: 'En 2022, les exportations du Chili et du Pérou vers le Maroc ont atteint quelque 1,4 milliard de dollars chacun.',
      language: 'fr',
      figure: { value: 1_400_000_000, from: 'CL', to: 'MA' },
    },
  ],
  apply: ({ text, q, figure, facts }) => {
    const lead = text.slice(Math.max(facts.sentence.start, figure.start - 24), figure.start);
    if (!BOTH_BEFORE.test(lead) && !EACH_AFTER.test(text.slice(q.end, q.end + 16))) return undefined;
    const names = inSpan(facts.allEconomies, { start: facts.sentence.start, end: figure.start });
    const second = names.at(-1);
    const first = names.at(-2);
    if (first && second && JOINED_NAMES.test(text.slice(first.end, second.start))) {
      if (figure.to === second.code && first.code !== figure.from) return { ...figure, to: first.code };
      if (figure.from === second.code && first.code !== figure.to) return { ...figure, from: first.code };
      if (figure.to === first.code && second.code !== figure.from) return { ...figure, to: second.code };
      if (figure.from === first.code && second.code !== figure.to) return { ...figure, from: second.code };
      return undefined;
    }
    // two goods: "les montres de luxe et les produits laitiers (5 % chacun)"
    const goods = text.slice(
      Math.max(facts.sentence.start, text.lastIndexOf(',', figure.start - 1) + 1),
      figure.start,
    );
    return !/\d/.test(goods) && GOODS_JOINED.test(goods) ? { ...figure, sector: null } : undefined;
  },
};

const RANK_FOR_BOTH_FLOWS_NEAR = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.documentPass.rankForBothFlows})(?![\p{L}])`, 'iu'),
);

/**
 * "In Azië neemt Vietnam zowel voor uitvoer als voor invoer de derde plaats in", "Korea's No. 1 export and
 * import market": a position stated for both flows is a rank in each. The rank in the other flow.
 */
export const RANK_FOR_BOTH_FLOWS: NamedRule<SharedInput, ExtractedFigure> = {
  name: 'rank-for-both-flows',
  why: 'a position stated for both exports and imports is a rank in each flow',
  examples: [
    {
      text: 'Vietnam bezet zowel voor de export als voor de import de 14de plaats.',
      language: 'nl',
      figure: { value: 14, measure: 'rank', metric: 'exports', from: 'VN', to: 'WORLD' },
    },
    {
      text: 'Japan has been Peru’s No. 1 export and import market since 2019.',
      language: 'en',
      figure: { value: 1, measure: 'rank', metric: 'exports', from: 'PE', to: 'JP' },
    },
  ],
  apply: ({ text, q, figure, facts }) => {
    if (figure.measure !== 'rank' || (figure.metric !== 'exports' && figure.metric !== 'imports'))
      return undefined;
    const around = text.slice(
      Math.max(facts.clause.start, q.start - 60),
      Math.min(facts.clause.end, q.end + 50),
    );
    if (!RANK_FOR_BOTH_FLOWS_NEAR.test(around)) return undefined;
    return { ...figure, metric: figure.metric === 'exports' ? 'imports' : 'exports' };
  },
};

const EACH_TIME_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.documentPass.eachTime})(?![\p{L}])[^.;:]{0,30}$`, 'iu'),
);

/** "voor uitvoer en invoer, met telkens een aandeel van 12 procent": a share stated each time for both
 * flows is a share of each. The share in the other flow. */
export const SHARE_FOR_BOTH_FLOWS: NamedRule<SharedInput, ExtractedFigure> = {
  name: 'share-for-both-flows',
  why: 'a share stated "each time" for both exports and imports is a share of each flow',
  examples: [
    {
      text: 'In Azië bezet Vietnam zowel voor de export als voor de import de derde positie, met telkens een marktaandeel van 12 procent.',
      language: 'nl',
      figure: { value: 12, measure: 'share', metric: 'exports', from: 'VN' },
    },
  ],
  apply: ({ text, q, figure, facts }) => {
    if (figure.measure !== 'share' || (figure.metric !== 'exports' && figure.metric !== 'imports'))
      return undefined;
    const lead = text.slice(facts.sentence.start, q.start);
    if (!EACH_TIME_BEFORE.test(lead) || !RANK_FOR_BOTH_FLOWS_NEAR.test(lead)) return undefined;
    return { ...figure, metric: figure.metric === 'exports' ? 'imports' : 'exports' };
  },
};

const SAME_AS_AFTER = latin(
  new RegExp(withWords`^[\s,;(]*(?:${(c) => c.documentPass.sameAsIn})(?:\s*\p{L}{1,3})?\s*$`, 'iu'),
);

/** "a shortfall of 3.1 bn dollars, the same as in May 2019": a figure stated again for another period right after it
 * is a figure of that period too. The figure of that period. */
export const SAME_FIGURE_OTHER_PERIOD: NamedRule<SharedInput, ExtractedFigure> = {
  name: 'same-figure-for-another-period',
  why: 'a figure said to be "the same as in" another period is a figure of that period too',
  examples: [
    {
      text: 'In March 2023 Kenya’s trade deficit was 1.2 billion dollars, the same as in March 2022.',
      language: 'en',
      figure: { value: -1_200_000_000, metric: 'trade_balance', period: '2022-03' },
    },
  ],
  apply: ({ text, q, figure, facts }) => {
    if (figure.kind !== 'actual' || !figure.period) return undefined;
    const next = facts.allPeriods.find((p) => p.start >= q.end && p.start - q.end <= 40);
    if (!next?.period || next.period === figure.period || !SAME_AS_AFTER.test(text.slice(q.end, next.start)))
      return undefined;
    return { ...figure, period: next.period };
  },
};

/** What the rule of a change stated after an amount reads: the figure, and the figure recorded before it. */
export interface ChangeAfterInput {
  text: string;
  figure: ExtractedFigure;
  before: ExtractedFigure | undefined;
}

/** Between an amount and its change, the rest of its clause: "… naar Duitsland, een stijging van", "…, up". */
const CHANGE_RIGHT_AFTER = latin(
  new RegExp(withWords`^[^\d.;:!?]*[,(]\s*(?:${(c) => c.goods.changeAfter})?\s*[+−-]?\s*$`, 'iu'),
);

/**
 * "voor 1,2 miljard euro aan chocolade uit naar Duitsland, een stijging van 8 procent": a change stated right after
 * an amount of goods, naming none of its own, is the change of those goods' flow.
 */
export const CHANGE_OF_THE_GOODS_BEFORE: NamedRule<ChangeAfterInput, ExtractedFigure> = {
  name: 'change-of-the-goods-before',
  why: 'a change stated right after an amount of goods is the change of that flow of goods',
  examples: [
    {
      text: 'België voerde in 2023 voor 1,2 miljard euro aan chocolade uit naar Duitsland, een stijging van 8 procent.',
      language: 'nl',
      figure: { value: 8, measure: 'growth', sector: 'chocolate' },
    },
    {
      text: "En 2023, le Pérou a exporté pour 900 millions d'euros de café vers la Belgique, soit une hausse de 6 %.",
      language: 'fr',
      figure: { value: 6, measure: 'growth', sector: 'coffee' },
    },
  ],
  apply: ({ text, figure, before }) =>
    before !== undefined &&
    figure.measure === 'growth' &&
    figure.sector === null &&
    before.sector !== null &&
    before.measure === 'value' &&
    before.metric === figure.metric &&
    before.from === figure.from &&
    before.to === figure.to &&
    before.end <= figure.start &&
    CHANGE_RIGHT_AFTER.test(text.slice(before.end, figure.start))
      ? { ...figure, sector: before.sector }
      : undefined,
};
