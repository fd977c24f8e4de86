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
  // biome-ignore format: word lists read better packed
  kindStage: {
    productNouns: ['delicacy', 'delicacies', 'commodity', 'mollusc', 'mollusk', 'cephalopod', 'product'],
    productOf: ['of\\s+the'],
    productOwnerOf: ['of'],
    productArticles: ['the\\s+'],
    productFor: ['for', 'in'],
    formerly: ['formerly', 'once', 'long the', 'for years', 'for decades'],
  },
  // biome-ignore format: word lists read better packed
  periodStage: {
    spanToLevel: ['to', 'reaching'],
    overYears: ['in', 'over'],
    overYearsArticles: ['the\\s+past\\s+', 'the\\s+last\\s+'],
    overYearsLeading: ['over', 'in'],
    overYearsAfter: [],
    pastYearsArticles: ['the', 'over\\s+the', 'in\\s+the'],
    pastYears: ['past', 'last'],
    pastYearsNouns: ['years'],
    lastYearsOpeners: [],
    lastYearsAfter: [],
    demonstrativeOf: ['of\\s+(?:those|these|that|this)'],
    demonstrativeFlows: ['export\\p{L}*', 'import\\p{L}*', 'trade', 'flows?', 'investments?', 'total'],
  },
  // biome-ignore format: word lists read better packed
  measureStage: {
    ratioOf: ['of'],
    ratioArticles: ['the\\s+'],
    ratioValueOf: ['(?:total\\s+)?value\\s+of\\s+(?:the\\s+)?'],
    ratioWhole: ['imports', 'exports', 'GDP'],
    relatives: ['which', 'that'],
    reexports: ['re-?exports?'],
    reexportArticles: ['the\\s+'],
    domesticExports: ['domestic exports'],
    changeBy: ['by'],
    changeTo: ['to'],
    levelTo: ['to'],
    hedges: ['about', 'around', 'nearly'],
    shareNouns: ['share'],
    ofTotalOf: ['of'],
    ofTotalDeterminers: ['the', 'its', 'their', 'total', 'all', 'goods', 'services'],
    ofTotalFlows: ['exports?', 'imports?', 'trade'],
    totalOf: [],
    totals: [],
    totalOfThe: [],
    ellipticalArticles: ['the'],
    ellipticalBy: ['by', 'of'],
    ellipticalMoreThan: [],
    rise: [
      'CAGR', 'rose', 'ris\\p{L}*', 'grew', 'grow\\p{L}*', 'increas\\p{L}*', 'up', 'jump\\p{L}*', 'climb\\p{L}*',
      'surg\\p{L}*', 'gained', 'soared', 'expanded',
    ],
    rateNouns: ['growth\\s+rate'],
    growthNouns: ['growth'],
  },
};
