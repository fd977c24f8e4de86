// The cue words of attribution: flows, roles, growth, bounds, kinds, lists … (read by the stages of attribution): a section of `Cues` (see `cues.ts`).
import type { SectorWords } from './cues-sectors.js';

/** the cue words of attribution: flows, roles, growth, bounds, kinds, lists … (read by the stages of attribution) */
export interface AttributionCues {
  /** metric words: the trade flow a quantity measures (read by `lexicon.ts`, `metrics.ts`) */
  metrics: {
    /** the two flows' nouns, two of which joined name the trade between two economies */
    flowNouns: string[];
    /** what joins two flow nouns: "exports plus imports", "uitvoer en invoer" */
    flowsJoinedBy: string[];
    /** both flows in one phrase: "in- en uitvoer", "im- and exports" */
    bothFlows: string[];
    /** a supplier's market share, a share of its market's imports */
    marketShare: string[];
    /** all of an economy's trade: "commerce extérieur" */
    totalTrade: string[];
    /** the trade of the whole world: "world trade", "commerce mondial", "mondiale handel" (its own total) */
    worldTrade: string[];
    /** the balance, its deficit or surplus */
    tradeBalance: string[];
    /** foreign direct investment, matched case-sensitively ("IDE", not "idée") */
    fdi: string[];
    /** exports: nouns, and verbs of selling or shipping to a place */
    exports: string[];
    /** imports: nouns, the energy bill, and verbs of buying or bringing in from a place */
    imports: string[];
    /** trade between two economies (not the Dutch compounds that name a person, body or text: "handelsmissie") */
    trade: string[];
    /** a separable verb of trade, its particle at the clause's end: "voerde … uit" */
    separableVerb: string[];
    /** the particle that makes the separable verb an import: "voerde … in uit Marokko" */
    importParticle: string[];
    /** the particle that makes the separable verb an export: "voerde … uit naar Marokko" */
    exportParticle: string[];
    /** metric-like words that name people or organisations, not flows: "exportateurs" */
    traders: string[];
    /** a word that says a balance is a deficit, matched anywhere in a word */
    deficit: string[];
  };
  /** the words of a change: growth and decline, before or after the figure (read by `attribute.ts`) */
  growth: {
    /** a decline: "en baisse", "daalde", "fell" */
    decline: string[];
    /** a separable verb of decline, its particle a few words on: "nam de export … af" */
    separableDecline: string[];
    /** a separable verb of change, its particle a few words on: "nam de export … toe" */
    separableChange: string[];
    /** a rise, or a balance that widens or narrows: "en hausse", "steeg", "widened" */
    change: string[];
    /** a decline stated after the figure: "met een vijfde gedaald", "a quarter lower" */
    declineAfter: string[];
    /** a rise stated after the figure: "8 procent meer", "$5bn (12%) increase" */
    riseAfter: string[];
    /** what makes a change word after a figure a comparison instead: "meer dan", "de plus que" */
    thanAfterChange: string[];
    /** a separable particle or a subordinate verb of decline at the clause's end: "… met 6,2 % af" */
    declineAtClauseEnd: string[];
    /** a separable particle or a subordinate verb of rise at the clause's end: "… met 2,7 procent omhoog" */
    riseAtClauseEnd: string[];
    /** the words that may follow a clause-end change: "… steeg met 3 % tot …" */
    afterClauseEnd: string[];
    /** a minus sign written as a word: "min 14 procent" */
    minus: string[];
    /** a plus sign written as a word: "plus 5 procent" */
    plus: string[];
  };
  /** the words of a bound stated before a figure: "more than", "près de" (read by `lexicon.ts` boundBefore) */
  bounds: {
    /** a figure's upper bound: "moins de", "minder dan", "less than" */
    below: string[];
    /** a figure's lower bound: "plus de", "ruim", "more than" */
    above: string[];
    /** an article between a lower bound and the figure: "dépassant les 3 milliards" */
    aboveArticles: string[];
    /** an approximate figure: "près de", "ongeveer", "about" */
    about: string[];
    /** a hedge right after the figure: "70 % environ", "$5bn or so" */
    aboutAfter: string[];
  };
  /** the words that make a figure a target, a forecast or an expectation (read by `kind.ts`) */
  kinds: {
    /** an ambition proper: "objectif", "streefdoel", "target" */
    target: string[];
    /** the horizon of a target, which also ends a forecast: "d'ici 2030" */
    horizon: string[];
    /** a will or a promise: "veut", "wil", "pledged" */
    intent: string[];
    /** before the year a target is for: "tegen 2026", "by 2030" */
    byYear: string[];
    /** the end of that year: "tegen eind 2026", "by the end of 2030" */
    endOf: string[];
    /** an expectation, not a plan: "devrait atteindre", "rekent erop dat", "could" */
    expectation: string[];
    /** a forecast: "devrait", "verwacht", "is set to", and the future tense of reaching */
    forecast: string[];
    /** a clause's end that makes its conditional a hearsay of the past, no forecast: "zou … gestegen zijn" */
    pastHearsayEnd: string[];
    /** between a growth rate and the amount it stands for: "en hausse de 5 %, soit 1,2 milliard" */
    changeOr: string[];
    /** a second aim joined to the first: "et d'atteindre", "and to" */
    joinedAim: string[];
    /** a reason given for a judgement, whose figure is a fact: "given that", "puisque", "aangezien" */
    reasonGiven: string[];
    /** after a figure and its noun, the forecaster: "the 8% growth forecast by economists", "une hausse attendue par" */
    forecastAfter: string[];
  };
  /** the words that make a quantity no trade figure: tariffs, absolute changes (read by `attribute.ts`) */
  notAFigure: {
    /** an absolute change, not a level: "increased by", "en baisse de", "steeg … met" */
    changeBefore: string[];
    /** a hedge between an absolute change and its amount: "increased by about" */
    changeHedges: string[];
    /** an absolute change stated after the amount: "470 miljoen euro minder", "$3bn more" */
    changeAfter: string[];
    /** what makes a change word after an amount a comparison instead: "meer dan 5 miljard" */
    than: string[];
    /** tariffs and taxes: "droits de douane de 10 %" */
    tariff: string[];
  };
  /** the words of a clause that takes up the figure before it: "Il a ainsi progressé de 21 %" */
  pronouns: {
    /** what may stand before the pronoun, up to a comma: "Selon l'Office, il …" */
    lead: string[];
    /** a pronoun as a clause's subject: "il", "deze", "they" */
    subject: string[];
    /** the verbs of an impersonal "il", which takes up nothing: "il faut" */
    impersonal: string[];
    /** a pronoun as the subject of an expected change: "expect that to climb", "verwacht dat die stijgt" */
    expected: string[];
  };
  /** the cue words before an economy's name that give it its role: owner, partner, source (read by `roles.ts`) */
  roles: {
    /** before a partner: "vers", "naar", "to", "reçus par" */
    partner: string[];
    /** a verb of money received or attracted, before "by": "reçus par", "attracted by" */
    received: string[];
    /** the agent after such a verb: "par", "door", "by" */
    by: string[];
    /** a partner named with another: "to both China and India" */
    both: string[];
    /** before where a flow comes from: "en provenance de", "uit", "from" */
    source: string[];
    /** before the economy a flow is of: "de", "van", "of", "by" */
    owner: string[];
    /** before whose balance it is: "un déficit de 0,6 milliard pour la France" */
    balanceOwner: string[];
    /** before two economies that trade together: "entre", "tussen", "between" */
    between: string[];
    /** the articles between a cue word and a name: "vers la", "naar het", "to the" */
    articles: string[];
    /** "de" with no article before a name, which after imports names their origin: "importations de Turquie" */
    bareOrigin: string[];
    /** an import verb whose subject is the importer: "a importé", "importait" (not the noun "importations") */
    importVerb: string[];
    /** before a name after such a verb, its origin: "a importé pour 2 milliards de cacao de Côte d'Ivoire", "du Maroc" */
    originAfterImportVerb: string[];
    /** the rest of a region, or its (other) countries, which are the region: "to the rest of Asia", "vers les pays de l’UE" */
    restOf: string[];
    /** a verb that makes the economy the one ranked: "faisant du Maroc", "making Morocco" */
    makes: string[];
    /** the preposition after such a verb: "faisant du Maroc" */
    makesOf: string[];
    /** the article after such a verb: "making the country" */
    makesArticles: string[];
  };
  /** the goods of each sector, matched from a word's start (read by `lexicon.ts` SECTORS, `sectors.ts`) */
  sectors: SectorWords;
  /** the words of a comparison, a ranking among rivals, and a change's base (read by `cues.ts`) */
  comparison: {
    /** a comparison's base before its figure, a few words on: "contre 12 % en 2022" */
    against: string[];
    /** a comparison anywhere in a clause: "par rapport à", "ten opzichte van", "up from" */
    comparedWith: string[];
    /** before the economies ranked ahead or behind, or overtaken: "derrière", "gevolgd door", "overtook" */
    rivals: string[];
    /** the next of a ranking: "…, gevolgd door Bolivia met 2,3 miljard" */
    followedBy: string[];
    /** before the amount a change starts from: "from $41 million" */
    changeFrom: string[];
    /** before the amount a change ends at: "to $63 million" */
    changeTo: string[];
  };
  /** the words that join the items of a list (read by `cues.ts`, `lists.ts`) */
  lists: {
    /** the conjunction "and" */
    and: string[];
    /** the conjunction "or" */
    or: string[];
    /** what opens an elliptical item after "and": "et de la Chine", "and to the US" */
    itemBefore: string[];
    /** what follows an elliptical item's name before its figure: "et l'Espagne de 8 %" */
    itemAfter: string[];
    /** what may open a list's subject besides "and": "ook", "aussi", "also" */
    also: string[];
    /** the article of a list's subject: "les", "de", "the" */
    subjectArticle: string[];
    /** the scale of a table row's amount: "€ 2,1 bn (", "1,2 Md (" */
    tableScale: string[];
    /** a market as a list's noun, which says no flow */
    genericMarket: string[];
    /** an item left out of a list: "hors de l'UE", "buiten de EU", "excluding" */
    excluding: string[];
    /** the article after such a word: "hors de la" */
    excludingOf: string[];
    /** a table column of balances: "Solde", "Saldo", "Balance" */
    balanceColumn: string[];
  };
  /** the words that tie a figure to a name or to another figure (read by `cues.ts`) */
  figureLinks: {
    /** between an amount and its twin in another currency: "(soit", "(about" */
    twin: string[];
    /** a name and its own figure: "le Japon à hauteur de 12,5 %" */
    amountingTo: string[];
    /** before an amount's share of its total: "36,5 milliards d'euros, soit 6,9 %" */
    thatIs: string[];
    /** a verb of a share: "représente", "goed voor", "accounted for" */
    shareVerb: string[];
    /** a verb whose subject takes a share of a flow, its buyer or seller: "absorbe", "neemt … af", "takes" */
    shareTakerVerb: string[];
    /** a verb of attracting investment: "attire", "trekt aan" */
    attracts: string[];
    /** a total, not a part: "totale", "wereldwijd", "overall" */
    total: string[];
  };
  /** the word that pairs two lists in order: "respectivement" */
  respectively: {
    /** respectively */
    words: string[];
    /** the two flows a "respectively" pairs its amounts with: "uitvoer en invoer … respectievelijk" */
    flows: string[];
    /** the article of the second flow: "exports and the imports" */
    flowArticle: string[];
    /** the start of the flow word that is exports */
    exportStart: string[];
  };
  /** the relative pronouns that open a clause about the noun before: ", dont" */
  relatives: {
    /** a relative pronoun: "dont", "waarvan", "whose" */
    words: string[];
    /** a relative pronoun that opens an aside: ", qui …,", ", which …," */
    asideOpener: string[];
    /** the article of an apposition: ", l'agence …," */
    asideArticle: string[];
    /** a body an apposition names: ", the city's trade promotion agency," */
    asideBody: string[];
  };
  /** the world and abroad as a partner: "avec le reste du monde", "abroad" (read by `cues.ts`) */
  world: {
    /** before the world as a partner: "avec", "naar", "with" */
    before: string[];
    /** the article before the world: "le monde", "de wereld" */
    article: string[];
    /** the rest of the world: "reste du monde" */
    restOf: string[];
    /** the world */
    name: string[];
    /** abroad: "à l'étranger", "naar het buitenland" */
    abroad: string[];
  };
  /** the nouns of a rank that say nothing of the flow, and those of who trades (read by `cues.ts`) */
  ranks: {
    /** a rank's noun that says nothing of the flow: "rang", "plaats", "position" */
    generic: string[];
    /** a rank's noun of who trades: "exportateur", "uitvoerder", "exporter" */
    trader: string[];
    /** before a flow word, what makes a bare position one among traders: "op de 5de plaats voor uitvoer", "for exports" */
    forFlow: string[];
    /** a rank noun of investment, anywhere in it: "investisseur" */
    investNoun: string[];
    /** the start of a rank noun of imports: "importateur", "invoerder" */
    importStart: string[];
    /** a rank noun of imports, anywhere in it: "fournisseur", "leverancier", "supplier" */
    importNoun: string[];
    /** the start of a rank noun of exports: "exportateur", "uitvoerder" */
    exportStart: string[];
    /** a rank noun of trade, anywhere in it: "partenaire", "partner" */
    partnerNoun: string[];
    /** after the economies ranked ahead: "na India", "après l'Espagne", "after China" */
    after: string[];
    /** the article after it: "après l'Espagne" */
    afterArticle: string[];
    /** the article of a position: "de tweede", "la deuxième" */
    positionArticle: string[];
    /** the suffix of a position in digits: "2e", "2de", "2nd" */
    positionSuffix: string[];
    /** a position in words: "deuxième", "tweede", "second" */
    ordinalWords: string[];
    /** the first position as an adjective: "grootste", "largest" */
    largest: string[];
  };
  /** the words that name a sector or goods in general (read by `cues.ts`, `sectors.ts`) */
  goods: {
    /** a sector or industry in general, matched anywhere in a word */
    sectorWord: string[];
    /** an adjective of origin between goods and their noun: "marocaines" */
    origin: string[];
    /** before the goods a metric word is of: "exportations de phosphates", "export van auto's" */
    of: string[];
    /** a pronoun that stands for a flow before goods: "celles de textile" */
    pronoun: string[];
    /** between such a pronoun and its goods */
    pronounOf: string[];
    /** the article of the goods: "celles de la pêche" */
    article: string[];
    /** a sector's noun before its name: "le secteur aéronautique" */
    sectorBefore: string[];
    /** between a sector's noun and its name: "filière de l'automobile" */
    sectorOf: string[];
    /** a sector's noun after its name: "the automotive sector" */
    sectorAfter: string[];
    /** what opens an item's change after its goods and a comma or bracket: "steel, up 22.7 %", "cacao (en hausse de" */
    changeAfter: string[];
    /** what opens goods that describe the amount before them, whose change is then the amount's: "…, mostly diamonds, up 3.4 %" */
    mostly: string[];
    /** goods and services named together, which are all trade and no sector: "exports of goods and services" */
    allTrade: string[];
    /** between an amount and the goods it is worth: "$410 million of coffee", "150 millions d'euros de textiles", "voor 844 miljoen euro aan bloemen" */
    amountOf: string[];
  };
  /** statistics offices, whose name tells whose trade a text reports (read by `cues.ts`) */
  offices: {
    /** Morocco's statistics offices and trade authorities */
    MA: string[];
    /** Belgium's statistics offices and trade authorities */
    BE: string[];
    /** Hong Kong's statistics offices and trade authorities */
    HK: string[];
    /** Japan's statistics offices and trade authorities */
    JP: string[];
    /** the Netherlands' statistics offices and trade authorities */
    NL: string[];
    /** the United Kingdom's statistics offices and trade authorities */
    GB: string[];
    /** Senegal's statistics offices and trade authorities */
    SN: string[];
    /** Kenya's statistics offices and trade authorities */
    KE: string[];
    /** Ghana's statistics offices and trade authorities */
    GH: string[];
    /** Singapore's statistics offices and trade authorities */
    SG: string[];
    /** Australia's statistics offices and trade authorities */
    AU: string[];
    /** South Africa's statistics offices and trade authorities */
    ZA: string[];
    /** Canada's statistics offices and trade authorities */
    CA: string[];
    /** Switzerland's statistics offices and trade authorities */
    CH: string[];
    /** after a country's name, its statistics office: "Ghana Statistical Service" */
    namedAfter: string[];
    /** before a country's name, its statistics office: "l'Institut national de la statistique du" */
    namedBefore: string[];
  };
  /** the words around investors that make money they move investment (read by `metrics.ts`) */
  investors: {
    /** foreign, before investors: "buitenlandse investeerders" */
    foreign: string[];
    /** before the investors money comes from: "van Peruaanse investeerders" */
    fromInvestors: string[];
    /** the auxiliary before investors' verb: "investors have committed" */
    have: string[];
    /** investors' verb that states an investment: "committed", "geïnvesteerd" */
    commit: string[];
    /** after investment, an investment not foreign: "investissements privés" */
    notForeign: string[];
  };
  /** the words around a metric word: titles, parts, shares, changes of a flow (read by `metrics.ts`) */
  metricContext: {
    /** a minister or ministry, whose title names a flow: "ministre du Commerce extérieur" */
    minister: string[];
    /** between a minister and the title's noun: "Minister of Trade" */
    ministerOf: string[];
    /** the article in a minister's title: "ministre de l'Industrie" */
    ministerArticle: string[];
    /** before the second noun of a title: "ministre de l'Industrie et du Commerce" */
    ministerSecondOf: string[];
    /** what makes the amount after it a part of the one before: "dont", "of which" */
    partMarker: string[];
    /** the conjunctions that end a metric word's reach: "as", "tandis", "terwijl" */
    conjunctions: string[];
    /** an elided "of" between an amount and its metric word: "35 milliards d'exportations" */
    elidedOf: string[];
    /** what gives an amount for a flow: "7,4 milliards pour les exportations" */
    givenFor: string[];
    /** the articles and possessives before a flow: "ses", "hun", "their" */
    determiners: string[];
    /** the preposition of a share: "60 per cent of Chilean exports" */
    of: string[];
    /** the value of a flow, which makes a percentage a ratio: "6.4% of the value of imports" */
    value: string[];
    /** a change's noun before its flow: "a 14% rise in energy imports" */
    changeNoun: string[];
    /** between a change's noun and its flow: "hausse des importations" */
    changeOf: string[];
    /** the article of a change's flow: "rise in the imports" */
    changeOfArticle: string[];
    /** the preposition of a share of a flow: "65 % de ses exportations" */
    partOf: string[];
    /** the preposition of a share held in a flow, after a share noun: "un aandeel van 81 % in de invoer" */
    shareIn: string[];
    /** the determiners of a share's total: "de ses", "of its", "van de totale" */
    partDeterminers: string[];
    /** between a generic rank and the noun it ranks: "au 42e rang des clients" */
    rankFollower: string[];
    /** the role a rank is given in, after it: "en tant que client", "as a supplier", "als klant" */
    rankAs: string[];
    /** a cause, after which a flow word is the cause's, not a figure's: "sous l'effet de", "due to", "als gevolg van" */
    causeOf: string[];
    /** the noun an elliptical flow stands for: "the Walloon ones" */
    ellipticalOnes: string[];
    /** between an elliptical flow and its figure: "et les wallonnes de 18 %" */
    ellipticalOf: string[];
    /** a hedge before an elliptical flow's figure: "de près de 18 %" */
    ellipticalHedges: string[];
  };
  /** the words that end or go on a sentence or clause, and teasers (read by `text-segments.ts`) */
  segments: {
    /** abbreviations whose full stop ends no sentence: "M. Dupont", "bijv." */
    abbreviations: string[];
    /** a word a line cannot end on when it is a label: "Exportations vers", "trade with" */
    leadsOn: string[];
    /** a conjunction after a comma that starts a new clause, with the space after it */
    breakAfterComma: string[];
    /** a conjunction that starts a new clause when a subject follows: "… et les investissements" */
    breakBeforeSubject: string[];
    /** the determiner that opens such a subject: "les", "de", "the" */
    subjectStart: string[];
    /** a flow verb that opens a clause of its own after such a conjunction: "… from Bolivia and bought $3m of … from Brazil" */
    flowVerbStart: string[];
    /** the start of a unit after a number, which makes it a figure: "3,1 milliards", "12 procent" */
    figureUnit: string[];
    /** the suffix of an ordinal: "45e", "38ste", "3rd" */
    ordinalSuffix: string[];
    /** the unit of a bracketed figure after a list item: "la Bolivie (+7,9 %)" */
    bracketUnit: string[];
    /** the header of a teaser to other articles: "Lire aussi", "Lees ook", "Read more" */
    teaserHeader: string[];
    /** a teaser header inside a line: "… | Lire aussi : …" */
    inlineTeaser: string[];
    /** a feed's footer, which restates the title: "The post … appeared first on …" */
    feedFooter: string[];
  };
  /** the words of stage 2 that tie a figure to the one before it (read by `stage-metric.ts`) */
  metricStage: {
    /** budgets, funds, loans, turnover: amounts a target may name that are no trade flow */
    notTradeAmounts: string[];
    /** a part of the total before, right after a percentage: "du total", "daarvan", "of the total" */
    ofTheTotal: string[];
    /** "of these", before the noun they refer back with: "de ces voitures", "van die auto's" */
    ofThese: string[];
    /** the determiner of "the figure" that refers back: "ce chiffre", "dit bedrag", "the figure" */
    figureArticle: string[];
    /** the noun of "the figure" that refers back: "chiffre", "bedrag", "amount" */
    figureNoun: string[];
    /** a pronoun subject after a colon: ": elles ont gagné 6,2 %" */
    colonPronoun: string[];
    /** the verb from bracketed items to the flow they are part of: "… (9 %) sont les principaux produits" */
    listHeadVerb: string[];
    /** the article after that verb: "sont les", "zijn de", "are the" */
    listHeadArticle: string[];
    /** after a share verb, the "of" before the flow bracketed items are shares of: "account for 70 % of all exports" */
    shareOfFlow: string[];
  };
  /** the words of a clause that continues the figure before it (read by `stage-metric-continues.ts`, `stage-metric-continuation-rules.ts`) */
  continuation: {
    /** the flow before, the other way: "Omgekeerd", "Conversely", "À l'inverse" */
    conversely: string[];
    /** a part of the figure before, right after a percentage: "went to", "daarvan", "d'entre elles" */
    partOfLast: string[];
    /** "of these", before the noun of the figure before: "de ces exportations", "of these goods" */
    partOfThese: string[];
    /** a pronoun and verb that take a part of the figure before: "L'Inde en absorbe", "India neemt daarvan" */
    cliticPart: string[];
    /** before the partner a part goes to: "to", "naar", "vers" */
    goesTo: string[];
    /** the article after it: "to the", "naar de", "vers la" */
    goesToArticle: string[];
    /** a change explained by a flow word after it: "qui s'explique par", "driven by", "dankzij" */
    explainedBy: string[];
    /** goods listed with their worth: "vehicles worth", "ter waarde van" */
    worth: string[];
    /** the nouns of a change: "daling", "hausse", "fall" */
    changeNouns: string[];
    /** an economy standing at a change, its flow left out: "Spanje zit op een verlies van", "Germany is at" */
    standsAt: string[];
    /** "there" of a change that only is: "er was een daling", "il y a eu une baisse" */
    there: string[];
    /** the auxiliaries and adverbs between "there" and the change: "was", "al", "déjà" */
    thereVerbs: string[];
    /** the article of such a change: "een", "une", "a" */
    thereArticle: string[];
    /** between such a change and its figure: "een daling van", "une baisse de" */
    thereChangeOf: string[];
    /** a part left out of the flow: "hors", "buiten", "excluding" */
    leftOut: string[];
    /** the determiner of a change named by its noun alone: "De groei", "la croissance", "this rise" */
    changeSubjectArticle: string[];
    /** before a prior change: "after", "na", "après" */
    afterPrior: string[];
    /** the article of a prior change: "une", "een", "a" */
    priorArticle: string[];
    /** between a prior change and its figure: "a fall of", "een daling met" */
    priorChangeOf: string[];
    /** a hedge before the figure of a prior change: "a fall of nearly 3 %" */
    priorHedges: string[];
    /** the flows as a subject: "les flux", "the flows" */
    flows: string[];
    /** a trend taken up as the subject, opening its sentence: "Cette tendance", "This trend", "Deze trend" */
    trendSubject: string[];
    /** the determiner of a noun that names the amount before: "le montant", "het bedrag", "the total" */
    sameThingArticle: string[];
    /** a noun that names the amount before: "montant", "bedrag", "total" */
    sameThingNoun: string[];
    /** the determiner of the plural such noun: "les montants", "de bedragen" */
    sameThingsArticle: string[];
    /** the plural such noun: "montants", "bedragen", "amounts" */
    sameThingsNoun: string[];
    /** an economy that accounts for an amount: "goed voor", "représentait", "accounted for" */
    accountsFor: string[];
    /** the same said after the share: "Wallonië neemt 30 % voor zijn rekening" */
    accountsForAfter: string[];
  };
  /** the words of a figure beside the one before it in its sentence (read by `stage-metric-neighbours.ts`) */
  neighbours: {
    /** "with" an amount: "avec des ventes de", "met een uitvoer van" */
    with: string[];
    /** the article after it: "avec des", "met een", "with a" */
    withArticle: string[];
    /** "of" before the amount: "avec des ventes de", "with sales of" */
    amountOf: string[];
    /** a hedge before that amount: "with sales of about", "met een uitvoer van ruim" */
    amountHedges: string[];
    /** the article of a name: "la France", "het Verenigd Koninkrijk", "the Netherlands" */
    nameArticle: string[];
    /** after a successor's name, before its amount: "volgt met", "suit avec", "with", "for" */
    successorWith: string[];
    /** between a listed rival's name and its own figure: "followed by Canada at 6%", "suivie de l'Inde avec 5 %" */
    rivalFigureWith: string[];
    /** a verb of a ranked trader's part, after the rank: "accounting for", "représentant", "goed voor" */
    rankShareVerbs: string[];
    /** the article of a successor's change: "met een stijging", "avec une hausse" */
    changeArticle: string[];
    /** the nouns of a successor's change: "stijging", "hausse", "increase" */
    successorChange: string[];
    /** between a successor's change and its figure: "van", "de", "of" */
    successorChangeOf: string[];
    /** a hedge before that figure: "bijna", "près de", "nearly" */
    successorHedges: string[];
    /** before the level a change reaches: "to", "tot", "pour atteindre", "s'établir à" */
    levelTo: string[];
    /** before a growth rate right after an amount: ", soit une hausse de" */
    growthThatIs: string[];
    /** before the noun of that growth: "en hausse de" */
    growthIn: string[];
    /** the nouns of a growth rate right after an amount: "hausse", "up", "stijging" */
    growthNouns: string[];
    /** between that noun and the rate: "hausse de", "up by", "stijging met" */
    growthOf: string[];
    /** a hedge before the rate: "en hausse de près de 5 %" */
    growthHedges: string[];
  };
  /** the words of stage 4, the direction (read by `stage-direction.ts`, `stage-direction-carried.ts`) */
  directionStage: {
    /** an economy's own trade after its name: "Hong Kong's merchandise trade" */
    ownTrade: string[];
    /** a total before a trade noun: "le commerce total", "de totale handel", "overall trade" */
    total: string[];
    /** the trade nouns after a total: "commerce", "handel", "trade" */
    tradeNouns: string[];
    /** both economies after a trade noun: "bilatéral", "des deux pays", "of the two" */
    bilateral: string[];
    /** an economy's possessive: "ses", "zijn", "its" */
    possessives: string[];
    /** the scene a sentence sets for the next: "Dans les échanges avec", "In trade with", "In de handel met" */
    tradeScene: string[];
    /** the article of a partner in a scene: "avec la", "met de", "with the" */
    frameArticle: string[];
    /** before the one partner a sentence names for a flow: "vis-à-vis de", "tegenover", "with" */
    framePartner: string[];
    /** the article of an apposition after a name: ", le premier client", ", its largest" */
    appositionArticle: string[];
    /** a part of a flow named again: "de ces exportations", "van die uitvoer", "of those exports" */
    partOfFlow: string[];
    /** a region's noun after an adjective, as written: "Vlaams Gewest", "Région wallonne" */
    regionNoun: string[];
    /** before the names that are rivals of the head figure's: "devant", "achter", "ahead of" */
    rivals: string[];
    /** after a flow, what makes its subject a ranked trader: ", making it", ", ce qui en fait", ", waarmee" */
    makesOfSubject: string[];
  };
}
