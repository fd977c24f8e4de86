// Dutch: the words the engine reads, by stage (see `cues.ts` for what each field is for); the sections are in `nl/`.
import type { Cues } from './cues.js';
import { attributionCues } from './nl/attribution.js';
import { directionCues } from './nl/direction.js';
import { figureCues } from './nl/figure.js';
import { gazetteerCues } from './nl/gazetteer.js';
import { periodCues } from './nl/periods.js';
import { quantityCues } from './nl/quantities.js';

export const nl: Cues = {
  language: 'nl',
  spellings: ['ij', 'aa'],
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
    'in',
    'werd',
    'wordt',
    'worden',
    'bij',
    'uit',
    'dan',
    'nog',
    'maar',
    'tot',
    'heeft',
    'hebben',
    'deze',
    'dit',
    'om',
    'te',
    'er',
    'jaar',
  ],
  ...quantityCues,
  ...attributionCues,
  ...gazetteerCues,
  ...periodCues,
  ...figureCues,
  ...directionCues,
};
