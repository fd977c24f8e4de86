import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('metric: flow nouns, verbs and compounds', () => {
  it('reads Dutch separable verbs', () => {
    const text =
      'In 2018 voerde Denemarken voor 3 miljard euro uit naar Polen. Polen voerde dat jaar voor 2 miljard euro in uit Denemarken.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'DK', 'PL', 3e9],
      ['imports', 'PL', 'DK', 2e9],
    ]);
  });

  it('reads sales and purchases as exports and imports, and a rank within a subset like any rank', () => {
    const text =
      "En 2021, les ventes tunisiennes en Libye ont atteint 1,2 milliard de dinars tunisiens et 400 millions de dollars, et les achats de la Tunisie auprès de l'Algérie 900 millions de dollars. " +
      "En 2021, l'Allemagne était le 2e client de la Tunisie, et son premier client parmi les pays de l'UE.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'value', 'TN', 'LY', 1.2e9],
      ['exports', 'value', 'TN', 'LY', 4e8],
      ['imports', 'value', 'TN', 'DZ', 9e8],
      ['exports', 'rank', 'TN', 'DE', 2],
      ['exports', 'rank', 'TN', 'DE', 1],
    ]);
  });

  it('reads "exports plus imports" as the trade of a pair', () => {
    const figures = extract(
      'Total trade (exports plus imports) between Canada and Chile was $3.2 billion in 2022.',
      'en',
    );
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CA', 'CL', 3.2e9],
    ]);
  });

  it('reads shipments as exports and a list under a heading as that heading’s flow', () => {
    const text =
      "Chile's shipments to Peru reached $1.2 billion in 2022.\n\nPrincipaux fournisseurs du Pérou en 2022 :\nChine : 15 milliards de dollars\nÉtats-Unis : 9 milliards de dollars\n";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'CL', 'PE', 1.2e9, '2022'],
      ['imports', 'PE', 'CN', 1.5e10, '2022'],
      ['imports', 'PE', 'US', 9e9, '2022'],
    ]);
  });

  it('splits the Dutch separable verbs of one sentence, and gives listed regional amounts their regions', () => {
    const text =
      'België voerde in 2022 voor 900 miljoen euro goederen uit naar Peru en voerde voor 300 miljoen euro in uit Peru. Van die export was 600 miljoen euro afkomstig uit Vlaanderen en 200 miljoen uit Wallonië.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE', 'PE', 9e8],
      ['imports', 'BE', 'PE', 3e8],
      ['exports', 'BE-VLG', 'PE', 6e8],
      ['exports', 'BE-WAL', 'PE', 2e8],
    ]);
  });

  it('reads Dutch compounds and articles: "goederenexport", "bleven de Verenigde Staten"', () => {
    const text =
      'De Waalse goederenexport is vorig jaar met 2 procent gedaald tot 50 miljard euro. Buiten Europa bleven de Verenigde Staten de belangrijkste klant, met een export van 5 miljard euro. De uitvoer naar China daalde met 10 procent, die naar Peru steeg met 9 procent.';
    expect(extract(text, 'nl', '2024-03').map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['BE-WAL', 'WORLD', -2, '2023'],
      ['BE-WAL', 'WORLD', 5e10, '2023'],
      ['BE-WAL', 'US', 1, '2023'],
      ['BE-WAL', 'US', 5e9, '2023'],
      ['BE-WAL', 'CN', -10, '2023'],
      ['BE-WAL', 'PE', 9, '2023'],
    ]);
  });

  it('reads "a importé du X", "ses exportations", an explained growth and "le stock cumulé"', () => {
    const text =
      "Le commerce entre le Chili et le Pérou a atteint 4 milliards de dollars en 2023. Une progression de 10 % qui s'explique par l'envolée des importations de cuivre.\n\n" +
      'Le Chili a importé du Pérou pour 1,5 milliard de dollars (+5 %), tandis que ses exportations vers ce pays se sont établies à 2,5 milliards.\n\n' +
      "Les flux d'IDE chiliens au Pérou ont atteint 300 millions de dollars en 2023. Le stock cumulé dépasse 9 milliards de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'value', 'CL', 'PE', 4e9],
      ['bilateral_trade', 'growth', 'CL', 'PE', 10],
      ['imports', 'value', 'CL', 'PE', 1.5e9],
      ['imports', 'growth', 'CL', 'PE', 5],
      ['exports', 'value', 'CL', 'PE', 2.5e9],
      ['fdi', 'value', 'CL', 'PE', 3e8],
      ['fdi', 'value', 'CL', 'PE', 9e9],
    ]);
  });

  it('reads selling to and buying from as trade verbs in all three languages', () => {
    const nl = extract(
      'Chileense bedrijven verkochten vorig jaar voor 2 miljard euro aan goederen aan Peru. Omgekeerd kocht Chili voor 1 miljard euro in Peru.',
      'nl',
      '2023-06',
    );
    const fr = extract(
      'En 2022, le Chili a vendu pour 2 milliards de dollars de cuivre au Pérou. Il a acheté pour 1 milliard de dollars de produits au Brésil.',
      'fr',
    );
    const en = extract(
      'In 2022 Chile sold $2 billion of copper to Peru. It bought $1 billion of goods from Brazil.',
      'en',
    );
    expect(nl.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['exports', 'CL', 'PE'],
      ['imports', 'CL', 'PE'],
    ]);
    expect(fr.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['exports', 'CL', 'PE'],
      ['imports', 'CL', 'BR'],
    ]);
    expect(en.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['exports', 'CL', 'PE'],
      ['imports', 'CL', 'BR'],
    ]);
  });

  it('reads a trade verb across an amount with a decimal or thousands point, and "purchased" or "sourced … from"', () => {
    const en = extract(
      'In 2022 Chile sold goods worth $2.4 billion to Peru. It sourced $1.5 billion of copper ore from Bolivia and purchased $300 million of machinery from Brazil.',
      'en',
    );
    expect(en.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'PE', 2.4e9],
      ['imports', 'CL', 'BO', 1.5e9],
      ['imports', 'CL', 'BR', 300e6],
    ]);
    // (a flow verb after "and" opens a clause of its own, with its own partner)
    const twice = extract(
      'En 2022, le Chili a acheté pour 1,5 milliard de dollars au Pérou et a vendu pour 300 millions de dollars au Brésil.',
      'fr',
    );
    expect(twice.map((f) => [f.metric, f.to])).toEqual([
      ['imports', 'PE'],
      ['exports', 'BR'],
    ]);
    const nl = extract(
      'Chili importeerde in 2022 voor 1,5 miljard dollar uit Peru en exporteerde voor 300 miljoen dollar naar Brazilië.',
      'nl',
    );
    expect(nl.map((f) => [f.metric, f.to])).toEqual([
      ['imports', 'PE'],
      ['exports', 'BR'],
    ]);
    const fr = extract('En 2022, le Chili a vendu pour 1.200 millions de dollars de cuivre au Pérou.', 'fr');
    expect(fr.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CL', 'PE', 1.2e9]]);
  });

  it('reads the flow of a subject, not the "trading partner" an apposition describes, and a partner as a flow when nothing else is one', () => {
    const apposition = extract(
      "Peru's exports to China, its largest trading partner, rose 29.2% in 2023.",
      'en',
    );
    expect(apposition.map((f) => [f.metric, f.measure])).toEqual([
      ['bilateral_trade', 'rank'],
      ['exports', 'growth'],
    ]);
    const alone = extract(
      'Peru counts China among its leading trading partners, with $42 billion of its total trade in 2023.',
      'en',
    );
    expect(alone.map((f) => [f.metric, f.value])).toEqual([['bilateral_trade', 42e9]]);
  });

  it('reads "la facture énergétique" as energy imports', () => {
    const text = 'En 2023, la facture énergétique du Chili a reculé de 12 % à 18 milliards de dollars.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['imports', 'growth', 'CL', 'WORLD', -12, 'energy'],
      ['imports', 'value', 'CL', 'WORLD', 18e9, 'energy'],
    ]);
  });

  it('reads Dutch compounds of goods and flow ("diamantexport") as the flow with its goods, and "kelderde" as a fall', () => {
    const text =
      'De Belgische diamantexport naar Peru kelderde vorig jaar met 28 procent tot 200 miljoen euro.';
    expect(
      extract(text, 'nl', '2024-02').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector]),
    ).toEqual([
      ['exports', 'growth', 'BE', 'PE', -28, 'diamonds'],
      ['exports', 'value', 'BE', 'PE', 200e6, 'diamonds'],
    ]);
  });

  it('reads "verkoop aan" as exports to the economy named after it (nl)', () => {
    const text = 'Koper is goed voor bijna de helft van de Peruaanse verkoop aan Chili.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.bound])).toEqual([
      ['exports', 'share', 'PE', 'CL', 50, 'approx'],
    ]);
  });

  it('reads a Dutch compound of a product and a flow ("koperexport", "wijninvoer") as that flow', () => {
    expect(
      extract('De Peruaanse koperexport bereikte vorig jaar 15 miljard euro.', 'nl', '2025-06').map((f) => [
        f.metric,
        f.from,
        f.to,
      ]),
    ).toEqual([['exports', 'PE', 'WORLD']]);
    expect(
      extract('De Chileense wijninvoer uit Peru steeg met 4 procent.', 'nl').map((f) => [
        f.metric,
        f.from,
        f.to,
      ]),
    ).toEqual([['imports', 'CL', 'PE']]);
  });

  it('reads "haalde … binnen" and goods of an economy ("Chileense producten", "produits chiliens") as imports from it', () => {
    const cases: Array<[string, Language]> = [
      ['Vorig jaar haalde Peru voor 1,3 miljard euro aan Chileense producten binnen.', 'nl'],
      ['Peru heeft vorig jaar voor 1,3 miljard euro aan Chileense producten ingevoerd.', 'nl'],
      ["L'an dernier, le Pérou a importé pour 1,3 milliard d'euros de produits chiliens.", 'fr'],
    ];
    for (const [text, language] of cases) {
      expect(extract(text, language, '2025-10').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['imports', 'PE', 'CL', 1.3e9],
      ]);
    }
  });

  it('reads goods "naar … verscheept" as exports, but not a port that "verscheepte" tonnes', () => {
    const shipped =
      'De Peruaanse koperexport is vorig jaar gedaald. Er werd voor 3,1 miljard dollar aan koper naar Chili verscheept.';
    expect(extract(shipped, 'nl', '2025-02').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual(
      [['exports', 'PE', 'CL', 3.1e9, '2024']],
    );
    const port =
      'De haven van Callao verscheepte vorig jaar 2,4 miljoen ton goederen van en naar Chili, een stijging met 6 procent.';
    expect(extract(port, 'nl', '2025-02')).toEqual([]);
  });

  it('reads Dutch participles "geëxporteerd" and "binnen kwam" as exports and imports', () => {
    // Prepare
    const text =
      'In 2018 hebben Keniaanse bedrijven voor 0,8 miljard euro geëxporteerd naar Egypte. Omgekeerd kwam er voor 1,3 miljard euro binnen uit Egypte.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'EG', 0.8e9],
      ['imports', 'KE', 'EG', 1.3e9],
    ]);
  });

  it('reads "ging er voor X naar" as exports (nl)', () => {
    const text =
      'Peru verkoopt veel koffie. In de eerste zes maanden ging er vanuit Peru voor bijna 450 miljoen euro aan koffie naar Vietnam.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value, f.bound])).toEqual([
      ['exports', 'PE', 'VN', 4.5e8, 'approx'],
    ]);
  });

  it('reads "acheminé … vers" and "y a envoyé" as exports (fr)', () => {
    const shipped = extract(
      'En 2020, le Chili a acheminé pour 2,3 milliards de dollars de cuivre vers le Pérou.',
      'fr',
    );
    const sent = extract(
      "Le Pérou achète du cuivre. En 2020, l'industrie chilienne y a envoyé pour 2,3 milliards de dollars de marchandises.",
      'fr',
    );
    expect(shipped.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CL', 'PE', 2.3e9]]);
    expect(sent.map((f) => [f.metric, f.value])).toEqual([['exports', 2.3e9]]);
  });

  it('reads "les fonds en provenance de" and "attracted … inflows of" as investment', () => {
    const fr = extract(
      'Le Pérou a attiré des IDE record. En 2022, les fonds en provenance du Chili ont atteint 1,4 milliard de dollars.',
      'fr',
    );
    const en = extract(
      'The tourism sector attracted the largest inflows of $1.8 billion in Kenya in 2019.',
      'en',
    );
    expect(fr.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['fdi', 'CL', 'PE', 1.4e9]]);
    expect(en.map((f) => [f.metric, f.to, f.value])).toEqual([['fdi', 'KE', 1.8e9]]);
  });

  it('reads "NODX" (non-oil domestic exports) as exports', () => {
    const text =
      "Kenya's non-oil domestic exports (NODX) grew 2.6 per cent in June. Horticultural NODX grew 5.3 per cent.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.value])).toEqual([
      ['exports', 'growth', 'KE', 2.6],
      ['exports', 'growth', 'KE', 5.3],
    ]);
  });

  it('reads a Dutch "saldo" as a balance', () => {
    const text =
      'De Chileense wijnhandel had een overschot van 1,7 miljard euro. Ook de fruitsector kende een positief saldo van 0,9 miljard euro.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.value])).toEqual([
      ['trade_balance', 'CL', 1.7e9],
      ['trade_balance', 'CL', 9e8],
    ]);
  });
});

describe('metric: which flow word a figure takes', () => {
  it("gives a target that names no flow, in a paragraph of its own, the story's most stated flow", () => {
    const text =
      'En 2024, les exportations péruviennes vers le Chili ont atteint 186 M€, contre 217 M€ en 2023. Le Chili est le 12e client du Pérou.\n\nLes importations péruviennes en provenance du Chili restent marginales : 12 M€.\n\nPour 2026, le ministère vise un retour au-dessus de 200 M€.';
    expect(
      extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.kind, f.bound]),
    ).toEqual([
      ['exports', 'PE', 'CL', 186e6, '2024', 'actual', 'eq'],
      ['exports', 'PE', 'CL', 217e6, '2023', 'actual', 'eq'],
      ['exports', 'PE', 'CL', 12, '2024', 'actual', 'eq'],
      ['imports', 'PE', 'CL', 12e6, '2024', 'actual', 'eq'],
      ['exports', 'PE', 'CL', 200e6, '2026', 'target', 'gt'],
    ]);
    // … but not a budget the target names
    const budget = text.replace('un retour au-dessus de 200 M€', 'un budget de promotion de 2 M€');
    expect(extract(budget, 'fr').map((f) => f.value)).not.toContain(2e6);
  });

  it('gives an amount without a metric word the flow of the rank in its clause', () => {
    const figures = extract(
      'Frankrijk was in 2021 de tweede grootste investeerder in Tunesië, met een stock van 2,4 miljard euro.',
      'nl',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['fdi', 'rank', 'FR', 'TN', 2],
      ['fdi', 'value', 'FR', 'TN', 2.4e9],
    ]);
  });

  it('takes the metric word right after an amount and one adjective', () => {
    const figures = extract(
      'De handel tussen Frankrijk en Tunesië bedroeg in 2020 8 miljard euro, waarvan 4,5 miljard euro Franse uitvoer.',
      'nl',
    );
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'FR', 'TN', 8e9],
      ['exports', 'FR', 'TN', 4.5e9],
    ]);
  });

  it('does not take a metric word after another amount, nor a region restricting a rank as a party', () => {
    const fr = extract(
      "En 2023, les échanges entre le Chili et le Pérou ont atteint 4 milliards de dollars, dont 2,5 milliards d'exportations chiliennes.",
      'fr',
    );
    const rank = extract(
      'Le Pérou est le premier partenaire du Chili en Amérique et son 30e client mondial en 2023.',
      'fr',
    );
    expect(fr.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CL', 'PE', 4e9],
      ['exports', 'CL', 'PE', 2.5e9],
    ]);
    expect(rank.map((f) => [f.from, f.to, f.value])).toEqual([
      ['CL', 'PE', 1],
      ['CL', 'PE', 30],
    ]);
  });

  it('keeps a growth with the metric before its verb, not the one after a conjunction, and reads "a rise in" the flow after', () => {
    const text =
      "Chile's trade surplus widened 6% in 2023 as copper sales abroad climbed, while a 9% rise in energy imports weighed.";
    expect(extract(text, 'en').map((f) => [f.metric, f.value, f.sector])).toEqual([
      ['trade_balance', 6, null],
      ['imports', 9, 'energy'],
    ]);
  });

  it('reads "total trade" with no economy of its own as the trade with everyone, not with a partner named before', () => {
    // Prepare
    const text =
      "Kenya's domestic exports to Uganda rose 9.0 per cent in June. Total trade grew 7.3 per cent in June.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'UG', 9],
      ['total_trade', 'KE', 'WORLD', 7.3],
    ]);
  });

  it('keeps "le volume total du commerce entre les deux pays" the pair’s trade', () => {
    const text =
      "Le Kenya et l'Ouganda commercent beaucoup. En 2019, le volume total du commerce entre les deux pays s'élève à 1,6 milliard de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['bilateral_trade', 'KE', 'UG'],
    ]);
  });

  it('gives an amount "pour les exportations" and a percentage "of Chilean exports" the flow named after them', () => {
    const split = extract(
      "En 2015, le commerce entre le Kenya et l'Ouganda a dépassé les 3 milliards de dollars, dont 1,9 milliard pour les exportations du Kenya, et 1,1 milliard pour ses importations.",
      'fr',
    );
    const share = extract(
      'Bilateral trade between Kenya and Uganda reached $1 billion in 2016, with tea making up over 60 per cent of Kenyan exports.',
      'en',
    );
    expect(split.map((f) => [f.metric, f.value])).toEqual([
      ['bilateral_trade', 3e9],
      ['exports', 1.9e9],
      ['imports', 1.1e9],
    ]);
    expect(share.at(-1)).toEqual(expect.objectContaining({ metric: 'exports', measure: 'share', value: 60 }));
  });

  it('keeps a share "of the total <adjective> exports" with the flow named before it when it is the same flow', () => {
    const text =
      'Dit jaar haalt de Waalse uitvoer 48 miljard euro, goed voor 13,4 % van de totale Belgische uitvoer.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.value])).toEqual([
      ['value', 'BE-WAL', 4.8e10],
      ['share', 'BE-WAL', 13.4],
    ]);
  });

  it('reads balance-of-payments credits and debits of goods and services as exports and imports', () => {
    const text =
      "In March 2017, Kenya's goods and services credits grew 3% to KSh28,410m. Goods and services debits grew 4%.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 3],
      ['exports', 'value', 28_410_000_000],
      ['imports', 'growth', 4],
    ]);
  });

  it('reads a group’s share of a country’s foreign trade as the pair’s trade', () => {
    const text = "En 2008, la part de l'Afrique dans le commerce extérieur du Chili atteignait 4,2 %.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['bilateral_trade', 'share', 'AFRICA', 'CL'],
    ]);
  });

  it('gives a share the flow it is held in, after a share noun', () => {
    const nl = extract(
      'In 2022 had Wallonië een aandeel van 31% in de invoer en 28% in de uitvoer van België.',
      'nl',
    );
    const en = extract(
      'In 2022 Wallonia held a share of 31% in imports and 28% in exports of Belgium.',
      'en',
    );
    for (const figures of [nl, en])
      expect(figures.map((f) => [f.metric, f.measure, f.value])).toEqual([
        ['imports', 'share', 31],
        ['exports', 'share', 28],
      ]);
  });

  it('gives an amount the flow that exceeds another, not the flow compared with ("celui des exportations")', () => {
    const fr = extract(
      "En 2019, le volume des importations de la Jamaïque a dépassé celui des exportations à 412,6 millions d'euros.",
      'fr',
    );
    const en = extract(
      "In 2022 the value of Kenya's imports exceeded that of its exports at $231 million.",
      'en',
    );
    expect(fr.map((f) => [f.metric, f.from, f.value])).toEqual([['imports', 'JM', 412.6e6]]);
    expect(en.map((f) => [f.metric, f.from, f.value])).toEqual([['imports', 'KE', 231e6]]);
  });

  it('reads "flux commerciaux" as trade, and an amount in another currency that names its own flow as that flow', () => {
    const text =
      "En 2018, nos exportations vers le Mali ont dépassé les 300 millions d'euros, soit quelque 195 milliards de FCFA de flux commerciaux entre le Mali et la Belgique.";
    const twin = extract(
      "En 2018, les exportations belges vers le Mali ont atteint 300 millions d'euros, soit 197 milliards FCFA.",
      'fr',
    );
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.unit])).toEqual([
      ['exports', 'BE', 'ML', 'EUR'],
      ['bilateral_trade', 'BE', 'ML', 'XOF'],
    ]);
    expect(twin.map((f) => [f.metric, f.from, f.to, f.unit])).toEqual([
      ['exports', 'BE', 'ML', 'EUR'],
      ['exports', 'BE', 'ML', 'XOF'],
    ]);
  });
});

describe('metric: both flows named together, their values given "respectively"', () => {
  it('gives each flow its value in turn, in each language', () => {
    const en = extract(
      'In May 2021, the values of Singapore’s total exports and imports both recorded increases, at 5.1% and 8.2% respectively.',
      'en',
    );
    const fr = extract(
      'En 2022, les importations et les exportations du Chili ont progressé de respectivement 9 % et 4 %.',
      'fr',
    );
    expect(en.map((f) => [f.metric, f.value])).toEqual([
      ['exports', 5.1],
      ['imports', 8.2],
    ]);
    expect(fr.map((f) => [f.metric, f.value])).toEqual([
      ['imports', 9],
      ['exports', 4],
    ]);
  });

  it('gives a rate in brackets before "increase in" the flow named after it, over the one named before', () => {
    const text =
      "Peru's surplus reached $30.5b in 2021 after a $5.1b (10%) rise in services credits, with a $2.0b (3%) rise in services debits.";
    expect(
      extract(text, 'en')
        .filter((f) => f.measure === 'growth')
        .map((f) => [f.metric, f.value]),
    ).toEqual([
      ['exports', 10],
      ['imports', 3],
    ]);
  });

  it('takes no metric from a rank said of the partner between commas, when the clause names its own flow', () => {
    const text =
      "Korea's outbound shipments rose 6% in May. Exports to Vietnam, Korea's third-largest trading partner, grew 4.4%, and imports from Australia, its second-biggest source of imports, fell 9%.";
    expect(
      extract(text, 'en', '2024-06-03').map((f) => [f.metric, f.measure, f.from, f.to, f.value]),
    ).toEqual([
      ['exports', 'growth', 'KR', 'WORLD', 6],
      ['bilateral_trade', 'rank', 'KR', 'VN', 3],
      ['exports', 'growth', 'KR', 'VN', 4.4],
      ['imports', 'rank', 'KR', 'AU', 2],
      ['imports', 'growth', 'KR', 'AU', -9],
    ]);
  });
});

describe('metric: Dutch "verhandelden" and an amount that "ging naar" a place', () => {
  it('reads the pair’s trade, and the part of it that went to the partner as exports', () => {
    const text =
      'Denemarken en Chili verhandelden in 2023 voor 1,8 miljard euro aan goederen. Daarvan ging 1,1 miljard euro naar Chili.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['bilateral_trade', 'CL', 'DK', 1_800_000_000],
      ['exports', 'DK', 'CL', 1_100_000_000],
    ]);
  });

  it('reads "het Afrikaanse continent" as Africa', () => {
    const text = 'De Deense uitvoer naar het Afrikaanse continent bedroeg in 2023 2,6 miljard euro.';
    expect(extract(text, 'nl').map((f) => [f.from, f.to])).toEqual([['DK', 'AFRICA']]);
  });
});
