// French: the words the engine reads, by stage (see `cues.ts` for what each field is for); the sections are in `fr/`.
import type { Cues } from './cues.js';
import { attributionCues } from './fr/attribution.js';
import { directionCues } from './fr/direction.js';
import { figureCues } from './fr/figure.js';
import { gazetteerCues } from './fr/gazetteer.js';
import { periodCues } from './fr/periods.js';
import { quantityCues } from './fr/quantities.js';

export const fr: Cues = {
  language: 'fr',
  spellings: ['[éèêàçù]', "\\b[ldjqs]['’](?=[a-zéèêàâôî])"],
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
    'de',
    'en',
    'aux',
    'ont',
    'sont',
    'ces',
    'cette',
    'ses',
    'leur',
    'leurs',
    'selon',
    'entre',
    'pays',
    'contre',
    'plus',
    'un',
    'pas',
    'se',
  ],
  ...quantityCues,
  ...attributionCues,
  ...gazetteerCues,
  ...periodCues,
  ...figureCues,
  ...directionCues,
};
