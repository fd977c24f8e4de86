// `npm run eval`: the extractor on the real corpus (../shared/corpus-real, the development target), the seeds,
// the development corpus and the validation sets (each, and pooled), scored per language at the strict, value
// and number levels with the metric of ../shared/tools/score-figures.py.
// `npm run eval -- --errors` also lists every missed and spurious figure; `--only NAME` keeps the corpora whose
// name contains NAME ("real", "seeds", "validation set 85"); `--dump FILE` writes every figure predicted, one JSON
// line each, so that a refactoring can be checked figure by figure (`diff` of two dumps must be empty).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
  REAL_CORPUS_DIR,
  realCorpusFiles,
  seedFiles,
  validationDir,
  validationFiles,
} from '../test/support/seeds.js';

/**
 * The validation sets, in the order written, with the strict F1 each scored blind, before any rule looked at
 * it. Once scored, a set was used to find error classes, so none of them is blind any more.
 */
const VALIDATION_SETS: Array<{ set: number; blind: number }> = [
  // Written after the rules to estimate how they generalise. Its first, blind score was 0.645 strict; its
  // error classes then led to new development documents and rules, so it is no longer blind.
  { set: 1, blind: 0.645 },
  // Ten longer articles (94 figures) written on 2026-11-23 after the first set was seen. Blind score, before
  // any rule looked at it: strict F1 0.753 (fr 0.833, nl 0.778, en 0.500), number-level 0.957.
  { set: 2, blind: 0.753 },
  // Eleven articles (79 figures) written after set 2 was used. Blind score: strict F1 0.701 (fr 0.545,
  // nl 0.857, en 0.737), number-level 0.922.
  { set: 3, blind: 0.701 },
  // Nine longer articles (79 figures) written after set 3 was used. Blind score: strict F1 0.642 (fr 0.737,
  // nl 0.839, en 0.182), number-level 0.943.
  { set: 4, blind: 0.642 },
  // Eight articles (47 figures) written after set 4 was used. Blind score: strict F1 0.742 (fr 0.615,
  // nl 1.000, en 0.842), number-level 0.944.
  { set: 5, blind: 0.742 },
  // Eight articles (45 figures) written after set 5 was used. Blind score: strict F1 0.690 (fr 0.905,
  // nl 0.444, en 0.500), number-level 0.943.
  { set: 6, blind: 0.69 },
  // Seven articles on the seed pairs (38 figures) written after set 6 was used. Blind score: strict F1 0.883
  // (fr 0.810, nl 1.000, en 0.947), number-level 0.961.
  { set: 7, blind: 0.883 },
  // Six documents, four of them text pulled from PDFs (41 figures), written after set 7 was used. Blind
  // score: strict F1 0.785 (fr 0.750, nl 0.769, en 0.846), number-level 0.937.
  { set: 8, blind: 0.785 },
  // Seven articles on the seed pairs (36 figures) written after set 8 was used. Blind score: strict F1 0.806
  // (fr 0.750, nl 1.000, en 0.818), number-level 0.972.
  { set: 9, blind: 0.806 },
  // Five articles (32 figures) written after set 9 was used. Blind score: strict F1 0.889 (fr 0.957,
  // nl 0.500, en 0.938), number-level 0.984.
  { set: 10, blind: 0.889 },
  // Four documents (23 figures) written after set 10 was used. Blind score: strict F1 0.870 (fr 0.923,
  // nl 0.833, en 0.750), number-level 0.957.
  { set: 11, blind: 0.87 },
  // Four documents (24 figures) written after set 11 was used. Blind score: strict F1 0.776 (fr 0.889,
  // nl 0.667, en 0.923), number-level 0.939.
  { set: 12, blind: 0.776 },
  // Three web pages copied whole (menus, "lire aussi", comments; 12 figures) written after set 12 was used.
  // Blind score: strict F1 0.737 (fr 0.571, nl 0.667, en 1.000), number-level 0.737: it found a bug that
  // swallowed the paragraphs after a one-line teaser.
  { set: 13, blind: 0.737 },
  // Three more web pages (14 figures) written after set 13 was used. Blind score: strict F1 0.621 (fr 0.909,
  // nl 1.000, en 0.000: months named without their year), number-level 0.966.
  { set: 14, blind: 0.621 },
  // Three more web pages (20 figures) written after set 14 was used. Blind score: strict F1 0.524 (fr 0.667,
  // nl 0.000: a compound "goederenexport" and Dutch "de" read as French, en 0.875), number-level 0.810.
  { set: 15, blind: 0.524 },
  // Two long pages (21 figures) written after set 15 was used. Blind score: strict F1 0.585 (fr 0.190: a
  // subject's partner taken from the sentence before, an amount in brackets after a rival; en 1.000),
  // number-level 0.976.
  { set: 16, blind: 0.585 },
  // Two long pages (18 figures) written after set 16 was used. Blind score: strict F1 0.353 (fr 0.500: "a
  // importé du Japon", "ses exportations"; nl 0.000: the date was in the byline at the foot), number 0.941.
  { set: 17, blind: 0.353 },
  // Two English pages (17 figures) written after set 17 was used. Blind score: strict F1 0.941, number 1.000.
  { set: 18, blind: 0.941 },
  // Two French documents (14 figures) written after set 18 was used. Blind score: strict F1 0.714, number 1.000.
  { set: 19, blind: 0.714 },
  // A Dutch and an English page (12 figures) written after set 19 was used. Blind score: strict F1 0.720,
  // number-level 0.960.
  { set: 20, blind: 0.72 },
  // A French and a Dutch page (11 figures) written after set 20 was used. Blind score: strict F1 0.526 (fr 1.000;
  // nl 0.000: "verkochten … aan Japan", "kocht … in Japan"), number-level 0.842.
  { set: 21, blind: 0.526 },
  // A French and an English page (8 figures) written after set 21 was used. Blind score: strict F1 0.941.
  { set: 22, blind: 0.941 },
  // Two documents like the seeds (9 figures) written after set 22 was used. Blind score: strict F1 1.000.
  { set: 23, blind: 1.0 },
  // An English statistics release and a French page (13 figures) written after set 23 was used. Blind score:
  // strict F1 0.857, number-level 0.929.
  { set: 24, blind: 0.857 },
  // A French and a Dutch page (9 figures) written after set 24 was used. Blind score: strict F1 1.000.
  { set: 25, blind: 1.0 },
  // Two English pages (8 figures) written after set 25 was used. Blind score: strict F1 0.800 (a share of a
  // regional total was first left out of the gold, then added as the schema's denominator rule reads).
  { set: 26, blind: 0.8 },
  // Quarterly and year-to-date releases (15 figures) written after set 26 was used. Blind score: strict F1
  // 0.333 (a quarter was read as the year to its end; fr 0.714, nl 0.000), number-level 1.000.
  { set: 27, blind: 0.333 },
  // Investment pages in French and Dutch (12 figures) written after set 27 was used. Blind score: strict F1
  // 0.667, number-level 0.917.
  { set: 28, blind: 0.667 },
  // A French and an English page (13 figures) written after set 28 was used. Blind score: strict F1 1.000.
  { set: 29, blind: 1.0 },
  // A French and a Dutch page (9 figures) written after set 29 was used. Blind score: strict F1 1.000.
  { set: 30, blind: 1.0 },
  // An English wire story (5 figures) written after set 30 was used. Blind score: strict F1 1.000.
  { set: 31, blind: 1.0 },
  // Two French pages, a Dutch and an English one (43 figures) written after set 31 was used. Blind score:
  // strict F1 0.854 (fr 0.917, nl 0.762, en 0.769); number level 0.902.
  { set: 32, blind: 0.854 },
  // A written answer and a news page in French, a Dutch country sheet and an English market profile (37 figures),
  // written after set 32 was used. Blind score: strict F1 0.930 (fr 0.889, nl 1.000, en 0.923); number level 0.958.
  { set: 33, blind: 0.93 },
  // Two French pages, an English page and a Dutch statistics release (31 figures), written after set 33 was
  // used. Blind score: strict F1 0.825 (fr 0.800, nl 0.737, en 1.000); number level 0.984.
  { set: 34, blind: 0.825 },
  // A French wire story and page, a Dutch written answer and an English page (27 figures), written after set 34
  // was used. Blind score: strict F1 0.836 (fr 0.933, nl 0.588, en 1.000); number level 0.982.
  { set: 35, blind: 0.836 },
  // An English report in PDF text, a Dutch and a French page, and a French table whose heading gives the unit
  // (29 figures), written after set 35 was used. Blind score: strict F1 0.625 (fr 0.500, nl 0.500, en 1.000);
  // number level 0.792.
  { set: 36, blind: 0.625 },
  // Two French pages and a press release in French, and a Dutch page (31 figures), written after set 36 was
  // used. Blind score: strict F1 0.478 (fr 0.389, nl 0.800): a text naming no economy lost all its figures;
  // number level 0.652.
  { set: 37, blind: 0.478 },
  // An English wire story and page, a Dutch table under a unit heading and a French page (32 figures), written
  // after set 37 was used. Blind score: strict F1 0.688 (fr 0.833, nl 0.000, en 0.872); number level 0.906.
  { set: 38, blind: 0.688 },
  // Two French pages, an English and a Dutch one (20 figures), written after set 38 was used. Blind score:
  // strict F1 0.632 (fr 1.000, nl 0.800, en 0.000: an unread publication date); number level 0.947.
  { set: 39, blind: 0.632 },
  // Scraped article text as the seeds come (no outlet line, a leading date line, a repeated paragraph, a
  // teaser): two French, a Dutch and an English one (22 figures), written after set 39 was used. Blind score:
  // strict F1 0.884 (fr 0.762, nl 1.000, en 1.000); number level 0.977.
  { set: 40, blind: 0.884 },
  // Scraped article text: two French, an English and a Dutch one (27 figures), written after set 40 was used.
  // Blind score: strict F1 0.836 (fr 0.815, nl 0.833, en 0.875); number level 0.982.
  { set: 41, blind: 0.836 },
  // A long French analysis, an English market profile and a Dutch written answer with a year-labelled table
  // (39 figures), written after set 41 was used. Blind score: strict F1 0.704 (fr 0.774, nl 0.154, en 0.889);
  // number level 0.873.
  { set: 42, blind: 0.704 },
  // Documents in the seeds' own styles (PDF report with hard breaks, ministry communiqué, LegCo reply, written
  // answer; 23 figures), written after set 42 was used. Blind score: strict F1 1.000.
  { set: 43, blind: 1.0 },
  // Two English pages, a Dutch and a French one (26 figures), written after set 43 was used. Blind score:
  // strict F1 0.923 (fr 0.750, nl 1.000, en 0.947); number level 0.962.
  { set: 44, blind: 0.923 },
  // A French, a Dutch and an English page (25 figures), written after set 44 was used. Blind score: strict
  // F1 0.917 (fr 0.857, nl 1.000, en 0.889); number level 0.958.
  { set: 45, blind: 0.917 },
  // Three French pages and a Dutch one (19 figures), written after set 45 was used. Blind score: strict F1
  // 0.872 (fr 0.839, nl 1.000); number level 0.974.
  { set: 46, blind: 0.872 },
  // Two French pages, an English and a Dutch one (22 figures), written after set 46 was used. Blind score:
  // strict F1 0.682 (fr 0.500, nl 1.000, en 1.000); number level 0.909.
  { set: 47, blind: 0.682 },
  // Four English pages and releases (30 figures), written after set 47 was used. Blind score: strict F1 0.833;
  // number level 1.000.
  { set: 48, blind: 0.833 },
  // Three Dutch documents and a French wire story (22 figures), written after set 48 was used. Blind score:
  // strict F1 0.837 (fr 1.000, nl 0.800); number level 0.977.
  { set: 49, blind: 0.837 },
  // Four French pages (19 figures), written after set 49 was used. Blind score: strict F1 0.789; number
  // level 0.947.
  { set: 50, blind: 0.789 },
  // Two English pages, a Dutch and a French one (16 figures), written after set 50 was used. Blind score:
  // strict F1 0.848 (fr 0.750, nl 1.000, en 0.824); number level 0.970.
  { set: 51, blind: 0.848 },
  // A French monthly-figures page, an English statistics review and a Dutch page (31 figures), written after
  // set 51 was used. Blind score: strict F1 0.645 (fr 0.231: a foreign-trade story took its partner for the
  // owner; nl 0.875, en 1.000); number level 1.000.
  { set: 52, blind: 0.645 },
  // Scraped article text: two French and a Dutch one (18 figures), written after set 52 was used. Blind
  // score: strict F1 0.944 (fr 0.909, nl 1.000); number level 1.000.
  { set: 53, blind: 0.944 },
  // An English, a Dutch and a French page (14 figures), written after set 53 was used. Blind score: strict F1
  // 0.923 (nl 0.667, en 1.000, fr 1.000); number level 0.923.
  { set: 54, blind: 0.923 },
  // An English, a French and a Dutch page (13 figures), written after set 54 was used. Blind score: strict F1
  // 0.462 (fr 0.182, en 0.600, nl 0.800); number level 0.923.
  { set: 55, blind: 0.462 },
  // A French, an English and a Dutch page (16 figures), written after set 55 was used. Blind score: strict F1
  // 0.938 (fr 1.000, en 1.000, nl 0.833); number level 1.000.
  { set: 56, blind: 0.938 },
  // A French, an English and a Dutch page (15 figures), written after set 56 was used. Blind score: strict F1
  // 0.839 (fr 0.833, en 0.923, nl 0.667); number level 0.968.
  { set: 57, blind: 0.839 },
  // Scraped article text: a French, an English and a Dutch one (15 figures), written after set 57 was used.
  // Blind score: strict F1 0.786 (fr 0.667, en 1.000, nl 0.571); number level 0.857.
  { set: 58, blind: 0.786 },
  // Scraped article text: a French, an English and a Dutch one (13 figures), written after set 58 was used.
  // Blind score: strict F1 0.741 (fr 0.923, en 1.000, nl 0.250); number level 0.963.
  { set: 59, blind: 0.741 },
  // Scraped article text: a French, an English and a Dutch one (10 figures), written after set 59 was used.
  // Blind score: strict F1 0.952 (fr 1.000, en 1.000, nl 0.857); number level 0.952.
  { set: 60, blind: 0.952 },
  // Documents in the seeds' styles: a Dutch PDF report and two French communiqués (15 figures), written after
  // set 60 was used. Blind score: strict F1 0.933 (fr 0.889, nl 1.000); number level 1.000.
  { set: 61, blind: 0.933 },
  // Four news-length documents (a wire story and a written parliamentary answer in French, a Dutch press
  // release, an English wire story; 49 figures, 12 a document), written after set 61 was used. Blind score:
  // strict F1 0.990 (fr 1.000, nl 1.000, en 0.960: "officials expect that to climb to about 8 billion"),
  // number level 0.990. Two ranks within a region ("notre troisième marché d'exportation en Afrique", "de
  // tweede in Azië") were first annotated, then removed as the convention of every earlier set has it.
  { set: 62, blind: 0.99 },
  // Four documents (an Office des changes monthly summary and an AWEX country sheet as PDF text in French, a
  // written answer of the Flemish Parliament, a Hong Kong web article; 40 figures), written after set 62 was
  // used. Blind score: strict F1 0.937 (fr 0.976: "le cap du demi-milliard"; en 1.000; nl 0.818: "tegenover
  // 2023, toen de uitvoer …", "de voorbije vijf jaar"), number level 0.987.
  { set: 63, blind: 0.937 },
  // Four documents (a French retrospective in Belgian francs, a Japanese Ministry of Finance quarter in English,
  // a Dutch web article with "mln", "mrd" and "anderhalf", a Moroccan web article; 32 figures), written after
  // set 63 was used. Blind score: strict F1 0.844 (fr 0.800: bare "francs" read as euros, "en provenance
  // d'Espagne" not read as a source, "passant de 198 Mds DH en 2023 à 226 Mds DH" gave 226 the year 2023;
  // en 1.000; nl 0.727: "ging het om ruim 1,2 mrd euro", "handelsvertegenwoordiger" read as trade), number
  // level 0.906. The title's "premier partenaire" was missing from the gold at first and was added.
  { set: 64, blind: 0.844 },
  // Four documents (a Moroccan article on China's first half, a Hong Kong government press release with a
  // repeated paragraph, a Dutch newspaper article, an AWEX note in M€ and k€; 26 figures), written after set 64
  // was used. Blind score: strict F1 0.962 (fr 0.963: a target in a paragraph of its own, "vise un retour
  // au-dessus de 200 M€"; en 0.889: "Morocco's share of Hong Kong's total exports to Africa" recorded as
  // Africa's; nl 1.000), number level 0.962.
  { set: 65, blind: 0.962 },
  // Four documents (an English feature on several pairs with noise, a Belgian article on the three Regions, a
  // Statbel quarter with a table, a MAP wire story; 33 figures), written after set 65 was used. Blind score:
  // strict F1 0.623 (en 0.556: a flow stated before any partner was named took a partner named later; fr
  // 0.621: "412 millions pour la Wallonie", "et les wallonnes de 18 %", "respectivement" with adjectives,
  // "le 38e de la Wallonie", "Sur cinq ans,", "investissements nippons"; nl 0.714: a table under "partners
  // buiten de EU (uitvoer, miljoen euro)"), number level 0.885.
  { set: 66, blind: 0.623 },
  // Four documents (an Economiste analysis, a Kyodo wire story, a VRT news item, an SPF Économie note; 29
  // figures), written after set 66 was used. Blind score: strict F1 0.897 (fr 0.857: "il y a dix ans", "par
  // rapport au premier semestre 2024 (3,61 Mrd€)", a share "des exportations belges hors Union européenne"; en
  // 0.941: "poured over 1 billion dollars into Morocco over the past decade"; nl 1.000), number level 0.966, as
  // first annotated.
  // "ont franchi la barre des 40 milliards" was first annotated, then removed as a restatement of the 41,3
  // milliards that follows; and "its largest supplier of the delicacy" (octopus), a rank for one product, was
  // removed as the rules have it, which makes the blind score 0.877 (en 0.875).
  { set: 67, blind: 0.877 },
  // Four documents (an HKTDC market profile, text pulled from an FIT annual report's PDF with hard line
  // breaks, a Matin article on phosphates, an EU press release; 30 figures), written after set 67 was used.
  // Blind score: strict F1 0.862 (fr 0.545: a title naming India and Brazil gave India the flows with no
  // partner, "L'Inde en absorbe près de la moitié"; en 0.971: "more than 60% of the total" of an investment
  // stock; nl 0.833: "ten opzichte\nvan 2023" across a line end), number level 0.966. "of which HK$3.05
  // billion were re-exports" was first annotated, then removed: a part by kind of a flow whose total is given is
  // not recorded, as the rules and earlier sets have it.
  { set: 68, blind: 0.862 },
  // Four documents (a Belga wire story, a Morocco World News article, a Japan Times article, a Standaard article
  // on Asia; 27 figures), written after set 68 was used. Blind score: strict F1 0.885 (nl 0.800: "de tweede
  // grootste afnemer …, na India" took India as owner, "Japan doet het beter, met een stijging van 2,1
  // procent", "met 17 procent krimpen" read as a rise; en 1.000), number level 0.923.
  { set: 69, blind: 0.885 },
  // Four documents (a Soir article, a Médias24 article on Hong Kong, a TelQuel article on Japan, a Trends article
  // on Japanese investment in Flanders; 26 figures), written after set 69 was used. Blind score: strict F1 0.840
  // (fr 0.789: "8e rang des investisseurs étrangers dans le pays" read as a rank within a subset, "Le Maroc, 84e
  // client de Hong Kong, ambitionne … d'ici 2028" gave the rank the target's year and Hong Kong the sales,
  // "la Chine en pèse 12 pour cent"; nl 1.000), number level 0.960. "faisant du Royaume le premier fournisseur
  // de poulpe de l'archipel" is still read from the wrong side.
  { set: 70, blind: 0.84 },
  // Four documents (an HLN article and a written question with a table in Dutch, a Reuters story and a JETRO
  // report as PDF text in English; 26 figures), written after set 70 was used. Blind score: strict F1 0.681 (en
  // 1.000; nl 0.118: "de eerste helft van dit jaar", "haalde … uit Marokko", "een vijfde van die uitvoer" after
  // a paragraph break, table rows "Uitvoer 2022: 8.412" under "(in miljoen euro):" and a blank line, "met 38
  // procent terugviel"), number level 0.851.
  { set: 71, blind: 0.681 },
  // Four documents (a Flemish written answer with a list by year, a Tijd article, a Belga story, an RTBF article;
  // 20 figures), written after set 71 was used. Blind score: strict F1 0.600 (nl 0.500: list lines "- 2022: 5,05
  // miljard euro" each took the next line's year, "uitvoer en invoer bedroegen respectievelijk 2,7 miljard en
  // 1,6 miljard" read as trade, "kan … tegen 2027 oplopen tot" read as a target; fr 1.000), number level 1.000.
  { set: 72, blind: 0.6 },
  // Four Dutch documents (a Flemish written answer, a Belga story, an FIT release, a web article on Moroccan car
  // exports; 33 figures), written after set 72 was used. Blind score: strict F1 0.923 (nl): "In 2023 was er al
  // een daling van 3,2 procent" missed, "de Belgische verkoop aan Japan" read from the wrong side, "Ruim 80
  // procent van die auto's" after a paragraph break missed, "de grootste afnemers" read as a first rank; number
  // level 0.954.
  { set: 73, blind: 0.923 },
  // Four documents (a Moroccan web article and a Belgian written answer in French, a wire story with a table in
  // English, a VRT article in Dutch; 33 figures), written after set 73 was used. Blind score: strict F1 0.742 (fr
  // 0.897: "nos exportations vers le Japon" after "UE-Japon" given to the EU, an item of a list of goods with no
  // known sector; en 0.875: a table of years "2022    2,054" under "(EUR million)"; nl 0.353: "voerde ons land
  // … uit naar het Noord-Afrikaanse land" read backwards, regions' parts "Het leeuwendeel komt uit Vlaanderen:"
  // and "Wallonië en Brussel … respectievelijk" given the world, "haalde … binnen"), number level 0.935.
  { set: 74, blind: 0.742 },
  // Four documents (an Office des changes monthly note and an AWEX release in French, a Standaard article in
  // Dutch, a JETRO update in English; 30 figures), written after set 74 was used. Blind score: strict F1 0.897 (fr
  // 1.000, en 1.000; nl 0.400: "werd … naar Hongkong verscheept" not read as exports, "tegenover 5,9 miljard
  // dollar in 2023" dating both amounts, a rank held "jarenlang" recorded, the economies "na India, de VAE en de
  // VS" taken as owners, "een zesde" unknown), number level 0.931.
  { set: 75, blind: 0.897 },
  // Four documents (a Médias24 article and an Echo article in French, a Chamber answer with a table in Dutch, an
  // HKTDC note in English; 29 figures), written after set 75 was used. Blind score: strict F1 0.846 (fr 0.929: a
  // rank after "1,9 milliard fin 2024, contre 1,5 milliard cinq ans plus tôt" given the base's year; en 1.000;
  // nl 0.400: a table with a column per flow, "Jaar    Uitvoer    Invoer", not read), number level 0.885. The
  // gold first gave "de voorbije twee jaar … met 10 procent gedaald" the span 2023/2024; a change over the past
  // two years runs from 2022 to 2024 (the table shows it), as the rules and earlier sets read it, and the blind
  // score is stated after that correction.
  { set: 76, blind: 0.846 },
  // Four documents (an Economiste article, a Soir article and a Belga story in French, an FIT country sheet as PDF
  // text in Dutch; 25 figures), written after set 76 was used. Blind score: strict F1 0.800 (fr 0.706: "sur les
  // neuf premiers mois de l'année" undated, "Le Japon, où la Wallonie a exporté" read backwards; nl 1.000),
  // number level 1.000.
  { set: 77, blind: 0.8 },
  // Four documents (a Reuters story in English, a Le360 article and a Walloon written answer in French, a Tijd
  // article on investment in Dutch; 21 figures), written after set 77 was used. Blind score: strict F1 1.000 (en,
  // fr, nl), number level 1.000.
  { set: 78, blind: 1 },
  // Four whole web pages as scraped (menus, share buttons, teasers, footers: Hespress and La Libre in French, the
  // Census and Statistics Department in English, VRT NWS in Dutch; 25 figures), written after set 78 was used.
  // Blind score: strict F1 0.784 (fr 0.727: "… que les importations : elles ont progressé de 9,4 %" given the
  // imports, a target after ", l'agence flamande pour le commerce extérieur," read as total trade; en 0.824: "the
  // mainland", a deficit "equivalent to 6.4% of the value of imports" recorded; nl 0.833: a share in a relative
  // clause after "de terugval" made negative), number level 0.941.
  { set: 79, blind: 0.784 },
  // Four documents (a Statbel release, a Trends article and a Flemish written answer in Dutch, an FIT release in
  // English; 27 figures), written after set 79 was used. Blind score: strict F1 0.863 (nl 0.900: "Naar Marokko
  // werd voor 612 miljoen euro uitgevoerd (+3,5 procent), naar Japan voor …" gave the first amount Japan; en
  // 0.727: "15th most important export market", "close to half of the total" after a paragraph break and the
  // "chemicals (14%)" after it missed), number level 0.941.
  { set: 80, blind: 0.863 },
  // Four documents (a DEPF note, a Jeune Afrique feature and an SPF Économie table in French, an HLN article in
  // Dutch; 28 figures), written after set 80 was used. Blind score: strict F1 0.704 (fr 0.809: a GDP "de 4 200
  // milliards de dollars" read as trade, a "Solde" column read as exports, "s'est engagé à mobiliser" not a
  // target; nl 0.000: "werd voor ruim 4,4 miljard euro … uitgewisseld" missed and with it the story's year,
  // "Omgekeerd kwam er voor 1,5 miljard euro … naar ons land" missed), number level 0.926.
  { set: 81, blind: 0.704 },
  // Four documents (an Aujourd'hui le Maroc article and an AWEX annual report as PDF text in French, a Nikkei
  // story in English, a Morgen article in Dutch; 19 figures), written after set 81 was used. Blind score: strict
  // F1 0.895 (fr 1.000; en 0.833: "imported … from Morocco in 2024 and exported 310 billion yen" gave Morocco the
  // exports; nl 0.750: "In Wallonië nemen farmaceutische producten ruim 70 procent …" given to Flanders), number
  // level 1.000.
  { set: 82, blind: 0.895 },
  // Four documents (an EcoActu article and a Chamber answer with a list by region in French, a Chamber answer and
  // a Nieuwsblad article in Dutch; 21 figures), written after set 82 was used. Blind score: strict F1 0.585 (fr
  // 0.522: "passés de 32,1 à 52,6 milliards" lost its first amount, "Elle est aussi le 9e investisseur étranger
  // dans le Royaume" and its stock read backwards, "- Région flamande : 1,92 milliard" given Belgium as owner and
  // the region as partner; nl 0.667: a title dated "3 maart 2025" read as the year 2025 (the month hint missed
  // "maart"), "Het tekort op de handelsbalans" left positive), number level 0.927.
  { set: 83, blind: 0.585 },
  // Four documents (a Morocco World News and a Japan Times article in English, an Opinion article in French, a
  // Belga story in Dutch; 19 figures), written after set 83 was used. Blind score: strict F1 1.000, number level
  // 1.000.
  { set: 84, blind: 1 },
  // Four documents (a Flemish written answer, an HBvL article and an FIT table of destinations as PDF text in
  // Dutch, a Vif article in French; 25 figures), written after set 84 was used. Blind score: strict F1 0.718 (fr
  // 1.000; nl 0.621: the table "Bestemming    Uitvoer    Aandeel" with a share column under "(uitvoer in miljoen
  // euro)" not read, the bare "48" of "respectievelijk 48 en 14 procent" missed), number level 0.718.
  { set: 85, blind: 0.718 },
];

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

interface Corpus {
  name: string;
  files: string[];
  gold: string[];
}

function main(): void {
  const validation: Corpus[] = VALIDATION_SETS.map(({ set, blind }) => ({
    name:
      set === 1
        ? 'validation set (seen once: write a fresh one)'
        : `validation set ${set} (blind score ${blind.toFixed(3)}; seen since)`,
    files: validationFiles(set),
    gold: [join(validationDir(set), 'gold')],
  }));
  const corpora: Corpus[] = [
    // real pages annotated by others: the development target; its texts stay in ../shared, read in place
    {
      name: 'real corpus (../shared/corpus-real)',
      files: realCorpusFiles(),
      gold: [join(REAL_CORPUS_DIR, 'gold')],
    },
    { name: 'seeds', files: seedFiles(), gold: [GOLD_DIR] },
    { name: 'development corpus', files: corpusFiles(), gold: [join(CORPUS_DIR, 'gold')] },
    {
      name: `validation sets pooled (${validation.length} sets, regression tests)`,
      files: validation.flatMap((c) => c.files),
      gold: validation.flatMap((c) => c.gold),
    },
    ...validation,
  ];

  const showErrors = process.argv.includes('--errors');
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const dump = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
  const dumped: string[] = [];
  for (const corpus of corpora) {
    if (corpus.files.length === 0) continue;
    if (only && !corpus.name.includes(only)) continue;
    const predicted = predict(corpus.files);
    if (dump) dumped.push(...predicted.map((f) => JSON.stringify({ corpus: corpus.name, ...f })));
    const report = scoreFigures(corpus.gold.flatMap(loadGold), predicted);
    if (!showErrors) report.errors = [];
    process.stdout.write(
      `== ${corpus.name} (${corpus.files.length} documents)\n${formatScoreReport(report)}\n\n`,
    );
  }
  if (dump) writeFileSync(dump, dumped.length ? `${dumped.join('\n')}\n` : '');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
