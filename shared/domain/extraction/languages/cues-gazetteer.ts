// The names of economies the country list lacks, and their adjectives (read by the gazetteer): a section of `Cues` (see `cues.ts`).

/** the names of economies the country list lacks, and their adjectives (read by the gazetteer) */
export interface GazetteerCues {
  /** the words around economies' names: the kingdom, the mainland, the first person, groups left out, organisations (read by `document-economies.ts`) */
  gazetteer: {
    /** the kingdom on its own, which in this press is Morocco: "le Royaume" */
    kingdom: string[];
    /** what after "Royaume" names another kingdom or its own: "Royaume-Uni", "Royaume belge" */
    notThatKingdom: string[];
    /** a word that may name the mainland, anywhere in a text */
    mainlandHint: string[];
    /** the article before the mainland */
    mainlandArticle: string[];
    /** China's mainland, in Hong Kong's statistics: "the mainland" */
    mainland: string[];
    /** what after the mainland names it anyway: "the mainland China" */
    mainlandNamed: string[];
    /** the first person's possessive: "nos", "onze", "our" */
    our: string[];
    /** a word of the first person, anywhere in a text */
    firstPersonHint: string[];
    /** the first person's country: "notre pays", "ons land" */
    ourCountry: string[];
    /** a total between the possessive and the flow: "nos exportations totales" */
    ourTotal: string[];
    /** the flows a first person's possessive qualifies: "nos exportations", "onze uitvoer" */
    ourFlows: string[];
    /** the firms of an economy, which name it: "nos entreprises", "our companies" */
    firms: string[];
    /** a partner's rank noun a first person's possessive names the list of, up to three words after it: "our largest
     * export market", "notre premier client", "onze belangrijkste handelspartner" */
    ourPartners: string[];
    /** an economy left out: "en dehors de l'Europe", "buiten Europa", "outside the EU" */
    outside: string[];
    /** the preposition after such a word: "hors de" */
    outsideOf: string[];
    /** a group a rank is within: "parmi les pays de l'UE" */
    among: string[];
    /** the article of that group */
    amongArticle: string[];
    /** countries or members as a group's noun */
    countries: string[];
    /** the preposition after that noun: "pays de l'UE" */
    countriesOf: string[];
    /** before the economies a figure is compared with: "plus élevée que celle de", "higher than that of" */
    thanThatOf: string[];
    /** economies as a noun before examples: "pays comme le Chili" */
    economies: string[];
    /** before examples: "comme", "zoals", "such as" */
    suchAs: string[];
    /** the small words inside a country's name: "Verenigde Staten van Amerika", "Republic of Korea" */
    nameJoiners: string[];
    /** a chamber or council whose name holds an economy: "Chambre de commerce belgo-luxembourgeoise" */
    organisation: string[];
    /** between such a name and the economy: "Chamber of Commerce and Industry of" */
    organisationOf: string[];
    /** a chamber or council named after an economy's adjective: "the Saudi-Moroccan Business Council" */
    organisationAfter: string[];
    /** capitals the press uses for their countries, by economy: "favorable au Caire", "les échanges entre Rabat et Madrid" */
    capitals: Record<string, string[]>;
    /** names the country list lacks or spells otherwise, by economy: regions, groups, nicknames ("Hexagone"), a people for its country ("Marokkanen") */
    names: Record<string, string[]>;
    /** adjectives and demonyms, by economy, singular forms at least ("marocain", "Vlaamse", "Japanese"), and by-names ("chérifien") */
    demonyms: Record<string, string[]>;
  };
}
