// Finds the statistics source a text names for its figures ("selon l'International Trade Center",
// "according to the National Bank of Belgium", "volgens cijfers van Statbel", "Source : Office des changes"),
// so that a briefing can cite it beside the document. A person quoted ("selon le ministre …, Bernard
// Quintin") is no statistics source: a phrase counts when it names a known body or an institution.

/** Bodies that publish trade statistics, as the press names them (matched as whole words). */
const KNOWN_BODIES = [
  'Eurostat',
  'Statbel',
  'UN Comtrade',
  'Comtrade',
  'Trade Map',
  'ITC',
  'OMC',
  'WTO',
  'IMF',
  'FMI',
  'OCDE',
  'OECD',
  'CNUCED',
  'UNCTAD',
  'AWEX',
  'hub.brussels',
  'Flanders Investment & Trade',
  'FIT',
  'BNB',
  'NBB',
  'HCP',
  'JETRO',
  'Office des changes',
  'Banque nationale de Belgique',
  'Nationale Bank van België',
  'National Bank of Belgium',
  'International Trade Centre',
  'International Trade Center',
  'Centre du commerce international',
  'Haut-Commissariat au Plan',
  'Census and Statistics Department',
  'General Administration of Customs',
];

/** Words that make a named phrase an institution rather than a person. */
const INSTITUTION =
  /\b(?:Bank|Banque|Office|Institut[eo]?|Instituut|Cent(?:er|re|rum)|Agen(?:cy|ce|tschap)|Statisti\w*|Douanes?|Customs|Douane|Trade|Commerce|Handel|Fund|Fonds|Organi[sz]ation|Council|Conseil|Bureau|Chambers?|Chambre|Kamer|Ministr?[yèe]\w*|Département|Department|Commission|Commissie|Observatoire|Administration|Federation|Fédération|Federatie|Association|Vereniging|Confédération)\b/i;

const CUES =
  /\b(?:selon|d['’]apr[èe]s|according to|volgens|source\s*:|sources\s*:|bron\s*:|cijfers van|chiffres (?:de|du|des)|figures (?:from|of)|data (?:from|of)|gegevens van|donn[ée]es (?:de|du|des))\s+/gi;

const KNOWN = new RegExp(
  `(?<![\\p{L}\\d])(?:${KNOWN_BODIES.sort((a, b) => b.length - a.length)
    .map((b) => b.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?![\\p{L}\\d])`,
  'u',
);

/**
 * The statistics source named in `text` (a figure's sentence or its whole document), or null: the phrase
 * after a cue ("selon", "according to", "volgens", "Source :") when it names a known body or an
 * institution, else (unless `cueOnly`, for a whole document) a known body named anywhere in the text.
 */
export function findStatisticsSource(text: string, options: { cueOnly?: boolean } = {}): string | null {
  for (const cue of text.matchAll(CUES)) {
    const rest = text.slice((cue.index ?? 0) + cue[0].length, (cue.index ?? 0) + cue[0].length + 160);
    const phrase = namedPhrase(rest);
    if (phrase && (KNOWN.test(phrase) || INSTITUTION.test(phrase))) return phrase;
  }
  // a whole document names bodies for other reasons (a mission, a visit): there only a cue counts
  if (options.cueOnly) return null;
  const known = KNOWN.exec(text);
  return known ? known[0] : null;
}

/** "l'International Trade Center, leurs échanges…" → "International Trade Center": a run of capitalised words. */
function namedPhrase(rest: string): string | null {
  const clause = rest.split(/[,;:()\n]|\.(?:\s|$)|\s[–—-]\s/)[0]?.trim() ?? '';
  const bare = clause.replace(
    /^(?:les |le |la |l['’]|the |de |het |des |du |cijfers van |chiffres (?:de|du) )+/i,
    '',
  );
  const known = KNOWN.exec(bare);
  if (known?.index === 0) return known[0];
  const words: string[] = [];
  for (const word of bare.split(/\s+/)) {
    if (
      /^[\p{Lu}\d]/u.test(word) ||
      /^(?:of|for|and|the|de|du|des|la|d['’]\S+|l['’]\S+|et|van|voor|en|&)$/u.test(word)
    )
      words.push(word);
    else break;
    if (words.length >= 8) break;
  }
  while (words.length > 0 && !/^[\p{Lu}\d]/u.test(words.at(-1) as string)) words.pop();
  const name = words.join(' ');
  return name.length < 2 ? null : name;
}
