import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('direction: the world as partner', () => {
  it('gives a flow with no partner of its own, under a title naming several partners, the world', () => {
    const text =
      "Phosphates : l'Inde et le Brésil tirent les exportations péruviennes\n\nLes exportations de phosphates du Pérou ont atteint 7 milliards de dollars en 2024. L'Inde en absorbe près de la moitié.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'PE', 'WORLD', 7e9],
      ['exports', 'share', 'PE', 'IN', 50],
    ]);
  });

  it('gives a flow stated before any partner is named the world as partner', () => {
    const text =
      "Peru's mining exports reached $40bn in 2024. Chile, meanwhile, remains a partner: bilateral trade between Chile and Peru was worth $5bn last year.";
    expect(extract(text, 'en', '2025-02').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PE', 'WORLD', 4e10],
      ['bilateral_trade', 'CL', 'PE', 5e9],
    ]);
  });

  it('records investment a country attracts as coming from the world, and reads "up from" as the actual', () => {
    const figures = extract(
      'Egypt aims to attract $15 billion of foreign direct investment by 2027, up from $9.8 billion in 2023.',
      'en',
    );
    expect(figures.map((f) => [f.from, f.to, f.value, f.period, f.kind])).toEqual([
      ['WORLD', 'EG', 15e9, '2027', 'target'],
      ['WORLD', 'EG', 9.8e9, '2023', 'actual'],
    ]);
  });

  it('receives foreign investment from the world when no investor is named', () => {
    const text =
      'Les exportations du Sénégal ont atteint 3 000 milliards de francs CFA en 2023.\n\nLe flux des investissements directs étrangers a atteint 1 200 milliards de francs CFA en 2023.';
    expect(extract(text, 'fr').find((f) => f.metric === 'fdi')).toMatchObject({ from: 'WORLD', to: 'SN' });
  });

  it('gives a named owner with no partner the world, but not when the partner is a common noun', () => {
    const world = extract(
      "Les exportations de l'Écosse ont atteint 30 milliards de livres sterling en 2022.",
      'fr',
    );
    const unnamed = extract(
      'Le Ghana commerce surtout avec le Togo. En 2022, les exportations du Ghana vers ce pays voisin ont atteint 200 millions de dollars. Les exportations du Ghana vers le Togo ont atteint 180 millions de dollars en 2021.',
      'fr',
    );
    expect([world[0]?.from, world[0]?.to]).toEqual(['GB-SCT', 'WORLD']);
    expect(unnamed.map((f) => [f.from, f.to])).toEqual([
      ['GH', 'TG'],
      ['GH', 'TG'],
    ]);
  });

  it('reads foreign direct investment with no country as inflows from the world', () => {
    const text =
      "Kenya's exports rose 4% to $7 billion in 2022. Foreign direct investment inflows fell by more than half to $400 million.";
    expect(
      extract(text, 'en')
        .filter((f) => f.metric === 'fdi')
        .map((f) => [f.from, f.to, f.value, f.bound]),
    ).toEqual([
      ['WORLD', 'KE', -50, 'gt'],
      ['WORLD', 'KE', 4e8, 'eq'],
    ]);
  });

  it("reads one economy's trade with no partner as its total trade with the world", () => {
    const figures = extract("Overall, Kenya's merchandise trade fell 3% to $40 billion in 2023.", 'en');
    expect(figures.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['total_trade', 'KE', 'WORLD'],
      ['total_trade', 'KE', 'WORLD'],
    ]);
  });

  it('reads one economy\'s trade stated before any partner is named as its total trade, and "to both the EU" as a partner (en)', () => {
    // Prepare
    const text =
      "The total value of Peru's trade increased by 25% to $120bn in 2023. Exports grew to both the EU (up 3%) and Asia (up 5%).";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['total_trade', 'PE', 'WORLD', 25],
      ['total_trade', 'PE', 'WORLD', 120e9],
      ['exports', 'PE', 'EU', 3],
      ['exports', 'PE', 'ASIA', 5],
    ]);
  });

  it('reads the world named as partner ("with the rest of the world", "naar het buitenland") as WORLD', () => {
    // Prepare
    const english = "Chile's trade with the rest of the world grew by 9.2% in 2022.";
    const dutch = 'De Chileense export van fruit naar het buitenland steeg in 2022 met 4,1 procent.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(dutch, 'nl')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['total_trade', 'CL', 'WORLD', 9.2],
      ['exports', 'CL', 'WORLD', 4.1],
    ]);
  });

  it('reads a flow called total as trade with the world, borrowing no partner from the rest of its sentence (nl, en)', () => {
    // Prepare
    const dutch =
      'In 2018 steeg de invoer uit Azië met 6,3%, terwijl de totale Keniaanse invoer zakte met 2,4%.';
    const english =
      'Foreign investment in Portugal picked up in 2019. Total investment rose by 8% to EUR 5 billion.';
    // Act
    const figures = [...extract(dutch, 'nl'), ...extract(english, 'en')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'KE', 'ASIA', 6.3],
      ['imports', 'KE', 'WORLD', -2.4],
      ['fdi', 'WORLD', 'PT', 8],
      ['fdi', 'WORLD', 'PT', 5e9],
    ]);
  });

  it('carries no partner a rank named into the flows after it: with no partner stated for a flow, the total is with the world (nl)', () => {
    // Prepare
    const text =
      'Vietnam heeft vorig jaar meer vis uitgevoerd dan ingevoerd. De grootste afzetmarkt is Japan.\n\nDe handelsbalans voor Vietnamese vis blijft gunstig. Vorig jaar werd er voor 8,6 miljard euro uitgevoerd en voor 3 miljard euro ingevoerd.';
    // Act
    const figures = extract(text, 'nl', '2019-09');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'VN', 'JP'],
      ['exports', 'value', 'VN', 'WORLD'],
      ['imports', 'value', 'VN', 'WORLD'],
    ]);
  });

  it('puts an investment abroad with no host named in the world', () => {
    // Prepare
    const texts: Array<[string, Language]> = [
      ["Les investissements chiliens à l'étranger ont atteint 4,2 milliards de dollars en 2023.", 'fr'],
      ['Overzeese investeringen van Belgen zijn in 2023 opgelopen tot 3,1 miljard euro.', 'nl'],
      ["Peru's outward investment reached 2 billion dollars in 2023.", 'en'],
    ];
    // Act
    const figures = texts.flatMap(([text, language]) => extract(text, language));
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['fdi', 'CL', 'WORLD'],
      ['fdi', 'BE', 'WORLD'],
      ['fdi', 'PE', 'WORLD'],
    ]);
  });

  it("gives a flow no partner of the other flow's several partners", () => {
    // Prepare
    const text =
      'En 2023, les importations du Pérou en provenance de Chine ont atteint 5 milliards de dollars. Les importations en provenance du Chili se sont élevées à 2 milliards de dollars. Les exportations ont progressé de 4 %.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'PE', 'CN', 5e9],
      ['imports', 'PE', 'CL', 2e9],
      ['exports', 'PE', 'WORLD', 4],
    ]);
  });
});

describe('direction: economies carried from the sentence before', () => {
  it('gives a clause with no economy those of its sentence before it', () => {
    const figures = extract(
      'Italië is de 12de exportmarkt van Wallonië en de 7de leverancier, zo bleek in 2022.',
      'nl',
    );
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE-WAL', 'IT', 12],
      ['imports', 'BE-WAL', 'IT', 7],
    ]);
  });

  it('takes up only the subject of the sentence before, and reads amounts in brackets after a rival', () => {
    const text =
      'Les exportations chiliennes progressent sur les marchés européens. À fin mai 2024, elles ont atteint 40 milliards de dollars.\n\n' +
      "La Chine reste le premier client du Chili, avec 15 milliards de dollars d'achats, devant les États-Unis (6 milliards). Le Japon arrive en troisième position.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'CL', 'WORLD', 4e10],
      ['exports', 'rank', 'CL', 'CN', 1],
      ['exports', 'value', 'CL', 'CN', 1.5e10],
      ['exports', 'value', 'CL', 'US', 6e9],
      ['exports', 'rank', 'CL', 'JP', 3],
    ]);
  });

  it('reads the economy a sentence opens on as its scene ("Au Chili aussi, …") as the reporter of the next sentence\'s flow, and "Among Asian economies" as no party (fr, en)', () => {
    // Prepare
    const french =
      "Les exportations de l'Union européenne vers le Japon ont atteint 65 milliards d'euros en 2017. Au Chili aussi, le Japon est un client de premier plan. L’an dernier, les exportations vers ce pays ont atteint 310,4 millions d’euros.";
    const english =
      "South Korea's exports to the rest of Asia rose 6.3 percent in May 2012. Among Asian economies, exports to Vietnam jumped 14.8 percent.";
    // Act
    const figures = [...extract(french, 'fr'), ...extract(english, 'en')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['EU', 'JP', 65e9],
      ['CL', 'JP', 310.4e6],
      ['KR', 'ASIA', 6.3],
      ['KR', 'VN', 14.8],
    ]);
  });

  it('gives a flow whose partner is guessed the partner the sentence before sets as its scene, or names for that flow', () => {
    // Prepare
    const scene =
      "Kenya's exports rose 6% to $7 billion in 2023. In trade with neighbouring Uganda, Kenya's surplus grew 4% to $800 million. Exports were up 9%, and imports fell 2%.";
    const named =
      "En 2019, le commerce extérieur du Kenya a reculé. Le solde commercial du Kenya est resté négatif vis-à-vis de l'Inde. Le déficit commercial a donc grimpé à 1,9 milliard de dollars.";
    const total =
      "Kenya's exports to Uganda rose 6% to $1 billion in 2023. Total exports reached $7 billion.";
    // Act
    const fromScene = extract(scene, 'en');
    const fromNamed = extract(named, 'fr');
    const fromTotal = extract(total, 'en');
    // Assess
    expect(fromScene.slice(-2).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'UG', 9],
      ['imports', 'KE', 'UG', -2],
    ]);
    expect(fromNamed.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'KE', 'IN', -1.9e9],
    ]);
    expect(fromTotal.at(-1)).toMatchObject({ from: 'KE', to: 'WORLD', value: 7e9 });
  });

  it('gives an average flow growth, after a flow with one partner, the world as partner', () => {
    // Prepare
    const nl =
      'De Belgische uitvoer naar Chili steeg in 2023 met 11 procent. De gemiddelde exportgroei bedroeg 4 procent.';
    const en = "Belgium's exports to Chile rose 11 percent in 2023. Average export growth was 4 percent.";
    // Act
    const figures = [...extract(nl, 'nl'), ...extract(en, 'en')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['BE', 'CL', 11],
      ['BE', 'WORLD', 4],
      ['BE', 'CL', 11],
      ['BE', 'WORLD', 4],
    ]);
  });

  it("gives a share of one economy's flow, stated before any partner is named, the world as partner", () => {
    // Prepare
    const en =
      "Coffee makes up almost a fifth of Uganda's exports. Most of that coffee is sold to Italy and Sudan.";
    const fr =
      'Le café représente près d’un cinquième des exportations de l’Ouganda. Ce café est surtout vendu à l’Italie.';
    // Act
    const figures = [...extract(en, 'en'), ...extract(fr, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'share', 'UG', 'WORLD', 20],
      ['exports', 'share', 'UG', 'WORLD', 20],
    ]);
  });
});

describe('direction: economies of an absolute participle after the figure are no parties to it', () => {
  it('keeps the home as the reporter when the economies after the figure only "remain" something (fr)', () => {
    const text =
      'Le commerce extérieur de l’Autriche a atteint 300 Md€ en 2019. La part des échanges intra-UE est de 65 %, la Hongrie, l’Allemagne et l’Italie restant les premiers partenaires.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['total_trade', 'value', 'AT', 'WORLD', 300e9],
      ['bilateral_trade', 'share', 'AT', 'EU', 65],
    ]);
  });

  it('still reads a figure inside the participle clause with the sentence before it', () => {
    const text =
      'Les exportations autrichiennes ont atteint 1,9 milliard d’euros en 2023, l’année record restant 2021 avec un total de 2,1 milliards d’euros.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.value])).toEqual([
      ['exports', 'AT', 1.9e9],
      ['exports', 'AT', 2.1e9],
    ]);
  });

  it('keeps a total with the world when the share of a part follows it ("dont 35 %", "of which 30%", "waarvan 24 procent")', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en', string, string]> = [
      [
        'Les exportations du Pérou ont atteint 60 milliards de dollars en 2023, dont 35 % vers la Chine.',
        'fr',
        'PE',
        'CN',
      ],
      [
        'Foreign direct investment in Peru reached $4 billion in 2023, of which 30% came from Spain.',
        'en',
        'ES',
        'PE',
      ],
      [
        'De Peruaanse uitvoer bedroeg 60 miljard dollar in 2023, waarvan 24 procent naar China.',
        'nl',
        'PE',
        'CN',
      ],
    ];
    for (const [text, language, from, to] of cases) {
      const [total, part] = extract(text, language);
      expect([total?.from === 'WORLD' || total?.to === 'WORLD', part?.from, part?.to]).toEqual([
        true,
        from,
        to,
      ]);
    }
  });

  it('keeps a total with the world when what drove it is named after it with its own partner ("led by", "tirées par")', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en']> = [
      ["Peru's exports rose 11.9% in 2023, led by shipments of copper to China.", 'en'],
      [
        'Les exportations du Pérou ont progressé de 11,9 % en 2023, tirées par les ventes de cuivre vers la Chine.',
        'fr',
      ],
      [
        'De Peruaanse uitvoer steeg in 2023 met 11,9 procent, gedreven door de verkoop van koper aan China.',
        'nl',
      ],
    ];
    for (const [text, language] of cases)
      expect(extract(text, language)[0]).toMatchObject({
        metric: 'exports',
        from: 'PE',
        to: 'WORLD',
        value: 11.9,
      });
  });

  it('keeps a total with the world when a part of it named after the figure has its own partner', () => {
    const cases: Array<[string, 'fr' | 'nl' | 'en']> = [
      [
        'Over heel 2023 kocht België in het buitenland voor 60 miljoen dollar aan koper, grotendeels uit Chili (70 %) en Peru (10 %).',
        'nl',
      ],
      ['In total, Belgium imported 60 million dollars of copper in 2023, most of it from Chile.', 'en'],
      [
        "Au total, la Belgique a importé pour 60 millions de dollars de cuivre en 2023, l'essentiel en provenance du Chili.",
        'fr',
      ],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language)[0]).toMatchObject({
        metric: 'imports',
        from: 'BE',
        to: 'WORLD',
        value: 6e7,
      });
    }
  });
});

describe('direction: the trade of the whole world', () => {
  it('reads a growth of "world trade", "commerce mondial", "mondiale handel" as the world’s total trade', () => {
    const cases: Array<[string, Language]> = [
      [
        'Le commerce entre le Sénégal et le Mali a crû de 9 % en 2023. Le commerce mondial a progressé de 2,1 %.',
        'fr',
      ],
      ['In 2023 groeide de mondiale handel met 2,1 procent.', 'nl'],
      ['Trade between Kenya and India grew 9% in 2023, above the world trade growth of 2.1%.', 'en'],
    ];
    for (const [text, language] of cases) {
      const world = extract(text, language).find((f) => f.value === 2.1);
      expect([world?.metric, world?.from, world?.to]).toEqual(['total_trade', 'WORLD', 'WORLD']);
    }
  });

  it('gives the share goods hold of a total flow the world as partner, not the partner of the flow before', () => {
    const text =
      "Sri Lanka's exports to the United States fell 7% in 2023. Tea makes up about 12% of total exports. Garments account for more than 40% of the country's total exports.";
    expect(extract(text, 'en').map((f) => [f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['growth', 'LK', 'US', -7, null],
      ['share', 'LK', 'WORLD', 12, 'tea'],
      ['share', 'LK', 'WORLD', 40, 'textiles'],
    ]);
    // (… while an economy's share of it stays the economy's)
    const partner =
      "Sri Lanka's exports to India fell 7% in 2023. The United States accounts for 22% of total exports.";
    expect(extract(partner, 'en').map((f) => [f.from, f.to, f.value])).toEqual([
      ['LK', 'IN', -7],
      ['LK', 'US', 22],
    ]);
  });
});

describe('direction: the partner of what explains a change is no party to it nor to the next clause', () => {
  it('keeps the world for a change explained by shipments to a partner, and for the clause after it', () => {
    const en = extract(
      "Britain's trade deficit widened to 4.9 billion pounds in January 2024. Exports of goods fell 2.3% on the month, driven by a drop in fuel shipments to the United States, while imports rose 1.1%.",
      'en',
    );
    expect(en.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'GB', 'WORLD', -4.9e9],
      ['exports', 'GB', 'WORLD', -2.3],
      ['imports', 'GB', 'WORLD', 1.1],
    ]);
    const fr = extract(
      "Le déficit commercial de la France s'est creusé à 6,9 milliards d'euros en janvier 2024. Les exportations ont reculé de 2,3 %, en raison de la baisse des livraisons vers les États-Unis, tandis que les importations ont progressé de 1,1 %.",
      'fr',
    );
    expect(fr.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['trade_balance', 'FR', 'WORLD'],
      ['exports', 'FR', 'WORLD'],
      ['imports', 'FR', 'WORLD'],
    ]);
    const nl = extract(
      'Het Belgische handelstekort liep in januari 2024 op tot 1,9 miljard euro. De uitvoer daalde met 2,3 procent, vooral door minder leveringen aan de Verenigde Staten, terwijl de invoer met 1,1 procent steeg.',
      'nl',
    );
    expect(nl.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['trade_balance', 'BE', 'WORLD'],
      ['exports', 'BE', 'WORLD'],
      ['imports', 'BE', 'WORLD'],
    ]);
  });

  it('reads "aan de" before a name as the Dutch partner cue it is, not the French "de" of an owner', () => {
    const nl = extract('België leverde in 2023 voor 3,1 miljard euro aan de Verenigde Staten.', 'nl');
    expect(nl.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'BE', 'US', 3.1e9]]);
  });
});
