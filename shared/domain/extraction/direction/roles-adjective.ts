// The role of an economy named by its adjective ("exportations marocaines", "Flemish exports", "Chileense
// producten") or by a possessive ("Spain's exports"): named rules tried in order, the first that applies decides;
// 'none' says the economy is no party to the figure.

import { ATTRACTS } from '../attribution/cues.js';
import type { Role } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { RoleInput, RoleRule } from './role-rule.js';
import { ORIGIN_OF_IMPORTS_INTO_A_PLACE } from './roles-foreign-imports.js';

const DESCRIBED_NOUN = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.economyRoles.countryNouns})(?![\p{L}])`, 'iu'),
);

const GROUP_PARTNER_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.groupPartnerPrepositions})\s+(?:${(c) => c.economyRoles.groupArticles})?\s*(?:${(c) => c.economyRoles.groupNouns})\s*$`,
    'iu',
  ),
);

const PARTNER_PREP_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.partnerPrepositions})\s+(?:${(c) => c.economyRoles.partnerArticles})?$`,
    'iu',
  ),
);

const COUNTRIES_AFTER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.economyRoles.countriesNouns})(?![\p{L}])`, 'iu'),
);

const INVESTED_IN_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.investedIn})\s+(?:${(c) => c.economyRoles.articlesOneSpace})?[\p{L}\s'’-]{0,40}$`,
    'iu',
  ),
);

/** What may stand between a rank noun and the adjective that restricts it: "non", "régional". */
const RESTRICTING_WORDS = latin(/^\s{0,3}(?:[\p{L}-]+\s+){0,2}$/u);

const AMONG_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.among})\s+(?:(?:${(c) => c.economyRoles.amongArticles})\s+)?(?:(?:${(c) => c.economyRoles.others})\s+)?$`,
    'iu',
  ),
);

const GOODS_NOUN_AFTER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.economyRoles.goodsNounsAfter})(?![\p{L}])`, 'iu'),
);

const GOODS_NOUN_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.goodsNounsBefore})\s+$`, 'iu'),
);

/** "voor 844 miljoen euro aan Belgische chocolade", "€5m worth of Dutch tulips", "pour 5 M€ de fleurs néerlandaises". */
const GOODS_OF_AMOUNT = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.economyRoles.goodsOfAmount})\s*(?:[\p{L}-]+\s+){0,2}$`, 'iu'),
);

/** "re-exports of mainland Chinese goods": after a preposition an adjective qualifies the goods. */
const PREPOSITION = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.prepositions})(?![\p{L}])`, 'iu'),
);

const INFLOWS = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.inflows})(?![\p{L}])`, 'iu'),
);

/** The role of a possessive: the owner, but the host of investment it attracts or receives. */
export const POSSESSIVE_ROLE: RoleRule = {
  name: 'possessive-host-of-investment',
  why: 'a possessive names the owner, but the host of the investment it attracts or whose inflows they are',
  examples: [
    {
      text: "Morocco's minister aims to attract ¥500 billion in Japanese investment by 2030.",
      language: 'en',
      figure: { value: 500_000_000_000, from: 'JP', to: 'MA' },
    },
  ],
  // "Morocco's minister … aims to attract ¥500 billion in Japanese investment": the host attracts
  // … and so does the economy whose inflows they are ("Its FDI inflows fell")
  apply: ({ text, mention, metric, facts, q }) =>
    metric === 'fdi' &&
    (ATTRACTS.test(text.slice(facts.clause.start, q.start)) ||
      INFLOWS.test(text.slice(mention.end, Math.min(q.start, mention.end + 30))))
      ? 'partner'
      : 'owner',
};

/** Whether an adjective stands near a span (a metric word, a rank) with no preposition between. */
const nearAdjective = ({ text, mention }: RoleInput, a: Span) =>
  a.start - mention.end <= 25 &&
  mention.start - a.end <= 25 &&
  !PREPOSITION.test(
    a.start >= mention.end ? text.slice(mention.end, a.start) : text.slice(a.end, mention.start),
  );

/** Whether an adjective qualifies goods: "Chileense producten", "des produits chiliens", "Polish goods". */
const ofGoods = ({ text, mention, before }: RoleInput): boolean =>
  GOODS_NOUN_AFTER.test(text.slice(mention.end, mention.end + 16)) || GOODS_NOUN_BEFORE.test(before);

const rule = (
  name: string,
  why: string,
  examples: RoleRule['examples'],
  apply: (r: RoleInput) => Role | 'none' | undefined,
): RoleRule => ({ name, why, examples, apply });

/** The adjective's rules, in the order they are tried; the last always answers. */
export const ADJECTIVE_ROLE_RULES: ReadonlyArray<RoleRule> = [
  rule(
    'industry-invested-in-is-the-host',
    'the industry an investor invests in is the host’s',
    [
      {
        text: "L'Espagne investit beaucoup au Portugal. La France est le troisième investisseur dans l'industrie automobile marocaine.",
        language: 'fr',
        figure: { value: 3, measure: 'rank', from: 'FR', to: 'MA' },
      },
    ],
    // "troisième investisseur … dans l'industrie automobile marocaine"
    ({ q, metric, before }) =>
      q.type === 'rank' && metric === 'fdi' && INVESTED_IN_BEFORE.test(before) ? 'partner' : undefined,
  ),
  rule(
    'group-picked-among',
    'the group a statement picks among is no party to it',
    [
      {
        text: "Les exportations du Pérou ont atteint 60 milliards d'euros en 2022. Parmi les économies sud-américaines, les exportations vers le Chili ont progressé de 5 %.",
        language: 'fr',
        figure: { value: 5, from: 'PE', to: 'CL' },
      },
    ],
    // "Among South American economies, exports to Chile …"
    ({ before }) => (AMONG_BEFORE.test(before) ? 'none' : undefined),
  ),
  rule(
    'continent-restricting-a-rank',
    'the continent that restricts a rank is no party to it',
    [
      {
        text: 'Le Japon est le premier débouché asiatique de la Belgique.',
        language: 'fr',
        figure: { value: 1, measure: 'rank', from: 'BE', to: 'JP' },
      },
    ],
    // "le premier débouché asiatique du Royaume", "de grootste Aziatische klant", "the largest African market"
    // … and "le troisième investisseur non européen", "le premier partenaire régional belge"
    ({ text, mention, q }) =>
      q.type === 'rank' &&
      q.restricted &&
      ((mention.start >= q.start && mention.end <= q.end) ||
        (mention.start >= q.end && RESTRICTING_WORDS.test(text.slice(q.end, mention.start))))
        ? 'none'
        : undefined,
  ),
  rule(
    'description-of-an-economy',
    '"the North African country", "le royaume chérifien": a description of an economy named elsewhere',
    [
      {
        text: 'Les exportations belges vers le Maroc ont atteint 2 milliards d’euros en 2022. Le royaume chérifien a importé pour 60 milliards de dollars.',
        language: 'fr',
        figure: { value: 60_000_000_000, from: 'MA' },
      },
    ],
    ({ text, mention }) =>
      DESCRIBED_NOUN.test(text.slice(mention.end, mention.end + 12)) ? 'none' : undefined,
  ),
  rule(
    'group-of-partners',
    '"vers les pays africains", "to African countries": a group of partners',
    [
      {
        text: 'Les exportations marocaines vers les pays africains ont progressé de 11 % en 2022.',
        language: 'fr',
        figure: { value: 11, from: 'MA', to: 'AFRICA' },
      },
    ],
    ({ text, mention, before }) =>
      GROUP_PARTNER_BEFORE.test(before) ||
      (PARTNER_PREP_BEFORE.test(before) && COUNTRIES_AFTER.test(text.slice(mention.end, mention.end + 15)))
        ? 'partner'
        : undefined,
  ),
  rule(
    'origin-of-imported-goods',
    'an adjective of goods names their origin, where imports come from',
    [
      {
        text: 'België heeft in 2022 voor 1,3 miljard euro aan Chileense producten ingevoerd.',
        language: 'nl',
        figure: { value: 1_300_000_000, from: 'BE', to: 'CL' },
      },
    ],
    // "voor 1,3 miljard euro aan Chileense producten ingevoerd", "des produits chiliens", "Chilean goods"
    (r) => (r.metric === 'imports' && ofGoods(r) ? 'partner' : undefined),
  ),
  rule(
    'origin-of-goods-a-buyer-ranks-for',
    'an adjective of the goods a ranked buyer takes names their origin, the exporter',
    [
      {
        text: 'Germany is the largest buyer of Polish goods, ahead of Czechia and France.',
        language: 'en',
        figure: { value: 1, measure: 'rank', from: 'PL', to: 'DE' },
      },
      {
        text: 'Duitsland is de grootste afnemer van Poolse producten, met 28 procent van de uitvoer, gevolgd door Frankrijk met 5 procent.',
        language: 'nl',
        figure: { value: 28, measure: 'share', from: 'PL', to: 'DE' },
      },
    ],
    // "the largest buyer of Polish goods", "de grootste afnemer van Poolse producten", "des produits polonais"
    // (only a rank's: "exports from Hong Kong, mostly re-exports of Chinese goods" keep their owner)
    (r) => (r.q.type === 'rank' && r.metric === 'exports' && ofGoods(r) ? 'owner' : undefined),
  ),
  ORIGIN_OF_IMPORTS_INTO_A_PLACE,
  rule(
    'origin-of-goods-bought-for-an-amount',
    'an adjective on the goods an amount of imports buys names where they come from',
    [
      {
        text: 'Ook Frankrijk importeerde in 2023 voor 900 miljoen euro aan Belgische chocolade.',
        language: 'nl',
        figure: { value: 900_000_000, from: 'FR', to: 'BE' },
      },
      {
        text: 'Last year Japan imported €120 million worth of Dutch tulips.',
        language: 'en',
        figure: { value: 120_000_000, from: 'JP', to: 'NL' },
      },
      {
        // (buying is importing: "bought", "a acheté", "kocht" with the goods' origin)
        text: 'The United States bought €4 billion of Belgian goods in 2023.',
        language: 'en',
        figure: { value: 4_000_000_000, metric: 'imports', from: 'US', to: 'BE' },
      },
      {
        text: "Les États-Unis ont acheté pour 4 milliards d'euros de produits belges en 2023.",
        language: 'fr',
        figure: { value: 4_000_000_000, metric: 'imports', from: 'US', to: 'BE' },
      },
      {
        text: 'Nederland kocht in 2023 voor 50 miljard euro aan Belgische goederen.',
        language: 'nl',
        figure: { value: 50_000_000_000, metric: 'imports', from: 'NL', to: 'BE' },
      },
      {
        text: "Le commerce entre la Chine et le Pérou a atteint 4 milliards de dollars, dont 1,5 milliard d'importations péruviennes.",
        language: 'fr',
        figure: { value: 1_500_000_000, from: 'PE', to: 'CN' },
      },
    ],
    // "importeerde voor 213 miljoen euro aan Italiaanse kazen", "imported €7m worth of Greek olives"
    ({ text, mention, metric, facts }) =>
      metric === 'imports' &&
      facts.quantities.some(
        (o) =>
          o.type === 'money' &&
          o.end <= mention.start &&
          mention.start - o.end <= 40 &&
          GOODS_OF_AMOUNT.test(text.slice(o.end, mention.start)) &&
          // ("dont 1,3 milliard d'importations marocaines": the adjective of the flow word owns it)
          !facts.metrics.some((m) => m.start >= o.end && m.end <= mention.start),
      )
        ? 'partner'
        : undefined,
  ),
  rule(
    'adjective-owns-its-flow',
    '"exportations marocaines", "Flemish exports": an adjective owns the flow it qualifies',
    [
      {
        text: 'Belgian exports to Japan reached €10 billion in 2022. Flemish exports to Japan reached €4 billion.',
        language: 'en',
        figure: { value: 4_000_000_000, from: 'BE-VLG', to: 'JP' },
      },
    ],
    // elsewhere ("the North African country", "entreprises japonaises") it says nothing
    (r) =>
      r.facts.metrics.some((m) => nearAdjective(r, m)) || (r.q.type === 'rank' && nearAdjective(r, r.q))
        ? 'owner'
        : undefined,
  ),
  rule(
    'origin-of-goods-after-imports',
    'an adjective on the goods after an import noun names where the imports come from',
    [
      {
        text: 'Les importations kényanes de produits chiliens ont atteint 40 millions de dollars en 2022.',
        language: 'fr',
        figure: { value: 40_000_000, from: 'KE', to: 'CL' },
      },
    ],
    // "les importations kényanes de produits chiliens"
    ({ mention, metric, facts }) =>
      metric === 'imports' && facts.metrics.some((a) => mention.start > a.end && mention.start - a.end <= 40)
        ? 'partner'
        : 'none',
  ),
];
