// The words that decide what a quantity is: no figure at all, its measure and sign, its kind, its period, and who a
// clause's pronouns stand for (read by the stages of attribution): a section of `Cues` (see `cues.ts`).

/** the words that decide what a quantity is (read by the `stage-*.ts` modules and `attribute-leads.ts`) */
export interface FigureCues {
  /** the words that make a quantity no trade figure (read by `stage-not-a-figure.ts`) */
  notAFigureStage: {
    /** a total or a volume named after a share: "28 % du total" */
    totalOrVolume: string[];
    /** the size of an economy, matched case-sensitively: "PIB", "bbp", "GDP" */
    macro: string[];
    /** before a tariff named after a percentage: "10 % de droits de douane", "25% of the duty" */
    tariffOf: string[];
    /** a tariff or a tax named after a percentage: "droits", "heffing", "duties" */
    tariffNouns: string[];
    /** money that is no trade: debt, spending, tourism receipts, remittances */
    notTrade: string[];
    /** before what a percentage counts: "40 % des entreprises", "12% of firms" */
    countedOf: string[];
    /** the article of what it counts: "of all firms", "van de bedrijven" */
    countedArticles: string[];
    /** what a percentage counts, which is no trade: firms, jobs, people */
    counted: string[];
    /** a count, before its figure: "le nombre d'entreprises", "het aantal", "the number of" */
    numberOf: string[];
    /** before a number of firms a sentence opens on: "Of the 1,200 companies", "Van de 3.100 bedrijven" */
    ofTheCounted: string[];
    /** before what an amount is per: "par habitant", "voor elke inwoner", "per capita" */
    perHeadPer: string[];
    /** the head an amount is per, at the start of its word: "habitant", "inwoner", "capita" */
    perHead: string[];
    /** groups of economies with no code, matched case-sensitively: "Amérique latine", "non-EU" */
    groupsWithoutCode: string[];
    /** a threshold named as a noun right before its amount: "la barre des", "de grens van", "the threshold of" */
    thresholdOf: string[];
    /** before a group as a partner: "vers l'Afrique", "naar Latijns-Amerika", "to Latin America" */
    groupPartner: string[];
    /** groups with no code that report flows of their own, named before the flow word: "euro area trade balance" */
    groupOwners: string[];
    /** a comparative after a percentage, which makes it the gap between two rates: "two percent more than" */
    rateGap: string[];
    /** a region named before taken up: "the region", "la région", "de regio" */
    regionAnaphor: string[];
    /** the article before a name: "l'", "la", "het", "the" */
    articles: string[];
    /** how a flow splits by kind: "dont", "waarvan", "of which" */
    ofWhich: string[];
    /** exports of what a country makes, beside its re-exports: "exportations domestiques" */
    domesticExports: string[];
    /** the coverage ratio of imports by exports: "taux de couverture", "dekkingsgraad" */
    coverage: string[];
    /** before everyone but a group as a partner: "vers les pays hors UE", "to non-EU countries" */
    allButPartner: string[];
    /** the article after it: "vers les pays", "to the non-EU" */
    allButArticles: string[];
    /** countries, before the group they are outside of: "pays hors UE", "non-EU countries" */
    countries: string[];
    /** everyone but the EU, in one word: "extra-UE", "niet-EU", "non-EU" */
    nonEU: string[];
    /** everyone but Europe, in other words: "non-européens", "hors UE", "non-European" */
    nonEuropean: string[];
    /** outside, before a group: "hors de", "buiten", "outside" */
    outside: string[];
    /** the preposition after it: "en dehors de", "outside of" */
    outsideOf: string[];
    /** the article after that: "hors de la zone euro", "buiten de EU" */
    outsideArticles: string[];
    /** the EU and the euro area: "UE", "Europese Unie", "eurozone" */
    europeanUnion: string[];
    /** Europe, as a group outside of which a partner is: "hors Europe" */
    europe: string[];
    /** before everyone but a group as what a share is of: "de l'ensemble des pays hors UE", "of non-EU" */
    shareOf: string[];
    /** goods that pass through on their way: "transit", "doorvoer", "gateway" */
    transit: string[];
    /** a share of an amount just stated: "du total", "van dat volume", "of the total" */
    ofTheTotal: string[];
    /** what makes that total another one, named after it: "du total des exportations" */
    ofTheTotalOf: string[];
    /** economies taken together: "ensemble", "samen", "combined" */
    together: string[];
    /** before an amount stated before, referred back to: "Sur ce total de", "Of this" */
    restated: string[];
    /** the verb of two economies that together make a share: "représentent", "zijn goed voor", "account for" */
    togetherVerbs: string[];
    /** a counted set of partners a share goes to: "three countries", "trois pays", "drie landen" */
    countedEconomies: string[];
    /** after a percentage, the change it is a part of: "of the total decline", "de la hausse", "van de groei" */
    shareOfChange: string[];
    /** percent words in a range: "de 5 pour cent à", "from 5 per cent to" */
    percentWords: string[];
    /** a rate per year: "par an", "per jaar", "a year" */
    perYear: string[];
    /** what opens a range of figures: "entre 5 et 7 %", "tussen", "between" */
    rangeFrom: string[];
    /** what closes it: "à", "et", "tot", "and" */
    rangeTo: string[];
    /** before an investment named after its amount: "de investissements privés" */
    investmentOf: string[];
    /** investments: "investissements", "investeringen", "investments" */
    investments: string[];
    /** investment that is not foreign: "privés", "publieke", "domestic" */
    notForeign: string[];
    /** before a port or a firm a rank is of: "du port", "van de haven", "of the port" */
    portOf: string[];
    /** a port or a firm, whose rank is no economy's: "port", "luchthaven", "company"; or the products ranked ("des produits exportés") */
    portOrFirm: string[];
    /** a firm, whose share of a trade is no economy's: "entreprises", "bedrijven", "companies" */
    firms: string[];
  };
  /** the words of a clause's lead before its quantity (read by `attribute-leads.ts`) */
  leadStage: {
    /** a verb in second place before a pronoun that takes up the figure before: "In 2023 lag die op …" */
    invertedVerbs: string[];
    /** the pronoun after such a verb: "is dat", "ging het", "lag die" */
    invertedPronouns: string[];
  };
  /** the words of who a clause's pronouns stand for (read by `stage-subject.ts`) */
  subjectStage: {
    /** "the country's", standing for the country named before: "the country's 14th largest supplier" */
    countryPossessive: string[];
    /** a definite or demonstrative article before a country described by its group: "le pays européen", "het Europese land" */
    describedArticles: string[];
    /** a pronoun as the subject of a rank: "Elle est aussi le 9e investisseur" */
    rankPronouns: string[];
    /** a pronoun as the subject of a verb of trade: "Il achète 2,6 % des exportations" */
    traderPronouns: string[];
    /** an auxiliary between that pronoun and its verb: "il a acheté", "they have bought" */
    traderAuxiliaries: string[];
    /** an adverb or pronoun before the verb: "il en achète", "they also buy" */
    traderAdverbs: string[];
    /** the start of a verb only a trader takes (absorbs, buys, sells, ships): "achèt", "kocht", "bought" */
    traderVerbs: string[];
  };
  /** the words of a figure's kind, bound and product (read by `stage-kind.ts`) */
  kindStage: {
    /** a product named by a common noun, which names no sector: "its largest supplier of the delicacy" */
    productNouns: string[];
    /** before the one product a rank is for, with its article: "du poulpe", "of the cephalopod" */
    productOf: string[];
    /** before the economy a rank is of, ahead of its product: "client du Maroc pour le poulpe" */
    productOwnerOf: string[];
    /** the article of that economy or product: "pour le poulpe", "for the cephalopod" */
    productArticles: string[];
    /** before the one product a rank is for: "pour le poulpe", "voor vis", "for octopus" */
    productFor: string[];
    /** a rank held before, not now: "Longtemps premier partenaire", "formerly the largest" */
    formerly: string[];
    /** a forecast polled for the period just reported, not a future one: "the median forecast", "le consensus" */
    polledForecast: string[];
  };
  /** the words of a figure's period beside the period phrases (read by `stage-period-rules.ts`) */
  periodStage: {
    /** the months of the year so far, of a monthly report: "year-to-date", "depuis le début de l'année" */
    yearToDate: string[];
    /** between a span of years and the level reached at its end: "entre 2019 et 2023 pour atteindre" */
    spanToLevel: string[];
    /** a level held over a span of years, before the figure: "remained roughly the same", "est resté stable" */
    levelHeld: string[];
    /** before a number of years a change covers, after the figure: "70 % en dix ans", "op vijf jaar" */
    overYears: string[];
    /** between that word and the number: "sur les dix ans", "over the past five years" */
    overYearsArticles: string[];
    /** before a number of years that opens a sentence: "Sur cinq ans, …", "Over five years, …" */
    overYearsLeading: string[];
    /** what may follow those years before the comma: "In vijf jaar tijd, …" */
    overYearsAfter: string[];
    /** before "the past" number of years: "de voorbije vijf jaar", "over the last ten years" */
    pastYearsArticles: string[];
    /** "past", before a number of years: "voorbije", "afgelopen", "past", "last" */
    pastYears: string[];
    /** years, after "past" and a number: "vijf jaar", "five years" */
    pastYearsNouns: string[];
    /** before a number of years with "past" after it: "ces dix dernières années" */
    lastYearsOpeners: string[];
    /** "past years", after the number: "dernières années", "derniers ans" */
    lastYearsAfter: string[];
    /** before a flow just spoken of: "de ces exportations", "van deze uitvoer", "of those exports" */
    demonstrativeOf: string[];
    /** the flow such a phrase takes up: "de ces ventes", "van die handel", "of that trade" */
    demonstrativeFlows: string[];
    /** an undated time, which dates no figure: "a few years ago", "il y a quelques années", "altijd al" */
    undatedTime: string[];
    /** before a number of years a target or forecast runs over: "over the next", "sur les", "in de komende" */
    comingYears: string[];
    /** a change on the same period a year before, which the story's period is: "on-year", "sur un an", "op jaarbasis" */
    yearOnYear: string[];
  };
  /** the words of a figure's measure and sign: value, share, growth (read by `stage-measure.ts`) */
  measureStage: {
    /** before what a ratio is of, after its figure: "12 % du PIB", "3 % of exports" */
    ratioOf: string[];
    /** the article after it: "de la valeur", "of the value" */
    ratioArticles: string[];
    /** the value of a flow, between them: "de la valeur totale des exportations" */
    ratioValueOf: string[];
    /** the whole a ratio is of: "importations", "bbp", "GDP" */
    ratioWhole: string[];
    /** a relative pronoun after a comma, which opens a clause of its own: ", qui", ", die", ", which" */
    relatives: string[];
    /** re-exports, at the end of a metric word: "réexportations", "wederuitvoer", "re-exports" */
    reexports: string[];
    /** the article of re-exports as a clause's subject: "les réexportations" */
    reexportArticles: string[];
    /** exports of what a country makes, beside its re-exports: "domestic exports" */
    domesticExports: string[];
    /** before the amount of a change: "met 4 procent", "by 4%", "de 4 %" */
    changeBy: string[];
    /** before the level a change ends at, after its amount: "by 4% to $3bn" */
    changeTo: string[];
    /** before the level a share or a flow reached: "jusqu'à 12 %", "tot 12 procent", "naar 12 procent" */
    levelTo: string[];
    /** before the earlier level of a share just stated: "1 % of the total, down from 9.6 %", "6 %, contre 9 %" */
    shareBaseBefore: string[];
    /** a hedge between "to" or "from" and the figure: "à près de 12 %", "tot ruim 12 procent" */
    hedges: string[];
    /** a share: "part", "marktaandeel", "share" */
    shareNouns: string[];
    /** before the total a share is of, after its figure: "van de totale uitvoer", "of total exports" */
    ofTotalOf: string[];
    /** the words between it and the flow: "of its total goods exports" */
    ofTotalDeterminers: string[];
    /** the flow a share is of: "uitvoer", "exports" */
    ofTotalFlows: string[];
    /** before a total a share is of, a few words on: "du total des exportations", "des exportations totales" */
    totalOf: string[];
    /** the total itself: "total", "totales" */
    totals: string[];
    /** the total as a noun before the flow: "du total des exportations" */
    totalOfThe: string[];
    /** the article of a flow whose verb is left out: "et les wallonnes de 18 %", "and the imports by" */
    ellipticalArticles: string[];
    /** before the amount of a change whose verb is left out: "et les wallonnes de 18 %" */
    ellipticalBy: string[];
    /** a bound before that amount: "et la Chine de plus de 18 %", "en de invoer met meer dan" */
    ellipticalMoreThan: string[];
    /** a rise, after which a decline word no longer decides the sign: "hausse", "steeg", "rose" */
    rise: string[];
    /** a growth rate, whose words say no rise or decline: "taux de croissance", "groeivoet", "growth rate" */
    rateNouns: string[];
    /** growth, before the rates it went from and to: "growth slowed from 5% to 3%" */
    growthNouns: string[];
  };
  /** the words of a clause that continues the flow before it (read by `stage-metric-continuation-rules.ts`) */
  continuationStage: {
    /** all goods as a whole, opening a clause after a flow: "Goods were", "De goederen" */
    wholeTradeSubjects: string[];
    /** the articles before them: "les", "de", "the" */
    wholeTradeArticles: string[];
    /** a verb of receiving, which takes the flow received just before: "Chile received 4.2 billion from Peru" */
    receiveVerbs: string[];
  };
}
