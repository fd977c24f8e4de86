// Cardinal number words of French, Dutch and English (`languages/*.ts`), for amounts ("deux milliards"), counts
// of months ("les neuf premiers mois") and numbers written out in full ("zestien procent", "vingt-deux pour cent").
import { withWords } from '../lexicon.js';
import { CARDINALS, TEENS_AND_TENS } from './quantity-words.js';

export { CARDINALS };

const simple = (word: string): number | undefined => CARDINALS[word] ?? TEENS_AND_TENS[word];
const isTens = (n: number | undefined): n is number => n !== undefined && n >= 20 && n % 10 === 0;
/** Dutch: the unit before the tens, joined to them ("eenentwintig", "tweeëntachtig"). */
const UNIT_THEN_TENS = new RegExp(
  withWords`^(${(c) => c.numbers.unitsBeforeTens})(?:${(c) => c.numbers.unitTensJoin})(\p{L}+)$`,
  'u',
);
/** "soixante-et-" of "soixante-et-onze": the word that joins the unit, left after the tens. */
const JOIN_AFTER_TENS = new RegExp(withWords`[- ](?:${(c) => c.numbers.tensUnitJoin})$`);
/** "soixante et onze": the tens, the joining word, the unit. */
const TENS_JOIN_UNIT = new RegExp(
  withWords`^(.+) (?:${(c) => c.numbers.tensUnitJoin}) (${(c) => c.numbers.unitsAfterTensJoin})$`,
);

/**
 * A whole number below a hundred written out in French, Dutch or English: "zestien", "tweeëntachtig",
 * "vingt-deux", "soixante et onze", "quatre-vingt-dix-sept", "twenty-five"; undefined for any other word.
 */
export function cardinalValue(written: string): number | undefined {
  const word = written.toLowerCase().replace(/\s+/g, ' ');
  const whole = simple(word);
  if (whole !== undefined) return whole;
  // Dutch: the unit before the tens, joined by "en" ("eenentwintig", "tweeëntachtig")
  const dutch = UNIT_THEN_TENS.exec(word);
  if (dutch) {
    const tens = simple(dutch[2] ?? '');
    return isTens(tens) ? tens + (simple(dutch[1] ?? '') ?? 0) : undefined;
  }
  // French and English: the tens, then the unit ("vingt-deux", "soixante et onze", "twenty-five")
  for (let at = word.lastIndexOf('-'); at > 0; at = word.lastIndexOf('-', at - 1)) {
    const tens = simple(word.slice(0, at).replace(JOIN_AFTER_TENS, ''));
    const unit = simple(word.slice(at + 1));
    if (isTens(tens) && unit !== undefined && unit > 0 && unit < 20) return tens + unit;
  }
  const et = TENS_JOIN_UNIT.exec(word);
  const tens = et ? simple(et[1] ?? '') : undefined;
  return et && isTens(tens) ? tens + (simple(et[2] ?? '') ?? 0) : undefined;
}
