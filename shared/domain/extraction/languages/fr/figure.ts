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
  // biome-ignore format: word lists read better packed
  measureStage: {
    ratioOf: ['de', 'du', 'des'],
    ratioArticles: ['la\\s+', 'l[\'’]'],
    ratioValueOf: ['valeur\\s+(?:totale\\s+)?(?:de\\s+|des\\s+)'],
    ratioWhole: ['importations', 'exportations', 'PIB'],
    relatives: ['qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles'],
    reexports: ['réexportations?'],
    reexportArticles: ['les\\s+'],
    domesticExports: [],
    changeBy: ['de'],
    changeTo: ['à'],
    levelTo: ['à', 'jusqu[\'’]à'],
    hedges: ['près de', 'environ'],
    shareNouns: ['part', 'poids'],
    ofTotalOf: [],
    ofTotalDeterminers: [],
    ofTotalFlows: [],
    totalOf: ['des', 'du'],
    totals: ['total', 'totaux', 'totales?'],
    totalOfThe: ['total\\s+des'],
    ellipticalArticles: ['la', 'le', 'les', 'l[\'’]', 'des'],
    ellipticalBy: ['de', 'd[\'’]'],
    ellipticalMoreThan: ['plus de'],
    rise: [
      'gonfl\\p{L}*', 'relevée?s?', 'hausse', 'augment\\p{L}*', 'progress\\p{L}*', 'croissance', 'cr[uû]',
      'bond\\p{L}*', 'accroissement', 'grimp\\p{L}*', 'envol\\p{L}*',
    ],
    rateNouns: ['taux\\s+de\\s+croissance'],
    growthNouns: ['croissance'],
  },
};
