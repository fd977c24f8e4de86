// Attribution, stage 5 (the period moved): once the clause's own period or the one it inherits is chosen, each rule
// below may move it, in order, each seeing the period the rules before it left ("from $75 million": a year before;
// "- 2022: 5,05 miljard euro": the line's year; "en dix ans": a span of ten years).
import type { Measure, Metric } from '../../figure.js';
import { inSpan } from '../document/clause-facts.js';
import { latin } from '../letters.js';
import { withWords } from '../lexicon.js';
import type { PeriodMention } from '../periods/periods.js';
import { CARDINALS } from '../quantities/number-words.js';
import type { NamedRule } from '../rule.js';
import type { Attribution, ChosenMetric } from './attribute-state.js';
import { COMPARISON_BASE_BEFORE, isChangeBase, yearBefore } from './cues.js';
import { SHARE_TO_AFTER } from './stage-measure.js';
import { LEVEL_REACHED } from './stage-metric-neighbours.js';
import {
  heldSince,
  LAST_YEAR_IN_A_STORY_OF_MONTHS,
  THIS_YEAR_IN_A_STORY_OF_MONTHS,
  YEAR_TO_DATE_RULE,
} from './stage-period-rules-3.js';

/** What a period rule reads: the figure so far, the period mention chosen, and the period as left so far. */
export interface PeriodInput {
  s: Attribution;
  c: ChosenMetric;
  measure: Measure;
  metric: Metric;
  flow: { from: string; to: string };
  boundLength: number;
  periodMention: PeriodMention | undefined;
  statedPeriod: string | undefined;
  inherited: string | undefined;
  /** a period of the clause right after the quantity */
  ownPeriod: boolean | undefined;
  /** the period as the rules before have left it */
  period: string | null;
}

/** The rules that move the period, in order; each returns the new period, or undefined when it does not apply. */
export const PERIOD_RULES: Array<NamedRule<PeriodInput, string | null>> = [
  {
    // "rose by 12 percent, from $75 million to $84 million": with no period of its own, the amount a change
    // starts from is of the same months a year before
    // (a period of the clause, not one right after the amount: "kende vorig jaar een groei doordat het
    // volume van 48 miljard naar 53 miljard steeg")
    name: 'base-of-a-change-a-year-before',
    why: 'The amount a change starts from ("from 75 million euros"), with no period of its own, is of a year before.',
    examples: [
      {
        text: 'Belgian exports to Morocco rose by 12 percent in 2023, from 75 million euros to 84 million euros.',
        language: 'en',
        figure: { value: 75_000_000, period: '2022' },
      },
    ],
    apply: ({ s: { text, q }, ownPeriod, period }) =>
      !ownPeriod && period && isChangeBase(text, q) && /^\d{4}(?:-\d\d(?:\/\d{4}-\d\d)?)?$/.test(period)
        ? yearBefore(period)
        : undefined,
  },
  THIS_YEAR_IN_A_STORY_OF_MONTHS,
  LAST_YEAR_IN_A_STORY_OF_MONTHS,
  {
    // "Chemische producten zijn goed voor een vijfde van die uitvoer", "30 % de ces exportations": a part of the
    // flow just named, even across a paragraph break, is of its period
    name: 'part-of-the-flow-just-named',
    why: 'A part "of that flow", even across a paragraph break, is of that flow\'s period.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko bedroeg in 2023 2,1 miljard euro.\n\nChemische producten zijn goed voor 20 procent van die uitvoer.',
        language: 'nl',
        figure: { value: 20, period: '2023' },
      },
    ],
    apply: ({ s: { text, q, carried }, statedPeriod }) => {
      const referred = DEMONSTRATIVE_FLOW_AFTER.test(text.slice(q.end, q.end + 40))
        ? (carried.lastFigure ?? carried.lastBeforeBreak)
        : undefined;
      return referred && !statedPeriod && referred.period ? referred.period : undefined;
    },
  },
  {
    // "Sinds 2019 groeide de export met 38 procent" in a story of 2023's figures: up to that year
    name: 'since-up-to-the-story-year',
    why: 'A change "since 2019" in a story of a later year runs up to that year.',
    examples: [
      {
        text: 'In 2023 voerde België voor 2,1 miljard euro uit naar Marokko. Sinds 2019 groeide de export naar Marokko met 38 procent.',
        language: 'nl',
        published: '2024-03',
        figure: { value: 38, period: '2019/2023' },
      },
    ],
    apply: ({ s: { carried }, periodMention, measure, period }) => {
      const storyYear = carried.storyPeriod?.slice(0, 4);
      return periodMention?.since &&
        // a change is measured on full years; an amount committed "since 2020" runs to the day of writing
        measure === 'growth' &&
        period &&
        storyYear &&
        /^\d{4}\/\d{4}$/.test(period) &&
        storyYear > period.slice(0, 4)
        ? `${period.slice(0, 4)}/${storyYear}`
        : undefined;
    },
  },
  {
    // "… bedroeg 812 miljoen euro (2022: 745 miljoen euro)": a year that opens a bracket is the bracket's
    name: 'year-opening-a-bracket',
    why: 'A year that opens a bracket after the figure ("(2022: 745 miljoen euro)") is the bracket\'s.',
    examples: [
      {
        text: 'In 2023 bedroeg de Belgische uitvoer naar Marokko 812 miljoen euro (2022: 745 miljoen euro).',
        language: 'nl',
        figure: { value: 812_000_000, period: '2023' },
      },
    ],
    apply: ({ s: { text, q }, periodMention, inherited }) =>
      periodMention &&
      periodMention.start > q.end &&
      /^[^\d(]*\(\s*$/.test(text.slice(q.end, periodMention.start)) &&
      /^\s*:/.test(text.slice(periodMention.end, periodMention.end + 3))
        ? (inherited ?? null)
        : undefined,
  },
  {
    name: 'that-of-another-of-the-same-period',
    why: '"Dat van Tunesië", the same figure for another economy, is of the same period.',
    examples: [
      {
        text: 'Het aandeel van Marokko in de Belgische uitvoer bedroeg in 2023 0,41 procent; dat van Tunesië 0,53 procent.',
        language: 'nl',
        figure: { value: 0.53, period: '2023' },
      },
    ],
    apply: ({ c: { ellipsis, last }, periodMention }) =>
      ellipsis && last && !periodMention ? last.period : undefined,
  },
  {
    // "(+12.6 bn against +10.9 bn)": the amount a figure of the same flow is compared with, with no period
    // of its own, is of the year before
    name: 'compared-amount-a-year-before',
    why: 'The amount a figure of the same flow is compared with ("contre 1,09 milliard") is of the year before.',
    examples: [
      {
        text: "Le solde commercial de la Belgique avec le Maroc s'établit à 1,26 milliard d'euros en 2023, contre 1,09 milliard d'euros.",
        language: 'fr',
        figure: { value: 1_090_000_000, period: '2022' },
      },
    ],
    apply: ({ s: { text, q, facts, carried }, ownPeriod, period, metric, measure, flow, boundLength }) => {
      const comparedFigure = carried.lastFigure;
      return !ownPeriod &&
        period &&
        /^\d{4}$/.test(period) &&
        comparedFigure &&
        comparedFigure.start >= facts.sentence.start &&
        comparedFigure.period === period &&
        comparedFigure.metric === metric &&
        comparedFigure.measure === measure &&
        comparedFigure.from === flow.from &&
        comparedFigure.to === flow.to &&
        COMPARISON_BASE_BEFORE.test(
          text.slice(Math.max(facts.clause.start, q.start - boundLength - 20), q.start - boundLength),
        )
        ? yearBefore(period)
        : undefined;
    },
  },
  {
    // "2,1 miljard euro meer dan in 2016, of 11,4% meer": with no period at all, a change against a year is
    // of the year after it
    name: 'change-against-a-year-of-the-year-after',
    why: 'With no period at all, a change against a year ("meer dan in 2016") is of the year after it.',
    examples: [
      {
        text: 'De Belgische uitvoer naar Marokko lag 11,4 procent hoger dan in 2016.',
        language: 'nl',
        figure: { value: 11.4, period: '2017' },
      },
    ],
    apply: ({ s: { facts }, period, measure }) => {
      if (period || (measure !== 'growth' && measure !== 'value')) return undefined;
      const base = facts.periods.find((p) => p.comparison && !p.since && /^\d{4}$/.test(p.period));
      return base ? String(Number(base.period) + 1) : undefined;
    },
  },
  {
    // "(17,2 % des exportations ; +3,1 p.p. depuis 2014)": a "since" right after another number is that number's
    name: 'since-after-another-number',
    why: 'A "since" right after another number is that number\'s, not this figure\'s.',
    examples: [
      {
        text: "En 2023, les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros (17,2 % du total ; +3,1 points depuis 2014).",
        language: 'fr',
        figure: { value: 17.2, period: '2023' },
      },
    ],
    apply: ({ s: { text, q, facts }, periodMention, inherited }) =>
      periodMention?.since &&
      (periodMention.start < q.start || /\d/.test(text.slice(q.end, periodMention.start))) &&
      /\d[^\d]{0,12}$/.test(
        text.slice(Math.max(facts.clause.start, periodMention.start - 14), periodMention.start),
      )
        ? (inherited ?? null)
        : undefined,
  },
  {
    // "so far" dates an amount accumulated; a share or a change "so far" is the story's
    name: 'so-far-of-a-share-or-change',
    why: '"So far" dates an amount accumulated; a share or a change "so far" is of the story\'s period.',
    examples: [
      {
        text: 'Belgian exports to Morocco reached 2.1 billion euros in 2022. They have risen 4% so far this year.',
        language: 'en',
        published: '2023-06',
        figure: { value: 4, period: '2022' },
      },
    ],
    apply: ({ periodMention, measure, inherited }) =>
      periodMention?.toDate && measure !== 'value' ? (inherited ?? null) : undefined,
  },
  YEAR_TO_DATE_RULE,
  {
    // "Le Maroc, 84e client de Hong Kong, ambitionne de doubler ses ventes d'ici 2028": a rank holds now, not by a
    // horizon the sentence sets for something else
    name: 'rank-holds-now',
    why: 'A rank holds now, not by a horizon the sentence sets for something else ("d\'ici 2028").',
    examples: [
      {
        text: "Le Maroc, 84e client de la Belgique, ambitionne de doubler ses achats d'ici 2028.",
        language: 'fr',
        figure: { value: 84, measure: 'rank', period: null },
      },
    ],
    apply: ({ s: { q }, periodMention, inherited }) =>
      q.type === 'rank' && periodMention?.horizon && periodMention.start > q.end
        ? (inherited ?? null)
        : undefined,
  },
  {
    // "China has been Africa's largest export destination since 2009": a position held since a year, up to the
    // time of writing (a record "the largest surplus since 2009" has no rank noun, and is no rank)
    name: 'rank-held-since',
    why: 'A position held "since 2015" ("depuis 2015", "sinds 2015") holds from that year up to the time of writing.',
    examples: [
      {
        text: 'China has been Kenya’s largest export destination since 2015.',
        language: 'en',
        published: '2023-05',
        figure: { value: 1, measure: 'rank', period: '2015/2023' },
      },
    ],
    apply: ({ s: { q, facts } }) => (q.type === 'rank' ? heldSince(q, facts) : undefined),
  },
  {
    // "- 2022: 5,05 miljard euro": a list line labelled by its year
    name: 'list-line-labelled-by-its-year',
    why: 'A list line labelled by a year ("- 2022: 5,05 miljard euro") is of that year.',
    examples: [
      {
        text: 'Belgische uitvoer naar Marokko:\n- 2022: 5,05 miljard euro\n- 2023: 5,32 miljard euro',
        language: 'nl',
        figure: { value: 5_050_000_000, period: '2022' },
      },
    ],
    apply: ({ s: { text, q }, boundLength }) =>
      YEAR_LABEL.exec(text.slice(text.lastIndexOf('\n', q.start - 1) + 1, q.start - boundLength))?.[1],
  },
  {
    name: 'table-row-of-a-year',
    why: 'A table cell in the row of a year, or in a sub-column of a month ("Mai 2023"), is of that period.',
    examples: [
      {
        text: 'Belgische handel met Marokko (miljoen euro)\nJaar    Uitvoer    Invoer\n2022    5.412    6.903\n2023    5.731    7.020',
        language: 'nl',
        figure: { value: 5_412_000_000, period: '2022' },
      },
    ],
    apply: ({ s: { q } }) => q.columnPeriod ?? (q.row && /^(?:19|20)\d\d$/.test(q.row) ? q.row : undefined),
  },
  {
    // "Uitvoer van kaas, 2022\nRegio (% verandering t.o.v. een jaar eerder)\nAzië -40": the year of a table of
    // changes is its title's, not the base its heading compares with
    name: 'change-table-of-its-title-year',
    why: 'A cell of a table of changes is of the period its title or heading states, not of the base it compares with.',
    examples: [
      {
        text: 'De Deense uitvoer van kaas daalde in 2022, meldt Danmarks Statistik.\n\nUitvoer van kaas, 2022\nRegio (% verandering t.o.v. een jaar eerder)\nAzië -40\nAfrika -12\n\nBron: DST.',
        language: 'nl',
        figure: { value: -12, metric: 'exports', measure: 'growth', to: 'AFRICA', period: '2022' },
      },
    ],
    apply: ({ s: { text, q, facts } }) => {
      if (!q.change || q.columnPeriod) return undefined;
      let end = text.lastIndexOf('\n', q.start - 1);
      // (up past the rows above to the heading's line, then its title's)
      while (end > 0 && /\d\s*%?\s*$/.test(text.slice(text.lastIndexOf('\n', end - 1) + 1, end)))
        end = text.lastIndexOf('\n', end - 1);
      const headingStart = text.lastIndexOf('\n', end - 1) + 1;
      const titleStart = text.lastIndexOf('\n', headingStart - 2) + 1;
      return inSpan(facts.allPeriods, { start: titleStart, end }).find((p) => !p.comparison && p.period)
        ?.period;
    },
  },
  {
    // "Entre 2014 et 2019, les échanges sont passés de 7,3 à 11,8 milliards": the level it went from is the
    // span's first year; so is the share it went from ("fell from 27.5 % of total imports to 24 %")
    name: 'level-went-from-the-first-year',
    why: 'The level a flow went from over a span ("passés de 7,3 à 11,8 milliards") is of the span\'s first year.',
    examples: [
      {
        text: "Entre 2014 et 2019, les échanges entre la Belgique et le Maroc sont passés de 7,3 à 11,8 milliards d'euros.",
        language: 'fr',
        figure: { value: 7_300_000_000, period: '2014' },
      },
    ],
    apply: ({ s: { text, q }, measure, period }) =>
      (q.type === 'money' || measure === 'share') &&
      period &&
      /^\d{4}\/\d{4}$/.test(period) &&
      LEVEL_FROM_BEFORE.test(text.slice(Math.max(0, q.start - 8), q.start)) &&
      (q.type === 'money'
        ? LEVEL_TO_AFTER.test(text.slice(q.end, q.end + 10))
        : SHARE_TO_AFTER.test(text.slice(q.end, q.end + 80)))
        ? period.slice(0, 4)
        : undefined,
  },
  {
    // "Marokko 2021: 1 310": a table row's own year, not the next row's
    name: 'list-item-own-year',
    why: 'A list item\'s own year on its line ("Marokko 2021: 1 310") is its period, not the next line\'s.',
    examples: [
      {
        text: 'Belgische uitvoer naar de Maghreb (miljoen euro):\nMarokko 2021: 1 310\nAlgerije 2022: 840',
        language: 'nl',
        figure: { value: 1_310_000_000, period: '2021' },
      },
    ],
    apply: ({ s: { text, q, facts }, c: { item } }) => {
      if (!item) return undefined;
      const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
      return inSpan(facts.allPeriods, { start: lineStart, end: q.start }).find(
        (p) => !p.comparison && p.period,
      )?.period;
    },
  },
  {
    // "une hausse de 6,2 % par rapport à 2022 (2,29 milliards d'euros)": an amount in brackets after a year is that year's
    // (the whole base when it is wider than its year: "par rapport au premier semestre 2024 (3,61 Mrd€)")
    name: 'amount-in-brackets-after-a-year',
    why: 'An amount in brackets right after a year ("par rapport à 2022 (2,29 milliards)") is that year\'s.',
    examples: [
      {
        text: "En 2023, les exportations belges vers le Maroc sont en hausse de 6,2 % par rapport à 2022 (2,29 milliards d'euros).",
        language: 'fr',
        figure: { value: 2_290_000_000, period: '2022' },
      },
    ],
    apply: ({ s: { text, q }, boundLength, periodMention, period }) => {
      const yearInFront = YEAR_THEN_BRACKET.exec(
        text.slice(Math.max(0, q.start - boundLength - 12), q.start - boundLength),
      );
      return yearInFront?.[1] &&
        q.type !== 'rank' &&
        !(periodMention?.comparison && period?.startsWith(yearInFront[1]))
        ? yearInFront[1]
        : undefined;
    },
  },
  {
    // "zakte van de elfde naar de twaalfde plaats": the position held before is the year before's
    // unless a year of its own stands right after it ("de la 9e place en 2019 à la 7e en 2023")
    name: 'former-rank-a-year-before',
    why: 'The position a ranking moved from ("van de elfde naar de twaalfde plaats") is the year before\'s.',
    examples: [
      {
        text: 'In 2023 zakte Marokko van de elfde naar de twaalfde plaats onder de klanten van België.',
        language: 'nl',
        figure: { value: 11, measure: 'rank', period: '2022' },
      },
    ],
    apply: ({ s: { q }, periodMention, period }) => {
      const ownYear = periodMention && periodMention.start >= q.end && periodMention.start - q.end <= 12;
      return q.formerRank && !ownYear && period ? yearBefore(period) : undefined;
    },
  },
  {
    // "a rise of 19% on 2015" in a story of 2019, "In vergelijking met 2013 steeg de uitvoer met 6%": a change
    // against a year further back than the year before covers the span from it (a year-on-year change is the
    // later year's)
    // ("meer dan vijf jaar eerder": five years before the figure's own year)
    name: 'change-against-a-year-further-back',
    why: 'A change against a year further back than the year before ("19% on 2015", in 2019) covers the span.',
    examples: [
      {
        text: 'In 2019 Belgian exports to Morocco were up 19% on 2015.',
        language: 'en',
        figure: { value: 19, period: '2015/2019' },
      },
    ],
    apply: ({ s: { q, facts }, measure, period }) => {
      const year = measure === 'growth' && period && /^\d{4}$/.test(period) ? Number(period) : undefined;
      if (!year) return undefined;
      // (the base of this change, with no other amount between them: "3 procent meer dan in 2015 en bijna een derde
      // meer dan in 2012")
      const between = (p: PeriodMention) =>
        p.start >= q.end
          ? facts.quantities.some((o) => o !== q && o.start >= q.end && o.end <= p.start)
          : facts.quantities.some((o) => o !== q && o.start >= p.end && o.end <= q.start);
      const base = facts.periods
        .filter((p) => !between(p))
        .sort((a, b) => Number(b.start >= q.end) - Number(a.start >= q.end))
        .map((p) =>
          p.yearBefore && p.yearsBack && p.yearsBack > 1
            ? year - p.yearsBack
            : p.comparison && !p.since && /^\d{4}$/.test(p.period)
              ? Number(p.period)
              : undefined,
        )
        .find((y) => y !== undefined);
      return base && base < year - 1 && base > year - 50 ? `${base}/${year}` : undefined;
    },
  },
  {
    // "more than doubled between 2019 and 2023 to HK$4.1 billion": the level reached is the last year's
    name: 'level-reached-in-the-last-year',
    why: 'The level a flow reached over a span ("between 2019 and 2023 to 4.1 billion") is the last year\'s.',
    examples: [
      {
        text: 'Belgian exports to Morocco more than doubled between 2019 and 2023 to 4.1 billion euros.',
        language: 'en',
        figure: { value: 4_100_000_000, period: '2023' },
      },
    ],
    apply: ({ s: { text, q, lead }, measure, periodMention, period }) => {
      const span = period ? /^(\d{4})\/(\d{4})$/.exec(period) : null;
      return span &&
        (q.type === 'money' || measure === 'share') &&
        ((periodMention && SPAN_TO_LEVEL.test(text.slice(periodMention.end, q.start))) ||
          LEVEL_REACHED.test(lead))
        ? (span[2] ?? period)
        : undefined;
    },
  },
  {
    // "its portion stayed about the same from 2014 to 2018 (near 27.3 %)": a level held over a
    // span is of the whole span, not of its last year
    name: 'level-held-over-a-span',
    why: 'A level that "remained the same" over a span of years ("between 2019 and 2023") is of the whole span.',
    examples: [
      {
        text: "Kenya's share of Uganda's imports remained roughly the same between 2018 and 2022 (around 9 %).",
        language: 'en',
        figure: { value: 9, measure: 'share', period: '2018/2022' },
      },
    ],
    apply: ({ s, measure, periodMention }) => {
      const { text, q, facts } = s;
      if (
        (q.type !== 'money' && measure !== 'share') ||
        !LEVEL_HELD.test(text.slice(facts.clause.start, q.start))
      )
        return undefined;
      const own = periodMention?.period;
      return own && /^\d{4}\/\d{4}$/.test(own) ? own : own ? undefined : sentenceSpan(s);
    },
  },
  {
    // "une progression de près de 70 % en dix ans": growth over the years before the clause's year
    // … or before it: "is de voorbije vijf jaar met bijna de helft gestegen", "a progressé ces dix dernières années de"
    name: 'change-over-years',
    why: 'A change "en dix ans", "over the past five years" covers that many years up to the clause\'s year.',
    examples: [
      {
        text: "Les exportations belges vers le Maroc ont atteint 2,1 milliards d'euros en 2023, une progression de 70 % en dix ans.",
        language: 'fr',
        figure: { value: 70, period: '2013/2023' },
      },
    ],
    apply: ({ s: { text, q, facts }, measure, period }) => {
      const years =
        q.type === 'percent'
          ? (OVER_YEARS.exec(text.slice(q.end, q.end + 30)) ??
            OVER_YEARS_BEFORE.exec(text.slice(Math.max(facts.clause.start, q.start - 80), q.start)) ??
            OVER_YEARS_LEADING.exec(text.slice(facts.sentence.start, q.start)))
          : null;
      const yearCount = years ? yearsIn(years[1] ?? years[2] ?? '') : undefined;
      // the end of a span already given ("2019/2024") is the year the change runs to
      const until =
        latestYear(facts.periods) ??
        (period ? Number(/(\d{4})(?:-\d\d)?$/.exec(period)?.[1] ?? period.slice(0, 4)) : undefined);
      // (a change "in ten years" runs from the tenth year back; an average "over the past ten years" covers ten years)
      return yearCount && until
        ? `${until - yearCount + (measure === 'growth' ? 0 : 1)}/${until}`
        : undefined;
    },
  },
];

/** The span of years a sentence states up to the quantity: its own span ("De 2000 à 2008"), or its first and last
 * years ("from €44.7 billion in 2019 to €46 billion in 2022"). */
export function sentenceSpan({ q, facts, carried }: Attribution): string | undefined {
  if (/^\d{4}\/\d{4}$/.test(carried.sentencePeriod ?? '')) return carried.sentencePeriod;
  const years = inSpan(facts.allPeriods, { start: facts.sentence.start, end: q.start })
    .filter((p) => !p.comparison && !p.horizon && /^\d{4}$/.test(p.period))
    .map((p) => p.period);
  const first = years.reduce((a, b) => (b < a ? b : a), years[0] ?? '');
  const last = years.reduce((a, b) => (b > a ? b : a), '');
  return first && last > first ? `${first}/${last}` : undefined;
}

const LEVEL_HELD = latin(
  new RegExp(withWords`(?<![\p{L}])(?:${(c) => c.periodStage.levelHeld})(?![\p{L}])`, 'iu'),
);

// "passés de 7,3 à 11,8 milliards": the level a flow went from, and the level it went to
export const LEVEL_FROM_BEFORE = new RegExp(withWords`(?:^|\s)(?:${(c) => c.quantities.rangeFrom})\s+$`, 'i');
const LEVEL_TO_AFTER = new RegExp(withWords`^\s*(?:${(c) => c.quantities.rangeTo})\s+\d`, 'i');

const SPAN_TO_LEVEL = latin(new RegExp(withWords`^\s*(?:${(c) => c.periodStage.spanToLevel})\s*$`, 'iu'));

const OVER_YEARS = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.periodStage.overYears})\s+(?:${(c) => c.periodStage.overYearsArticles})?(\p{L}+|\d{1,2})\s+(?:${(c) => c.periods.yearsNouns})(?![\p{L}])`,
    'iu',
  ),
);

/** "Sur cinq ans, les exportations … ont progressé de 41 %", "Over five years, …": a sentence's opening span. */
export const OVER_YEARS_LEADING = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.periodStage.overYearsLeading})\s+(\p{L}+|\d{1,2})\s+(?:${(c) => c.periods.yearsNouns})(?:\s+(?:${(c) => c.periodStage.overYearsAfter}))?\s*,`,
    'iu',
  ),
);

export const OVER_YEARS_BEFORE = latin(
  new RegExp(
    withWords`(?<![\p{L}])(?:(?:${(c) => c.periodStage.pastYearsArticles})\s+)?(?:${(c) => c.periodStage.pastYears})\s+(\p{L}+|\d{1,2})\s+(?:${(c) => c.periodStage.pastYearsNouns})(?![\p{L}])|(?<![\p{L}])(?:${(c) => c.periodStage.lastYearsOpeners})\s+(\p{L}+|\d{1,2})\s+(?:${(c) => c.periodStage.lastYearsAfter})(?![\p{L}])`,
    'iu',
  ),
);

export const yearsIn = (word: string): number | undefined => {
  const n = /^\d+$/.test(word) ? Number(word) : CARDINALS[word.toLowerCase()];
  return n && n >= 2 && n <= 50 ? n : undefined;
};

const latestYear = (periods: PeriodMention[]): number | undefined => {
  const years = periods.filter((p) => !p.comparison && /^\d{4}$/.test(p.period)).map((p) => Number(p.period));
  return years.length > 0 ? Math.max(...years) : undefined;
};

// "- 2022: 5,05 miljard euro", "2023    2,217" (a table row)
const YEAR_LABEL = /^\s*(?:[-•*–]\s*)?((?:19|20)\d\d)(?:\s*[:–]\s*|[ \t]{2,}|\t)$/;

const DEMONSTRATIVE_FLOW_AFTER = latin(
  new RegExp(
    withWords`^\s*(?:${(c) => c.periodStage.demonstrativeOf})\s+(?:\p{L}+\s+)?(?:${(c) => c.periodStage.demonstrativeFlows})(?![\p{L}])`,
    'iu',
  ),
);

const YEAR_THEN_BRACKET = /(?<![\d.,])((?:19|20)\d\d)\s*\(\s*$/;
