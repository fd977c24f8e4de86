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

  it('reads a rank: the market is `to`, the ranking economy `from` (nl)', () => {
    const figures = extract(
      'Japan is vandaag de 12de exportmarkt van Wallonië, met een uitvoer van 2,5 miljard euro in 2019.',
      'nl',
    );
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'exports',
        measure: 'rank',
        from: 'BE-WAL',
        to: 'JP',
        value: 12,
        unit: 'rank',
        period: '2019',
      }),
      expect.objectContaining({
        metric: 'exports',
        measure: 'value',
        from: 'BE-WAL',
        to: 'JP',
        value: 2.5e9,
        unit: 'EUR',
        period: '2019',
      }),
    ]);
  });

  it('records a supplier rank as imports of the ranking economy', () => {
    const figures = extract('La Chine est devenue le deuxième fournisseur du Sénégal en 2020.', 'fr');
    expect(figures).toEqual([
      expect.objectContaining({
        metric: 'imports',
        measure: 'rank',
        from: 'SN',
        to: 'CN',
        value: 2,
        period: '2020',
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

  it('takes the partner from the document when the sentence names one side only', () => {
    const text =
      'La Belgique et la Tunisie ont signé un accord. Les ministres belges et tunisiens se sont réunis à Tunis avec des entreprises tunisiennes. ' +
      'En 2023, leurs échanges commerciaux ont atteint 1,1 milliard de dollars.';
    expect(extract(text, 'fr')).toEqual([
      expect.objectContaining({ metric: 'bilateral_trade', from: 'BE', to: 'TN', period: '2023' }),
    ]);
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
  describe('ranks', () => {
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

    it('gives an investor rank to the investor', () => {
      const figures = extract(
        'En 2022, les Émirats arabes unis étaient le premier investisseur au Sénégal.',
        'fr',
      );
      expect(figures).toEqual([
        expect.objectContaining({ metric: 'fdi', measure: 'rank', from: 'AE', to: 'SN', value: 1 }),
      ]);
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

    it('reads a rank among investors "dans le pays", and a stock that "dépassait" an amount', () => {
      const text =
        "Le stock d'investissements chiliens au Pérou dépassait 1,5 milliard d'euros fin 2024, ce qui place le Chili au 8e rang des investisseurs étrangers dans le pays.";
      expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.bound])).toEqual([
        ['fdi', 'value', 'CL', 'PE', 1.5e9, 'gt'],
        ['fdi', 'rank', 'CL', 'PE', 8, 'eq'],
      ]);
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

    it('leaves out the economy ranked ahead ("de tweede grootste afnemer, na India")', () => {
      const text = 'Peru blijft de tweede grootste afnemer van Chileense koper, na China.';
      expect(extract(text, 'nl', '2025-04').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'CL', 'PE', 2],
      ]);
    });

    it('gives a flow with no economy of its own, under a title naming the pair, that pair', () => {
      const text =
        'Pérou-Chili : les échanges progressent\n\nLes exportations ont atteint 3 milliards de dollars en 2024, selon les douanes.';
      expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'PE', 'CL', 3e9],
      ]);
    });

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

    it('reads a table under a heading that names the flow and leaves an economy out (partners buiten de EU)', () => {
      const text =
        'Statbel – Buitenlandse handel, derde kwartaal 2025\n\nIn het derde kwartaal van 2025 bedroeg de Belgische uitvoer 96,2 miljard euro.\n\nBelangrijkste partners buiten de EU (uitvoer, miljoen euro):\nVerenigde Staten: 7.845\nPeru: 412';
      expect(extract(text, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'BE', 'WORLD', 96.2e9],
        ['exports', 'BE', 'US', 7845e6],
        ['exports', 'BE', 'PE', 412e6],
      ]);
    });

    it("reads a source after an elided d' (en provenance d'Espagne) as the partner", () => {
      const text =
        "Les exportations péruviennes vers le Chili ont atteint 4 milliards de dollars en 2023, tandis que les importations en provenance d'Équateur ont atteint 2 milliards de dollars.";
      expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'PE', 'CL', 4e9],
        ['imports', 'PE', 'EC', 2e9],
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

  it('reads capitals and combining prefixes, and merges a headline into its dated body', () => {
    const text =
      "TUNISIE-ITALIE : LES ÉCHANGES DÉPASSENT 9 MILLIARDS D'EUROS\n\n" +
      "Les échanges commerciaux italo-tunisiens ont dépassé 9 milliards d'euros en 2022.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period, f.bound])).toEqual([
      ['bilateral_trade', 'IT', 'TN', 9e9, '2022', 'gt'],
    ]);
  });

  it('reads the host of investment "received by" a country', () => {
    const figures = extract(
      "Les IDE en provenance de Chine ont atteint 2 milliards de dollars en 2021, soit 8 % des flux reçus par l'Égypte.",
      'fr',
    );
    expect(figures.map((f) => [f.measure, f.from, f.to])).toEqual([
      ['value', 'CN', 'EG'],
      ['share', 'CN', 'EG'],
    ]);
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

  it("reads an exporter's rank as its exports to the world, and a sector's as no rank", () => {
    // Prepare
    const text =
      'In 2021, Chile was the 9th largest exporter of fruit in the world. ' +
      'The mining sector remained the country’s top exporter, with sales of $40 billion.';
    // Act
    const figures = extract(text, 'en').filter((f) => f.measure === 'rank');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['exports', 'CL', 'WORLD', 9, '2021'],
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

  it('leaves out the economy a rank was taken from, and keeps a headline rank apart from an older one', () => {
    // Prepare
    const text =
      "Peru remains Kenya's top trade partner\n\nKenya's exports to Peru rose 4% in 2023. " +
      "Peru, which overtook Chile as Kenya's main trade partner in 2015, accounted for 18% of Kenya's trade.";
    // Act
    const ranks = extract(text, 'en').filter((f) => f.measure === 'rank');
    // Assess
    expect(ranks.map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['bilateral_trade', 'KE', 'PE', 1, '2023'],
      ['bilateral_trade', 'KE', 'PE', 1, '2015'],
    ]);
  });

  it('leaves out the continent of a subset rank and the economy named just ahead, and skips the ranks of a port', () => {
    // Prepare
    const text =
      'De Vlaamse uitvoer naar Peru steeg in 2023. Peru is daarmee na Chili de tweede grootste Zuid-Amerikaanse afzetmarkt voor Vlaanderen. Peru is ook de vierde Amerikaanse handelspartner van de haven.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'BE-VLG', 'PE', 2]]);
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

  it('reads a rank among the clients of an economy, which is not a subset', () => {
    const figures = extract(
      'En 2022, la Tunisie occupait la 27e place parmi les clients de la France.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'rank', 'FR', 'TN', 27],
    ]);
  });

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

  it('continues the direction the document states most often for a flow that names no partner', () => {
    const text =
      'Les exportations du Portugal vers le Brésil ont atteint 2 milliards d’euros en 2022. Les exportations portugaises vers le Brésil ont progressé de 4 %. ' +
      'Les exportations de la région Nord vers Sao Paulo ont atteint 300 millions d’euros.\n\nLes exportations de vins ont atteint 150 millions d’euros en 2022.';
    const wine = extract(text, 'fr').find((f) => f.value === 1.5e8);
    expect([wine?.from, wine?.to]).toEqual(['PT', 'BR']);
  });

  it('leaves out the economies a rank is measured against, and reads a market share as imports', () => {
    const figures = extract(
      "En 2023, la Turquie était le quatrième fournisseur de l'Algérie, derrière la Chine et la France, avec une part de marché de 6,1 %.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'DZ', 'TR', 4],
      ['imports', 'share', 'DZ', 'TR', 6.1],
    ]);
  });

  it('gives the owner of a balance named just before it', () => {
    const figures = extract(
      'In 2022 imports from Vietnam climbed 5% to 40 billion yen, leaving Japan with a surplus of 12 billion yen.',
      'en',
    );
    expect(figures.find((f) => f.metric === 'trade_balance')).toMatchObject({
      from: 'JP',
      to: 'VN',
      value: 12e9,
    });
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

  it('receives foreign investment from the world when no investor is named', () => {
    const text =
      'Les exportations du Sénégal ont atteint 3 000 milliards de francs CFA en 2023.\n\nLe flux des investissements directs étrangers a atteint 1 200 milliards de francs CFA en 2023.';
    expect(extract(text, 'fr').find((f) => f.metric === 'fdi')).toMatchObject({ from: 'WORLD', to: 'SN' });
  });

  it('reads an adjective after a preposition as the origin of goods, not the owner of the flow', () => {
    const reexports = extract(
      'In 2022 exports from Singapore to Kenya, mostly re-exports of Chinese goods, rose 6%.',
      'en',
    );
    const imports = extract(
      'En 2022, les importations ivoiriennes de produits marocains ont augmenté de 9 %.',
      'fr',
    );
    expect(reexports.map((f) => [f.from, f.to])).toEqual([['SG', 'KE']]);
    expect(imports.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'CI', 'MA']]);
  });

  it('reads "le Royaume" as Morocco in a text about Morocco, but not "Royaume-Uni"', () => {
    const text =
      "La France, la France encore et l'Italie restent des partenaires clés du Maroc. En 2022, les exportations du Royaume vers l'Espagne ont atteint 10 milliards d'euros. Les exportations du Royaume-Uni vers l'Espagne ont atteint 9 milliards d'euros en 2022.";
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value])).toEqual([
      ['MA', 'ES', 1e10],
      ['GB', 'ES', 9e9],
    ]);
  });

  it('carries the period the story states most often, and a sentence’s latest period', () => {
    const text =
      'Les échanges entre le Ghana et le Togo sont passés de 200 millions de dollars en 2015 à 350 millions de dollars en 2022.\n\n' +
      'Le Ghana est le premier fournisseur du Togo.';
    expect(extract(text, 'fr').at(-1)).toMatchObject({ measure: 'rank', period: '2022' });
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

  it('gives an amount without partner the usual direction of a like magnitude', () => {
    const text =
      "Les exportations de la Wallonie ont atteint 50 milliards d'euros en 2022. Les exportations wallonnes vers le Sénégal ont atteint 90 millions d'euros en 2022. Les exportations wallonnes vers le Sénégal ont progressé de 4 % en 2022.\n\n" +
      "L'objectif est d'atteindre 55 milliards d'euros d'exportations d'ici 2026.";
    expect(extract(text, 'fr').at(-1)).toMatchObject({
      kind: 'target',
      from: 'BE-WAL',
      to: 'WORLD',
      value: 55e9,
    });
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

  it('gives sales stated with a supplier rank, and the growth right after them, the rank’s flow', () => {
    const figures = extract(
      "En 2022, la Turquie est devenue le deuxième fournisseur de l'Algérie, avec des ventes de 4 milliards de dollars, en hausse de 11 %.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'rank', 'DZ', 'TR', 2],
      ['imports', 'value', 'DZ', 'TR', 4e9],
      ['imports', 'growth', 'DZ', 'TR', 11],
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

  it("reads one economy's trade with no partner as its total trade with the world", () => {
    const figures = extract("Overall, Kenya's merchandise trade fell 3% to $40 billion in 2023.", 'en');
    expect(figures.map((f) => [f.metric, f.from, f.to])).toEqual([
      ['total_trade', 'KE', 'WORLD'],
      ['total_trade', 'KE', 'WORLD'],
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

  it('does not take a demonym after "to" for the owner of a flow', () => {
    const text =
      "Kenya's imports from Egypt rose 5% in 2022, while its exports to the North African nation reached $400 million.";
    expect(extract(text, 'en').at(-1)).toMatchObject({ from: 'KE', to: 'EG', value: 4e8 });
  });

  it('gives a part of a pair’s trade ("dont …") the other side of that pair', () => {
    const figures = extract(
      "En 2021, les échanges entre le Chili et le Pérou ont atteint 3 Md$, dont 1,2 Md$ d'exportations chiliennes.",
      'fr',
    );
    expect(figures.at(-1)).toMatchObject({ metric: 'exports', from: 'CL', to: 'PE', value: 1.2e9 });
  });

  it('reads the four quarters to the end of Q2 as a rolling year of months', () => {
    const figures = extract(
      'Total trade between the UK and Chile was £2.1 billion in the four quarters to the end of Q2 2023.',
      'en',
    );
    expect(figures[0]).toMatchObject({ metric: 'bilateral_trade', period: '2022-07/2023-06' });
  });

  it('reads a rank among non-European investors without Europe as a party, and finds the ranked noun a few words on', () => {
    const figures = extract(
      'En 2022, la Corée du Sud est le deuxième investisseur non européen en Pologne. La Pologne occupe la 40e place dans la liste des clients de la Corée du Sud.',
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['fdi', 'rank', 'KR', 'PL', 2],
      ['exports', 'rank', 'KR', 'PL', 40],
    ]);
  });

  it('gives a flow of one side of the pair the document speaks of the other side', () => {
    const text =
      'De handel tussen Chili en Peru bereikte in 2022 4 miljard dollar. De Chileense uitvoer steeg met 8 procent tot 2,5 miljard dollar.';
    expect(
      extract(text, 'nl')
        .slice(1)
        .map((f) => [f.from, f.to]),
    ).toEqual([
      ['CL', 'PE'],
      ['CL', 'PE'],
    ]);
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

  it('gives an amount after a rank within a region that rank’s flow', () => {
    const figures = extract(
      "En 2023, l'Inde reste le premier client asiatique du Chili, avec 3 milliards de dollars.",
      'fr',
    );
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'CL', 'IN'],
      ['exports', 'value', 'CL', 'IN'],
    ]);
  });

  it('reads a relative clause’s figure as its own: "la Chine, dont les importations ont dépassé …"', () => {
    const figures = extract(
      'Le Chili pourrait devenir un fournisseur clé de la Chine, dont les importations ont dépassé 2 500 milliards de dollars en 2023.',
      'fr',
    );
    expect(figures[0]).toMatchObject({
      metric: 'imports',
      from: 'CN',
      to: 'WORLD',
      kind: 'actual',
      bound: 'gt',
    });
  });

  it('reads growth between two consecutive years as a span (the real corpus convention), and "end-2022" as 2022', () => {
    const nl = extract('Tussen 2021 en 2022 steeg de Vlaamse export naar Peru met 12 procent.', 'nl');
    const en = extract("Japan's FDI stock in Peru: approximately $2 billion (end-2022).", 'en');
    expect(nl[0]?.period).toBe('2021/2022');
    expect(en[0]?.period).toBe('2022');
  });

  it('reads "the North African country" as a description, and "vers les pays africains" as Africa', () => {
    const en = extract(
      "Kenya's exports to Egypt rose 4% in 2022, while imports from the North African country jumped 9%.",
      'en',
    );
    const fr = extract(
      'En 2022, les exportations du Chili vers les pays africains ont progressé de 7 %.',
      'fr',
    );
    expect(en.at(-1)).toMatchObject({ metric: 'imports', from: 'KE', to: 'EG', value: 9 });
    expect(fr[0]).toMatchObject({ from: 'CL', to: 'AFRICA' });
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

  it('reads "in dezelfde periode" as the years of the sentence before, and the level reached as the last', () => {
    const text =
      'In 2022 exporteerden 900 Waalse bedrijven naar Chili, tegenover 700 in 2018. De Waalse uitvoer naar Chili groeide in dezelfde periode met 20 procent tot 300 miljoen euro.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2018/2022'],
      ['value', '2022'],
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

  it("reads a host that aims to attract another economy's investment", () => {
    const figures = extract(
      "Peru's minister said the country aims to attract $5 billion in Chilean investment by 2030.",
      'en',
    );
    expect(figures[0]).toMatchObject({ metric: 'fdi', from: 'CL', to: 'PE', kind: 'target', period: '2030' });
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

  it('keeps a paragraph’s latest year after a sentence that compares with an earlier one', () => {
    const text =
      'De Chileense uitvoer naar Peru steeg vorig jaar tot 2,4 miljard dollar. In 2022 bedroeg die uitvoer nog 2,1 miljard dollar. De invoer uit Peru bleef stabiel op 1,8 miljard dollar.';
    expect(extract(text, 'nl', '2024-03').map((f) => f.period)).toEqual(['2023', '2022', '2023']);
  });

  it('ranks a "source of imports" as the importer’s list', () => {
    const text =
      "In 2023, Peru's imports from Chile rose to $1.1 billion, making Chile Peru's 7th largest source of imports.";
    expect(extract(text, 'en').at(-1)).toMatchObject({
      metric: 'imports',
      measure: 'rank',
      from: 'PE',
      to: 'CL',
      value: 7,
    });
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

  it('reads "naar de" before a plural country name as its partner, and exports to countries outside the EU as no flow', () => {
    const text =
      'De Chileense uitvoer daalde in 2024. De uitvoer naar landen buiten de Europese Unie daalde met 4 procent. De uitvoer naar de Filipijnen steeg met 7 procent tot 1,2 miljard dollar.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['growth', 'CL', 'PH', 7],
      ['value', 'CL', 'PH', 1.2e9],
    ]);
  });

  it('reads "depuis 2021" as the span from that year to the publication', () => {
    const text =
      'Les investissements chiliens au Pérou annoncés depuis 2021 dépassent 3 milliards de dollars.';
    expect(extract(text, 'fr', '2024-05').map((f) => [f.metric, f.period, f.bound])).toEqual([
      ['fdi', '2021/2024', 'gt'],
    ]);
  });

  it('reads a capital as its country, except as the place where something happens', () => {
    const text =
      "Lors d'un forum tenu à Paris, les exportateurs péruviens ont fait le point. En 2023, le déficit du Pérou avec Pékin a atteint 1,4 milliard de dollars. Les exportations du Japon vers le Pérou, présentées à Tokyo, ont atteint 2 milliards de dollars en 2023.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['trade_balance', 'PE', 'CN'],
      ['exports', 'JP', 'PE'],
    ]);
  });

  it('merges a headline balance stated from the other side with the dated balance', () => {
    const text =
      'Chili-Pérou : le déficit dépasse les 2 milliards de dollars\n\nLe déficit commercial du Pérou avec le Chili a atteint 2,3 milliards de dollars en 2023.';
    expect(extract(text, 'fr').map((f) => [f.from, f.to, f.value, f.period])).toEqual([
      ['PE', 'CL', -2.3e9, '2023'],
    ]);
  });

  it('gives a market share to the subject that holds it and the market it is held in', () => {
    const text = 'En 2023, la Corée du Sud détient une part de marché de 4,1 % au Pérou.';
    expect(extract(text, 'fr')).toEqual([
      expect.objectContaining({ metric: 'imports', measure: 'share', from: 'PE', to: 'KR', value: 4.1 }),
    ]);
  });

  it('records a rank within a continent named at the start of the sentence', () => {
    const text =
      'De Chileense uitvoer naar Peru bedroeg in 2023 2,4 miljard dollar. Binnen Zuid-Amerika is Peru de derde belangrijkste klant van Chili.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.from, f.to])).toEqual([
      ['value', 'CL', 'PE'],
      ['rank', 'CL', 'PE'],
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

  it('reads a table whose heading gives the unit in brackets', () => {
    const text =
      'Principaux fournisseurs du Pérou en 2023 (en millions de dollars)\nChine : 24 310\nÉtats-Unis : 12 875\n';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.unit, f.period])).toEqual([
      ['imports', 'PE', 'CN', 24310e6, 'USD', '2023'],
      ['imports', 'PE', 'US', 12875e6, 'USD', '2023'],
    ]);
  });

  it('reads growth over the past years stated before the percentage', () => {
    const text =
      'De Chileense uitvoer naar Peru is de afgelopen zes jaar met 30 procent gestegen, tot 2,4 miljard dollar in 2023.';
    expect(extract(text, 'nl').map((f) => [f.measure, f.period])).toEqual([
      ['growth', '2017/2023'],
      ['value', '2023'],
    ]);
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

  it('reads a capital opening a dateline as no economy', () => {
    const text = 'Brussel, 3 mei 2024 – De Belgische uitvoer naar Peru bedroeg vorig jaar 900 miljoen euro.';
    expect(extract(text, 'nl', '2024-05').map((f) => [f.from, f.to, f.period])).toEqual([
      ['BE', 'PE', '2023'],
    ]);
  });

  it('gives a text that names no economy the one of its statistics office or its only currency', () => {
    const office = extract(
      "À fin mai 2024, les exportations de biens ont atteint 120 milliards d'euros, selon la Banque nationale de Belgique.",
      'fr',
    );
    const currency = extract('Exports rose 4.2% to ¥9.1 trillion in 2023, the ministry said.', 'en');
    expect(office.map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['exports', 'BE', 'WORLD', '2024-01/2024-05'],
    ]);
    expect(currency.map((f) => [f.measure, f.from, f.to])).toEqual([
      ['growth', 'JP', 'WORLD'],
      ['value', 'JP', 'WORLD'],
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

  it('reads a rank "up from" an earlier one as two positions, the earlier in its own year', () => {
    const text = "In 2023 Peru ranked as Chile's 9th largest trading partner, up from 12th in 2021.";
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([
      [9, '2023'],
      [12, '2021'],
    ]);
  });

  it('reads investors who "have committed" an amount as investment, owned by the name before them', () => {
    const text =
      'Peruvian officials say Chilean investors have committed about $2 billion to projects in Peru since 2019.';
    expect(extract(text, 'en', '2024-06').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['fdi', 'CL', 'PE', 2e9, '2019/2024'],
    ]);
  });

  it('reads "dezelfde periode vorig jaar" as the base of a comparison, not the period', () => {
    const text =
      'Chili voerde in de eerste zes maanden van 2023 voor 1,2 miljard dollar goederen uit naar Peru, 6 procent meer dan in dezelfde periode vorig jaar.';
    expect(extract(text, 'nl', '2023-09').map((f) => f.period)).toEqual([
      '2023-01/2023-06',
      '2023-01/2023-06',
    ]);
  });

  it('reads the economy that "is een afzetmarkt" for another as the partner', () => {
    const text =
      'Peru is voor Chili vooral een afzetmarkt voor machines, die in 2023 ruim een kwart van de uitvoer uitmaken.';
    expect(extract(text, 'nl').map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'PE', 25]]);
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

  it('records a generic position among a continent’s clients ("au 2e rang des clients africains")', () => {
    const text =
      'En 2023, le Pérou représente 1,2 % des exportations du Chili et se classe au 3e rang des clients sud-américains du Chili.';
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['share', 'CL', 'PE', 1.2],
      ['rank', 'CL', 'PE', 3],
    ]);
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

  it('shares the metric after a list of percentages, also for goods listed "respectivement"', () => {
    const text =
      'En 2023, les produits pétroliers et les produits chimiques représentent respectivement 28% et 15% des importations péruviennes en provenance du Chili.';
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'PE', 'CL', 28],
      ['imports', 'PE', 'CL', 15],
    ]);
  });

  it('reads "le Royaume belge" as Belgium in a Moroccan text, and no economy in a chamber’s name', () => {
    const royaume = extract(
      'En 2023, le Maroc a acheté auprès du Royaume belge pour 24 milliards de dirhams de marchandises.',
      'fr',
    );
    const chamber = extract(
      'Pour 2024, la Chambre de commerce belgo-luxembourgeoise au Maroc table sur une croissance des échanges entre le Maroc et la Belgique de 5%.',
      'fr',
    );
    expect(royaume.map((f) => [f.metric, f.from, f.to])).toEqual([['imports', 'MA', 'BE']]);
    expect(chamber.map((f) => [f.from, f.to, f.kind])).toEqual([['BE', 'MA', 'forecast']]);
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

  it('merges a headline that rounds a dated figure of the body', () => {
    const text =
      "Peru's Exports Hit Record $67 Billion in 2023\n\nPeru's exports reached a record $67.4 billion in 2023, the central bank said.";
    expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[67.4e9, '2023']]);
  });

  it('reads the balance "de X avec Y" as X’s even when Y "affiche" comes after', () => {
    const text =
      "La balance commerciale du Chili avec le Pérou affiche un excédent de 900 millions de dollars pour l'année 2023.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['trade_balance', 'CL', 'PE', 900e6],
    ]);
  });

  it('counts "cinq ans plus tôt" back five years, and reads "de second rang" as no position', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie représentent 31 % du total des importations du Pérou, contre 24 % cinq ans plus tôt. Le Japon reste un partenaire de second rang.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.value, f.period])).toEqual([
      ['share', 31, '2023'],
      ['share', 24, '2018'],
    ]);
  });

  it('reads an economy named before a colon as the partner a common noun stands for after it', () => {
    const text =
      "En 2023, les importations péruviennes en provenance d'Asie ont atteint 60 milliards de dollars. Le Japon reste un partenaire modeste : les importations en provenance de l'archipel se sont élevées à 3 milliards de dollars.";
    expect(extract(text, 'fr').at(-1)).toMatchObject({ metric: 'imports', from: 'PE', to: 'JP', value: 3e9 });
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

  it('dates an amount invested "so far" to the year of writing, and reads "with X running a surplus" as X’s', () => {
    const text =
      'Chilean companies have invested about $2 billion in Peru so far. Trade between the two countries reached $4 billion last year, with Chile running a surplus of roughly $1 billion.';
    expect(extract(text, 'en', '2024-10').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['fdi', 'CL', 'PE', '2024'],
      ['bilateral_trade', 'CL', 'PE', '2023'],
      ['trade_balance', 'CL', 'PE', '2023'],
    ]);
  });

  it('reads the largest investor named as subject as the investor, and foreign investors as the world', () => {
    const text =
      'Chili was vorig jaar de derde grootste buitenlandse investeerder in Peru, goed voor 900 miljoen euro. De Verenigde Staten blijven de grootste investeerder, met 2,1 miljard euro. In totaal trokken buitenlandse investeerders 9 miljard euro aan in Peru.';
    expect(extract(text, 'nl', '2024-04').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['rank', 'CL', 'PE', 3],
      ['value', 'CL', 'PE', 900e6],
      ['rank', 'US', 'PE', 1],
      ['value', 'US', 'PE', 2.1e9],
      ['value', 'WORLD', 'PE', 9e9],
    ]);
  });

  it('reads "de eerste helft van 2024" as the first half', () => {
    const text = 'In de eerste helft van 2024 steeg de Chileense export naar Peru met 6 procent.';
    expect(extract(text, 'nl').map((f) => f.period)).toEqual(['2024-01/2024-06']);
  });

  it('reads a capital after "vis-à-vis de" as the partner, and "les flux belges" as the paragraph’s flows', () => {
    const text =
      "En 2023, le déficit commercial du Pérou vis-à-vis de Pékin s'établit à 4 milliards de dollars. Les flux d'investissements directs chiliens au Pérou se sont établis à 900 millions de dollars en 2022. En 2021, les flux chiliens avaient atteint 700 millions de dollars.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['trade_balance', 'PE', 'CN', '2023'],
      ['fdi', 'CL', 'PE', '2022'],
      ['fdi', 'CL', 'PE', '2021'],
    ]);
  });

  it('gives a surplus "favorable à" an economy to it, and the amount "with a stock of around" after a rank to the rank’s flow', () => {
    const fr = extract(
      'Les échanges entre le Chili et le Pérou ont atteint 4 milliards de dollars en 2023. Le solde est largement favorable au Chili, avec un excédent de 800 millions de dollars.',
      'fr',
    );
    const en = extract(
      'In 2023, Chile was the third largest investor in Peru, with an FDI stock of around $9 billion.',
      'en',
    );
    expect(fr.at(-1)).toMatchObject({ metric: 'trade_balance', from: 'CL', to: 'PE', value: 800e6 });
    expect(en.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['fdi', 'rank', 'CL', 'PE'],
      ['fdi', 'value', 'CL', 'PE'],
    ]);
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

  it('reads a foreign-trade story in a home currency as the home economy’s trade with the world', () => {
    const text =
      "Échanges extérieurs : les chiffres à fin juin\n\nLes importations de biens se sont établies à 300 MMDH à fin juin 2024. Par partenaire, l'Espagne reste le premier client du Royaume marocain avec 40 MMDH d'achats. La France suit avec 35 MMDH. Côté fournisseurs, la Chine occupe la deuxième place, avec des livraisons de 45 MMDH.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['imports', 'value', 'MA', 'WORLD', 300e9],
      ['exports', 'rank', 'MA', 'ES', 1],
      ['exports', 'value', 'MA', 'ES', 40e9],
      ['exports', 'value', 'MA', 'FR', 35e9],
      ['imports', 'rank', 'MA', 'CN', 2],
      ['imports', 'value', 'MA', 'CN', 45e9],
    ]);
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

  it('reads the industry an investor ranks in as the host’s, and merges a headline rank the body repeats', () => {
    const text =
      "Mines : le Japon, troisième investisseur dans la filière péruvienne\n\nEn 2023, le Japon s'est hissé au rang de troisième investisseur étranger dans l'industrie minière péruvienne.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.from, f.to, f.value, f.period])).toEqual([
      ['fdi', 'JP', 'PE', 3, '2023'],
    ]);
  });

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

  it('reads the first person ("ons land", "nos importations", "our exports") as a named country, not the partner after it', () => {
    const nl =
      'Peru is voor België al lang geen exotische markt meer. Vorig jaar voerde ons land voor 2,8 miljard euro aan goederen uit naar het Zuid-Amerikaanse land.';
    const fr =
      "En 2023, le commerce entre la France et le Pérou a atteint 4 milliards d'euros. Nos importations en provenance du Pérou ont atteint 1,5 milliard d'euros.";
    const speaker =
      'Les échanges entre le Pérou et Hong Kong ont atteint 460 millions de dollars. « Nous voulons doubler nos exportations vers Hong Kong et atteindre 250 millions de dollars en 2027. »';
    expect(extract(nl, 'nl', '2025-10').map((f) => [f.metric, f.from, f.to, f.period])).toEqual([
      ['exports', 'BE', 'PE', '2024'],
    ]);
    expect(extract(fr, 'fr').map((f) => [f.metric, f.from, f.to])).toEqual([
      ['bilateral_trade', 'FR', 'PE'],
      ['imports', 'FR', 'PE'],
    ]);
    // … the region a text names more often than its country, for a possessive ("onze export" in a Flemish answer)
    const flemish =
      'Vlaanderen is de grootste exporteur van België naar Peru. De Vlaamse bedrijven zijn er actief. Onze export naar Peru steeg in 2024 met 9 procent.';
    expect(extract(flemish, 'nl').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'BE-VLG', 'PE', 9],
    ]);
    const en =
      'Trade between the UK and Peru reached £3 billion in 2024. Our exports to Peru rose 7% that year.';
    expect(extract(en, 'en').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['bilateral_trade', 'value', 'GB', 'PE'],
      ['exports', 'growth', 'GB', 'PE'],
    ]);
    expect(
      extract(speaker, 'fr')
        .filter((f) => f.kind === 'target')
        .map((f) => [f.metric, f.from, f.to, f.value]),
    ).toEqual([['exports', 'PE', 'HK', 250e6]]);
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

  it('withholds a rank held "for years" ("jarenlang"), and leaves out every economy listed as ranked ahead', () => {
    const text =
      'Chili, dat jarenlang de tweede belangrijkste afzetmarkt voor Peruaans koper was, zakte vorig jaar naar de vierde plaats, na China, de Verenigde Staten en Japan.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.measure, f.from, f.to, f.value, f.period])).toEqual([
      ['rank', 'PE', 'CL', 4, '2024'],
    ]);
  });

  it('dates an amount compared with a dated base by the sentence before, not by that base', () => {
    const text =
      'Koper verliest glans in Chili\n\nDe Peruaanse koperexport naar Chili is vorig jaar bijna gehalveerd. Volgens het PTC werd voor 3,1 miljard dollar naar Chili verscheept, tegenover 5,9 miljard dollar in 2023.';
    expect(extract(text, 'nl', '2025-02').map((f) => [f.value, f.period])).toEqual([
      [3.1e9, '2024'],
      [5.9e9, '2023'],
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

  it('reads the economy before ", où" ("Le Japon, où la Wallonie a exporté") as the place traded with', () => {
    const text =
      "Le Pérou, où le Chili a exporté pour 1,3 milliard d'euros en 2024, recule en revanche de 5 %.";
    expect(extract(text, 'fr').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'CL', 'PE', 1.3e9],
      ['growth', 'CL', 'PE', -5],
    ]);
  });

  it('reads "the mainland" as China in a Hong Kong text, and a deficit "equivalent to 6.4% of the value of imports" as no share', () => {
    const text =
      "Hong Kong's imports rose 6.1% to HK$4,928.5 billion in 2024, leaving a visible trade deficit of HK$317.1 billion, equivalent to 6.4% of the value of imports. Exports to the mainland rose 7.8%.";
    expect(extract(text, 'en').map((f) => [f.metric, f.measure, f.from, f.to, f.value, f.sector])).toEqual([
      ['imports', 'growth', 'HK', 'WORLD', 6.1, null],
      ['imports', 'value', 'HK', 'WORLD', 4928.5e9, null],
      ['trade_balance', 'value', 'HK', 'WORLD', -317.1e9, null],
      ['exports', 'growth', 'HK', 'CN', 7.8, null],
    ]);
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

  it('keeps the source of "imported … from X and exported …" as the partner of both flows (en)', () => {
    const text =
      'Overall, Chile imported 168 billion yen worth of goods from Peru in 2024 and exported 310 billion yen.';
    expect(extract(text, 'en').map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'CL', 'PE', 168e9],
      ['exports', 'CL', 'PE', 310e9],
    ]);
  });

  it('reads a region opening its sentence after "in" as the owner of the flow (nl)', () => {
    const text =
      'De Vlaamse uitvoer naar Peru bedroeg vorig jaar 3,9 miljard euro. In Wallonië nemen farmaceutische producten ruim 70 procent van de uitvoer naar Peru voor hun rekening.';
    expect(extract(text, 'nl', '2025-10').map((f) => [f.measure, f.from, f.to, f.value])).toEqual([
      ['value', 'BE-VLG', 'PE', 3.9e9],
      ['share', 'BE-WAL', 'PE', 70],
    ]);
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

  it("reads a rank whose subject is a pronoun as the previous sentence's economy's, and \"avec un stock d'IDE de\" as the ranked flow", () => {
    const text =
      "La Belgique est le 8e client du Pérou. Elle est aussi le 9e investisseur étranger au Pérou, avec un stock d'IDE de 14,3 milliards de dollars à fin 2024.";
    expect(extract(text, 'fr').map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
      ['exports', 'rank', 'PE', 'BE'],
      ['fdi', 'rank', 'BE', 'PE'],
      ['fdi', 'value', 'BE', 'PE'],
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

  it("never pairs an economy with its own country: a region's share of its country's exports is of its trade with the world (nl)", () => {
    // Prepare
    const text = 'In 2018 was het Waalse Gewest goed voor 13,6% van de totale Belgische uitvoer.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
      ['exports', 'share', 'BE-WAL', 'WORLD', 13.6],
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

  it('reads "to the rest of Asia" as to Asia, and an economy named as an exception ("not including Hong Kong") as no party (en)', () => {
    // Prepare
    const text =
      "Vietnam's exports to the rest of Asia rose 8.4 percent in 2018. Exports to China, not including Hong Kong, climbed 9.7 percent.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['VN', 'ASIA', 8.4],
      ['VN', 'CN', 9.7],
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

  it("reads a text that quotes a statistics office as reporting that office's economy's trade (nl)", () => {
    // Prepare
    const text =
      'Minder export naar Azië\n\nIn 2019 is de waarde van de goederenuitvoer naar Azië met 9 procent afgenomen. Vooral de verkoop aan Japan en Vietnam liep terug. Dat meldt het CBS.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([['NL', 'ASIA', -9]]);
  });

  it('reads the place imports come in ("de invoer … in Wallonië") as the importer, not the source (nl)', () => {
    // Prepare
    const text =
      'Wat de invoer van machines in Wallonië betreft, gaat het vooral om pompen (0,8 miljard euro) en motoren (0,6 miljard).';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['imports', 'BE-WAL', 'WORLD', 0.8e9],
      ['imports', 'BE-WAL', 'WORLD', 0.6e9],
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

  it('reads the firms\' economy as the reporter and "the Vietnam-Kenya trade deficit" as Vietnam\'s (nl, en)', () => {
    // Prepare
    const dutch =
      'In 2018 exporteerden bedrijven in Portugal voor 2,7 miljard euro aan producten naar Chili.';
    const english =
      'Although exports to Kenya grew by 2.2%, the Vietnam-Kenya trade deficit still rose by 4.1% to $1.7 billion in May 2018.';
    // Act
    const figures = [...extract(dutch, 'nl'), ...extract(english, 'en')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'PT', 'CL', 2.7e9],
      ['exports', 'VN', 'KE', 2.2],
      ['trade_balance', 'VN', 'KE', 4.1],
      ['trade_balance', 'VN', 'KE', -1.7e9],
    ]);
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

  it('reads "vers ce pays" and "y exportent" as the country named before, and "nos entreprises" as the home economy (fr)', () => {
    // Prepare
    const there =
      "Le Portugal est un client important du Chili. Les sociétés chiliennes y exportent pour un montant de 1,1 milliard d'euros.";
    const thisCountry =
      "Le Vietnam est bien connu de nos exportateurs portugais. En 2018, les exportations portugaises vers ce pays ont atteint 215 millions d'euros. Nos entreprises ont importé du Vietnam pour 640 millions d'euros.";
    // Act
    const figures = [...extract(there, 'fr'), ...extract(thisCountry, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'CL', 'PT', 1.1e9],
      ['exports', 'PT', 'VN', 215e6],
      ['imports', 'PT', 'VN', 640e6],
    ]);
  });

  it('reads "het Vlaamse Gewest" as the region that reports its share of its country\'s exports (nl)', () => {
    // Prepare
    const text =
      'De Waalse uitvoer steeg in 2016.\nMet ongeveer 58% van de inwoners was het Vlaamse Gewest in 2016 goed voor 81,2% van de totale Belgische uitvoer.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toContainEqual(['BE-VLG', 'WORLD', 81.2]);
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

  it('reads "an import value in Portugal of …" as Portugal importing (en)', () => {
    // Prepare
    const text =
      "Kenya's exports to Portugal reached €80 million in 2019. Cut flowers account for an import value in Portugal of € 12.5 million.";
    // Act
    const figures = extract(text, 'en');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'PT', 80e6],
      ['imports', 'PT', 'KE', 12.5e6],
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

  it('reads "naar het Noord-Afrikaanse land" as the country named before, and "vers le marché chinois" as China (nl, fr)', () => {
    // Prepare
    const dutch =
      'Marokko is voor Peru al lang geen exotische markt meer. Vorig jaar voerde Peru voor 2,8 miljard euro aan goederen uit naar het Noord-Afrikaanse land.';
    const french =
      "La Chine est le deuxième fournisseur du Pérou, derrière l'Espagne. En face, les exportations péruviennes vers le marché chinois restent modestes : 6,4 milliards de dollars en 2024.";
    // Act
    const figures = [...extract(dutch, 'nl'), ...extract(french, 'fr')].filter((f) => f.measure === 'value');
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['PE', 'MA', 2.8e9],
      ['PE', 'CN', 6.4e9],
    ]);
  });

  it('reads a possessive opening its sentence as the country the sentence before is about, the host of its inflows (en, fr)', () => {
    // Prepare
    const english =
      "Investment in the region rose mainly thanks to higher investment in the region's main copper producer Chile. Its FDI inflows grew from $6.2 billion in 2016 to $7.4 billion in 2017.";
    const french =
      'Le Pérou importe essentiellement du Chili des équipements informatiques, pour 2,05 milliards de dollars en 2023. Ses exportations, surtout des produits de la mer, ont atteint 250 millions de dollars.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(french, 'fr')];
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['fdi', 'WORLD', 'CL', 6.2e9],
      ['fdi', 'WORLD', 'CL', 7.4e9],
      ['imports', 'PE', 'CL', 2.05e9],
      ['exports', 'PE', 'CL', 250e6],
    ]);
  });

  it('gives flows with no partner of their own the pair the story opens on, a continent included (fr)', () => {
    // Prepare
    const text =
      'Les échanges entre le Chili et le continent asiatique ont progressé en 2018. Le Chili effectue 64% de ces échanges avec quatre pays seulement.\n\nLes exportations chiliennes ont enregistré une hausse de 7,2% à 41 milliards de dollars.';
    // Act
    const figures = extract(text, 'fr');
    // Assess
    expect(figures.filter((f) => f.metric === 'exports').map((f) => [f.from, f.to, f.value])).toEqual([
      ['CL', 'ASIA', 7.2],
      ['CL', 'ASIA', 41e9],
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

  it('reads "the country\'s" as the country named before that its clause does not name (en)', () => {
    // Prepare
    const text =
      "Portugal was Kenya's 9th largest export market in 2018, with exports valued at USD1,15bn. On the import side, Portugal was the country's 14th largest import market, valued at USD362m in 2018.";
    // Act
    const figures = extract(text, 'en').filter((f) => f.measure === 'value');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
      ['exports', 'KE', 'PT', 1.15e9],
      ['imports', 'KE', 'PT', 362e6],
    ]);
  });

  it('reads where goods are made ("in Chili gemaakte kunststoffen") as their exporter, not as a partner (nl)', () => {
    // Prepare
    const text =
      'De uitvoer van in Chili gemaakte kunststoffen naar Japan steeg in 2017 tot bijna 0,7 miljard euro.';
    // Act
    const figures = extract(text, 'nl');
    // Assess
    expect(figures.map((f) => [f.metric, f.from, f.to, f.value])).toEqual([['exports', 'CL', 'JP', 0.7e9]]);
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

  it("reads the economy in a statistics office's name as the text's home, never as a partner (en, fr)", () => {
    // Prepare
    const english =
      'Exports rose to $5 billion in 2023, according to the Kenya National Bureau of Statistics.';
    const french =
      "Les exportations ont atteint 5 milliards de dollars en 2023, selon l'Agence nationale de la statistique du Sénégal.";
    const partner =
      'Exports to Uganda rose to $5 billion in 2023, according to the Kenya National Bureau of Statistics.';
    // Act
    const figures = [...extract(english, 'en'), ...extract(french, 'fr'), ...extract(partner, 'en')];
    // Assess
    expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([
      ['KE', 'WORLD', 5e9],
      ['SN', 'WORLD', 5e9],
      ['KE', 'UG', 5e9],
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
  describe('the economy of a flow whose sentence does not name it', () => {
    it("takes a heading's one economy as the text's home, and 'l'île' for it", () => {
      // Prepare
      const text =
        "Bilan 2023 - Maurice\n\nL'Inde reste le premier fournisseur de l'île, avec 1,2 milliard de dollars de marchandises livrées.";
      const partnerHeading =
        'Import uit Peru stijgt\n\nNederland voerde in 2023 voor 2 miljard euro in uit Peru. De totale invoer steeg met 4 procent.';
      // Act
      const figures = extract(text, 'fr');
      const dutch = extract(partnerHeading, 'nl');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
        ['imports', 'rank', 'MU', 'IN'],
        ['imports', 'value', 'MU', 'IN'],
      ]);
      expect(dutch.map((f) => [f.from, f.to])).toEqual([
        ['NL', 'PE'],
        ['NL', 'WORLD'],
      ]);
    });

    it("gives the home's flow with the world to a flow naming no economy, after the partner's flows into it", () => {
      // Prepare
      const text =
        "Bilan commercial 2023 - Le Kenya\nLe Pérou demeure le premier fournisseur du Kenya, avec 2 milliards d'euros de marchandises livrées au Kenya (+9 % par rapport à 2022).\nLes exportations de marchandises ont atteint 300 millions d'euros en 2023, en hausse de 6 % sur 2022.";
      // (a heading that names the partner, whose own flows the text never states, is no home)
      const partnerHeading =
        "Fiche pays Kenya\nLes exportations péruviennes à destination du Kenya ont atteint 400 millions d'euros en 2023.\nPrincipaux produits exportés :\n- Cuivre : 120 millions d'euros";
      // Act
      const figures = extract(text, 'fr');
      const partner = extract(partnerHeading, 'fr');
      // Assess
      expect(figures.slice(-2).map((f) => [f.metric, f.from, f.to, f.value])).toEqual([
        ['exports', 'KE', 'WORLD', 3e8],
        ['exports', 'KE', 'WORLD', 6],
      ]);
      expect(partner.map((f) => [f.from, f.to])).toEqual([
        ['PE', 'KE'],
        ['PE', 'KE'],
      ]);
    });

    it('takes the economy that accounts for a share of a flow whose owner is not named as its partner', () => {
      // Prepare
      const french =
        'Le Pérou a exporté pour 50 milliards de dollars en 2023. La Chine représente 30 % des exportations.';
      const dutch =
        'Peru voerde in 2023 voor 50 miljard euro uit. De lidstaten van de EU zijn goed voor 14 procent van de uitvoer en 12 procent van de invoer.';
      // (a region's share of its country's flow stays the region's)
      const region = 'Flanders accounts for 80% of Belgian exports to Kenya.';
      // Act
      const figures = [...extract(french, 'fr'), ...extract(dutch, 'nl'), ...extract(region, 'en')];
      // Assess
      expect(
        figures.filter((f) => f.measure === 'share').map((f) => [f.metric, f.from, f.to, f.value]),
      ).toEqual([
        ['exports', 'PE', 'CN', 30],
        ['exports', 'PE', 'EU', 14],
        ['imports', 'PE', 'EU', 12],
        ['exports', 'BE-VLG', 'KE', 80],
      ]);
    });

    it('takes a pronoun subject of a verb only a trader takes for the economy the sentence before is about', () => {
      // Prepare
      const text =
        'Les exportations du Pérou vers le Chili ont atteint 3 milliards de dollars. Le Kenya est un client plus modeste. Il absorbe 4 % (1,2 milliard de dollars) des exportations du Pérou.';
      // (a pronoun for the flow before takes up that flow)
      const flow =
        'Les exportations du Pérou vers le Chili ont atteint 3 milliards de dollars. Le Kenya est un client plus modeste. Elles ont progressé de 5 %.';
      // Act
      const figures = extract(text, 'fr');
      const continued = extract(flow, 'fr');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
        ['exports', 'value', 'PE', 'CL'],
        ['exports', 'share', 'PE', 'KE'],
        ['exports', 'value', 'PE', 'KE'],
      ]);
      expect(continued.at(-1)).toEqual(expect.objectContaining({ measure: 'growth', from: 'PE', to: 'CL' }));
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

    it("reads 'la Confédération' as Switzerland in a text that names it", () => {
      // Prepare
      const text =
        'La Suisse a signé un accord avec le Pérou. Le Pérou est devenu le troisième fournisseur de la Confédération en Amérique latine.';
      // Act
      const figures = extract(text, 'fr', '2024-03');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['imports', 'rank', 'CH', 'PE', 3],
      ]);
    });

    it('gives no part in a figure to the economies it is compared with', () => {
      // Prepare
      const text =
        "Avec 2,8 milliards d'euros, le montant des exportations de biens chiliens vers l'UE est supérieur en 2018 à celui de pays comme la Bolivie ou l'Équateur.";
      // Act
      const figures = extract(text, 'fr');
      // Assess
      expect(figures.map((f) => [f.from, f.to, f.value])).toEqual([['CL', 'EU', 2.8e9]]);
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

    it('reads the subject an apposition of rivals describes as a party, and "y a envoyé" as the place named last', () => {
      // Prepare
      const text =
        'Deuxième économie du continent derrière le Brésil, le Mexique est le premier client latino-américain du Pérou. En 2023, les firmes péruviennes y ont exporté pour 2 milliards de dollars.';
      // Act
      const figures = extract(text, 'fr');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
        ['exports', 'rank', 'PE', 'MX'],
        ['exports', 'value', 'PE', 'MX'],
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
  });
  describe('reporter and partner', () => {
    it('ranks a supplier in the list of the economy its goods go into, with the share stated with the rank', () => {
      // Prepare
      const text =
        "En 2018, l'Inde est le 7ème pays de provenance des biens au Kenya, avec une part de 3,4 %.";
      // Act
      const figures = extract(text, 'fr');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to, f.value])).toEqual([
        ['imports', 'rank', 'KE', 'IN', 7],
        ['imports', 'share', 'KE', 'IN', 3.4],
      ]);
    });

    it("reads 'de' after the importer's adjective on imports as where they come from", () => {
      // Prepare
      const text =
        "Les importations chiliennes de l'UE ont atteint 5,6 milliards de dollars en 2017, soit environ 9 % des importations totales du pays.";
      // Act
      const figures = extract(text, 'fr');
      // Assess
      expect(figures.map((f) => [f.metric, f.measure, f.from, f.to])).toEqual([
        ['imports', 'value', 'CL', 'EU'],
        ['imports', 'share', 'CL', 'EU'],
      ]);
    });
  });
  describe('flow word in the sentence, figure no longer dropped', () => {
    it('dates a level a flow reached "to stand at" after a span of years by its own year', () => {
      const text =
        'Exports from Kenya to Uganda have more than doubled over the past eight years to stand at $0.9 billion in 2019.';
      expect(extract(text, 'en').map((f) => [f.value, f.period])).toEqual([[0.9e9, '2019']]);
    });

    it('reads money received "van Peruaanse investeerders" as investment from that economy', () => {
      const text = 'In de eerste helft van 2023 ontving Spanje 2,3 miljard euro van Peruaanse investeerders.';
      expect(extract(text, 'nl')).toEqual([
        expect.objectContaining({ metric: 'fdi', from: 'PE', to: 'ES', value: 2.3e9, unit: 'EUR' }),
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
  });
  describe('list items and paired lists', () => {
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

    it("reads the last bracketed item of a list after the name's own alias in brackets", () => {
      const text =
        "In June 2018, Vietnam's exports rose to Japan (+4.2%) and the Republic of Korea (the ROK) (+2.4%).";
      expect(extract(text, 'en').map((f) => [f.to, f.value])).toEqual([
        ['JP', 4.2],
        ['KR', 2.4],
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

    it("does not take a rounded share of all goods for a restatement of one product's exact share", () => {
      const text =
        'Le Chili a vendu au Pérou en 2019 surtout des fruits, qui pèsent presque la moitié des exportations chiliennes vers le Pérou.\nLes produits agricoles (47 %) et les engrais (11 %) constituent les principaux produits livrés vers le Pérou en 2019.';
      expect(extract(text, 'fr').map((f) => f.value)).toEqual([50, 47, 11]);
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
});
