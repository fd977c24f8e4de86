// The words that decide what a quantity is: no figure at all, its measure and sign, its kind, its period, and who a
// clause's pronouns stand for (read by the stages of attribution): a section of `Cues` (see `cues.ts`).

/** the words that decide what a quantity is (read by the `stage-*.ts` modules and `attribute-leads.ts`) */
export interface FigureCues {
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
  };
  /** the words of a figure's period beside the period phrases (read by `stage-period-rules.ts`) */
  periodStage: {
    /** between a span of years and the level reached at its end: "entre 2019 et 2023 pour atteindre" */
    spanToLevel: string[];
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
  };
}
