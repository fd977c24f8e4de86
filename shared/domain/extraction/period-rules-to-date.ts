// Year to date: "à fin avril 2023", "eind juni", "the first four months of 2018", "so far".
import { latin } from './letters.js';
import { monthCount, pad, type Rule, undated } from './period-rule.js';
import { MONTH_WORDS, MONTHS, monthNumber, YEAR } from './period-words.js';

// year to date: "à fin avril 2023", "fin avril 2023", "eind april 2023", "end of April 2023"
export const toEndOfMonth: Rule = {
  re: latin(
    new RegExp(
      `(?:à\\s+)?(?:fin|eind(?:e)?|end of|through|tot eind)\\s+(${MONTH_WORDS}),?\\s+(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => `${m[2]}-01/${m[2]}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}`,
  needsYear: true,
  hint: /fin|eind|end of|through/i,
};

// year to date of the publication year: "à fin septembre", "eind juni"
export const toEndOfMonthThisYear: Rule = {
  re: latin(
    new RegExp(
      `(?:à\\s+)?(?:fin|eind(?:e)?|end of|through)\\s+(${MONTH_WORDS})(?![\\p{L}])(?!\\s+(?:de\\s+|van\\s+)?(?:19|20)\\d\\d)`,
      'giu',
    ),
  ),
  make: (m, published) => {
    const year = published?.slice(0, 4);
    return year ? `${year}-01/${year}-${pad(MONTHS[m[1]?.toLowerCase() ?? ''] ?? 12)}` : '';
  },
  detail: (m, published) => (published ? undefined : undated({ first: 1, last: monthNumber(m[1]) || 12 })),
  hint: /fin|eind|end of|through/i,
};

// the first months of a year: "the first four months of 2018", "les quatre premiers mois de 2018"
export const firstMonthsOfYear: Rule = {
  re: latin(
    new RegExp(
      `(?:(?:the\\s+)?first\\s+(\\w+)\\s+months\\s+of|(?:les\\s+)?(\\w+)\\s+premiers\\s+mois\\s+(?:de\\s+)?(?:l['’]année\\s+)?|(?:de\\s+)?eerste\\s+(\\w+)\\s+maanden\\s+van)\\s*(${YEAR})`,
      'giu',
    ),
  ),
  make: (m) => {
    const n = monthCount(m[1] ?? m[2] ?? m[3] ?? '');
    return n ? `${m[4]}-01/${m[4]}-${pad(n)}` : undefined;
  },
  needsYear: true,
  hint: /months|mois|maanden/i,
};

// … of the year of publication: "les neuf premiers mois de l'année", "the first nine months of this year",
// "de eerste negen maanden van dit jaar"
export const firstMonthsOfThisYear: Rule = {
  re: latin(
    /(?:(?:the\s+)?first\s+(\w+)\s+months\s+of\s+(?:the|this)\s+year|(?:les\s+)?(\w+)\s+premiers\s+mois\s+(?:de\s+l['’]année|de\s+cette\s+année|de\s+l['’]exercice)|(?:de\s+)?eerste\s+(\w+)\s+maanden\s+van\s+(?:dit|het)\s+jaar)(?![\p{L}])/giu,
  ),
  make: (m, published) => {
    const n = monthCount(m[1] ?? m[2] ?? m[3] ?? '');
    const year = published?.slice(0, 4);
    return n && year ? `${year}-01/${year}-${pad(n)}` : undefined;
  },
  hint: /months|mois|maanden/i,
};

// "have invested about $1.5 billion so far": up to the day of writing
export const soFar: Rule = {
  re: latin(
    /(?<![\p{L}])(?:so far|to date|jusqu['’]à présent|à ce jour|tot nu toe|tot dusver|tot op heden)(?![\p{L}])/giu,
  ),
  make: (_m, published) => published?.slice(0, 4),
  toDate: true,
  hint: /so far|to date|présent|ce jour|tot nu|dusver|heden/i,
};
