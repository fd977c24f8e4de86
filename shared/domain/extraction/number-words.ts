// Cardinal number words of French, Dutch and English (`languages/*.ts`), for amounts ("deux milliards"), counts
// of months ("les neuf premiers mois") and numbers written out in full ("zestien procent", "vingt-deux pour cent").
import { CARDINALS, TEENS_AND_TENS } from './quantity-words.js';

export { CARDINALS };

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
