// Dutch: the words the engine reads, by stage (see `cues.ts` for what each field is for).
import type { Cues } from './cues.js';

export const nl: Cues = {
  language: 'nl',
  stopwords: [
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
};
