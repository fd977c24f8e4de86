// `npm run eval`: the extractor on the seeds and on the development corpus, scored per language at the
// strict, value and number levels with the metric of ../shared/tools/score-figures.py.
// `npm run eval -- --errors` also lists every missed and spurious figure.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseDocument } from '../shared/domain/analyse-document.js';
import {
  formatScoreReport,
  type GoldDocument,
  scoreFigures,
} from '../shared/domain/evaluation/score-figures.js';
import {
  CORPUS_DIR,
  corpusFiles,
  GOLD_DIR,
  seedFiles,
  VALIDATION_2_DIR,
  VALIDATION_3_DIR,
  VALIDATION_4_DIR,
  VALIDATION_5_DIR,
  VALIDATION_6_DIR,
  VALIDATION_7_DIR,
  VALIDATION_8_DIR,
  VALIDATION_9_DIR,
  VALIDATION_10_DIR,
  VALIDATION_11_DIR,
  VALIDATION_12_DIR,
  VALIDATION_13_DIR,
  VALIDATION_14_DIR,
  VALIDATION_15_DIR,
  VALIDATION_16_DIR,
  VALIDATION_17_DIR,
  VALIDATION_18_DIR,
  VALIDATION_19_DIR,
  VALIDATION_20_DIR,
  VALIDATION_21_DIR,
  VALIDATION_22_DIR,
  VALIDATION_23_DIR,
  VALIDATION_24_DIR,
  VALIDATION_25_DIR,
  VALIDATION_26_DIR,
  VALIDATION_27_DIR,
  VALIDATION_28_DIR,
  VALIDATION_29_DIR,
  VALIDATION_30_DIR,
  VALIDATION_31_DIR,
  VALIDATION_32_DIR,
  VALIDATION_33_DIR,
  VALIDATION_34_DIR,
  VALIDATION_35_DIR,
  VALIDATION_36_DIR,
  VALIDATION_37_DIR,
  VALIDATION_38_DIR,
  VALIDATION_39_DIR,
  VALIDATION_40_DIR,
  VALIDATION_41_DIR,
  VALIDATION_42_DIR,
  VALIDATION_43_DIR,
  VALIDATION_44_DIR,
  VALIDATION_45_DIR,
  VALIDATION_46_DIR,
  VALIDATION_47_DIR,
  VALIDATION_48_DIR,
  VALIDATION_49_DIR,
  VALIDATION_50_DIR,
  VALIDATION_51_DIR,
  VALIDATION_52_DIR,
  VALIDATION_53_DIR,
  VALIDATION_54_DIR,
  VALIDATION_55_DIR,
  VALIDATION_56_DIR,
  VALIDATION_57_DIR,
  VALIDATION_58_DIR,
  VALIDATION_59_DIR,
  VALIDATION_60_DIR,
  VALIDATION_61_DIR,
  VALIDATION_DIR,
  validation2Files,
  validation3Files,
  validation4Files,
  validation5Files,
  validation6Files,
  validation7Files,
  validation8Files,
  validation9Files,
  validation10Files,
  validation11Files,
  validation12Files,
  validation13Files,
  validation14Files,
  validation15Files,
  validation16Files,
  validation17Files,
  validation18Files,
  validation19Files,
  validation20Files,
  validation21Files,
  validation22Files,
  validation23Files,
  validation24Files,
  validation25Files,
  validation26Files,
  validation27Files,
  validation28Files,
  validation29Files,
  validation30Files,
  validation31Files,
  validation32Files,
  validation33Files,
  validation34Files,
  validation35Files,
  validation36Files,
  validation37Files,
  validation38Files,
  validation39Files,
  validation40Files,
  validation41Files,
  validation42Files,
  validation43Files,
  validation44Files,
  validation45Files,
  validation46Files,
  validation47Files,
  validation48Files,
  validation49Files,
  validation50Files,
  validation51Files,
  validation52Files,
  validation53Files,
  validation54Files,
  validation55Files,
  validation56Files,
  validation57Files,
  validation58Files,
  validation59Files,
  validation60Files,
  validation61Files,
  validationFiles,
} from '../test/support/seeds.js';

export function predict(files: string[]) {
  return files.flatMap((file) =>
    analyseDocument(readFileSync(file, 'utf8'), { documentId: basename(file) }).figures.map((f) => ({
      ...f,
      doc: basename(file),
    })),
  );
}

export function loadGold(dir: string): GoldDocument[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldDocument);
}

function main(): void {
  const corpora = [
    { name: 'seeds', files: seedFiles(), gold: GOLD_DIR },
    { name: 'development corpus', files: corpusFiles(), gold: join(CORPUS_DIR, 'gold') },
    // Written after the rules to estimate how they generalise. Its first, blind score was 0.645 strict; its
    // error classes then led to new development documents and rules, so it is no longer blind.
    {
      name: 'validation set (seen once: write a fresh one)',
      files: validationFiles(),
      gold: join(VALIDATION_DIR, 'gold'),
    },
    // Ten longer articles (94 figures) written on 2026-11-23 after the first set was seen. Blind score, before
    // any rule looked at it: strict F1 0.753 (fr 0.833, nl 0.778, en 0.500), number-level 0.957.
    {
      name: 'validation set 2 (blind score 0.753; seen since)',
      files: validation2Files(),
      gold: join(VALIDATION_2_DIR, 'gold'),
    },
    // Eleven articles (79 figures) written after set 2 was used. Blind score: strict F1 0.701 (fr 0.545,
    // nl 0.857, en 0.737), number-level 0.922.
    {
      name: 'validation set 3 (blind score 0.701; seen since)',
      files: validation3Files(),
      gold: join(VALIDATION_3_DIR, 'gold'),
    },
    // Nine longer articles (79 figures) written after set 3 was used. Blind score: strict F1 0.642 (fr 0.737,
    // nl 0.839, en 0.182), number-level 0.943.
    {
      name: 'validation set 4 (blind score 0.642; seen since)',
      files: validation4Files(),
      gold: join(VALIDATION_4_DIR, 'gold'),
    },
    // Eight articles (47 figures) written after set 4 was used. Blind score: strict F1 0.742 (fr 0.615,
    // nl 1.000, en 0.842), number-level 0.944.
    {
      name: 'validation set 5 (blind score 0.742; seen since)',
      files: validation5Files(),
      gold: join(VALIDATION_5_DIR, 'gold'),
    },
    // Eight articles (45 figures) written after set 5 was used. Blind score: strict F1 0.690 (fr 0.905,
    // nl 0.444, en 0.500), number-level 0.943.
    {
      name: 'validation set 6 (blind score 0.690; seen since)',
      files: validation6Files(),
      gold: join(VALIDATION_6_DIR, 'gold'),
    },
    // Seven articles on the seed pairs (38 figures) written after set 6 was used. Blind score: strict F1 0.883
    // (fr 0.810, nl 1.000, en 0.947), number-level 0.961.
    {
      name: 'validation set 7 (blind score 0.883; seen since)',
      files: validation7Files(),
      gold: join(VALIDATION_7_DIR, 'gold'),
    },
    // Six documents, four of them text pulled from PDFs (41 figures), written after set 7 was used. Blind
    // score: strict F1 0.785 (fr 0.750, nl 0.769, en 0.846), number-level 0.937.
    {
      name: 'validation set 8 (blind score 0.785; seen since)',
      files: validation8Files(),
      gold: join(VALIDATION_8_DIR, 'gold'),
    },
    // Seven articles on the seed pairs (36 figures) written after set 8 was used. Blind score: strict F1 0.806
    // (fr 0.750, nl 1.000, en 0.818), number-level 0.972.
    {
      name: 'validation set 9 (blind score 0.806; seen since)',
      files: validation9Files(),
      gold: join(VALIDATION_9_DIR, 'gold'),
    },
    // Five articles (32 figures) written after set 9 was used. Blind score: strict F1 0.889 (fr 0.957,
    // nl 0.500, en 0.938), number-level 0.984.
    {
      name: 'validation set 10 (blind score 0.889; seen since)',
      files: validation10Files(),
      gold: join(VALIDATION_10_DIR, 'gold'),
    },
    // Four documents (23 figures) written after set 10 was used. Blind score: strict F1 0.870 (fr 0.923,
    // nl 0.833, en 0.750), number-level 0.957.
    {
      name: 'validation set 11 (blind score 0.870; seen since)',
      files: validation11Files(),
      gold: join(VALIDATION_11_DIR, 'gold'),
    },
    // Four documents (24 figures) written after set 11 was used. Blind score: strict F1 0.776 (fr 0.889,
    // nl 0.667, en 0.923), number-level 0.939.
    {
      name: 'validation set 12 (blind score 0.776; seen since)',
      files: validation12Files(),
      gold: join(VALIDATION_12_DIR, 'gold'),
    },
    // Three web pages copied whole (menus, "lire aussi", comments; 12 figures) written after set 12 was used.
    // Blind score: strict F1 0.737 (fr 0.571, nl 0.667, en 1.000), number-level 0.737: it found a bug that
    // swallowed the paragraphs after a one-line teaser.
    {
      name: 'validation set 13 (blind score 0.737; seen since)',
      files: validation13Files(),
      gold: join(VALIDATION_13_DIR, 'gold'),
    },
    // Three more web pages (14 figures) written after set 13 was used. Blind score: strict F1 0.621 (fr 0.909,
    // nl 1.000, en 0.000: months named without their year), number-level 0.966.
    {
      name: 'validation set 14 (blind score 0.621; seen since)',
      files: validation14Files(),
      gold: join(VALIDATION_14_DIR, 'gold'),
    },
    // Three more web pages (20 figures) written after set 14 was used. Blind score: strict F1 0.524 (fr 0.667,
    // nl 0.000: a compound "goederenexport" and Dutch "de" read as French, en 0.875), number-level 0.810.
    {
      name: 'validation set 15 (blind score 0.524; seen since)',
      files: validation15Files(),
      gold: join(VALIDATION_15_DIR, 'gold'),
    },
    // Two long pages (21 figures) written after set 15 was used. Blind score: strict F1 0.585 (fr 0.190: a
    // subject's partner taken from the sentence before, an amount in brackets after a rival; en 1.000),
    // number-level 0.976.
    {
      name: 'validation set 16 (blind score 0.585; seen since)',
      files: validation16Files(),
      gold: join(VALIDATION_16_DIR, 'gold'),
    },
    // Two long pages (18 figures) written after set 16 was used. Blind score: strict F1 0.353 (fr 0.500: "a
    // importé du Japon", "ses exportations"; nl 0.000: the date was in the byline at the foot), number 0.941.
    {
      name: 'validation set 17 (blind score 0.353; seen since)',
      files: validation17Files(),
      gold: join(VALIDATION_17_DIR, 'gold'),
    },
    // Two English pages (17 figures) written after set 17 was used. Blind score: strict F1 0.941, number 1.000.
    {
      name: 'validation set 18 (blind score 0.941; seen since)',
      files: validation18Files(),
      gold: join(VALIDATION_18_DIR, 'gold'),
    },
    // Two French documents (14 figures) written after set 18 was used. Blind score: strict F1 0.714, number 1.000.
    {
      name: 'validation set 19 (blind score 0.714; seen since)',
      files: validation19Files(),
      gold: join(VALIDATION_19_DIR, 'gold'),
    },
    // A Dutch and an English page (12 figures) written after set 19 was used. Blind score: strict F1 0.720,
    // number-level 0.960.
    {
      name: 'validation set 20 (blind score 0.720; seen since)',
      files: validation20Files(),
      gold: join(VALIDATION_20_DIR, 'gold'),
    },
    // A French and a Dutch page (11 figures) written after set 20 was used. Blind score: strict F1 0.526 (fr 1.000;
    // nl 0.000: "verkochten … aan Japan", "kocht … in Japan"), number-level 0.842.
    {
      name: 'validation set 21 (blind score 0.526; seen since)',
      files: validation21Files(),
      gold: join(VALIDATION_21_DIR, 'gold'),
    },
    // A French and an English page (8 figures) written after set 21 was used. Blind score: strict F1 0.941.
    {
      name: 'validation set 22 (blind score 0.941; seen since)',
      files: validation22Files(),
      gold: join(VALIDATION_22_DIR, 'gold'),
    },
    // Two documents like the seeds (9 figures) written after set 22 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 23 (blind score 1.000; seen since)',
      files: validation23Files(),
      gold: join(VALIDATION_23_DIR, 'gold'),
    },
    // An English statistics release and a French page (13 figures) written after set 23 was used. Blind score:
    // strict F1 0.857, number-level 0.929.
    {
      name: 'validation set 24 (blind score 0.857; seen since)',
      files: validation24Files(),
      gold: join(VALIDATION_24_DIR, 'gold'),
    },
    // A French and a Dutch page (9 figures) written after set 24 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 25 (blind score 1.000; seen since)',
      files: validation25Files(),
      gold: join(VALIDATION_25_DIR, 'gold'),
    },
    // Two English pages (8 figures) written after set 25 was used. Blind score: strict F1 0.800 (a share of a
    // regional total was first left out of the gold, then added as the schema's denominator rule reads).
    {
      name: 'validation set 26 (blind score 0.800; seen since)',
      files: validation26Files(),
      gold: join(VALIDATION_26_DIR, 'gold'),
    },
    // Quarterly and year-to-date releases (15 figures) written after set 26 was used. Blind score: strict F1
    // 0.333 (a quarter was read as the year to its end; fr 0.714, nl 0.000), number-level 1.000.
    {
      name: 'validation set 27 (blind score 0.333; seen since)',
      files: validation27Files(),
      gold: join(VALIDATION_27_DIR, 'gold'),
    },
    // Investment pages in French and Dutch (12 figures) written after set 27 was used. Blind score: strict F1
    // 0.667, number-level 0.917.
    {
      name: 'validation set 28 (blind score 0.667; seen since)',
      files: validation28Files(),
      gold: join(VALIDATION_28_DIR, 'gold'),
    },
    // A French and an English page (13 figures) written after set 28 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 29 (blind score 1.000; seen since)',
      files: validation29Files(),
      gold: join(VALIDATION_29_DIR, 'gold'),
    },
    // A French and a Dutch page (9 figures) written after set 29 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 30 (blind score 1.000; seen since)',
      files: validation30Files(),
      gold: join(VALIDATION_30_DIR, 'gold'),
    },
    // An English wire story (5 figures) written after set 30 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 31 (blind score 1.000; seen since)',
      files: validation31Files(),
      gold: join(VALIDATION_31_DIR, 'gold'),
    },
    // Two French pages, a Dutch and an English one (43 figures) written after set 31 was used. Blind score:
    // strict F1 0.854 (fr 0.917, nl 0.762, en 0.769); number level 0.902.
    {
      name: 'validation set 32 (blind score 0.854; seen since)',
      files: validation32Files(),
      gold: join(VALIDATION_32_DIR, 'gold'),
    },
    // A written answer and a news page in French, a Dutch country sheet and an English market profile (37 figures),
    // written after set 32 was used. Blind score: strict F1 0.930 (fr 0.889, nl 1.000, en 0.923); number level 0.958.
    {
      name: 'validation set 33 (blind score 0.930; seen since)',
      files: validation33Files(),
      gold: join(VALIDATION_33_DIR, 'gold'),
    },
    // Two French pages, an English page and a Dutch statistics release (31 figures), written after set 33 was
    // used. Blind score: strict F1 0.825 (fr 0.800, nl 0.737, en 1.000); number level 0.984.
    {
      name: 'validation set 34 (blind score 0.825; seen since)',
      files: validation34Files(),
      gold: join(VALIDATION_34_DIR, 'gold'),
    },
    // A French wire story and page, a Dutch written answer and an English page (27 figures), written after set 34
    // was used. Blind score: strict F1 0.836 (fr 0.933, nl 0.588, en 1.000); number level 0.982.
    {
      name: 'validation set 35 (blind score 0.836; seen since)',
      files: validation35Files(),
      gold: join(VALIDATION_35_DIR, 'gold'),
    },
    // An English report in PDF text, a Dutch and a French page, and a French table whose heading gives the unit
    // (29 figures), written after set 35 was used. Blind score: strict F1 0.625 (fr 0.500, nl 0.500, en 1.000);
    // number level 0.792.
    {
      name: 'validation set 36 (blind score 0.625; seen since)',
      files: validation36Files(),
      gold: join(VALIDATION_36_DIR, 'gold'),
    },
    // Two French pages and a press release in French, and a Dutch page (31 figures), written after set 36 was
    // used. Blind score: strict F1 0.478 (fr 0.389, nl 0.800): a text naming no economy lost all its figures;
    // number level 0.652.
    {
      name: 'validation set 37 (blind score 0.478; seen since)',
      files: validation37Files(),
      gold: join(VALIDATION_37_DIR, 'gold'),
    },
    // An English wire story and page, a Dutch table under a unit heading and a French page (32 figures), written
    // after set 37 was used. Blind score: strict F1 0.688 (fr 0.833, nl 0.000, en 0.872); number level 0.906.
    {
      name: 'validation set 38 (blind score 0.688; seen since)',
      files: validation38Files(),
      gold: join(VALIDATION_38_DIR, 'gold'),
    },
    // Two French pages, an English and a Dutch one (20 figures), written after set 38 was used. Blind score:
    // strict F1 0.632 (fr 1.000, nl 0.800, en 0.000: an unread publication date); number level 0.947.
    {
      name: 'validation set 39 (blind score 0.632; seen since)',
      files: validation39Files(),
      gold: join(VALIDATION_39_DIR, 'gold'),
    },
    // Scraped article text as the seeds come (no outlet line, a leading date line, a repeated paragraph, a
    // teaser): two French, a Dutch and an English one (22 figures), written after set 39 was used. Blind score:
    // strict F1 0.884 (fr 0.762, nl 1.000, en 1.000); number level 0.977.
    {
      name: 'validation set 40 (blind score 0.884; seen since)',
      files: validation40Files(),
      gold: join(VALIDATION_40_DIR, 'gold'),
    },
    // Scraped article text: two French, an English and a Dutch one (27 figures), written after set 40 was used.
    // Blind score: strict F1 0.836 (fr 0.815, nl 0.833, en 0.875); number level 0.982.
    {
      name: 'validation set 41 (blind score 0.836; seen since)',
      files: validation41Files(),
      gold: join(VALIDATION_41_DIR, 'gold'),
    },
    // A long French analysis, an English market profile and a Dutch written answer with a year-labelled table
    // (39 figures), written after set 41 was used. Blind score: strict F1 0.704 (fr 0.774, nl 0.154, en 0.889);
    // number level 0.873.
    {
      name: 'validation set 42 (blind score 0.704; seen since)',
      files: validation42Files(),
      gold: join(VALIDATION_42_DIR, 'gold'),
    },
    // Documents in the seeds' own styles (PDF report with hard breaks, ministry communiqué, LegCo reply, written
    // answer; 23 figures), written after set 42 was used. Blind score: strict F1 1.000.
    {
      name: 'validation set 43 (blind score 1.000; seen since)',
      files: validation43Files(),
      gold: join(VALIDATION_43_DIR, 'gold'),
    },
    // Two English pages, a Dutch and a French one (26 figures), written after set 43 was used. Blind score:
    // strict F1 0.923 (fr 0.750, nl 1.000, en 0.947); number level 0.962.
    {
      name: 'validation set 44 (blind score 0.923; seen since)',
      files: validation44Files(),
      gold: join(VALIDATION_44_DIR, 'gold'),
    },
    // A French, a Dutch and an English page (25 figures), written after set 44 was used. Blind score: strict
    // F1 0.917 (fr 0.857, nl 1.000, en 0.889); number level 0.958.
    {
      name: 'validation set 45 (blind score 0.917; seen since)',
      files: validation45Files(),
      gold: join(VALIDATION_45_DIR, 'gold'),
    },
    // Three French pages and a Dutch one (19 figures), written after set 45 was used. Blind score: strict F1
    // 0.872 (fr 0.839, nl 1.000); number level 0.974.
    {
      name: 'validation set 46 (blind score 0.872; seen since)',
      files: validation46Files(),
      gold: join(VALIDATION_46_DIR, 'gold'),
    },
    // Two French pages, an English and a Dutch one (22 figures), written after set 46 was used. Blind score:
    // strict F1 0.682 (fr 0.500, nl 1.000, en 1.000); number level 0.909.
    {
      name: 'validation set 47 (blind score 0.682; seen since)',
      files: validation47Files(),
      gold: join(VALIDATION_47_DIR, 'gold'),
    },
    // Four English pages and releases (30 figures), written after set 47 was used. Blind score: strict F1 0.833;
    // number level 1.000.
    {
      name: 'validation set 48 (blind score 0.833; seen since)',
      files: validation48Files(),
      gold: join(VALIDATION_48_DIR, 'gold'),
    },
    // Three Dutch documents and a French wire story (22 figures), written after set 48 was used. Blind score:
    // strict F1 0.837 (fr 1.000, nl 0.800); number level 0.977.
    {
      name: 'validation set 49 (blind score 0.837; seen since)',
      files: validation49Files(),
      gold: join(VALIDATION_49_DIR, 'gold'),
    },
    // Four French pages (19 figures), written after set 49 was used. Blind score: strict F1 0.789; number
    // level 0.947.
    {
      name: 'validation set 50 (blind score 0.789; seen since)',
      files: validation50Files(),
      gold: join(VALIDATION_50_DIR, 'gold'),
    },
    // Two English pages, a Dutch and a French one (16 figures), written after set 50 was used. Blind score:
    // strict F1 0.848 (fr 0.750, nl 1.000, en 0.824); number level 0.970.
    {
      name: 'validation set 51 (blind score 0.848; seen since)',
      files: validation51Files(),
      gold: join(VALIDATION_51_DIR, 'gold'),
    },
    // A French monthly-figures page, an English statistics review and a Dutch page (31 figures), written after
    // set 51 was used. Blind score: strict F1 0.645 (fr 0.231: a foreign-trade story took its partner for the
    // owner; nl 0.875, en 1.000); number level 1.000.
    {
      name: 'validation set 52 (blind score 0.645; seen since)',
      files: validation52Files(),
      gold: join(VALIDATION_52_DIR, 'gold'),
    },
    // Scraped article text: two French and a Dutch one (18 figures), written after set 52 was used. Blind
    // score: strict F1 0.944 (fr 0.909, nl 1.000); number level 1.000.
    {
      name: 'validation set 53 (blind score 0.944; seen since)',
      files: validation53Files(),
      gold: join(VALIDATION_53_DIR, 'gold'),
    },
    // An English, a Dutch and a French page (14 figures), written after set 53 was used. Blind score: strict F1
    // 0.923 (nl 0.667, en 1.000, fr 1.000); number level 0.923.
    {
      name: 'validation set 54 (blind score 0.923; seen since)',
      files: validation54Files(),
      gold: join(VALIDATION_54_DIR, 'gold'),
    },
    // An English, a French and a Dutch page (13 figures), written after set 54 was used. Blind score: strict F1
    // 0.462 (fr 0.182, en 0.600, nl 0.800); number level 0.923.
    {
      name: 'validation set 55 (blind score 0.462; seen since)',
      files: validation55Files(),
      gold: join(VALIDATION_55_DIR, 'gold'),
    },
    // A French, an English and a Dutch page (16 figures), written after set 55 was used. Blind score: strict F1
    // 0.938 (fr 1.000, en 1.000, nl 0.833); number level 1.000.
    {
      name: 'validation set 56 (blind score 0.938; seen since)',
      files: validation56Files(),
      gold: join(VALIDATION_56_DIR, 'gold'),
    },
    // A French, an English and a Dutch page (15 figures), written after set 56 was used. Blind score: strict F1
    // 0.839 (fr 0.833, en 0.923, nl 0.667); number level 0.968.
    {
      name: 'validation set 57 (blind score 0.839; seen since)',
      files: validation57Files(),
      gold: join(VALIDATION_57_DIR, 'gold'),
    },
    // Scraped article text: a French, an English and a Dutch one (15 figures), written after set 57 was used.
    // Blind score: strict F1 0.786 (fr 0.667, en 1.000, nl 0.571); number level 0.857.
    {
      name: 'validation set 58 (blind score 0.786; seen since)',
      files: validation58Files(),
      gold: join(VALIDATION_58_DIR, 'gold'),
    },
    // Scraped article text: a French, an English and a Dutch one (13 figures), written after set 58 was used.
    // Blind score: strict F1 0.741 (fr 0.923, en 1.000, nl 0.250); number level 0.963.
    {
      name: 'validation set 59 (blind score 0.741; seen since)',
      files: validation59Files(),
      gold: join(VALIDATION_59_DIR, 'gold'),
    },
    // Scraped article text: a French, an English and a Dutch one (10 figures), written after set 59 was used.
    // Blind score: strict F1 0.952 (fr 1.000, en 1.000, nl 0.857); number level 0.952.
    {
      name: 'validation set 60 (blind score 0.952; seen since)',
      files: validation60Files(),
      gold: join(VALIDATION_60_DIR, 'gold'),
    },
    // Documents in the seeds' styles: a Dutch PDF report and two French communiqués (15 figures), written after
    // set 60 was used. Blind score: strict F1 0.933 (fr 0.889, nl 1.000); number level 1.000.
    {
      name: 'validation set 61 (blind score 0.933; seen since)',
      files: validation61Files(),
      gold: join(VALIDATION_61_DIR, 'gold'),
    },
  ];

  const showErrors = process.argv.includes('--errors');
  for (const corpus of corpora) {
    if (corpus.files.length === 0) continue;
    const report = scoreFigures(loadGold(corpus.gold), predict(corpus.files));
    if (!showErrors) report.errors = [];
    process.stdout.write(
      `== ${corpus.name} (${corpus.files.length} documents)\n${formatScoreReport(report)}\n\n`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
