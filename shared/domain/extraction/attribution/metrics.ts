// Metric words: the trade flow a quantity measures, from the words closest to it, or a rank's noun.
import type { Metric } from '../../figure.js';
import type { ClauseFacts, MetricMention } from '../document/clause-facts.js';
import type { EconomyMention } from '../economies/gazetteer.js';
import { isUpperCase, LETTER, latin } from '../letters.js';
import {
  METRIC_PATTERNS,
  NOT_A_METRIC,
  SEPARABLE_TRADE_VERB,
  separableVerbMetric,
  withWords,
  words,
  wordsPattern,
} from '../lexicon.js';
import { type Quantity, RANK_NOUNS } from '../quantities/quantities.js';
import { CURRENCY_TWIN_BETWEEN, GENERIC_RANK, RANK_NOUN_ANY, RANK_NOUN_LATER } from './cues.js';

const FOREIGN_BEFORE = latin(new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.investors.foreign})\s+$`, 'iu'));

const FROM_INVESTORS_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.investors.fromInvestors})\s*$`, 'iu'),
);

const INVESTORS_COMMIT = latin(
  new RegExp(
    withWords`^\s+(?:\p{L}+\s+){0,2}?(?:${(c) => c.investors.have})?\s*(?:${(c) => c.investors.commit})(?![\p{L}])`,
    'iu',
  ),
);

export function lastIndexOf(re: RegExp, s: string): number {
  // an exec loop from the pattern's lastIndex, then lastIndex put back: what `s.matchAll(re)` finds, without the
  // copy of the pattern and the iterator it makes at every call
  const from = re.lastIndex;
  let last = -1;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m.index;
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = from;
  return last;
}

export function findMetrics(body: string, offset: number): MetricMention[] {
  const found: MetricMention[] = [];
  for (const m of body.matchAll(SEPARABLE_TRADE_VERB)) {
    // up to the next "voerde": "voerde … uit naar Marokko en voerde … in uit Marokko"
    const after = body.slice(m.index + m[0].length, m.index + 160);
    const next = after.search(SEPARABLE_TRADE_VERB_ONCE);
    const rest = next >= 0 ? after.slice(0, next) : after;
    const metric = separableVerbMetric(rest.slice(0, (/[.!?;]/.exec(rest)?.index ?? rest.length) + 1));
    if (metric) found.push({ metric, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  // One pass of all metric patterns; where two overlap, the one listed first wins, as if each had been run
  // in turn.
  const candidates: Array<MetricMention & { rank: number }> = [];
  // The patterns' leading "no letter before" is checked here rather than in the expression, which lets the
  // engine skip ahead on their first letters (about twice as fast).
  ANY_METRIC.lastIndex = 0;
  for (let m = ANY_METRIC.exec(body); m; m = ANY_METRIC.exec(body)) {
    if (m.index > 0 && LETTER.test(body.charAt(m.index - 1))) {
      ANY_METRIC.lastIndex = m.index + 1;
      continue;
    }
    const rank = METRIC_GROUPS.findIndex((group) => m?.[group] !== undefined);
    const metric = METRIC_PATTERNS[rank]?.[0];
    // "investors have committed US$500 million": investors who commit or invest an amount state investment
    // … and so do foreign investors: "In totaal trokken buitenlandse investeerders 6,8 miljard euro aan"
    const investing =
      metric === 'fdi' &&
      (INVESTORS_COMMIT.test(body.slice(m.index + m[0].length, m.index + m[0].length + 40)) ||
        FOREIGN_BEFORE.test(body.slice(Math.max(0, m.index - 16), m.index)) ||
        // … and so does money that comes from investors of an economy: "ontving 5 miljard van Peruaanse investeerders"
        FROM_INVESTORS_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index)));
    if (
      !metric ||
      (NOT_A_METRIC.test(m[0]) && !investing) ||
      inProperName(body, m.index, m.index + m[0].length)
    )
      continue;
    // "le ministre de l'Investissement", "Minister of Trade": a title, not a flow
    if (MINISTRY_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index))) continue;
    // "550 milliards de dirhams d'investissements privés": private or public investment is not FDI
    if (
      metric === 'fdi' &&
      NOT_FOREIGN_AFTER.test(body.slice(m.index + m[0].length, m.index + m[0].length + 16))
    ) {
      continue;
    }
    candidates.push({ metric, start: offset + m.index, end: offset + m.index + m[0].length, rank });
  }
  for (const c of candidates.sort((a, b) => a.rank - b.rank)) {
    if (found.some((f) => c.start < f.end && c.end > f.start)) continue;
    found.push({ metric: c.metric, start: c.start, end: c.end });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A capitalised metric word between capitalised words is part of a name: "Flanders Investment & Trade",
 * "Hong Kong Trade Development Council", "Department for International Trade".
 */
function inProperName(body: string, start: number, end: number): boolean {
  // a capitalised word, not an acronym (IDE, FDI)
  if (!isUpperCase(body.charCodeAt(start)) || isUpperCase(body.charCodeAt(start + 1))) return false;
  const previous = /(\S*)\s+(\S+)(\s+)$/.exec(body.slice(Math.max(0, start - 50), start));
  const before = previous?.[2] ?? '';
  const after = /^\s+(\S+)/.exec(body.slice(end, end + 30))?.[1] ?? '';
  // the first word of a sentence, or of a line ("… : 1,2 Md€\nImportations depuis …"), says nothing
  if (before === '' || /[.!?:]$/.test(before) || previous?.[3]?.includes('\n')) return false;
  const sentenceStart = !previous?.[1] || /[.!?:]$/.test(previous[1]);
  const named = (word: string) => word === '&' || isUpperCase(word.charCodeAt(0));
  return (named(before) && !sentenceStart) || named(after);
}

const MINISTRY_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.metricContext.minister})\s+(?:(?:${(c) => c.metricContext.ministerOf})\s*)?(?:${(c) => c.metricContext.ministerArticle})?(?:\p{L}+\s+(?:${(c) => c.lists.and})\s+(?:${(c) => c.metricContext.ministerSecondOf})?)?$`,
    'iu',
  ),
);

const PART_MARKER = wordsPattern((c) => c.metricContext.partMarker);

const NOT_FOREIGN_AFTER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.investors.notForeign})(?![\p{L}])`, 'iu'),
);

/** "(?<![A-Za-z…])" at the head of a converted pattern, or "\\b". */
const LEADING_NOT_A_LETTER = /^(?:\(\?<!\[[^\]]*\]\)|\(\?<!\\p\{L\}\)|\\b)/;

const ANY_METRIC = new RegExp(
  METRIC_PATTERNS.map(([, re]) => `(${re.source.replace(LEADING_NOT_A_LETTER, '')})`).join('|'),
  'gi',
);

/** The capture group of each pattern in ANY_METRIC (a pattern's own groups come after its own). */
const METRIC_GROUPS: number[] = [];
for (let i = 0, group = 1; i < METRIC_PATTERNS.length; i++) {
  METRIC_GROUPS.push(group);
  group += 1 + ownGroups(METRIC_PATTERNS[i]?.[1]);
}

/** How many capturing groups a pattern has: the match of an always-matching variant of it tells. */
function ownGroups(re: RegExp | undefined): number {
  return re ? (new RegExp(`${re.source}|`, re.flags.replace('g', '')).exec('')?.length ?? 1) - 1 : 0;
}

/**
 * The metric noun of a quantity: the nearest one before it in its clause ("Les exportations … ont atteint
 * 35,2 MMDH, en hausse de 12,3%"), or one right after it ("€768 miljoen export"); one further after it only
 * when none precedes.
 */
// … but not a conjunction: "Morocco's trade deficit widens 8% as energy bill climbs"
const ONE_WORD_AT_MOST = latin(
  new RegExp(
    withWords`^\s*(?:(?!(?:${(c) => c.metricContext.conjunctions})\s)[\p{L}'’-]+\s+|${(c) => c.metricContext.elidedOf})?$`,
    'iu',
  ),
);

export function closestMetric(
  text: string,
  q: Quantity,
  metrics: MetricMention[],
  quantities: Quantity[] = [],
): MetricMention | undefined {
  const after = metrics.filter((m) => m.start >= q.end);
  // right after it, or after one adjective: "€768 miljoen export", "2,1 miljard euro Belgische uitvoer"
  const adjacent = after.find(
    (m) =>
      m.start - q.end <= 24 &&
      (ONE_WORD_AT_MOST.test(text.slice(q.end, m.start)) ||
        (q.type === 'percent' && PART_OF_METRIC.test(text.slice(q.end, m.start)))),
  );
  if (adjacent) return adjacent;
  // "een aandeel van 81 % in de invoer en 82 % in de uitvoer", "a 12% share in imports": the flow a share is held in
  const heldIn =
    q.type === 'percent' && SHARE_NOUN_BEFORE.test(text.slice(Math.max(0, q.start - 60), q.start))
      ? after.find((m) => m.start - q.end <= 24 && SHARE_IN_METRIC.test(text.slice(q.end, m.start)))
      : undefined;
  if (heldIn) return heldIn;
  // "dont 7,4 milliards pour les exportations du Pérou", "over 60 per cent of Chilean exports": the flow
  // the amount is given for, or the percentage is of, when it is another than the one before ("de Waalse uitvoer is
  // goed voor 14 % van de totale Belgische uitvoer" is of Wallonia's exports)
  const flowBefore = metrics.filter((m) => m.end <= q.start).at(-1)?.metric;
  const givenFor = after.find(
    (m) =>
      m.start - q.end <= 40 &&
      m.metric !== flowBefore &&
      (FOR_METRIC.test(text.slice(q.end, m.start)) ||
        (q.type === 'percent' && OF_DESCRIBED_METRIC.test(text.slice(q.end, m.start)))),
  );
  if (givenFor) return givenFor;
  // "respectivement 31 % et 18 % des importations": a list of percentages shares the metric after its last one
  if (q.type === 'percent') {
    let end = q.end;
    for (const o of quantities.filter((o) => o.type === 'percent' && o.start >= q.end)) {
      if (!LIST_JOIN.test(text.slice(end, o.start))) break;
      end = o.end;
    }
    const shared =
      end > q.end
        ? after.find((m) => m.start - end <= 24 && PART_OF_METRIC.test(text.slice(end, m.start)))
        : undefined;
    if (shared) return shared;
  }
  // "a 14% rise in energy imports", "une hausse de 14 % des importations": the change of the flow after it
  const changed = changedFlowAfter(text, q, after);
  if (changed) return changed;
  // "les importations ont dépassé celles des exportations à 231 millions", "imports exceeded those of exports at":
  // the flow compared with is not the one the amount is of
  const before = metrics.filter(
    (m, i) =>
      m.end <= q.start &&
      !(
        i > 0 &&
        COMPARED_FLOW_BEFORE.test(text.slice(Math.max(metrics[i - 1]?.end ?? 0, m.start - 16), m.start))
      ),
  );
  // a metric word after another amount is that amount's: "31,5 milliards …, dont 24,8 milliards d'exportations"
  // (not its own twin in another currency: "12 milliards de dollars (11 Mds EUR) d'investissements")
  const next = after.find(
    (m) =>
      !quantities.some(
        (o) =>
          o.start >= q.end &&
          o.end <= m.start &&
          !(
            q.type === 'money' &&
            o.type === 'money' &&
            CURRENCY_TWIN_BETWEEN.test(text.slice(q.end, o.start))
          ),
      ) &&
      !PART_MARKER.test(text.slice(q.end, m.start)) &&
      // "une chute à 14 millions, sous l'effet du ralentissement des échanges": the flow of a cause
      !CAUSE_BETWEEN.test(text.slice(q.end, m.start)),
  );
  return before.at(-1) ?? next ?? metrics.find((m) => m.start < q.end && m.end > q.start);
}

const FOR_METRIC = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricContext.givenFor})\s+(?:(?:${(c) => c.metricContext.determiners})\s*)?$`,
    'iu',
  ),
);

// (not "6.4% of the value of imports", a ratio)
const OF_DESCRIBED_METRIC = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricContext.of})\s+(?:(?!(?:${(c) => c.metricContext.of}|${(c) => c.metricContext.value})\s)[\p{L}'’-]+\s+){1,3}$`,
    'iu',
  ),
);

const LIST_JOIN = latin(
  new RegExp(withWords`^\s*(?:,|${(c) => c.lists.and}|${(c) => c.lists.or})\s*$`, 'iu'),
);

/** "a 14% rise in energy imports", "a $5b (12%) increase in services credits": the flow a change's noun names after it. */
export function changedFlowAfter(
  text: string,
  q: Quantity,
  metrics: MetricMention[],
): MetricMention | undefined {
  return metrics.find(
    (m) => m.start >= q.end && m.start - q.end <= 48 && CHANGE_OF.test(text.slice(q.end, m.start)),
  );
}

const CHANGE_OF = latin(
  new RegExp(
    withWords`^\s*(?:\(\s*[+−-]?\d[\d.,]*\s*%\s*\)\s*|\)\s*)?(?:${(c) => c.metricContext.changeNoun})\s+(?:${(c) => c.metricContext.changeOf})\s+(?:${(c) => c.metricContext.changeOfArticle})?(?:[\p{L}-]+\s+){0,3}$`,
    'iu',
  ),
);

/** "65 % de ses exportations", "12% of its imports", "30 procent van de uitvoer": the share's total. */
const SHARE_IN_METRIC = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricContext.shareIn})\s+(?:(?:${(c) => c.metricContext.partDeterminers})\s*){0,2}$`,
    'iu',
  ),
);

/** A share noun earlier in the sentence: "een aandeel van 81 % in de invoer en 82 %". */
const SHARE_NOUN_BEFORE = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.economyRoles.shareNouns})(?![\p{L}])[^.;:]*$`, 'iu'),
);

const COMPARED_FLOW_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:${(c) => c.goods.pronoun})\s+(?:${(c) => c.goods.pronounOf})(?:(?<=['’])|\s*)(?:${(c) => c.metricContext.partDeterminers})?\s*$`,
    'iu',
  ),
);

const CAUSE_BETWEEN = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.metricContext.causeOf})(?![\p{L}])`, 'iu'),
);

const PART_OF_METRIC = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.metricContext.partOf})\s+(?:(?:${(c) => c.metricContext.partDeterminers})\s*){0,2}$`,
    'iu',
  ),
);

const SEPARABLE_TRADE_VERB_ONCE = new RegExp(
  SEPARABLE_TRADE_VERB.source,
  SEPARABLE_TRADE_VERB.flags.replace('g', ''),
);

const RANK_FOLLOWER = latin(
  new RegExp(withWords`^\s+(?:${(c) => c.metricContext.rankFollower})\s+(\p{L}+)`, 'u'),
);

/**
 * What a rank ranks: its noun ("fournisseur" → imports, "partenaire" → bilateral trade, "investisseur" →
 * investment, markets and clients → exports); a generic "rang"/"plaats" takes the noun that follows it
 * ("au 42e rang des clients") or the clause's metric word.
 */
export function rankMetric(text: string, q: Quantity, facts: ClauseFacts): Metric | undefined {
  // "au 61e rang des partenaires du Canada en tant que client et au 47e en tant que fournisseur": the role the
  // rank is given in, before the next figure of the clause
  const next = facts.quantities.find((o) => o.start >= q.end)?.start ?? facts.clause.end;
  const role = RANK_AS.exec(text.slice(q.end, Math.min(next, q.end + 100)))?.[1];
  if (role && !GENERIC_RANK.test(role.toLowerCase())) return metricOfRankNoun(role.toLowerCase());
  const noun = q.rankNoun ?? '';
  // "La Chine est le 10e fournisseur du Luxembourg. Il s'agit du 3e partenaire hors UE": a partner within a subset,
  // in a sentence naming no flow and opened by a pronoun, restates the ranking of the sentence before
  const restated =
    q.restricted &&
    PARTNER_NOUN.test(noun) &&
    facts.previous &&
    facts.metrics.length === 0 &&
    // (its subject is a pronoun: no economy named before it)
    !facts.allEconomies.some((e) => e.start >= facts.sentence.start && e.end <= q.start)
      ? [...text.slice(facts.previous.start, facts.previous.end).matchAll(RANK_NOUN_ANY)]
          .map((m) => (m[1] ?? '').toLowerCase())
          .filter((n) => !GENERIC_RANK.test(n) && !PARTNER_NOUN.test(n))
          .at(-1)
      : undefined;
  if (restated) return metricOfRankNoun(restated);
  if (!GENERIC_RANK.test(noun)) return metricOfRankNoun(noun);
  const follower = RANK_FOLLOWER.exec(text.slice(q.end, q.end + 40))?.[1];
  if (follower && RANK_NOUN_WORD.test(follower)) return metricOfRankNoun(follower.toLowerCase());
  const later = RANK_NOUN_LATER.exec(text.slice(q.end, q.end + 60))?.[1];
  if (later && !GENERIC_RANK.test(later.toLowerCase())) return metricOfRankNoun(later.toLowerCase());
  // "Côté fournisseurs, la Chine occupe la deuxième place": the ranked noun named before in the sentence
  const earlier = [...text.slice(facts.sentence.start, q.start).matchAll(RANK_NOUN_ANY)]
    .map((m) => (m[1] ?? '').toLowerCase())
    .filter((n) => !GENERIC_RANK.test(n))
    .at(-1);
  if (earlier) return metricOfRankNoun(earlier);
  return closestMetric(text, q, facts.metrics)?.metric;
}

const RANK_AS = latin(
  new RegExp(
    `${withWords`(?<![\p{L}])(?:${(c) => c.metricContext.rankAs})\s+`}(${RANK_NOUNS})(?![\\p{L}])`,
    'iu',
  ),
);

const RANK_NOUN_WORD = latin(new RegExp(`^(?:${RANK_NOUNS})$`, 'iu'));

export function metricOfRankNoun(noun: string): Metric {
  // "source of foreign direct investment" before "source"; "export partner" before "partner"
  if (INVEST_NOUN.test(noun)) return 'fdi';
  if (IMPORT_NOUN.test(noun)) return 'imports';
  if (EXPORT_NOUN.test(noun)) return 'exports';
  if (PARTNER_NOUN.test(noun)) return 'bilateral_trade';
  return 'exports';
}

const INVEST_NOUN = new RegExp(words((c) => c.ranks.investNoun));
const IMPORT_NOUN = new RegExp(withWords`^(?:${(c) => c.ranks.importStart})|${(c) => c.ranks.importNoun}`);
const EXPORT_NOUN = new RegExp(withWords`^(?:${(c) => c.ranks.exportStart})`);
const PARTNER_NOUN = new RegExp(words((c) => c.ranks.partnerNoun));

/** "Le stock cumulé dépasse …", "Le montant total …": the same thing as the figure before. */
/** "…, et les wallonnes de 18 %": the flow before, of the economy an adjective names after the last comma. */
export function ellipticalFlow(text: string, q: Quantity, facts: ClauseFacts): EconomyMention | undefined {
  const lead = text.slice(facts.clause.start, q.start);
  const cut = facts.clause.start + lead.lastIndexOf(',') + 1;
  // the clause may start after its conjunction
  const joined = JOINED_BEFORE.test(text.slice(Math.max(0, cut - 6), cut));
  const segment = text.slice(cut, q.start);
  if (!ELLIPTICAL_FLOW.test(segment) && !(joined && ELLIPTICAL_ITEM_AFTER_JOIN.test(segment)))
    return undefined;
  return facts.economies.find((e) => e.adjective && e.start >= cut && e.end <= q.start);
}

/** An elliptical item's adjective, "of" and hedge: "les wallonnes de (près de)". */
const ELLIPTICAL_ITEM = withWords`(?:(?:${(c) => c.roles.articles})\s+)?\p{L}+(?:\s+(?:${(c) => c.metricContext.ellipticalOnes}))?\s+(?:${(c) => c.metricContext.ellipticalOf})\s*(?:${(c) => c.metricContext.ellipticalHedges})?\s*$`;
const ELLIPTICAL_FLOW = latin(
  new RegExp(`${withWords`^\s*,?\s*(?:${(c) => c.lists.and})\s+`}${ELLIPTICAL_ITEM}`, 'iu'),
);
/** The same after a conjunction that stands before the clause's cut. */
const ELLIPTICAL_ITEM_AFTER_JOIN = latin(new RegExp(`^\\s*${ELLIPTICAL_ITEM}`, 'iu'));

const JOINED_BEFORE = new RegExp(withWords`(?:,|(?<![\p{L}])(?:${(c) => c.lists.and}))\s*$`, 'u');
