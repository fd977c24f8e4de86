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
  // biome-ignore format: word lists read better packed
  kindStage: {
    productNouns: ['délicatesse', 'denrée', 'mollusque', 'céphalopode', 'produit'],
    productOf: ['du', 'de\\s+la', 'de\\s+l[\'’]', 'des'],
    productOwnerOf: ['de', 'du', 'des', 'd[\'’]'],
    productArticles: ['l[\'’]', 'la\\s+', 'le\\s+', 'les\\s+'],
    productFor: ['pour'],
    formerly: ['longtemps', 'autrefois', 'jadis', 'naguère', 'pendant des années', 'des années durant'],
  },
  // biome-ignore format: word lists read better packed
  periodStage: {
    spanToLevel: ['à', 'pour atteindre'],
    overYears: ['en', 'sur'],
    overYearsArticles: ['les\\s+'],
    overYearsLeading: ['sur', 'en'],
    overYearsAfter: [],
    pastYearsArticles: ['les', 'ces', 'au\\s+cours\\s+des'],
    pastYears: [],
    pastYearsNouns: [],
    lastYearsOpeners: ['ces', 'les', 'au cours des'],
    lastYearsAfter: ['dernières\\s+années', 'derniers\\s+ans'],
    demonstrativeOf: ['de\\s+(?:ces|cette)'],
    demonstrativeFlows: [
      'export\\p{L}*', 'import\\p{L}*', 'ventes', 'achats', 'échanges', 'flux', 'investissements', 'total',
    ],
  },
};
