// Dutch: the words of roles and direction, and of the document pass.
import type { DirectionCues } from '../cues.js';

export const directionCues: DirectionCues = {
  // biome-ignore format: word lists read better packed
  economyRoles: {
    articles: ['de\\s+', 'het\\s+'],
    articlesOfOne: ['de\\s+', 'het\\s+'],
    placeArticles: ['het\\s+'],
    suppliedArticles: [],
    within: ['in', 'binnen'],
    regionOpening: ['in'],
    regionArticles: ['de\\s+', 'het\\s+'],
    madeIn: ['geproduceerde', 'gemaakte', 'vervaardigde', 'geteelde'],
    firms: ['bedrijven', 'ondernemingen', 'exporteurs', 'producenten'],
    firmsOf: ['in', 'uit', 'van'],
    where: ['waar'],
    placeAt: ['in', 'te', 'op', 'vanuit'],
    isVerb: ['is', 'was', 'blijft', 'bleef'],
    forWhom: ['voor\\s+'],
    marketNouns: ['afzetmarkt', 'exportmarkt', 'klant'],
    shareNouns: ['aandeel'],
    of: ['van'],
    whose: ['wiens', 'waarvan'],
    whoseArticles: ['de', 'het'],
    whoseFlows: ['invoer', 'uitvoer'],
    balanceOwnerWords: ['heeft', 'boekte', 'boekt', 'noteerde', 'kende', 'met', 'een', 'zijn', 'haar', 'handels'],
    balanceNouns: ['overschot', 'tekort', 'handelsoverschot', 'handelstekort'],
    balanceOwnerIng: [],
    importVerb: [],
    intoPlace: ['in'],
    valueNouns: ['waarde'],
    suppliedTo: [],
    notACue: ['de', 'en'],
    prepositionsBeforeArticle: ['naar', 'richting', 'met', 'uit', 'vanuit', 'in', 'op'],
    articleAfterPreposition: ['de'],
  },
};
