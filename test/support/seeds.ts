// Paths to the project's seed documents and the gold figures handed to us in ../shared.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
export const SEEDS_DIR = join(PROJECT_ROOT, 'seeds');
export const GOLD_DIR = resolve(PROJECT_ROOT, '../shared/gold/seeds');
export const SCORER = resolve(PROJECT_ROOT, '../shared/tools/score-figures.py');

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));

/** The development corpus: documents we wrote, with gold, under test/fixtures/corpus/{docs,gold}. */
export const CORPUS_DIR = join(PROJECT_ROOT, 'test/fixtures/corpus');

/** The validation set: written after the rules, never used to change them (test/fixtures/validation). */
export const VALIDATION_DIR = join(PROJECT_ROOT, 'test/fixtures/validation');
export const validationFiles = (): string[] => textFiles(join(VALIDATION_DIR, 'docs'));
/** The second validation set: ten longer articles written after the first set had been used. */
export const VALIDATION_2_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-2');
export const validation2Files = (): string[] => textFiles(join(VALIDATION_2_DIR, 'docs'));
/** The third validation set: eleven articles written after the second had been used. */
export const VALIDATION_3_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-3');
export const validation3Files = (): string[] => textFiles(join(VALIDATION_3_DIR, 'docs'));
/** The fourth validation set: nine longer articles written after the third had been used. */
export const VALIDATION_4_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-4');
export const validation4Files = (): string[] => textFiles(join(VALIDATION_4_DIR, 'docs'));
/** The fifth validation set: eight articles written after the fourth had been used. */
export const VALIDATION_5_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-5');
export const validation5Files = (): string[] => textFiles(join(VALIDATION_5_DIR, 'docs'));
/** The sixth validation set: eight articles written after the fifth had been used. */
export const VALIDATION_6_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-6');
export const validation6Files = (): string[] => textFiles(join(VALIDATION_6_DIR, 'docs'));
/** The seventh validation set: seven articles on the seed pairs, written after the sixth had been used. */
export const VALIDATION_7_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-7');
export const validation7Files = (): string[] => textFiles(join(VALIDATION_7_DIR, 'docs'));
/** The eighth validation set: six documents, mostly text pulled from PDFs, written after the seventh was used. */
export const VALIDATION_8_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-8');
export const validation8Files = (): string[] => textFiles(join(VALIDATION_8_DIR, 'docs'));
/** The ninth validation set: seven articles on the seed pairs, written after the eighth had been used. */
export const VALIDATION_9_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-9');
export const validation9Files = (): string[] => textFiles(join(VALIDATION_9_DIR, 'docs'));
/** The tenth validation set: five articles written after the ninth had been used. */
export const VALIDATION_10_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-10');
export const validation10Files = (): string[] => textFiles(join(VALIDATION_10_DIR, 'docs'));
/** The eleventh validation set: four documents written after the tenth had been used. */
export const VALIDATION_11_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-11');
export const validation11Files = (): string[] => textFiles(join(VALIDATION_11_DIR, 'docs'));
/** The twelfth validation set: four documents written after the eleventh had been used. */
export const VALIDATION_12_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-12');
export const validation12Files = (): string[] => textFiles(join(VALIDATION_12_DIR, 'docs'));
/** The thirteenth validation set: three web pages copied with their menus, teasers and comments. */
export const VALIDATION_13_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-13');
export const validation13Files = (): string[] => textFiles(join(VALIDATION_13_DIR, 'docs'));
/** The fourteenth validation set: three more web pages, written after the thirteenth had been used. */
export const VALIDATION_14_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-14');
export const validation14Files = (): string[] => textFiles(join(VALIDATION_14_DIR, 'docs'));
/** The fifteenth validation set: three more web pages, written after the fourteenth had been used. */
export const VALIDATION_15_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-15');
export const validation15Files = (): string[] => textFiles(join(VALIDATION_15_DIR, 'docs'));
/** The sixteenth validation set: two long pages, written after the fifteenth had been used. */
export const VALIDATION_16_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-16');
export const validation16Files = (): string[] => textFiles(join(VALIDATION_16_DIR, 'docs'));
/** The seventeenth validation set: two long pages, written after the sixteenth had been used. */
export const VALIDATION_17_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-17');
export const validation17Files = (): string[] => textFiles(join(VALIDATION_17_DIR, 'docs'));
/** The eighteenth validation set: two English pages, written after the seventeenth had been used. */
export const VALIDATION_18_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-18');
export const validation18Files = (): string[] => textFiles(join(VALIDATION_18_DIR, 'docs'));
/** The nineteenth validation set: two French documents, written after the eighteenth had been used. */
export const VALIDATION_19_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-19');
export const validation19Files = (): string[] => textFiles(join(VALIDATION_19_DIR, 'docs'));
/** The twentieth validation set: a Dutch and an English page, written after the nineteenth had been used. */
export const VALIDATION_20_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-20');
export const validation20Files = (): string[] => textFiles(join(VALIDATION_20_DIR, 'docs'));
/** The twenty-first validation set: a French and a Dutch page, written after the twentieth had been used. */
export const VALIDATION_21_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-21');
export const validation21Files = (): string[] => textFiles(join(VALIDATION_21_DIR, 'docs'));
/** The twenty-second validation set: a French and an English page, written after the twenty-first was used. */
export const VALIDATION_22_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-22');
export const validation22Files = (): string[] => textFiles(join(VALIDATION_22_DIR, 'docs'));
/** The twenty-third validation set: two documents like the seeds, written after the twenty-second was used. */
export const VALIDATION_23_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-23');
export const validation23Files = (): string[] => textFiles(join(VALIDATION_23_DIR, 'docs'));
/** The twenty-fourth validation set: an English statistics release and a French page. */
export const VALIDATION_24_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-24');
export const validation24Files = (): string[] => textFiles(join(VALIDATION_24_DIR, 'docs'));
/** The twenty-fifth validation set: a French and a Dutch page, written after the twenty-fourth was used. */
export const VALIDATION_25_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-25');
export const validation25Files = (): string[] => textFiles(join(VALIDATION_25_DIR, 'docs'));
/** The twenty-sixth validation set: two English pages, written after the twenty-fifth was used. */
export const VALIDATION_26_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-26');
export const validation26Files = (): string[] => textFiles(join(VALIDATION_26_DIR, 'docs'));
/** The twenty-seventh validation set: quarterly and year-to-date releases in French and Dutch. */
export const VALIDATION_27_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-27');
export const validation27Files = (): string[] => textFiles(join(VALIDATION_27_DIR, 'docs'));
/** The twenty-eighth validation set: investment pages in French and Dutch. */
export const VALIDATION_28_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-28');
export const validation28Files = (): string[] => textFiles(join(VALIDATION_28_DIR, 'docs'));
/** The twenty-ninth validation set: a French and an English page, written after the twenty-eighth was used. */
export const VALIDATION_29_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-29');
export const validation29Files = (): string[] => textFiles(join(VALIDATION_29_DIR, 'docs'));
/** The thirtieth validation set: a French and a Dutch page, written after the twenty-ninth was used. */
export const VALIDATION_30_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-30');
export const validation30Files = (): string[] => textFiles(join(VALIDATION_30_DIR, 'docs'));
/** The thirty-first validation set: an English wire story, written after the thirtieth was used. */
export const VALIDATION_31_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-31');
export const validation31Files = (): string[] => textFiles(join(VALIDATION_31_DIR, 'docs'));
/** The thirty-second validation set: two French pages, a Dutch and an English one, written after the thirty-first was used. */
export const VALIDATION_32_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-32');
export const validation32Files = (): string[] => textFiles(join(VALIDATION_32_DIR, 'docs'));
/** The thirty-third validation set: a written answer, a market profile, a country sheet and a news page. */
export const VALIDATION_33_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-33');
export const validation33Files = (): string[] => textFiles(join(VALIDATION_33_DIR, 'docs'));
/** The thirty-fourth validation set: two French pages, an English page and a Dutch statistics release. */
export const VALIDATION_34_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-34');
export const validation34Files = (): string[] => textFiles(join(VALIDATION_34_DIR, 'docs'));
/** The thirty-fifth validation set: a French wire story and page, a Dutch written answer and an English page. */
export const VALIDATION_35_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-35');
export const validation35Files = (): string[] => textFiles(join(VALIDATION_35_DIR, 'docs'));
/** The thirty-sixth validation set: an English report in PDF text, a Dutch and a French page, and a French table under a unit heading. */
export const VALIDATION_36_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-36');
export const validation36Files = (): string[] => textFiles(join(VALIDATION_36_DIR, 'docs'));
/** The thirty-seventh validation set: two French pages and a press release in French, and a Dutch page. */
export const VALIDATION_37_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-37');
export const validation37Files = (): string[] => textFiles(join(VALIDATION_37_DIR, 'docs'));
/** The thirty-eighth validation set: an English wire story and page, a Dutch table under a unit heading and a French page. */
export const VALIDATION_38_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-38');
export const validation38Files = (): string[] => textFiles(join(VALIDATION_38_DIR, 'docs'));
/** The thirty-ninth validation set: two French pages, an English and a Dutch one. */
export const VALIDATION_39_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-39');
export const validation39Files = (): string[] => textFiles(join(VALIDATION_39_DIR, 'docs'));
/** The fortieth validation set: scraped article text as the seeds come: two French, a Dutch and an English one. */
export const VALIDATION_40_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-40');
export const validation40Files = (): string[] => textFiles(join(VALIDATION_40_DIR, 'docs'));
/** The forty-first validation set: scraped article text: two French, an English and a Dutch one. */
export const VALIDATION_41_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-41');
export const validation41Files = (): string[] => textFiles(join(VALIDATION_41_DIR, 'docs'));
/** The forty-second validation set: a long French analysis, an English market profile and a Dutch written answer with a table. */
export const VALIDATION_42_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-42');
export const validation42Files = (): string[] => textFiles(join(VALIDATION_42_DIR, 'docs'));
/** The forty-third validation set: documents in the seeds' own styles: a PDF report, a ministry communiqué, a LegCo reply, a written answer. */
export const VALIDATION_43_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-43');
export const validation43Files = (): string[] => textFiles(join(VALIDATION_43_DIR, 'docs'));
/** The forty-fourth validation set: two English pages, a Dutch and a French one. */
export const VALIDATION_44_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-44');
export const validation44Files = (): string[] => textFiles(join(VALIDATION_44_DIR, 'docs'));
/** The forty-fifth validation set: a French, a Dutch and an English page. */
export const VALIDATION_45_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-45');
export const validation45Files = (): string[] => textFiles(join(VALIDATION_45_DIR, 'docs'));
/** The forty-sixth validation set: three French pages and a Dutch one. */
export const VALIDATION_46_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-46');
export const validation46Files = (): string[] => textFiles(join(VALIDATION_46_DIR, 'docs'));
/** The forty-seventh validation set: two French pages, an English and a Dutch one. */
export const VALIDATION_47_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-47');
export const validation47Files = (): string[] => textFiles(join(VALIDATION_47_DIR, 'docs'));
/** The forty-eighth validation set: four English pages and releases. */
export const VALIDATION_48_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-48');
export const validation48Files = (): string[] => textFiles(join(VALIDATION_48_DIR, 'docs'));
/** The forty-ninth validation set: three Dutch documents and a French wire story. */
export const VALIDATION_49_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-49');
export const validation49Files = (): string[] => textFiles(join(VALIDATION_49_DIR, 'docs'));
/** The fiftieth validation set: four French pages. */
export const VALIDATION_50_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-50');
export const validation50Files = (): string[] => textFiles(join(VALIDATION_50_DIR, 'docs'));
/** The fifty-first validation set: two English pages, a Dutch and a French one. */
export const VALIDATION_51_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-51');
export const validation51Files = (): string[] => textFiles(join(VALIDATION_51_DIR, 'docs'));
/** The fifty-second validation set: a French monthly-figures page, an English statistics review and a Dutch page. */
export const VALIDATION_52_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-52');
export const validation52Files = (): string[] => textFiles(join(VALIDATION_52_DIR, 'docs'));
/** The fifty-third validation set: scraped article text: two French and a Dutch one. */
export const VALIDATION_53_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-53');
export const validation53Files = (): string[] => textFiles(join(VALIDATION_53_DIR, 'docs'));
/** The fifty-fourth validation set: an English, a Dutch and a French page. */
export const VALIDATION_54_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-54');
export const validation54Files = (): string[] => textFiles(join(VALIDATION_54_DIR, 'docs'));
/** The fifty-fifth validation set: an English, a French and a Dutch page. */
export const VALIDATION_55_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-55');
export const validation55Files = (): string[] => textFiles(join(VALIDATION_55_DIR, 'docs'));
/** The fifty-sixth validation set: a French, an English and a Dutch page. */
export const VALIDATION_56_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-56');
export const validation56Files = (): string[] => textFiles(join(VALIDATION_56_DIR, 'docs'));
/** The fifty-seventh validation set: a French, an English and a Dutch page. */
export const VALIDATION_57_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-57');
export const validation57Files = (): string[] => textFiles(join(VALIDATION_57_DIR, 'docs'));
/** The fifty-eighth validation set: scraped article text: a French, an English and a Dutch one. */
export const VALIDATION_58_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-58');
export const validation58Files = (): string[] => textFiles(join(VALIDATION_58_DIR, 'docs'));
/** The fifty-ninth validation set: scraped article text: a French, an English and a Dutch one. */
export const VALIDATION_59_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-59');
export const validation59Files = (): string[] => textFiles(join(VALIDATION_59_DIR, 'docs'));
/** The sixtieth validation set: scraped article text: a French, an English and a Dutch one. */
export const VALIDATION_60_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-60');
export const validation60Files = (): string[] => textFiles(join(VALIDATION_60_DIR, 'docs'));
/** The sixty-first validation set: documents in the seeds' styles: a Dutch PDF report and two French communiqués. */
export const VALIDATION_61_DIR = join(PROJECT_ROOT, 'test/fixtures/validation-61');
export const validation61Files = (): string[] => textFiles(join(VALIDATION_61_DIR, 'docs'));

export const corpusFiles = (): string[] => textFiles(join(CORPUS_DIR, 'docs'));

function textFiles(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(dir, f))
    : [];
}

export interface GoldFigure {
  metric: string;
  measure: string;
  from: string;
  to: string;
  value: number;
  unit: string;
  period: string | null;
  kind: string;
  bound: string;
  quote: string;
}

export function goldFigures(): Array<GoldFigure & { doc: string }> {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const gold = JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as {
        doc: string;
        figures: GoldFigure[];
      };
      return gold.figures.map((figure) => ({ ...figure, doc: gold.doc }));
    });
}

/** The fields the scorer compares strictly, as one comparable string per figure. */
export const strictKey = (f: Omit<GoldFigure, 'quote'>) =>
  [f.metric, f.measure, f.from, f.to, Number(f.value), f.unit, f.period, f.kind, f.bound].join('|');
