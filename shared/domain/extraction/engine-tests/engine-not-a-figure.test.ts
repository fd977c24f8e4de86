import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('not a figure: tariffs, public finance, counts, ranges and places', () => {
  it('ignores quantities that are not trade figures', () => {
    const text =
      'Plus de 300 entreprises et 1 200 personnes ont participé à 45 réunions le 12 mars 2024. ' +
      'Le PIB du pays a atteint 130 milliards de dollars. Appelez le +212 522 123 456. ' +
      'De delegatie telde 84 Vlaamse bedrijven en 236 meetings. ' +
      'La diaspora marocaine compte 2,2 millions de personnes qui soutiennent les exportations.';
    expect(extract(text, 'fr')).toEqual([]);
  });

  it('ignores percentage points', () => {
    expect(
      extract('La part des exportations vers la Chine a gagné 2 points de pourcentage en 2021.', 'fr'),
    ).toEqual([]);
  });

  it('ignores tariffs', () => {
    expect(
      extract('En 2021, le Ghana a fixé des droits de douane de 20 % sur les importations de riz.', 'fr'),
    ).toEqual([]);
  });

  it.each<[string, Language]>([
    ['Au Japon, la taxe douanière imposée au fromage suisse sera diminuée en trois étapes de 40 %.', 'fr'],
    ['In mei 2024 verhoogde Canada de importheffingen op Keniaanse thee naar 15 procent.', 'nl'],
    ["Canada's duty on Kenyan tea is to be phased down over three years by 40%.", 'en'],
  ])('ignores the rate or cut of a tariff named before it, however far: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });

  it("keeps a flow's change after a tariff that is not its subject", () => {
    const figures = extract(
      'Despite the new tariffs, Kenyan exports to Canada rose 15 percent in 2024.',
      'en',
    );
    expect(figures.map((f) => [f.metric, f.value])).toEqual([['exports', 15]]);
  });

  it.each<[string, Language, number]>([
    [
      'De Nederlandse invoer uit Kenia steeg in 2023 met 17 procent. Bij de overige lidstaten van de EU nam de invoerwaarde met slechts 3 procent toe.',
      'nl',
      3,
    ],
    ["L'Amérique du Sud absorbe 5 % (1,2 milliard d'euros) des exportations belges en 2023.", 'fr', 1.2e9],
  ])(
    'skips a figure of the remaining member states (the reporter one of them), or in brackets after a group’s: %s',
    (text, language, value) => {
      expect(extract(text, language).map((f) => f.value)).not.toContain(value);
    },
  );

  it.each<[string, Language, number]>([
    [
      "Kenya's trade surplus was $6.7 billion in 2019, resulting from a $5.4 billion (12%) increase in exports.",
      'en',
      5.4e9,
    ],
    ['Kenyan exports were $62.3 million in July, down less than $0.1 million from June.', 'en', 1e5],
    [
      'Uganda has bought $286 million of Kenyan goods so far, so it has to import just an additional $14 million from Kenya to reach the target.',
      'en',
      1.4e7,
    ],
    [
      "Les exportations kényanes vers l'Ouganda ont atteint 62,3 millions d'euros en juillet, en baisse de moins de 0,1 million par rapport à juin.",
      'fr',
      1e5,
    ],
    [
      'De Keniaanse uitvoer naar Oeganda bedroeg in juli 62,3 miljoen euro, een daling met minder dan 0,1 miljoen euro tegenover juni.',
      'nl',
      1e5,
    ],
  ])('keeps the level but not a hedged, additional or named change: %s', (text, language, change) => {
    const values = extract(text, language).map((f) => Math.abs(f.value));
    expect(values).not.toContain(change);
    expect(values.filter((v) => v > 100).length).toBe(1);
  });

  it.each<[string, Language]>([
    [
      'Kenia voerde in 2020 voor 300 miljoen euro uit naar Oeganda, ongeveer evenveel als naar Tanzania en Rwanda samen (296 miljoen).',
      'nl',
    ],
    [
      'Kenya exported $300 million of goods to Uganda in 2020, about as much as to Tanzania and Rwanda combined ($296 million).',
      'en',
    ],
    [
      "Le Kenya a exporté pour 300 millions de dollars vers l'Ouganda en 2020, autant que vers la Tanzanie et le Rwanda ensemble (296 millions).",
      'fr',
    ],
  ])('skips an amount two economies hold together: %s', (text, language) => {
    expect(extract(text, language).map((f) => [f.to, f.value])).toEqual([['UG', 3e8]]);
  });

  it.each<[string, Language]>([
    [
      'West Africa drew the most investment; even so, inflows to the region slipped 5 percent to $12 billion in 2013.',
      'en',
    ],
    [
      "Si l'Afrique de l'Ouest reste la première destination, les investissements vers la région ont reculé de 5 % à 16,8 milliards de dollars en 2013.",
      'fr',
    ],
    [
      'West-Afrika kreeg het grootste deel. De investeringen naar de regio daalden in 2013 met 5 procent tot 16,8 miljard dollar.',
      'nl',
    ],
  ])('skips the figures of "the region" taken up from a group with no code: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });

  it.each<[string, Language]>([
    [
      'In September, Kenyan shipments to Uganda and other African markets rose by 11.2 percent and 9.4 percent respectively.',
      'en',
    ],
    [
      "En septembre, les exportations kényanes vers l'Ouganda et les autres marchés africains ont progressé respectivement de 11,2 % et 9,4 %.",
      'fr',
    ],
    [
      'In september groeide de Keniaanse uitvoer naar Oeganda en andere Afrikaanse markten met respectievelijk 11,2 en 9,4 procent.',
      'nl',
    ],
  ])('skips the item "respectively" pairs with a group with no code: %s', (text, language) => {
    expect(extract(text, language).map((f) => [f.to, f.value])).toEqual([['UG', 11.2]]);
  });

  it('keeps the figure of an economy named after "the region"', () => {
    const text =
      "L'Amérique du Sud est un débouché important. Dans cette région, le Brésil est classé 9e client de l'Algérie.";
    expect(extract(text, 'fr').map((f) => [f.to, f.value])).toEqual([['BR', 9]]);
  });

  it.each<[string, Language]>([
    ['Ugandan firms account for about a quarter of the foreign investment projects set up in Kenya.', 'en'],
    ["Environ un cinquième des projets d'investissement étrangers au Kenya viennent d'Ouganda.", 'fr'],
    ['Ongeveer een vijfde van alle buitenlandse investeringsprojecten in Kenia komt uit Oeganda.', 'nl'],
  ])('skips a share of a number of investment projects: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });

  it.each<[string, Language]>([
    [
      "En 2017, le Kenya a exporté pour 500 millions d'euros vers l'Ouganda. En deuxième place des produits exportés, derrière le thé, on trouve les fleurs coupées.",
      'fr',
    ],
    [
      'In 2017 voerde Kenia voor 500 miljoen euro uit naar Oeganda. Op de tweede plaats van de exportproducten, na thee, staan snijbloemen.',
      'nl',
    ],
  ])('skips the rank of a product among the exported products: %s', (text, language) => {
    expect(extract(text, language).map((f) => f.measure)).toEqual(['value']);
  });

  it.each<[string, Language]>([
    ['Van de 3.100 bedrijven die naar Oeganda exporteerden, was 60 procent een groothandel.', 'nl'],
    ['Of the 1,200 Kenyan tea companies surveyed in 2022, 35 percent sold to Uganda.', 'en'],
    ['Parmi les 1 200 entreprises kényanes de thé, 35 % vendent en Ouganda.', 'fr'],
    [
      'Almost 40% of the exporting firms in Kenya saw their exports to Uganda fall by three quarters or more.',
      'en',
    ],
  ])('skips the percentages said of a number of firms: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });

  it.each<[string, Language]>([
    ['Kenya also announced $1bn worth of trade financing to boost Ugandan exports to Kenya.', 'en'],
    [
      "Le solde des investissements étrangers au Kenya s'est amélioré, grâce à une baisse de 6 % des dépenses associées.",
      'fr',
    ],
  ])('skips an amount or rate of what is named no trade flow right after it: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });

  it('skips what passes through a port', () => {
    const text =
      "En 2022, les exportations du Chili vers le Pérou ont atteint 2 milliards de dollars. Le port de Valparaiso est la porte d'entrée de 60 % des exportations chiliennes vers l'Asie.";
    expect(extract(text, 'fr').map((f) => f.measure)).toEqual(['value']);
  });

  it('skips flows with "non-EU countries" and records a rank for one product with its sector', () => {
    const en = extract(
      'In 2023 Chilean exports to non-EU countries fell by 5%. Exports to Peru rose 3%.',
      'en',
    );
    const fr = extract('En 2023, le Japon est le premier client du Chili pour le poulpe.', 'fr');
    expect(en.map((f) => f.to)).toEqual(['PE']);
    expect(fr.map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['exports', 'rank', 'CL', 'JP', 1, 'fish'],
    ]);
  });

  it('skips a range, keeps an amount’s partner when a share of the total follows it, and gives a position in apposition its name', () => {
    const text =
      "Les exportations chiliennes vers le Pérou devraient croître de 5 à 7 % par an d'ici 2027. En 2023, elles ont atteint 2 milliards de dollars, soit 2 % des exportations chiliennes totales. Le Pérou n'est que le 9e client du Chili, loin derrière la Chine, premier client avec 39 % des exportations chiliennes.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'CL', 'PE', 2e9],
      ['share', 'CL', 'PE', 2],
      ['rank', 'CL', 'PE', 9],
      ['rank', 'CL', 'CN', 1],
      ['share', 'CL', 'CN', 39],
    ]);
  });

  it.each<[string, Language]>([
    ['Kenyan goods entering the US will now pay a 10% duty. Kenyan exports to the US rose 5% in 2024.', 'en'],
    [
      'Les IDE au Pérou ont atteint 3 milliards de dollars en 2024. On note une hausse de la dette publique (+2,3 à 9,4 milliards).',
      'fr',
    ],
    ["Peru's exports rose 4% in 2023, while tourism receipts fell 5.1 per cent.", 'en'],
    [
      "Some 8,300 Peruvian firms sold abroad in 2020, that is 12.4% of all firms. Peru's exports rose 4% in 2020.",
      'en',
    ],
    [
      'Chilean investment in Peru reached $2 billion in 2017, and the number of new plants rose by 6.3%.',
      'en',
    ],
    ["Le déficit commercial du Pérou atteint 2,9 milliards d'euros, soit 80 euros par habitant.", 'fr'],
  ])('leaves out tariffs, public finance, tourism, counts and per-head amounts: %s', (text, language) => {
    // Act
    const figures = extract(text, language);
    // Assess: one trade figure each, the first of the text
    expect(figures).toHaveLength(1);
    expect([5, 3e9, 4, 2e9, -2.9e9]).toContain(figures[0]?.value);
  });

  it('leaves out the figures of a group with no code, not those of an economy it describes', () => {
    const listed = extract(
      "The largest share of Chile's exports went to North America (40.1%) and Asia (32.6%) in 2022.",
      'en',
    );
    const partner = extract('In 2016, FDI to central Africa rose 14 percent to a record $6 billion.', 'en');
    const described = extract(
      'In 2024, exports to the United States, the largest non-EU destination of Chile, reached EUR 18.9 billion.',
      'en',
    );
    expect(listed.map((f) => [f.to, f.value])).toEqual([['ASIA', 32.6]]);
    expect(partner).toEqual([]);
    expect(described.map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'US', 1.89e10]]);
  });

  it('leaves out a group with no code named after the figure or opening its sentence, not a member named after', () => {
    const after = extract(
      'In 2022 steeg de Chileense export met 6 procent naar Azië en met 3 procent naar het Midden-Oosten.',
      'nl',
    );
    expect(after.map((f) => [f.to, f.value])).toEqual([['ASIA', 6]]);
    const heading = extract('May 2023\nEuro area external trade surplus 4.2 bn euro\n', 'en');
    expect(heading).toEqual([]);
    const subject = extract("L'Amérique du Sud absorbe 7 % des exportations chiliennes en 2022.", 'fr');
    expect(subject).toEqual([]);
    const member = extract("For South America, 61 percent of Chile's exports go to Brazil in 2022.", 'en');
    expect(member.map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'BR', 61]]);
  });
});

describe('not a figure: absolute changes and amounts referred back to', () => {
  it('leaves out absolute changes and reads widening as growth', () => {
    const text =
      'The value of Irish goods exported to Canada increased by EUR 300m (12%) to EUR 2.8bn in 2022. ' +
      "In 2022 Kenya's trade deficit widened by 9% to $11 billion.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 12],
      ['exports', 'value', 2.8e9],
      ['trade_balance', 'growth', 9],
      ['trade_balance', 'value', -11e9],
    ]);
  });

  it('skips the absolute change joined to a growth rate and an amount referred back to', () => {
    const text =
      'Exports from Kenya to Uganda were $720 million in 2021, an increase of 9% or $60 million. Of this $720 million, tea accounted for a large part.';
    expect(extract(text, 'en').map((f) => [f.measure, f.value])).toEqual([
      ['value', 7.2e8],
      ['growth', 9],
    ]);
  });

  it.each<[string, Language, number]>([
    [
      'Over heel 2023 zakte de Keniaanse uitvoer naar Oeganda met 6,2 procent - of meer dan 41 miljoen euro - tot 615 miljoen euro.',
      'nl',
      4.1e7,
    ],
    [
      'De Keniaanse invoer uit Oeganda ging met 8,1 procent (of ruim 23 miljoen euro) achteruit tot 260 miljoen euro.',
      'nl',
      2.3e7,
    ],
    [
      "De Keniaanse invoer uit Oeganda liep met 9 procent (of zo'n 20 miljoen euro) terug tot 200 miljoen euro.",
      'nl',
      2e7,
    ],
    ['Kenyan exports to Uganda fell 6.2% — or about $41m — to $615m in 2023.', 'en', 4.1e7],
  ])('keeps the rate and the level but not the change it stands for: %s', (text, language, change) => {
    const figures = extract(text, language);
    expect(figures.map((f) => Math.abs(f.value))).not.toContain(change);
    expect(figures.map((f) => f.measure).sort()).toEqual(['growth', 'value']);
  });

  it.each<[string, Language]>([
    ['Kenya posted a surplus of $2.7bn in 2019, a decrease of $215m on the surplus in 2018.', 'en'],
    [
      "Les exportations chiliennes vers le Pérou ont atteint 2 milliards d'euros, soit une hausse de 2 % (+ 40 millions d'euros).",
      'fr',
    ],
    [
      'Le déficit commercial du Pérou s’est creusé de 1,8 milliard de dollars à 9,2 milliards de dollars en 2022.',
      'fr',
    ],
    [
      'De Keniaanse export naar Oeganda groeide in de eerste drie maanden met 118 miljoen euro tot 0,9 miljard euro.',
      'nl',
    ],
    [
      'De Vietnamese export naar Portugal bedroeg 1,9 miljard euro. Dat is 470 miljoen euro minder dan een jaar eerder.',
      'nl',
    ],
  ])('keeps the level but not the change: %s', (text, language) => {
    const values = extract(text, language).map((f) => Math.abs(f.value));
    expect(values).not.toContain(2.15e8);
    expect(values).not.toContain(4e7);
    expect(values).not.toContain(1.8e9);
    expect(values).not.toContain(1.18e8);
    expect(values).not.toContain(4.7e8);
    expect(values.length).toBeGreaterThan(0);
  });

  it('keeps a signed balance, which is a level: "(+1.4 bn compared with +1.1 bn)"', () => {
    const text =
      'The Kenyan trade surplus with Uganda grew (+1.4 bn euro in 2017 compared with +1.1 bn in 2016).';
    expect(extract(text, 'en').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['trade_balance', 1.4e9, '2017'],
      ['trade_balance', 1.1e9, '2016'],
    ]);
  });
});

describe('not a figure: flow words inside the names of organisations', () => {
  it('does not read a trade representative or mission (handelsvertegenwoordiger) as bilateral trade', () => {
    const text =
      'De Noorse uitvoer naar Chili bedroeg 1 miljard euro in 2023. "Tegen 2027 willen we de kaap van anderhalf miljard euro ronden", zegt de Noorse handelsvertegenwoordiger.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.kind])).toEqual([
      ['exports', 'NO', 'CL', 1e9, '2023', 'actual'],
      ['exports', 'NO', 'CL', 1.5e9, '2027', 'target'],
    ]);
  });

  it('does not read metric words inside names of organisations', () => {
    const figures = extract(
      'De Waalse uitvoer naar Polen steeg in 2022 met 6 procent, meldt Wallonia Export & Investment Agency. Volgens Flanders Investment & Trade groeide de economie met 2 procent.',
      'nl',
    );
    expect(figures.map((f) => f.metric)).toEqual(['exports']);
  });

  it('leaves out the flow an apposition names an agency by (", l\'agence … pour le commerce extérieur,")', () => {
    const text =
      "Les entreprises chiliennes ont exporté pour 1,8 milliard d'euros vers le Pérou en 2024. ProChile, l'agence chilienne pour le commerce extérieur, s'est fixé pour objectif d'atteindre 3,5 milliards d'euros d'ici 2030.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.kind])).toEqual([
      ['exports', 'CL', 'PE', 'actual'],
      ['exports', 'CL', 'PE', 'target'],
    ]);
  });
});

describe('not a figure: shares held together and the split of a flow', () => {
  it("records no share of a member in a flow with its group (Peru's share of Chile's exports to Asia)", () => {
    const text =
      "Chile's exports to Asia reached $50 billion in 2023. Peru's share of Chile's total exports to Asia rose to 2.1%.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'CL', 'ASIA', 5e10],
    ]);
  });

  it('skips a share that several economies take together', () => {
    const text =
      "En 2022, les exportations de l'Italie ont atteint 600 milliards d'euros. L'Allemagne, la France et les États-Unis absorbent ensemble plus d'un tiers des exportations italiennes.";
    expect(extract(text, 'fr').map((f) => f.measure)).toEqual(['value']);
  });

  it('skips coverage ratios and the split of a flow into re-exports', () => {
    const text =
      "In 2022, Singapore's exports to Kenya rose 5% to S$900 million. Of these, re-exports accounted for 80%. Le taux de couverture s'est établi à 64 %.";
    expect(extract(text, 'en').map((f) => [f.measure, f.unit])).toEqual([
      ['growth', 'percent'],
      ['value', 'SGD'],
    ]);
  });

  it('skips a share of several goods together', () => {
    const text =
      "En 2022, les exportations de la Wallonie vers le Chili ont atteint 300 millions d'euros. Les produits pharmaceutiques et les machines représentent plus de la moitié de ces ventes.";
    expect(extract(text, 'fr').map((f) => f.measure)).toEqual(['value']);
  });

  it('reads how a pair’s trade splits as no share, also in the paragraph after the pair’s total', () => {
    const text =
      'Trade between Chile and Peru reached $4.3 billion in 2023.\n\nPeruvian exports to Chile, mostly copper, made up about 60 percent of the total.';
    expect(extract(text, 'en').map((f) => f.measure)).toEqual(['value']);
  });

  it('reads re-exports as a share of exports as how the flow splits by kind, not a figure', () => {
    const text =
      'En 2023, les réexportations de produits chinois via Hong Kong représentent plus de 90% des exportations hongkongaises vers le Pérou.';
    expect(extract(text, 'fr')).toEqual([]);
  });

  it('reads a member’s share of a flow with its group as no figure, and the amount after a rank within a continent as the rank’s flow', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie ont atteint 60 milliards de dollars. La Chine en concentre à elle seule près de la moitié. Côté exportations, le Japon s'impose comme le premier débouché asiatique du Pérou, avec 4 milliards de dollars d'achats.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'PE', 'ASIA', 60e9],
      ['exports', 'PE', 'JP', 1],
      ['exports', 'PE', 'JP', 4e9],
    ]);
  });

  it('reads one side’s part "de ce volume" after a pair’s trade as no share', () => {
    const text =
      'Les échanges entre le Chili et le Pérou ont atteint 4 milliards de dollars en 2023.\nLes exportations chiliennes vers le Pérou ne représentent que 40% de ce volume.';
    expect(extract(text, 'fr').map((f) => f.measure)).toEqual(['value']);
  });

  it('reads a share that economies "make up" together as no figure, also its exact value in brackets', () => {
    const text =
      'China (38.4%) and India (33.9%) together make up nearly three-quarters (72.3%) of all Peruvian exports.';
    expect(extract(text, 'en').map((f) => f.value)).toEqual([38.4, 33.9]);
  });

  it('reads the part a good takes of a rise or fall as no share', () => {
    const fr = extract(
      'Les importations chiliennes ont reculé de 6 % en 2023 ; le carburant explique 70 % de la baisse.',
      'fr',
    );
    const nl = extract(
      'De Chileense invoer daalde in 2023 met 6 procent; brandstof stond voor 70 procent van de daling.',
      'nl',
    );
    expect(fr.map((f) => f.value)).toEqual([-6]);
    expect(nl.map((f) => f.value)).toEqual([-6]);
  });

  it('reads a share that goes to a counted set of partners as no figure, and keeps one partner’s share', () => {
    const text =
      "In 2022, half of Ghana's cocoa exports went to three countries: the Netherlands, Malaysia and Belgium. About 30 percent of Kenya's exports go to Uganda.";
    expect(extract(text, 'en').map((f) => [f.from, f.to, f.value])).toEqual([['KE', 'UG', 30]]);
    const fr =
      'Près de 40 % des exportations polonaises vont à trois pays : l’Allemagne, la Tchéquie et la France.';
    expect(extract(fr, 'fr')).toEqual([]);
  });

  it('reads a share that goes to three listed partners as no figure, but not one followed by a later list', () => {
    const nl = 'In 2022 ging ruim de helft van de Deense export naar Duitsland, Zweden en Noorwegen.';
    expect(extract(nl, 'nl')).toEqual([]);
    const fr =
      "En 2022, plus de la moitié des exportations danoises sont allées vers l'Allemagne, la Suède et la Norvège.";
    expect(extract(fr, 'fr')).toEqual([]);
    const en =
      'Global investment fell by 12 percent in 2022, while flows to Africa rose 4 percent as Kenya, Ghana and Senegal drew new projects.';
    expect(extract(en, 'en').map((f) => f.value)).toContain(-12);
  });

  it('reads a share two named economies hold together as no figure', () => {
    const text =
      "En 2023, les exportations du Pérou vers l'UE ont atteint 20 milliards de dollars. L'Espagne et l'Italie concentrent plus de la moitié des échanges du Pérou avec l'Union.";
    expect(extract(text, 'fr').map((f) => f.measure)).toEqual(['value']);
  });

  it('keeps a position in digits read with its noun that the excerpt cuts right after', () => {
    const text =
      'Most foreign investment projects in Peru in 2022 came from the United States. Chile came in 4th place in the';
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['fdi', 'rank', 'CL', 'PE', 4],
    ]);
  });
});

describe('not a figure: a duty named before its rate', () => {
  it('reads no figure in an import duty, a customs levy or a droit d’importation, in the three languages', () => {
    expect(
      extract(
        'In 2023 exporteerde Peru voor 2 miljard euro. Het invoerrecht op koper bedraagt 8 procent.',
        'nl',
      ).map((f) => f.value),
    ).toEqual([2e9]);
    expect(
      extract(
        "En 2023, le Pérou a exporté pour 2 milliards d'euros. Le droit d'importation sur le cuivre est de 8 %.",
        'fr',
      ).map((f) => f.value),
    ).toEqual([2e9]);
    expect(
      extract('In 2023 Peru exported goods worth $2 billion. The import levy on copper is 8%.', 'en').map(
        (f) => f.value,
      ),
    ).toEqual([2e9]);
  });
});

describe('not a figure: trade as the name of a mission, a fair or an agreement', () => {
  it('reads no trade flow in contracts a trade mission signed, nor in a trade deal’s worth', () => {
    expect(
      extract(
        'The trade mission to Peru generated contracts worth €12 million for 25 Norwegian firms.',
        'en',
      ),
    ).toEqual([]);
    expect(extract('Norway and Peru signed a trade deal worth $300 million last year.', 'en')).toEqual([]);
  });
});

describe('not a figure: the flows of a group with no code', () => {
  it("drops the euro area's own balance and the changes after it, until another economy is named", () => {
    const text =
      'La balance commerciale de la zone euro (ZE19) affiche un excédent de 4,1 milliards d’euros en mars 2024, contre 2,0 milliards un an plus tôt. Les exportations ont reculé de 0,3 %. ' +
      'Les exportations de la France vers la Chine ont atteint 2,5 milliards d’euros en mars 2024.';
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value])).toEqual([['FR', 'CN', 2.5e9]]);
  });
});

describe('not a figure: the gap between two rates', () => {
  it('drops a percentage stated as more than another rate, not a change compared with a year', () => {
    const fr = extract(
      'En mai 2023, les importations du Sénégal ont progressé de 8 %, soit 3 % de plus que la hausse de 5 % observée en avril.',
      'fr',
    );
    expect(fr.map((f) => f.value)).toEqual([8, 5]);
    const en = extract(
      'In 2023, Kenyan exports to Uganda were 20% higher than in 2022, when they rose 3%.',
      'en',
    );
    expect(en.map((f) => f.value)).toContain(20);
  });
});
