// The role of an economy named by its name (not an adjective, not a possessive), from the words around it: the
// special cases first (an elliptical list, goods made in a place, firms of a place, a hyphened pair, a role noun
// such as "client" …), then the cue words of each role. The first rule that applies decides; a rule that answers
// 'none' says the economy is no party to the figure.
import type { Metric } from '../../figure.js';
import {
  AMOUNTING_TO,
  ELLIPTICAL_ITEM_AFTER,
  ELLIPTICAL_ITEM_BEFORE,
  isCountryOrRegion,
  OWN_BRACKET,
  RANKED_LIST_HEAD,
} from '../attribution/cues.js';
import { latin } from '../letters.js';
import {
  BALANCE_OWNER_CUES,
  BETWEEN_CUES,
  MAKES_CUES,
  OWNER_CUES,
  PARTNER_CUES,
  SOURCE_CUES,
  withWords,
} from '../lexicon.js';
import type { RoleInput, RoleRule } from './role-rule.js';
import {
  ORIGIN_NAME_OF_IMPORTS_INTO_A_PLACE,
  PLACE_FOREIGN_IMPORTS_GO_INTO,
} from './roles-foreign-imports.js';
import { BARE_ORIGIN_OF_IMPORTS, ORIGIN_AFTER_AN_IMPORT_VERB } from './roles-origin.js';
import { PLACE_ROLE_RULES } from './roles-places.js';

export type { RoleInput, RoleRule } from './role-rule.js';

/** A role rule of one cue and one answer, with its examples. */
const rule = (
  name: string,
  why: string,
  examples: RoleRule['examples'],
  apply: RoleRule['apply'],
): RoleRule => ({ name, why, examples, apply });

const flowOfGoods = (metric: Metric) => metric === 'exports' || metric === 'imports';

/** "pays de l'", "landen van de", "countries of the", "reste du" right before a name: the group it names. */
const REST_OF_END = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.roles.restOf})$`, 'iu'));

/** The text before a name where a cue may stand, long enough for "en provenance des autres pays de l’" before it. */
const cueWindow = ({ text, mention }: RoleInput) =>
  text.slice(Math.max(0, mention.start - 60), mention.start);

/** The text right after the economy's name. */
const after = ({ text, mention }: RoleInput, length: number) => text.slice(mention.end, mention.end + length);

const WITHIN_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.within})\s+(?:${(c) => c.economyRoles.articlesOfOne})?$`,
    'iu',
  ),
);

const MADE_AFTER = latin(new RegExp(withWords`^\s+(?:${(c) => c.economyRoles.madeIn})(?![\p{L}])`, 'iu'));

const FIRMS_OF_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.firms})\s+(?:${(c) => c.economyRoles.firmsOf})\s*(?:${(c) => c.economyRoles.articles})?$`,
    'iu',
  ),
);

const PAIR_FIRST_AFTER = latin(/^\s?[-–]\s?\p{Lu}/u);

const PAIR_SECOND_BEFORE = latin(/\p{L}\.?\s?[-–]\s?$/u);

/** "Marokko is voor België vooral een afzetmarkt", "le Japon reste un client": a market or client predicated. */
const MARKET_PREDICATE = latin(
  new RegExp(
    withWords`^\s+(?:${(c) => c.economyRoles.isVerb})\s+(?:(?:${(c) => c.economyRoles.forWhom})\p{L}+\s+)?(?:\p{L}+\s+){0,2}?(?:${(c) => c.economyRoles.marketNouns})(?![\p{L}])`,
    'iu',
  ),
);

const SHARE_OF_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.shareNouns})\s+(?:${(c) => c.economyRoles.of})\s*(?:${(c) => c.roles.articles})?\s*$`,
    'iu',
  ),
);

const WHOSE_AFTER = latin(
  new RegExp(
    withWords`^[\p{L}\s'’-]{0,25}?,\s*(?:${(c) => c.economyRoles.whose})\s+(?:${(c) => c.economyRoles.whoseArticles})?\s*(?:${(c) => c.economyRoles.whoseFlows})`,
    'iu',
  ),
);

/** "leaving Japan with a surplus", "le Maroc enregistre un déficit", "België boekte een overschot". */
const BALANCE_OWNER_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.economyRoles.balanceOwnerWords})\s+){1,4}(?:${(c) => c.economyRoles.balanceNouns})`,
    'iu',
  ),
);

const IMPORT_VERB_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.importVerb})\s+(?:\p{L}+\s+){0,2}$`, 'iu'),
);

const OF_AFTER_ADJECTIVE = latin(
  new RegExp(
    withWords`^\s+(?:${(c) => c.economyRoles.of})(?:(?<=['’])|\s+)(?:${(c) => c.economyRoles.articles})?$`,
    'iu',
  ),
);

const REGION_OPENING = new RegExp(
  withWords`^\s*(?:${(c) => c.economyRoles.regionOpening})\s+(?:${(c) => c.economyRoles.regionArticles})?$`,
  'i',
);

const IMPORTER_PLACE_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.intoPlace})\s+(?:${(c) => c.economyRoles.placeArticles})?$`,
    'iu',
  ),
);

/** What lies between an import noun and its place: " ", " van landbouwproducten ", " de biens ", " value " (no amount). */
const IMPORTS_OF_GOODS_IN = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.economyRoles.valueNouns})\s+)?(?:(?:${(c) => c.economyRoles.of})\s*[\p{L}'’ -]{1,40}?\s+)?(?:${(c) => c.economyRoles.intoPlace})\s+(?:${(c) => c.economyRoles.placeArticles})?$`,
    'iu',
  ),
);

const SUPPLIED_PLACE_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.suppliedTo})\s+(?:${(c) => c.economyRoles.suppliedArticles})?$`,
    'iu',
  ),
);

const DUTCH_DE_EN = new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.notACue})\s+$`, 'iu');

/** "with Japan running a surplus": the economy a partner cue names owns the balance. */
const BALANCE_OWNER_ING_AFTER = new RegExp(withWords`^\s+(?:${(c) => c.economyRoles.balanceOwnerIng})\s`);

const DUTCH_PREPOSITION_ARTICLE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.prepositionsBeforeArticle})\s+(?:${(c) => c.economyRoles.articleAfterPreposition})\s+$`,
    'iu',
  ),
);

/**
 * In Dutch "de" is "the" and "en" is "and": neither marks a role … unless "de" is the article after a Dutch
 * preposition: "naar de Verenigde Staten", "met de Filipijnen".
 */
const dutchArticle = ({ facts, before }: RoleInput) =>
  facts.language === 'nl' && DUTCH_DE_EN.test(before) && !DUTCH_PREPOSITION_ARTICLE.test(before);

/** The special cases, tried before the cue words of each role. */
const SPECIAL_ROLE_RULES: RoleRule[] = [
  rule(
    'elliptical-list-names-partners',
    'the names of an elliptical list of a flow take the place of the first, the partner',
    [
      {
        text: "Les achats du Pérou en provenance du Chili ont baissé de 6 %, de Bolivie de 11,3 % et d'Équateur de 2,8 % en 2022.",
        language: 'fr',
        figure: { value: -11.3, from: 'PE', to: 'BO' },
      },
    ],
    // "Les achats en provenance du Chili ont baissé de 6 %, de Bolivie de 11,3 % et d'Équateur de 2,8 %"
    (r) =>
      flowOfGoods(r.metric) &&
      r.q.start > r.mention.end &&
      ELLIPTICAL_ITEM_BEFORE.test(r.before) &&
      ELLIPTICAL_ITEM_AFTER.test(r.text.slice(r.mention.end, r.q.start))
        ? 'partner'
        : undefined,
  ),
  rule(
    'goods-made-in-a-place',
    'where the goods are made exports them',
    [
      {
        text: 'De Japanse invoer van in Chili gemaakte kunststoffen bedroeg in 2022 300 miljoen euro.',
        language: 'nl',
        figure: { value: 300_000_000, from: 'JP', to: 'CL' },
      },
    ],
    // "de uitvoer van in Chili gemaakte kunststoffen", "goods made in Peru"
    (r) =>
      flowOfGoods(r.metric) && WITHIN_BEFORE.test(r.before) && MADE_AFTER.test(after(r, 20))
        ? r.metric === 'exports'
          ? 'owner'
          : 'partner'
        : undefined,
  ),
  rule(
    'firms-of-a-place-report',
    'the economy of the firms that trade reports the flow',
    [
      {
        text: 'In 2022 verkochten bedrijven in Portugal voor 6 miljard euro aan Chili.',
        language: 'nl',
        figure: { value: 6_000_000_000, from: 'PT', to: 'CL' },
      },
    ],
    // "verkochten bedrijven in Portugal voor 6 miljard euro aan Chili", "firms from Peru exported"
    (r) => (FIRMS_OF_BEFORE.test(r.before) ? 'owner' : undefined),
  ),
  rule(
    'hyphened-pair-of-a-balance',
    'the first of a hyphened pair owns the balance, the second is its partner',
    [
      {
        text: 'The U.S.-China trade deficit reached $380 billion in 2022.',
        language: 'en',
        figure: { value: -380_000_000_000, from: 'US', to: 'CN' },
      },
    ],
    // "the U.S.-China trade deficit"
    (r) => {
      if (r.metric !== 'trade_balance') return undefined;
      if (PAIR_FIRST_AFTER.test(after(r, 3))) return 'owner';
      return PAIR_SECOND_BEFORE.test(r.before) ? 'partner' : undefined;
    },
  ),
  ...PLACE_ROLE_RULES,
  rule(
    'name-owns-its-bracket',
    'a name followed by its percentage (in brackets, "à hauteur de") is that share’s partner',
    [
      {
        text: 'Major export markets of Peru were Spain (19.5%), France (19.3%) and India (5.1%) in 2022.',
        language: 'en',
        figure: { value: 19.3, from: 'PE', to: 'FR' },
      },
    ],
    // "Spain (19.5%), France (19.3%) and India (5.1%)", "le Japon à hauteur de 12,5 %"
    (r) =>
      r.q.type === 'percent' &&
      r.q.start > r.mention.end &&
      (OWN_BRACKET.test(r.text.slice(r.mention.end, r.q.start)) ||
        AMOUNTING_TO.test(r.text.slice(r.mention.end, r.q.start)))
        ? 'partner'
        : undefined,
  ),
  rule(
    'name-in-a-ranked-list-owns-its-amount',
    'a name followed by its amount in brackets, in a list headed by a ranked noun ("Les principaux fournisseurs sont"), is that amount’s partner',
    [
      {
        text: 'De Deense invoer bedroeg 130 miljard euro. De belangrijkste leveranciers waren Duitsland (28 miljard euro) en Zweden (17 miljard euro).',
        language: 'nl',
        figure: { value: 17_000_000_000, metric: 'imports', from: 'DK', to: 'SE' },
      },
    ],
    (r) =>
      r.q.type === 'money' &&
      r.q.start > r.mention.end &&
      OWN_BRACKET.test(r.text.slice(r.mention.end, r.q.start)) &&
      RANKED_LIST_HEAD.test(r.text.slice(r.facts.sentence.start, r.mention.start))
        ? 'partner'
        : undefined,
  ),
  ORIGIN_NAME_OF_IMPORTS_INTO_A_PLACE,
];

/** The cue words of each role, with the special cases that come between them. */
const CUE_RULES: RoleRule[] = [
  rule(
    'made-by-a-verb',
    '"faisant de la France …", "making China …": a name a verb makes something is unmarked',
    [
      {
        text: "Les exportations du Maroc vers l'Espagne ont atteint 10 milliards d'euros en 2022, faisant de l'Espagne le premier client du royaume.",
        language: 'fr',
        figure: { value: 10_000_000_000, from: 'MA', to: 'ES' },
      },
    ],
    (r) => (MAKES_CUES.test(r.before) ? 'ambiguous' : undefined),
  ),
  rule(
    'market-predicated-is-partner',
    'an economy said to be a market, a client or a buyer is the partner of the exports',
    [
      {
        text: 'Marokko is voor België vooral een afzetmarkt: de uitvoer bedroeg 2,8 miljard euro in 2022.',
        language: 'nl',
        figure: { value: 2_800_000_000, from: 'BE', to: 'MA' },
      },
    ],
    // "Marokko is voor België vooral een afzetmarkt voor chemische producten"
    (r) => (r.metric === 'exports' && MARKET_PREDICATE.test(after(r, 60)) ? 'partner' : undefined),
  ),
  rule(
    'region-restricting-a-rank',
    'a region after "en" restricts a rank, no party to it',
    [
      {
        text: 'Le Maroc est le premier partenaire de la France en Afrique et son 21e client en 2022.',
        language: 'fr',
        figure: { value: 21, measure: 'rank', from: 'FR', to: 'MA' },
      },
    ],
    // "le premier partenaire de la France en Afrique et son 21e client"
    (r) =>
      r.q.type === 'rank' && !isCountryOrRegion(r.mention.code) && WITHIN_BEFORE.test(r.before)
        ? 'none'
        : undefined,
  ),
  rule(
    'share-of-a-name-is-partner',
    '"la part de l’Asie dans …", "the share of China in …": the name whose share it is, the partner',
    [
      {
        text: 'The share of China in Kenya’s imports reached 20% in 2022.',
        language: 'en',
        figure: { value: 20, from: 'KE', to: 'CN' },
      },
      {
        text: "La part de l'Asie dans les exportations du Maroc a atteint 20 % en 2022.",
        language: 'fr',
        figure: { value: 20, from: 'MA', to: 'ASIA' },
      },
    ],
    (r) => (SHARE_OF_BEFORE.test(r.before) ? 'partner' : undefined),
  ),
  rule(
    'name-whose-flows-owns',
    '"la Chine, dont les importations …", "China, whose imports …": the owner',
    [
      {
        text: 'La Chine, dont les importations ont atteint 2 700 milliards de dollars en 2022, reste le premier marché du monde.',
        language: 'fr',
        figure: { value: 2_700_000_000_000, from: 'CN' },
      },
    ],
    (r) => (WHOSE_AFTER.test(after(r, 40)) ? 'owner' : undefined),
  ),
  rule(
    'balance-owner-by-its-verb',
    '"le Maroc enregistre un déficit", "with Japan running a surplus": the economy that posts a balance owns it',
    [
      {
        text: 'Avec le Maroc, la Belgique affiche un excédent commercial de 1,2 milliard d’euros en 2022.',
        language: 'fr',
        figure: { value: 1_200_000_000, from: 'BE', to: 'MA' },
      },
      {
        text: "La Belgique et le Maroc ont signé un accord. En 2022, le Maroc a enregistré un excédent commercial de 2 milliards d'euros avec la Belgique.",
        language: 'fr',
        figure: { value: 2_000_000_000, from: 'MA', to: 'BE' },
      },
    ],
    (r) =>
      r.metric === 'trade_balance' &&
      // "avec le Maroc affiche un excédent" names the partner; "with Japan running a surplus" the owner
      (!PARTNER_CUES.test(r.before) || BALANCE_OWNER_ING_AFTER.test(after(r, 16))) &&
      BALANCE_OWNER_AFTER.test(after(r, 60))
        ? 'owner'
        : undefined,
  ),
  rule(
    'balance-for-an-economy',
    '"un déficit de 0,6 milliard pour la France": whose balance it is',
    [
      {
        text: "Les échanges avec le Maroc ont laissé en 2022 un déficit de 0,6 milliard d'euros pour la France.",
        language: 'fr',
        figure: { value: -600_000_000, from: 'FR', to: 'MA' },
      },
      {
        text: "Le Maroc a laissé en 2022 un déficit commercial de 0,6 milliard d'euros pour la France.",
        language: 'fr',
        figure: { value: -600_000_000, from: 'FR', to: 'MA' },
      },
    ],
    (r) => (r.metric === 'trade_balance' && BALANCE_OWNER_CUES.test(r.before) ? 'owner' : undefined),
  ),
  rule(
    'between-cue',
    '"entre", "between", "tussen": one of a pair',
    [
      {
        text: 'Les échanges entre la Belgique et le Maroc ont atteint 4 milliards d’euros en 2022.',
        language: 'fr',
        figure: { value: 4_000_000_000, from: 'BE', to: 'MA' },
      },
    ],
    (r) => (BETWEEN_CUES.test(r.before) ? 'between' : undefined),
  ),
];

/** The rules of imports' sources and the places flows come in, then the plain cues of partner and owner. */
const SOURCE_RULES: RoleRule[] = [
  rule(
    'source-after-an-import-verb',
    'after an import verb "du" names the source',
    [
      {
        text: 'En 2022, le Maroc a importé du Japon pour 500 millions de dollars.',
        language: 'fr',
        figure: { value: 500_000_000, from: 'MA', to: 'JP' },
      },
    ],
    // "le Maroc a importé du Japon pour …"
    (r) =>
      r.metric === 'imports' && OWNER_CUES.test(r.before) && IMPORT_VERB_BEFORE.test(r.before)
        ? 'partner'
        : undefined,
  ),
  rule(
    'origin-after-the-importer-adjective',
    'after the importer’s adjective on the imports, "de" names where they come from',
    [
      {
        text: "Les importations chiliennes de l'UE ont atteint 12 milliards de dollars en 2022.",
        language: 'fr',
        figure: { value: 12_000_000_000, from: 'CL', to: 'EU' },
      },
    ],
    // "les importations chiliennes de l'UE", "Peruvian imports of Chile's goods"
    ({ text, mention, metric, facts, before }) =>
      metric === 'imports' &&
      OWNER_CUES.test(before) &&
      facts.economies.some(
        (a) =>
          a.adjective &&
          a.end <= mention.start &&
          OF_AFTER_ADJECTIVE.test(text.slice(a.end, mention.start)) &&
          facts.metrics.some((m) => m.metric === 'imports' && m.end <= a.start && a.start - m.end <= 2),
      )
        ? 'partner'
        : undefined,
  ),
  rule(
    'source-cue',
    '"exports from Kenya" names the owner, "imports from Japan" the partner',
    [
      {
        text: 'Japan imported goods worth $2 billion from Morocco in 2022 and exported $3 billion.',
        language: 'en',
        figure: { value: 3_000_000_000, from: 'JP', to: 'MA' },
      },
      {
        text: 'Exports from Kenya to Portugal reached €50 million in 2022.',
        language: 'en',
        figure: { value: 50_000_000, from: 'KE', to: 'PT' },
      },
    ],
    (r) => {
      const { mention, metric, facts } = r;
      if (!SOURCE_CUES.test(cueWindow(r))) return undefined;
      // "Japan imported 168 billion yen worth of goods from Morocco … and exported 310 billion yen": the source
      // of the other flow, named just after it, is the partner of this one too
      // … also when the source is named in an earlier clause of the sentence ("The main import from Japan was
      // machinery; machinery was also the main export")
      const attachedTo = facts.allMetrics
        .filter(
          (m) => m.start >= facts.sentence.start && m.end <= mention.start && mention.start - m.end <= 60,
        )
        .at(-1);
      if (attachedTo?.metric === 'imports' && metric === 'exports') return 'partner';
      return metric === 'exports' || metric === 'fdi' ? 'owner' : 'partner';
    },
  ),
  rule(
    'region-opening-the-sentence',
    'a region that opens the sentence after "in" is where the flow comes from',
    [
      {
        text: 'In Wallonië nemen farmaceutische producten 70 procent van de uitvoer naar Japan voor hun rekening.',
        language: 'nl',
        figure: { value: 70, from: 'BE-WAL', to: 'JP' },
      },
    ],
    // "In Wallonië nemen farmaceutische producten ruim 70 procent van de uitvoer naar Japan voor hun rekening"
    ({ text, mention, facts }) =>
      mention.code.includes('-') &&
      REGION_OPENING.test(text.slice(facts.sentence.start, mention.start)) &&
      facts.metrics.some((m) => m.start > mention.end)
        ? 'owner'
        : undefined,
  ),
  rule(
    'place-imports-come-in',
    'where imports come in is the importer',
    [
      {
        text: 'De invoer van machines in Wallonië bedroeg 5 miljard euro in 2022.',
        language: 'nl',
        figure: { value: 5_000_000_000, from: 'BE-WAL' },
      },
    ],
    // "de invoer van machines in Wallonië", "les importations au Pérou"
    ({ text, mention, metric, facts, before }) =>
      metric === 'imports' &&
      IMPORTER_PLACE_BEFORE.test(before) &&
      facts.metrics.some(
        (m) =>
          m.metric === 'imports' &&
          m.end <= mention.start &&
          IMPORTS_OF_GOODS_IN.test(text.slice(m.end, mention.start)),
      )
        ? 'owner'
        : undefined,
  ),
  PLACE_FOREIGN_IMPORTS_GO_INTO,
  rule(
    'place-a-supplier-supplies',
    'where a ranked supplier’s goods go in is the importer whose suppliers are ranked',
    [
      {
        text: 'Le Chili est le 7e pays d’origine des biens au Kenya en 2022.',
        language: 'fr',
        figure: { value: 7, measure: 'rank', from: 'KE', to: 'CL' },
      },
    ],
    // "le 7e pays d'origine des biens au Kenya", "Chile's third supplier to Peru"
    ({ mention, metric, q, before }) =>
      q.type === 'rank' &&
      metric === 'imports' &&
      mention.start >= q.end &&
      isCountryOrRegion(mention.code) &&
      SUPPLIED_PLACE_BEFORE.test(before)
        ? 'owner'
        : undefined,
  ),
  rule(
    'partner-cue',
    '"vers", "naar", "to", "avec" …: the partner',
    [
      {
        text: 'De uitvoer van België naar de Verenigde Staten bedroeg 30 miljard euro in 2022.',
        language: 'nl',
        figure: { value: 30_000_000_000, from: 'BE', to: 'US' },
      },
    ],
    (r) => (!dutchArticle(r) && PARTNER_CUES.test(cueWindow(r)) ? 'partner' : undefined),
  ),
  rule(
    'owner-cue',
    '"de", "van", "of" …: the owner',
    [
      {
        text: 'Les exportations du Kenya vers le Portugal ont atteint 50 millions d’euros en 2022.',
        language: 'fr',
        figure: { value: 50_000_000, from: 'KE', to: 'PT' },
      },
      {
        text: 'Le 5e client du Kenya est le Portugal.',
        language: 'fr',
        figure: { value: 5, measure: 'rank', from: 'KE', to: 'PT' },
      },
    ],
    // ("Les pays de l'Asie ont absorbé 6 %": the countries of a group are the group, a name no cue marks; "des
    // exportations des pays de l'Asie" is marked by the cue before them)
    (r) => (!dutchArticle(r) && OWNER_CUES.test(cueWindow(r).replace(REST_OF_END, '')) ? 'owner' : undefined),
  ),
  rule(
    'name-before-the-metric-word',
    '"Hong Kong investors", "Morocco exports rose": a name right before the metric word owns it',
    [
      {
        text: 'Morocco exports to Spain rose to $10 billion in 2022.',
        language: 'en',
        figure: { value: 10_000_000_000, from: 'MA', to: 'ES' },
      },
    ],
    ({ text, mention, facts }) =>
      facts.metrics.some((m) => m.start >= mention.end && /^ ?$/.test(text.slice(mention.end, m.start)))
        ? 'owner'
        : undefined,
  ),
];

/** The role rules of a name, in the order they are tried. */
export const NAME_ROLE_RULES: ReadonlyArray<RoleRule> = [
  ...SPECIAL_ROLE_RULES,
  ORIGIN_AFTER_AN_IMPORT_VERB,
  ...CUE_RULES,
  BARE_ORIGIN_OF_IMPORTS,
  ...SOURCE_RULES,
];
