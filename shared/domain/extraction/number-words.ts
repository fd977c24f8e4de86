// Cardinal number words of French, Dutch and English, for amounts ("deux milliards") and counts of months
// ("les neuf premiers mois").
export const CARDINALS: Record<string, number> = {
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  vingt: 20,
  cent: 100,
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  twintig: 20,
  honderd: 100,
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twenty: 20,
  hundred: 100,
  onze: 11,
  elf: 11,
  eleven: 11,
  douze: 12,
  twaalf: 12,
  twelve: 12,
};

// The teens and tens, for numbers written out in full ("zestien procent", "vingt-deux pour cent").
const TEENS_AND_TENS: Record<string, number> = {
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  'dix-sept': 17,
  'dix-huit': 18,
  'dix-neuf': 19,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  'soixante-dix': 70,
  'quatre-vingt': 80,
  'quatre-vingts': 80,
  'quatre-vingt-dix': 90,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  six: 6,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const simple = (word: string): number | undefined => CARDINALS[word] ?? TEENS_AND_TENS[word];
const isTens = (n: number | undefined): n is number => n !== undefined && n >= 20 && n % 10 === 0;

/**
 * A whole number below a hundred written out in French, Dutch or English: "zestien", "tweeëntachtig",
 * "vingt-deux", "soixante et onze", "quatre-vingt-dix-sept", "twenty-five"; undefined for any other word.
 */
export function cardinalValue(written: string): number | undefined {
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  const whole = simple(word);
  if (whole !== undefined) return whole;
  // Dutch: the unit before the tens, joined by "en" ("eenentwintig", "tweeëntachtig")
  const dutch = /^(een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)[eë]n(\p{L}+)$/u.exec(word);
  if (dutch) {
    const tens = simple(dutch[2] ?? '');
    return isTens(tens) ? tens + (simple(dutch[1] ?? '') ?? 0) : undefined;
  }
  // French and English: the tens, then the unit ("vingt-deux", "soixante et onze", "twenty-five")
  for (let at = word.lastIndexOf('-'); at > 0; at = word.lastIndexOf('-', at - 1)) {
    const tens = simple(word.slice(0, at).replace(/[- ]et$/, ''));
    const unit = simple(word.slice(at + 1));
    if (isTens(tens) && unit !== undefined && unit > 0 && unit < 20) return tens + unit;
  }
  const et = /^(.+) et (un|une|onze)$/.exec(word);
  const tens = et ? simple(et[1] ?? '') : undefined;
  return et && isTens(tens) ? tens + (simple(et[2] ?? '') ?? 0) : undefined;
}
