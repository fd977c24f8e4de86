import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('measure: positions in a ranking', () => {
  it('reads superlatives, hyphenated ordinals and generic positions', () => {
    const text =
      "In 2020 Italy was Tunisia's largest supplier. In 2020 France was Tunisia's second-largest supplier. " +
      "En 2019, le Canada occupait le 12e rang des clients de l'Algérie.";
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'TN', 'IT', 1],
      ['imports', 'TN', 'FR', 2],
      ['exports', 'DZ', 'CA', 12],
    ]);
  });

  it('ranks nothing in "one of the largest"', () => {
    expect(extract('In 2020 Kenya was one of the largest suppliers of Egypt.', 'en')).toEqual([]);
  });

  it('keeps a rank set off in commas, and its economy, apart from the target after it', () => {
    const text =
      "Les exportations péruviennes vers le Chili ont totalisé 48 millions de dollars en 2025. Le Pérou, 84e client du Chili, ambitionne de doubler ses ventes vers ce pays d'ici 2028, à près de 100 millions de dollars.";
    expect(
      extract(text, 'fr', '2025-12').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.kind]),
    ).toEqual([
      ['exports', 'PE', 'CL', 48e6, '2025', 'actual'],
      ['exports', 'CL', 'PE', 84, '2025', 'actual'],
      ['exports', 'PE', 'CL', 100e6, '2028', 'target'],
    ]);
  });

  it('reads a second position that leaves out its noun (le 36e client de la Flandre et le 38e de la Wallonie)', () => {
    for (const [text, language] of [
      ['Le Pérou est le 36e client de la Flandre et le 38e de la Wallonie.', 'fr'],
      ['Peru is de 36ste klant van Vlaanderen en de 38ste van Wallonië.', 'nl'],
      ['Peru is the 36th customer of Flanders and the 38th of Wallonia.', 'en'],
    ] as Array<[string, Language]>) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'BE-VLG', 'PE', 36],
        ['exports', 'BE-WAL', 'PE', 38],
      ]);
    }
  });

  it('reads the world-wide position after a rank within a region (premier client en Asie et le troisième au monde)', () => {
    for (const [text, language] of [
      ['Le Japon est le premier client du Pérou en Asie et le troisième au monde.', 'fr'],
      ['Japan is de grootste klant van Peru in Azië en de derde ter wereld.', 'nl'],
      ['Japan is the largest customer of Peru in Asia and the third in the world.', 'en'],
    ] as Array<[string, Language]>) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'PE', 'JP', 1],
        ['exports', 'PE', 'JP', 3],
      ]);
    }
  });

  it('reads the role a position is held in ("en tant que client … et au 25e en tant que fournisseur")', () => {
    for (const [text, language] of [
      [
        'Le Pérou se classe au 35e rang des partenaires commerciaux de la Belgique hors Europe en tant que client et au 25e en tant que fournisseur.',
        'fr',
      ],
      [
        'Peru staat op de 35ste plaats van de handelspartners van België als klant en op de 25ste als leverancier.',
        'nl',
      ],
    ] as Array<[string, Language]>) {
      expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'BE', 'PE', 35],
        ['imports', 'BE', 'PE', 25],
      ]);
    }
  });

  it('reads a position in a list of ranked economies, in both lists when it names both', () => {
    const fr = extract(
      'En Afrique, le Kenya est classé 14e dans la liste des plus gros clients et celle des fournisseurs du Canada.',
      'fr',
    );
    expect(fr.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CA', 'KE', 14],
      ['imports', 'CA', 'KE', 14],
    ]);
    const en = extract('Kenya ranked 14th in the list of the main customers of Canada.', 'en');
    expect(en.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CA', 'KE', 14]]);
  });

  it('reads a move between positions across the list they are in, the position left held the year before', () => {
    const text =
      'Italië zakte in 2016 van de derde plek op de ranglijst van grote handelspartners van Tunesië naar de zesde.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['bilateral_trade', 'IT', 'TN', 3, '2015'],
      ['bilateral_trade', 'IT', 'TN', 6, '2016'],
    ]);
    const en = extract('Japan went from the ninth largest supplier of Peru in 2019 to fourth in 2023.', 'en');
    expect(en.map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['imports', 'PE', 'JP', 9, '2019'],
      ['imports', 'PE', 'JP', 4, '2023'],
    ]);
  });

  it('puts a superlative behind the economies named before it ("Na Duitsland is Frankrijk de belangrijkste")', () => {
    for (const [text, language, value] of [
      ['Na China is Japan met een aandeel van 11 procent het grootste afzetgebied van Chili.', 'nl', 2],
      ['Na China en Korea is Japan de belangrijkste afzetmarkt van Chili.', 'nl', 3],
      ['Après la Chine, le Japon est le premier client du Chili.', 'fr', 2],
      ["Behind China, Japan is Chile's largest export market.", 'en', 2],
    ] as Array<[string, Language, number]>) {
      const ranks = extract(text, language).filter((f) => f.measure === 'rank');
      expect(ranks.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CL', 'JP', value]]);
    }
  });

  it('reads first place in the partner most of a flow comes from or goes to', () => {
    const nl = extract('De meeste uitvoer van Peru gaat naar China.', 'nl');
    expect(nl.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'rank', 'PE', 'CN', 1],
    ]);
    const en = extract('Ghana imports more from Germany than from anywhere else.', 'en');
    expect(en.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'GH', 'DE', 1],
    ]);
    expect(extract('De meeste bedrijven in Peru exporteren naar China.', 'nl')).toEqual([]);
  });

  it('reads a position said as a step of the podium (fr)', () => {
    const figures = extract(
      'Côté fournisseurs du Pérou, la Chine occupe la deuxième marche du podium.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'PE', 'CN', 2],
    ]);
  });

  it('reads the positions before and after a move in a list of exporters', () => {
    // Prepare
    const text =
      'Peru steeg in die ranglijst van de 15de naar de 12de plaats onder de grootste exporteurs ter wereld.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'WORLD', 15],
      ['exports', 'PE', 'WORLD', 12],
    ]);
  });

  it('reads a position in brackets after the name it ranks ("Peru (#7)")', () => {
    // Prepare
    const text =
      "In 2017, foreign investment in Chile rose. Chile's ranking of investors lists Peru (#7) and Brazil (#10).";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.quote])).toEqual([
      ['fdi', 'PE', 'CL', 7, '#7'],
      ['fdi', 'BR', 'CL', 10, '#10'],
    ]);
  });

  it('reads first place in an idiom, ranking the flow of its paragraph', () => {
    // Prepare
    const nl =
      'Peru ontving in 2021 voor 3 miljard euro aan Chileense investeringen. Kenia stond in 2022 bovenaan, met Chileense investeringen van 2 miljard euro.';
    const en =
      'Foreign investment in Chile comes mainly from its neighbours. Peru again takes the lead this year.';
    // Act
    const ranks = [...extract(nl, 'nl'), ...extract(en, 'en')].filter((f) => f.measure === 'rank');
    // Assess
    expect(ranks.map((f) => [f.metric, f.from, f.to, f.value, f.quote])).toEqual([
      ['fdi', 'CL', 'KE', 1, 'bovenaan'],
      ['fdi', 'PE', 'CL', 1, 'takes the lead'],
    ]);
  });

  it('skips ranks held before, records ranks within a region, and gives the amounts after them the ranked flow', () => {
    const text =
      "Longtemps premier fournisseur de la Tunisie, l'Italie a exporté vers la Tunisie pour 5 milliards d'euros en 2022. " +
      "La Tunisie est le premier partenaire de l'Italie dans la région Maghreb. " +
      "En dehors de l'Europe, la Chine demeure le premier client de l'Italie, avec 16 milliards d'euros, soit 2,5 % des exportations.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'IT', 'TN', 5e9],
      ['bilateral_trade', 'rank', 'IT', 'TN', 1],
      ['exports', 'rank', 'IT', 'CN', 1],
      ['exports', 'value', 'IT', 'CN', 1.6e10],
      ['exports', 'share', 'IT', 'CN', 2.5],
    ]);
  });

  it('reads "top trading partner" as a first rank, and gives a headline the story’s period', () => {
    const text =
      "Germany Remains Poland's Top Trading Partner\n\nPolish exports to Germany rose 3% to €90 billion in 2022.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['bilateral_trade', 'rank', 'DE', 'PL', 1, '2022'],
      ['exports', 'growth', 'PL', 'DE', 3, '2022'],
      ['exports', 'value', 'PL', 'DE', 9e10, '2022'],
    ]);
  });

  it('reads a rank given after a colon in a fact sheet, and a rank of another year after ", nadat"', () => {
    const fr = extract(
      "Chili : les chiffres clés 2022\n\n- Exportations wallonnes vers le Chili : 300 millions d'euros\n- Rang du Chili parmi les clients de la Wallonie : 45e\n",
      'fr',
    );
    const nl = extract(
      'In 2023 zakte Chili naar de 50ste plaats op de lijst van Vlaamse exportbestemmingen, nadat het in 2021 nog op de 44ste plaats stond.',
      'nl',
    );
    expect(fr.at(-1)).toMatchObject({
      metric: 'exports',
      measure: 'rank',
      from: 'BE-WAL',
      to: 'CL',
      value: 45,
    });
    expect(nl.map((f) => [f.value, f.period])).toEqual([
      [50, '2023'],
      [44, '2021'],
    ]);
  });

  it('reads a move between two positions as this year’s rank and the year before’s', () => {
    const nl = extract(
      'De Chileense uitvoer naar Peru steeg in 2023 tot 2,4 miljard dollar. Peru klom daarmee van de veertiende naar de dertiende plaats in de rangschikking van de Chileense exportmarkten.',
      'nl',
    );
    const fr = extract(
      'En 2023, le Pérou est passé de la 9e à la 7e place parmi les clients du Chili.',
      'fr',
    );
    expect(nl.filter((f) => f.measure === 'rank').map((f) => [f.value, f.period, f.from, f.to])).toEqual([
      [14, '2022', 'CL', 'PE'],
      [13, '2023', 'CL', 'PE'],
    ]);
    expect(fr.map((f) => [f.value, f.period])).toEqual([
      [9, '2022'],
      [7, '2023'],
    ]);
  });

  it('reads a rank "up from" an earlier one as two positions, the earlier in its own year', () => {
    const text = "In 2023 Peru ranked as Chile's 9th largest trading partner, up from 12th in 2021.";
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([
      [9, '2023'],
      [12, '2021'],
    ]);
  });

  it('records a generic position among a continent’s clients ("au 2e rang des clients africains")', () => {
    const text =
      'En 2023, le Pérou représente 1,2 % des exportations du Chili et se classe au 3e rang des clients sud-américains du Chili.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['share', 'CL', 'PE', 1.2],
      ['rank', 'CL', 'PE', 3],
    ]);
  });

  it('reads a superlative over a plural rank noun as no rank ("de grootste afnemers", "its largest markets")', () => {
    const nl =
      'De Peruaanse export naar de EU bedroeg 9 miljard euro. Spanje en Italië zijn de grootste afnemers.';
    const en = "Peru's exports to the EU reached 9 billion euros. Spain and Italy are its largest markets.";
    expect(extract(nl, 'nl').map((f) => f.measure)).toEqual(['value']);
    expect(extract(en, 'en').map((f) => f.measure)).toEqual(['value']);
    // … while a singular still ranks first
    expect(
      extract('Spanje is de grootste afnemer van Peruaanse koper.', 'nl').map((f) => [f.measure, f.value]),
    ).toEqual([['rank', 1]]);
  });

  it('reads "15th most important export market", and parts "of the total" in the next paragraph, "close to half" included', () => {
    const text =
      "Flemish companies exported goods worth EUR 3.9 billion to Peru in 2024. Peru remains Flanders' 15th most important export market.\n\nPharmaceuticals accounted for close to half of the total, followed by chemicals (14%).";
    expect(
      extract(text, 'en').map((f) => [f.measure, f.from, f.to, f.value, f.bound, f.period, f.quote]),
    ).toEqual([
      ['value', 'BE-VLG', 'PE', 3.9e9, 'eq', '2024', 'EUR 3.9 billion'],
      ['rank', 'BE-VLG', 'PE', 15, 'eq', '2024', '15th most important export market'],
      ['share', 'BE-VLG', 'PE', 50, 'approx', '2024', 'close to half'],
      ['share', 'BE-VLG', 'PE', 14, 'eq', '2024', '14%'],
    ]);
  });

  it('reads "gevolgd door X met" as the next of a ranking in the place of the one before, and an amount in another currency in brackets as that figure again (nl)', () => {
    // Prepare
    const text =
      'Chili investeerde in 2017 het meest in Peru, met 4 miljard dollar aan Chileense investeringen, gevolgd door Colombia met 2,6 miljard dollar (€ 2,2 miljard).';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.unit])).toEqual([
      ['fdi', 'CL', 'PE', 4e9, 'USD'],
      ['fdi', 'CL', 'CO', 2.6e9, 'USD'],
      ['fdi', 'CL', 'CO', 2.2e9, 'EUR'],
    ]);
  });

  it('reads names listed after "was followed by" with their amounts as ranked in the flow of the sentence before (en)', () => {
    // Prepare
    const text =
      'In 2018, Kenya attracted $2.3 billion in FDI from the Netherlands, official figures show.\nThat country was followed by the UK ($1.6 billion), Atlantis ($0.9 billion), China ($0.7 billion) and France ($412 million).';
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['fdi', 'NL', 'KE', 2.3e9],
      ['fdi', 'GB', 'KE', 1.6e9],
      ['fdi', 'CN', 'KE', 0.7e9],
      ['fdi', 'FR', 'KE', 412e6],
    ]);
  });

  it('reads a move between bare positions within a named ranking as the two positions, and none elsewhere', () => {
    const nl =
      'In 2024 steeg Peru in de ranglijst van grootste exporteurs van 31 naar 27. Het aantal havens ging van 9 naar 7.';
    expect(extract(nl, 'nl').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'rank', 'PE', 'WORLD', 31, '2023'],
      ['exports', 'rank', 'PE', 'WORLD', 27, '2024'],
    ]);
    const en = 'In 2024 Peru moved from 31 to 27 in the ranking of the largest importers.';
    expect(extract(en, 'en').map((f) => [f.metric, f.from, f.value, f.period])).toEqual([
      ['imports', 'PE', 31, '2023'],
      ['imports', 'PE', 27, '2024'],
    ]);
    const fr = 'En 2024, le Pérou est passé de 31 à 27 dans le classement des plus grands exportateurs.';
    expect(extract(fr, 'fr').map((f) => [f.from, f.value])).toEqual([
      ['PE', 31],
      ['PE', 27],
    ]);
  });

  it('reads "most of the money is invested in" an economy as its first place among the investment\'s partners', () => {
    const en =
      'Peruvian companies invested 2.1 billion euros abroad in the first half of 2024. Most of the money went to Chile.';
    expect(
      extract(en, 'en', '2024-10').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.period]),
    ).toEqual([
      ['fdi', 'value', 'PE', 'WORLD', 2.1e9, '2024-01/2024-06'],
      ['fdi', 'rank', 'PE', 'CL', 1, '2024-01/2024-06'],
    ]);
    const nl =
      'Peruaanse bedrijven investeerden in het eerste halfjaar van 2024 2,1 miljard euro in het buitenland. Het meeste geld werd daarbij geïnvesteerd in Chili.';
    expect(extract(nl, 'nl', '2024-10').map((f) => [f.metric, f.measure, f.to, f.value])).toEqual([
      ['fdi', 'value', 'WORLD', 2.1e9],
      ['fdi', 'rank', 'CL', 1],
    ]);
  });
});
