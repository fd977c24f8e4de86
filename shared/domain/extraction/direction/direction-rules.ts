import { ATTRACTS, SHARE_VERB, sameEconomy } from '../attribution/cues.js';
import type { ClauseFacts } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import { latin } from '../letters.js';
import { withWords, words } from '../lexicon.js';
import type { NamedRule } from '../rule.js';
import type { Direction } from './direction-clause.js';

/** What a rule fills: a side or both, and whether it takes the first unmarked economy for it. */
export interface DirectionFill {
  from?: string;
  to?: string;
  takesFirst?: boolean;
}

export type DirectionRule = NamedRule<Direction, DirectionFill>;

/** Each rule of `rules` in order, each filling what it says. */
export function fillInOrder(rules: ReadonlyArray<DirectionRule>, d: Direction): void {
  for (const rule of rules) {
    const fill = rule.apply(d);
    if (!fill) continue;
    if (fill.from !== undefined) d.from = fill.from;
    if (fill.to !== undefined) d.to = fill.to;
    if (fill.takesFirst) d.ambiguous.shift();
  }
}

/**
 * A partner named by a common noun right after the flow: "exportations … vers le Royaume", "uitvoer naar het
 * Noord-Afrikaanse land", "exports to the kingdom".
 */
const UNNAMED_PARTNER = latin(
  new RegExp(
    withWords`^\s*(?:[\p{L}'’-]+\s+){0,3}?(?:${(c) => c.direction.unnamedPartnerPrepositions})\s+(?:${(c) => c.direction.commonNounDeterminers})\s*\p{L}`,
    'iu',
  ),
);

/** Whether a metric word of the clause before the quantity names its partner by a common noun. */
export const partnerUnnamed = ({ text, q, facts }: Direction) =>
  facts.metrics.some(
    (m) => m.end <= q.start && UNNAMED_PARTNER.test(text.slice(m.end, Math.min(q.start, m.end + 40))),
  );

/** "… zijn goed voor", "… représentent à elles seules", "… accounts for": the verb a share's subject takes. */
const SUBJECT_SHARE_VERB = latin(
  new RegExp(
    `^[\\s,]*(?:[\\p{L}'’-]+\\s+){0,2}?(?:${SHARE_VERB}|${words((c) => c.figureLinks.shareTakerVerb)})(?![\\p{L}])`,
    'iu',
  ),
);

const INWARD_INVESTMENT = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.inward})(?![\p{L}])`, 'u'),
);

export const inwardInvestment = ({ text, facts }: Direction) =>
  INWARD_INVESTMENT.test(text.slice(facts.clause.start, facts.clause.end));

const partnerNamedApart: DirectionRule = {
  name: 'partner-named-apart-by-a-common-noun',
  why: 'a flow whose partner is "the country" takes the one economy its sentence names before a colon',
  examples: [
    {
      text: 'Les importations du Maroc ont atteint 50 milliards de dollars en 2022. Le Chili demeure un fournisseur de premier plan : les achats en provenance de la nation andine ont atteint 300 millions de dollars.',
      language: 'fr',
      figure: { value: 300_000_000, from: 'MA', to: 'CL' },
    },
  ],
  apply: (d) =>
    // "Le Chili demeure un fournisseur … : les achats en provenance du pays andin"
    !d.to &&
    !d.ownerNamed &&
    d.ambiguous.length === 1 &&
    d.metric !== 'bilateral_trade' &&
    // named apart from the flow ("Le Japon reste un partenaire … : les importations …"), not its subject
    /[:;]/.test(d.text.slice((d.ambiguous[0] as EconomyMention).end, d.q.start)) &&
    partnerUnnamed(d)
      ? { to: d.ambiguous[0]?.code, takesFirst: true }
      : undefined,
};

const shareTaker: DirectionRule = {
  name: 'economy-that-accounts-for-a-share',
  why: 'the economy that accounts for a share of an unowned flow is where it goes or comes from',
  examples: [
    {
      text: 'Les exportations du Pérou ont atteint 40 milliards de dollars en 2022. La Chine représente 30 % des exportations.',
      language: 'fr',
      figure: { value: 30, measure: 'share', from: 'PE', to: 'CN' },
    },
    {
      text: 'De Peruaanse uitvoer bedroeg 40 miljard dollar in 2022. China is goed voor 30 procent van de uitvoer.',
      language: 'nl',
      figure: { value: 30, measure: 'share', from: 'PE', to: 'CN' },
    },
  ],
  apply: (d) => {
    // "Le Chili représente 22 % des exportations", "De EU-lidstaten zijn goed voor 61 procent van de uitvoer";
    // the owner is the economy the text's flows are of
    const { text, q, facts, previous, metric } = d;
    const sharer = d.ambiguous[0];
    return d.measure === 'share' &&
      !d.from &&
      !d.to &&
      d.ambiguous.length === 1 &&
      sharer &&
      !sharer.adjective &&
      !sharer.possessive &&
      (metric === 'exports' || metric === 'imports') &&
      sharer.end <= q.start &&
      !facts.quantities.some((o) => o.end <= sharer.start && o.start >= facts.clause.start) &&
      SUBJECT_SHARE_VERB.test(text.slice(sharer.end, sharer.end + 40)) &&
      (previous === undefined || !sameEconomy(sharer.code, previous.from))
      ? { to: sharer.code, takesFirst: true }
      : undefined;
  },
};

const hostAttracting: DirectionRule = {
  name: 'host-attracting-investment',
  why: 'a country that attracts investment is its host',
  examples: [
    {
      text: 'Morocco aims to attract $10 billion of FDI by 2030.',
      language: 'en',
      figure: { value: 10_000_000_000, from: 'WORLD', to: 'MA' },
    },
    {
      text: "Le Maroc veut attirer 10 milliards de dollars d'IDE d'ici 2030.",
      language: 'fr',
      figure: { value: 10_000_000_000, from: 'WORLD', to: 'MA' },
    },
  ],
  apply: (d) => {
    // "Morocco aims to attract $10 billion of FDI"
    const subject = d.ambiguous[0]?.code;
    return d.metric === 'fdi' &&
      subject &&
      !d.to &&
      ATTRACTS.test(d.text.slice(d.facts.clause.start, d.q.start))
      ? { to: subject, takesFirst: true }
      : undefined;
  },
};

const hostOfForeignInvestment: DirectionRule = {
  name: 'named-host-of-foreign-investment',
  why: 'a host of foreign investment named with no investor receives it from the world',
  examples: [
    {
      text: 'Foreign direct investment in Morocco reached $2 billion in 2022.',
      language: 'en',
      figure: { value: 2_000_000_000, from: 'WORLD', to: 'MA' },
    },
  ],
  apply: (d) =>
    // "attirer 10 milliards d'IDE", "foreign direct investment in Morocco"
    d.metric === 'fdi' &&
    d.measure !== 'share' &&
    d.to !== undefined &&
    d.from === undefined &&
    d.ambiguous.length === 0 &&
    inwardInvestment(d)
      ? { from: 'WORLD' }
      : undefined,
};

/** After a rank noun, "… has been", "… est", "… is": the verb whose complement is the economy ranked. */
const RANK_IS_AFTER = latin(
  new RegExp(
    withWords`^(?:\s+(?:${(c) => c.quantities.rankOf})\s+[^,.;:()]{1,40}?)?\s+(?:${(c) => c.direction.rankIsVerb})\s+(?:${(c) => c.economyRoles.articles})?$`,
    'iu',
  ),
);

const rankComplement: DirectionRule = {
  name: 'economy-a-rank-is',
  why: 'the economy a rank noun "is" ("Peru’s largest market has been Japan") is its partner, whatever the clause names after',
  examples: [
    {
      text: 'Peru’s largest export market has been Japan since 2015, with the United States second.',
      language: 'en',
      figure: { value: 1, measure: 'rank', from: 'PE', to: 'JP' },
    },
  ],
  apply: ({ text, q, facts, investorRank, traderRank }) => {
    if (q.type !== 'rank' || investorRank || traderRank) return undefined;
    const complement = facts.economies.find(
      (e) => e.start >= q.end && e.start - q.end <= 60 && RANK_IS_AFTER.test(text.slice(q.end, e.start)),
    );
    return complement ? { to: complement.code } : undefined;
  },
};

/** The rules tried on the clause's marked economies, before the unmarked ones are placed. */
/** "global FDI", "les IDE mondiaux": the investment of the world in the world. */
const GLOBAL_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.direction.globalInvestment})\s+$`, 'iu'),
);
const GLOBAL_AFTER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.direction.globalInvestment})(?![\p{L}])`, 'iu'),
);

const globalInvestment: DirectionRule = {
  name: 'global-investment',
  why: 'investment called global is that of the whole world in the whole world, whatever economies the sentence names',
  examples: [
    {
      text: 'While global FDI fell by 12 percent in 2015, Asia attracted more investment.',
      language: 'en',
      figure: { value: -12, metric: 'fdi', from: 'WORLD', to: 'WORLD' },
    },
    {
      text: "Les IDE mondiaux ont reculé de 12 % en 2015, mais l'Asie a attiré davantage d'investissements.",
      language: 'fr',
      figure: { value: -12, metric: 'fdi', from: 'WORLD', to: 'WORLD' },
    },
    {
      text: 'While global FDI fell by 12 percent in 2015, inflows to Asia rose 3 percent to $400 billion.',
      language: 'en',
      figure: { value: 4e11, metric: 'fdi', from: 'WORLD', to: 'ASIA' },
    },
  ],
  // (the word of an earlier clause qualifies its own figures, not those of a clause naming an economy of its own: "While
  // global FDI fell, Asia resisted with inflows rising 4 percent")
  apply: ({ text, q, metric, metricMention, facts }) =>
    metric === 'fdi' &&
    metricMention &&
    !ownEconomyAfterFigure(facts, metricMention.end, q.start) &&
    (GLOBAL_BEFORE.test(text.slice(Math.max(0, metricMention.start - 14), metricMention.start)) ||
      GLOBAL_AFTER.test(text.slice(metricMention.end, metricMention.end + 16)))
      ? { from: 'WORLD', to: 'WORLD' }
      : undefined,
};

/** Whether a figure stands between the word and the quantity, followed by an economy named before the quantity. */
function ownEconomyAfterFigure(facts: ClauseFacts, from: number, at: number): boolean {
  const figure = facts.quantities.find((o) => o.start >= from && o.end <= at);
  return (
    figure !== undefined && facts.economies.some((e) => !e.adjective && e.start > figure.end && e.end <= at)
  );
}

export const BEFORE_UNMARKED_RULES: ReadonlyArray<DirectionRule> = [
  globalInvestment,
  partnerNamedApart,
  shareTaker,
  hostAttracting,
  hostOfForeignInvestment,
  rankComplement,
];
