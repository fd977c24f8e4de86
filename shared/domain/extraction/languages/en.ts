// English: the words the engine reads, by stage (see `cues.ts` for what each field is for); the sections are in `en/`.
import type { Cues } from './cues.js';
import { attributionCues } from './en/attribution.js';
import { directionCues } from './en/direction.js';
import { figureCues } from './en/figure.js';
import { gazetteerCues } from './en/gazetteer.js';
import { periodCues } from './en/periods.js';
import { quantityCues } from './en/quantities.js';

export const en: Cues = {
  language: 'en',
  spellings: ['th', 'sh'],
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
    'has',
    'have',
    'were',
    'which',
    'this',
    'than',
    'at',
    'as',
    'be',
    'it',
    'an',
    'year',
    'per',
  ],
  ...quantityCues,
  ...attributionCues,
  ...gazetteerCues,
  ...periodCues,
  ...figureCues,
  ...directionCues,
};
