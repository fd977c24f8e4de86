import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { findPublicationDate } from '../periods/periods.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe("periods: the clause's own period", () => {
  it('gives each of two coordinated months its own figure', () => {
    // Prepare
    const text =
      'De Peruaanse uitvoer daalde in januari (-6,1%) en februari (-2,3%). ' +
      'In mei steeg de Peruaanse invoer met 4,2 procent en in juni zelfs met 9 procent.';
    // Act
    const figures = extract(text, 'nl', '2021-09');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [-6.1, '2021-01'],
      [-2.3, '2021-02'],
      [4.2, '2021-05'],
      [9, '2021-06'],
    ]);
  });

  it('gives a clause opened by "when" after a year that year, even a comparison base', () => {
    const cases: Array<[string, Language]> = [
      [
        'De Noorse uitvoer naar Chili bedroeg 3 miljard euro in 2024, een stijging tegenover 2019, toen de uitvoer nog 2 miljard euro bedroeg.',
        'nl',
      ],
      [
        "Norway's exports to Chile reached 3 billion euros in 2024, up from 2019, when they stood at 2 billion euros.",
        'en',
      ],
      [
        "Les exportations norvégiennes vers le Chili ont atteint 3 milliards d'euros en 2024, bien plus qu'en 2019, lorsqu'elles s'élevaient à 2 milliards d'euros.",
        'fr',
      ],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
        ['exports', 'NO', 'CL', 3e9, '2024'],
        ['exports', 'NO', 'CL', 2e9, '2019'],
      ]);
    }
  });

  it('gives "la même période de 2021" the months of the clause', () => {
    const figures = extract(
      'À fin mai 2022, les exportations du Sénégal vers le Mali ont atteint 400 milliards de francs CFA, contre 350 milliards sur la même période de 2021.',
      'fr',
    );
    expect(figures.map((f) => f.period)).toEqual(['2022-01/2022-05', '2021-01/2021-05']);
  });

  it('gives an amount in brackets after a year that year', () => {
    const text =
      'Les exportations du Chili vers le Pérou ont atteint 2,4 milliards de dollars en 2023, soit une hausse de 5 % par rapport à 2022 (2,29 milliards de dollars).';
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
      [2.4e9, '2023'],
      [5, '2023'],
      [2.29e9, '2022'],
    ]);
  });

  it('gives a year that opens a bracket to the amount inside it, not to the amount before', () => {
    const text =
      'De Chileense invoer uit Peru bedroeg in 2023 1,2 miljard dollar. De uitvoer naar Peru bedroeg 2,4 miljard dollar (2022: 2,1 miljard dollar).';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([
      [1.2e9, '2023'],
      [2.4e9, '2023'],
      [2.1e9, '2022'],
    ]);
  });
});

describe('periods: a period carried to the next sentences and paragraphs', () => {
  it('carries a year to the next sentences and paragraphs of the story', () => {
    const text =
      'In 2019 the exports of Portugal to Angola reached EUR 1.9 billion. Imports from Angola amounted to EUR 0.6 billion.\n\n' +
      'Portuguese exports to Brazil were EUR 0.8 billion.';
    expect(extract(text, 'en').map((f) => [f.metric, f.to, f.period])).toEqual([
      ['exports', 'AO', '2019'],
      ['imports', 'AO', '2019'],
      ['exports', 'BR', '2019'],
    ]);
  });

  it('takes the period of the lede that follows a leading date line', () => {
    // Prepare
    const text =
      " date 2021-07 Le commerce extérieur du Pérou a progressé en juin, porté par le cuivre. L'excédent restait faible.\n\n" +
      'Les exportations péruviennes ont atteint 5,1 milliards de dollars.';
    // Act
    const figures = extract(text, 'fr', findPublicationDate(text));
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([[5.1e9, '2021-06']]);
  });

  it('carries the year of a sentence whose amounts are no trade figures', () => {
    // Prepare
    const text =
      'Kenya and Uganda\n\nIn 2019 the Kenyan government spent $300 million on roads. Kenyan exports to Uganda rose by 5 percent.';
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([[5, '2019']]);
  });

  it('takes the period of a title line for figures that state none', () => {
    const text =
      'Annual report 2022 - Ghana Export Promotion Authority\n\nGhanaian exports to Nigeria rose 8% to $1.1 billion.';
    expect(extract(text, 'en').map((f) => f.period)).toEqual(['2022', '2022']);
  });

  it('takes no period from a title line that only says since when something holds', () => {
    const text =
      "Le Ghana vend plus au Togo qu'il ne lui achète depuis 2016.\n\nLe Togo est le deuxième client du Ghana. Les ventes du Ghana au Togo ont atteint 400 millions de dollars en 2022.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.period])).toEqual([
      ['rank', '2022'],
      ['value', '2022'],
    ]);
  });

  it('carries the period the story states most often, and a sentence’s latest period', () => {
    const text =
      'Les échanges entre le Ghana et le Togo sont passés de 200 millions de dollars en 2015 à 350 millions de dollars en 2022.\n\n' +
      'Le Ghana est le premier fournisseur du Togo.';
    expect(extract(text, 'fr').at(-1)).toMatchObject({ measure: 'rank', period: '2022' });
  });

  it('gives a rank stated before any period the story’s period, and shares listed after a sector share theirs', () => {
    const text =
      "La Pologne est le 9e client de l'Italie. En 2022, l'Italie a exporté pour 15 milliards d'euros vers la Pologne. Les principaux produits exportés sont les machines (30 %) et les matières plastiques (12 %).";
    expect(extract(text, 'fr').map((f) => [f.measure, f.period, f.sector, f.value])).toEqual([
      ['rank', '2022', null, 9],
      ['value', '2022', null, 1.5e10],
      ['share', '2022', 'machinery', 30],
      ['share', '2022', 'plastics', 12],
    ]);
  });

  it('reads "in dezelfde periode" as the years of the sentence before, and the level reached as the last', () => {
    const text =
      'In 2022 exporteerden 900 Waalse bedrijven naar Chili, tegenover 700 in 2018. De Waalse uitvoer naar Chili groeide in dezelfde periode met 20 procent tot 300 miljoen euro.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2018/2022'],
      ['value', '2022'],
    ]);
  });

  it('keeps a paragraph’s latest year after a sentence that compares with an earlier one', () => {
    const text =
      'De Chileense uitvoer naar Peru steeg vorig jaar tot 2,4 miljard dollar. In 2022 bedroeg die uitvoer nog 2,1 miljard dollar. De invoer uit Peru bleef stabiel op 1,8 miljard dollar.';
    expect(extract(text, 'nl', '2024-03').map((f) => f.period)).toEqual(['2023', '2022', '2023']);
  });

  it('takes the period of a headline under the outlet’s name', () => {
    const text =
      'Agencia Andina\n\nChileense export naar Peru: de cijfers voor 2023\n\nDe Chileense export naar Peru bedroeg 2,4 miljard dollar.';
    expect(extract(text, 'nl').map((f) => f.period)).toEqual(['2023']);
  });

  it('lets a stock at a year’s end leave the paragraph’s year to the figures after it', () => {
    const text =
      "Trade between Chile and Peru reached $4 billion in 2023. Chilean investment in Peru stood at $9 billion at the end of 2022. Peru is Chile's 5th largest trading partner.";
    expect(extract(text, 'en').map((f) => [f.measure, f.period])).toEqual([
      ['value', '2023'],
      ['value', '2022'],
      ['rank', '2023'],
    ]);
  });

  it('carries the last year of a span to the sentences after it, and reads a share risen "tot" a level as that share', () => {
    const fr = extract(
      'Entre 2018 et 2023, les échanges entre le Chili et le Pérou ont progressé à un rythme annuel moyen de 6%. La part du Pérou dans le commerce extérieur du Chili reste marginale, à 1,2%.',
      'fr',
    );
    const nl = extract(
      'Het aandeel van chemie in de totale Chileense uitvoer naar Peru steeg in 2023 tot 25 procent.',
      'nl',
    );
    expect(fr.map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2018/2023'],
      ['share', '2023'],
    ]);
    expect(nl.map((f) => [f.measure, f.value])).toEqual([['share', 25]]);
  });

  it('dates the items of a bracket by the periods joined before it, in turn', () => {
    const texts: Array<[string, 'fr' | 'nl' | 'en']> = [
      ['Les exportations belges vers le Maroc ont progressé en mars et avril 2021 (+3,4 % et +5,2 %).', 'fr'],
      ['De Belgische uitvoer naar Marokko steeg in maart en april 2021 (+3,4 en +5,2 procent).', 'nl'],
      ['Belgian exports to Morocco rose in March and April 2021 (+3.4% and +5.2%).', 'en'],
    ];
    for (const [text, language] of texts) {
      expect(extract(text, language).map((f) => [f.value, f.period])).toEqual([
        [3.4, '2021-03'],
        [5.2, '2021-04'],
      ]);
    }
  });

  it('ends a Dutch clause at ", dan": the period of the main clause after it is not the amount\'s', () => {
    const text =
      'Haalde de Belgische uitvoer naar Marokko in 2021 nog een record van 4 miljard euro, dan volgde in 2022 een scherpe daling.';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([[4e9, '2021']]);
  });

  it('dates a story by the month its lede names, when the lede holds no number', () => {
    const text =
      "Thailand's exports grew for a fourth month in June, the commerce ministry said on Friday, helped by demand for electronics.\n\nShipments rose 4.1% from a year earlier, while imports climbed 2.8%.";
    expect(extract(text, 'en', '2024-07-26').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', 4.1, '2024-06'],
      ['imports', 2.8, '2024-06'],
    ]);
    // (… but a lede that names no flow dates nothing: "talks began in March")
    const talks = "Talks with Vietnam began in March.\n\nThailand's exports rose 4.1% in 2023.";
    expect(extract(talks, 'en', '2024-07-26').map((f) => f.period)).toEqual(['2023']);
  });
});
