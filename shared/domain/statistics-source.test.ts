import { describe, expect, it } from 'vitest';
import { findStatisticsSource } from './statistics-source.js';

describe('the statistics source a text names', () => {
  it.each([
    [
      'En 2024, selon l’International Trade Center, leurs échanges commerciaux ont augmenté',
      'International Trade Center',
    ],
    ['Exports rose by 4%, according to the National Bank of Belgium.', 'National Bank of Belgium'],
    ['Volgens cijfers van Statbel steeg de uitvoer met 4%.', 'Statbel'],
    ["D'après les chiffres de l'Office des changes, les exportations ont progressé.", 'Office des changes'],
    ['Source : Eurostat, 2024.', 'Eurostat'],
  ])('finds it after a cue: %s', (text, source) => {
    expect(findStatisticsSource(text)).toBe(source);
  });

  it('takes no person quoted for a statistics source', () => {
    expect(
      findStatisticsSource(
        'selon le ministre belge de la Sécurité et de l’Intérieur, Bernard Quintin, qui estime',
      ),
    ).toBeNull();
  });

  it('counts a body merely named only within a figure’s sentence, not anywhere in a document', () => {
    const text = 'Heeft dit implicaties op de aanwezigheid van Flanders Investment & Trade (FIT) in Marokko?';
    expect(findStatisticsSource(text)).toBe('Flanders Investment & Trade');
    expect(findStatisticsSource(text, { cueOnly: true })).toBeNull();
  });
});
