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
