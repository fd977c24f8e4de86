// Finds economies named in text: country names in French, Dutch and English (from i18n-iso-countries),
// the regions and groups of the figure schema, and demonyms/adjectives ("marocaines", "Vlaamse", "Japanese").
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import type { Cues } from '../languages/cues.js';
import { ALL_CUES } from '../languages/index.js';
import { isUpperCase, LATIN_LETTER } from '../letters.js';

countries.registerLocale(en);
countries.registerLocale(fr);
countries.registerLocale(nl);

export interface EconomyMention {
  code: string;
  start: number;
  end: number;
  /** an adjective or demonym ("marocaines", "Flemish"): it qualifies a noun rather than naming a place */
  adjective: boolean;
  /** taken up by a possessive ("ses exportations"): the owner of the flow */
  possessive?: boolean;
  /** a capital standing for its country ("le déficit avec Pékin"); after "à", "in" it is a place */
  capital?: boolean;
}

/** One list of the language records, every language's entries merged by economy (French, Dutch, then English). */
function byEconomy(pick: (c: Cues) => Record<string, string[]>): Record<string, string[]> {
  const merged: Record<string, string[]> = {};
  for (const cues of ALL_CUES)
    for (const [code, names] of Object.entries(pick(cues)))
      merged[code] = [...new Set([...(merged[code] ?? []), ...names])];
  return merged;
}

/**
 * Capitals that the press uses for their countries: "favorable au Caire", "les échanges entre Rabat et
 * Madrid" (next to Flanders and Wallonia the Brussels Region; a capital all the same: "à Bruxelles" is a place).
 */
const CAPITALS = byEconomy((c) => c.gazetteer.capitals);

/**
 * Names that the country list lacks or spells differently from news prose: regions, provinces that report their own
 * trade, groups, the continents (in and out of the Union: "uitgevoerd naar Europese landen"), and a people where
 * Dutch names it for its country ("investeringen van Marokkanen").
 */
const EXTRA_NAMES = byEconomy((c) => c.gazetteer.names);

/** Adjective stems: French (m/f/pl), Dutch (-e), English. Matched case-insensitively at word boundaries. */
const DEMONYMS = byEconomy((c) => c.gazetteer.demonyms);

interface Entry {
  pattern: string;
  code: string;
  adjective: boolean;
  capital?: boolean;
}

/**
 * The spellings of a name as prose writes it: with a typographic apostrophe ("Côte d’Ivoire") as well as a
 * straight one, and a French name with its later words in lower case ("Arabie saoudite", "Émirats arabes unis").
 */
function spellings(name: string, lang: 'fr' | 'nl' | 'en' | undefined): string[] {
  const forms = new Set([name]);
  if (lang === 'fr') {
    const [first = '', ...rest] = name.split(' ');
    if (rest.length > 0) forms.add([first, ...rest.map((w) => w.toLowerCase())].join(' '));
    // … with its first capital unaccented, as the press often prints it ("Emirats arabes unis"), and each word
    // capitalised ("Emirats Arabes Unis")
    const bare = first.normalize('NFD').charAt(0) + first.slice(1);
    const titled = rest.map((w) => (/^\p{Ll}{3,}/u.test(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w));
    for (const head of new Set([first, bare]))
      for (const tail of [rest.map((w) => w.toLowerCase()), titled]) forms.add([head, ...tail].join(' '));
  }
  for (const form of [...forms]) {
    if (form.includes("'")) forms.add(form.replaceAll("'", '’'));
    if (form.includes('’')) forms.add(form.replaceAll('’', "'"));
  }
  return [...forms];
}

function buildEntries(): Entry[] {
  const entries = new Map<string, Entry>();
  for (const lang of ['fr', 'nl', 'en'] as const) {
    const names = countries.getNames(lang, { select: 'all' }) as Record<string, string[]>;
    for (const [code, list] of Object.entries(names)) {
      for (const name of list) {
        if (name.length < 4) continue;
        for (const form of spellings(name, lang))
          if (!entries.has(form)) entries.set(form, { pattern: form, code, adjective: false });
      }
    }
  }
  for (const [code, list] of Object.entries(EXTRA_NAMES)) {
    for (const name of list)
      for (const form of spellings(name, undefined))
        entries.set(form, { pattern: form, code, adjective: false });
  }
  for (const [code, list] of Object.entries(CAPITALS)) {
    for (const name of list)
      if (!entries.has(name)) entries.set(name, { pattern: name, code, adjective: false, capital: true });
  }
  return [...entries.values()];
}

// Names are matched with their capital (Maroc, not maroc), demonyms in any case. Entries are indexed by
// their first word and tried longest first, so "Hong Kong" wins over "Kong" and "Corée du Sud" over "Corée";
// one pass over the words of the text replaces a regular expression of several hundred alternatives.
const firstWord = (s: string) => /^[\p{L}\p{M}]+/u.exec(s)?.[0] ?? s;

/** Entries by first word; folded entries also under the lower-case and capitalised forms of that word. */
function indexEntries(entries: Entry[], fold: boolean): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const entry of entries) {
    const word = firstWord(entry.pattern);
    const lower = word.toLowerCase();
    const keys = fold ? new Set([lower, lower.charAt(0).toUpperCase() + lower.slice(1)]) : [word];
    for (const key of keys) index.set(key, [...(index.get(key) ?? []), entry]);
  }
  for (const list of index.values()) list.sort((a, b) => b.pattern.length - a.pattern.length);
  return index;
}

const NAMES = indexEntries(buildEntries(), false);
/** The part of a word before its first letter outside ASCII. */
const asciiStem = (word: string) => word.slice(0, asciiLetters(word));
/** How many ASCII letters a word opens with (counted without a pattern: every word of a text is read). */
function asciiLetters(word: string): number {
  let n = 0;
  for (; n < word.length; n++) {
    const code = word.charCodeAt(n) | 32;
    if (code < 97 || code > 122) break;
  }
  return n;
}
/**
 * Names with an accented letter in their first word, by the part of that word before it ("Tunesi" for
 * "Tunesië"): in text saved under the wrong character encoding the accented letter is printed as one or two
 * stray characters ("TunesiÃ«"), which splits the word there.
 */
const GARBLED_FIRST_WORDS = (() => {
  const index = new Map<string, Entry[]>();
  for (const list of NAMES.values())
    for (const entry of list) {
      const stem = asciiStem(firstWord(entry.pattern));
      if (stem.length >= 4 && stem.length < firstWord(entry.pattern).length)
        index.set(stem, [...(index.get(stem) ?? []), entry]);
    }
  return index;
})();
/**
 * Regular demonyms derived from the country names: Kenya → Kenyan (en), Tunisie → tunisien/tunisienne (fr),
 * Tunesië → Tunesisch(e), Kenia → Keniaans(e) (nl). Only single-word names; irregular forms are listed above.
 */
function derivedDemonyms(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const single = (lang: 'en' | 'fr' | 'nl') =>
    Object.entries(countries.getNames(lang, { select: 'official' }) as Record<string, string>).filter(
      ([, n]) => /^\p{Lu}\p{Ll}{3,}$/u.test(n),
    );
  for (const [code, name] of single('en'))
    if (name.endsWith('ia') || name.endsWith('a')) out.push([code, `${name}n`]);
  for (const [code, name] of single('fr')) {
    if (name.endsWith('ie')) {
      const stem = name.slice(0, -2).toLowerCase();
      out.push([code, `${stem}ien`], [code, `${stem}ienne`]);
    }
  }
  for (const [code, name] of single('nl')) {
    if (name.endsWith('ië'))
      out.push([code, `${name.slice(0, -2)}isch`], [code, `${name.slice(0, -2)}ische`]);
    else if (name.endsWith('a')) out.push([code, `${name}ans`], [code, `${name}anse`]);
  }
  return out;
}

// French adjectives take -s in the plural ("sénégalaises"); the lists give the singular forms at least.
const withPlurals = (list: string[]) => [
  ...new Set(list.flatMap((w) => (/^\p{Ll}/u.test(w) && !/[sx]$/.test(w) ? [w, `${w}s`] : [w]))),
];
const listed = new Set(
  Object.values(DEMONYMS)
    .flat()
    .map((w) => w.toLowerCase()),
);
const DEMONYM_INDEX = indexEntries(
  [
    ...Object.entries(DEMONYMS).flatMap(([code, list]) =>
      withPlurals(list).map((pattern) => ({ pattern, code })),
    ),
    ...derivedDemonyms()
      .filter(([, w]) => !listed.has(w.toLowerCase()))
      .flatMap(([code, w]) => withPlurals([w]).map((pattern) => ({ pattern, code }))),
  ].map((e) => ({ ...e, adjective: true })),
  true,
);
const WORD = new RegExp(`[${LATIN_LETTER}]+`, 'g');
const WORD_CHAR = new RegExp(`[0-9${LATIN_LETTER}]`);
const isWordChar = (c: string | undefined) => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(c);
};

/** Every economy named in `text`, in text order, offsets relative to `offset`. */
export function findEconomies(text: string, offset = 0): EconomyMention[] {
  const mentions: EconomyMention[] = [];
  let skipUntil = 0;
  // an exec loop over the one global WORD pattern (no other code uses it), cheaper than matchAll's copy
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const at = m.index;
    if (at < skipUntil) continue;
    const before = text[at - 1];
    // "German-Moroccan", "China-Morocco": after a hyphen only when an economy stands before it
    if (isWordChar(before) || (before === '-' && mentions.at(-1)?.end !== offset + at - 1)) continue;
    const word = m[0];
    const shouted = isShouted(word);
    const found =
      match(text, at, NAMES.get(word), false) ??
      (asciiLetters(word) < word.length
        ? match(text, at, GARBLED_FIRST_WORDS.get(asciiStem(word)), false)
        : undefined) ??
      // headlines in capitals: "MAROC-CHINE"
      (shouted ? match(text, at, NAMES.get(titleCase(word)), true) : undefined) ??
      (text.charCodeAt(at + word.length) === 45 ? prefixAt(text, at, word) : undefined) ??
      // (a short first word only for a demonym of several: "Sri Lankan", "sud-africain")
      (word.length >= 4 || DEMONYM_INDEX.get(word)?.some((e) => /[ -]/.test(e.pattern))
        ? match(
            text,
            at,
            DEMONYM_INDEX.get(word) ?? (shouted ? DEMONYM_INDEX.get(word.toLowerCase()) : undefined),
            true,
          )
        : undefined);
    if (!found) continue;
    // "Brussel, 25 april 2024 –", "TOKYO (Reuters) -": a capital opening a line is a dateline, no economy
    if (
      found.capital &&
      DATELINE_AFTER.test(text.slice(at + found.pattern.length, at + found.pattern.length + 4))
    ) {
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (/^\s*$/.test(text.slice(lineStart, at))) {
        skipUntil = at + found.pattern.length;
        continue;
      }
    }
    mentions.push({
      code: found.code,
      start: offset + at,
      end: offset + at + found.pattern.length,
      adjective: found.adjective,
      ...(found.capital ? { capital: true } : {}),
    });
    skipUntil = at + found.pattern.length;
  }
  // "Brussel" is the Brussels Region only next to the other regions ("Wallonië volgt met …, Brussel met …");
  // elsewhere it is a dateline, a meeting place or the European Union
  return mentions.some((m) => m.code === 'BE-BRU' && m.capital)
    ? mentions.filter(
        (m) =>
          m.code !== 'BE-BRU' ||
          !m.capital ||
          mentions.some(
            (o) => (o.code === 'BE-VLG' || o.code === 'BE-WAL') && Math.abs(o.start - m.start) <= 200,
          ),
      )
    : mentions;
}

const DATELINE_AFTER = /^\s*[,(–—-]/;
const titleCase = (word: string) => word.charAt(0) + word.slice(1).toLowerCase();

/** Combining prefixes of adjectives: "sino-marocains", "franco-belge", "Belgo-Moroccan". */
const PREFIXES: Record<string, string> = {
  sino: 'CN',
  franco: 'FR',
  belgo: 'BE',
  hispano: 'ES',
  nippo: 'JP',
  germano: 'DE',
  italo: 'IT',
  russo: 'RU',
  indo: 'IN',
  turco: 'TR',
  lusitano: 'PT',
  maroco: 'MA',
  afro: 'AFRICA',
  euro: 'EU',
  anglo: 'GB',
};

function prefixAt(text: string, at: number, word: string): Entry | undefined {
  if (text[at + word.length] !== '-' || word.length > 8) return undefined;
  const code = PREFIXES[word.toLowerCase()];
  return code ? { pattern: word, code, adjective: true } : undefined;
}

/** An all-capitals word, as in headlines: "EXPORTATIONS MAROCAINES". */
const isShouted = (word: string) => isUpperCase(word.charCodeAt(0)) && isUpperCase(word.charCodeAt(1));

function match(text: string, at: number, candidates: Entry[] | undefined, fold: boolean): Entry | undefined {
  for (const entry of candidates ?? []) {
    const slice = text.slice(at, at + entry.pattern.length);
    if (
      (fold ? slice.toLowerCase() === entry.pattern.toLowerCase() : slice === entry.pattern) &&
      !isWordChar(text[at + entry.pattern.length])
    ) {
      return entry;
    }
  }
  for (const entry of fold ? [] : (candidates ?? [])) {
    const end = garbledEnd(text, at, entry.pattern, 0);
    if (end !== undefined) return { ...entry, pattern: text.slice(at, end) };
  }
  return undefined;
}

/**
 * Where a name ends in text saved under the wrong character encoding, in which each of its letters outside
 * ASCII stands as one or two stray characters outside ASCII ("Groot-BrittanniÃ«" for "Groot-Brittannië");
 * undefined when the name is not there or has no such letter.
 */
function garbledEnd(
  text: string,
  at: number,
  pattern: string,
  from: number,
  seen = false,
): number | undefined {
  let t = at;
  let garbled = seen;
  for (let i = from; i < pattern.length; i++) {
    if (pattern.charCodeAt(i) < 128) {
      if (text[t] !== pattern[i]) return undefined;
      t++;
      continue;
    }
    if (!(text.charCodeAt(t) >= 128)) return undefined;
    garbled ||= text[t] !== pattern[i];
    // two stray characters, else one
    if (text.charCodeAt(t + 1) >= 128 && text[t + 1] !== pattern[i + 1]) {
      const longer = garbledEnd(text, t + 2, pattern, i + 1, true);
      if (longer !== undefined) return longer;
    }
    t++;
  }
  return garbled && !isWordChar(text[t]) ? t : undefined;
}
