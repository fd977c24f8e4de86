// Which of several lists of words a text may name, found by looking up the first two letters of each of its words
// instead of running the lists' patterns over it. A list is a candidate where a word of the text opens as one of
// its entries does; only the candidates' patterns then need to run, and a text that names none is done with.
// The lists keep the patterns' rules: entries are matched from a word's start, case aside. An entry that does not
// open with two plain letters ("(?<=…)or", "[Ll]a", "s?…") makes its list a candidate for every text.
import { isLatinLetter } from './letters.js';

/** What an index gives for a text: whether each list, by its index, may be named in it. */
export type Candidates = Uint8Array;

export class WordStartIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly always: number[] = [];

  constructor(private readonly lists: ReadonlyArray<readonly string[]>) {
    for (const [i, list] of lists.entries()) {
      const keys = list.map(openingKey);
      if (keys.some((k) => k === undefined)) this.always.push(i);
      else
        for (const key of new Set(keys as string[])) this.byKey.set(key, [...(this.byKey.get(key) ?? []), i]);
    }
  }

  /** For each list, whether `text` has a word that opens as one of its entries (or the list is always tried). */
  candidates(text: string): Candidates {
    const found = new Uint8Array(this.lists.length);
    for (const i of this.always) found[i] = 1;
    for (let p = 0; p + 1 < text.length; p++) {
      const code = text.charCodeAt(p);
      if (!isLatinLetter(code) || (p > 0 && isLatinLetter(text.charCodeAt(p - 1)))) continue;
      const lists = this.byKey.get(foldAt(text, p) + foldAt(text, p + 1));
      if (lists) for (const i of lists) found[i] = 1;
    }
    return found;
  }
}

/** The first two letters of an entry as `fold` gives them, or undefined where the entry opens otherwise. */
export function openingKey(entry: string): string | undefined {
  if (entry.includes('|')) return undefined;
  let letters = '';
  for (const c of entry) {
    if (!isLatinLetter(c.charCodeAt(0))) break;
    letters += c;
    if (letters.length > 2) break;
  }
  // (a letter a quantifier follows may be absent: "vins?" opens with "vi", "s?uite" with nothing known)
  const next = entry.charAt(letters.length);
  if (letters.length <= 2 && '?*{'.includes(next) && next !== '') letters = letters.slice(0, -1);
  return letters.length >= 2 ? fold(letters.charAt(0)) + fold(letters.charAt(1)) : undefined;
}

/** The character at `p` as `fold` gives it, ASCII letters without a call to `toUpperCase`. */
function foldAt(text: string, p: number): string {
  const code = text.charCodeAt(p);
  if (code >= 97 && code <= 122) return String.fromCharCode(code - 32);
  return code < 128 ? text.charAt(p) : fold(text.charAt(p));
}

/**
 * A character as a pattern with the `i` flag and no `u` flag compares it: its upper case where that is one
 * character, unless a character outside ASCII would become one inside it.
 */
export function fold(c: string): string {
  const upper = c.toUpperCase();
  if (upper.length !== 1) return c;
  return c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128 ? c : upper;
}
