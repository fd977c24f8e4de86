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
}

/** The words of amounts, shares and ranks, read by the quantity stage (`quantity-*.ts`). */
export interface QuantityWords {
  /** scale words and abbreviations after a number, and their factor: "milliards?" 1e9, "mln" 1e6, "k" 1e3 */
  scales: Array<[string, number]>;
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
  /** the scales after a currency code in a table's heading: "(EUR million)", "(USD bn)" */
  scalesAfterCode: string[];
}
