// English: the words of roles and direction, and of the document pass.
import type { DirectionCues } from '../cues.js';

export const directionCues: DirectionCues = {
  // biome-ignore format: word lists read better packed
  economyRoles: {
    articles: ['the\\s+'],
    articlesOfOne: ['the\\s+'],
    placeArticles: ['the\\s+'],
    suppliedArticles: ['the\\s+'],
    within: ['in', 'within'],
    regionOpening: ['in', 'within'],
    regionArticles: [],
    madeIn: ['produced', 'made', 'manufactured', 'grown'],
    firms: ['companies', 'firms', 'businesses', 'exporters', 'producers'],
    firmsOf: ['in', 'from', 'based in'],
    where: ['where'],
    placeAt: ['in', 'at', 'from'],
    isVerb: ['is', 'was', 'remains', 'remained'],
    forWhom: ['for\\s+'],
    marketNouns: ['market', 'customer', 'buyer'],
    shareNouns: ['share'],
    of: ['of'],
    whose: ['whose'],
    whoseArticles: ['its'],
    whoseFlows: ['export', 'import', 'invest'],
    balanceOwnerWords: [
      'has', 'had', 'have', 'posted', 'posts', 'posting', 'recorded', 'records', 'recording', 'ran', 'runs', 'running',
      'registered', 'registers', 'registering', 'with', 'a', 'an', 'its', 'trade',
    ],
    balanceNouns: ['surplus', 'deficit'],
    balanceOwnerIng: ['running', 'posting', 'recording', 'registering', 'enjoying'],
    importVerb: [],
    intoPlace: ['in', 'into'],
    valueNouns: ['value'],
    suppliedTo: ['into', 'to', 'in'],
    notACue: [],
    prepositionsBeforeArticle: [],
    articleAfterPreposition: [],
  },
};
