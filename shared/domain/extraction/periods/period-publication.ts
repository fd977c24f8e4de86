// The publication month of a text: a `date` line, a "publié le …" phrase or a dateline.
import { latin } from '../letters.js';
import { pad } from './period-rule.js';
import {
  alternation,
  DAY_ORDINALS,
  DAY_ORDINALS_AFTER_MONTH,
  MONTH_WORDS,
  MONTHS,
  monthOf,
  SHORT_MONTHS,
  YEAR,
} from './period-words.js';

const PUBLISHED_ON = latin(
  new RegExp(
    `(?:${alternation((words) => words.published)})\\s+(?:${alternation((words) => words.publishedOn)})?\\s*(?:\\p{L}+\\s+)?(\\d{1,2})(?:${alternation((words) => words.dayOrdinalsOfDates)})?\\s+(${MONTH_WORDS})\\s+(${YEAR})`,
    'iu',
  ),
);
const DATELINE = latin(
  new RegExp(
    `\\b\\d{1,2}(?:${DAY_ORDINALS})?\\s+(${MONTH_WORDS}|(?:${SHORT_MONTHS})\\.?)\\s+(${YEAR})`,
    'iu',
  ),
);
// "TOKYO, Feb 15, 2024 (Reuters)", "March 6, 2024": month first, as English datelines write it
const DATELINE_MONTH_FIRST = latin(
  new RegExp(
    `\\b(${MONTH_WORDS}|${SHORT_MONTHS})\\.?\\s+\\d{1,2}(?:${DAY_ORDINALS_AFTER_MONTH})?,\\s+(${YEAR})\\b`,
    'iu',
  ),
);
// "Le 05/06/2024 à 14h30", "op 05.06.2024": day first, as French and Dutch write it
const DATELINE_NUMERIC = latin(new RegExp(`\\b\\d{1,2}[/.-](\\d{1,2})[/.-](${YEAR})\\b`, 'u'));
// "2024-03-12", "2024/03/12T10:30": year first, as ISO and many sites write it
const DATELINE_ISO = new RegExp(`\\b(${YEAR})[-/](\\d{2})[-/]\\d{2}(?!\\d)`);

/**
 * The key of the line that opens a document of the project's text format with its publication month ("date
 * 2024-03"): a key of the format, not a word of a language.
 */
const DATE_KEY = 'date';
/** That line, with the day it may give ("date 2024-03-12"): its year and month are groups 1 and 2. */
export const DATE_LINE = new RegExp(`^\\s*${DATE_KEY}\\s+(\\d{4})-(\\d{2})(?:-\\d{2})?\\s*`);

/** The publication month (YYYY-MM) from a leading `date YYYY-MM` line, a "publié le …" phrase or a dateline. */
export function findPublicationDate(text: string): string | undefined {
  const line = DATE_LINE.exec(text);
  if (line) return `${line[1]}-${line[2]}`;
  const published = PUBLISHED_ON.exec(text);
  if (published) return `${published[3]}-${pad(MONTHS[published[2]?.toLowerCase() ?? ''] ?? 1)}`;
  // a dateline at the head of the text, or a byline at its foot ("05/02/2024 om 06:00 door Jan De Smet")
  return datelineIn(text.slice(0, 600)) ?? datelineIn(text.slice(-300));
}

function datelineIn(head: string): string | undefined {
  const dateline = DATELINE.exec(head);
  if (dateline) return `${dateline[2]}-${pad(monthOf(dateline[1]?.replace('.', '') ?? '') ?? 1)}`;
  const monthFirst = DATELINE_MONTH_FIRST.exec(head);
  const month = monthFirst ? monthOf(monthFirst[1] ?? '') : undefined;
  if (monthFirst && month) return `${monthFirst[2]}-${pad(month)}`;
  const numeric = DATELINE_NUMERIC.exec(head);
  const numericMonth = Number(numeric?.[1]);
  if (numeric && numericMonth >= 1 && numericMonth <= 12) return `${numeric[2]}-${pad(numericMonth)}`;
  const iso = DATELINE_ISO.exec(head);
  const isoMonth = Number(iso?.[2]);
  if (iso && isoMonth >= 1 && isoMonth <= 12) return `${iso[1]}-${pad(isoMonth)}`;
  return undefined;
}
