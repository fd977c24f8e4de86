// Attribution, stage 2: the metric. The closest metric word (metrics.ts), a list's heading (lists.ts), or the flow
// the clause continues (stage-metric-continues.ts) or sits beside (stage-metric-neighbours.ts).

import type { Metric } from '../figure.js';
import type { ClauseFacts } from './clause-facts.js';
import { GENERIC_RANK, RANK_NOUN_ANY } from './cues.js';
import { latin } from './letters.js';
import { PRONOUN_START } from './lexicon.js';
import { metricOfRankNoun } from './metrics.js';
import { goodsNamed } from './sectors.js';
import { TRADER_PRONOUN } from './stage-subject.js';

/** Budgets, funds, loans, turnover: amounts a target may name that are no trade flow. */
export const NOT_TRADE_AMOUNT = latin(
  /(?<![\p{L}])(?:budgets?|enveloppes?|fonds|prêts?|crédits?|subventions?|financements?|chiffre d['’]affaires|capital|revenues?|turnover|loans?|funds?|grants?|begroting\p{L}*|subsidie\p{L}*|lening\p{L}*|omzet|kapitaal)(?![\p{L}])/iu,
);

export const REFERS_BACK_AFTER = latin(
  /^\s*(?:of the total|du total|van het totaal|daarvan|hiervan|d['’]entre (?:eux|elles)|(?:de ces|de cette|de ce|of these|of those|of that|of this|van deze|van die|van dat|van dit)\s+\p{L}+)(?![\p{L}])/iu,
);

export const THE_FIGURE_START = latin(
  /^\s*(?:the|this|that|ce|le|dit|dat|het)\s+(?:figure|amount|chiffre|montant|cijfer|bedrag)(?![\p{L}])/iu,
);

/** "Ils se sont élevés à", "Selon l'Office, ils ont atteint": a clause whose subject is a pronoun. */
export const COLON_PRONOUN = latin(/:\s*(?:elles?|ils?|they|it|ze|zij)\s[^:;]*$/iu);

/** From an item in brackets to the flow word of the list it ends: "), … et les engrais (9 %) sont les principaux produits ". */
export const LIST_HEAD_AFTER = latin(
  /^[^.;:]{0,200}?(?:sont|constituent|représentent|are|were|zijn|waren|vormen)\s+(?:les|the|de)\s+(?:\p{L}+\s+){0,3}$/iu,
);

/** "… came from 14 economies. Once again, Spain comes first": the flow of the
 * sentence before, for a position that names nothing it ranks. */
export function metricBefore(text: string, facts: ClauseFacts): Metric | undefined {
  const before = facts.previous;
  if (!before) return undefined;
  // "… are among its leading investors. Canada … comes in 2nd place": the ranked noun of that sentence
  const noun = [...text.slice(before.start, before.end).matchAll(RANK_NOUN_ANY)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => !GENERIC_RANK.test(n))
    .at(-1);
  if (noun) return metricOfRankNoun(noun);
  return facts.allMetrics.filter((m) => m.start >= before.start && m.end <= before.end).at(-1)?.metric;
}

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
  /^\s*[^,.;]{0,40}?\s(?:is|was|bedraagt|bedroeg|betekent|betekende|ging|gaat|kwam|komt|lag|ligt|stond|staat|betrof|betreft)\s+(?:dat|dit|het|die|deze)(?![\p{L}])/iu,
);

export const EXPLAINED_BY = latin(
  /(?<![\p{L}])(?:qui s['’]explique|qui s['’]expliquent|s['’]explique|due to|driven by|thanks to|owing to|dû à|due à|grâce à|en raison d|portée? par|tirée? par|dankzij|door)(?![\p{L}])/iu,
);
