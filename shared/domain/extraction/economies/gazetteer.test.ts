import { describe, expect, it } from 'vitest';
import { findEconomies } from './gazetteer.js';

// Sentences written for these tests, one rule each.
const codes = (text: string) => findEconomies(text).map((e) => [e.code, text.slice(e.start, e.end)]);

describe('findEconomies', () => {
  it('reads names whose accented letter a wrong character encoding printed as stray characters', () => {
    // Prepare
    const text =
      'De Belgische uitvoer naar TunesiÃ« en naar Groot-BrittanniĆ« daalde, die naar Groot-Brittanniƫ niet.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['BE', 'Belgische'],
      ['TN', 'TunesiÃ«'],
      ['GB', 'Groot-BrittanniĆ«'],
      ['GB', 'Groot-Brittanniƫ'],
    ]);
  });

  it("reads a country's people as Dutch names them: Marokkanen, Belgen, Nederlanders", () => {
    // Prepare
    const text = 'Marokkanen en Belgen investeerden meer dan Nederlanders in Peru.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['MA', 'Marokkanen'],
      ['BE', 'Belgen'],
      ['NL', 'Nederlanders'],
      ['PE', 'Peru'],
    ]);
  });

  it('reads the European Union by the count of its members: EU27, EU-28, UE-27', () => {
    // Prepare
    const text = 'The EU27 surplus with Peru; EU-28 imports; les exportations de l’UE-27 vers le Chili.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['EU', 'EU27'],
      ['PE', 'Peru'],
      ['EU', 'EU-28'],
      ['EU', 'UE-27'],
      ['CL', 'Chili'],
    ]);
  });

  it('reads names with a typographic apostrophe and French names with their later words in lower case', () => {
    // Prepare
    const text =
      "Le cacao de Côte d’Ivoire et de Côte d'Ivoire part vers l'Arabie saoudite et la Guinée équatoriale.";
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['CI', 'Côte d’Ivoire'],
      ['CI', "Côte d'Ivoire"],
      ['SA', 'Arabie saoudite'],
      ['GQ', 'Guinée équatoriale'],
    ]);
  });

  it('reads provinces that report their own trade, with their adjectives', () => {
    // Prepare
    const text = 'Les exportations québécoises vers le Pérou; the Western Cape exported to Chile; Québec.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['CA-QC', 'québécoises'],
      ['PE', 'Pérou'],
      ['ZA-WC', 'Western Cape'],
      ['CL', 'Chile'],
      ['CA-QC', 'Québec'],
    ]);
  });

  it('reads short and colloquial names: Korea, Cayman Island, the Grand Duchy, European countries, intra-EU', () => {
    // Prepare
    const text =
      'Korea and North Korea; Cayman Island; le Grand-Duché; naar Europese landen en de Amerikaanse continenten; les échanges intra-UE.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['KR', 'Korea'],
      ['KP', 'North Korea'],
      ['KY', 'Cayman Island'],
      ['LU', 'Grand-Duché'],
      ['EUROPE', 'Europese landen'],
      ['AMERICA', 'Amerikaanse continenten'],
      ['EU', 'intra-UE'],
    ]);
  });

  it('reads the Swiss by their French demonyms, the country by its name', () => {
    // Prepare
    const text = 'Les Suisses et les Helvètes vendent des montres suisses; la Suisse achète du café.';
    // Act
    const found = findEconomies(text).map((e) => [e.code, text.slice(e.start, e.end), e.adjective]);
    // Assess
    expect(found).toEqual([
      ['CH', 'Suisses', true],
      ['CH', 'Helvètes', true],
      ['CH', 'suisses', true],
      ['CH', 'Suisse', false],
    ]);
  });

  it('reads the Democratic Republic of the Congo as CD, not the Republic of the Congo', () => {
    const codes = (t: string) => findEconomies(t).map((e) => e.code);
    expect(
      codes('Exports to the Democratic Republic of Congo, the DRC and DR Congo; imports from Congo.'),
    ).toEqual(['CD', 'CD', 'CD', 'CG']);
  });

  it('reads the short and older names each language uses: Tchéquie, Bélarus, Birmanie, Burma, Turkiye, VAE', () => {
    // Prepare
    const text =
      'Ventes vers la Tchéquie, le Bélarus et la Birmanie; exports to Burma and Turkiye; uitvoer naar de VAE.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['CZ', 'Tchéquie'],
      ['BY', 'Bélarus'],
      ['MM', 'Birmanie'],
      ['MM', 'Burma'],
      ['TR', 'Turkiye'],
      ['AE', 'VAE'],
    ]);
  });

  it('reads hyphened adjectives with a short first word, and more French and Dutch adjectives of economies', () => {
    // Prepare
    const text =
      'Les exportations sud-africaines, néo-zélandaises et sri-lankaises; les ventes roumaines et équatoriennes; de Australische en Nieuw-Zeelandse uitvoer.';
    // Act
    const found = codes(text);
    // Assess
    expect(found).toEqual([
      ['ZA', 'sud-africaines'],
      ['NZ', 'néo-zélandaises'],
      ['LK', 'sri-lankaises'],
      ['RO', 'roumaines'],
      ['EC', 'équatoriennes'],
      ['AU', 'Australische'],
      ['NZ', 'Nieuw-Zeelandse'],
    ]);
  });
});
