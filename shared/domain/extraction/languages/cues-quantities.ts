// The words of numbers, amounts, shares and ranks (read by the quantity stage): a section of `Cues` (see `cues.ts`).

/** the words of numbers, amounts, shares and ranks (read by the quantity stage) */
export interface QuantityCues {
  /** the words of numbers: cardinals, ordinals, fractions (read by `number-words.ts` and the quantity stage) */
  numbers: NumberWords;
  /** the words of amounts, shares and ranks: scales, currencies, percent words, rank nouns (the quantity stage) */
  quantities: QuantityWords;
}

/** The words of numbers. Entries are words or short patterns; the first letter of a fraction may be a capital. */
export interface NumberWords {
  /** whole numbers said in one word, for amounts and counts: "deux" (milliards), "negen" (maanden), "a" (billion) */
  cardinals: Record<string, number>;
  /** the teens and tens, for numbers written out in full: "zestien" (procent), "vingt" in "vingt-deux" */
  teensAndTens: Record<string, number>;
  /** ordinals in words and their value, for ranks: "douzième" 12, "vijfde" 5, "third" 3 */
  ordinals: Record<string, number>;
  /** the endings of an ordinal in digits, longest first where one is the start of another: "ème" before "è" */
  ordinalSuffixes: string[];
  /** fractions in words and the percentage they are: "un tiers" 33.3…; a lookbehind before is context */
  fractions: Array<[string, number]>;
  /** the units said before the tens in one word: "twee" of "tweeëntachtig" */
  unitsBeforeTens: string[];
  /** what joins them to the tens: "[eë]n" of "tweeëntachtig" */
  unitTensJoin: string[];
  /** the word between the tens and the unit after them: "et" of "soixante et onze" */
  tensUnitJoin: string[];
  /** the units that word takes before them: "un", "une", "onze" */
  unitsAfterTensJoin: string[];
  /** the words after a fraction that make it a comparison of sizes, not a share: "less than half the record" */
  notAShareAfterFraction: string[];
  /** the word of a half, one cheap test before the amounts with a half in words: "demi", "half" */
  halfWords: string[];
  /** the scales after which a half is said: "deux millions et demi" */
  scalesBeforeHalf: string[];
  /** the half said after them: "et demi" */
  halfAfterScale: string[];
  /** a half joined to its scale by a hyphen: "un demi-milliard" */
  halfHyphenated: string[];
  /** the scales after it: "milliard" */
  scalesAfterHalfHyphen: string[];
  /** one and a half in one word, before a scale: "anderhalf miljard" */
  oneAndAHalf: string[];
  /** the scales after it: "miljard" */
  scalesAfterOneAndAHalf: string[];
  /** the units joined to a half in one word: "twee" of "tweeënhalf miljoen" */
  unitsBeforeHalf: string[];
  /** the half so joined: "ënhalf" */
  halfJoined: string[];
  /** the scales after it: "miljoen" */
  scalesAfterJoinedHalf: string[];
  /** a half said before its scale: "een half miljard" */
  halfBeforeScale: string[];
  /** the scales after it: "miljard" */
  scalesAfterHalf: string[];
  /** a half of one scale: "half a billion" */
  halfOfAScale: string[];
  /** the scales after it: "billion" */
  scalesAfterHalfOfA: string[];
  /** a half after a number, before its scale: "one and a half billion" */
  andAHalf: string[];
  /** the scales after it: "billion" */
  scalesAfterAndAHalf: string[];
}

/** The words of amounts, shares and ranks, read by the quantity stage (`quantity-*.ts`). */
export interface QuantityWords {
  /** scale words and abbreviations after a number, and their factor: "milliards?" 1e9, "mln" 1e6, "k" 1e3 */
  scales: Array<[string, number]>;
  /**
   * what a scaled number counts when it is no amount of money, right after its scale: "2,2 millions de tonnes",
   * "1,2 miljoen ton", "3 million barrels" (such a number takes no currency from its clause)
   */
  measures: string[];
  /** the words of a heading over a numbered list that ranks its items: "Top 5 destinations", "Principaux clients" */
  rankingHeading: string[];
  /** the label of a table's column of ranks: "Rang", "Rank", "Plaats" */
  rankColumn: string[];
  /** the nouns of a ranking heading that rank traders, not places people go ("suppliers", "trading partners"): with a
   * flow word, what makes a numbered list under it a ranking of partners */
  tradeRankNouns: string[];
  /** the written-out scales that a number word may stand before: "deux milliards", "one billion" */
  scalesAfterNumberWords: string[];
  /** currency words after a number, by ISO code ("dollar", "franc", "dinar": one the text must tell) */
  currencies: Record<string, string[]>;
  /** the word between an amount and its currency: "3 milliards de dollars", "2 billion of euros" */
  currencyLinks: string[];
  /** the currency words that name the currency of a clause's bare amounts: "le cap du milliard d'euros" */
  currenciesNamed: string[];
  /** percent words after a number: "pour cent", "procent" */
  percent: string[];
  /** percentage points after a number, which are no share: "points de pourcentage" */
  percentagePoints: string[];
  /** nouns whose ordinal is a trade rank ("exportmarkt", "fournisseur"); the metric is decided later */
  rankNouns: string[];
  /** superlatives that rank first alone: "le principal fournisseur", "grootste handelspartner", "largest supplier" */
  superlatives: string[];
  /** adjectives between an ordinal and its rank noun: "deuxième plus grand client", "fifth largest market" */
  rankAdjectives: string[];
  /** continental adjectives, which make a rank one within a subset: "de grootste Aziatische klant" */
  continentalAdjectives: string[];
  /** what may stand before a continental adjective, with or without a hyphen: "Zuid-Afrikaanse", "Latin American" */
  continentPrefixes: string[];
  /** a list of numbers read against a list of what they measure: "respectivement 41,2 et 37,8 milliards" */
  respectively: string[];
  /** the word that joins the last item of a list: "et", "en", "and" */
  and: string[];
  /** the word that opens a range of amounts: "de 7,3 à 11,8 milliards", "from EUR 1.43 to 1.66 billion" */
  rangeFrom: string[];
  /** the word that closes a range of amounts: "à", "tot", "to" */
  rangeTo: string[];
  /** names and adjectives of the countries that tell whose bare "francs", "dinars", "$" or "Dh" it is, by ISO
   * code, case kept: BEF "Belgique", "belges?"; CAD "Québec" */
  currencyCountries: Record<string, string[]>;
  /** the statistics offices that count in their own dollar, by ISO code: CAD "Statistique Canada" */
  dollarStatisticsOffices: Record<string, string[]>;
  /** a dollar written out after an amount, by ISO code, read without the u flag (no "\\p{L}"): USD "dollars?
   * américains", HKD "Hong Kong dollars?" */
  dollarsWrittenOut: Record<string, string[]>;
  /** the articles that make a scale said alone one of it: "franchi le cap du milliard d'euros" */
  theOneArticles: string[];
  /** the scale said alone after them: "milliard" */
  scaleOfOne: string[];
  /** what follows that scale: "de", "d'" (of "du milliard de dollars") */
  afterScaleOfOne: string[];
  /** the scales after a number a stray space broke: "1. 000 milliards" */
  scalesAfterSpacedThousands: string[];
  /** the word before the unit of a table's heading: "(en MDH)", "(in miljoen euro)" */
  unitHeadingLinks: string[];
  /** a change in a table's heading of percentages: "(% verandering t.o.v. een jaar eerder)", "(variation en %)" */
  changeHeading: string[];
  /** the scales after a currency code in a table's heading: "(EUR million)", "(USD bn)" */
  scalesAfterCode: string[];
  /** the word of a genitive after a rank noun: "premier client de la région" */
  rankOf: string[];
  /** the articles before a name or a noun: "l'", "la", "les", "de", "het", "the" */
  articles: string[];
  /** the word before the group a rank is within: "parmi les pays arabes" */
  among: string[];
  /** the words before the region a rank is within: "premier client en Afrique", "outside Europe" */
  within: string[];
  /** the regions and groups a rank may be within: "Afrique", "Midden-Oosten", "Arab world" */
  subsets: string[];
  /** "countries" before what narrows them: "premier client parmi les pays arabes" */
  countriesNoun: string[];
  /** the relative pronouns after a noun ("les pays où …"), which do not narrow a rank */
  relativePronouns: string[];
  /** the word before a group named by its adjective: "des pays africains" */
  continentalOf: string[];
  /** the article before that group: "of the Arab countries" */
  continentalArticles: string[];
  /** the prefix that negates an adjective: "non-européens" */
  nonPrefix: string[];
  /** what may stand before "American": "Latin American", "sud-américains" */
  americasPrefixes: string[];
  /** "American" after those prefixes */
  american: string[];
  /** the adjectives after a rank noun that make it one within a subset: "client africain", "regional" */
  regionalAdjectives: string[];
  /** "one of" before a superlative, which ranks nothing: "l'un des plus grands clients" */
  oneOf: string[];
  /** the article after it: "one of the largest markets" */
  oneOfArticles: string[];
  /** the endings of a plural rank noun: "clients", "klanten", "markets" */
  pluralEndings: string[];
  /** rank nouns that end like a plural but are one: "plaats" */
  singularsLikePlurals: string[];
  /** the first words of rank nouns that are singular before a plural: "source of imports" */
  singularHeads: string[];
  /** the word before the economy a rank is of or in: "klant van België", "client de la Wallonie" */
  rankedIn: string[];
  /** the article before a name, with the space after it: "la Chine", "l'Inde" */
  articlesBeforeName: string[];
  /** the articles before the names listed ahead of a rank: "na de Verenigde Staten" */
  articlesBeforeNames: string[];
  /** the word before the economies ranked ahead: "na Zuid-Afrika", "après la Chine" */
  rankedBehind: string[];
  /** the same before the superlative it puts behind them: "Na Duitsland is Nederland de belangrijkste afzetmarkt" */
  rankedBehindBefore: string[];
  /** the word of a genitive inside a name: "Royaume du Maroc", "Republic of Korea" */
  ofInNames: string[];
  /** what a Dutch compound puts before a rank noun: "goederenleverancier" */
  compoundRankPrefixes: string[];
  /** the idiom of a runner-up, around its number: "op" of "de op één na grootste" */
  runnerUpBefore: string[];
  /** the number in it: "één" */
  runnerUpCardinals: string[];
  /** the word after the number: "na" */
  runnerUpAfter: string[];
  /** "number" before a position in digits: "No. 3", "number 4" */
  numberSign: string[];
  /** the article before a name and its position: "Marokko de 36ste", "la Chine la 3e" */
  positionArticles: string[];
  /** the article before an ordinal listed: "le premier et le deuxième fournisseur" */
  listArticles: string[];
  /** the word before a tier: "un partenaire de second rang" */
  tierOf: string[];
  /** the ordinals of a tier: "de premier plan", "first-tier" */
  tierOrdinals: string[];
  /** the nouns of a tier: "rang", "plan" */
  tierNouns: string[];
  /** first place said in an idiom, as the text spells it: "bovenaan", "en tête" (one cheap test) */
  firstPlaceHints: string[];
  /** first place said in an idiom: "stond Chili bovenaan", "Germany takes the lead", "arrive en tête" */
  firstPlaceIdioms: string[];
  /** the rank nouns that name a position, not what is ranked: "rang", "plaats", "position" */
  genericRankNouns: string[];
  /** a move up or down from a former rank, before it: "up from" of "74th, up from 81st" */
  risingFrom: string[];
  /** the endings of an ordinal in digits after "up from" or a possessive: "81st", "Chile's 7th" */
  shortOrdinalSuffixes: string[];
  /** the word before the rank held before: "12e client, contre la 15e place" */
  formerRankBefore: string[];
  /** the article after it: "contre la 15e" */
  formerRankArticles: string[];
  /** the whole world, after a second position that leaves out its noun: "premier client en Asie et le deuxième au monde" */
  worldScope: string[];
  /** "as" before the rank noun a bare position is of: "au 25e rang en tant que fournisseur", "als klant" */
  asRole: string[];
  /** between a position and the plural noun of the list it is in: "classé 9e dans la liste des principaux clients" */
  inListOf: string[];
  /** the articles of a second position that leaves out its noun, besides those of `positionArticles`: "et au 25e" */
  gappedArticles: string[];
  /** the endings of that rank in digits: "15e", "15ème", "11de" */
  formerRankSuffixes: string[];
  /** the word before the rank moved from: "passe de la 5e à la 3e place", "van de elfde naar" */
  movedFromPosition: string[];
  /** the article after it: "de la 5e" */
  movedFromArticles: string[];
  /** the word before the rank moved to: "à la 3e place", "naar de twaalfde plaats" */
  movedToPosition: string[];
  /** the article after it, with its space: "à la 3e", "à l'", "naar de" */
  movedToArticles: string[];
  /** the words that join two clauses with a position each: "Peru is Chile's 7th, while Chile is …" */
  contrastWords: string[];
  /** the word before a year after a position: "to fourth in 2023" */
  yearIn: string[];
  /** the word before the position reached: "from the ninth largest supplier to fourth" */
  laterPositionTo: string[];
  /** the article before that position, or before the rank moved from */
  laterPositionArticles: string[];
  /** the nouns after it that make it a rank of its own: "to fourth place" */
  laterPositionNouns: string[];
  /** the word before a rank moved from: "from the ninth largest supplier" */
  fromBeforeRank: string[];
  /** a ranking named as a list, near a move between bare positions: "in de ranglijst … van 14 naar 12" */
  rankingLists: string[];
  /** a flow as a table's column label, capitalised: "Uitvoer", "Exportations", "Imports" */
  flowColumns: string[];
}
