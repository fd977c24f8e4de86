// Tells French, Dutch and English apart by their most frequent function words; good enough for news
// prose of a few sentences, and deterministic.
import { LANGUAGES, type Language } from './languages/cues.js';
import { CUES } from './languages/index.js';

export { LANGUAGES, type Language } from './languages/cues.js';

const LANGUAGE_OF = new Map<string, Language[]>();
for (const lang of LANGUAGES)
  for (const word of CUES[lang].stopwords) LANGUAGE_OF.set(word, [...(LANGUAGE_OF.get(word) ?? []), lang]);
const STOPWORD_RE = new RegExp(`\\b(?:${[...LANGUAGE_OF.keys()].join('|')})\\b`, 'g');
/** Each language's spellings, worth a quarter of a function word each: a tie-breaker in short texts. */
const SPELLINGS: Array<[Language, RegExp]> = LANGUAGES.map((lang) => [
  lang,
  new RegExp(CUES[lang].spellings.join('|'), 'g'),
]);
const SPELLING_WEIGHT = 0.25;
/** On a tie (a label with no function word of one language alone), English first: the language of most tables. */
const TIE_ORDER: Language[] = ['en', 'fr', 'nl'];
const SAMPLE = 2_000;

export function detectLanguage(text: string): Language {
  const counts: Record<Language, number> = { fr: 0, nl: 0, en: 0 };
  const sample = text.slice(0, SAMPLE).toLowerCase();
  STOPWORD_RE.lastIndex = 0;
  for (let m = STOPWORD_RE.exec(sample); m; m = STOPWORD_RE.exec(sample)) {
    const languages = LANGUAGE_OF.get(m[0]);
    if (languages) for (const lang of languages) counts[lang]++;
  }
  // (spellings only break near ties: a text whose function words tell its language is not read again)
  const [first = 0, second = 0] = Object.values(counts).sort((a, b) => b - a);
  if (first - second < 3)
    for (const [lang, re] of SPELLINGS) counts[lang] += SPELLING_WEIGHT * (sample.match(re)?.length ?? 0);
  return TIE_ORDER.reduce((best, lang) => (counts[lang] > counts[best] ? lang : best));
}
