import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

// Sentences written for this test: short ones, where a word two languages share ("de", "en", "in") decides.
describe('detectLanguage', () => {
  it.each([
    ['Les IDE en Tunisie ont atteint 2 milliards de dollars en 2023.', 'fr'],
    ['Les exportations de vins en Chine ont reculé de 4 % en 2022.', 'fr'],
    ['Le Pérou reste le premier client du Chili, selon les douanes.', 'fr'],
    ['De export naar Duitsland steeg in 2023 met 3 procent.', 'nl'],
    ['In 2022 werd er voor 4 miljard euro uitgevoerd naar China.', 'nl'],
    ['Nederland is de grootste afnemer van Belgische chocolade.', 'nl'],
    ['Exports to China rose 4% in 2023, the ministry said.', 'en'],
    ['In 2022 Peru has been the largest buyer of Chilean copper.', 'en'],
    ['Trade between Kenya and Uganda was worth $1.1 billion in 2023.', 'en'],
    ["Peru's exports in 2023 (US$ million)", 'en'],
    ['Uitvoer naar Japan in 2023: 4,1 miljard euro', 'nl'],
    ["Part de l'Espagne: 12 %", 'fr'],
  ] as const)('%s is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
