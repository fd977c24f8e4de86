// Attribution, before its stages: who the clause's pronouns stand for ("Elle est aussi le 9e investisseur",
// "Il achète 2,6 % des exportations kényanes", "the country's 14th largest supplier").

import type { ClauseFacts } from '../document/clause-facts.js';
import { inSpan } from '../document/clause-facts.js';
import type { Span } from '../document/text-segments.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { isCountryOrRegion, isGroup, isRival, PARAGRAPH_BREAK, withMentions } from './cues.js';

/** The clause's facts with its pronouns and "the country's" read as the economies they stand for. */
export function withSubjects(text: string, q: Quantity, clauseFacts: ClauseFacts): ClauseFacts {
  let facts = clauseFacts;
  // "La Belgique est le 8e client du Maroc. Elle est aussi le 9e investisseur étranger dans le Royaume": a rank
  // whose subject is a pronoun ranks the economy the sentence before is about
  const pronoun = q.type === 'rank' ? SUBJECT_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (pronoun && facts.previous && !facts.economies.some((e) => e.end <= q.start)) {
    const antecedent = inSpan(facts.allEconomies, facts.previous).find((e) => !e.adjective);
    const start = facts.clause.start + pronoun.index + (pronoun[0].length - (pronoun[1] ?? '').length);
    if (antecedent) facts = withAntecedent(facts, antecedent.code, start, (pronoun[1] ?? '').length);
  }
  // "Le Chili est le 7e client du Kenya. Il achète 2,6 % des exportations kényanes": a pronoun subject of
  // a verb only a trader takes (absorbs, buys, ships) is the economy the sentence before, or the clause before, is
  // about; a flow taken up by a pronoun ("Elles ont progressé") takes none of these verbs
  const trader =
    q.type !== 'rank' && facts.previous ? TRADER_PRONOUN.exec(text.slice(facts.clause.start, q.start)) : null;
  if (trader) {
    const start = facts.clause.start + trader.index + trader[0].indexOf(trader[1] ?? '');
    const subject = (span: Span) =>
      inSpan(facts.allEconomies, span).find(
        (e) => !e.adjective && !isRival(text, text.slice(Math.max(0, e.start - 60), e.start), e),
      );
    const antecedent =
      subject({ start: facts.sentence.start, end: facts.clause.start }) ??
      (facts.previous && !PARAGRAPH_BREAK.test(text.slice(facts.previous.end, facts.sentence.start))
        ? subject(facts.previous)
        : undefined);
    if (antecedent) facts = withAntecedent(facts, antecedent.code, start, (trader[1] ?? '').length);
  }
  // "Chile was Kenya's 9th export market … Chile was the country's 14th largest supplier, worth
  // …": "the country's" is the country named before that its clause does not name
  const namedCountry = COUNTRY_POSSESSIVE.exec(text.slice(facts.clause.start, facts.clause.end));
  if (namedCountry) {
    const start = facts.clause.start + namedCountry.index;
    const named = new Set(facts.economies.map((e) => e.code));
    const candidates = facts.allEconomies.filter(
      (e) => e.end <= facts.clause.start && !e.adjective && isCountryOrRegion(e.code) && !named.has(e.code),
    );
    // (… the owner a possessive named last, rather than a partner after it: "Sri Lanka's exports to the United
    // States fell 7%. Tea makes up 12% of the country's exports")
    const last = candidates.at(-1);
    const owner = candidates
      .filter((e) => e.possessive || /^['’]s?(?![\p{L}])/u.test(text.slice(e.end, e.end + 3)))
      .at(-1);
    const antecedent =
      owner && last && owner !== last && !/[.!?]\s/.test(text.slice(owner.end, last.start)) ? owner : last;
    if (antecedent)
      facts = {
        ...facts,
        economies: withMentions(facts.economies, [
          {
            code: antecedent.code,
            start,
            end: start + namedCountry[0].length,
            adjective: false,
            possessive: true,
          },
        ]),
      };
  }
  return describedCountry(text, facts);
}

/**
 * "Le pays européen a reçu 5,6 milliards", "het Europese land ontving": a country described by the adjective of its
 * group, with no name of its own in the clause, is the last country the text named before the clause outside that
 * description (within a few lines: a paragraph may open on it).
 */
function describedCountry(text: string, facts: ClauseFacts): ClauseFacts {
  const described = facts.economies.find(
    (e) =>
      e.adjective &&
      isGroup(e.code) &&
      ((DESCRIBED_COUNTRY.test(text.slice(e.end, e.end + 14)) &&
        DESCRIBED_ARTICLE.test(text.slice(Math.max(0, e.start - 8), e.start))) ||
        DESCRIBED_COUNTRY_BEFORE.test(text.slice(Math.max(0, e.start - 24), e.start))),
  );
  if (!described || facts.economies.some((e) => !e.adjective && !isGroup(e.code))) return facts;
  const antecedent = facts.allEconomies
    .filter(
      (e) =>
        e.end <= facts.clause.start && facts.clause.start - e.end < 300 && !e.adjective && !isGroup(e.code),
    )
    .at(-1);
  if (!antecedent) return facts;
  const economies = facts.economies.map((e) =>
    e === described ? { ...e, code: antecedent.code, adjective: false } : e,
  );
  return { ...facts, economies };
}

/** The country noun after a group's adjective or before it: "pays européen", "Europese land", "European country". */
const DESCRIBED_COUNTRY = latin(
  new RegExp(withWords`^\s*(?:${(c) => c.economyRoles.countryNouns})(?![\p{L}])`, 'iu'),
);
/** "ce pays européen", "le pays européen": the article and the country noun before a group's adjective. */
const DESCRIBED_COUNTRY_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.subjectStage.describedArticles})\s*(?:${(c) => c.economyRoles.countryNouns})\s+$`,
    'iu',
  ),
);
const DESCRIBED_ARTICLE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.subjectStage.describedArticles})\s*$`, 'iu'),
);

const COUNTRY_POSSESSIVE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.subjectStage.countryPossessive})(?![\p{L}])`, 'iu'),
);

const SUBJECT_PRONOUN = new RegExp(withWords`^\s*(${(c) => c.subjectStage.rankPronouns})\s`, 'i');

export const TRADER_PRONOUN = latin(
  new RegExp(
    withWords`^\s*(?:(?:${(c) => c.lists.and})\s+)?(${(c) => c.subjectStage.traderPronouns})\s+(?:(?:${(c) => c.subjectStage.traderAuxiliaries})\s+)?(?:(?:${(c) => c.subjectStage.traderAdverbs})\s+)?(?:${(c) => c.subjectStage.traderVerbs})\p{L}*`,
    'iu',
  ),
);

/** The clause's facts with a pronoun at `start` read as the economy `code` it stands for. */
function withAntecedent(facts: ClauseFacts, code: string, start: number, length: number): ClauseFacts {
  return {
    ...facts,
    economies: [{ code, start, end: start + length, adjective: false }, ...facts.economies],
  };
}
