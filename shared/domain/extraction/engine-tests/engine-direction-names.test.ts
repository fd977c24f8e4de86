import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: names that stand for an economy', () => {
  it('reads capitals and combining prefixes, and merges a headline into its dated body', () => {
    const text =
      "TUNISIE-ITALIE : LES ÉCHANGES DÉPASSENT 9 MILLIARDS D'EUROS\n\n" +
      "Les échanges commerciaux italo-tunisiens ont dépassé 9 milliards d'euros en 2022.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.bound])).toEqual([
      ['bilateral_trade', 'IT', 'TN', 9e9, '2022', 'gt'],
    ]);
  });

  it('reads "le Royaume" as Morocco in a text about Morocco, but not "Royaume-Uni"', () => {
    const text =
      "La France, la France encore et l'Italie restent des partenaires clés du Maroc. En 2022, les exportations du Royaume vers l'Espagne ont atteint 10 milliards d'euros. Les exportations du Royaume-Uni vers l'Espagne ont atteint 9 milliards d'euros en 2022.";
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value])).toEqual([
      ['MA', 'ES', 1e10],
      ['GB', 'ES', 9e9],
    ]);
  });

  it('reads "the North African country" as a description, and "vers les pays africains" as Africa', () => {
    const en = extract(
      "Kenya's exports to Egypt rose 4% in 2022, while imports from the North African country jumped 9%.",
      'en',
    );
    const fr = extract(
      'En 2022, les exportations du Chili vers les pays africains ont progressé de 7 %.',
      'fr',
    );
    expect(en.at(-1)).toMatchObject({ metric: 'imports', from: 'KE', to: 'EG', value: 9 });
    expect(fr[0]).toMatchObject({ from: 'CL', to: 'AFRICA' });
  });

  it('reads a capital as its country, except as the place where something happens', () => {
    const text =
      "Lors d'un forum tenu à Paris, les exportateurs péruviens ont fait le point. En 2023, le déficit du Pérou avec Pékin a atteint 1,4 milliard de dollars. Les exportations du Japon vers le Pérou, présentées à Tokyo, ont atteint 2 milliards de dollars en 2023.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['trade_balance', 'PE', 'CN'],
      ['exports', 'JP', 'PE'],
    ]);
  });

  it('reads a capital opening a dateline as no economy', () => {
    const text = 'Brussel, 3 mei 2024 – De Belgische uitvoer naar Peru bedroeg vorig jaar 900 miljoen euro.';
    expect(extract(text, 'nl', '2024-05').map((f) => [f.from, f.to, f.period])).toEqual([
      ['BE', 'PE', '2023'],
    ]);
  });

  it('reads "le Royaume belge" as Belgium in a Moroccan text, and no economy in a chamber’s name', () => {
    const royaume = extract(
      'En 2023, le Maroc a acheté auprès du Royaume belge pour 24 milliards de dirhams de marchandises.',
      'fr',
    );
    const chamber = extract(
      'Pour 2024, la Chambre de commerce belgo-luxembourgeoise au Maroc table sur une croissance des échanges entre le Maroc et la Belgique de 5%.',
      'fr',
    );
    expect(royaume.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'MA', 'BE']]);
    expect(chamber.map((f) => [f.from, f.to, f.kind])).toEqual([['BE', 'MA', 'forecast']]);
  });

  it('reads an economy named before a colon as the partner a common noun stands for after it', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie ont atteint 60 milliards de dollars. Le Japon reste un partenaire modeste : les importations en provenance de l'archipel se sont élevées à 3 milliards de dollars.";
    expect(extract(text, 'fr').at(-1)).toMatchObject({ metric: 'imports', from: 'PE', to: 'JP', value: 3e9 });
  });

  it('reads a capital after "vis-à-vis de" as the partner, and "les flux belges" as the paragraph’s flows', () => {
    const text =
      "En 2023, le déficit commercial du Pérou vis-à-vis de Pékin s'établit à 4 milliards de dollars. Les flux d'investissements directs chiliens au Pérou se sont établis à 900 millions de dollars en 2022. En 2021, les flux chiliens avaient atteint 700 millions de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['trade_balance', 'PE', 'CN', '2023'],
      ['fdi', 'CL', 'PE', '2022'],
      ['fdi', 'CL', 'PE', '2021'],
    ]);
  });

  it('reads the first person before a partner\'s rank noun ("our largest export market") as the ranked list\'s country', () => {
    const en =
      "New Zealand's goods trade reached $150 billion in 2022. Exports to Japan, our third largest export market, reached $5 billion last year.";
    expect(
      extract(en, 'en')
        .slice(1)
        .map((f) => [f.metric, f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['exports', 'rank', 'NZ', 'JP', 3],
      ['exports', 'value', 'NZ', 'JP', 5e9],
    ]);
    const fr =
      'Les échanges de la Suisse ont atteint 600 milliards de francs en 2022. Le Japon est notre cinquième client, avec 9 milliards de francs.';
    expect(
      extract(fr, 'fr')
        .slice(1)
        .map((f) => [f.metric, f.measure, f.from, f.to]),
    ).toEqual([
      ['exports', 'rank', 'CH', 'JP'],
      ['exports', 'value', 'CH', 'JP'],
    ]);
  });

  it('reads the first person ("ons land", "nos importations", "our exports") as a named country, not the partner after it', () => {
    const nl =
      'Peru is voor België al lang geen exotische markt meer. Vorig jaar voerde ons land voor 2,8 miljard euro aan goederen uit naar het Zuid-Amerikaanse land.';
    const fr =
      "En 2023, le commerce entre la France et le Pérou a atteint 4 milliards d'euros. Nos importations en provenance du Pérou ont atteint 1,5 milliard d'euros.";
    const speaker =
      'Les échanges entre le Pérou et Hong Kong ont atteint 460 millions de dollars. « Nous voulons doubler nos exportations vers Hong Kong et atteindre 250 millions de dollars en 2027. »';
    expect(extract(nl, 'nl', '2025-10').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['exports', 'BE', 'PE', '2024'],
    ]);
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['bilateral_trade', 'FR', 'PE'],
      ['imports', 'FR', 'PE'],
    ]);
    // … the region a text names more often than its country, for a possessive ("onze export" in a Flemish answer)
    const flemish =
      'Vlaanderen is de grootste exporteur van België naar Peru. De Vlaamse bedrijven zijn er actief. Onze export naar Peru steeg in 2024 met 9 procent.';
    expect(extract(flemish, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE-VLG', 'PE', 9],
    ]);
    const en =
      'Trade between the UK and Peru reached £3 billion in 2024. Our exports to Peru rose 7% that year.';
    expect(extract(en, 'en').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['bilateral_trade', 'value', 'GB', 'PE'],
      ['exports', 'growth', 'GB', 'PE'],
    ]);
    expect(
      extract(speaker, 'fr')
        .filter((f) => f.kind === 'target')
        .map((f) => [f.metric, f.from, f.to, f.value]),
    ).toEqual([['exports', 'PE', 'HK', 250e6]]);
  });

  it('reads "the mainland" as China in a Hong Kong text, and a deficit "equivalent to 6.4% of the value of imports" as no share', () => {
    const text =
      "Hong Kong's imports rose 6.1% to HK$4,928.5 billion in 2024, leaving a visible trade deficit of HK$317.1 billion, equivalent to 6.4% of the value of imports. Exports to the mainland rose 7.8%.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['imports', 'growth', 'HK', 'WORLD', 6.1, null],
      ['imports', 'value', 'HK', 'WORLD', 4928.5e9, null],
      ['trade_balance', 'value', 'HK', 'WORLD', -317.1e9, null],
      ['exports', 'growth', 'HK', 'CN', 7.8, null],
    ]);
  });

  it('reads "vers ce pays" and "y exportent" as the country named before, and "nos entreprises" as the home economy (fr)', () => {
    // Prepare
    const there =
      "Le Portugal est un client important du Chili. Les sociétés chiliennes y exportent pour un montant de 1,1 milliard d'euros.";
    const thisCountry =
      "Le Vietnam est bien connu de nos exportateurs portugais. En 2018, les exportations portugaises vers ce pays ont atteint 215 millions d'euros. Nos entreprises ont importé du Vietnam pour 640 millions d'euros.";
    // Act
    const figures = [...extract(there, 'fr'), ...extract(thisCountry, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'PT', 1.1e9],
      ['exports', 'PT', 'VN', 215e6],
      ['imports', 'PT', 'VN', 640e6],
    ]);
  });

  it('reads "naar het Noord-Afrikaanse land" as the country named before, and "vers le marché chinois" as China (nl, fr)', () => {
    // Prepare
    const dutch =
      'Marokko is voor Peru al lang geen exotische markt meer. Vorig jaar voerde Peru voor 2,8 miljard euro aan goederen uit naar het Noord-Afrikaanse land.';
    const french =
      "La Chine est le deuxième fournisseur du Pérou, derrière l'Espagne. En face, les exportations péruviennes vers le marché chinois restent modestes : 6,4 milliards de dollars en 2024.";
    // Act
    const figures = [...extract(dutch, 'nl'), ...extract(french, 'fr')].filter((f) => f.measure === 'value');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['PE', 'MA', 2.8e9],
      ['PE', 'CN', 6.4e9],
    ]);
  });

  it('reads a possessive opening its sentence as the country the sentence before is about, the host of its inflows (en, fr)', () => {
    // Prepare
    const english =
      "Investment in the region rose mainly thanks to higher investment in the region's main copper producer Chile. Its FDI inflows grew from $6.2 billion in 2016 to $7.4 billion in 2017.";
    const french =
      'Le Pérou importe essentiellement du Chili des équipements informatiques, pour 2,05 milliards de dollars en 2023. Ses exportations, surtout des produits de la mer, ont atteint 250 millions de dollars.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(french, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['fdi', 'WORLD', 'CL', 6.2e9],
      ['fdi', 'WORLD', 'CL', 7.4e9],
      ['imports', 'PE', 'CL', 2.05e9],
      ['exports', 'PE', 'CL', 250e6],
    ]);
  });

  it('reads "the country\'s" as the country named before that its clause does not name (en)', () => {
    // Prepare
    const text =
      "Portugal was Kenya's 9th largest export market in 2018, with exports valued at USD1,15bn. On the import side, Portugal was the country's 14th largest import market, valued at USD362m in 2018.";
    // Act
    const figures = extract(text, 'en').filter((f) => f.measure === 'value');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'PT', 1.15e9],
      ['imports', 'KE', 'PT', 362e6],
    ]);
  });

  it('takes a pronoun subject of a verb only a trader takes for the economy the sentence before is about', () => {
    // Prepare
    const text =
      'Les exportations du Pérou vers le Chili ont atteint 3 milliards de dollars. Le Kenya est un client plus modeste. Il absorbe 4 % (1,2 milliard de dollars) des exportations du Pérou.';
    // (a pronoun for the flow before takes up that flow)
    const flow =
      'Les exportations du Pérou vers le Chili ont atteint 3 milliards de dollars. Le Kenya est un client plus modeste. Elles ont progressé de 5 %.';
    // Act
    const figures = extract(text, 'fr');
    const continued = extract(flow, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'value', 'PE', 'CL'],
      ['exports', 'share', 'PE', 'KE'],
      ['exports', 'value', 'PE', 'KE'],
    ]);
    expect(continued.at(-1)).toEqual(expect.objectContaining({ measure: 'growth', from: 'PE', to: 'CL' }));
  });

  it("reads 'la Confédération' as Switzerland in a text that names it", () => {
    // Prepare
    const text =
      'La Suisse a signé un accord avec le Pérou. Le Pérou est devenu le troisième fournisseur de la Confédération en Amérique latine.';
    // Act
    const figures = extract(text, 'fr', '2024-03');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'CH', 'PE', 3],
    ]);
  });

  it('reads "onze oosterburen" as the neighbour the compass word names from the home economy', () => {
    // Prepare
    const text =
      'Het Centraal Bureau voor de Statistiek meldt dat de Nederlandse uitvoer in 2021 steeg. De export naar onze oosterburen nam met 6 procent toe, die naar de zuiderburen met 4 procent.';
    // Act
    const figures = extract(text, 'nl', '2022-02');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'NL', 'DE', 6],
      ['exports', 'NL', 'BE', 4],
    ]);
  });

  it('reads a French name with its capital unaccented or every word capitalised, and the Dutch "het VK"', () => {
    // Prepare
    const french =
      'En 2023, les ventes wallonnes vers les Emirats Arabes Unis ont atteint 40 millions d’euros.';
    const dutch = 'De Vlaamse uitvoer naar het VK steeg in 2023 met 3,1 procent.';
    // Act
    const [emirates] = extract(french, 'fr');
    const [kingdom] = extract(dutch, 'nl');
    // Assess
    expect([emirates?.from, emirates?.to]).toEqual(['BE-WAL', 'AE']);
    expect([kingdom?.from, kingdom?.to]).toEqual(['BE-VLG', 'GB']);
  });

  it('reads "en provenance d’" with a typographic apostrophe as the source of imports', () => {
    // Prepare
    const text =
      'Les importations du Sénégal ont progressé de 4 % en 2023. Les importations en provenance d’Espagne ont augmenté de 9,2 %.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['SN', 'WORLD', 4],
      ['SN', 'ES', 9.2],
    ]);
  });

  it('leaves the economy of "et celles de X" to the elliptical figure after it, the same flow with X', () => {
    // Prepare
    const fr =
      'Les importations du Pérou ont reculé de 2 % en 2016. Les importations en provenance du Brésil ont chuté de 8,1 % et celles de l’Inde de 5,2 %.';
    const nl =
      'De Peruaanse invoer daalde in 2016 met 2 procent. De invoer uit Brazilië zakte met 8,1 procent en die van India met 5,2 procent.';
    // Act
    const figures = [...extract(fr, 'fr'), ...extract(nl, 'nl')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['PE', 'WORLD', -2],
      ['PE', 'BR', -8.1],
      ['PE', 'IN', -5.2],
      ['PE', 'WORLD', -2],
      ['PE', 'BR', -8.1],
      ['PE', 'IN', -5.2],
    ]);
  });

  it('gives a flow a pronoun continues the partner its clause names, after an opening that names no place', () => {
    // Prepare
    const fr =
      'Les exportations de la Norvège ont progressé de 3 % en mai. Les ventes vers la Suède ont augmenté de 6,2 %. En revanche, celles vers l’Asie ont reculé de 2,9 %.';
    const en =
      "Norway's exports rose 3% in May. Sales to Sweden grew 6.2%. By contrast, those to Asia fell 2.9%.";
    // Act
    const figures = [...extract(fr, 'fr'), ...extract(en, 'en')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['NO', 'WORLD', 3],
      ['NO', 'SE', 6.2],
      ['NO', 'ASIA', -2.9],
      ['NO', 'WORLD', 3],
      ['NO', 'SE', 6.2],
      ['NO', 'ASIA', -2.9],
    ]);
  });

  it('reads the figure of "…, celles arrivant d’Asie" with the economies after the pronoun, not those of the clause before', () => {
    // Prepare
    const fr =
      'Les importations de la Norvège ont progressé de 3 % en mai. Si les importations en provenance d’Europe et d’Afrique ont reculé, celles arrivant d’Asie ont augmenté de 4,4 %.';
    const en =
      "Norway's imports rose 3% in May. While imports from Europe and Africa fell, those from Asia grew 4.4%.";
    // Act
    const figures = [...extract(fr, 'fr'), ...extract(en, 'en')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'NO', 'WORLD', 3],
      ['imports', 'NO', 'ASIA', 4.4],
      ['imports', 'NO', 'WORLD', 3],
      ['imports', 'NO', 'ASIA', 4.4],
    ]);
  });

  it('reads "the (other) countries of" a group after a partner or source cue as that group, the partner', () => {
    // Prepare
    const fr =
      'Les importations de la Suisse ont reculé de 5 % en 2015. Les importations en provenance des pays de l’Union européenne ont chuté de 14 %.';
    const nl =
      'De Zwitserse invoer daalde in 2015 met 5 procent. De invoer uit andere landen van de Europese Unie daalde met 14 procent.';
    const en =
      "Switzerland's imports fell 5% in 2015. Imports from other member states of the European Union fell 14%.";
    // Act
    const figures = [...extract(fr, 'fr'), ...extract(nl, 'nl'), ...extract(en, 'en')];
    // Assess
    expect(figures.filter((f) => f.value === -14).map((f) => [f.from, f.to])).toEqual([
      ['CH', 'EU'],
      ['CH', 'EU'],
      ['CH', 'EU'],
    ]);
  });

  it('reads "naar andere landen binnen de EU", "to other countries within the EU" as the EU, the partner', () => {
    // Prepare
    const nl =
      'De Waalse chemie-export bereikte 12 miljard euro in 2017. Zestig procent daarvan gaat naar andere landen binnen de EU.';
    const en =
      'Walloon chemical exports reached €12 billion in 2017. Sixty percent of the exports go to other countries within the EU.';
    // Act
    const figures = [...extract(nl, 'nl'), ...extract(en, 'en')];
    // Assess
    expect(figures.filter((f) => f.value === 60).map((f) => [f.from, f.to])).toEqual([
      ['BE-WAL', 'EU'],
      ['BE-WAL', 'EU'],
    ]);
  });

  it('reads "les pays de l’Asie" as subject as the group, a name, but as the owner after "des exportations"', () => {
    // Prepare
    const subject =
      "Les exportations de l'Algérie ont atteint 60 milliards de dollars. Les pays de l'Asie ont absorbé 6,4 % des exportations algériennes.";
    const owned = "Les exportations des pays de l'Asie ont progressé de 6,4 %.";
    // Act
    const [, share] = extract(subject, 'fr');
    const [growth] = extract(owned, 'fr');
    // Assess
    expect([share?.from, share?.to]).toEqual(['DZ', 'ASIA']);
    expect([growth?.from, growth?.to]).toEqual(['ASIA', 'WORLD']);
  });

  it('reads "le pays européen", "het Europese land", "the European country" as the country named just before', () => {
    // Prepare
    const fr =
      "Les investissements marocains à l'étranger ont atteint 11 milliards de dirhams. La plus grande part va à l'Espagne.\n\nEn 2019, le pays européen a reçu 4,3 milliards de dirhams d'investissements marocains.";
    const nl =
      'Marokkanen investeerden 11 miljard dirham in het buitenland. Het grootste deel gaat naar Spanje.\n\nIn 2019 ontving het Europese land 4,3 miljard dirham aan Marokkaanse investeringen.';
    const en =
      'Moroccan investment abroad reached 11 billion dirhams. Most of it goes to Spain.\n\nIn 2019 the European country received 4.3 billion dirhams from Moroccan investors.';
    // Act
    const figures = [...extract(fr, 'fr'), ...extract(nl, 'nl'), ...extract(en, 'en')];
    // Assess
    expect(figures.filter((f) => f.value === 4.3e9).map((f) => [f.from, f.to])).toEqual([
      ['MA', 'ES'],
      ['MA', 'ES'],
      ['MA', 'ES'],
    ]);
  });

  it('knows the demonyms and names of Asian, Gulf, African and Latin American wire stories, and their statistics offices', () => {
    const text =
      'Sri Lankan exports rose 3% in May. Shipments to Syria and the DR Congo were small, while Bangladeshi imports fell 2%, the Bangladesh Statistics Authority said. Omani exports rose 5%, while imports fell 4%, the Omani statistics office said.';
    expect(extract(text, 'en', '2024-06-20').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'LK', 'WORLD', 3],
      ['imports', 'BD', 'WORLD', -2],
      ['exports', 'OM', 'WORLD', 5],
      ['imports', 'OM', 'WORLD', -4],
    ]);
    const groups =
      "Japan's exports to Southeast Asia rose 5% to $30 billion in 2023, while exports to the GCC fell 2% and exports to Kenya rose 8%.";
    expect(extract(groups, 'en').map((f) => [f.to, f.value])).toEqual([['KE', 8]]);
  });

  it('reads an economy a partner is said to include, between commas, as no party of the figure', () => {
    const text =
      "Vietnam's exports rose 9% in May. Shipments to the United States grew 21%, while those to China, including Hong Kong, fell 4%.";
    expect(extract(text, 'en', '2024-06-10').map((f) => [f.from, f.to, f.value])).toEqual([
      ['VN', 'WORLD', 9],
      ['VN', 'US', 21],
      ['VN', 'CN', -4],
    ]);
  });

  it('reads "the Kingdom" of the Gulf and Asian press as the kingdom the text names, never the United Kingdom', () => {
    const text =
      "Bahrain's non-oil exports rose 6% in 2023. India was the Kingdom's second-largest trading partner, taking 11% of its exports. Exports from the United Kingdom to Bahrain rose 3%.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'growth', 'BH', 'WORLD', 6],
      ['bilateral_trade', 'rank', 'BH', 'IN', 2],
      ['exports', 'share', 'BH', 'IN', 11],
      ['exports', 'growth', 'GB', 'BH', 3],
    ]);
  });
});

describe('names: the adjectives of West and Central African economies', () => {
  it('reads "togolaises", "burkinabè", "tchadiennes", "Nigerese" and "Gabonese" as their economies', () => {
    const fr =
      "Les exportations togolaises vers le Ghana ont atteint 95 milliards de FCFA en 2023. Les importations burkinabè en provenance de Côte d'Ivoire ont atteint 410 milliards de FCFA. Les exportations tchadiennes vers la Chine ont atteint 780 milliards de FCFA.";
    const nl =
      'De Nigerese uitvoer naar Frankrijk bedroeg in 2023 120 miljoen euro. De Gabonese uitvoer naar China bedroeg 2,1 miljard euro.';
    expect(extract(fr, 'fr').map((f) => [f.from, f.to])).toEqual([
      ['TG', 'GH'],
      ['BF', 'CI'],
      ['TD', 'CN'],
    ]);
    expect(extract(nl, 'nl').map((f) => [f.from, f.to])).toEqual([
      ['NE', 'FR'],
      ['GA', 'CN'],
    ]);
  });
});

describe('names: short and local names of African and Gulf economies', () => {
  it('reads "la RD Congo", "le Burkina", "la Centrafrique", "DR Congo" and "Saoedi-Arabië"', () => {
    const fr =
      "Les exportations belges vers la RD Congo ont atteint 310 millions d'euros en 2023. Les exportations belges vers le Burkina ont atteint 41 millions d'euros. Les exportations belges vers la Centrafrique ont atteint 9 millions d'euros.";
    const nl =
      'De Belgische uitvoer naar DR Congo bedroeg in 2023 310 miljoen euro. De Belgische uitvoer naar Saoedi-Arabië bedroeg 2,4 miljard euro.';
    expect(extract(fr, 'fr').map((f) => f.to)).toEqual(['CD', 'BF', 'CF']);
    expect(extract(nl, 'nl').map((f) => f.to)).toEqual(['CD', 'SA']);
  });
});
