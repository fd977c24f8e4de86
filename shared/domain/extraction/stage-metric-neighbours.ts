// Attribution, stage 2 (end): a figure that takes its flow from the figure beside it in the sentence (the rank before
// it, an amount in another currency, a bracket after a name, a successor, an ellipsis, a list "respectively").

import type { Metric } from '../figure.js';
import type { ClauseFacts } from './clause-facts.js';
import { RESPECTIVELY } from './cues.js';
import { latin } from './letters.js';
import type { Quantity } from './quantities.js';

/** "…, avec des ventes de", "with sales of", "met een uitvoer van": the amount of the rank before it. */
export const WITH_AMOUNT = latin(
  /^[^.;]{0,40}?(?<![\p{L}])(?:avec|with|met)\s+(?:(?:des|un|une|de|d['’]|a|an|een)?\s*(?:\p{L}+\s+|d['’]\p{L}+\s+){0,3}(?:de|d['’]|of|van)\s*(?:(?:around|about|some|nearly|almost|environ|près de|quelque|ongeveer|bijna|ruim)\s+)?)?$/iu,
);

// (after the name's own alias, if any: "the Republic of Korea (South Korea) (+2.4%)")
export const BRACKET_AFTER_NAME = /^(?:\s*\([^()\d]{1,30}\))?\s*\(\s*[+−-]?\s*$/;

/** "Avec quelque 2,35 milliards, elles …", "Met 9 miljard euro was 2018 een recordjaar": an amount opening its sentence. */
export const AMOUNT_OPENING = latin(/^\s*(?:avec|with|met)\s+(?:[\p{L}'’]+\s+){0,4}$/iu);

export const FOLLOWED_BY_IN = latin(
  /(?<![\p{L}])(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s/iu,
);

export const NAME_BRACKET_BEFORE = latin(/\p{Lu}[\p{L}'’ -]{1,30}\(\s*[+−-]?\s*\p{Sc}?\s*$/u);

export const SUCCESSOR = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:(?:gevolgd\s+door|followed\s+by|suivie?s?\s+(?:de|par))\s+)?(?:la\s+|le\s+|l['’]|de\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’ -]{1,40}?\s+(?:volgt\s+met|volgde\s+met|suit\s+avec|suivait\s+avec|follows\s+with|followed\s+with|met|avec|with|voor|pour|for)\s+(?:\p{L}+\s+){0,2}$/u,
);

export const SUCCESSOR_CHANGE = latin(
  /^\s*(?:en\s+|et\s+|and\s+)?(?:la\s+|le\s+|l['’]|de\s+|het\s+|the\s+)?\p{Lu}[\p{L}'’-]{1,30}(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:\p{L}+[\s,]+){1,4}?(?:met|avec|with)\s+(?:een|une|un|a|an)\s+(?:\p{L}+\s+)?(?:stijging|daling|groei|hausse|baisse|progression|recul|augmentation|increase|rise|decline|drop|fall|growth)\s+(?:van|de|of)\s*(?:bijna|ruim|près de|plus de|nearly|almost|about)?\s*$/u,
);

export const FOR_ECONOMY = latin(
  /^\s*(?:[Ee]n\s+|[Ee]t\s+|[Aa]nd\s+)?(?:[Vv]oor|[Pp]our|[Ff]or)\s+(?:de\s+|la\s+|le\s+|l['’]|the\s+|het\s+)?\p{Lu}/u,
);

export const ELLIPSIS_OF = latin(
  /^\s*(?:et\s+|en\s+|and\s+)?(?:dat|die|celui|celle|ceux|celles|that|those)\s+(?:van|de|du|d['’]|des|of)\s/iu,
);

/**
 * "Spain, Canada and Chile come 2nd, 3rd and 5th respectively", "le Brésil et l'Argentine
 * sont respectivement le premier et le troisième fournisseur": each economy listed before takes its position; an
 * investor's position is the investor's, any other the partner's.
 */
export function respectivelyRanked(
  text: string,
  q: Quantity,
  facts: ClauseFacts,
  metric: Metric | undefined,
):
  | { partner?: string; owner?: string; subjects?: boolean; metric?: Metric; listedNames?: string[] }
  | undefined {
  const ranks = facts.quantities.filter(
    (o) => o.type === 'rank' && (o.coordinated || o.rankNoun === q.rankNoun),
  );
  const first = ranks[0];
  if (!first || !RESPECTIVELY.test(text.slice(facts.clause.start, facts.clause.end))) return undefined;
  const names = facts.economies.filter((e) => e.end <= first.start && !e.adjective);
  const index = ranks.indexOf(q);
  const name = index >= 0 && names.length === ranks.length ? names[index]?.code : undefined;
  if (!name) return undefined;
  const listedNames = names.map((e) => e.code);
  return metric === 'fdi' ? { owner: name, listedNames } : { partner: name, listedNames };
}

export const LEVEL_REACHED = latin(
  /(?<![\p{L}])(?:to|à|tot|pour atteindre|reaching|(?:to\s+)?stand(?:ing)?\s+at|(?:pour\s+)?s['’](?:établir|élever)\s+à)\s*$/iu,
);

export const GROWTH_RIGHT_AFTER = latin(
  /^[\s,(]*(?:soit\s+)?(?:une?\s+|an?\s+|een\s+)?(?:en\s+)?(?:hausse|baisse|progression|recul|augmentation|diminution|croissance|up|down|increase|decrease|rise|fall|stijging|daling|groei)\s+(?:de|of|van|met|by)\s*(?:près de|plus de|environ)?\s*$/iu,
);

export const VERB_THEN_BRACKET = latin(/^\s+\p{L}+\s*\(\s*[+−-]?\s*$/u);
