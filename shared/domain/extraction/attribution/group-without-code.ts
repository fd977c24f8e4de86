// Figures of a group with no code in the schema (South America, the Middle East, the euro area): never mapped to a
// larger group nor to a member (read by the not-a-figure stage).

import type { ClauseFacts } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { Quantity } from '../quantities/quantities.js';
import { RESPECTIVELY } from './cues.js';

const NO_CODE_GROUP = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.groupsWithoutCode})(?![\p{L}])`, 'gu'),
);

/**
 * Whether a figure is said of a group with no code: in brackets after it ("South America (62.3%)", "non-EU markets
 * (up 11.2% to £210.4bn)"), or as the partner of its clause with no economy named since ("FDI to central Africa
 * rose 14 percent"); not a group that only describes ("the United States, the largest non-EU destination").
 */
export function ofGroupWithoutCode(text: string, q: Quantity, facts: ClauseFacts): boolean {
  // "Extra-EU 8,6 12,4": a table's row named by such a group
  NO_CODE_GROUP.lastIndex = 0;
  if (q.column !== undefined && q.row !== undefined && NO_CODE_GROUP.test(q.row)) return true;
  const from = Math.max(facts.clause.start, q.start - 80);
  let group: { start: number; end: number } | undefined;
  NO_CODE_GROUP.lastIndex = 0;
  for (const m of text.slice(from, q.start).matchAll(NO_CODE_GROUP))
    group = { start: from + m.index, end: from + m.index + m[0].length };
  if (!group) return regionOfGroup(text, q, facts);
  const end = group.end;
  if (groupItemRespectively(text, q, facts)) return true;
  if (facts.economies.some((e) => e.start >= end && e.end <= q.start)) return false;
  return (
    BRACKET_AFTER_GROUP.test(text.slice(end, q.start)) ||
    PARTNER_BEFORE_GROUP.test(text.slice(Math.max(facts.clause.start, group.start - 20), group.start))
  );
}

const BRACKET_AFTER_GROUP = latin(/^(?:\s+[\p{L}-]+)?\s*\([^()]*$/u);

const PARTNER_BEFORE_GROUP = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.groupPartner})\s+(?:${(c) => c.notAFigureStage.articles})?$`,
    'iu',
  ),
);

/** "… 4,6 procent naar het Midden-Oosten": the partner named right after the figure is a group with no code. */
const GROUP_PARTNER_AFTER = latin(
  new RegExp(
    withWords`^[^\d.;:()]{0,50}?(?<![\p{L}])(?:${(c) => c.notAFigureStage.groupPartner})\s+(?:${(c) => c.notAFigureStage.articles})?(${(c) => c.notAFigureStage.groupsWithoutCode})(?![\p{L}])`,
    'iu',
  ),
);

/** "… van de invoer in het land en ": the words between the two percentages of a pair */
const PAIR_AND_BEFORE = latin(new RegExp(withWords`^[^\d.;:()]{0,60}?\s(?:${(c) => c.lists.and})\s+$`, 'iu'));

/** The group a sentence or line opens with, after a few words at most: "La région de l'Amérique du Sud absorbe". */
const GROUP_OPENS = latin(
  new RegExp(
    withWords`^(?:[^\d.;:,()]|(?<!\d)(?:19|20)\d\d(?!\d)){0,20}?(?<![\p{L}])(${(c) => c.notAFigureStage.groupsWithoutCode})(?![\p{L}])`,
    'iu',
  ),
);

/** Whether an economy other than the group itself is named between two offsets. */
function otherEconomy(
  facts: ClauseFacts,
  from: number,
  to: number,
  group: { start: number; end: number },
): boolean {
  return facts.allEconomies.some(
    (e) => !e.adjective && e.start >= from && e.end <= to && (e.end <= group.start || e.start >= group.end),
  );
}

/** Whether the partner named right after a figure, no economy between, is a group with no code. */
export function groupPartnerAfter(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const m = GROUP_PARTNER_AFTER.exec(text.slice(q.end, facts.sentence.end));
  const name = m?.[1];
  if (!m || name === undefined) return false;
  const end = q.end + m[0].length;
  return !otherEconomy(facts, q.end, end, { start: end - name.length, end });
}

/**
 * Whether a figure's sentence (or line) opens with a group with no code, no other number before the figure and no
 * economy named before it or in the rest of its clause (up to the next number) ('For North America, 71.4 percent goes to Canada' is Canada's).
 */
export function groupSubject(text: string, q: Quantity, facts: ClauseFacts): boolean {
  // (an amount in brackets after the group's figure is that figure's: "absorbe 4,9 % (3,6 milliards) des ventes")
  const before = facts.quantities.filter((o) => o.end <= q.start).at(-1);
  if (before && /^\s*\(\s*$/.test(text.slice(before.end, q.start))) return groupSubject(text, before, facts);
  // (… and so is the second of a pair joined by "and": "goed voor 56 % van de invoer en 55 % van de uitvoer")
  if (
    before?.type === 'percent' &&
    q.type === 'percent' &&
    before.start >= facts.sentence.start &&
    PAIR_AND_BEFORE.test(text.slice(before.end, q.start))
  )
    return groupSubject(text, before, facts);
  const next = /\n|\d/.exec(text.slice(q.end));
  const restEnd = Math.max(q.start, Math.min(facts.clause.end, next ? q.end + next.index : text.length));
  const opensWithGroup = (start: number): boolean => {
    const m = GROUP_OPENS.exec(text.slice(start, q.start));
    const name = m?.[1];
    if (!m || name === undefined || q.start - start > 100) return false;
    const end = start + m[0].length;
    if (/\d/.test(text.slice(end, q.start))) return false;
    return !otherEconomy(facts, start, restEnd, { start: end - name.length, end });
  };
  return (
    opensWithGroup(facts.sentence.start) ||
    opensWithGroup(text.lastIndexOf('\n', q.start) + 1) ||
    possessiveOfGroup(text, q, facts, restEnd)
  );
}

/**
 * "L'Amérique centrale absorbe 3 % des ventes, alors que ses achats au pays atteignent 5 %": a later clause of the
 * sentence whose flow a possessive gives to the group it opens with, no economy named since.
 */
function possessiveOfGroup(text: string, q: Quantity, facts: ClauseFacts, restEnd: number): boolean {
  if (facts.clause.start <= facts.sentence.start) return false;
  if (!POSSESSIVE_FLOW.test(text.slice(facts.clause.start, q.start))) return false;
  const m = GROUP_OPENS.exec(text.slice(facts.sentence.start, q.start));
  const name = m?.[1];
  if (!m || name === undefined) return false;
  const end = facts.sentence.start + m[0].length;
  return !otherEconomy(facts, end, restEnd, { start: end - name.length, end });
}

/** "alors que ses exportations", "while its imports": a clause opening on a possessive flow */
const POSSESSIVE_FLOW = latin(
  new RegExp(withWords`^[\s,]*(?:\p{L}+\s+){0,2}?(?:${(c) => c.directionStage.possessives})\s+\p{L}`, 'iu'),
);

const REGION_ANAPHOR = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.regionAnaphor})(?![\p{L}])`, 'giu'),
);

/**
 * "West Africa drew the most investment; even so, inflows to the region slipped 5 percent": a partner
 * "the region" taken up from a group with no code, named before it in the sentence or the one before, no economy
 * between.
 */
function regionOfGroup(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const from = Math.max(facts.clause.start, q.start - 80);
  let region: { start: number; end: number } | undefined;
  REGION_ANAPHOR.lastIndex = 0;
  for (const m of text.slice(from, q.start).matchAll(REGION_ANAPHOR))
    region = { start: from + m.index, end: from + m.index + m[0].length };
  if (!region || !PARTNER_BEFORE_GROUP.test(text.slice(Math.max(from, region.start - 20), region.start)))
    return false;
  const start = facts.previous?.start ?? facts.sentence.start;
  let group: { start: number; end: number } | undefined;
  NO_CODE_GROUP.lastIndex = 0;
  for (const m of text.slice(start, region.start).matchAll(NO_CODE_GROUP))
    group = { start: start + m.index, end: start + m.index + m[0].length };
  // (… and none between the region and the figure: "dans cette région, le Brésil est classé 9e")
  return (
    group !== undefined &&
    !otherEconomy(facts, group.end, region.start, group) &&
    !otherEconomy(facts, region.end, q.start, group)
  );
}

/**
 * "sales to Uganda and other African markets rose 11 and 9 percent respectively": the item a
 * "respectively" pairs with a group with no code, among the economies and groups listed before the cue.
 */
function groupItemRespectively(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const { sentence } = facts;
  if (!RESPECTIVELY.test(text.slice(sentence.start, sentence.end))) return false;
  const amounts = facts.quantities.filter((o) => o.type === q.type);
  const first = amounts[0];
  if (!first || amounts.length < 2) return false;
  const groups: Array<{ start: number; end: number; group: boolean }> = [];
  NO_CODE_GROUP.lastIndex = 0;
  for (const m of text.slice(sentence.start, first.start).matchAll(NO_CODE_GROUP)) {
    const start = sentence.start + m.index;
    groups.push({ start, end: start + m[0].length, group: true });
  }
  if (groups.length === 0) return false;
  const items = [
    ...groups,
    ...facts.allEconomies
      .filter(
        (e) =>
          !e.adjective &&
          e.start >= sentence.start &&
          e.end <= first.start &&
          !groups.some((g) => e.start < g.end && g.start < e.end),
      )
      .map((e) => ({ start: e.start, end: e.end, group: false })),
  ].sort((a, b) => a.start - b.start);
  // (the names listed last pair with the amounts: the owner may be named before them)
  const listed = items.slice(-amounts.length);
  return listed.length === amounts.length && listed[amounts.indexOf(q)]?.group === true;
}

const GROUP_OWNER = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.notAFigureStage.groupOwners})(?![\p{L}])`, 'giu'),
);
/** What may stand between a group and its flow word: a bracketed short name and a footnote's number, "(EA13)1". */
const GROUP_TO_FLOW = /^\s*(?:\([^()]{1,10}\)\d?)?\s*$/;
/** What ties a flow word to the group after it: "of the", "de la", "van de". */
const FLOW_OF = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.periods.of})\s+(?:${(c) => c.notAFigureStage.articles})?$`, 'iu'),
);
/** How far back a group owning a flow is looked for. */
const OWNER_REACH = 400;

/**
 * "The euro area (EA13) trade balance gave a 7.8 bn euro deficit … In January, exports fell by 0.4%": the figures of
 * a flow a group with no code owns (named right before the flow word), and those after it in its paragraph until
 * another economy than the world is named.
 */
export function ofGroupOwner(text: string, q: Quantity, facts: ClauseFacts): boolean {
  const breakAt = text.lastIndexOf('\n\n', q.start);
  const from = Math.max(0, q.start - OWNER_REACH, breakAt);
  let group: { start: number; end: number } | undefined;
  GROUP_OWNER.lastIndex = 0;
  for (const m of text.slice(from, q.start).matchAll(GROUP_OWNER))
    group = { start: from + m.index, end: from + m.index + m[0].length };
  if (!group) return false;
  const { end } = group;
  // (the flow word after the group, "euro area trade balance", or before it, "la balance commerciale de la zone euro")
  const owned = facts.allMetrics.some(
    (m) =>
      (m.start >= end && m.start - end <= 12 && GROUP_TO_FLOW.test(text.slice(end, m.start))) ||
      (m.end <= group.start && group.start - m.end <= 12 && FLOW_OF.test(text.slice(m.end, group.start))),
  );
  return (
    owned &&
    !facts.allEconomies.some((e) => !e.adjective && e.code !== 'WORLD' && e.start >= end && e.end <= q.start)
  );
}
