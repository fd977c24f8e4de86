// The words of roles and direction: the cue words around an economy's name that tell its role (read by
// `roles-rules.ts`, `roles-adjective.ts`), the direction's (read by `direction*.ts`) and the document pass's (read by
// `document-pass*.ts`): a section of `Cues` (see `cues.ts`).

/** the words of roles and direction, and of the document pass */
export interface DirectionCues {
  /** the words around an economy's name that give it a role (read by `roles-rules.ts`, `roles-adjective.ts`) */
  economyRoles: {
    /** the articles before a name, each with its space ("la ", "het ", "the ") */
    articles: string[];
    /** the same without the French plural "les" */
    articlesOfOne: string[];
    /** the articles before a place, without the Dutch "de" (also "of"): "dans la ", "in het " */
    placeArticles: string[];
    /** the articles before a place, French and English only: "au ", "to the " */
    suppliedArticles: string[];
    /** what puts an economy inside a larger one: "au sein de l'UE", "binnen de EU", "within the EU" */
    within: string[];
    /** what opens a region that holds the economy: "dans la", "in de", "within" */
    regionOpening: string[];
    /** the articles after that opening ("dans la ", "in het ") */
    regionArticles: string[];
    /** goods made in a place, after its name: "Marokkaans geproduceerde", "made", "fabriqués" */
    madeIn: string[];
    /** the firms of a place, before it: "entreprises", "bedrijven", "companies" */
    firms: string[];
    /** what ties those firms to their place: "basées en", "uit", "based in" */
    firmsOf: string[];
    /** a place where something happens, after a comma: ", où", ", waar", ", where" */
    where: string[];
    /** before a place where something is: "à", "te", "at" */
    placeAt: string[];
    /** the verb that predicates a market of an economy: "reste", "blijft", "remains" */
    isVerb: string[];
    /** for whom it is a market, before the word that names them: "pour la", "voor", "for" */
    forWhom: string[];
    /** a market or client predicated: "débouché", "afzetmarkt", "customer" */
    marketNouns: string[];
    /** a share, before the economy it is of: "part de", "aandeel van" (and its compounds "importaandeel"), "share of" */
    shareNouns: string[];
    /** of, before an economy or goods: "de", "van", "of" */
    of: string[];
    /** whose, after a name: "dont les exportations", "waarvan de uitvoer" */
    whose: string[];
    /** the articles after "whose" ("dont les", "its") */
    whoseArticles: string[];
    /** the start of a flow's word after "whose": "export", "uitvoer", "invest" */
    whoseFlows: string[];
    /** the verbs and words that may come between an owner and its balance: "enregistre un", "boekte een", "posted a" */
    balanceOwnerWords: string[];
    /** a balance after those words: "excédent", "tekort", "surplus" */
    balanceNouns: string[];
    /** a verb of owning a balance in its -ing form, which makes a partner cue's economy the owner: "with Japan running a surplus" */
    balanceOwnerIng: string[];
    /** a verb of importing before a place: "importé … en" */
    importVerb: string[];
    /** into a place, before its name: "dans", "in", "into" */
    intoPlace: string[];
    /** where foreign-made imports go in, after "importations chinoises": "en", "vers", "naar", "into" */
    foreignImportsInto: string[];
    /** the import nouns proper that rule reads ("importations", not "achats": purchases "au Maroc" are made there) */
    foreignImportsNouns: string[];
    /** the value, before the goods of an import: "valeur", "waarde", "value" */
    valueNouns: string[];
    /** to a place supplied: "au", "aux", "to", "into" */
    suppliedTo: string[];
    /** the words that mark no role though they look like a cue: Dutch "de" (the) and "en" (and) */
    notACue: string[];
    /** the prepositions before which such an article marks a role: "naar de", "met de" */
    prepositionsBeforeArticle: string[];
    /** that article ("de") */
    articleAfterPreposition: string[];
    /** what an adjective describes as an economy, after it: "pays", "koninkrijk", "city-state" */
    countryNouns: string[];
    /** what opens a group of partners before its adjective: "vers les pays", "naar de landen" */
    groupPartnerPrepositions: string[];
    /** the articles of that group ("les", "het") */
    groupArticles: string[];
    /** the nouns of that group ("pays", "markten") */
    groupNouns: string[];
    /** a partner's preposition before its adjective: "to", "naar" */
    partnerPrepositions: string[];
    /** the articles after it, each with its space ("the ", "de ") */
    partnerArticles: string[];
    /** the economies an adjective describes, after it: "countries", "landen" */
    countriesNouns: string[];
    /** invested in an industry, before it: "dans", "in" */
    investedIn: string[];
    /** the articles after it, each with one space ("l'", "la ", "het ") */
    articlesOneSpace: string[];
    /** a group a statement picks among: "parmi", "onder", "among" */
    among: string[];
    /** the articles after it ("les", "de", "the") */
    amongArticles: string[];
    /** the others of that group ("autres", "andere", "other") */
    others: string[];
    /** goods, after the adjective that names where they come from: "producten", "goods" */
    goodsNounsAfter: string[];
    /** goods, before that adjective: "produits", "marchandises" */
    goodsNounsBefore: string[];
    /** between an amount and the goods it buys, whose adjective names where they come from: "aan", "worth of", "de" */
    goodsOfAmount: string[];
    /** a preposition, which keeps an adjective from a metric word or rank: "de", "van", "of" */
    prepositions: string[];
    /** investment flowing in: "entrées", "instroom", "inflows" */
    inflows: string[];
  };
  /** the words around a figure's economies that tell its direction (read by `direction*.ts`) */
  direction: {
    /** for whom a figure is, before the economy: "pour", "voor", "for" */
    for: string[];
    /** and, between two names: "et", "en", "and" */
    and: string[];
    /** both, in a bracket shared by two names: "Kenya and Vietnam (both +6%)" */
    both: string[];
    /** the verb after a rank noun whose complement is the economy ranked: "Peru's largest market has been Japan" */
    rankIsVerb: string[];
    /** what bounds a subset by the economy after it: "parmi", "buiten", "within" */
    subsetOf: string[];
    /** in, before the economy that bounds a subset: "en", "op", "in" */
    inSubset: string[];
    /** the prepositions that attach a place to the amount before it: "afkomstig uit Vlaanderen", "to" */
    attachedBy: string[];
    /** what opens a subordinate clause before the main one: "si", "terwijl", "although" */
    subordinators: string[];
    /** total or average (of all partners), before a metric noun: "totale", "totaal", "overall", "gemiddelde" */
    totalBefore: string[];
    /** total, after a metric noun: "les exportations totales" */
    totalAfter: string[];
    /** a percentage's word in a bracket after a name: "(+3,5 procent)" */
    percentWords: string[];
    /** the articles of one thing, without the Dutch "de" (also "of"): "la ", "het ", "the " */
    articlesOfOneNotDe: string[];
    /** of a total stated before: "du total", "van het totaal", "of the total" */
    ofTheTotal: string[];
    /** what opens a scene before a capitalised place: "Au Maroc aussi, …", "In Chile, …" */
    sceneIn: string[];
    /** also, after the scene's place ("aussi", "ook", "too") */
    also: string[];
    /** the flow just named, before its metric word: "de ces", "van die", "of these" */
    thatFlow: string[];
    /** investment that goes abroad: "à l'étranger", "uitgaande", "outward" */
    outward: string[];
    /** the prepositions before a partner named by an anaphor: "vers ce pays", "naar dat land", "to that market" */
    anaphorPrepositions: string[];
    /** the determiners of that anaphor ("ce", "dat", "this") */
    anaphorDeterminers: string[];
    /** the nouns of that anaphor ("pays", "markt", "kingdom") */
    anaphorNouns: string[];
    /** a personal pronoun after those prepositions, for a country named before: "vers elle", "avec lui" */
    anaphorPronouns: string[];
    /** after a figure, the part of it whose economies are the part's, not the figure's: "grotendeels uit",
     * "most of it from", "l'essentiel en provenance de" (read by `direction-clause.ts`) */
    partAfter: string[];
    /** after a figure, right before the share of a part of it: "…, dont 35 % de France", "…, of which 30% from China" */
    partShareAfter: string[];
    /** "there", the place named before, before a verb of trade: "Nos entreprises y exportent" */
    there: string[];
    /** the auxiliaries between "there" and its verb: "y ont exporté" */
    thereAuxiliaries: string[];
    /** the starts of the verbs of trade after "there": "export", "vend", "expédi" */
    thereVerbs: string[];
    /** of, before the supplier of a market share: "la part de marché de la France" */
    ofSupplier: string[];
    /** in, before the market of a market share: "au Maroc", "op de Marokkaanse markt", "in Poland" */
    inMarket: string[];
    /** a market share's metric word, as written: "part", "marktaandeel", "market share" */
    marketShareWords: string[];
    /** a preposition before the economy, which keeps it from being the subject that holds a share */
    prepositionBeforeShare: string[];
    /** the prepositions before a partner named by a common noun: "naar het Noord-Afrikaanse land", "to the kingdom" */
    unnamedPartnerPrepositions: string[];
    /** the determiners of that common noun ("la", "dit", "the") */
    commonNounDeterminers: string[];
    /** what makes investment inward, case as written: "IDE", "étrangers", "buitenlandse", "attracted" */
    inward: string[];
    /** the world's own investment, right before or after its noun: "global FDI", "les IDE mondiaux" */
    globalInvestment: string[];
  };
  /** the words the document pass reads: the home, the periods of sentences, figures of two names (read by `document-pass*.ts`) */
  documentPass: {
    /** a sentence that looks back to a period stated before: "encore", "nog", "still" */
    stillOrAlready: string[];
    /** both, opening a bracket whose figure is each of two names': "Kenya and Vietnam (both +6%)" */
    bothInBracket: string[];
    /** each, after a figure of two names: "1,4 milliard de dollars chacun" */
    each: string[];
    /** a figure stated again for another period right after it: "26 bn, the same as in May", "autant qu'en 2021" */
    sameAsIn: string[];
    /** both flows named beside a position, which ranks the economy in each: "zowel voor uitvoer als voor invoer" */
    rankForBothFlows: string[];
    /** each time, before a share stated for both flows: "met telkens een marktaandeel van 7 procent" */
    eachTime: string[];
    /** regions after "and" in the pair a story opens: "entre le Chili et le continent asiatique" */
    regionNouns: string[];
    /** a byline's or a dateline's words, which end a heading: "publié", "door", "updated" */
    bylineWords: string[];
    /** what hints that a heading names a period: "trimestre", "vorig", "last" (the months besides) */
    titlePeriodHint: string[];
    /** the articles of a by-name for an island ("l'", "het ", "the ") */
    islandArticles: string[];
    /** an island, as the press names the home of a text about one: "l'île", "het eiland", "the island" */
    island: string[];
    /** the article of "la Confédération", Switzerland's by-name */
    confederationArticles: string[];
    /** that by-name */
    confederation: string[];
    /** what makes a by-name no by-name after it: "l'île de …", "the island of …" */
    notAByName: string[];
    /** the neighbour a compass word names from the home economy: "oosterburen" of NL is DE ([word, home, neighbour]) */
    compassNeighbours: Array<[string, string, string]>;
    /** a story about one economy's trade with the world: "commerce extérieur", "handelsbalans", "foreign trade" */
    totalTradeStory: string[];
  };
}
