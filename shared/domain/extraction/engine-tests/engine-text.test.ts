import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('text: lines wrapped by a PDF and words broken at line ends', () => {
  it('reads prose wrapped at line ends as one line, quoting the text as given', () => {
    const text =
      'Jaarverslag 2024\n\nIn 2024 bedroeg de\nChileense export naar Peru\n1.428 miljoen euro, een groei\nvan 7,9 procent ten opzichte\nvan 2023.';
    const figures = extract(text, 'nl');
    expect(figures.map((f) => [f.measure, f.value, f.period])).toEqual([
      ['value', 1428e6, '2024'],
      ['growth', 7.9, '2024'],
    ]);
  });

  it('joins a scale word broken by a line-end hyphen, and keeps the break in the quote', () => {
    const text = 'In 2019 Polish exports to Germany reached EUR 70.2 bil-\nlion.';
    expect(extract(text, 'en')).toEqual([
      expect.objectContaining({ value: 70.2e9, quote: 'EUR 70.2 bil-\nlion' }),
    ]);
  });

  it('reads words broken at line ends in PDF text, and keeps the quote as the text has it', () => {
    const text =
      "En 2022, les importations belges en prove-\nnance du Pérou ont atteint 1,2 milliard d'eu-\nros. La Vlaamse uitvoer naar Peru bedroeg 0,9\nmiljard euro in 2022.";
    const figures = extract(text, 'fr');
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'BE', 'PE', 1.2e9],
      ['exports', 'BE-VLG', 'PE', 9e8],
    ]);
    expect(figures[0]?.quote).toBe("1,2 milliard d'eu-\nros");
  });
});

describe('text: where a sentence or a clause ends', () => {
  it('splits a clause at ", while" and reads "sales to" as exports', () => {
    const figures = extract(
      "In 2023 exports to Brazil dropped 9%, while sales to Peru rose 8%, Chile's customs said.",
      'en',
    );
    expect(figures.map((f) => [f.to, f.value])).toEqual([
      ['BR', -9],
      ['PE', 8],
    ]);
  });

  it('keeps goods joined by "et" in one clause, and reads "imports from X, resulting in a deficit" for the importer', () => {
    const fr = extract(
      'En 2022, les exportations du Chili vers la Chine, dominées par le cuivre et les fruits, ont atteint 40 milliards de dollars.',
      'fr',
    );
    const en = extract(
      'In 2022 Flemish imports from Chile reached EUR 900 million, resulting in a trade deficit of EUR 300 million.',
      'en',
    );
    expect(fr.map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'CN', 4e10]]);
    expect(en.at(-1)).toMatchObject({ metric: 'trade_balance', from: 'BE-VLG', to: 'CL', value: -3e8 });
  });

  it('keeps the economies and years of a relative clause between commas out of the figure after it', () => {
    const text =
      "Chile, which overtook Brazil as Peru's main trade partner in 2015, accounted for 18% of Peru's foreign trade last year.";
    expect(extract(text, 'en', '2024-02').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 1, '2015'],
      ['bilateral_trade', 'CL', 'PE', 18, '2023'],
    ]);
  });

  it('does not end a sentence at the stop of a currency or inside a number: "Ksh. 12.5 Billion", "1. 200 milliards"', () => {
    // Prepare
    const kenya = 'Exports from Kenya to Chile rose to Ksh. 12.5 Billion in 2021.';
    const senegal =
      'Les échanges commerciaux entre le Sénégal et le Mali ont atteint 1. 200 milliards de francs CFA en 2021.';
    // Act
    const figures = [...extract(kenya, 'en'), ...extract(senegal, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([
      ['exports', 12.5e9, 'KES', '2021'],
      ['bilateral_trade', 1.2e12, 'XOF', '2021'],
    ]);
  });
});

describe('text: teasers, excerpts and feed footers', () => {
  it('leaves out the figures of "lire aussi" teasers', () => {
    const text =
      'En 2021, les exportations du Sénégal vers le Mali ont atteint 500 milliards de francs CFA.\n\n' +
      'Lire aussi : Les exportations du Niger vers le Bénin bondissent de 25 % en 2021\n\n' +
      'Lees ook\n\nDe Belgische export naar Kenia steeg in 2020 met 12 procent…\n\nRead also: Kenya exports to Uganda up 7% in 2022';
    expect(extract(text, 'fr').map((f) => f.quote)).toEqual(['500 milliards de francs CFA']);
  });

  it('leaves out one-line teasers but not the paragraphs after them, and reads "a vendu au X pour"', () => {
    const text =
      'Les échanges entre le Chili et le Pérou ont atteint 4 milliards de dollars en 2022.\n\n' +
      'À lire aussi : Exportations : 90 milliards de dollars en 2022\n\n' +
      'Le Chili a vendu au Pérou pour 2,5 milliards de dollars de marchandises en 2022.\n';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 4e9],
      ['exports', 'CL', 'PE', 2.5e9],
    ]);
  });

  it('keeps a teaser line out of the next sentence: its economies and its cue words', () => {
    const text =
      "Le Chili et le Pérou veulent doubler leurs échanges d'ici 2030.\nLire aussi : Exportations : le Chili vise 20 milliards de dollars de ventes en Afrique\nEn 2023, le commerce bilatéral a atteint 4,1 milliards de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.kind])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 4.1e9, 'actual'],
    ]);
  });

  it('leaves out a figure the excerpt cuts, not the one before it', () => {
    const figures = extract(
      "In 2023, Chile's exports of copper to Peru decreased to $583.4 million from $602",
      'en',
    );
    const cut = extract('In 2019, Chile imported £6.4 billion of machin', 'en');
    expect(figures.map((f) => f.value)).toEqual([5.834e8]);
    expect(cut).toEqual([]);
  });

  it('leaves out a teaser flattened into the prose and a feed footer', () => {
    const text =
      'Les IDE au Pérou ont atteint 3 milliards de dollars en 2024. Lire aussi | Pérou : 2,1 milliards de ventes de cuivre en cinq mois Du côté des exportations, les ventes du Pérou au Chili ont augmenté de 4 %.\n\nThe post Peru attracts 3 billion dollars appeared first on Lima News.';
    expect(extract(text, 'fr').map((f) => f.value)).toEqual([3e9, 4]);
  });

  it('keeps an amount whose scale ends the excerpt, the sentence unterminated', () => {
    const text =
      "D'après la banque centrale, les investissements directs chiliens au Pérou ont nettement reculé, passant de 2,6 milliards de dollars en 2017 à 1,8 milliard";
    expect(extract(text, 'fr').map((f) => [f.metric, f.value, f.unit])).toEqual([
      ['fdi', 2.6e9, 'USD'],
      ['fdi', 1.8e9, 'USD'],
    ]);
  });
});
