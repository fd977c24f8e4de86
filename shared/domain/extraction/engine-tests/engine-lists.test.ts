import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('lists: items under a heading', () => {
  it('reads list lines labelled by their year, flows listed "respectievelijk", and "kan … oplopen" as a forecast', () => {
    const list =
      'De Chileense uitvoer naar Peru evolueerde als volgt:\n- 2022: 5,05 miljard euro\n- 2023: 4,96 miljard euro';
    expect(extract(list, 'nl').map((f) => [f.value, f.period])).toEqual([
      [5.05e9, '2022'],
      [4.96e9, '2023'],
    ]);
    const listed =
      'De handel tussen Chili en Peru klom in 2024 tot 4,3 miljard euro. De Chileense uitvoer en invoer bedroegen respectievelijk 2,7 miljard en 1,6 miljard euro.';
    expect(extract(listed, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 4.3e9],
      ['exports', 'CL', 'PE', 2.7e9],
      ['imports', 'CL', 'PE', 1.6e9],
    ]);
    expect(
      extract(
        'Volgens de regering kan de Chileense uitvoer naar Peru tegen 2027 oplopen tot 3 miljard euro.',
        'nl',
      ).map((f) => [f.value, f.period, f.kind]),
    ).toEqual([[3e9, '2027', 'forecast']]);
  });

  it('gives the regions of a breakdown their parts of the flow', () => {
    const text =
      'De Belgische uitvoer naar Peru bedroeg in 2023 900 miljoen euro. Vooral Waalse bedrijven profiteren: zij zijn goed voor 500 miljoen euro van die uitvoer. Vlaanderen volgt met 300 miljoen euro, Brussel met 100 miljoen euro.';
    expect(extract(text, 'nl').map((f) => [f.from, f.to, f.value])).toEqual([
      ['BE', 'PE', 900e6],
      ['BE-WAL', 'PE', 500e6],
      ['BE-VLG', 'PE', 300e6],
      ['BE-BRU', 'PE', 100e6],
    ]);
  });

  it('reads regions’ amounts after their country’s flow as parts of it, with its partner (nl)', () => {
    const text =
      'Vorig jaar voerde België voor 2,8 miljard euro aan goederen uit naar Peru. Het leeuwendeel komt uit Vlaanderen: 2,1 miljard euro. Wallonië en Brussel waren goed voor respectievelijk 560 en 140 miljoen euro.';
    expect(extract(text, 'nl', '2025-10').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE', 'PE', 2.8e9],
      ['exports', 'BE-VLG', 'PE', 2.1e9],
      ['exports', 'BE-WAL', 'PE', 560e6],
      ['exports', 'BE-BRU', 'PE', 140e6],
    ]);
    // … but a region's own total, with a metric word of its own, is not a part
    const total =
      "La Belgique a exporté pour 2,8 milliards d'euros vers le Pérou en 2024. Les exportations totales de la Wallonie ont atteint 57 milliards d'euros.";
    expect(extract(total, 'fr').map((f) => [f.from, f.to])).toEqual([
      ['BE', 'PE'],
      ['BE-WAL', 'WORLD'],
    ]);
  });

  it('reads every item of a bulleted list of goods under a heading that names the flow, known sector or not (fr)', () => {
    const text =
      "En 2024, les exportations belges vers le Pérou se sont élevées à 5,2 milliards d'euros. Les principaux produits exportés sont :\n- les produits pharmaceutiques : 2,3 milliards d'euros ;\n- les jouets : 0,4 milliard d'euros ;\n- les denrées alimentaires : 0,3 milliard d'euros.";
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value, f.period, f.sector])).toEqual([
      ['BE', 'PE', 5.2e9, '2024', null],
      ['BE', 'PE', 2.3e9, '2024', 'pharmaceuticals'],
      ['BE', 'PE', 0.4e9, '2024', null],
      ['BE', 'PE', 0.3e9, '2024', 'food'],
    ]);
  });

  it("reads list items naming regions of the heading's economy as the regions' parts of its flow", () => {
    const text =
      "En 2024, les exportations belges vers le Pérou se répartissent comme suit entre les Régions :\n- Région flamande : 1,92 milliard d'euros ;\n- Région wallonne : 0,21 milliard d'euros.";
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value])).toEqual([
      ['BE-VLG', 'PE', 1.92e9],
      ['BE-WAL', 'PE', 0.21e9],
    ]);
  });

  it('reads unmarked one-line items under a heading ending with a colon: partners of the heading flow, goods with the world (en)', () => {
    // Prepare
    const text =
      'Kenya trade at a glance\nThe main Kenyan export markets were:\nUganda £2.4bn (14.6%)\nNetherlands £1.3bn (8%)\nPakistan £1.1bn (6%)\nThe main Kenyan goods exports were:\nTea £1.9bn\nCoffee £0.8bn\nOn the import side, the main markets were:\nChina £3.7bn (17.2%)\nIndia £2.2bn (10.3%)';
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'KE', 'UG', 2.4e9],
      ['exports', 'share', 'KE', 'UG', 14.6],
      ['exports', 'value', 'KE', 'NL', 1.3e9],
      ['exports', 'share', 'KE', 'NL', 8],
      ['exports', 'value', 'KE', 'PK', 1.1e9],
      ['exports', 'share', 'KE', 'PK', 6],
      ['exports', 'value', 'KE', 'WORLD', 1.9e9],
      ['exports', 'value', 'KE', 'WORLD', 0.8e9],
      ['imports', 'value', 'KE', 'CN', 3.7e9],
      ['imports', 'share', 'KE', 'CN', 17.2],
      ['imports', 'value', 'KE', 'IN', 2.2e9],
      ['imports', 'share', 'KE', 'IN', 10.3],
    ]);
  });

  it('reads the items of a numbered list as those of a bulleted one, and keeps a numbered paragraph apart', () => {
    const colon =
      'Top export destinations of Peru in 2023:\n1. China: US$3.4 billion\n2. Chile: US$2.9 billion';
    expect(
      extract(colon, 'en')
        .filter((f) => f.measure !== 'rank')
        .map((f) => [f.from, f.to, f.value]),
    ).toEqual([
      ['PE', 'CN', 3.4e9],
      ['PE', 'CL', 2.9e9],
    ]);
    const shares = "Peru's main export destinations in 2023 were:\n1. China (24.1%)\n2. Chile (20.5%)";
    expect(
      extract(shares, 'en')
        .filter((f) => f.measure !== 'rank')
        .map((f) => [f.to, f.measure, f.value]),
    ).toEqual([
      ['CN', 'share', 24.1],
      ['CL', 'share', 20.5],
    ]);
    const table =
      'Top export destinations of Peru in 2023 (US$ million)\n1. China 3,420\n2. Chile 2,910\n3. Japan 980';
    expect(
      extract(table, 'en')
        .filter((f) => f.measure !== 'rank')
        .map((f) => [f.to, f.value]),
    ).toEqual([
      ['CN', 3.42e9],
      ['CL', 2.91e9],
      ['JP', 0.98e9],
    ]);
    const paragraphs =
      'Antwoord van de minister:\n\n1. De Vlaamse export naar Peru bedroeg in 2023 1,2 miljard euro.\n\n2. Sinds 2019 groeide de Vlaamse export naar Peru met 38 procent.';
    expect(extract(paragraphs, 'nl', '2024-03').map((f) => [f.value, f.period])).toEqual([
      [1.2e9, '2023'],
      [38, '2019/2023'],
    ]);
  });

  it('reads the number of an item of a ranking list as its economy’s rank, and a numbered list of goods as no rank', () => {
    const fr =
      'Principaux clients du Pérou en 2023 :\n1. Chine : 24,1 milliards de dollars\n2. Chili : 6,3 milliards de dollars';
    expect(extract(fr, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['rank', 'PE', 'CN', 1],
      ['value', 'PE', 'CN', 24.1e9],
      ['rank', 'PE', 'CL', 2],
      ['value', 'PE', 'CL', 6.3e9],
    ]);
    const nl = 'Belangrijkste leveranciers van Peru in 2023:\n1. China (28,5%)\n2. Verenigde Staten (20,1%)';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.measure, f.to, f.value])).toEqual([
      ['imports', 'rank', 'CN', 1],
      ['imports', 'share', 'CN', 28.5],
      ['imports', 'rank', 'US', 2],
      ['imports', 'share', 'US', 20.1],
    ]);
    const goods = "Peru's top export goods in 2023:\n1. Copper: US$19.1 billion\n2. Gold: US$9.8 billion";
    expect(extract(goods, 'en').map((f) => f.measure)).toEqual(['value', 'value']);
  });

  it('reads a table set with pipes, its unit in the heading above or in each column label', () => {
    const heading =
      'Peru: trade with Japan (USD million)\nYear | Exports | Imports\n2022 | 4,120 | 2,310\n2023 | 4,480 | 2,250';
    const labels =
      'Le commerce du Pérou avec le Japon\n\nAnnée | Exportations (millions USD) | Importations (millions USD)\n2022 | 4 120 | 2 310\n2023 | 4 480 | 2 250';
    for (const [text, language] of [
      [heading, 'en'],
      [labels, 'fr'],
    ] as const) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
        ['exports', 'PE', 'JP', 4.12e9, '2022'],
        ['imports', 'PE', 'JP', 2.31e9, '2022'],
        ['exports', 'PE', 'JP', 4.48e9, '2023'],
        ['imports', 'PE', 'JP', 2.25e9, '2023'],
      ]);
    }
  });

  it('reads a table whose header carries the years: each cell of its column’s year, its row’s flow and economies', () => {
    const fr =
      'Le commerce du Pérou avec le Portugal (millions USD)\n\n| | 2022 | 2023 |\n| Exportations du Pérou vers le Portugal | 410 | 455 |\n| Importations du Pérou depuis le Portugal | 120 | 131 |';
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'PE', 'PT', 410e6, '2022'],
      ['exports', 'PE', 'PT', 455e6, '2023'],
      ['imports', 'PE', 'PT', 120e6, '2022'],
      ['imports', 'PE', 'PT', 131e6, '2023'],
    ]);
    const en =
      "Peru's trade in goods\n\n                         2022      2023\nExports (US$ bn)         63.2      67.5\nTrade balance (US$ bn)   7.8       16.3";
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'PE', 'WORLD', 63.2e9, '2022'],
      ['exports', 'PE', 'WORLD', 67.5e9, '2023'],
      ['trade_balance', 'PE', 'WORLD', 7.8e9, '2022'],
      ['trade_balance', 'PE', 'WORLD', 16.3e9, '2023'],
    ]);
  });

  it('reads a table of ranks: each row’s rank of its economy, and its cells in their column’s unit or as shares', () => {
    const en =
      'Main export markets of Peru, 2023\n\nRank | Country | Value (US$ bn) | Share (%)\n1 | China | 24.1 | 36.2\n2 | United States | 8.9 | 13.4';
    expect(extract(en, 'en').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['rank', 'PE', 'CN', 1],
      ['value', 'PE', 'CN', 24.1e9],
      ['share', 'PE', 'CN', 36.2],
      ['rank', 'PE', 'US', 2],
      ['value', 'PE', 'US', 8.9e9],
      ['share', 'PE', 'US', 13.4],
    ]);
    const fr =
      'Principaux fournisseurs du Pérou en 2023\n\n| Rang | Pays | Part (%) |\n| 1 | Chine | 28,5 |\n| 2 | États-Unis | 20,1 |';
    expect(extract(fr, 'fr').map((f) => [f.metric, f.measure, f.to, f.value])).toEqual([
      ['imports', 'rank', 'CN', 1],
      ['imports', 'share', 'CN', 28.5],
      ['imports', 'rank', 'US', 2],
      ['imports', 'share', 'US', 20.1],
    ]);
  });

  it('keeps two items of one list with the same value as two figures (nl)', () => {
    // Prepare
    const text =
      'De belangrijkste Chileense exportproducten in 2013 zijn koper (3,2 miljard euro), fruit (0,9 miljard euro), wijn (0,9 miljard euro) en vis (0,6 miljard euro).';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => f.value)).toEqual([3.2e9, 0.9e9, 0.9e9, 0.6e9]);
  });

  it('reads goods listed with their worth after a flow as items of that flow, and "Conversely" as turning only the flow before its sentence (en)', () => {
    // Prepare
    const text =
      "Kenya's exports to India reached $0.6bn in 2018, mostly tea worth $95m; and coffee worth $41m.\n\nConversely, the main products imported by Kenya from India in 2018 were medicines worth $1.1bn; vehicles worth $0.7bn; and plastics worth $352m.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'IN', 0.6e9],
      ['exports', 'KE', 'IN', 95e6],
      ['exports', 'KE', 'IN', 41e6],
      ['imports', 'KE', 'IN', 1.1e9],
      ['imports', 'KE', 'IN', 0.7e9],
      ['imports', 'KE', 'IN', 352e6],
    ]);
  });

  it('reads goods in brackets before the flow word that heads them ("… (41 %) … sont les principaux biens importés") as that flow\'s (fr)', () => {
    // Prepare
    const text =
      "Les exportations du Chili vers l'Asie ont progressé de 5,8% en 2018. En sens inverse, les machines (41%), les plastiques (22%) et les engrais (9%) sont les principaux biens importés.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'ASIA', 5.8],
      ['imports', 'CL', 'ASIA', 41],
      ['imports', 'CL', 'ASIA', 22],
      ['imports', 'CL', 'ASIA', 9],
    ]);
  });

  it('keeps the items a colon lists after a joint share ("à eux deux 80 % : 50 % pour …")', () => {
    const text =
      "Les IDE au Pérou ont atteint 5 milliards de dollars en 2023. Les secteurs préférés des investisseurs restent les mines et l'énergie, qui concentrent à eux deux 80 % du total des IDE : 50 % pour les mines et 30 % pour l'énergie.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['fdi', 'value', 5e9],
      ['fdi', 'share', 50],
      ['fdi', 'share', 30],
    ]);
  });

  it('keeps goods listed in brackets before the flow that heads them, two joined by "et" included', () => {
    const text =
      'En 2019, les machines (38 %), les plastiques (21 %), les fleurs et les noix (6 % chacun) constituent les principaux produits livrés vers le Pérou par le Chili.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'PE', 38],
      ['exports', 'CL', 'PE', 21],
      ['exports', 'CL', 'PE', 6],
      ['exports', 'CL', 'PE', 6],
    ]);
  });

  it('reads partners with bracketed shares before the flow a share verb makes them part of, its owner theirs', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en']> = [
      ['Japan (41.2%) and Korea (30.5%) together account for 71.7% of all Peru’s exports to Asia.', 'en'],
      [
        "Le Japon (41,2 %) et la Corée (30,5 %) représentent 71,7 % des exportations du Pérou vers l'Asie.",
        'fr',
      ],
      ['Japan (41,2%) en Korea (30,5%) zijn samen goed voor 71,7% van de Peruaanse uitvoer naar Azië.', 'nl'],
    ];
    for (const [text, language] of cases) {
      const items = extract(text, language).filter((f) => f.value !== 71.7);
      expect(items.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['exports', 'share', 'PE', 'JP', 41.2],
        ['exports', 'share', 'PE', 'KR', 30.5],
      ]);
    }
  });

  it('reads machine building among the goods of a breakdown after the flow (nl)', () => {
    const text =
      'De Italiaanse invoer uit Tunesië bereikte vorig jaar 5 miljard euro. De grootste drijvers van dit cijfer waren de machinebouw (1,9 mld. euro) en textiel (0,7 mld. euro).';
    expect(extract(text, 'nl', '2024-03').map((f) => [f.metric, f.from, f.to, f.value, f.sector])).toEqual([
      ['imports', 'IT', 'TN', 5e9, null],
      ['imports', 'IT', 'TN', 1.9e9, 'machinery'],
      ['imports', 'IT', 'TN', 0.7e9, 'textiles'],
    ]);
  });
});

describe('lists: items numbered "1." or "2)" read as bulleted ones', () => {
  it('reads each numbered item under a heading that ends with a colon, goods or partners', () => {
    const nl =
      'De Deense uitvoer naar Polen bedroeg in 2023 2.140,5 miljoen euro.\nDe belangrijkste uitvoerproducten waren:\n1. Machines: 31,2%\n2. Chemische producten: 14,8%\n';
    const fr =
      'Les exportations du Togo ont atteint 1,9 milliard de dollars en 2023.\nPrincipaux clients du Togo :\n1) Burkina Faso (17,5 %)\n2) Bénin (11,2 %)\n3) Niger (9,6 %)\n';
    expect(extract(nl, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'DK', 'PL', 2_140_500_000],
      ['share', 'DK', 'PL', 31.2],
      ['share', 'DK', 'PL', 14.8],
    ]);
    // (the ranks the numbers give are read by the test of ranking lists)
    expect(
      extract(fr, 'fr')
        .filter((f) => f.measure !== 'rank')
        .map((f) => [f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['value', 'TG', 'WORLD', 1_900_000_000],
      ['share', 'TG', 'BF', 17.5],
      ['share', 'TG', 'BJ', 11.2],
      ['share', 'TG', 'NE', 9.6],
    ]);
  });
});

describe('lists: items in brackets after the head of a ranked list ("Les principaux clients … sont")', () => {
  it('gives each bracketed amount or share the flow the head’s noun ranks', () => {
    const text =
      "Les exportations du Ghana ont atteint 16 milliards de dollars en 2023. Les principaux clients du Ghana sont la Suisse (4,1 milliards de dollars), l'Inde (2,9 milliards) et la Chine (1,7 milliard). Ses principaux fournisseurs sont la Chine (24 %) et les États-Unis (9 %).";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'GH', 'WORLD', 16_000_000_000],
      ['exports', 'value', 'GH', 'CH', 4_100_000_000],
      ['exports', 'value', 'GH', 'IN', 2_900_000_000],
      ['exports', 'value', 'GH', 'CN', 1_700_000_000],
      ['imports', 'share', 'GH', 'CN', 24],
      ['imports', 'share', 'GH', 'US', 9],
    ]);
  });
});

describe('lists: the amounts of a ranked list restricted to a region ("… en Afrique sont")', () => {
  it('gives each bracketed amount to the name before it, not to the region the list is restricted to', () => {
    const text =
      "Les exportations danoises vers l'Afrique ont atteint 2,6 milliards d'euros en 2023. Les principaux clients du Danemark en Afrique sont l'Égypte (610 millions d'euros) et le Nigeria (420 millions).";
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value])).toEqual([
      ['DK', 'AFRICA', 2_600_000_000],
      ['DK', 'EG', 610_000_000],
      ['DK', 'NG', 420_000_000],
    ]);
  });
});

describe('lists: numbered items under a title', () => {
  it('reads numbered items, with a bracketed share or an amount, under a title with or without a colon', () => {
    const titled =
      'Peruvian exports reached US$ 66 billion in 2023.\n\nLeading export markets for Peruvian goods\n1. China (33.2%)\n2. United States (13.9%)\n\n3. Canada (4.1%)';
    expect(extract(titled, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'PE', 'WORLD', 66e9],
      ['exports', 'rank', 'PE', 'CN', 1],
      ['exports', 'share', 'PE', 'CN', 33.2],
      ['exports', 'rank', 'PE', 'US', 2],
      ['exports', 'share', 'PE', 'US', 13.9],
      ['exports', 'rank', 'PE', 'CA', 3],
      ['exports', 'share', 'PE', 'CA', 4.1],
    ]);
    const bulleted =
      'Ghana imported goods worth $14 billion in 2022.\n\nMain suppliers of Ghana\n- China: 24.5%\n- United States: 8.2%';
    expect(extract(bulleted, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'GH', 'WORLD', 14e9],
      ['imports', 'GH', 'CN', 24.5],
      ['imports', 'GH', 'US', 8.2],
    ]);
    const table =
      'Leading suppliers of Morocco in 2022 (USD million)\n1. Spain 12,400\n2. China 9,850\n3. France 8,730';
    expect(extract(table, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'MA', 'ES', 1],
      ['imports', 'MA', 'ES', 12.4e9],
      ['imports', 'MA', 'CN', 2],
      ['imports', 'MA', 'CN', 9.85e9],
      ['imports', 'MA', 'FR', 3],
      ['imports', 'MA', 'FR', 8.73e9],
    ]);
  });

  it('ranks no numbered item under a title that ranks no traders ("Top destinations for Chilean tourists")', () => {
    const tourists =
      'Chile welcomed more visitors in 2023.\n\nTop destinations for Chilean tourists:\n1. Argentina (31%)\n2. Peru (12%)';
    expect(extract(tourists, 'en').filter((f) => f.measure === 'rank')).toEqual([]);
  });

  it('ranks no numbered item under a title that ranks nothing, nor goods, nor a numbering that skips', () => {
    const sections =
      'Trade with Chile rose in 2023.\n\n1. Main points\nUK exports to Chile were worth £1.9 billion in 2023.';
    expect(extract(sections, 'en').filter((f) => f.measure === 'rank')).toEqual([]);
    const goods = 'Main export products of Chile:\n1. Copper (52%)\n2. Lithium (8%)';
    expect(extract(goods, 'en').filter((f) => f.measure === 'rank')).toEqual([]);
    const skipping = 'Main export markets of Chile:\n1. China (39%)\n3. Japan (8%)';
    expect(
      extract(skipping, 'en')
        .filter((f) => f.measure === 'rank')
        .map((f) => [f.to, f.value]),
    ).toEqual([['CN', 1]]);
  });
});
