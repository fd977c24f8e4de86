// English: the words the engine reads, by stage (see `cues.ts` for what each field is for).
import type { Cues } from './cues.js';

export const en: Cues = {
  language: 'en',
  stopwords: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'is',
    'that',
    'for',
    'with',
    'on',
    'by',
    'was',
    'from',
    'are',
    'its',
  ],
};
