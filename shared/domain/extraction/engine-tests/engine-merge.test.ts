import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('merge: a headline made one record with the body that states it', () => {
  it('drops a rounded headline under the menu or breadcrumb trail of a web page', () => {
    const text =
      'Home > News > Economy\n\nSenegal trade deficit widens to 312 billion CFA francs\n\nSenegal’s trade deficit stood at 312.4 billion CFA francs in April 2024, the statistics agency said.';
    expect(extract(text, 'en').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['trade_balance', -312.4e9, '2024-04'],
    ]);
  });

  it('drops a headline that rounds a dated figure of the same flow', () => {
    const text =
      'Ghana-Togo : les exportations du Ghana vers le Togo dépassent les 300 millions de dollars\n\nLes exportations du Ghana vers le Togo ont atteint 342 millions de dollars en 2022.';
    expect(extract(text, 'fr').map((f) => f.value)).toEqual([3.42e8]);
  });

  it('merges a headline that an amount "tops" with the exact amount of the body', () => {
    const text =
      'Chile-Peru trade tops $4bn\n\nTrade between Chile and Peru reached $4.3 billion in 2023, officials said.';
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[4.3e9, '2023']]);
  });

  it('merges a headline balance stated from the other side with the dated balance', () => {
    const text =
      'Chili-Pérou : le déficit dépasse les 2 milliards de dollars\n\nLe déficit commercial du Pérou avec le Chili a atteint 2,3 milliards de dollars en 2023.';
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['PE', 'CL', -2.3e9, '2023'],
    ]);
  });

  it('merges a headline that "franchissent la barre" with the exact amount, and drops shares of two together', () => {
    const text =
      'Chili-Pérou : les échanges franchissent la barre des 4 milliards de dollars\n\nLes échanges entre le Chili et le Pérou ont atteint 4,2 milliards de dollars en 2023. Le cuivre et le poisson totalisent à eux deux 61 % de ces échanges.';
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([[4.2e9, '2023']]);
  });

  it('merges a headline that rounds a dated figure of the body', () => {
    const text =
      "Peru's Exports Hit Record $67 Billion in 2023\n\nPeru's exports reached a record $67.4 billion in 2023, the central bank said.";
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[67.4e9, '2023']]);
  });
});

describe('merge: a figure restated in the body made one record', () => {
  it('records a figure stated in two currencies once per currency', () => {
    const figures = extract(
      "Les exportations du Maroc vers la Belgique ont atteint 1,2 milliard d'euros (environ 13 milliards de dirhams) en 2022.",
      'fr',
    );
    expect(figures.map((f) => [f.unit, f.value, f.bound])).toEqual([
      ['EUR', 1.2e9, 'eq'],
      ['MAD', 13e9, 'approx'],
    ]);
  });

  it('records a figure repeated in the text once', () => {
    const sentence = 'De export van Vlaanderen naar Marokko bedroeg 900 miljoen euro in 2021. ';
    expect(extract(sentence + sentence, 'nl')).toHaveLength(1);
  });

  it('merges a rounded statement into the exact figure of the same flow and period', () => {
    const figures = extract(
      'Les échanges entre le Chili et le Pérou ont franchi la barre des 4 milliards de dollars en 2022. Ils se sont établis précisément à 4,3 milliards de dollars.',
      'fr',
    );
    expect(figures.map((f) => [f.value, f.bound])).toEqual([[4.3e9, 'eq']]);
  });
});

describe('merge: figures kept apart', () => {
  it('keeps a fall in a long first line apart from a rise of about the same size in the body', () => {
    // Prepare
    const text =
      'Dit jaar exporteerde Nederland 20 procent minder goederen naar Peru dan in dezelfde periode vorig jaar.\n\nDe export van bloemen naar Peru steeg met 21 procent.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => f.value)).toEqual([-20, 21]);
  });

  it("does not take a rounded share of all goods for a restatement of one product's exact share", () => {
    const text =
      'Le Chili a vendu au Pérou en 2019 surtout des fruits, qui pèsent presque la moitié des exportations chiliennes vers le Pérou.\nLes produits agricoles (47 %) et les engrais (11 %) constituent les principaux produits livrés vers le Pérou en 2019.';
    expect(extract(text, 'fr').map((f) => f.value)).toEqual([50, 47, 11]);
  });
});

describe('merge: a subheading made one record with the paragraph under it', () => {
  it('drops a subheading that restates, rounded or undated, a figure of the paragraph after it', () => {
    const text =
      'Chileense handel met Peru\n\nDe Chileense export naar Peru steeg in 2022 met 8 procent.\n\nPeru derde afzetmarkt van Chili\n\nPeru was in 2022 de derde afzetmarkt van Chili.\n\nChili goed voor 41% van de Peruaanse invoer\n\nChili had in 2022 een aandeel van 40,8 procent in de Peruaanse invoer.';
    const figures = extract(text, 'nl');
    expect(figures.map((f) => [f.measure, f.value])).toEqual([
      ['growth', 8],
      ['rank', 3],
      ['share', 40.8],
    ]);
  });

  it('keeps a subheading that names another year', () => {
    const text =
      'Chileense handel met Peru\n\nPeru derde afzetmarkt van Chili in 2019\n\nPeru was in 2022 de derde afzetmarkt van Chili.';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([
      [3, '2019'],
      [3, '2022'],
    ]);
  });
});

describe('merge: an amount kept for a sector, stated again with none read', () => {
  it('keeps the one record with its sector', () => {
    const figures = extract(
      'In 2022 the main goods import of Canada from Chile was machinery (C$4.2 billion), mostly mining equipment.\n\nCanada imported C$4.2 billion of machinery and vehicles from Chile in 2022, a fifth of its imports from Chile.',
      'en',
    );
    expect(figures.filter((f) => f.value === 4.2e9).map((f) => f.sector)).toEqual(['machinery']);
  });
});
