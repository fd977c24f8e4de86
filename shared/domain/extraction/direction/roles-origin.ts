// The role of a name after a bare "de" on imports: "les importations de Turquie" (no article) name where the imports
// come from, where "les importations de la Turquie" name whose they are.

import type { Language } from '../language.js';
import { LANGUAGES } from '../languages/cues.js';
import { CUES } from '../languages/index.js';
import { isUpperCase, latin } from '../letters.js';
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
