// Finds economies named in text: country names in French, Dutch and English (from i18n-iso-countries),
// the regions and groups of the figure schema, and demonyms/adjectives ("marocaines", "Vlaamse", "Japanese").
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import nl from 'i18n-iso-countries/langs/nl.json' with { type: 'json' };
import { isUpperCase, LATIN_LETTER } from './letters.js';

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

/**
 * Capitals that the press uses for their countries: "favorable au Caire", "les échanges entre Rabat et
 * Madrid".
 */
const CAPITALS: Record<string, string[]> = {
  CN: ['Pékin', 'Beijing', 'Peking'],
  JP: ['Tokyo', 'Tokio'],
  ES: ['Madrid'],
  MA: ['Rabat'],
  FR: ['Paris', 'Parijs'],
  GB: ['Londres', 'London', 'Londen'],
  US: ['Washington'],
  DE: ['Berlin', 'Berlijn'],
  TR: ['Ankara'],
  EG: ['Le Caire', 'Caire', 'Cairo', 'Caïro'],
  SA: ['Riyad', 'Riyadh'],
  IN: ['New Delhi'],
  RU: ['Moscou', 'Moscow', 'Moskou'],
  PT: ['Lisbonne', 'Lisbon', 'Lissabon'],
  DZ: ['Alger', 'Algiers'],
  NL: ['La Haye', 'The Hague', 'Den Haag'],
  AE: ['Abou Dhabi', 'Abu Dhabi'],
  // next to Flanders and Wallonia the Brussels Region; a capital all the same ("à Bruxelles" is a place)
  'BE-BRU': ['Brussel', 'Bruxelles', 'Brussels'],
};

/** Names that the country list lacks or spells differently from news prose. */
const EXTRA_NAMES: Record<string, string[]> = {
  'BE-VLG': [
    'Vlaanderen',
    'Flandre',
    'Flandres',
    'Flanders',
    'Vlaams Gewest',
    'Région flamande',
    'Flemish Region',
  ],
  'BE-WAL': ['Wallonie', 'Wallonië', 'Wallonia', 'Waals Gewest', 'Région wallonne', 'Walloon Region'],
  'BE-BRU': ['Région de Bruxelles-Capitale', 'Brussels Hoofdstedelijk Gewest', 'Brussels-Capital Region'],
  'GB-WLS': ['Wales', 'Pays de Galles'],
  // provinces that report their own trade
  'CA-QC': ['Québec', 'Quebec', 'Belle Province'],
  'ZA-WC': ['Western Cape', 'Cap-Occidental', 'West-Kaap'],
  'GB-SCT': ['Scotland', 'Écosse', 'Ecosse', 'Schotland'],
  US: ['États-Unis', 'Etats-Unis', 'USA', 'U.S.', 'US', 'Amerika', 'VS'],
  GB: ['Grande-Bretagne', 'Groot-Brittannië', 'Great Britain', 'UK', 'Britain'],
  HK: ['Hongkong', 'Hong-Kong', 'RAS de Hong Kong'],
  NL: ['Pays-Bas', 'Nederland', 'Netherlands', 'Holland', 'Nederlanders'],
  KR: ['Corée du Sud', 'Zuid-Korea', 'South Korea', 'Korea', 'Corée'],
  KY: ['Cayman Island', 'Caymaneilanden'],
  LU: ['Grand-Duché', 'Grand-Duché de Luxembourg', 'Groothertogdom'],
  CH: ['Confédération helvétique', 'Confédération suisse'],
  CN: ['Chine', 'China', 'Empire du Milieu', 'Middle Kingdom', 'Chinezen'],
  // (Dutch names a country's people where French and English use its adjective: "investeringen van Marokkanen")
  MA: ['Royaume chérifien', 'royaume chérifien', 'Marokkanen'],
  JP: [
    'Pays du Soleil levant',
    'Pays du Soleil-Levant',
    'Land van de rijzende zon',
    'Land of the Rising Sun',
    'Japanners',
  ],
  FR: ['Hexagone', 'Fransen'],
  BE: ['Belgen'],
  DE: ['Duitsers'],
  AE: ['Émirats arabes unis', 'Emirats arabes unis', 'EAU', 'UAE', 'Verenigde Arabische Emiraten'],
  EU: [
    'Union européenne',
    'UE',
    'Europese Unie',
    'EU',
    'European Union',
    'intra-UE',
    'intra-EU',
    'EU27',
    'EU-27',
    'EU28',
    'EU-28',
    'UE27',
    'UE-27',
    'UE28',
    'UE-28',
  ],
  // the continent's countries, in and out of the Union: "uitgevoerd naar Europese landen"
  EUROPE: ['Europe', 'Europa', 'Europese landen', 'pays européens', 'European countries'],
  ASIA: ['Asie', 'Azië', 'Asia'],
  AFRICA: ['Afrique', 'Afrika', 'Africa'],
  AMERICA: ['Amérique', 'Americas', 'Amerikaanse continenten'],
  OCEANIA: ['Océanie', 'Oceanië', 'Oceania'],
};

/** Adjective stems: French (m/f/pl), Dutch (-e), English. Matched case-insensitively at word boundaries. */
const DEMONYMS: Record<string, string[]> = {
  MA: [
    'marocain',
    'marocaine',
    'marocains',
    'marocaines',
    'Marokkaans',
    'Marokkaanse',
    'Moroccan',
    'Moroccans',
    // the press's by-names: "les exportations chérifiennes"
    'chérifien',
    'chérifienne',
    'chérifiennes',
  ],
  BE: ['belge', 'belges', 'Belgisch', 'Belgische', 'Belgian', 'Belgians'],
  'BE-VLG': ['flamand', 'flamande', 'flamands', 'flamandes', 'Vlaams', 'Vlaamse', 'Flemish'],
  'BE-WAL': ['wallon', 'wallonne', 'wallons', 'wallonnes', 'Waals', 'Waalse', 'Walloon'],
  'BE-BRU': ['bruxellois', 'bruxelloise', 'bruxelloises', 'Brussels'],
  'GB-WLS': ['gallois', 'galloise', 'galloises', 'Welsh', 'Welshe'],
  'GB-SCT': ['écossais', 'écossaise', 'écossaises', 'Schots', 'Schotse', 'Scottish'],
  'CA-QC': ['québécois', 'québécoise', 'Quebecer', 'Québécois'],
  JP: [
    'japonais',
    'japonaise',
    'japonaises',
    'Japans',
    'Japanse',
    'Japanese',
    'nippon',
    'nippone',
    'nipponne',
    'nippones',
    'nipponnes',
  ],
  HK: ['hongkongais', 'hongkongaise', 'hongkongaises', 'Hongkongs', 'Hongkongse', 'Hongkonger'],
  ES: ['espagnol', 'espagnole', 'espagnols', 'espagnoles', 'Spaans', 'Spaanse', 'Spanish'],
  FR: ['français', 'française', 'françaises', 'Franse', 'French'],
  CN: ['chinois', 'chinoise', 'chinoises', 'Chinees', 'Chinese'],
  US: ['américain', 'américaine', 'américains', 'américaines', 'Amerikaans', 'Amerikaanse', 'American'],
  GB: ['britannique', 'britanniques', 'Brits', 'Britse', 'British'],
  DE: ['allemand', 'allemande', 'allemands', 'allemandes', 'Duits', 'Duitse', 'German'],
  IT: ['italien', 'italienne', 'italiens', 'italiennes', 'Italiaans', 'Italiaanse', 'Italian'],
  NL: ['néerlandais', 'néerlandaise', 'néerlandaises', 'Nederlandse', 'Dutch'],
  PT: ['portugais', 'portugaise', 'portugaises', 'Portugees', 'Portugese', 'Portuguese'],
  IN: ['indien', 'indienne', 'indiens', 'indiennes', 'Indiaas', 'Indiase', 'Indian'],
  TR: ['turc', 'turque', 'turcs', 'turques', 'Turkse', 'Turkish'],
  RU: ['russe', 'russes', 'Russisch', 'Russische', 'Russian'],
  KR: [
    'sud-coréen',
    'sud-coréenne',
    'sud-coréens',
    'Zuid-Koreaans',
    'Zuid-Koreaanse',
    'South Korean',
    'Korean',
  ],
  CA: ['canadien', 'canadienne', 'canadiens', 'Canadees', 'Canadese', 'Canadian'],
  BR: ['brésilien', 'brésilienne', 'brésiliens', 'Braziliaans', 'Braziliaanse', 'Brazilian'],
  DZ: ['algérien', 'algérienne', 'algériens', 'Algerijns', 'Algerijnse', 'Algerian'],
  TN: ['tunisien', 'tunisienne', 'tunisiens', 'Tunesisch', 'Tunesische', 'Tunisian'],
  EG: ['égyptien', 'égyptienne', 'égyptiens', 'Egyptisch', 'Egyptische', 'Egyptian'],
  SN: ['sénégalais', 'sénégalaise', 'Senegalees', 'Senegalese'],
  SA: ['saoudien', 'saoudienne', 'saoudiens', 'Saoedisch', 'Saoedische', 'Saudi'],
  CH: ['suisse', 'Zwitsers', 'Zwitserse', 'Swiss', 'helvétique', 'helvète'],
  LU: ['luxembourgeois', 'luxembourgeoise', 'Luxemburgs', 'Luxemburgse', 'Luxembourgish'],
  DK: ['danois', 'danoise', 'Deens', 'Deense', 'Danish'],
  NO: ['norvégien', 'norvégienne', 'Noors', 'Noorse', 'Norwegian'],
  SE: ['suédois', 'suédoise', 'Zweeds', 'Zweedse', 'Swedish'],
  PL: ['polonais', 'polonaise', 'Pools', 'Poolse', 'Polish'],
  FI: ['finlandais', 'finlandaise', 'Fins', 'Finse', 'Finnish'],
  IE: ['irlandais', 'irlandaise', 'Iers', 'Ierse', 'Irish'],
  GR: ['grec', 'grecque', 'grecs', 'grecques', 'Grieks', 'Griekse', 'Greek'],
  AT: ['autrichien', 'autrichienne', 'Oostenrijks', 'Oostenrijkse'],
  CZ: ['tchèque', 'tchèques', 'Tsjechisch', 'Tsjechische', 'Czech'],
  HU: ['hongrois', 'hongroise', 'Hongaars', 'Hongaarse', 'Hungarian'],
  UA: ['ukrainien', 'ukrainienne', 'Oekraïens', 'Oekraïense', 'Ukrainian'],
  IL: ['israélien', 'israélienne', 'Israëlisch', 'Israëlische', 'Israeli'],
  MX: ['mexicain', 'mexicaine', 'Mexicaans', 'Mexicaanse', 'Mexican'],
  AR: ['argentin', 'argentine', 'Argentijns', 'Argentijnse', 'Argentine', 'Argentinian'],
  CL: ['chilien', 'chilienne', 'Chileens', 'Chileense', 'Chilean'],
  PE: ['péruvien', 'péruvienne', 'Peruaans', 'Peruaanse', 'Peruvian'],
  NG: ['nigérian', 'nigériane', 'Nigeriaans', 'Nigeriaanse', 'Nigerian'],
  GH: ['ghanéen', 'ghanéenne', 'Ghanees', 'Ghanese', 'Ghanaian'],
  CI: ['ivoirien', 'ivoirienne', 'Ivoriaans', 'Ivoriaanse', 'Ivorian'],
  CM: ['camerounais', 'camerounaise', 'Kameroens', 'Kameroense', 'Cameroonian'],
  KE: ['kényan', 'kényane', 'Keniaans', 'Keniaanse', 'Kenyan'],
  ZA: ['sud-africain', 'sud-africaine', 'Zuid-Afrikaans', 'Zuid-Afrikaanse', 'South African'],
  ML: ['malien', 'malienne', 'Malinees', 'Malinese', 'Malian'],
  VN: ['vietnamien', 'vietnamienne', 'Vietnamees', 'Vietnamese'],
  TH: ['thaïlandais', 'thaïlandaise', 'Thais', 'Thaise', 'Thai'],
  PK: ['pakistanais', 'pakistanaise', 'Pakistaans', 'Pakistaanse', 'Pakistani'],
  QA: ['qatari', 'qatarie', 'Qatarees', 'Qatarese', 'Qatari'],
  AE: ['émirien', 'émirienne', 'émirati', 'Emiraats', 'Emiraatse', 'Emirati'],
  IR: ['iranien', 'iranienne', 'Iraans', 'Iraanse', 'Iranian'],
  IQ: ['irakien', 'irakienne', 'Iraaks', 'Iraakse', 'Iraqi'],
  LB: ['libanais', 'libanaise', 'Libanees', 'Libanese', 'Lebanese'],
  SG: ['singapourien', 'singapourienne', 'Singaporees', 'Singaporese', 'Singaporean'],
  TW: ['taïwanais', 'taïwanaise', 'Taiwanees', 'Taiwanese'],
  EU: ['européen', 'européenne', 'européens', 'européennes', 'Europees', 'Europese', 'European'],
  AFRICA: ['africain', 'africaine', 'africains', 'africaines', 'Afrikaanse', 'African'],
  ASIA: ['asiatique', 'asiatiques', 'Aziatisch', 'Aziatische', 'Asian'],
};

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
    const [first, ...rest] = name.split(' ');
    if (rest.length > 0) forms.add([first, ...rest.map((w) => w.toLowerCase())].join(' '));
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
  for (const m of text.matchAll(WORD)) {
    const at = m.index;
    if (at < skipUntil) continue;
    const before = text[at - 1];
    // "German-Moroccan", "China-Morocco": after a hyphen only when an economy stands before it
    if (isWordChar(before) || (before === '-' && mentions.at(-1)?.end !== offset + at - 1)) continue;
    const word = m[0];
    const shouted = isShouted(word);
    const found =
      match(text, at, NAMES.get(word), false) ??
      // headlines in capitals: "MAROC-CHINE"
      (shouted ? match(text, at, NAMES.get(titleCase(word)), true) : undefined) ??
      (text.charCodeAt(at + word.length) === 45 ? prefixAt(text, at, word) : undefined) ??
      (word.length >= 4
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
  return undefined;
}
