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
  // biome-ignore format: word lists read better packed
  measureStage: {
    ratioOf: ['van'],
    ratioArticles: ['het\\s+', 'de\\s+'],
    ratioValueOf: ['waarde\\s+van\\s+(?:de\\s+)?'],
    ratioWhole: ['invoer', 'uitvoer', 'bbp', 'BNP'],
    relatives: ['die', 'dat'],
    reexports: ['wederuitvoer'],
    reexportArticles: ['de\\s+'],
    domesticExports: [],
    changeBy: ['met'],
    changeTo: ['tot'],
    levelTo: ['tot'],
    hedges: ['bijna', 'ruim', 'ongeveer'],
    shareNouns: ['\\p{L}*aandeel'],
    ofTotalOf: ['van'],
    ofTotalDeterminers: ['de', 'het', 'zijn', 'haar', 'hun', 'totale', 'alle'],
    ofTotalFlows: ['uitvoer', 'invoer', 'export', 'import', 'handel'],
    totalOf: [],
    totals: [],
    totalOfThe: [],
    ellipticalArticles: ['de', 'het'],
    ellipticalBy: ['met'],
    ellipticalMoreThan: ['meer dan'],
    rise: [
      'toenam', 'toenamen', 'vooruitg\\p{L}*', '(?:export|import|handels|uitvoer|invoer)groei', 'stijg\\p{L}*',
      'gestegen', 'steeg', 'toename', 'toegenomen', 'groei\\p{L}*', 'gegroeid', 'klom',
    ],
    rateNouns: ['groeivoet', 'groeipercentage'],
    growthNouns: ['groei'],
  },
};
