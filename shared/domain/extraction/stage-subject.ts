// Attribution, before its stages: who the clause's pronouns stand for ("Elle est aussi le 9e investisseur",
// "Il achète 2,6 % des exportations kényanes", "the country's 14th largest supplier").
import type { ClauseFacts } from './clause-facts.js';
import { latin } from './letters.js';

export const COUNTRY_POSSESSIVE = latin(/(?<![\p{L}])the\s+(?:country|nation)['’]s(?![\p{L}])/iu);

export const SUBJECT_PRONOUN = /^\s*(elle|il|it|she|hij|zij|ze)\s/i;

export const TRADER_PRONOUN = latin(
  /^\s*(?:(?:et|and|en)\s+)?(il|elle|ils|elles|it|they|hij|zij|ze)\s+(?:(?:a|ont|avait|avaient|has|have|had|heeft|hebben|had|hadden)\s+)?(?:(?:en|y|also|aussi|ook|ainsi|alone|seul|seule)\s+)?(?:absorb|achet|achèt|vend|fourni|expédi|écoul|bought|buys|buy|sold|sells|supplie|supply|shipp|ships|kocht|koopt|kochten|kopen|leverde|levert|leveren)\p{L}*/iu,
);

/** The clause's facts with a pronoun at `start` read as the economy `code` it stands for. */
export function withAntecedent(facts: ClauseFacts, code: string, start: number, length: number): ClauseFacts {
  return {
    ...facts,
    economies: [{ code, start, end: start + length, adjective: false }, ...facts.economies],
  };
}
