import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.

describe('periods: spans, "since" and growth over years', () => {
  it('reads a change against a year further back than the year before as a span from it', () => {
    // Prepare
    const en = extract(
      'Trade between Peru and Chile reached $4 billion in 2021, an increase of 30% compared to 2017.',
      'en',
    );
    const nl = extract(
      'Vorig jaar voerde Peru voor 3 miljard euro uit naar Chili, bijna 20 procent meer dan vijf jaar eerder.',
      'nl',
      '2022-05',
    );
    const yearOnYear = extract(
      'Trade between Peru and Chile reached $4 billion in 2021, an increase of 3% compared to 2020.',
      'en',
    );
    // Assess
    expect(en.map((f) => f.period)).toEqual(['2021', '2017/2021']);
    expect(nl.map((f) => f.period)).toEqual(['2021', '2016/2021']);
    expect(yearOnYear.map((f) => f.period)).toEqual(['2021', '2021']);
  });

  it('reads "in the same period" after a change against a base year as the span from that base', () => {
    // Prepare
    const text =
      'In 2021 voerde Peru voor 3 miljard euro uit naar Chili. In vergelijking met 2016 is de Peruaanse uitvoer naar Chili met 12 procent toegenomen. ' +
      'De totale Peruaanse uitvoer groeide in dezelfde periode met 20 procent.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [3e9, '2021'],
      [12, '2016/2021'],
      [20, '2016/2021'],
    ]);
  });

  it('takes the base year nearest a change for its span', () => {
    const figures = extract(
      'De Keniaanse uitvoer naar Oeganda bedroeg in 2019 2 miljard euro, 6 procent meer dan in 2018 en ruim een vijfde meer dan in 2015.',
      'nl',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [2e9, '2019'],
      [6, '2019'],
      [20, '2015/2019'],
    ]);
  });

  it('leaves a "since" that follows another number in brackets to that number', () => {
    const figures = extract(
      "En 2021, les exportations péruviennes allaient d'abord vers l'Europe (40 % du total ; -2,5 points depuis 2016), suivie du Chili (12,5 % ; +1,5 point depuis 2016).",
      'fr',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [40, '2021'],
      [12.5, '2021'],
    ]);
  });

  it('counts an average "over the past ten years" as ten years up to the clause\'s year', () => {
    const figures = extract(
      'In 2019 bedroeg het aandeel van Bolivia in de Chileense uitvoer de afgelopen tien jaar gemiddeld 2,8%.',
      'nl',
    );
    expect(figures.map((f) => f.period)).toEqual(['2010/2019']);
  });

  it('gives a level after a growth rate the growth rate’s period, and a level after a span its last year', () => {
    const fr = extract(
      "Après une année 2021 record, les exportations du Portugal ont reculé de 3 % en 2022, à 78 milliards d'euros.",
      'fr',
    );
    const en = extract(
      "Kenya's trade with Uganda more than doubled between 2015 and 2022 to $1.3 billion.",
      'en',
    );
    expect(fr.map((f) => f.period)).toEqual(['2022', '2022']);
    expect(en.map((f) => [f.metric, f.period])).toEqual([['bilateral_trade', '2022']]);
  });

  it('reads growth "en dix ans" as a span ending in the clause’s year', () => {
    const figures = extract(
      "Les échanges entre la Tunisie et l'Italie ont atteint 10 milliards d'euros en 2022, contre 7 milliards en 2012, soit une hausse de 43 % en dix ans.",
      'fr',
    );
    expect(figures.at(-1)).toMatchObject({ measure: 'growth', value: 43, period: '2012/2022' });
  });

  it('reads growth between two consecutive years as a span (the real corpus convention), and "end-2022" as 2022', () => {
    const nl = extract('Tussen 2021 en 2022 steeg de Vlaamse export naar Peru met 12 procent.', 'nl');
    const en = extract("Japan's FDI stock in Peru: approximately $2 billion (end-2022).", 'en');
    expect(nl[0]?.period).toBe('2021/2022');
    expect(en[0]?.period).toBe('2022');
  });

  it('reads "depuis 2021" as the span from that year to the publication', () => {
    const text =
      'Les investissements chiliens au Pérou annoncés depuis 2021 dépassent 3 milliards de dollars.';
    expect(extract(text, 'fr', '2024-05').map((f) => [f.metric, f.period, f.bound])).toEqual([
      ['fdi', '2021/2024', 'gt'],
    ]);
  });

  it('ends a span "since" a year at the story’s latest year', () => {
    const text =
      'De Chileense uitvoer naar Peru bedroeg in 2023 2,4 miljard dollar.\n\nSinds 2018 groeide de Chileense uitvoer naar Peru met 40 procent.';
    expect(extract(text, 'nl', '2024-04').map((f) => f.period)).toEqual(['2023', '2018/2023']);
  });

  it('reads growth over the past years stated before the percentage', () => {
    const text =
      'De Chileense uitvoer naar Peru is de afgelopen zes jaar met 30 procent gestegen, tot 2,4 miljard dollar in 2023.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2017/2023'],
      ['value', '2023'],
    ]);
  });

  it('reads "sinds de inwerkingtreding van het akkoord in 2019" as a span from that year', () => {
    const text =
      'De Chileense uitvoer naar Peru bedroeg in 2023 2,4 miljard dollar. Sinds de inwerkingtreding van het vrijhandelsakkoord tussen Chili en Peru in 2019 is die uitvoer met 30 procent gestegen.';
    expect(extract(text, 'nl', '2024-02').map((f) => f.period)).toEqual(['2023', '2019/2023']);
  });

  it('dates a level a flow reached "to stand at" after a span of years by its own year', () => {
    const text =
      'Exports from Kenya to Uganda have more than doubled over the past eight years to stand at $0.9 billion in 2019.';
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[0.9e9, '2019']]);
  });
});

describe('periods: fiscal years, halves and year to date', () => {
  it('reads year-to-date periods', () => {
    const figures = extract(
      'À fin avril 2023, les importations du Maroc en provenance du Japon ont atteint 6,1 MMDH.',
      'fr',
    );
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        from: 'MA',
        to: 'JP',
        value: 6.1e9,
        unit: 'MAD',
        period: '2023-01/2023-04',
      }),
    ]);
  });

  it("gives a fiscal year the months of the reporting economy's fiscal year", () => {
    // Prepare
    const text =
      'Foreign direct investment into India rose to $42 billion in 2019-20. ' +
      'Kenyan exports to Uganda reached $600 million in FY 2020/2021, against $540 million in the previous fiscal year.';
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['WORLD', 'IN', 42e9, '2019-04/2020-03'],
      ['KE', 'UG', 600e6, '2020-07/2021-06'],
      ['KE', 'UG', 540e6, '2019-07/2020-06'],
    ]);
  });

  it("reads a half, a quarter or the first months of a fiscal year in French and Dutch, in the reporter's fiscal year", () => {
    const fr = extract(
      "Au premier semestre de l'exercice 2023-2024, les exportations du Pakistan vers la Chine ont progressé de 12 %.",
      'fr',
    );
    expect(fr.map((f) => [f.from, f.to, f.value, f.period])).toEqual([['PK', 'CN', 12, '2023-07/2023-12']]);
    const quarter = extract(
      "Au troisième trimestre de l'exercice 2023-2024, les exportations de l'Inde vers la Belgique ont reculé de 4 %.",
      'fr',
    );
    expect(quarter.map((f) => f.period)).toEqual(['2023-10/2023-12']);
    const nl = extract(
      'In de eerste zes maanden van het boekjaar 2023-2024 steeg de uitvoer van India naar België met 9 procent.',
      'nl',
    );
    expect(nl.map((f) => [f.from, f.to, f.value, f.period])).toEqual([['IN', 'BE', 9, '2023-04/2023-09']]);
  });

  it('reads no span across a line break, nor from a later year to an earlier one', () => {
    const text =
      "Réponse du ministère de l'Europe et des affaires étrangères publiée le 12/03/2024\nEn 2023, les exportations françaises vers le Vietnam se sont élevées à 1,8 milliard d'euros, en hausse de 6 % par rapport à 2022.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['value', 1.8e9, '2023'],
      ['growth', 6, '2023'],
    ]);
  });

  it("reads a fiscal quarter or half by its code ('Q3 FY24') in the reporter's fiscal year", () => {
    const figures = extract(
      "India's exports to the UAE were USD 23.6 billion in Q3 FY24, and USD 44.1 billion in H1 FY 2024-25.",
      'en',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [23.6e9, '2023-10/2023-12'],
      [44.1e9, '2024-04/2024-09'],
    ]);
  });

  it('reads a two-year label as a span for an economy whose fiscal year is the calendar year', () => {
    const figures = extract('Peruvian exports to Chile reached $2 billion in 2019-20.', 'en');
    expect(figures.map((f) => f.period)).toEqual(['2019/2020']);
  });

  it('counts "the first months of the current fiscal year" back from the publication date', () => {
    // Prepare
    const text =
      "Kenya's exports to Uganda grew by 4 percent during the first nine months of the current fiscal year.";
    // Act
    const figures = extract(text, 'en', '2021-05');
    // Assess
    expect(figures.map((f) => f.period)).toEqual(['2020-07/2021-03']);
  });

  it('reads "de eerste helft van dit jaar", imports "gehaald uit", and a part "van die uitvoer" after a break', () => {
    const text =
      'Chili voerde in de eerste helft van dit jaar voor zowat 1,5 miljard euro aan goederen uit naar Peru. Over heel 2024 bedroeg de export 2,8 miljard euro.\n\nKoper is goed voor een vijfde van die uitvoer.\n\nOmgekeerd haalde Chili voor 1,3 miljard euro aan goederen uit Peru.';
    expect(
      extract(text, 'nl', '2025-08').map((f) => [
        f.metric,
        f.measure,
        f.from,
        f.to,
        f.value,
        f.period,
        f.bound,
      ]),
    ).toEqual([
      ['exports', 'value', 'CL', 'PE', 1.5e9, '2025-01/2025-06', 'approx'],
      ['exports', 'value', 'CL', 'PE', 2.8e9, '2024', 'eq'],
      ['exports', 'share', 'CL', 'PE', 20, '2024', 'eq'],
      ['imports', 'value', 'CL', 'PE', 1.3e9, '2024', 'eq'],
    ]);
  });

  it('reads the four quarters to the end of Q2 as a rolling year of months', () => {
    const figures = extract(
      'Total trade between the UK and Chile was £2.1 billion in the four quarters to the end of Q2 2023.',
      'en',
    );
    expect(figures[0]).toMatchObject({ metric: 'bilateral_trade', period: '2022-07/2023-06' });
  });

  it('moves a year-to-date period back a year for "un an plus tôt"', () => {
    const text =
      "Le déficit commercial du Chili s'est établi à 3,2 milliards de dollars à fin juin 2024, contre 2,9 milliards de dollars un an plus tôt.";
    expect(extract(text, 'fr').map((f) => f.period)).toEqual(['2024-01/2024-06', '2023-01/2023-06']);
  });

  it('reads "H1 2024" as the first half and "vis-à-vis du" as naming the partner', () => {
    const en = extract("In H1 2024, Chile's exports to Peru rose 5% to $1.2 billion.", 'en');
    const fr = extract(
      'Le déficit commercial du Chili vis-à-vis du Pérou s’est réduit à 300 millions de dollars en 2023.',
      'fr',
    );
    expect(en.map((f) => f.period)).toEqual(['2024-01/2024-06', '2024-01/2024-06']);
    expect(fr.map((f) => [f.metric, f.from, f.to])).toEqual([['trade_balance', 'CL', 'PE']]);
  });

  it('reads "de eerste helft van 2024" as the first half', () => {
    const text = 'In de eerste helft van 2024 steeg de Chileense export naar Peru met 6 procent.';
    expect(extract(text, 'nl').map((f) => f.period)).toEqual(['2024-01/2024-06']);
  });

  it('reads "Over de eerste negen maanden" as the period, not a comparison, and "de teller" as the flow before', () => {
    const text =
      'In het derde kwartaal van 2024 voerde Chili voor 400 miljoen dollar uit naar Peru. Over de eerste negen maanden van 2024 komt de teller op 1,2 miljard dollar.';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([
      [400e6, '2024-07/2024-09'],
      [1.2e9, '2024-01/2024-09'],
    ]);
  });

  it('dates "les neuf premiers mois de l\'année" and "de eerste negen maanden van dit jaar" by the publication year', () => {
    const fr =
      "Les exportations péruviennes vers le Chili ont atteint 2,3 milliards de dollars sur les neuf premiers mois de l'année.";
    const nl =
      'De Peruaanse uitvoer naar Chili bedroeg in de eerste negen maanden van dit jaar 2,3 miljard dollar.';
    expect(extract(fr, 'fr', '2024-12').map((f) => f.period)).toEqual(['2024-01/2024-09']);
    expect(extract(nl, 'nl', '2024-12').map((f) => f.period)).toEqual(['2024-01/2024-09']);
  });

  it('dates a share that went from one level to another by the span of the sentence, in another clause', () => {
    const fr = extract(
      "De 2010 à 2020, les échanges entre le Maroc et l'Inde ont crû de 9 % par an ; la part de l'Inde dans le commerce extérieur du Maroc est passée de 1,8 % à 3,6 %.",
      'fr',
    );
    const en = extract(
      "Between 2010 and 2020, trade between Kenya and India grew 9 per cent a year; India's share of Kenya's foreign trade rose from 1.8 per cent to 3.6 per cent.",
      'en',
    );
    for (const figures of [fr, en]) {
      expect(figures.map((f) => [f.measure, f.value, f.period])).toEqual([
        ['growth', 9, '2010/2020'],
        ['share', 1.8, '2010'],
        ['share', 3.6, '2020'],
      ]);
    }
  });

  it('dates a share that went from one level to another by the first and last years of its sentence', () => {
    const text =
      'Kenya raised its surplus with Uganda from $0.9 billion in 2018 to $1.2 billion in 2021, while the share of its exports going to Uganda fell from 14 % of total exports to 11.5 %.';
    expect(extract(text, 'en').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['value', 0.9e9, '2018'],
      ['value', 1.2e9, '2021'],
      ['share', 14, '2018'],
      ['share', 11.5, '2021'],
    ]);
  });

  it('dates a level that remained the same over a span by the whole span, in each language', () => {
    const texts: Array<[string, 'fr' | 'nl' | 'en']> = [
      [
        "La part du Kenya dans les importations de l'Ouganda est restée stable entre 2018 et 2022, à environ 9 %.",
        'fr',
      ],
      [
        'Het aandeel van Kenia in de invoer van Oeganda bleef tussen 2018 en 2022 ongeveer gelijk, op zowat 9 procent.',
        'nl',
      ],
      [
        "Kenya's share of Uganda's imports remained roughly the same between 2018 and 2022 (around 9 %).",
        'en',
      ],
    ];
    for (const [text, language] of texts) {
      expect(extract(text, language).map((f) => [f.measure, f.value, f.period])).toEqual([
        ['share', 9, '2018/2022'],
      ]);
    }
  });

  it('reads "in dezelfde periode" after years counted back as those years', () => {
    const text =
      'De voorbije vijf jaar is de Keniaanse uitvoer naar Oeganda met bijna de helft gestegen, tot 900 miljoen euro in 2021. In dezelfde periode steeg de Keniaanse invoer uit Oeganda met 9 procent.';
    expect(extract(text, 'nl').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', 50, '2016/2021'],
      ['exports', 9e8, '2021'],
      ['imports', 9, '2016/2021'],
    ]);
  });

  it('dates an aim over the coming years with the years after the one it was set in', () => {
    const fr = extract(
      "Le Kenya vise 3 milliards de dollars d'exportations vers l'Ouganda sur les trois prochaines années.",
      'fr',
      '2023-05',
    );
    const nl = extract(
      'Kenia wil zijn uitvoer naar Oeganda in de komende drie jaar optrekken tot 3 miljard euro.',
      'nl',
      '2023-05',
    );
    expect([...fr, ...nl].map((f) => [f.kind, f.period])).toEqual([
      ['target', '2024/2026'],
      ['target', '2024/2026'],
    ]);
  });
});

describe('periods: a position held since a year in a text with no date of writing', () => {
  it('runs from that year to the latest year the text reports', () => {
    const figures = extract(
      'China has been Kenya’s largest export destination since 2012. Between January 2021 and March 2023, Kenya exported goods worth $9bn to China.',
      'en',
    );
    expect(figures.map((f) => [f.measure, f.period])).toEqual([
      ['rank', '2012/2023'],
      ['value', '2021-01/2023-03'],
    ]);
  });
});
