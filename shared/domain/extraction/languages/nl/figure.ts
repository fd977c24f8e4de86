// Dutch: the words that decide what a quantity is: no figure, its measure and sign, its kind, its
// period, and who a clause's pronouns stand for (read by the stages of attribution).
import type { FigureCues } from '../cues.js';

export const figureCues: FigureCues = {
  // biome-ignore format: word lists read better packed
  leadStage: {
    invertedVerbs: [
      'is', 'was', 'bedraagt', 'bedroeg', 'betekent', 'betekende', 'ging', 'gaat', 'kwam', 'komt', 'lag', 'ligt',
      'stond', 'staat', 'betrof', 'betreft',
    ],
    invertedPronouns: ['dat', 'dit', 'het', 'die', 'deze'],
  },
  // biome-ignore format: word lists read better packed
  subjectStage: {
    countryPossessive: [],
    rankPronouns: ['hij', 'zij', 'ze'],
    traderPronouns: ['hij', 'zij', 'ze'],
    traderAuxiliaries: ['heeft', 'hebben', 'had', 'hadden'],
    traderAdverbs: ['ook'],
    traderVerbs: ['kocht', 'koopt', 'kochten', 'kopen', 'leverde', 'levert', 'leveren'],
  },
  // biome-ignore format: word lists read better packed
  kindStage: {
    productNouns: ['delicatesse', 'weekdier', 'product'],
    productOf: ['van\\s+de', 'van\\s+het'],
    productOwnerOf: ['van'],
    productArticles: ['de\\s+', 'het\\s+'],
    productFor: ['voor', 'in'],
    formerly: ['vroeger', 'lang', 'jarenlang', 'lange tijd', 'decennialang'],
  },
  // biome-ignore format: word lists read better packed
  periodStage: {
    spanToLevel: ['tot'],
    overYears: ['in', 'over', 'op'],
    overYearsArticles: ['de\\s+voorbije\\s+', 'de\\s+afgelopen\\s+'],
    overYearsLeading: ['over', 'in'],
    overYearsAfter: ['tijd'],
    pastYearsArticles: ['de', 'over\\s+de', 'in\\s+de'],
    pastYears: ['voorbije', 'afgelopen', 'laatste'],
    pastYearsNouns: ['jaar'],
    lastYearsOpeners: [],
    lastYearsAfter: [],
    demonstrativeOf: ['van\\s+(?:die|deze|dat|dit)'],
    demonstrativeFlows: [
      'export\\p{L}*', 'import\\p{L}*', 'uitvoer', 'invoer', 'handel', 'investeringen', 'totaal',
    ],
  },
};
