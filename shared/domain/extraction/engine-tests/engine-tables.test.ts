import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('tables: rows and columns under a heading', () => {
  it('reads table rows named by their flow under a heading that names the pair, and a verb-final decline', () => {
    const text =
      'De Chileense handel met Peru in de periode 2022-2024 (in miljoen euro):\n\nUitvoer 2022: 8.412\nUitvoer 2024: 6.354\nInvoer 2024: 1.187\n\nDe daling is toe te schrijven aan koper, waar de export naar Peru sinds 2022 met 38 procent terugviel.';
    expect(extract(text, 'nl', '2025-01').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'CL', 'PE', 8412e6, '2022'],
      ['exports', 'CL', 'PE', 6354e6, '2024'],
      ['imports', 'CL', 'PE', 1187e6, '2024'],
      ['exports', 'CL', 'PE', -38, '2022/2024'],
    ]);
  });

  it('reads a table under a heading that names the flow and leaves an economy out (partners buiten de EU)', () => {
    const text =
      'Statbel – Buitenlandse handel, derde kwartaal 2025\n\nIn het derde kwartaal van 2025 bedroeg de Belgische uitvoer 96,2 miljard euro.\n\nBelangrijkste partners buiten de EU (uitvoer, miljoen euro):\nVerenigde Staten: 7.845\nPeru: 412';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE', 'WORLD', 96.2e9],
      ['exports', 'BE', 'US', 7845e6],
      ['exports', 'BE', 'PE', 412e6],
    ]);
  });

  it('reads a table whose heading gives the unit in brackets', () => {
    const text =
      'Principaux fournisseurs du Pérou en 2023 (en millions de dollars)\nChine : 24 310\nÉtats-Unis : 12 875\n';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['imports', 'PE', 'CN', 24310e6, 'USD', '2023'],
      ['imports', 'PE', 'US', 12875e6, 'USD', '2023'],
    ]);
  });

  it('reads table rows labelled with a year under a heading with the unit', () => {
    const text =
      'De tabel geeft de Chileense uitvoer naar Peru en Bolivia weer (in miljoen dollar).\nPeru 2022: 2 310\nPeru 2023: 2 480\nBolivia 2023: 1 020\n';
    expect(extract(text, 'nl').map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['CL', 'PE', 2310e6, '2022'],
      ['CL', 'PE', 2480e6, '2023'],
      ['CL', 'BO', 1020e6, '2023'],
    ]);
  });

  it('reads a table of years under a heading with its unit as "(EUR million)" (en)', () => {
    const text =
      'Belgian exports to Peru rose 4 percent in 2024 to EUR 2.31 billion.\n\nBelgian exports to Peru (EUR million)\n2022    2,054\n2023    2,217\n2024    2,310\n';
    expect(extract(text, 'en').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['growth', 'BE', 'PE', 4, '2024'],
      ['value', 'BE', 'PE', 2.31e9, '2024'],
      ['value', 'BE', 'PE', 2.054e9, '2022'],
      ['value', 'BE', 'PE', 2.217e9, '2023'],
    ]);
  });

  it('reads a table with a column per flow and a row per year under a heading naming the pair and the unit', () => {
    const nl =
      'De cijfers over de Belgische handel met Peru vindt u in onderstaande tabel (in miljoen euro):\n\nJaar    Uitvoer    Invoer\n2022    5.412    6.903\n2023    5.106    6.547\n';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.quote])).toEqual([
      ['exports', 'BE', 'PE', 5.412e9, '2022', '5.412'],
      ['imports', 'BE', 'PE', 6.903e9, '2022', '6.903'],
      ['exports', 'BE', 'PE', 5.106e9, '2023', '5.106'],
      ['imports', 'BE', 'PE', 6.547e9, '2023', '6.547'],
    ]);
    const fr =
      "Échanges de la Belgique avec le Pérou (en millions d'euros) :\nAnnée\tExportations\tImportations\n2023\t1 250\t830\n";
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'BE', 'PE', 1.25e9, '2023'],
      ['imports', 'BE', 'PE', 830e6, '2023'],
    ]);
  });

  it('reads a "Solde" column as balances, a GDP as no figure, and a pledge ("s\'est engagé à") as a target (fr)', () => {
    const table =
      "Échanges de biens de la Belgique avec le Pérou (en millions d'euros) :\n\nAnnée    Exportations    Importations    Solde\n2024    1 250    1 830    -580\n";
    expect(extract(table, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE', 'PE', 1.25e9],
      ['imports', 'BE', 'PE', 1.83e9],
      ['trade_balance', 'BE', 'PE', -580e6],
    ]);
    const text =
      "Le Chili, avec un PIB de 330 milliards de dollars, a vu ses échanges avec le Pérou atteindre 6 milliards de dollars en 2024. Santiago s'est engagé à mobiliser 2 milliards de dollars d'investissements au Pérou d'ici 2028.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.value, f.kind])).toEqual([
      ['bilateral_trade', 6e9, 'actual'],
      ['fdi', 2e9, 'target'],
    ]);
  });

  it('reads a table of partners with an amount and a share column, under a heading naming the flow "(uitvoer in miljoen euro)"', () => {
    const text =
      'Exportcijfers 2024\n\nTop Chileense exportbestemmingen (uitvoer in miljoen euro)\n\nBestemming    Uitvoer    Aandeel\nPeru    3.920    1,1%\nJapan    1.840    0,5%\n';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['value', 'CL', 'PE', 3.92e9, '2024'],
      ['share', 'CL', 'PE', 1.1, '2024'],
      ['value', 'CL', 'JP', 1.84e9, '2024'],
      ['share', 'CL', 'JP', 0.5, '2024'],
    ]);
  });

  it('reads a cell of a row named by an economy as the flow its column names, and the total row as with the world', () => {
    const cases: Array<[string, 'nl' | 'en']> = [
      [
        'Buitenlandse handel van Zweden in 2022 (in miljoen euro)\nRegio    Uitvoer    Invoer\nEU    6.900    11.700\nTotaal    7.400    12.300\n\nBron: SCB.',
        'nl',
      ],
      [
        "Sweden's foreign trade in 2022 (EUR million)\nRegion\tExports\tImports\nEU\t6,900\t11,700\nTotal\t7,400\t12,300\n\nSource: SCB.",
        'en',
      ],
    ];
    for (const [text, language] of cases)
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'SE', 'EU', 6900e6],
        ['imports', 'SE', 'EU', 11700e6],
        ['exports', 'SE', 'WORLD', 7400e6],
        ['imports', 'SE', 'WORLD', 12300e6],
      ]);
  });

  it('reads a table of percentage changes by economy, its flow and year in its title, whatever the separator', () => {
    const cases: Array<[string, 'nl' | 'en' | 'fr']> = [
      [
        'De Deense uitvoer van kaas daalde in 2022, meldt Danmarks Statistik.\n\nUitvoer van kaas, 2022\nRegioUitvoerwaarde kaas (% verandering t.o.v. een jaar eerder)\nAzië-40\nAfrika -12\nEuropa: 8,5\n\nBron: DST.',
        'nl',
      ],
      [
        'Danish cheese exports fell in 2022, Statistics Denmark said.\n\nCheese exports by continent, 2022\nRegion (% change on a year earlier)\nAsia\t-40\nAfrica\t-12\nEurope\t8.5\n\nSource: DST.',
        'en',
      ],
      [
        'Les exportations danoises de fromage ont reculé en 2022.\n\nExportations de fromage par continent, 2022\nRégion (variation en %)\nAsie : -40\nAfrique : -12\nEurope : 8,5\n\nSource : DST.',
        'fr',
      ],
    ];
    for (const [text, language] of cases)
      expect(
        extract(text, language)
          .filter((f) => f.measure === 'growth' && f.to !== 'WORLD')
          .map((f) => [f.metric, f.from, f.to, f.value, f.period]),
        language,
      ).toEqual([
        ['exports', 'DK', 'ASIA', -40, '2022'],
        ['exports', 'DK', 'AFRICA', -12, '2022'],
        ['exports', 'DK', 'EUROPE', 8.5, '2022'],
      ]);
  });

  it('reads a table of changes with a column per flow set with single spaces, its header after the heading', () => {
    const nl =
      'Zweedse buitenlandse handel in het derde kwartaal van 2024.\nGemiddelde van drie maanden (juli, augustus, september) (procentuele verandering t.o.v. een jaar eerder) Uitvoer Invoer Ruilvoet\nVerloop dekkingsgraad\nEU 4,2 --1,3\nExtra-EU 2,2 0,8\nTotaal 3,8 2,1\nVolumes 1,1 0,4 0,7\nBron: SCB';
    expect(
      extract(nl, 'nl', '2024-11').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period]),
    ).toEqual([
      ['exports', 'growth', 'SE', 'EU', 4.2, '2024-07/2024-09'],
      ['imports', 'growth', 'SE', 'EU', -1.3, '2024-07/2024-09'],
      ['exports', 'growth', 'SE', 'WORLD', 3.8, '2024-07/2024-09'],
      ['imports', 'growth', 'SE', 'WORLD', 2.1, '2024-07/2024-09'],
    ]);
    const en =
      "Sweden's foreign trade, third quarter of 2024 (% change on a year earlier) Exports Imports\nEU 4.2 -1.3\nTotal 3.8 2.1\nSource: SCB";
    expect(extract(en, 'en').map((f) => [f.metric, f.to, f.value, f.period])).toEqual([
      ['exports', 'EU', 4.2, '2024-07/2024-09'],
      ['imports', 'EU', -1.3, '2024-07/2024-09'],
      ['exports', 'WORLD', 3.8, '2024-07/2024-09'],
      ['imports', 'WORLD', 2.1, '2024-07/2024-09'],
    ]);
  });

  it('reads a table of amounts with a column per flow set with single spaces, under its unit', () => {
    const en =
      'Swedish trade in 2024 (EUR million) Exports Imports\nNorway 412 380\nTotal 7,400 6,900\nSource: SCB';
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'SE', 'NO', 412e6, '2024'],
      ['imports', 'SE', 'NO', 380e6, '2024'],
      ['exports', 'SE', 'WORLD', 7.4e9, '2024'],
      ['imports', 'SE', 'WORLD', 6.9e9, '2024'],
    ]);
  });

  it('reads a table whose flow columns split into sub-columns (amount, change, a month), flattened, its rows on one line', () => {
    const expected = [
      ['exports', 'value', 'NO', 4.1e9, '2024-05'],
      ['exports', 'growth', 'NO', 3.2, '2024-05'],
      ['imports', 'value', 'NO', 3.9e9, '2024-05'],
      ['imports', 'growth', 'NO', -1.5, '2024-05'],
      ['trade_balance', 'value', 'NO', 0.2e9, '2024-05'],
      ['trade_balance', 'value', 'NO', 0.4e9, '2023-05'],
      ['exports', 'value', 'WORLD', 14.2e9, '2024-05'],
      ['exports', 'growth', 'WORLD', 2.8, '2024-05'],
      ['imports', 'value', 'WORLD', 13.1e9, '2024-05'],
      ['imports', 'growth', 'WORLD', 0.9, '2024-05'],
      ['trade_balance', 'value', 'WORLD', 1.1e9, '2024-05'],
      ['trade_balance', 'value', 'WORLD', 0.7e9, '2023-05'],
    ];
    const cases: Array<[string, Language]> = [
      [
        'Buitenlandse handel van Zweden\nMEI 2024\nUitvoer Invoer Saldo (in miljarden euro)\nIn miljarden\neuro\nVeranderingspercentages\n\n1\nIn miljarden\neuro\nVeranderingspercentages\nMei\n2024\nMei\n2023\nNoorwegen 4,1 3,2 3,9 --1,5 0,2 0,4 Extra-EU 5,0 1,1 4,2 0,3 0,8 0,3 Totaal 14,2 2,8 13,1 0,9 1,1 0,7\nBron: SCB',
        'nl',
      ],
      [
        'Swedish foreign trade\nMay 2024\nExports Imports Balance (EUR bn)\nEUR bn % change EUR bn % change May 2024 May 2023\nNorway 4.1 3.2 3.9 -1.5 0.2 0.4 Total 14.2 2.8 13.1 0.9 1.1 0.7\nSource: SCB',
        'en',
      ],
      [
        "Commerce extérieur de la Suède\nMai 2024\nExportations Importations Solde (en milliards d'euros)\nEn milliards d'euros Variation en % En milliards d'euros Variation en % Mai 2024 Mai 2023\nNorvège 4,1 3,2 3,9 -1,5 0,2 0,4 Total 14,2 2,8 13,1 0,9 1,1 0,7\nSource : SCB",
        'fr',
      ],
    ];
    for (const [text, language] of cases)
      expect(
        extract(text, language, '2024-07').map((f) => [f.metric, f.measure, f.to, f.value, f.period]),
        language,
      ).toEqual(expected);
  });

  it("reads the key figures of an economy, each row's label naming its flow and unit, as its trade with the world", () => {
    const en =
      'Key figures of Peru, 2024\nPopulation (millions) | 34.1 |\n---|---|\nGDP (USD bn) | 268.2 |\nExports of goods (USD bn) | 71.3 |\nImports of goods (USD bn) | 55.9 |';
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'PE', 'WORLD', 71.3e9, 'USD', '2024'],
      ['imports', 'PE', 'WORLD', 55.9e9, 'USD', '2024'],
    ]);
    const nl =
      'Kerncijfers van Peru (2024)\nUitvoer van goederen (in miljard dollar): 71,3\nInvoer van goederen (in miljard dollar): 55,9';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'WORLD', 71.3e9],
      ['imports', 'PE', 'WORLD', 55.9e9],
    ]);
  });
});

describe('tables as web pages set them (tables written for these tests)', () => {
  const read = (text: string, language: 'fr' | 'nl' | 'en') =>
    extract(text, language).map((f) => [f.metric, f.from, f.to, f.value, f.period]);

  it('reads a table set with pipes, its header and rule lines, in the unit of the title above it', () => {
    const text =
      "Peru's trade with Norway (USD million)\n| Year | Exports | Imports |\n|---|---|---|\n| 2021 | 310 | 95 |\n| 2022 | 342 | 101 |\n";
    expect(read(text, 'en')).toEqual([
      ['exports', 'PE', 'NO', 3.1e8, '2021'],
      ['imports', 'PE', 'NO', 9.5e7, '2021'],
      ['exports', 'PE', 'NO', 3.42e8, '2022'],
      ['imports', 'PE', 'NO', 1.01e8, '2022'],
    ]);
  });

  it('reads a table of two columns, a year and a value, under a title that names the flow and the unit', () => {
    const text =
      'Exportations du Pérou vers la Norvège, 2021-2022 (en millions de dollars)\nAnnée\tValeur\n2021\t310\n2022\t342\n';
    expect(read(text, 'fr')).toEqual([
      ['exports', 'PE', 'NO', 3.1e8, '2021'],
      ['exports', 'PE', 'NO', 3.42e8, '2022'],
    ]);
  });

  it('reads rows "year : value" one a line under a title with the unit', () => {
    const text = 'Exportations du Pérou vers la Norvège (en millions de dollars)\n2021 : 310\n2022 : 342\n';
    expect(read(text, 'fr').map(([, , , value]) => value)).toEqual([3.1e8, 3.42e8]);
  });

  it('reads a list of partners under a title that gives the unit in brackets, with no colon', () => {
    const text =
      'Main export markets of Peru, 2023 (USD billion)\nChina 21.4\nUnited States 9.8\nCanada 3.1\n';
    expect(read(text, 'en')).toEqual([
      ['exports', 'PE', 'CN', 2.14e10, '2023'],
      ['exports', 'PE', 'US', 9.8e9, '2023'],
      ['exports', 'PE', 'CA', 3.1e9, '2023'],
    ]);
  });

  it('reads a table set with pipes under a title in pounds or yen with their scale, its header no wrapped prose', () => {
    const text =
      'Trade in goods between the UK and Korea (£ million)\nYear | UK exports | UK imports\n2022 | 8,210 | 6,480\n2023 | 8,905 | 6,150';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'GB', 'KR', 8.21e9, '2022'],
      ['imports', 'GB', 'KR', 6.48e9, '2022'],
      ['exports', 'GB', 'KR', 8.905e9, '2023'],
      ['imports', 'GB', 'KR', 6.15e9, '2023'],
    ]);
  });

  it('reads a table whose columns give their unit in their labels, under a title naming the pair', () => {
    const text =
      'Trade in goods between Canada and Chile\nYear | Canadian exports (C$ million) | Canadian imports (C$ million)\n2022 | 1,120 | 2,340\n2023 | 1,205 | 2,198';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'CA', 'CL', 1.12e9, 'CAD', '2022'],
      ['imports', 'CA', 'CL', 2.34e9, 'CAD', '2022'],
      ['exports', 'CA', 'CL', 1.205e9, 'CAD', '2023'],
      ['imports', 'CA', 'CL', 2.198e9, 'CAD', '2023'],
    ]);
  });
});

describe('tables: years by flows under a heading that names only the partner, and "(2022: …)" after an amount', () => {
  it('reads each cell as the column’s flow of the home economy with the partner, dated by its row', () => {
    const text =
      'De Deense uitvoer naar Chili bedroeg in 2023 412,5 miljoen euro (2022: 398,1 miljoen euro).\nEvolutie van de handel met Chili (in miljoen euro):\nJaar\tUitvoer\tInvoer\n2021\t371,4\t122,9\n2022\t398,1\t131,2\n';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'DK', 'CL', 412_500_000, '2023'],
      ['exports', 'DK', 'CL', 398_100_000, '2022'],
      ['exports', 'DK', 'CL', 371_400_000, '2021'],
      ['imports', 'DK', 'CL', 122_900_000, '2021'],
      ['imports', 'DK', 'CL', 131_200_000, '2022'],
    ]);
  });
});

describe('tables: units written as they are around an amount, and header cells that label the rows', () => {
  it('reads a unit given as a sign and its scale ("£m", "€bn") in a column label, a first header cell or a title', () => {
    const labels =
      'UK trade with Chile\n\nYear | Exports (£m) | Imports (£m)\n2022 | 310 | 120\n2023 | 355 | 140';
    expect(extract(labels, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'GB', 'CL', 310e6, 'GBP', '2022'],
      ['imports', 'GB', 'CL', 120e6, 'GBP', '2022'],
      ['exports', 'GB', 'CL', 355e6, 'GBP', '2023'],
      ['imports', 'GB', 'CL', 140e6, 'GBP', '2023'],
    ]);
    const firstCell = 'Irish trade with Chile\n\n| Value (€bn) | 2022 | 2023 |\n| Exports | 1.2 | 1.4 |';
    expect(extract(firstCell, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'IE', 'CL', 1.2e9, 'EUR', '2022'],
      ['exports', 'IE', 'CL', 1.4e9, 'EUR', '2023'],
    ]);
  });

  it('reads the unit a title gives after a comma ("…, in miljoen euro")', () => {
    const text =
      'Handel van België met Chili, in miljoen euro\n\n| Stroom | 2022 | 2023 |\n| Uitvoer | 410 | 455 |';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['exports', 'BE', 'CL', 410e6, 'EUR', '2022'],
      ['exports', 'BE', 'CL', 455e6, 'EUR', '2023'],
    ]);
  });
});

describe('tables: rows of goods under a title that names the flow', () => {
  it('reads each cell as the title’s flow of its row’s goods in its column’s year, the total row of all goods', () => {
    const nl =
      'De Vlaamse uitvoer naar Brazilië (in miljoen euro):\n\n| Productgroep | 2022 | 2023 |\n|---|---|---|\n| Chemische producten | 812,4 | 765,1 |\n| Machines | 301,2 | 288,7 |\n| Totaal | 1.544,0 | 1.498,3 |';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.sector])).toEqual([
      ['exports', 'BE-VLG', 'BR', 812.4e6, '2022', 'chemicals'],
      ['exports', 'BE-VLG', 'BR', 765.1e6, '2023', 'chemicals'],
      ['exports', 'BE-VLG', 'BR', 301.2e6, '2022', 'machinery'],
      ['exports', 'BE-VLG', 'BR', 288.7e6, '2023', 'machinery'],
      ['exports', 'BE-VLG', 'BR', 1544e6, '2022', null],
      ['exports', 'BE-VLG', 'BR', 1498.3e6, '2023', null],
    ]);
    const en =
      'Exports of goods from Ireland to Japan (€ million)\n\nCommodity          2022      2023\nPharmaceuticals   2,105     2,330\nTotal             4,410     4,702';
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.sector])).toEqual([
      ['exports', 'IE', 'JP', 2105e6, 'pharmaceuticals'],
      ['exports', 'IE', 'JP', 2330e6, 'pharmaceuticals'],
      ['exports', 'IE', 'JP', 4410e6, null],
      ['exports', 'IE', 'JP', 4702e6, null],
    ]);
  });
});

describe('tables: rows of partners under a title that names the flow or the rank noun', () => {
  it("reads each row's cells as the title economy's flow with the row's economy, in its column's year", () => {
    const en =
      'Top export destinations of Kenya (KES million)\n\n| Country | 2022 | 2023 |\n|---|---|---|\n| Uganda | 120,400 | 131,200 |';
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'KE', 'UG', 120_400e6, '2022'],
      ['exports', 'KE', 'UG', 131_200e6, '2023'],
    ]);
    const nl =
      'Belangrijkste leveranciers van België (miljard euro)\n\nLand        2022    2023\nNederland   95,1    88,4';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'BE', 'NL', 95.1e9],
      ['imports', 'BE', 'NL', 88.4e9],
    ]);
    const fr = 'Principaux clients du Maroc (en MDH)\n\nPays | 2022 | 2023\nEspagne | 86 342 | 91 204';
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.unit])).toEqual([
      ['exports', 'MA', 'ES', 86_342e6, 'MAD'],
      ['exports', 'MA', 'ES', 91_204e6, 'MAD'],
    ]);
  });
});
