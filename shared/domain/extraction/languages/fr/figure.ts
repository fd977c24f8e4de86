// French: the words that decide what a quantity is: no figure, its measure and sign, its kind, its
// period, and who a clause's pronouns stand for (read by the stages of attribution).
import type { FigureCues } from '../cues.js';

export const figureCues: FigureCues = {
  // biome-ignore format: word lists read better packed
  leadStage: {
    invertedVerbs: [],
    invertedPronouns: [],
  },
  // biome-ignore format: word lists read better packed
  subjectStage: {
    countryPossessive: [],
    rankPronouns: ['elle', 'il'],
    traderPronouns: ['il', 'elle', 'ils', 'elles'],
    traderAuxiliaries: ['a', 'ont', 'avait', 'avaient'],
    traderAdverbs: ['en', 'y', 'aussi', 'ainsi', 'seul', 'seule'],
    traderVerbs: ['absorb', 'achet', 'achèt', 'vend', 'fourni', 'expédi', 'écoul'],
  },
};
