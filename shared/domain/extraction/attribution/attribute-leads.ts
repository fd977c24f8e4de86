// What the words before a quantity in its clause say, read by several stages: the text after its last comma, the
// one class of goods it names, whether it opens with a pronoun that stands for the figure before.
import { latin } from '../letters.js';
import { PRONOUN_START, withWords } from '../lexicon.js';
import { goodsNamed } from './sectors.js';
import { TRADER_PRONOUN } from './stage-subject.js';

export const afterLastComma = (s: string) => s.slice(s.lastIndexOf(',') + 1);

/** The one class of goods a clause's subject names ("tandis que les phosphates et dérivés atteignent"), if any. */
export const goodsIn = (lead: string): string | null => {
  const named = goodsNamed(lead);
  return named.length === 1 ? (named[0]?.name ?? null) : null;
};

// (a pronoun that trades, "Il absorbe 3,8 % des exportations", stands for an economy, not for the flow before)
export const startsWithPronoun = (lead: string) =>
  (PRONOUN_START.test(lead) && !TRADER_PRONOUN.test(lead)) ||
  PRONOUN_START.test(afterLastComma(lead)) ||
  INVERTED_PRONOUN.test(lead) ||
  // (an aside in brackets is no part of the lead: "In reële termen (na correctie voor …) is dit een daling")
  (lead.includes('(') && INVERTED_PRONOUN.test(lead.replace(/\([^()]*\)/g, ''))) ||
  INVERTED_PRONOUN.test(` ${afterLastComma(lead)}`);

/**
 * Dutch puts the verb second: "Ten opzichte van 2018 is dat een daling van 4,6 procent", "Over heel 2019 ging het
 * om ruim 0,9 miljard euro", "In 2023 lag die op 2 miljard".
 */
const INVERTED_PRONOUN = latin(
  new RegExp(
    withWords`^\s*[^,.;]{0,40}?\s(?:${(c) => c.leadStage.invertedVerbs})\s+(?:${(c) => c.leadStage.invertedPronouns})(?![\p{L}])`,
    'iu',
  ),
);
