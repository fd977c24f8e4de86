// The economies of a document and of a clause: names found by the gazetteer, with the kingdom, the mainland
// and the first person resolved, those a statement leaves out or ranks ahead dropped, and the home economy.

import {
  isGroup,
  isRival,
  officeHome,
  STATISTICS_OFFICE_AFTER,
  STATISTICS_OFFICE_BEFORE,
  withMentions,
} from '../attribution/cues.js';
import { inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import type { Language } from '../language.js';
import { latin } from '../letters.js';
import { capitalised, eitherCaseFirst, withWords, words } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import type { EconomyMention } from './gazetteer.js';

/**
 * Moroccan and French-language press call Morocco "le Royaume": in a text that names Morocco, a "Royaume"
 * that is not "Royaume-Uni" or "Royaume de Belgique" is Morocco.
 */
export function withKingdom(text: string, economies: EconomyMention[]): EconomyMention[] {
  // (… and the English-language Gulf and Asian press its own: "the Kingdom's non-oil exports", in a text that
  // names Saudi Arabia, Bahrain, Jordan or Thailand and not Morocco)
  const code = economies.some((e) => e.code === 'MA')
    ? 'MA'
    : economies.find((e) => OTHER_KINGDOMS.has(e.code))?.code;
  if (!code) return economies;
  const kingdoms: EconomyMention[] = [];
  for (const m of text.matchAll(KINGDOM)) {
    const start = m.index;
    if (!economies.some((e) => e.start <= start && start < e.end)) {
      kingdoms.push({ code, start, end: start + m[0].length, adjective: false });
    }
  }
  return withMentions(economies, kingdoms);
}

/** The kingdoms whose press calls its country "the Kingdom" (Morocco aside). */
const OTHER_KINGDOMS = new Set(['SA', 'BH', 'JO', 'TH', 'KH', 'OM']);

// … nor "le Royaume belge", "le royaume chérifien" is: a demonym after it names its kingdom (found on its own)
const KINGDOM = latin(
  new RegExp(
    withWords`(?<![\p{L}-])(?:${(c) => c.gazetteer.kingdom})(?![\p{L}-])(?![ \t]+(?:${(c) => c.gazetteer.notThatKingdom})(?![\p{L}]))`,
    'gu',
  ),
);

/** Hong Kong's statistics call China "the mainland": in a text that names Hong Kong, "the mainland" is CN. */
export function withMainland(text: string, economies: EconomyMention[]): EconomyMention[] {
  if (!economies.some((e) => e.code === 'HK') || !MAINLAND_HINT.test(text)) return economies;
  const added: EconomyMention[] = [];
  for (const m of text.matchAll(MAINLAND)) {
    const start = m.index + m[0].length - (m[1] ?? '').length;
    const end = m.index + m[0].length;
    if (!economies.some((e) => e.start < end && start < e.end))
      added.push({ code: 'CN', start, end, adjective: false });
  }
  return withMentions(economies, added);
}

const MAINLAND_HINT = new RegExp(
  words((c) => c.gazetteer.mainlandHint),
  'i',
);

const MAINLAND = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.gazetteer.mainlandArticle})(${(c) => c.gazetteer.mainland})(?![\p{L}])(?!\s+(?:${(c) => c.gazetteer.mainlandNamed}))`,
    'giu',
  ),
);

/**
 * "Vorig jaar voerde ons land voor 1,7 miljard euro uit", "nos importations en provenance du Maroc", "our
 * exports": the first person is the economy the writer or speaker reports for, one of the countries the text
 * names, not the partner named just after it: the only one left, else the economy of the one currency the text
 * counts in, else the first named of the countries that write in the text's language. (A statistics office
 * quoted says nothing of who speaks.)
 */
export function withFirstPerson(
  text: string,
  economies: EconomyMention[],
  language: Language,
  quantities: Quantity[],
): EconomyMention[] {
  if (!FIRST_PERSON_HINT.test(text)) return economies;
  const countries = new Set(economies.filter((e) => !isGroup(e.code)).map((e) => e.code));
  const home = currencyHome(quantities);
  const mentions = (code: string) => economies.filter((e) => e.code === code).length;
  const flowOwners = economies.filter(
    (e) =>
      e.adjective &&
      !isGroup(e.code) &&
      (FLOW_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start)) ||
        FLOW_AFTER.test(text.slice(e.end, e.end + 24))),
  );
  const added: EconomyMention[] = [];
  for (const m of text.matchAll(FIRST_PERSON)) {
    const start = m.index;
    const end = start + (m[1] ?? m[0]).length;
    if (economies.some((e) => e.start < end && start < e.end)) continue;
    const sentenceEnd = text.slice(end).search(/[.!?;»"]|\n/);
    const partner = economies.find(
      (e) => e.start >= end && e.start - end <= 60 && (sentenceEnd < 0 || e.start < end + sentenceEnd),
    )?.code;
    // (nor one its sentence names: "Exports to Japan, our third market, ahead of Korea" names our partners)
    const sentenceStart = Math.max(0, text.slice(0, start).search(/[^.!?\n]*$/));
    const inSentence = new Set(
      economies
        .filter((e) => e.start >= sentenceStart && (sentenceEnd < 0 || e.start < end + sentenceEnd))
        .map((e) => e.code),
    );
    const others = [...countries].filter((c) => c !== partner);
    const outside = others.filter((c) => !inSentence.has(c));
    // (… but the one country whose adjective owns a flow in the sentence is ours: "les exportations françaises …,
    // tandis que nos importations")
    const owners = others.filter((c) =>
      flowOwners.some(
        (e) => e.code === c && e.start >= sentenceStart && (sentenceEnd < 0 || e.start < end + sentenceEnd),
      ),
    );
    const left = owners.length === 1 ? owners : outside.length > 0 ? outside : others;
    const code =
      left.length === 1
        ? left[0]
        : home && left.includes(home)
          ? home
          : (WRITING_COUNTRIES[language] ?? []).find((c) => left.includes(c));
    if (!code) continue;
    // "onze handelsrelaties" in an answer of the Flemish government: for a possessive, the one region of that
    // country the text names, if it names it more often than the country (a "land", "pays" or "country" is the
    // country itself)
    const regions = left.filter((c) => c.startsWith(`${code}-`));
    const region = regions.length === 1 ? (regions[0] as string) : undefined;
    const own = m[1] !== undefined && region && mentions(region) > mentions(code) ? region : code;
    // ("nos entreprises", "our companies" name the economy itself, as "ons land" does)
    const firms = FIRMS_NOUN_AFTER.test(text.slice(end, end + 16));
    added.push({ code: own, start, end, adjective: m[1] !== undefined && !firms });
  }
  return withMentions(economies, added);
}

const FIRST_PERSON_HINT = new RegExp(withWords`\b(?:${(c) => c.gazetteer.firstPersonHint})\b`, 'i');

// "ons land", "notre pays", "our country" name it; "onze", "nos", "our" before a flow qualify it, as "belges" does,
// and before a partner's rank noun ("our largest export market") name whose list it is
const FIRST_PERSON = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.gazetteer.ourCountry}|(${(c) => c.gazetteer.our})(?=\s+(?:(?:${(c) => c.gazetteer.ourTotal})?(?:${(c) => c.gazetteer.ourFlows}|${(c) => c.gazetteer.firms})|(?:[\p{L}-]+\s+){0,3}(?:${(c) => c.gazetteer.ourPartners}))(?![\p{L}])))(?![\p{L}])`,
    'giu',
  ),
);

/** A flow noun an adjective qualifies: "exportations françaises", "French exports", "Belgische uitvoer". */
const FLOW_BEFORE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.gazetteer.ourFlows})\s+$`, 'iu'));
const FLOW_AFTER = latin(new RegExp(withWords`^\s+(?:${(c) => c.gazetteer.ourFlows})(?![\p{L}])`, 'iu'));

const FIRMS_NOUN_AFTER = latin(new RegExp(withWords`^\s+(?:${(c) => c.gazetteer.firms})(?![\p{L}])`, 'iu'));

const WRITING_COUNTRIES: Partial<Record<Language, string[]>> = {
  nl: ['BE', 'NL'],
  fr: ['BE', 'FR', 'MA', 'LU', 'CH', 'CA', 'TN', 'DZ', 'SN'],
  en: ['GB', 'US', 'IE', 'CA', 'AU', 'BE'],
};

/**
 * The economies of a clause, leaving out those a rank is measured against ("derrière l'Espagne et la
 * France"); a clause that names none shares those of its sentence before it ("Japan is de 15de
 * exportbestemming van Vlaanderen en de 9de leverancier"), or failing that after it.
 */
export function clauseEconomies(
  text: string,
  economies: EconomyMention[],
  clause: Span,
  sentence: Span,
): EconomyMention[] {
  const named = (span: Span) =>
    inSpan(economies, span).filter((e) => {
      const before = text.slice(Math.max(sentence.start, e.start - 60), e.start);
      return (
        !isRival(text, before, e) &&
        !OUTSIDE_BEFORE.test(before) &&
        !COMPARED_WITH_BEFORE.test(before) &&
        !rankedAhead(text, e, sentence.start)
      );
    });
  const own = named(clause);
  if (own.length > 0) return own;
  // (… not those of what explains another clause's figure: "Exports fell 2.3%, driven by lower shipments to the
  // United States, while imports rose 1.1%")
  const borrowed = (span: Span) =>
    named(span).filter(
      (e) => !EXPLAINED_BEFORE.test(text.slice(Math.max(sentence.start, e.start - 80), e.start)),
    );
  const before = borrowed({ start: sentence.start, end: clause.start });
  return before.length > 0 ? before : borrowed(sentence);
}

const EXPLAINED_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.continuation.explainedBy})(?![\p{L}])[^,;]*$`, 'iu'),
);

/** Economies a statement leaves out: "En dehors de l'Europe", "outside the EU", "buiten Europa"; and the group
 * a rank is within: "parmi les pays de l'UE", "among EU countries" ("parmi les clients de la France" names the
 * owner of the list). */
const OUTSIDE_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:(?:${(c) => c.gazetteer.outside})\s*(?:${(c) => c.gazetteer.outsideOf})?|(?:${(c) => c.gazetteer.among})\s+(?:${(c) => c.gazetteer.amongArticle})?(?:${(c) => c.gazetteer.countries})\s+(?:${(c) => c.gazetteer.countriesOf})?)\s*(?:(?:${(c) => c.roles.articles})\s*)?$`,
    'iu',
  ),
);

/** "plus élevée que celle de pays comme le Chili ou la Colombie", "higher than that of Peru": the economies a figure is
 * compared with are no party to it. */
const COMPARED_WITH_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.gazetteer.thanThatOf})\s+(?:${(c) => c.goods.pronoun})\s+(?:${(c) => c.goods.pronounOf})(?:(?<=['’])|\s+)(?:(?:${(c) => c.gazetteer.economies})\s+(?:${(c) => c.gazetteer.suchAs})\s+)?(?:(?:${(c) => c.roles.articles})\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?:,|${(c) => c.lists.or}|${(c) => c.lists.and})\s+(?:(?:${(c) => c.roles.articles})\s*)?){0,3}$`,
    'u',
  ),
);

/**
 * "de tweede grootste afnemer …, na India", "deuxième client après l'Espagne", "naar de vierde plaats, na India,
 * de Verenigde Arabische Emiraten en de Verenigde Staten": the economies ranked ahead of a position.
 */
export function rankedAhead(text: string, e: EconomyMention, from: number): boolean {
  const before = text.slice(Math.max(from, e.start - 140), e.start);
  // "Na Duitsland is Frankrijk de tweede afzetmarkt": a sentence opened by the one ahead; "is
  // daarmee na Kenia de tweede": the one named ahead right before the position
  if (AFTER_OPENING.test(before) && ORDINAL_IN.test(text.slice(e.end, e.end + 40))) return true;
  if (AFTER_JUST_BEFORE.test(before) && POSITION_JUST_AFTER.test(text.slice(e.end, e.end + 30))) return true;
  // two cheap tests before the one that reads the list
  if (!AFTER_WORD.test(before) || !ORDINAL_IN.test(before)) return false;
  const after = RANKED_AFTER_BEFORE.exec(before);
  return after !== null && ORDINAL_IN.test(before.slice(Math.max(0, after.index - 60), after.index + 4));
}

const AFTER_WORD = new RegExp(withWords`(?:^|\s)(?:${(c) => c.ranks.after.map(eitherCaseFirst)})\s`);

const AFTER_JUST_BEFORE = new RegExp(
  withWords`(?<![\p{L}])(?:${(c) => c.ranks.after})\s+(?:${(c) => c.ranks.afterArticle})?$`,
  'iu',
);

const POSITION_JUST_AFTER = latin(
  new RegExp(
    withWords`^\s*,?\s*(?:${(c) => c.ranks.positionArticle})\s+(?:\d{1,3}\s?(?:${(c) => c.ranks.positionSuffix})|${(c) => c.ranks.ordinalWords})(?![\p{L}])`,
    'iu',
  ),
);

const AFTER_OPENING = new RegExp(
  withWords`(?:^|[.!?]\s+|\n)(?:${(c) => c.ranks.after.map(capitalised)})\s+(?:${(c) => c.lists.subjectArticle})?$`,
);

const RANKED_AFTER_BEFORE = new RegExp(
  withWords`(?<![\p{L}])(?:${(c) => c.ranks.after.map(eitherCaseFirst)})\s+(?:(?:${(c) => c.roles.articles})\s*)?(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:${(c) => c.gazetteer.nameJoiners})\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s*(?:,|${(c) => c.lists.and})\s+(?:(?:${(c) => c.roles.articles})\s*)?){0,4}$`,
  'u',
);

const ORDINAL_IN = latin(
  new RegExp(
    withWords`(?<![\p{L}\d])(?:\d{1,3}\s?(?:${(c) => c.ranks.positionSuffix})|${(c) => c.ranks.ordinalWords}|${(c) => c.ranks.largest})(?![\p{L}])`,
    'iu',
  ),
);

/**
 * "la Chambre de commerce belgo-luxembourgeoise au Maroc", "the Saudi-Moroccan Business Council": an economy in
 * the name of a chamber or council names no party to a figure.
 */
export function inOrganisationName(text: string, e: EconomyMention): boolean {
  const before = text.slice(Math.max(0, e.start - 50), e.start);
  return (
    ORGANISATION_BEFORE.test(before) ||
    (e.adjective && ORGANISATION_AFTER.test(text.slice(e.end, e.end + 30))) ||
    // "according to the Kenya National Bureau of Statistics", "Statistics Canada", "l'Agence nationale de la
    // statistique du Sénégal": a statistics office names its economy as the source, not as a party (the office
    // makes that economy the text's home)
    STATISTICS_OFFICE_AFTER.test(text.slice(e.end, e.end + 80)) ||
    STATISTICS_OFFICE_BEFORE.test(before)
  );
}

const ORGANISATION_BEFORE = latin(
  new RegExp(
    withWords`(?:${(c) => c.gazetteer.organisation})(?:\s+(?:${(c) => c.gazetteer.organisationOf}))?[\s-]*(?:\p{L}+[\s-]+){0,1}$`,
    'iu',
  ),
);

const ORGANISATION_AFTER = latin(
  new RegExp(
    withWords`^[\s-]*(?:\p{L}+[\s-]+){0,1}(?:${(c) => c.gazetteer.organisationAfter})(?![\p{L}])`,
    'u',
  ),
);

/** The economy of a text that names none: the statistics office it quotes, else the one currency it counts in. */
export function homeEconomy(text: string, quantities: Quantity[]): string | undefined {
  return officeHome(text) ?? currencyHome(quantities);
}

/** The economy whose currency is the only one a text counts in (dirhams, yen, Hong Kong dollars). */
function currencyHome(quantities: Quantity[]): string | undefined {
  const currencies = new Set(quantities.filter((q) => q.type === 'money' && q.unit).map((q) => q.unit));
  const [only] = currencies;
  return currencies.size === 1 && only ? HOME_OF_CURRENCY[only] : undefined;
}

const HOME_OF_CURRENCY: Record<string, string> = { MAD: 'MA', JPY: 'JP', HKD: 'HK' };

/** Economies by how often the document names them; groups only after countries and regions. */
export function rankEconomies(mentions: EconomyMention[]): string[] {
  const counts = new Map<string, number>();
  const first = new Map<string, number>();
  for (const m of mentions) {
    counts.set(m.code, (counts.get(m.code) ?? 0) + 1);
    if (!first.has(m.code)) first.set(m.code, m.start);
  }
  const isGroup = (code: string) => !/^[A-Z]{2}(?:-|$)/.test(code);
  return [...counts.entries()]
    .sort(
      (a, b) =>
        Number(isGroup(a[0])) - Number(isGroup(b[0])) ||
        b[1] - a[1] ||
        (first.get(a[0]) ?? 0) - (first.get(b[0]) ?? 0),
    )
    .map(([code]) => code);
}
