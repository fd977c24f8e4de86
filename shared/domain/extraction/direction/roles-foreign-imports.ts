// "les importations chinoises en Wallonie", "Chinese imports into the EU", "UK imports to the EU", "Japanse invoer
// naar de EU": an adjective (or a name) on imports followed by the place they go into names where the goods come from, and the place is the
// importer. Read as usual, the adjective would own the flow and the place would be its partner.
import type { ClauseFacts, MetricMention } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { RoleRule } from './role-rule.js';

const INTO_PLACE = latin(
  new RegExp(
    withWords`^\s+(?:${(c) => c.economyRoles.foreignImportsInto})\s+(?:${(c) => c.economyRoles.placeArticles})?$`,
    'iu',
  ),
);

const IMPORTS_NOUN = latin(new RegExp(withWords`^(?:${(c) => c.economyRoles.foreignImportsNouns})$`, 'iu'));

const ONLY_SPACE = /^\s{0,2}$/;

/** The import word the adjective stands beside ("importations chinoises", "Chinese imports"), if any. */
function importsBeside(
  text: string,
  facts: ClauseFacts,
  adjective: EconomyMention,
): MetricMention | undefined {
  return facts.metrics.find(
    (m) =>
      m.metric === 'imports' &&
      IMPORTS_NOUN.test(text.slice(m.start, m.end)) &&
      ((m.end <= adjective.start && ONLY_SPACE.test(text.slice(m.end, adjective.start))) ||
        (adjective.end <= m.start && ONLY_SPACE.test(text.slice(adjective.end, m.start)))),
  );
}

/** Whether the adjective's imports go into the place named by `place`. */
function foreignImportsInto(
  text: string,
  facts: ClauseFacts,
  adjective: EconomyMention,
  place: EconomyMention,
) {
  if (place.adjective || adjective.code === place.code) return false;
  const imports = importsBeside(text, facts, adjective);
  // a name qualifies the imports only before them: "UK imports to the EU"
  if (!imports || (!adjective.adjective && imports.start < adjective.end)) return false;
  const last: Span = imports.end > adjective.end ? imports : adjective;
  return last.end <= place.start && INTO_PLACE.test(text.slice(last.end, place.start));
}

/** The place that foreign imports go into is the importer: a name's rule. */
export const PLACE_FOREIGN_IMPORTS_GO_INTO: RoleRule = {
  name: 'place-foreign-imports-go-into',
  why: 'where imports qualified by another economy’s adjective go in is the importer',
  examples: [
    {
      text: 'En 2022, les importations turques en Belgique ont atteint 2 milliards d’euros.',
      language: 'fr',
      figure: { value: 2_000_000_000, from: 'BE', to: 'TR' },
    },
  ],
  apply: ({ text, mention, metric, facts }) =>
    metric === 'imports' && facts.economies.some((a) => foreignImportsInto(text, facts, a, mention))
      ? 'owner'
      : undefined,
};

/** The adjective (or name) of foreign imports that go into a place names where they come from. */
export const ORIGIN_OF_IMPORTS_INTO_A_PLACE: RoleRule = {
  name: 'origin-of-imports-into-a-place',
  why: 'an adjective on imports that go into a named place is where the goods come from',
  examples: [
    {
      text: 'Japanese imports into the EU rose 6% in 2022.',
      language: 'en',
      figure: { value: 6, from: 'EU', to: 'JP' },
    },
  ],
  apply: ({ text, mention, metric, facts }) =>
    metric === 'imports' && facts.economies.some((p) => foreignImportsInto(text, facts, mention, p))
      ? 'partner'
      : undefined,
};

/** The same for a name before the imports: "UK imports to the EU". */
export const ORIGIN_NAME_OF_IMPORTS_INTO_A_PLACE: RoleRule = {
  ...ORIGIN_OF_IMPORTS_INTO_A_PLACE,
  name: 'origin-name-of-imports-into-a-place',
  why: 'a name right before imports that go into another named place is where the goods come from',
  examples: [
    {
      text: 'The share of UK imports to the EU fell to 7% of its total goods imports in 2023.',
      language: 'en',
      figure: { value: 7, from: 'EU', to: 'GB' },
    },
  ],
};
