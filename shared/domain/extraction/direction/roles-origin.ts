// The role of a name after a bare "de" on imports: "les importations de Turquie" (no article) name where the imports
// come from, where "les importations de la Turquie" name whose they are.

import type { Language } from '../language.js';
import { LANGUAGES } from '../languages/cues.js';
import { CUES } from '../languages/index.js';
import { isUpperCase, latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { RoleRule } from './role-rule.js';

/** "de", "d’" with no article, right before the name, in the document's language only (Dutch "de" is an article). */
const BARE_ORIGIN = Object.fromEntries(
  LANGUAGES.map((language) => {
    const words = CUES[language].roles.bareOrigin;
    return [
      language,
      words.length ? latin(new RegExp(`(?<![\\p{L}])(?:${words.join('|')})\\s*$`, 'iu')) : undefined,
    ];
  }),
) as Record<Language, RegExp | undefined>;

/** An import verb, whose subject is the importer: "a importé", "importait". */
const IMPORT_VERB = latin(new RegExp(withWords`^(?:${(c) => c.roles.importVerb})$`, 'iu'));
/** "de", "du", "de la" right before the name, after the verb's amount and goods. */
const ORIGIN_AFTER_VERB = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.roles.originAfterImportVerb})\s*$`, 'iu'),
);
/** What may stand between the verb and the origin: an amount and its goods, within one clause. */
const AMOUNT_AND_GOODS = /^[^.;:!?()]{0,120}$/;

export const ORIGIN_AFTER_AN_IMPORT_VERB: RoleRule = {
  name: 'origin-after-an-import-verb',
  why: 'after an import verb whose subject names the importer, "de", "du", "de la" before a name give where the goods come from ("La Belgique a importé pour 1,2 milliard d\'euros de cacao de Côte d\'Ivoire")',
  examples: [
    {
      text: 'Le Sénégal a importé pour 310 milliards de FCFA de riz de Thaïlande en 2023.',
      language: 'fr',
      figure: { value: 310_000_000_000, metric: 'imports', from: 'SN', to: 'TH' },
    },
    {
      text: "En 2023, le Portugal a importé pour 95 millions d'euros de poisson du Maroc.",
      language: 'fr',
      figure: { value: 95_000_000, metric: 'imports', from: 'PT', to: 'MA' },
    },
  ],
  apply: ({ text, mention, metric, facts }) => {
    if (metric !== 'imports' || mention.adjective) return undefined;
    const verb = facts.metrics.find(
      (m) =>
        m.metric === 'imports' &&
        m.end <= mention.start &&
        IMPORT_VERB.test(text.slice(m.start, m.end)) &&
        AMOUNT_AND_GOODS.test(text.slice(m.end, mention.start)),
    );
    if (!verb || !ORIGIN_AFTER_VERB.test(text.slice(verb.end, mention.start))) return undefined;
    // the importer, the verb's subject, named before it; no other name between the verb and this one
    const importer = facts.economies.some(
      (e) => e.code !== mention.code && !e.adjective && e.end <= verb.start && e.start >= facts.clause.start,
    );
    const between = facts.economies.some((e) => e.start >= verb.end && e.end <= mention.start);
    return importer && !between ? 'partner' : undefined;
  },
};

/** What may stand between the import noun and the bare "de": a few words, no figure, no other name. */
const WORDS_BETWEEN = latin(/^[\p{L}\s'’-]{0,40}$/u);

export const BARE_ORIGIN_OF_IMPORTS: RoleRule = {
  name: 'bare-de-names-the-origin-of-imports',
  why: 'imports "de Turquie", with no article, come from that country; "de la Turquie" would be its own',
  examples: [
    {
      text: 'Les importations du Chili ont reculé de 6 % en 2019. Les importations de Bolivie ont grimpé de 15 %.',
      language: 'fr',
      figure: { value: 15, from: 'CL', to: 'BO' },
    },
    {
      // the first person ("de nos entreprises", "de notre pays") is no name without article: it is whose they are
      text: 'Le Pérou vend surtout du cuivre à la Belgique. En 2019, les importations de nos sociétés en provenance du Pérou ont atteint 45 millions d’euros.',
      language: 'fr',
      figure: { value: 45000000, metric: 'imports', from: 'BE', to: 'PE' },
    },
  ],
  apply: ({ text, mention, metric, facts, before }) => {
    const bare = BARE_ORIGIN[facts.language];
    return bare &&
      metric === 'imports' &&
      isUpperCase(text.charCodeAt(mention.start)) &&
      bare.test(before) &&
      facts.metrics.some(
        (m) =>
          m.metric === 'imports' &&
          m.end <= mention.start &&
          WORDS_BETWEEN.test(text.slice(m.end, mention.start)) &&
          bare.test(text.slice(m.end, mention.start)),
      )
      ? 'partner'
      : undefined;
  },
};
