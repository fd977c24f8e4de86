import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Fact sheets as embassies and agencies lay them out, one label and its figure a line (sentences written for
// these tests), and ranks within the list of an economy named in the possessive.

const read = (text: string, language: 'fr' | 'nl' | 'en') =>
  extract(text, language).map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period]);

describe('fact sheets: a label and its figure on each line', () => {
  it('reads each line with its own flow, also after a line that ends with a bracketed change', () => {
    const text =
      'Relations commerciales Belgique – Pérou\nChiffres de 2023\nExportations belges vers le Pérou : 410 M€ (+6 %)\nImportations belges en provenance du Pérou : 1,3 Md€ (-2 %)\n';
    expect(read(text, 'fr')).toEqual([
      ['exports', 'value', 'BE', 'PE', 4.1e8, '2023'],
      ['exports', 'growth', 'BE', 'PE', 6, '2023'],
      ['imports', 'value', 'BE', 'PE', 1.3e9, '2023'],
      ['imports', 'growth', 'BE', 'PE', -2, '2023'],
    ]);
  });

  it('takes the flow of the line, not a heading above it that names trade in general', () => {
    const text =
      'Trade figures (2022)\nChilean exports to Norway: USD 640 million\nChilean imports from Norway: USD 520 million\n';
    expect(read(text, 'en')).toEqual([
      ['exports', 'value', 'CL', 'NO', 6.4e8, '2022'],
      ['imports', 'value', 'CL', 'NO', 5.2e8, '2022'],
    ]);
  });

  it('reads a flow word that opens a line as a flow, not as part of a name', () => {
    const text =
      'Kerncijfers 2023\nBelgische uitvoer naar Peru: 380 miljoen EUR\nInvoer uit Peru: 910 miljoen EUR\n';
    expect(read(text, 'nl').map(([metric, , , , value]) => [metric, value])).toEqual([
      ['exports', 3.8e8],
      ['imports', 9.1e8],
    ]);
  });
});

describe('ranks within the list of an economy named in the possessive', () => {
  it('records the rank from the economy whose list it is', () => {
    expect(read("In 2023, Peru ranked 41st among Norway's trading partners.", 'en')).toEqual([
      ['bilateral_trade', 'rank', 'NO', 'PE', 41, '2023'],
    ]);
    expect(read("Chile ranks third among the EU's suppliers of copper.", 'en')).toEqual([
      ['imports', 'rank', 'EU', 'CL', 3, null],
    ]);
  });

  it('reads "parmi les" and "onder de" between a position and its list', () => {
    expect(read('Le Pérou est 41e parmi les clients de la Norvège.', 'fr')).toEqual([
      ['exports', 'rank', 'NO', 'PE', 41, null],
    ]);
    expect(read('Peru is de 41ste onder de afnemers van Noorwegen.', 'nl')).toEqual([
      ['exports', 'rank', 'NO', 'PE', 41, null],
    ]);
  });
});
