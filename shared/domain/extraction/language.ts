// Tells French, Dutch and English apart by their most frequent function words; good enough for news
// prose of a few sentences, and deterministic.
export const LANGUAGES = ['fr', 'nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STOPWORDS: Record<Language, string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'une',
    'est',
    'et',
    'dans',
    'pour',
    'qui',
    'que',
    'sur',
    'au',
    'avec',
    'par',
  ],
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'is',
    'dat',
    'die',
    'voor',
    'met',
    'op',
    'naar',
    'zijn',
    'niet',
    'ook',
  ],
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'by', 'was', 'from', 'are', 'its'],
};

const LANGUAGE_OF = new Map<string, Language[]>();
for (const lang of LANGUAGES)
  for (const word of STOPWORDS[lang]) LANGUAGE_OF.set(word, [...(LANGUAGE_OF.get(word) ?? []), lang]);
const STOPWORD_RE = new RegExp(`\\b(?:${[...LANGUAGE_OF.keys()].join('|')})\\b`, 'g');
const SAMPLE = 2_000;

export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = { fr: 0, nl: 0, en: 0 };
  const sample = text.slice(0, SAMPLE).toLowerCase();
  STOPWORD_RE.lastIndex = 0;
  for (let m = STOPWORD_RE.exec(sample); m; m = STOPWORD_RE.exec(sample)) {
    const languages = LANGUAGE_OF.get(m[0]);
    if (languages) for (const lang of languages) counts[lang]++;
  }
  return LANGUAGES.reduce((best, lang) => (counts[lang] > counts[best] ? lang : best), 'fr' as Language);
}
