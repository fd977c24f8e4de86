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
}
