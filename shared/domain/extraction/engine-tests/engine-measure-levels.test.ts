import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from any corpus document).

describe('measure: a share that moved to a level', () => {
  it('reads a Dutch share fallen "naar" a level as that share', () => {
    const figures = extract(
      'Het exportaandeel van Chili in de Deense uitvoer zakte in 2021 naar 3,2%.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'share', value: 3.2, period: '2021' })]);
  });
});

describe('measure: a growth named far before its bracketed figure', () => {
  it('reads a bracketed percentage whose clause opens on a growth noun as that growth', () => {
    const figures = extract(
      "Sur la période 2017-2021, la croissance annuelle moyenne des ventes de l'Irlande au Portugal restait modeste (2,7 %).",
      'fr',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'growth', value: 2.7 })]);
  });
});

describe('measure: a pronoun standing for a share that moved to a level', () => {
  it('reads the Dutch level "dit" fell to, after a share, as that share later', () => {
    const figures = extract(
      'In 2016 ging 5,3 procent van de totale Zweedse uitvoer naar Ierland. Drie jaar later was dit teruggevallen tot 4,4 procent.',
      'nl',
    );
    expect(figures).toEqual([
      expect.objectContaining({ measure: 'share', value: 5.3, period: '2016' }),
      expect.objectContaining({ measure: 'share', value: 4.4, to: 'IE' }),
    ]);
  });

  it('reads the English level "it" fell to, after a share, as that share later', () => {
    const figures = extract(
      "Ireland took 5.3% of Sweden's total exports in 2016. By 2019, it had slipped to 4.4%.",
      'en',
    );
    expect(figures).toEqual([
      expect.objectContaining({ measure: 'share', value: 5.3, period: '2016' }),
      expect.objectContaining({ measure: 'share', value: 4.4, period: '2019' }),
    ]);
  });
});

describe('measure: the second of a pair of changes', () => {
  it('reads the second bare percentage of a pair after a change as a change too', () => {
    const figures = extract(
      'De Deense uitvoer steeg in 2021 met 3 procent.\nOok de invoer ging er in september en oktober 2022 nog licht op vooruit (met 0,4 en 1,8 procent).',
      'nl',
    );
    expect(figures).toEqual([
      expect.objectContaining({ measure: 'growth', value: 3, period: '2021' }),
      expect.objectContaining({ measure: 'growth', value: 0.4, period: '2022-09' }),
      expect.objectContaining({ measure: 'growth', value: 1.8, period: '2022-10' }),
    ]);
  });
});

describe("metric: a region accounting for part of its country's flow", () => {
  it("reads the region's part and keeps the country as the reporter of what follows", () => {
    const figures = extract(
      'De Belgische uitvoer van chemische producten bereikte in 2022 12 miljard euro. Wallonië is goed voor ongeveer 30%.\n\nDe uitvoer van vaccins steeg met 9 procent.',
      'nl',
    );
    expect(figures).toEqual([
      expect.objectContaining({ metric: 'exports', measure: 'value', from: 'BE', value: 12_000_000_000 }),
      expect.objectContaining({
        metric: 'exports',
        measure: 'share',
        from: 'BE-WAL',
        to: 'WORLD',
        value: 30,
      }),
      expect.objectContaining({ metric: 'exports', measure: 'growth', from: 'BE', value: 9 }),
    ]);
  });
});

describe('not a figure: neighbouring countries, a group with no code', () => {
  it('records no share of the neighbouring countries (English)', () => {
    const figures = extract(
      'Danish exports reached 40 billion euros in 2021. Neighbouring countries took 48% of them.',
      'en',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'value', value: 40_000_000_000 })]);
  });

  it('records no share of a group named as the partner well after the figure', () => {
    const figures = extract(
      'De Deense uitvoer bereikte in 2022 40 miljard euro. Denemarken voert nog altijd 55% van al zijn verwerkte landbouwproducten uit naar de buurlanden.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'value', value: 40_000_000_000 })]);
  });

  it('records no share of the buurlanden (Dutch)', () => {
    const figures = extract(
      'De Deense uitvoer bereikte in 2021 40 miljard euro. De buurlanden namen 48% daarvan af.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'value', value: 40_000_000_000 })]);
  });
});

describe('metric: a balance spelled out as exports minus imports', () => {
  it.each([
    ['In 2022 bereikte de waarde van export min import van Denemarken 21,3 miljard euro.', 'nl'],
    [
      "En 2022, les exportations moins les importations du Danemark ont atteint 21,3 milliards d'euros.",
      'fr',
    ],
    ["In 2022, Denmark's exports minus imports came to 21.3 billion euros.", 'en'],
  ] as const)('reads %s as a trade balance', (text, language) => {
    expect(extract(text, language)).toEqual([
      expect.objectContaining({ metric: 'trade_balance', from: 'DK', value: 21_300_000_000, period: '2022' }),
    ]);
  });
});

describe('not a figure: the flow a possessive gives to a group with no code', () => {
  it('records no share of the group the sentence opens with, taken up by "ses"', () => {
    const figures = extract(
      "Le Chili a vendu pour 35 milliards de dollars à l'étranger en 2022. L'Amérique centrale pèse 3,2 % (1,1 milliard de dollars) dans ces ventes, mais ses livraisons au pays ne dépassent pas 5,1 % de ses achats.",
      'fr',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'value', value: 35_000_000_000 })]);
  });
});

describe('not a figure: a threshold that defines the firms counted', () => {
  it('records no amount in a relative clause on counted firms', () => {
    const figures = extract(
      'Danish exports to Canada rose 6% in 2022. The survey only counted companies that exported goods worth over 20,000 euros to Canada.',
      'en',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'growth', value: 6 })]);
  });
});

describe('not a figure: the change of a count of firms', () => {
  it.each([
    ['In 2022, 4,100 Danish companies sold goods to Canada. That is a quarter more than in 2018.', 'en'],
    [
      "En 2022, 4 100 entreprises danoises ont vendu des biens au Canada. C'est un quart de plus qu'en 2018.",
      'fr',
    ],
  ] as const)('records no change of the firms counted before: %s', (text, language) => {
    expect(extract(text, language)).toEqual([]);
  });
});

describe('not a figure: a group with no code after a year opening its sentence', () => {
  it('records no share of the group its sentence opens with after the year', () => {
    const figures = extract(
      'De Deense invoer groeide in 2021 met 3%. In 2021 waren de buurlanden goed voor 48% van de invoer in het Deense koninkrijk.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'growth', value: 3 })]);
  });
});

describe('not a figure: the second of a pair of shares of a group with no code', () => {
  it('records neither share the group holds', () => {
    const figures = extract(
      'De Deense invoer groeide in 2021 met 3%. In 2021 waren de buurlanden goed voor 48% van de invoer in het Deense koninkrijk en 51% van de uitvoer.',
      'nl',
    );
    expect(figures).toEqual([expect.objectContaining({ measure: 'growth', value: 3 })]);
  });
});

describe('measure: the share of a one-way amount after a pair’s trade ("soit 19 % du total")', () => {
  it('reads "avec 7,9 milliards d’importations, soit 19 % du total" as a share of the imports, not a split of the pair', () => {
    const text =
      "Les échanges entre le Niger et la Chine ont atteint 3 milliards de dollars en 2023. La Chine reste le premier fournisseur du Niger, avec 1,9 milliard de dollars d'importations, soit 21 % du total.";
    const share = extract(text, 'fr').find((f) => f.measure === 'share');
    expect(share).toMatchObject({ metric: 'imports', from: 'NE', to: 'CN', value: 21, period: '2023' });
  });
});

describe('not a figure: the unemployment rate among trade figures', () => {
  it('leaves "De werkloosheid bedraagt 5,6 procent" and "le taux de chômage" out', () => {
    const nl =
      "De Amerikaanse regering legt een invoerheffing van 20 procent op aan Deense producten. Zo'n 900 Deense bedrijven exporteren naar de VS. De werkloosheid bedraagt 5,6 procent. De Deense uitvoer naar de VS bedroeg vorig jaar 3,2 miljard euro.";
    const fr =
      "Les États-Unis appliqueront un droit de douane de 20 % sur les produits danois. Quelque 900 entreprises danoises exportent vers les États-Unis. Le chômage s'établit à 5,6 %. Les exportations danoises vers les États-Unis ont atteint 3,2 milliards d'euros l'an dernier.";
    expect(extract(nl, 'nl', '2025-03').map((f) => f.value)).toEqual([3_200_000_000]);
    expect(extract(fr, 'fr', '2025-03').map((f) => f.value)).toEqual([3_200_000_000]);
  });
});
