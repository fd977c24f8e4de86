// The role of a name that says where something is rather than who trades: a place followed by "where" another
// economy trades, an economy named in a "where" clause after the figure, a capital after a place preposition.
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { RoleInput, RoleRule } from './role-rule.js';

const rule = (
  name: string,
  why: string,
  examples: RoleRule['examples'],
  apply: RoleRule['apply'],
): RoleRule => ({ name, why, examples, apply });

/** The text right after the economy's name. */
const after = ({ text, mention }: RoleInput, length: number) => text.slice(mention.end, mention.end + length);

const WHERE_AFTER = latin(new RegExp(withWords`^\s*,\s*(?:${(c) => c.economyRoles.where})(?![\p{L}])`, 'iu'));

const WHERE_IN = latin(new RegExp(withWords`,\s*(?:${(c) => c.economyRoles.where})(?![\p{L}])`, 'iu'));

const PLACE_BEFORE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.placeAt})\s*$`, 'iu'));

/** The place rules, tried among the special cases of a name's role. */
export const PLACE_ROLE_RULES: RoleRule[] = [
  rule(
    'place-where-another-trades',
    'a place followed by "where" is where another economy trades: the partner',
    [
      {
        text: "Le Japon, où la Wallonie a exporté pour 1,3 milliard d'euros en 2022, reste un marché porteur.",
        language: 'fr',
        figure: { value: 1_300_000_000, from: 'BE-WAL', to: 'JP' },
      },
    ],
    // "Le Japon, où la Wallonie a exporté pour 1,3 milliard d'euros"
    (r) => (WHERE_AFTER.test(after(r, 8)) && r.q.start > r.mention.end ? 'partner' : undefined),
  ),
  rule(
    'economy-in-a-where-clause-after-the-figure',
    'an economy named in a "where" clause that follows the figure says where the place is, no party to it',
    [
      {
        text: "Le Japon a promis 10 milliards de dollars d'investissements en Afrique, où Tokyo veut se distinguer de la Chine.",
        language: 'fr',
        figure: { value: 10_000_000_000, from: 'JP', to: 'AFRICA' },
      },
    ],
    // "… d'investissements en Afrique, où Tokyo cherche à se distinguer de la Chine"
    (r) =>
      r.q.end <= r.mention.start && WHERE_IN.test(r.text.slice(r.q.end, r.mention.start))
        ? 'none'
        : undefined,
  ),
  rule(
    'capital-as-a-place',
    'a capital after a place preposition is a place, no party',
    [
      {
        text: "Lors d'un forum tenu à Tokyo, la Belgique a annoncé que ses exportations avaient atteint 2 milliards d'euros en 2022.",
        language: 'fr',
        figure: { value: 2_000_000_000, from: 'BE', to: 'WORLD' },
      },
    ],
    // "le forum d'affaires tenu à Tokyo", "a conference in London"
    (r) => (r.mention.capital && PLACE_BEFORE.test(r.before) ? 'none' : undefined),
  ),
];
