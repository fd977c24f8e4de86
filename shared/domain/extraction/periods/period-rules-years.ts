// Years and spans of years: "depuis 2019", "2011-2015", "d'ici 2030", a plain "2022".
import { latin } from '../letters.js';
import type { Rule } from './period-rule.js';
import { alternation, MONTH_WORDS, YEAR } from './period-words.js';

const SINCE = alternation((words) => words.since);
const BY_YEAR = alternation((words) => words.byYear);

/** A span from the year after "depuis/sinds/since" (and `what` before it) to the year of writing. */
function sinceRule(what: string): Omit<Rule, 'name' | 'examples'> {
  return {
    re: latin(new RegExp(`(?<![\\p{L}])(?:${SINCE})\\s+${what}(?![\\d.,]\\d)`, 'giu')),
    make: (m, published) => {
      const end = published ? Number(published.slice(0, 4)) : undefined;
      return end && end > Number(m[1]) ? `${m[1]}/${end}` : m[1];
    },
    since: true,
    needsYear: true,
    hint: new RegExp(SINCE, 'i'),
  };
}

// "les projets annoncés depuis 2023", "sinds 2021", "since 2020": from that year to the publication's
export const sinceYear: Rule = {
  name: 'since-year',
  examples: [
    { text: 'Les exportations ont doublé depuis 2019.', published: '2024-05', period: '2019/2024' },
    { text: 'Sinds 2021 stijgt de uitvoer naar Chili.', period: '2021' },
  ],
  ...sinceRule(`(?:(?:${alternation((words) => words.sinceEarly)})\\s+)?(${YEAR})`),
};

// "Sinds de inwerkingtreding van het akkoord in 2019", "since the agreement took effect in 2019"
export const sinceEvent: Rule = {
  name: 'since-event',
  examples: [
    {
      text: 'Since the agreement took effect in 2019, exports have doubled.',
      published: '2024-02',
      period: '2019/2024',
    },
    {
      text: 'Sinds de inwerkingtreding van het akkoord in 2019 verdubbelde de uitvoer.',
      published: '2024-02',
      period: '2019/2024',
    },
    {
      text: 'Kenya has been the first client of Uganda since the two signed a customs pact in March 2015.',
      published: '2018-06',
      period: '2015/2018',
    },
  ],
  // (… or in a month of that year: "since the pact was signed in March 2015" holds from 2015)
  ...sinceRule(
    `(?:${alternation((words) => words.articles)})[^.;,\\d]{0,90}?\\s(?:${alternation((words) => words.inYear)})\\s+(?:(?:${MONTH_WORDS})\\s+)?(${YEAR})`,
  ),
};

// spans: "2011-2015", "entre 2011 et 2015", "van 2011 tot 2015", "from 2011 to 2015"
export const yearSpan: Rule = {
  name: 'year-span',
  examples: [
    { text: 'Entre 2011 et 2015, les exportations ont doublé.', period: '2011/2015' },
    { text: 'Van 2011 tot 2015 verdubbelde de uitvoer.', period: '2011/2015' },
    { text: 'Exports doubled over 2011-2015.', period: '2011/2015' },
  ],
  re: latin(
    new RegExp(
      `(?:(?:${alternation((words) => words.spanFrom)})\\s+)?(${YEAR})[^\\S\\n]*(?:[-–/]|${alternation((words) => words.spanTo)})[^\\S\\n]*(${YEAR})`,
      'giu',
    ),
  ),
  // (a later year before an earlier one is two years, not a span: "in 2024 en 2023")
  make: (m) => (Number(m[1]) < Number(m[2]) ? `${m[1]}/${m[2]}` : undefined),
  needsYear: true,
};

// horizons
export const horizonYear: Rule = {
  name: 'horizon-year',
  examples: [
    { text: "La Belgique vise 10 milliards d'exportations d'ici 2030.", period: '2030' },
    { text: 'Kenya aims to export $10bn by 2030.', period: '2030' },
    { text: 'Tegen 2030 wil Vlaanderen 10 miljard uitvoeren.', period: '2030' },
  ],
  re: latin(new RegExp(`(?:${BY_YEAR})\\s+(${YEAR})`, 'giu')),
  make: (m) => m[1],
  horizon: true,
  needsYear: true,
  hint: new RegExp(BY_YEAR, 'i'),
};

// a plain year, also "end-2022", "mid-2023"
export const plainYear: Rule = {
  name: 'plain-year',
  examples: [
    { text: 'Exports rose 4% in 2022.', period: '2022' },
    { text: 'The stock of investment reached $4bn at end-2022.', period: '2022' },
  ],
  re: latin(
    new RegExp(
      `(?:(?<=(?:${alternation((words) => words.edgeOfYear)})-)|(?<![\\d.,/-]))(${YEAR})(?![\\d.,]\\d|\\s*[-–]\\s*\\d)`,
      'gu',
    ),
  ),
  make: (m) => m[1],
  needsYear: true,
};
