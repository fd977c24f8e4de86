// English: the words that decide what a quantity is: no figure, its measure and sign, its kind, its
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
    countryPossessive: ['the\\s+(?:country|nation)[\'’]s'],
    rankPronouns: ['it', 'she'],
    traderPronouns: ['it', 'they'],
    traderAuxiliaries: ['has', 'have', 'had'],
    traderAdverbs: ['also', 'alone'],
    traderVerbs: ['absorb', 'bought', 'buys', 'buy', 'sold', 'sells', 'supplie', 'supply', 'shipp', 'ships'],
  },
};
