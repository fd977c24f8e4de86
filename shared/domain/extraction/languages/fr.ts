// French: the words the engine reads, by stage (see `cues.ts` for what each field is for).
import type { Cues } from './cues.js';

export const fr: Cues = {
  language: 'fr',
  stopwords: [
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
};
