// French: the words of roles and direction, and of the document pass.
import type { DirectionCues } from '../cues.js';

export const directionCues: DirectionCues = {
  // biome-ignore format: word lists read better packed
  economyRoles: {
    articles: ["l['’]", 'la\\s+', 'le\\s+', 'les\\s+'],
    articlesOfOne: ["l['’]", 'la\\s+', 'le\\s+'],
    placeArticles: ["l['’]", 'la\\s+', 'le\\s+', 'les\\s+'],
    suppliedArticles: ["l['’]", 'la\\s+', 'le\\s+', 'les\\s+'],
    within: ['en', 'au sein de'],
    regionOpening: ['en', 'dans', 'au sein de'],
    regionArticles: ['la\\s+', "l['’]"],
    madeIn: ['fabriqués?', 'fabriquées?', 'produits?', 'produites?'],
    firms: ['entreprises', 'sociétés', 'exportateurs', 'producteurs'],
    firmsOf: ['en', 'de', 'du', 'des', "d['’]", 'au', 'aux', 'basées?\\s+(?:en|au|aux)'],
    where: ['où'],
    placeAt: ['à', 'dans', 'depuis'],
    isVerb: ['est', 'était', 'reste', 'demeure'],
    forWhom: ["pour\\s+(?:la\\s+|le\\s+|l['’])?"],
    marketNouns: ['débouché', 'client', 'marché'],
    shareNouns: ['part', 'parts'],
    of: ['de', 'du', 'des', "d['’]"],
    whose: ['dont'],
    whoseArticles: ['les', 'la', 'le', "l['’]"],
    whoseFlows: ['export', 'import', 'investiss'],
    balanceOwnerWords: [
      'enregistr\\p{L}*', 'affich\\p{L}*', 'dégag\\p{L}*', 'accus\\p{L}*', 'avec', 'un', 'une', 'son', 'sa', 'commercial',
    ],
    balanceNouns: ['excédent', 'déficit'],
    balanceOwnerIng: [],
    importVerb: ['import(?:é|e|ait|aient|ent|era|ons|ez)'],
    intoPlace: ['dans', 'en', 'au', 'aux'],
    valueNouns: ['valeur'],
    suppliedTo: ['au', 'aux', 'à', 'en'],
    notACue: [],
    prepositionsBeforeArticle: [],
    articleAfterPreposition: [],
  },
};
