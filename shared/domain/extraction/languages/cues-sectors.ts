// The words of the goods a figure is for, one field a sector in the order `lexicon.ts` tries them; each field's
// name is the sector as a figure records it (the product in lower-case English, as the schema asks).

/** The goods of each sector, matched from a word's start. */
export interface SectorWords {
  /** chocolate (before cocoa) */
  chocolate: string[];
  /** cocoa beans and cocoa products */
  cocoa: string[];
  /** coffee */
  coffee: string[];
  /** tea (a whole word: not "team") */
  tea: string[];
  /** wine */
  wine: string[];
  /** cashew nuts */
  'cashew nuts': string[];
  /** bananas */
  bananas: string[];
  /** cut flowers and plants */
  flowers: string[];
  /** fruit */
  fruit: string[];
  /** vegetables */
  vegetables: string[];
  /** wheat (before cereals) */
  wheat: string[];
  /** cereals and grain */
  cereals: string[];
  /** sugar */
  sugar: string[];
  /** soybeans and soy products */
  soybeans: string[];
  /** rice */
  rice: string[];
  /** palm oil (before crude oil: "crude palm oil") */
  'palm oil': string[];
  /** cotton */
  cotton: string[];
  /** rubber */
  rubber: string[];
  /** wood and timber */
  wood: string[];
  /** meat */
  meat: string[];
  /** milk, cheese and other dairy products */
  'dairy products': string[];
  /** tobacco */
  tobacco: string[];
  /** gold */
  gold: string[];
  /** crude oil (before energy) */
  'crude oil': string[];
  /** natural gas and LNG (before energy) */
  'natural gas': string[];
  /** coal */
  coal: string[];
  /** electricity */
  electricity: string[];
  /** iron ore (before steel) */
  'iron ore': string[];
  /** iron and steel */
  steel: string[];
  /** aluminium */
  aluminium: string[];
  /** copper */
  copper: string[];
  /** nickel */
  nickel: string[];
  /** lithium */
  lithium: string[];
  /** electronics and semiconductors */
  electronics: string[];
  /** jewellery */
  jewellery: string[];
  /** phosphates */
  phosphates: string[];
  /** cars and vehicles */
  automotive: string[];
  /** farm and agri-food goods */
  agriculture: string[];
  /** textiles, garments and clothing */
  textiles: string[];
  /** chemicals ("chemicals" before "chemicali…", which it shadows, as in English) */
  chemicals: string[];
  /** energy and oil */
  energy: string[];
  /** fish and seafood ("vis" a whole word: not the end of "suivis") */
  fish: string[];
  /** fertilizers */
  fertilizers: string[];
  /** medicines */
  pharmaceuticals: string[];
  /** plastics */
  plastics: string[];
  /** diamonds */
  diamonds: string[];
  /** aircraft and aerospace */
  aeronautics: string[];
  /** machines */
  machinery: string[];
  /** foodstuffs */
  food: string[];
  /** services */
  services: string[];
}
