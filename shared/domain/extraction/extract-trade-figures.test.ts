import { describe, expect, it } from 'vitest';
import { extractTradeFigures } from './extract-trade-figures.js';
import type { Language } from './language.js';
import { findPublicationDate } from './periods.js';

// Sentences written for these tests (not taken from the seed documents), one rule each.
const extract = (text: string, language: Language, published?: string) =>
  extractTradeFigures(text, { language, published }).map(({ start, end, sentence, confidence, ...f }) => {
    // Assess (shared): every quote is the exact text at its offsets, inside its sentence
    expect(text.slice(start, end)).toBe(f.quote);
    expect(sentence).toContain(f.quote);
    expect(confidence).toBeGreaterThan(0);
    expect(confidence).toBeLessThanOrEqual(1);
    return f;
  });

describe('extractTradeFigures', () => {
  it('reads an export value with its direction from phrases (fr)', () => {
    // Prepare
    const text = "Les exportations marocaines vers l'Espagne ont atteint 9,4 milliards d'euros en 2022.";
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'exports',
        measure: 'value',
        from: 'MA',
        to: 'ES',
        value: 9.4e9,
        unit: 'EUR',
        period: '2022',
        kind: 'actual',
        bound: 'eq',
      }),
    ]);
  });

  it('reads imports with the reporter as from and the source as to (en)', () => {
    const figures = extract("Morocco's imports from the United Kingdom reached $1.2bn in 2021.", 'en');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        from: 'MA',
        to: 'GB',
        value: 1.2e9,
        unit: 'USD',
        period: '2021',
      }),
    ]);
  });

  it('gives each side of "X contre Y en 2023" its own year', () => {
    const text =
      'En 2022, le commerce entre la France et le Japon a progressé, à 14,2 milliards de dollars contre 12,9 milliards en 2021.';
    const figures = extract(text, 'fr');
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['bilateral_trade', 'FR', 'JP', 14.2e9, 'USD', '2022'],
      ['bilateral_trade', 'FR', 'JP', 12.9e9, 'USD', '2021'],
    ]);
  });

  it('recognises targets and their horizon, and forecasts', () => {
    const text =
      "Le gouvernement vise des exportations de 5 milliards d'euros vers l'Inde d'ici 2030. " +
      'De Vlaamse export naar India zou volgend jaar volgens de ramingen verwacht worden op 3 miljard euro in 2025.';
    const figures = extract(text, 'fr');
    expect(figures[0]).toEqual(
      expect.objectContaining({ kind: 'target', period: '2030', value: 5e9, to: 'IN' }),
    );
    expect(figures[1]).toEqual(
      expect.objectContaining({ kind: 'forecast', from: 'BE-VLG', to: 'IN', value: 3e9, period: '2025' }),
    );
  });

  it('keeps bounds in the quote: moins de, meer dan, more than', () => {
    const figures = extract(
      'Les investissements espagnols au Maroc représentent plus de 20% du total en 2019. ' +
        'De handel tussen België en Japan bedroeg meer dan 4 miljard euro in 2018. ' +
        'Exports from Kenya to the United States were less than 1 percent of the total in 2017.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.bound, f.quote])).toEqual([
      ['fdi', 'gt', 'plus de 20%'],
      ['bilateral_trade', 'gt', 'meer dan 4 miljard euro'],
      ['exports', 'lt', 'less than 1 percent'],
    ]);
  });

  it('resolves relative years against the publication date', () => {
    const figures = extract(
      "L'an dernier, les exportations du Maroc vers la Chine ont atteint 800 millions de dollars.",
      'fr',
      '2024-03',
    );
    expect(figures).toEqual([expect.objectContaining({ period: '2023', from: 'MA', to: 'CN', value: 8e8 })]);
  });

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

  it('records a figure stated in two currencies once per currency', () => {
    const figures = extract(
      "Les exportations du Maroc vers la Belgique ont atteint 1,2 milliard d'euros (environ 13 milliards de dirhams) en 2022.",
      'fr',
    );
    expect(figures.map((f) => [f.unit, f.value, f.bound])).toEqual([
      ['EUR', 1.2e9, 'eq'],
      ['MAD', 13e9, 'approx'],
    ]);
  });

  it('records a figure repeated in the text once', () => {
    const sentence = 'De export van Vlaanderen naar Marokko bedroeg 900 miljoen euro in 2021. ';
    expect(extract(sentence + sentence, 'nl')).toHaveLength(1);
  });
  describe('periods', () => {
    it('carries a year to the next sentences and paragraphs of the story', () => {
      const text =
        'In 2019 the exports of Portugal to Angola reached EUR 1.9 billion. Imports from Angola amounted to EUR 0.6 billion.\n\n' +
        'Portuguese exports to Brazil were EUR 0.8 billion.';
      expect(extract(text, 'en').map((f) => [f.metric, f.to, f.period])).toEqual([
        ['exports', 'AO', '2019'],
        ['imports', 'AO', '2019'],
        ['exports', 'BR', '2019'],
      ]);
    });

    it('never takes a base of comparison for the period', () => {
      const figures = extract(
        'En 2021, les importations du Kenya en provenance de Chine ont augmenté de 8 % par rapport à 2020.',
        'fr',
      );
      expect(figures).toEqual([
        expect.objectContaining({
          metric: 'imports',
          measure: 'growth',
          from: 'KE',
          to: 'CN',
          period: '2021',
        }),
      ]);
    });

    it('reads "a year earlier" against the clause\'s own year', () => {
      const figures = extract(
        'Het handelstekort van Egypte met Turkije bedroeg in 2020 1,2 miljard dollar, tegenover 0,9 miljard dollar een jaar eerder.',
        'nl',
      );
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [-1.2e9, '2020'],
        [-0.9e9, '2019'],
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

    it('dates months named without a year with the story year when the text has no publication date', () => {
      // Prepare
      const text =
        "Chile's exports reached $8 billion by the end of April. " +
        'Exports to Peru were $1.2 billion in 2016, up from $1.1 billion in 2015.';
      // Act
      const figures = extract(text, 'en');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [8e9, '2016-01/2016-04'],
        [1.2e9, '2016'],
        [1.1e9, '2015'],
      ]);
    });

    it('takes the period of the lede that follows a leading date line', () => {
      // Prepare
      const text =
        " date 2021-07 Le commerce extérieur du Pérou a progressé en juin, porté par le cuivre. L'excédent restait faible.\n\n" +
        'Les exportations péruviennes ont atteint 5,1 milliards de dollars.';
      // Act
      const figures = extract(text, 'fr', findPublicationDate(text));
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([[5.1e9, '2021-06']]);
    });

    it('gives each of two coordinated months its own figure', () => {
      // Prepare
      const text =
        'De Peruaanse uitvoer daalde in januari (-6,1%) en februari (-2,3%). ' +
        'In mei steeg de Peruaanse invoer met 4,2 procent en in juni zelfs met 9 procent.';
      // Act
      const figures = extract(text, 'nl', '2021-09');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [-6.1, '2021-01'],
        [-2.3, '2021-02'],
        [4.2, '2021-05'],
        [9, '2021-06'],
      ]);
    });

    it('dates the amount a change starts from a year before the amount it reaches', () => {
      // Prepare
      const text =
        'Kenyan exports to Uganda grew by 6 percent during the first nine months of 2021. ' +
        'Exports of tea increased by 8 percent, from $100 million to $108 million. ' +
        'Exports of coffee grew from $50 million last year to $54 million.';
      // Act
      const figures = extract(text, 'en', '2021-11');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [6, '2021-01/2021-09'],
        [8, '2021-01/2021-09'],
        [100e6, '2020-01/2020-09'],
        [108e6, '2021-01/2021-09'],
        [50e6, '2020-01/2020-09'],
        [54e6, '2021-01/2021-09'],
      ]);
    });

    it('carries the year of a sentence whose amounts are no trade figures', () => {
      // Prepare
      const text =
        'Kenya and Uganda\n\nIn 2019 the Kenyan government spent $300 million on roads. Kenyan exports to Uganda rose by 5 percent.';
      // Act
      const figures = extract(text, 'en');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([[5, '2019']]);
    });

    it('does not move the period back for the earlier level of a flow already dated later', () => {
      // Prepare
      const text =
        'In 2021 Peru exported goods worth EUR 2.2 billion to Chile. ' +
        "In 2020 Peru's exports to Chile were EUR 2 billion. That is an increase of 10 percent.";
      // Act
      const figures = extract(text, 'en');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [2.2e9, '2021'],
        [2e9, '2020'],
        [10, '2021'],
      ]);
    });

    it("resolves a relative year against the story's year when the text has no publication date", () => {
      // Prepare
      const text =
        'Peru en Chili\n\nVorig jaar voerde Peru voor 2 miljard euro uit naar Chili. In 2021 groeide de Peruaanse uitvoer naar Bolivia met 5 procent.';
      // Act
      const figures = extract(text, 'nl');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [2e9, '2021'],
        [5, '2021'],
      ]);
    });

    it('dates the amount a change starts from a year before the year its clause names', () => {
      const figures = extract(
        'De handel tussen Peru en Chili steeg het afgelopen jaar van 4 miljard euro naar 5 miljard euro.',
        'nl',
        '2022-03',
      );
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [4e9, '2020'],
        [5e9, '2021'],
      ]);
    });

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

    it("gives the level a change reaches from a dated base the story's period, not the base's", () => {
      // Prepare
      const text =
        'En 2021, les investissements péruviens au Chili ont chuté. Ils sont passés de 1,2 milliard de dollars en 2020 à 0,9 milliard.';
      // Act
      const figures = extract(text, 'fr');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [1.2e9, '2020'],
        [0.9e9, '2021'],
      ]);
    });

    it('dates an amount "compared with" one of the same flow a year before, and one "a month earlier" a month before', () => {
      // Prepare
      const yearly = extract(
        "In 2021 Peru's trade surplus with Chile rose to $5.1 billion compared with $4.2 billion.",
        'en',
      );
      const monthly = extract(
        'Les exportations du Pérou vers le Chili se sont établies à 500 millions de dollars en mars 2021, contre 450 millions le mois précédent.',
        'fr',
      );
      // Assess
      expect(yearly.map((f) => [f.value, f.period])).toEqual([
        [5.1e9, '2021'],
        [4.2e9, '2020'],
      ]);
      expect(monthly.map((f) => [f.value, f.period])).toEqual([
        [500e6, '2021-03'],
        [450e6, '2021-02'],
      ]);
    });

    it('dates a change against a year, in a text that gives no other period, the year after it', () => {
      const figures = extract(
        'De Peruaanse uitvoer naar Chili bedroeg 3 miljard euro, oftewel 20% meer dan in 2019.',
        'nl',
      );
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [3e9, '2020'],
        [20, '2020'],
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

    it('reads "dit jaar" in a story of the first months of this year as those months', () => {
      // Prepare
      const text =
        'In de eerste zes maanden van dit jaar voerde Peru voor 2 miljard euro uit naar Chili. De Peruaanse uitvoer van koper naar Chili is dit jaar 12 procent hoger.';
      // Act
      const figures = extract(text, 'nl', '2021-08');
      // Assess
      expect(figures.map((f) => [f.value, f.period])).toEqual([
        [2e9, '2021-01/2021-06'],
        [12, '2021-01/2021-06'],
      ]);
    });

    it('reads English day dates as dates, not periods', () => {
      const figures = extract(
        'NAIROBI, June 3, 2022 - Kenyan exports to Uganda rose 12% to $700 million.',
        'en',
      );
      expect(figures.map((f) => f.period)).toEqual([null, null]);
    });
  });
  describe('attribution', () => {
    it('reads "il y a dix ans", "the past decade", "ne dépassaient pas" and money "poured into" an economy', () => {
      expect(
        extract(
          'Il y a dix ans, les échanges entre le Pérou et le Chili ne dépassaient pas 22 milliards de dollars.',
          'fr',
          '2025-06',
        ).map((f) => [f.metric, f.value, f.period, f.bound]),
      ).toEqual([['bilateral_trade', 22e9, '2015', 'lt']]);
      expect(
        extract(
          'Chilean firms have poured over 1 billion dollars into Peru over the past decade.',
          'en',
          '2025-06',
        ).map((f) => [f.metric, f.from, f.to, f.value, f.period, f.bound]),
      ).toEqual([['fdi', 'CL', 'PE', 1e9, '2015/2024', 'gt']]);
    });

    it('gives an amount in brackets after the base of a comparison that whole base', () => {
      const text =
        'Au premier semestre 2025, les exportations péruviennes vers le Chili ont atteint 3,41 Mrd€, en recul de 5,6 % par rapport au premier semestre 2024 (3,61 Mrd€). Le Chili représentait 1,6 % des exportations péruviennes hors Union européenne.';
      expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
        ['value', 3.41e9, '2025-01/2025-06'],
        ['growth', -5.6, '2025-01/2025-06'],
        ['value', 3.61e9, '2024-01/2024-06'],
      ]);
    });

    it('takes no period from "zoveel als tien jaar geleden", a comparison', () => {
      const text =
        'De Chileense export naar Peru bedroeg vorig jaar 1,4 miljard euro. Dat is 8 procent meer dan in 2023 en bijna dubbel zoveel als tien jaar geleden.';
      expect(extract(text, 'nl', '2025-02').map((f) => [f.measure, f.value, f.period])).toEqual([
        ['value', 1.4e9, '2024'],
        ['growth', 8, '2024'],
      ]);
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

    it('gives "passant de X en 2023 à Y" the level Y the sentence\'s period, not the first amount\'s year', () => {
      const text =
        'En 2024, les exportations péruviennes vers le Chili ont atteint 6 milliards de dollars, passant de 5 milliards de dollars en 2023 à 6 milliards de dollars.';
      expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
        [6e9, '2024'],
        [5e9, '2023'],
      ]);
    });

    it('gives a clause opened by "when" after a year that year, even a comparison base', () => {
      const cases: Array<[string, Language]> = [
        [
          'De Noorse uitvoer naar Chili bedroeg 3 miljard euro in 2024, een stijging tegenover 2019, toen de uitvoer nog 2 miljard euro bedroeg.',
          'nl',
        ],
        [
          "Norway's exports to Chile reached 3 billion euros in 2024, up from 2019, when they stood at 2 billion euros.",
          'en',
        ],
        [
          "Les exportations norvégiennes vers le Chili ont atteint 3 milliards d'euros en 2024, bien plus qu'en 2019, lorsqu'elles s'élevaient à 2 milliards d'euros.",
          'fr',
        ],
      ];
      for (const [text, language] of cases) {
        expect(extract(text, language).map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
          ['exports', 'NO', 'CL', 3e9, '2024'],
          ['exports', 'NO', 'CL', 2e9, '2019'],
        ]);
      }
    });

    it('keeps the actual beside a target in one sentence', () => {
      const figures = extract(
        "Le Kenya vise des exportations de 10 milliards de dollars vers la Chine d'ici 2030, contre 4 milliards de dollars en 2022.",
        'fr',
      );
      expect(figures.map((f) => [f.value, f.period, f.kind])).toEqual([
        [10e9, '2030', 'target'],
        [4e9, '2022', 'actual'],
      ]);
    });
  });
  it('reads a year to date without its year against the publication date', () => {
    const figures = extract(
      'À fin juin, les importations tunisiennes en provenance de Turquie ont atteint 1,9 milliard de dinars tunisiens et 600 millions de dollars.',
      'fr',
      '2023-08',
    );
    expect(figures.map((f) => f.period)).toEqual(['2023-01/2023-06', '2023-01/2023-06']);
  });

  it('takes the period of a title line for figures that state none', () => {
    const text =
      'Annual report 2022 - Ghana Export Promotion Authority\n\nGhanaian exports to Nigeria rose 8% to $1.1 billion.';
    expect(extract(text, 'en').map((f) => f.period)).toEqual(['2022', '2022']);
  });

  it('gives "un an plus tôt" to the amount it follows, not to the one before', () => {
    const figures = extract(
      'En 2023, le déficit commercial de la Tunisie avec la Chine atteint 8,1 milliards de dinars tunisiens, contre 7,4 milliards un an plus tôt.',
      'fr',
    );
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [-8.1e9, '2023'],
      [-7.4e9, '2022'],
    ]);
  });

  it('carries the period the story states most often, and a sentence’s latest period', () => {
    const text =
      'Les échanges entre le Ghana et le Togo sont passés de 200 millions de dollars en 2015 à 350 millions de dollars en 2022.\n\n' +
      'Le Ghana est le premier fournisseur du Togo.';
    expect(extract(text, 'fr').at(-1)).toMatchObject({ measure: 'rank', period: '2022' });
  });

  it('gives "la même période de 2021" the months of the clause', () => {
    const figures = extract(
      'À fin mai 2022, les exportations du Sénégal vers le Mali ont atteint 400 milliards de francs CFA, contre 350 milliards sur la même période de 2021.',
      'fr',
    );
    expect(figures.map((f) => f.period)).toEqual(['2022-01/2022-05', '2021-01/2021-05']);
  });

  it('drops a headline that rounds a dated figure of the same flow', () => {
    const text =
      'Ghana-Togo : les exportations du Ghana vers le Togo dépassent les 300 millions de dollars\n\nLes exportations du Ghana vers le Togo ont atteint 342 millions de dollars en 2022.';
    expect(extract(text, 'fr').map((f) => f.value)).toEqual([3.42e8]);
  });

  it('reads both ends of "gestegen van X tot Y", and "pourraient atteindre" as a forecast', () => {
    const nl = extract(
      'De Portugese uitvoer naar Angola is gestegen van 1,1 miljard euro in 2019 tot 1,6 miljard euro in 2022.',
      'nl',
    );
    const fr = extract(
      'Les investissements turcs en Algérie pourraient atteindre 6 milliards de dollars en 2026.',
      'fr',
    );
    expect(nl.map((f) => [f.value, f.period])).toEqual([
      [1.1e9, '2019'],
      [1.6e9, '2022'],
    ]);
    expect(fr[0]).toMatchObject({ metric: 'fdi', kind: 'forecast', period: '2026' });
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

  it('reads the four quarters to the end of Q2 as a rolling year of months', () => {
    const figures = extract(
      'Total trade between the UK and Chile was £2.1 billion in the four quarters to the end of Q2 2023.',
      'en',
    );
    expect(figures[0]).toMatchObject({ metric: 'bilateral_trade', period: '2022-07/2023-06' });
  });

  it('reads the sector named before the metric: "le secteur aéronautique a vu ses exportations"', () => {
    const figures = extract(
      'Au premier semestre 2023, le secteur aéronautique a vu ses exportations tunisiennes progresser de 9 %.',
      'fr',
    );
    expect(figures[0]).toMatchObject({ sector: 'aeronautics', value: 9 });
  });

  it('gives a rank stated before any period the story’s period, and shares listed after a sector share theirs', () => {
    const text =
      "La Pologne est le 9e client de l'Italie. En 2022, l'Italie a exporté pour 15 milliards d'euros vers la Pologne. Les principaux produits exportés sont les machines (30 %) et les matières plastiques (12 %).";
    expect(extract(text, 'fr').map((f) => [f.measure, f.period, f.sector, f.value])).toEqual([
      ['rank', '2022', null, 9],
      ['value', '2022', null, 1.5e10],
      ['share', '2022', 'machinery', 30],
      ['share', '2022', 'plastics', 12],
    ]);
  });

  it('reads growth between two consecutive years as a span (the real corpus convention), and "end-2022" as 2022', () => {
    const nl = extract('Tussen 2021 en 2022 steeg de Vlaamse export naar Peru met 12 procent.', 'nl');
    const en = extract("Japan's FDI stock in Peru: approximately $2 billion (end-2022).", 'en');
    expect(nl[0]?.period).toBe('2021/2022');
    expect(en[0]?.period).toBe('2022');
  });

  it('reads "in dezelfde periode" as the years of the sentence before, and the level reached as the last', () => {
    const text =
      'In 2022 exporteerden 900 Waalse bedrijven naar Chili, tegenover 700 in 2018. De Waalse uitvoer naar Chili groeide in dezelfde periode met 20 procent tot 300 miljoen euro.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2018/2022'],
      ['value', '2022'],
    ]);
  });

  it('reads a month named without its year as the last such month before publication', () => {
    const figures = extract(
      "Chile's exports fell 3% in January from a year earlier. Exports to Peru rose 4% in November.",
      'en',
      '2024-02',
    );
    expect(figures.map((f) => f.period)).toEqual(['2024-01', '2023-11']);
  });

  it('keeps a fall in a long first line apart from a rise of about the same size in the body', () => {
    // Prepare
    const text =
      'Dit jaar exporteerde Nederland 20 procent minder goederen naar Peru dan in dezelfde periode vorig jaar.\n\nDe export van bloemen naar Peru steeg met 21 procent.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => f.value)).toEqual([-20, 21]);
  });

  it('merges a rounded statement into the exact figure of the same flow and period', () => {
    const figures = extract(
      'Les échanges entre le Chili et le Pérou ont franchi la barre des 4 milliards de dollars en 2022. Ils se sont établis précisément à 4,3 milliards de dollars.',
      'fr',
    );
    expect(figures.map((f) => [f.value, f.bound])).toEqual([[4.3e9, 'eq']]);
  });

  it('reads "d’ici cinq ans" as a horizon from publication, and "less than half the" as no share', () => {
    const fr = extract(
      "Le Chili table sur des échanges de 10 milliards de dollars avec le Pérou d'ici cinq ans.",
      'fr',
      '2024-04',
    );
    const en = extract(
      "Chile's trade deficit in 2023 was less than half the record shortfall of $9 billion a year earlier.",
      'en',
    );
    expect(fr[0]).toMatchObject({ kind: 'target', period: '2029' });
    expect(en.map((f) => f.measure)).toEqual(['value']);
  });

  it('reads a passed horizon as an actual, "met 8 procent tot" as growth, and no split of a pair’s trade', () => {
    const en = extract(
      'Bilateral trade between Chile and Peru reached $4 billion in 2023, with Chilean exports accounting for about two thirds of the total. Chilean companies had invested $9 billion in Peru by the end of 2023.',
      'en',
      '2024-06',
    );
    const nl = extract(
      'De uitvoer van Chili naar Peru steeg vorig jaar met 6 procent tot 2,5 miljard dollar, de invoer uit Peru met 8 procent tot 1,5 miljard dollar.',
      'nl',
      '2024-06',
    );
    expect(en.map((f) => [f.metric, f.measure, f.kind])).toEqual([
      ['bilateral_trade', 'value', 'actual'],
      ['fdi', 'value', 'actual'],
    ]);
    expect(nl.map((f) => [f.metric, f.measure, f.value])).toEqual([
      ['exports', 'growth', 6],
      ['exports', 'value', 2.5e9],
      ['imports', 'growth', 8],
      ['imports', 'value', 1.5e9],
    ]);
  });

  it('merges a headline that an amount "tops" with the exact amount of the body', () => {
    const text =
      'Chile-Peru trade tops $4bn\n\nTrade between Chile and Peru reached $4.3 billion in 2023, officials said.';
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[4.3e9, '2023']]);
  });

  it('moves a year-to-date period back a year for "un an plus tôt"', () => {
    const text =
      "Le déficit commercial du Chili s'est établi à 3,2 milliards de dollars à fin juin 2024, contre 2,9 milliards de dollars un an plus tôt.";
    expect(extract(text, 'fr').map((f) => f.period)).toEqual(['2024-01/2024-06', '2023-01/2023-06']);
  });

  it('tells an expectation with a horizon (forecast) from an ambition with one (target)', () => {
    const forecast = extract(
      'Selon la banque centrale, les exportations du Chili vers le Pérou devraient atteindre 5 milliards de dollars d’ici 2026.',
      'fr',
    );
    const target = extract(
      'Le Chili vise des exportations de 5 milliards de dollars vers le Pérou d’ici 2026.',
      'fr',
    );
    const rekent = extract(
      'Het agentschap rekent erop dat de Chileense export naar Peru tegen 2027 boven de 6 miljard dollar uitkomt.',
      'nl',
    );
    expect(forecast.map((f) => [f.kind, f.period])).toEqual([['forecast', '2026']]);
    expect(target.map((f) => [f.kind, f.period])).toEqual([['target', '2026']]);
    expect(rekent.map((f) => [f.kind, f.period, f.bound])).toEqual([['forecast', '2027', 'gt']]);
  });

  it('keeps a paragraph’s latest year after a sentence that compares with an earlier one', () => {
    const text =
      'De Chileense uitvoer naar Peru steeg vorig jaar tot 2,4 miljard dollar. In 2022 bedroeg die uitvoer nog 2,1 miljard dollar. De invoer uit Peru bleef stabiel op 1,8 miljard dollar.';
    expect(extract(text, 'nl', '2024-03').map((f) => f.period)).toEqual(['2023', '2022', '2023']);
  });

  it('reads one class of goods named by joined adjectives, and a word that ends in a good’s name as no good', () => {
    const text =
      'En 2018, les produits agricoles et halieutiques comptent pour 27 % des exportations du Kenya vers le Vietnam, suivis des textiles (9 %).';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.sector])).toEqual([
      ['share', 27, null],
      ['share', 9, 'textiles'],
    ]);
  });

  it('gives an amount in brackets after a year that year', () => {
    const text =
      'Les exportations du Chili vers le Pérou ont atteint 2,4 milliards de dollars en 2023, soit une hausse de 5 % par rapport à 2022 (2,29 milliards de dollars).';
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([
      [2.4e9, '2023'],
      [5, '2023'],
      [2.29e9, '2022'],
    ]);
  });

  it('reads "depuis 2021" as the span from that year to the publication', () => {
    const text =
      'Les investissements chiliens au Pérou annoncés depuis 2021 dépassent 3 milliards de dollars.';
    expect(extract(text, 'fr', '2024-05').map((f) => [f.metric, f.period, f.bound])).toEqual([
      ['fdi', '2021/2024', 'gt'],
    ]);
  });

  it('merges a headline balance stated from the other side with the dated balance', () => {
    const text =
      'Chili-Pérou : le déficit dépasse les 2 milliards de dollars\n\nLe déficit commercial du Pérou avec le Chili a atteint 2,3 milliards de dollars en 2023.';
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['PE', 'CL', -2.3e9, '2023'],
    ]);
  });

  it('gives a year that opens a bracket to the amount inside it, not to the amount before', () => {
    const text =
      'De Chileense invoer uit Peru bedroeg in 2023 1,2 miljard dollar. De uitvoer naar Peru bedroeg 2,4 miljard dollar (2022: 2,1 miljard dollar).';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([
      [1.2e9, '2023'],
      [2.4e9, '2023'],
      [2.1e9, '2022'],
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

  it('reads sales of goods as exports, with the goods as sector', () => {
    const text = "Peru's fish sales fell 12% to $1.1 billion in 2023.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['exports', 'growth', 'PE', 'WORLD', -12, 'fish'],
      ['exports', 'value', 'PE', 'WORLD', 1.1e9, 'fish'],
    ]);
  });

  it('merges a headline that "franchissent la barre" with the exact amount, and drops shares of two together', () => {
    const text =
      'Chili-Pérou : les échanges franchissent la barre des 4 milliards de dollars\n\nLes échanges entre le Chili et le Pérou ont atteint 4,2 milliards de dollars en 2023. Le cuivre et le poisson totalisent à eux deux 61 % de ces échanges.';
    expect(extract(text, 'fr').map((f) => [f.value, f.period])).toEqual([[4.2e9, '2023']]);
  });

  it('takes the period of a headline under the outlet’s name', () => {
    const text =
      'Agencia Andina\n\nChileense export naar Peru: de cijfers voor 2023\n\nDe Chileense export naar Peru bedroeg 2,4 miljard dollar.';
    expect(extract(text, 'nl').map((f) => f.period)).toEqual(['2023']);
  });

  it('reads "dezelfde periode vorig jaar" as the base of a comparison, not the period', () => {
    const text =
      'Chili voerde in de eerste zes maanden van 2023 voor 1,2 miljard dollar goederen uit naar Peru, 6 procent meer dan in dezelfde periode vorig jaar.';
    expect(extract(text, 'nl', '2023-09').map((f) => f.period)).toEqual([
      '2023-01/2023-06',
      '2023-01/2023-06',
    ]);
  });

  it('reads a publication date with an abbreviated month ("21 Apr 2024")', () => {
    const text = 'Published: 8:00am, 21 Apr 2024\n\nChile’s exports to Peru rose 4% last year.';
    expect(findPublicationDate(text)).toBe('2024-04');
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

  it('reads "in januari" before an amount as that month of the publication year', () => {
    const text = 'De Chileense invoer uit Peru bedroeg in januari 98 miljoen dollar.';
    expect(extract(text, 'nl', '2024-03').map((f) => f.period)).toEqual(['2024-01']);
  });

  it('lets a stock at a year’s end leave the paragraph’s year to the figures after it', () => {
    const text =
      "Trade between Chile and Peru reached $4 billion in 2023. Chilean investment in Peru stood at $9 billion at the end of 2022. Peru is Chile's 5th largest trading partner.";
    expect(extract(text, 'en').map((f) => [f.measure, f.period])).toEqual([
      ['value', '2023'],
      ['value', '2022'],
      ['rank', '2023'],
    ]);
  });

  it('merges a headline that rounds a dated figure of the body', () => {
    const text =
      "Peru's Exports Hit Record $67 Billion in 2023\n\nPeru's exports reached a record $67.4 billion in 2023, the central bank said.";
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[67.4e9, '2023']]);
  });

  it('counts "cinq ans plus tôt" back five years, and reads "de second rang" as no position', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie représentent 31 % du total des importations du Pérou, contre 24 % cinq ans plus tôt. Le Japon reste un partenaire de second rang.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 31, '2023'],
      ['share', 24, '2018'],
    ]);
  });

  it('dates an amount invested "so far" to the year of writing, and reads "with X running a surplus" as X’s', () => {
    const text =
      'Chilean companies have invested about $2 billion in Peru so far. Trade between the two countries reached $4 billion last year, with Chile running a surplus of roughly $1 billion.';
    expect(extract(text, 'en', '2024-10').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['fdi', 'CL', 'PE', '2024'],
      ['bilateral_trade', 'CL', 'PE', '2023'],
      ['trade_balance', 'CL', 'PE', '2023'],
    ]);
  });

  it('reads "de eerste helft van 2024" as the first half', () => {
    const text = 'In de eerste helft van 2024 steeg de Chileense export naar Peru met 6 procent.';
    expect(extract(text, 'nl').map((f) => f.period)).toEqual(['2024-01/2024-06']);
  });

  it('records a rank "of the" one product with its sector, and withholds one of a product named by a common noun', () => {
    // Prepare
    const named =
      "In 2023, Peru's imports of octopus from Chile rose 5%, making Chile Peru's largest supplier of the cephalopod.";
    const unnamed =
      "In 2023, Peru's imports of lobster from Chile rose 5%, making Chile Peru's largest supplier of the delicacy.";
    // Act
    const fromNamed = extract(named, 'en');
    const fromUnnamed = extract(unnamed, 'en');
    // Assess
    expect(fromNamed.map((f) => [f.measure, f.from, f.to, f.sector])).toEqual([
      ['growth', 'PE', 'CL', 'fish'],
      ['rank', 'PE', 'CL', 'fish'],
    ]);
    expect(fromUnnamed.map((f) => f.measure)).toEqual(['growth']);
  });

  it('gives a second aim joined to a target with a horizon the target’s kind', () => {
    const text =
      "« Notre objectif est de porter les échanges avec le Pérou à 8 milliards de dollars d'ici 2030 et d'attirer 3 milliards de dollars d'investissements péruviens », a déclaré le ministre chilien.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.kind, f.period])).toEqual([
      ['bilateral_trade', 'target', '2030'],
      ['fdi', 'target', '2030'],
    ]);
  });

  it('reads "could double to … by 2028" as a forecast, and a yearly forecast with no year as undated', () => {
    const text =
      "Peru's exports to Chile could double to around $4 billion by 2028, a study found. Imports from Chile are forecast to grow at around 3% a year. Exports reached $2 billion in 2023.";
    expect(extract(text, 'en').map((f) => [f.measure, f.kind, f.period])).toEqual([
      ['value', 'forecast', '2028'],
      ['growth', 'forecast', null],
      ['value', 'actual', '2023'],
    ]);
  });

  it('reads "Over de eerste negen maanden" as the period, not a comparison, and "de teller" as the flow before', () => {
    const text =
      'In het derde kwartaal van 2024 voerde Chili voor 400 miljoen dollar uit naar Peru. Over de eerste negen maanden van 2024 komt de teller op 1,2 miljard dollar.';
    expect(extract(text, 'nl').map((f) => [f.value, f.period])).toEqual([
      [400e6, '2024-07/2024-09'],
      [1.2e9, '2024-01/2024-09'],
    ]);
  });

  it('reads "sinds de inwerkingtreding van het akkoord in 2019" as a span from that year', () => {
    const text =
      'De Chileense uitvoer naar Peru bedroeg in 2023 2,4 miljard dollar. Sinds de inwerkingtreding van het vrijhandelsakkoord tussen Chili en Peru in 2019 is die uitvoer met 30 procent gestegen.';
    expect(extract(text, 'nl', '2024-02').map((f) => f.period)).toEqual(['2023', '2019/2023']);
  });

  it('carries the last year of a span to the sentences after it, and reads a share risen "tot" a level as that share', () => {
    const fr = extract(
      'Entre 2018 et 2023, les échanges entre le Chili et le Pérou ont progressé à un rythme annuel moyen de 6%. La part du Pérou dans le commerce extérieur du Chili reste marginale, à 1,2%.',
      'fr',
    );
    const nl = extract(
      'Het aandeel van chemie in de totale Chileense uitvoer naar Peru steeg in 2023 tot 25 procent.',
      'nl',
    );
    expect(fr.map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2018/2023'],
      ['share', '2023'],
    ]);
    expect(nl.map((f) => [f.measure, f.value])).toEqual([['share', 25]]);
  });

  it('dates an amount compared with a dated base by the sentence before, not by that base', () => {
    const text =
      'Koper verliest glans in Chili\n\nDe Peruaanse koperexport naar Chili is vorig jaar bijna gehalveerd. Volgens het PTC werd voor 3,1 miljard dollar naar Chili verscheept, tegenover 5,9 miljard dollar in 2023.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.value, f.period])).toEqual([
      [3.1e9, '2024'],
      [5.9e9, '2023'],
    ]);
  });

  it('carries no period from an amount given as a comparison base, and dates a rank after a year-end stock by it', () => {
    const text =
      "Le stock d'investissements directs chiliens au Pérou a atteint 1,9 milliard d'euros fin 2024, contre 1,5 milliard cinq ans plus tôt. Le Chili se hisse ainsi au neuvième rang des investisseurs étrangers dans le pays.";
    expect(extract(text, 'fr', '2025-07').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['value', 'CL', 'PE', 1.9e9, '2024'],
      ['value', 'CL', 'PE', 1.5e9, '2019'],
      ['rank', 'CL', 'PE', 9, '2024'],
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

  it('reads "passés de 7,3 à 11,8 milliards" as two amounts, the first of the span\'s first year', () => {
    const text =
      'Entre 2014 et 2019, les échanges entre le Kenya et le Vietnam sont passés de 7,3 à 11,8 milliards de dollars, soit une hausse de 62 %.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.unit, f.period])).toEqual([
      ['value', 7.3e9, 'USD', '2014'],
      ['value', 11.8e9, 'USD', '2019'],
      ['growth', 62, 'percent', '2014/2019'],
    ]);
  });
  describe('sign and kind', () => {
    it('reads the level an aim starts from as actual, a future tense as a forecast and a promise as a target', () => {
      const aim = extract(
        "Le Kenya vise à augmenter ses exportations vers l'Ouganda, en passant de 0,8 milliard de dollars en 2018 à 2 milliards de dollars d'ici 2024.",
        'fr',
      );
      const future = extract(
        'En 2026, les échanges entre le Chili et le Pérou atteindront 10 milliards de dollars.',
        'fr',
      );
      const promise = extract(
        "Le Pérou salue la promesse chilienne de 3 milliards de dollars d'investissements au Pérou de 2024 à 2026.",
        'fr',
      );
      expect(aim.map((f) => [f.value, f.kind])).toEqual([
        [0.8e9, 'actual'],
        [2e9, 'target'],
      ]);
      expect(future.map((f) => f.kind)).toEqual(['forecast']);
      expect(promise.map((f) => f.kind)).toEqual(['target']);
    });
  });
  describe('comparison bases and from–to pairs', () => {
    it('reads the change "after a decrease of" or "following a growth" as the same flow’s, in its own month', () => {
      // Prepare
      const text =
        "In March 2019, Kenya's exports dropped 5.2% to $48.9bn, after a year-on-year decrease of 2.6% in February 2019. Total trade rose 0.9 per cent in March, following a 1.3 per cent growth in February.";
      // Act
      const figures = extract(text, 'en').filter((f) => f.unit === 'percent');
      // Assess
      expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
        ['exports', -5.2, '2019-03'],
        ['exports', -2.6, '2019-02'],
        ['total_trade', 0.9, '2019-03'],
        ['total_trade', 1.3, '2019-02'],
      ]);
    });
  });
  describe('flow word in the sentence, figure no longer dropped', () => {
    it('dates a level a flow reached "to stand at" after a span of years by its own year', () => {
      const text =
        'Exports from Kenya to Uganda have more than doubled over the past eight years to stand at $0.9 billion in 2019.';
      expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[0.9e9, '2019']]);
    });
  });
  describe('list items and paired lists', () => {
    it("does not take a rounded share of all goods for a restatement of one product's exact share", () => {
      const text =
        'Le Chili a vendu au Pérou en 2019 surtout des fruits, qui pèsent presque la moitié des exportations chiliennes vers le Pérou.\nLes produits agricoles (47 %) et les engrais (11 %) constituent les principaux produits livrés vers le Pérou en 2019.';
      expect(extract(text, 'fr').map((f) => f.value)).toEqual([50, 47, 11]);
    });
  });
});
