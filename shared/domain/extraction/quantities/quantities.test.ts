import { describe, expect, it } from 'vitest';
import type { Language } from '../language.js';
import { findQuantities, parseNumber } from './quantities.js';

const money = (text: string, language: Language = 'fr') =>
  findQuantities(text, language).map((q) => [q.type, q.value, q.unit, text.slice(q.start, q.end)]);

describe('parseNumber', () => {
  it.each([
    ['3,1', 'fr', 3.1],
    ['1.166', 'fr', 1166],
    ['1.166', 'nl', 1166],
    ['1.5', 'nl', 1.5],
    ['12 500', 'fr', 12500],
    ['12\u00a0500,75', 'fr', 12500.75],
    ['1,234.5', 'en', 1234.5],
    ['1.234,5', 'nl', 1234.5],
    ['1,234', 'en', 1234],
    ['3.1', 'en', 3.1],
    ['2.000.000', 'en', 2000000],
  ] as const)('%s in %s is %d', (raw, language, expected) => {
    // Act & Assess
    expect(parseNumber(raw, language)).toBe(expected);
  });
});

describe('findQuantities', () => {
  it('reads a scaled number that counts tonnes, barrels or visitors as no amount of money', () => {
    expect(money("2,2 millions de tonnes de cacao, pour une valeur de 4,5 milliards d'euros")).toEqual([
      ['money', 4.5e9, 'EUR', "4,5 milliards d'euros"],
    ]);
    expect(money('1,2 miljoen ton cacaobonen, ter waarde van 3 miljard euro', 'nl')).toEqual([
      ['money', 3e9, 'EUR', '3 miljard euro'],
    ]);
    expect(money('3 million barrels a day, or $90 billion a year', 'en').map((q) => q[1])).toEqual([90e9]);
    // (a bare scaled amount still waits for its clause's currency)
    expect(money('contre 2,2 milliards en 2023').map((q) => [q[1], q[2]])).toEqual([[2.2e9, '']]);
  });

  it('reads francs of no country as the franc the text named before, or of the country it names', () => {
    expect(money('18 milliards de francs belges, puis 9 milliards de FB et 20 milliards de francs')).toEqual([
      ['money', 18e9, 'BEF', '18 milliards de francs belges'],
      ['money', 9e9, 'BEF', '9 milliards de FB'],
      ['money', 20e9, 'BEF', '20 milliards de francs'],
    ]);
    expect(money('En 1990, la France a exporté pour 12 milliards de francs.')).toEqual([
      ['money', 12e9, 'FRF', '12 milliards de francs'],
    ]);
    expect(money('La Suisse a importé pour 3 milliards de francs.')).toEqual([
      ['money', 3e9, 'CHF', '3 milliards de francs'],
    ]);
    // no country to tell which franc: no amount rather than a guess
    expect(money('Le pays a exporté pour 12 milliards de francs.')).toEqual([]);
  });

  it('reads a half in words as part of the amount, in each language', () => {
    expect(
      money("un milliard et demi d'euros, deux millions et demi de dollars, un demi-milliard de dirhams"),
    ).toEqual([
      ['money', 1.5e9, 'EUR', "un milliard et demi d'euros"],
      ['money', 2.5e6, 'USD', 'deux millions et demi de dollars'],
      ['money', 0.5e9, 'MAD', 'un demi-milliard de dirhams'],
    ]);
    expect(money('anderhalf miljard euro, tweeënhalf miljoen dollar en een half miljard yen', 'nl')).toEqual([
      ['money', 1.5e9, 'EUR', 'anderhalf miljard euro'],
      ['money', 2.5e6, 'USD', 'tweeënhalf miljoen dollar'],
      ['money', 0.5e9, 'JPY', 'een half miljard yen'],
    ]);
    expect(money('twee en een half miljard euro en drie en half miljoen dollar', 'nl')).toEqual([
      ['money', 2.5e9, 'EUR', 'twee en een half miljard euro'],
      ['money', 3.5e6, 'USD', 'drie en half miljoen dollar'],
    ]);
    expect(money('half a billion euros and two and a half million dollars', 'en')).toEqual([
      ['money', 0.5e9, 'EUR', 'half a billion euros'],
      ['money', 2.5e6, 'USD', 'two and a half million dollars'],
    ]);
  });

  it('reads scales and currencies written out', () => {
    expect(
      money("2,5 milliards d'euros, 700 millions de dollars américains, 45 miljoen Britse ponden"),
    ).toEqual([
      ['money', 2.5e9, 'EUR', "2,5 milliards d'euros"],
      ['money', 7e8, 'USD', '700 millions de dollars américains'],
      ['money', 4.5e7, 'GBP', '45 miljoen Britse ponden'],
    ]);
  });

  it('reads fused and prefixed forms', () => {
    expect(
      money('€768M, $3.1bn, USD3.1 billion, 45 M€, 12 Md€, 800 k€, 3 MMDH, 250 MDH, HK$2.4bn', 'en'),
    ).toEqual([
      ['money', 7.68e8, 'EUR', '€768M'],
      ['money', 3.1e9, 'USD', '$3.1bn'],
      ['money', 3.1e9, 'USD', 'USD3.1 billion'],
      ['money', 4.5e7, 'EUR', '45 M€'],
      ['money', 1.2e10, 'EUR', '12 Md€'],
      ['money', 8e5, 'EUR', '800 k€'],
      ['money', 3e9, 'MAD', '3 MMDH'],
      ['money', 2.5e8, 'MAD', '250 MDH'],
      ['money', 2.4e9, 'HKD', 'HK$2.4bn'],
    ]);
  });

  it('reads number words with a scale, and legacy currencies', () => {
    expect(
      money('deux milliards de dirhams, drie miljard gulden, 40 miljard frank, one billion yen', 'nl'),
    ).toEqual([
      ['money', 2e9, 'MAD', 'deux milliards de dirhams'],
      ['money', 3e9, 'NLG', 'drie miljard gulden'],
      ['money', 4e10, 'BEF', '40 miljard frank'],
      ['money', 1e9, 'JPY', 'one billion yen'],
    ]);
  });

  it('reads a year after its month as a date, not an amount of the currency word after it', () => {
    expect(money('March 2024 Euro area surplus of 4 bn euro', 'en')).toEqual([
      ['money', 4e9, 'EUR', '4 bn euro'],
    ]);
    expect(money('en juin 2023 euros et dollars', 'fr')).toEqual([]);
    expect(money('Exports reached 2023 euro per head.', 'en')).toEqual([['money', 2023, 'EUR', '2023 euro']]);
  });

  it('marks a scaled amount without currency for the extractor to complete', () => {
    const [, pending] = findQuantities('3,1 milliards de dollars contre 2,2 milliards', 'fr');
    expect(pending).toEqual(
      expect.objectContaining({ type: 'money', value: 2.2e9, unit: '', inheritedCurrency: true }),
    );
  });

  it('reads percentages in each language and ignores bare numbers', () => {
    expect(money('5,7 %, 12 procent, 3.5 percent, 250 entreprises, 2023', 'nl')).toEqual([
      ['percent', 5.7, 'percent', '5,7 %'],
      ['percent', 12, 'percent', '12 procent'],
      ['percent', 3.5, 'percent', '3.5 percent'],
    ]);
  });

  it('reads ordinals next to trade nouns only', () => {
    expect(
      money(
        '45ème client, premier fournisseur, 3rd largest trading partner, eerste steenlegging, premier pas',
        'fr',
      ),
    ).toEqual([
      ['rank', 45, 'rank', '45ème client'],
      ['rank', 1, 'rank', 'premier fournisseur'],
      ['rank', 3, 'rank', '3rd largest trading partner'],
    ]);
  });

  it('reads ordinals in every spelling before a rank noun, with adjectives between them', () => {
    // Prepare
    const fr =
      'au 35ième rang, le 25è client, son 2ième partenaire, le 10ème pays de provenance, la troisième principale destination';
    const nl =
      'de 11de plek, het vierde importland, de vierde goederenleverancier, de vijfde grootste exporteur';
    const en =
      'its fourth-largest export partner, the 17th largest global exporter, the No. 1 market, a bilateral partner';
    // Act
    const ranks = [money(fr, 'fr'), money(nl, 'nl'), money(en, 'en')];
    // Assess
    expect(ranks).toEqual([
      [
        ['rank', 35, 'rank', '35ième rang'],
        ['rank', 25, 'rank', '25è client'],
        ['rank', 2, 'rank', '2ième partenaire'],
        ['rank', 10, 'rank', '10ème pays de provenance'],
        ['rank', 3, 'rank', 'troisième principale destination'],
      ],
      [
        ['rank', 11, 'rank', '11de plek'],
        ['rank', 4, 'rank', 'vierde importland'],
        ['rank', 4, 'rank', 'vierde goederenleverancier'],
        ['rank', 5, 'rank', 'vijfde grootste exporteur'],
      ],
      [
        ['rank', 4, 'rank', 'fourth-largest export partner'],
        ['rank', 17, 'rank', '17th largest global exporter'],
        ['rank', 1, 'rank', 'No. 1 market'],
      ],
    ]);
  });

  it('reads a superlative with no ordinal as the first position, and "op één na" as the second', () => {
    // Prepare
    const text = {
      fr: 'le principal fournisseur du Pérou, les principaux clients',
      nl: 'de op één na belangrijkste afzetmarkt, de belangrijkste afnemer',
      en: 'the largest import partner, the main export destination, the top source of foreign investment for Peru',
    };
    // Act
    const ranks = Object.entries(text).map(([language, t]) => money(t, language as Language));
    // Assess
    expect(ranks).toEqual([
      [['rank', 1, 'rank', 'principal fournisseur']],
      [
        ['rank', 2, 'rank', 'op één na belangrijkste afzetmarkt'],
        ['rank', 1, 'rank', 'belangrijkste afnemer'],
      ],
      [
        ['rank', 1, 'rank', 'largest import partner'],
        ['rank', 1, 'rank', 'main export destination'],
        ['rank', 1, 'rank', 'top source of foreign investment'],
      ],
    ]);
  });

  it('reads a continental adjective between the position and its noun as a subset, and a superlative "after" others as behind them', () => {
    // Prepare
    const text =
      'Peru is de grootste Zuid-Amerikaanse klant van Chili, na Brazilië en Argentinië. Kenya is the largest African market of Chile.';
    // Act
    const ranks = findQuantities(text, 'nl').map((q) => [
      q.value,
      q.restricted === true,
      text.slice(q.start, q.end),
    ]);
    // Assess
    expect(ranks).toEqual([
      [3, true, 'grootste Zuid-Amerikaanse klant'],
      [1, true, 'largest African market'],
    ]);
  });

  it('reads the currencies of the reference rate table', () => {
    expect(
      money(
        'C$1.1 billion, 40 milliards de roupies, 12 miljard rand, R$3 billion, 900 millions de livres turques',
        'fr',
      ),
    ).toEqual([
      ['money', 1.1e9, 'CAD', 'C$1.1 billion'],
      ['money', 4e10, 'INR', '40 milliards de roupies'],
      ['money', 1.2e10, 'ZAR', '12 miljard rand'],
      ['money', 3e9, 'BRL', 'R$3 billion'],
      ['money', 9e8, 'TRY', '900 millions de livres turques'],
    ]);
  });
});

describe('numbers in unusual forms', () => {
  it('reads a number broken by a stray space, and the misspelt scale "millard"', () => {
    // Prepare
    const text =
      'en hausse de 8 ,3%, puis de 4, 5 %, soit 2. 500 milliards de francs CFA et 2,1 millards d’euros';
    // Act
    const found = money(text);
    // Assess
    expect(found).toEqual([
      ['percent', 8.3, 'percent', '8 ,3%'],
      ['percent', 4.5, 'percent', '4, 5 %'],
      ['money', 2.5e12, 'XOF', '2. 500 milliards de francs CFA'],
      ['money', 2.1e9, 'EUR', '2,1 millards d’euros'],
    ]);
  });

  it('reads a signed or decimal number paired with a percentage as a percentage, not a year', () => {
    // Prepare
    const text =
      'in maart en april (+3,4 en +1,2 procent), daarna (met 0,7 en 2,5 procent), tussen 2019 en 12 procent';
    // Act
    const found = money(text, 'nl').map((q) => [q[1], q[3]]);
    // Assess
    expect(found).toEqual([
      [3.4, '3,4'],
      [1.2, '1,2 procent'],
      [0.7, '0,7'],
      [2.5, '2,5 procent'],
      [12, '12 procent'],
    ]);
  });

  it('reads a bare number listed "respectivement" after a percentage, and gives a scale-less amount the scale of the one it goes to', () => {
    // Prepare
    const fr = 'les ventes et les achats ont crû de respectivement 12 % et +87.5 en 2023';
    const en = 'the stock grew (from EUR 2.45 to 3.1 billion)';
    // Act
    const found = [money(fr, 'fr'), money(en, 'en')];
    // Assess
    expect(found).toEqual([
      [
        ['percent', 12, 'percent', '12 %'],
        ['percent', 87.5, 'percent', '87.5'],
      ],
      [
        ['money', 2.45e9, 'EUR', 'EUR 2.45'],
        ['money', 3.1e9, '', '3.1 billion'],
      ],
    ]);
  });

  it('gives an amount whose scale the writer left out the scale of its bracketed twin or of a like amount before it', () => {
    // Prepare
    const twin = 'Chile invested US$4.2 (S$5.6 billion) in Peru.';
    const like =
      'Trade with Japan fell from $84.6 billion in 2019 to $79.2 in 2020. It recovered to $88.1 last year.';
    const unlike = 'Exports reached $84.6 billion. The index stood at $3.5. Prices rose to $912.';
    // Act
    const found = [money(twin, 'en'), money(like, 'en'), money(unlike, 'en')];
    // Assess
    expect(found).toEqual([
      [
        ['money', 4.2e9, 'USD', 'US$4.2'],
        ['money', 5.6e9, 'SGD', 'S$5.6 billion'],
      ],
      [
        ['money', 84.6e9, 'USD', '$84.6 billion'],
        ['money', 79.2e9, 'USD', '$79.2'],
        ['money', 88.1e9, 'USD', '$88.1'],
      ],
      [
        ['money', 84.6e9, 'USD', '$84.6 billion'],
        ['money', 3.5, 'USD', '$3.5'],
        ['money', 912, 'USD', '$912'],
      ],
    ]);
  });

  it('reads a position that leaves its noun to the next, and the position reached after a move', () => {
    // Prepare
    const text =
      "Peru ranks as the EU's 31st, whereas the EU is Peru's third biggest trading partner. Peru fell back from the 40th biggest exporter in 2021 to 44th in 2022.";
    // Act
    const ranks = findQuantities(text, 'en').map((q) => [q.value, q.rankNoun, text.slice(q.start, q.end)]);
    // Assess
    expect(ranks).toEqual([
      [31, 'trading partner', '31st'],
      [3, 'trading partner', 'third biggest trading partner'],
      [40, 'exporter', '40th biggest exporter'],
      [44, 'exporter', '44th'],
    ]);
  });

  it('reads whole numbers written out before a percent word, and hyphenated fractions', () => {
    // Prepare
    const nl = 'dat is achttien procent meer, en zevenenveertig procent van de uitvoer';
    const fr = 'vingt-deux pour cent des ventes';
    const en = 'more than one-third of exports, thirty-five per cent';
    // Act
    const found = [money(nl, 'nl'), money(fr, 'fr'), money(en, 'en')].map((list) =>
      list.map((q) => [q[1], q[3]]),
    );
    // Assess
    expect(found).toEqual([
      [
        [18, 'achttien procent'],
        [47, 'zevenenveertig procent'],
      ],
      [[22, 'vingt-deux pour cent']],
      [
        [100 / 3, 'one-third'],
        [35, 'thirty-five per cent'],
      ],
    ]);
  });
});

describe('dollars, dirhams and shillings written in short', () => {
  it('reads the dollar signs of other economies, shillings and a scale letter before an ISO code', () => {
    // Prepare
    const text =
      'S$4.2 billion, A$3 billion, NZ$2 billion, Ksh. 45.5 billion, Ksh80 million, 512 M EUR, 3 Mds USD';
    // Act
    const found = money(text, 'en');
    // Assess
    expect(found).toEqual([
      ['money', 4.2e9, 'SGD', 'S$4.2 billion'],
      ['money', 3e9, 'AUD', 'A$3 billion'],
      ['money', 2e9, 'NZD', 'NZ$2 billion'],
      ['money', 4.55e10, 'KES', 'Ksh. 45.5 billion'],
      ['money', 8e7, 'KES', 'Ksh80 million'],
      ['money', 5.12e8, 'EUR', '512 M EUR'],
      ['money', 3e9, 'USD', '3 Mds USD'],
    ]);
  });

  it('reads "Dh" before a number as the dirham of the Emirates in a text about them, else of Morocco', () => {
    // Prepare
    const emirates = "Dubai's non-oil trade reached Dh950 billion, with Dh40.5 billion of gold.";
    const morocco = 'Morocco: Dh12 billion of phosphates.';
    // Act
    const found = [money(emirates, 'en'), money(morocco, 'en')].map((list) => list.map((q) => [q[1], q[2]]));
    // Assess
    expect(found).toEqual([
      [
        [9.5e11, 'AED'],
        [4.05e10, 'AED'],
      ],
      [[1.2e10, 'MAD']],
    ]);
  });

  it("reads a bare dollar as the home economy's where the text makes it clear, else as the US dollar", () => {
    // Prepare: statistics of one dollar economy; a text that writes US dollars apart; a text on two economies
    const statistics =
      'External trade, New Zealand\n\nExports rose 4% to $6.1 billion in March, imports fell to $5.9 billion.';
    const apart =
      'Commerce Québec – Chili. Les échanges ont atteint 2,4 G$ en 2022; le PIB du Chili est de 301 G$ US.';
    const twoEconomies = 'Kenya and Singapore: trade reached $1.2 billion in 2023.';
    const office = 'The Census and Statistics Department said exports rose to $410 billion.';
    // Act
    const units = [statistics, apart, twoEconomies, office].map((t) =>
      money(t, t === apart ? 'fr' : 'en').map((q) => q[2]),
    );
    // Assess
    expect(units).toEqual([['percent', 'NZD', 'NZD'], ['CAD', 'USD'], ['USD'], ['HKD']]);
  });
});

describe('Gulf and Egyptian currencies', () => {
  it('reads riyals, Emirati dirhams and Egyptian pounds apart from the dirham and the pound sterling', () => {
    expect(
      money(
        '8,2 milliards de riyals saoudiens, 3 milliards de dirhams émiratis, 2 milliards de dirhams',
        'fr',
      ).map((q) => q[2]),
    ).toEqual(['SAR', 'AED', 'MAD']);
    expect(money('1.5 billion Egyptian pounds and 2 billion pounds', 'en').map((q) => q[2])).toEqual([
      'EGP',
      'GBP',
    ]);
  });
});

describe('dinars and a lone billion', () => {
  it('reads dinars said without their country as the dinar of the economy the text names', () => {
    // Prepare
    const tunisian = 'Les importations de la Tunisie ont atteint 1 200 millions de dinars.';
    const none = 'Les importations ont atteint 1 200 millions de dinars.';
    // Act
    const units = [tunisian, none].map((t) => money(t).map((q) => q[2]));
    // Assess
    expect(units).toEqual([['TND'], []]);
  });

  it('reads "le milliard d\'euros", "du milliard de dollars" as one billion, the article left to the bound', () => {
    expect(
      money("Elles ont dépassé le milliard d'euros, puis franchi le cap du milliard de dollars."),
    ).toEqual([
      ['money', 1e9, 'EUR', "milliard d'euros"],
      ['money', 1e9, 'USD', 'milliard de dollars'],
    ]);
    // (not a billion with no currency after it)
    expect(money('Le milliard promis reste loin.')).toEqual([]);
  });
});

describe('scale words read in the language of the text', () => {
  it('reads "billion" as a thousand milliards in French and as a thousand millions in English', () => {
    expect(
      money("La dette du pays a franchi les 3 billions d'euros, après 2,9 billions de dollars", 'fr'),
    ).toEqual([
      ['money', 3e12, 'EUR', "3 billions d'euros"],
      ['money', 2.9e12, 'USD', '2,9 billions de dollars'],
    ]);
    // an English amount quoted in a French text: no "de" after it, the English meaning
    expect(money('Selon Reuters, « Chile sold $2.4 billion to Peru » en 2023', 'fr')).toEqual([
      ['money', 2.4e9, 'USD', '$2.4 billion'],
    ]);
    expect(
      money('The country exported 3 billion euros of goods, against $2.9 billion a year before', 'en'),
    ).toEqual([
      ['money', 3e9, 'EUR', '3 billion euros'],
      ['money', 2.9e9, 'USD', '$2.9 billion'],
    ]);
  });

  it('reads "biljoen" as a thousand miljard in Dutch, and the words of another language with their own meaning', () => {
    expect(
      money('De wereldhandel woog 2 biljoen euro, de uitvoer van het land 4 miljard euro', 'nl'),
    ).toEqual([
      ['money', 2e12, 'EUR', '2 biljoen euro'],
      ['money', 4e9, 'EUR', '4 miljard euro'],
    ]);
    // a French text that quotes a Dutch figure: "miljard" stays a thousand millions
    expect(
      money('Selon Bruxelles, « 5 miljard euro » de marchandises, soit 1 billion de dollars', 'fr'),
    ).toEqual([
      ['money', 5e9, 'EUR', '5 miljard euro'],
      ['money', 1e12, 'USD', '1 billion de dollars'],
    ]);
  });

  it('reads the rows of a table of percentage changes as signed changes, glued or apart, and stops at the first other line', () => {
    // Prepare
    const text =
      'Uitvoer naar regio, 2021\nRegio (procentuele verandering)\nAzië-7,5\nAfrika: +3\nEuropa\t−2\nZie ook de toelichting 4.';
    // Act
    const found = findQuantities(text, 'nl').map((q) => [
      q.value,
      q.row,
      q.change,
      text.slice(q.start, q.end),
    ]);
    // Assess
    expect(found.filter((q) => q[2])).toEqual([
      [-7.5, 'Azië', true, '-7,5'],
      [3, 'Afrika', true, '+3'],
      [-2, 'Europa', true, '−2'],
    ]);
  });
});

describe('ordinals that read like fractions', () => {
  it('reads "a sixth straight month", "un sixième mois", "een zesde opeenvolgende maand" as no share', () => {
    expect(money('Exports fell for a sixth straight month, and for a third time in a row.', 'en')).toEqual(
      [],
    );
    expect(money('Les ventes reculent pour un sixième mois de suite.', 'fr')).toEqual([]);
    expect(money('De uitvoer daalde een zesde opeenvolgende maand.', 'nl')).toEqual([]);
    expect(money('Exports fell by a sixth in March.', 'en')).toEqual([
      ['percent', 100 / 6, 'percent', 'a sixth'],
    ]);
  });
});
