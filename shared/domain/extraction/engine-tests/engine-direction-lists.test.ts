import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: names listed "respectivement"', () => {
  it('reads the economies of a list of amounts after "pour", and adjectives listed "respectivement"', () => {
    const text =
      "En 2024, les exportations flamandes vers le Pérou ont atteint 1,9 milliard d'euros, contre 412 millions pour la Wallonie et 288 millions pour Bruxelles. Les importations flamandes et wallonnes en provenance du Pérou se sont élevées respectivement à 820 et 95 millions d'euros.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE-VLG', 'PE', 1.9e9],
      ['exports', 'BE-WAL', 'PE', 412e6],
      ['exports', 'BE-BRU', 'PE', 288e6],
      ['imports', 'BE-VLG', 'PE', 820e6],
      ['imports', 'BE-WAL', 'PE', 95e6],
    ]);
  });

  it('gives positions listed "respectively" to the economies listed before them', () => {
    // Prepare
    const en =
      'In 2019, foreign investment in Kenya rose. The biggest investors in Kenya are its neighbours. Uganda, Tanzania and Ethiopia hold 2nd, 3rd and 5th place respectively.';
    const fr =
      'Les importations du Pérou ont atteint 50 milliards de dollars. Hors UE, le Chili et la Chine sont respectivement le premier et le troisième fournisseur non européen du Pérou.';
    // Act
    const ranks = [...extract(en, 'en'), ...extract(fr, 'fr')].filter((f) => f.measure === 'rank');
    // Assess
    expect(ranks.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['fdi', 'UG', 'KE', 2],
      ['fdi', 'TZ', 'KE', 3],
      ['fdi', 'ET', 'KE', 5],
      ['imports', 'PE', 'CL', 1],
      ['imports', 'PE', 'CN', 3],
    ]);
  });

  it('pairs amounts listed "respectivement" with the economies listed before them', () => {
    const text =
      'En 2022, les exportations du Chili ont atteint 90 milliards de dollars. Si la Chine et les États-Unis restent les deux premiers débouchés, avec respectivement 35 et 14 milliards de dollars, les exportations vers les pays africains ont progressé de 5 %.';
    expect(
      extract(text, 'fr')
        .slice(1)
        .map((f) => [f.from, f.to, f.value]),
    ).toEqual([
      ['CL', 'CN', 3.5e10],
      ['CL', 'US', 1.4e10],
      ['CL', 'AFRICA', 5],
    ]);
  });

  it('pairs amounts with the economies listed before them when "respectively" follows the amounts', () => {
    const text =
      "Kenya's total trade reached $30 billion in 2022. Its trade with Uganda, Tanzania and Egypt came to $3 billion, $2 billion and $1 billion respectively.";
    expect(
      extract(text, 'en')
        .slice(1)
        .map((f) => [f.metric, f.from, f.to, f.value]),
    ).toEqual([
      ['bilateral_trade', 'KE', 'UG', 3e9],
      ['bilateral_trade', 'KE', 'TZ', 2e9],
      ['bilateral_trade', 'EG', 'KE', 1e9],
    ]);
  });

  it('gives an amount of a list the name a preposition attaches right after it ("12 percent to the Netherlands")', () => {
    const text =
      'In 2022, 35 percent of Kenyan exports to Europe were shipped to the United Kingdom, followed by 12 percent to the Netherlands; Germany received 8 percent.';
    expect(extract(text, 'en').find((f) => f.value === 12)).toMatchObject({ from: 'KE', to: 'NL' });
  });

  it('reads no party in the economy inside another item\'s bracket ("la Chine (40 % du total Asie), l\'Inde (20 %)")', () => {
    const text =
      "Les importations du Kenya ont atteint 20 milliards de dollars en 2022. Ses fournisseurs asiatiques sont la Chine (40 % du total Asie), l'Inde (20 %) et le Japon (8 %).";
    expect(
      extract(text, 'fr')
        .slice(1)
        .map((f) => [f.metric, f.from, f.to, f.value]),
    ).toEqual([
      ['imports', 'KE', 'CN', 40],
      ['imports', 'KE', 'IN', 20],
      ['imports', 'KE', 'JP', 8],
    ]);
  });

  it('shares the metric after a list of percentages, also for goods listed "respectivement"', () => {
    const text =
      'En 2023, les produits pétroliers et les produits chimiques représentent respectivement 28% et 15% des importations péruviennes en provenance du Chili.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'PE', 'CL', 28],
      ['imports', 'PE', 'CL', 15],
    ]);
  });

  it('spreads "respectivement" values over the names before it: partners of a flow, markets of a ranking, regions as owners', () => {
    // Prepare
    const french =
      "En 2019, les exportations kényanes vers l'Ouganda et le Rwanda ont progressé respectivement de 14,2% et 6,7%.";
    const markets =
      'De Chileense landbouwuitvoer bedroeg 9 miljard euro. Japan en Brazilië zijn buiten de EU de grootste afzetmarkten (respectievelijk 310 en 240 miljoen euro).';
    const regions =
      'De Belgische uitvoer bedroeg 410 miljard euro. Vlaanderen en Wallonië zijn respectievelijk goed voor 82,6 en 13,1 procent van de Belgische uitvoer.';
    // Act
    const figures = [...extract(french, 'fr'), ...extract(markets, 'nl'), ...extract(regions, 'nl')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['KE', 'UG', 14.2],
      ['KE', 'RW', 6.7],
      ['CL', 'WORLD', 9e9],
      ['CL', 'JP', 310e6],
      ['CL', 'BR', 240e6],
      ['BE', 'WORLD', 410e9],
      ['BE-VLG', 'WORLD', 82.6],
      ['BE-WAL', 'WORLD', 13.1],
    ]);
  });

  it('gives economies listed "respectively" with no flow of their own the flow just stated', () => {
    // Prepare: regions of the reporter's country own their parts; other countries are partners
    const regions =
      'De Vlaamse uitvoer bedroeg 340 miljard euro en is goed voor 82 procent van alle Belgische uitvoer. Het Brussels Hoofdstedelijk Gewest en Wallonië zijn respectievelijk goed voor 4 en 14 procent.';
    const partners =
      "Les exportations kényanes vers l'Europe ont baissé de 3 % en 2019. Le Portugal et l'Italie enregistrent des baisses de respectivement 5 et 8 %.";
    // Act
    const parts = extract(regions, 'nl').map((f) => [f.from, f.to, f.value]);
    const changes = extract(partners, 'fr').map((f) => [f.measure, f.from, f.to, f.value]);
    // Assess
    expect(parts.slice(2)).toEqual([
      ['BE-BRU', 'WORLD', 4],
      ['BE-WAL', 'WORLD', 14],
    ]);
    expect(changes).toEqual([
      ['growth', 'KE', 'EUROPE', -3],
      ['growth', 'KE', 'PT', -5],
      ['growth', 'KE', 'IT', -8],
    ]);
  });
});

describe('direction: names and figures in brackets', () => {
  it('gives an amount in brackets after a rank’s rival to that rival, in the flow the rank is in', () => {
    const fr = extract(
      'En 2023, la Chine est restée le premier client du Pérou, devant les États-Unis (8,9 milliards de dollars).',
      'fr',
    );
    const en = extract(
      "In 2023 China remained Peru's largest export market, ahead of the United States ($8.9 billion).",
      'en',
    );
    for (const figures of [fr, en])
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['exports', 'rank', 'PE', 'CN', 1],
        ['exports', 'value', 'PE', 'US', 8.9e9],
      ]);
  });

  it('gives shares in brackets after rivals the rivals’ side, and skips ministries and private investment', () => {
    const text =
      "En 2023, la France demeure le premier investisseur au Chili avec 30 % des flux d'IDE, devant l'Espagne (12 %) et les États-Unis (9 %). Le ministre de l'Investissement vise 90 milliards de dollars d'investissements privés d'ici 2026.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['rank', 'FR', 'CL', 1],
      ['share', 'FR', 'CL', 30],
      ['share', 'ES', 'CL', 12],
      ['share', 'US', 'CL', 9],
    ]);
  });

  it('gives each name of a list of bracketed shares its own share of the flow before', () => {
    const text =
      "In 2023, Peru's exports increased by 3% to $67 billion. Major export markets were China (33%), the United States (13%) and Canada (4%).";
    expect(
      extract(text, 'en')
        .slice(2)
        .map((f) => [f.from, f.to, f.value]),
    ).toEqual([
      ['PE', 'CN', 33],
      ['PE', 'US', 13],
      ['PE', 'CA', 4],
    ]);
  });

  it('gives amounts in brackets after sibling regions their own flows, and keeps a growth of a combined flow', () => {
    const text =
      'Het Brussels Hoofdstedelijk Gewest voerde in 2023 voor 90 miljoen euro aan goederen uit naar Peru. Vlaanderen (1,5 miljard euro) en Wallonië (300 miljoen euro) blijven veruit de grootste exporteurs naar Peru. Samen goed voor 1,9 miljard euro, kende de Belgische export naar Peru een groei van 8 procent.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'BE-BRU', 'PE', 90e6],
      ['value', 'BE-VLG', 'PE', 1.5e9],
      ['value', 'BE-WAL', 'PE', 300e6],
      ['value', 'BE', 'PE', 1.9e9],
      ['growth', 'BE', 'PE', 8],
    ]);
  });

  it("reads signed changes in brackets after listed names as each name's, the reporter carried from the head (en)", () => {
    // Prepare
    const text =
      "Kenya's exports to Europe fell by 3.1% in March 2019. Decreases were recorded in exports to most key markets, especially Portugal (-18.4%), Spain (-12.6%) and Italy (-7.5%).";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['KE', 'EUROPE', -3.1],
      ['KE', 'PT', -18.4],
      ['KE', 'ES', -12.6],
      ['KE', 'IT', -7.5],
    ]);
  });

  it('reads names in brackets listed after a head figure as its partners, and rivals only after "devant", "voor" (en, nl)', () => {
    // Prepare
    const english =
      "Peru's exports to Africa rose 6 percent in 2022 and went mainly to four countries: Nigeria (46.2%), followed by its neighbours Ghana (17.4%), Kenya (9.1%) and Egypt (4.3%).";
    const dutch =
      'De Keniaanse landbouwuitvoer bedroeg 3 miljard euro. Pakistan is de belangrijkste afzetmarkt (0,6 miljard euro), net voor Egypte (0,4 miljard euro).';
    // Act
    const figures = [...extract(english, 'en'), ...extract(dutch, 'nl')];
    // Assess
    expect(figures.map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['growth', 'PE', 'AFRICA', 6],
      ['share', 'PE', 'NG', 46.2],
      ['share', 'PE', 'GH', 17.4],
      ['share', 'PE', 'KE', 9.1],
      ['share', 'PE', 'EG', 4.3],
      ['value', 'KE', 'WORLD', 3e9],
      ['rank', 'KE', 'PK', 1],
      ['value', 'KE', 'PK', 0.6e9],
      ['value', 'KE', 'EG', 0.4e9],
    ]);
  });

  it('reads one figure stated for two names ("Ecuador and Bolivia (both +11%)", "(6 % chacun)") as a figure of each', () => {
    // Prepare
    const english =
      "In 2019 the largest rises were in Peru's exports to Chile (+19%), Ecuador and Bolivia (both +11%) and in its imports from Brazil and Colombia (both +4%).";
    const french =
      'En 2021, le cuivre (41 %), les fruits (12 %), le poisson et le café (6 % chacun) sont les principaux produits exportés par le Pérou vers le Chili.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(french, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'CL', 19],
      ['exports', 'PE', 'BO', 11],
      ['exports', 'PE', 'EC', 11],
      ['imports', 'PE', 'CO', 4],
      ['imports', 'PE', 'BR', 4],
      ['exports', 'PE', 'CL', 41],
      ['exports', 'PE', 'CL', 12],
      ['exports', 'PE', 'CL', 6],
      ['exports', 'PE', 'CL', 6],
    ]);
  });

  it('keeps the last item of a bracketed list after "et", and the rivals listed after "devant" with their brackets (fr)', () => {
    // Prepare
    const items =
      "En 2019, la progression s'explique par les exportations kényanes vers plusieurs clients comme le Portugal (+7,4%), l’Italie (+21,3%) et les Pays-Bas (+12,9%).";
    const rivals =
      "Les investissements directs étrangers au Pérou ont atteint 3 milliards de dollars en 2023. L'Espagne demeure le premier investisseur avec 31 %, devant la France (11 %) et le Chili (9 %).";
    // Act
    const figures = [...extract(items, 'fr'), ...extract(rivals, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'PT', 7.4],
      ['exports', 'KE', 'IT', 21.3],
      ['exports', 'KE', 'NL', 12.9],
      ['fdi', 'WORLD', 'PE', 3e9],
      ['fdi', 'ES', 'PE', 1],
      ['fdi', 'ES', 'PE', 31],
      ['fdi', 'FR', 'PE', 11],
      ['fdi', 'CL', 'PE', 9],
    ]);
  });

  it("gives a figure in its own name's bracket no party the sentence names after it (en)", () => {
    // Prepare
    const text =
      "Chile's exports rose by 3% in 2019. Copper is a major export product to Asia (41.5%), Europe (12.3%), and is hardly exported to other regions such as Africa.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['CL', 'WORLD', 3],
      ['CL', 'ASIA', 41.5],
      ['CL', 'EUROPE', 12.3],
    ]);
  });

  it("reads the last bracketed item of a list after the name's own alias in brackets", () => {
    const text =
      "In June 2018, Vietnam's exports rose to Japan (+4.2%) and the Republic of Korea (the ROK) (+2.4%).";
    expect(extract(text, 'en').map((f) => [f.to, f.value])).toEqual([
      ['JP', 4.2],
      ['KR', 2.4],
    ]);
  });

  it('keeps two equal changes in brackets after different amounts', () => {
    const text =
      "In March 2017, Peru's goods and services credits grew $730m (2%) to $36,518m. Copper goods grew $140m (2%).";
    expect(extract(text, 'en').map((f) => [f.measure, f.value])).toEqual([
      ['growth', 2],
      ['value', 3.6518e10],
      ['growth', 2],
    ]);
  });
});

describe('direction: elliptic lists of economies and amounts', () => {
  it('reads elliptic parts of a list after commas: "Wallonië voor 398 miljoen", "voor Wallonië van 5,3 procent"', () => {
    const text =
      'Vlaanderen exporteerde in 2023 voor 1,5 miljard euro naar Peru, Wallonië voor 300 miljoen euro.\nVoor Vlaanderen betekent dat een stijging van 9 procent, voor Wallonië van 5 procent.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'BE-VLG', 'PE', 1.5e9],
      ['value', 'BE-WAL', 'PE', 300e6],
      ['growth', 'BE-VLG', 'PE', 9],
      ['growth', 'BE-WAL', 'PE', 5],
    ]);
  });

  it('keeps each amount of a verb-final list with the partner named before it (nl)', () => {
    const text =
      'In 2024 voerde Peru voor 97 miljard euro uit. Naar Chili werd voor 612 miljoen euro uitgevoerd (+3,5 procent), naar Japan voor 1,21 miljard euro (-8,2 procent).';
    expect(extract(text, 'nl').map((f) => [f.measure, f.to, f.value])).toEqual([
      ['value', 'WORLD', 97e9],
      ['value', 'CL', 612e6],
      ['growth', 'CL', 3.5],
      ['value', 'JP', 1.21e9],
      ['growth', 'JP', -8.2],
    ]);
  });

  it('gives an economy after an amount and its preposition to that amount, when a comma ends the item before (nl)', () => {
    // Prepare
    const text =
      'In 2016 werd door Kenia voor 2,4 miljard euro uitgevoerd naar Oeganda, voor 0,9 miljard naar Tanzania en voor 1,3 miljard naar Egypte.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['KE', 'UG', 2.4e9],
      ['KE', 'TZ', 0.9e9],
      ['KE', 'EG', 1.3e9],
    ]);
  });

  it('reads the names of an elliptical list ("du Japon … de 6 %, d\'Inde de 11,3 % et d\'Allemagne de 2,8 %") each as its own partner (fr)', () => {
    // Prepare
    const text =
      'Les exportations chiliennes ont progressé de 8 % en 2018. Les importations du Chili en provenance du Japon ont baissé de 6%, d’Inde de 11,3% et d’Allemagne de 2,8%.';
    // Act
    const figures = extract(text, 'fr').filter((f) => f.metric === 'imports');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['CL', 'JP', -6],
      ['CL', 'IN', -11.3],
      ['CL', 'DE', -2.8],
    ]);
  });

  it('gives a part of the flow before to the name that takes it, not to an adjective of the role noun', () => {
    // Prepare
    const text =
      'Les importations du Chili en provenance de l’Union européenne ont atteint 12 milliards d’euros en 2018. Elles viennent avant tout d’Allemagne (28 % du total). Ses autres fournisseurs européens sont la France (14 % du total) et les Pays-Bas (6 %).';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'CL', 'EU', 12e9],
      ['share', 'CL', 'DE', 28],
      ['share', 'CL', 'FR', 14],
      ['share', 'CL', 'NL', 6],
    ]);
  });

  it('gives each figure of a list "Name, figure, Name, figure" the name before it', () => {
    // Prepare
    const text =
      'De Vlaamse export daalde in 2020 met 10 procent. Ook naar de grootste exportmarkten van Vlaanderen daalde de uitvoer: Duitsland, min 11,5 procent, Frankrijk, min 9 procent, Spanje, min 12 procent en Italië, min 20 procent.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['BE-VLG', 'WORLD', -10],
      ['BE-VLG', 'DE', -11.5],
      ['BE-VLG', 'FR', -9],
      ['BE-VLG', 'ES', -12],
      ['BE-VLG', 'IT', -20],
    ]);
  });

  it('gives the base a bracket compares an item with to that item: "Korea (-9.1 bn compared with -7.6 bn)"', () => {
    // Prepare
    const text =
      'The EU27 trade surplus with Turkey increased (+20.1 bn euro in 2010 compared with +15.3 bn in 2009). The EU27 trade deficit grew with Japan (-18.9 bn compared with -15.2 bn), Korea (-9.1 bn compared with -7.6 bn).';
    // Act
    const figures = extract(text, 'en', '2011-03');
    // Assess
    expect(figures.filter((f) => f.value < 0).map((f) => [f.from, f.to, f.value])).toEqual([
      ['EU', 'JP', -18.9e9],
      ['EU', 'JP', -15.2e9],
      ['EU', 'KR', -9.1e9],
      ['EU', 'KR', -7.6e9],
    ]);
  });

  it('gives countries listed "respectively" with shares of a total the owner names after them the partners', () => {
    const fr =
      "En 2021, le Brésil et l'Argentine représentent respectivement 35,2 % et 12,4 % des exportations chiliennes.";
    const nl = 'India en Thailand vertegenwoordigen respectievelijk 40,1% en 20,5% van de uitvoer van Peru.';
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'BR', 35.2],
      ['exports', 'CL', 'AR', 12.4],
    ]);
    expect(extract(nl, 'nl').map((f) => [f.from, f.to, f.value])).toEqual([
      ['PE', 'IN', 40.1],
      ['PE', 'TH', 20.5],
    ]);
  });

  it('gives each partner of a "followed by X at …, and Y at …" chain the side the first successor took', () => {
    const text =
      "Saudi Arabia's non-oil trade rose 4% in 2023. China remained Saudi Arabia's largest trading partner with trade worth SAR 370 billion, followed by India at SAR 160 billion and the United States at SAR 140 billion.";
    expect(
      extract(text, 'en')
        .filter((f) => f.measure === 'value')
        .map((f) => [f.from, f.to, f.value]),
    ).toEqual([
      ['CN', 'SA', 370e9],
      ['IN', 'SA', 160e9],
      ['SA', 'US', 140e9],
    ]);
  });
});

describe('direction: the next of a ranking in brackets ("suivie de la Chine (10,4 %) et du Nigeria (9,8 %)")', () => {
  it('gives every name after "suivie de" the head’s flow, the last one too', () => {
    const text =
      'Les importations du Ghana ont atteint 14 milliards de dollars en 2023. Le Japon demeure le premier fournisseur du pays, avec une part de 12,1 %, suivi de la Chine (10,3 %) et du Nigeria (7,7 %).';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'GH', 'WORLD', 14_000_000_000],
      ['imports', 'GH', 'JP', 1],
      ['imports', 'GH', 'JP', 12.1],
      ['imports', 'GH', 'CN', 10.3],
      ['imports', 'GH', 'NG', 7.7],
    ]);
  });
});
