import { describe, expect, it } from 'vitest';
import { extract } from './engine-test-support.js';

// Sentences written for these tests (not taken from any corpus document).

describe('direction: the reporter of the paragraph', () => {
  it('continues the paragraph’s reporter, not the one the document stated more often before', () => {
    const text =
      "Les importations de l'Union européenne en provenance de l'Inde ont atteint 120 milliards d'euros en 2021. Les importations de l'Union européenne en provenance de l'Inde ont progressé de 8 %.\n\n" +
      "Au Portugal, l'Inde pèse peu. En 2021, les ventes portugaises vers l'Inde se sont élevées à 300 millions d'euros. Les importations ont atteint 900 millions d'euros.";
    const imports = extract(text, 'fr').find((f) => f.value === 9e8);
    expect([imports?.metric, imports?.from, imports?.to]).toEqual(['imports', 'PT', 'IN']);
  });

  it('goes back to the group a new paragraph reports after a country’s flows', () => {
    const text =
      'Dutch exports to Brazil reached €4 billion in 2021. Dutch exports to Brazil grew by 6%. Dutch exports to Brazil were mostly machinery.\n\n' +
      'For the whole EU, the trade surplus with Brazil stood at €9 billion in 2021. Exports reached €45 billion that year.';
    const exports = extract(text, 'en').find((f) => f.value === 45e9);
    expect([exports?.from, exports?.to]).toEqual(['EU', 'BR']);
  });

  it('keeps the reporter when the paragraph’s last flow is the pair seen from the other side', () => {
    const text =
      "Les importations du Kenya en provenance de Chine ont atteint 5 milliards de dollars en 2022. Les exportations chinoises vers le Kenya ont progressé de 10 %. Les importations en provenance d'Inde ont atteint 2 milliards de dollars.";
    const imports = extract(text, 'fr').find((f) => f.value === 2e9);
    expect([imports?.from, imports?.to]).toEqual(['KE', 'IN']);
  });

  it('gives a flow with no partner, in a paragraph about another economy than the usual partner, that economy', () => {
    const text =
      "Le Japon est un partenaire clé de la France. Nos entreprises y exportent pour 3 milliards d'euros, dont 1 milliard de machines.\n\n" +
      "France-Chili\n\nLe ministre du commerce se rend au Chili cette semaine, avant une escale en Argentine. Le Chili reste pourtant un marché modeste. Nos exportations ont totalisé 90 millions d'euros en 2022.";
    const last = extract(text, 'fr').at(-1);
    expect([last?.from, last?.to, last?.value]).toEqual(['FR', 'CL', 9e7]);
    // … not when the paragraph names the usual partner too
    const same = text.replace('Le Chili reste pourtant', 'Le Japon reste pourtant');
    const kept = extract(same, 'fr').at(-1);
    expect([kept?.from, kept?.to]).toEqual(['FR', 'JP']);
  });

  it('gives a flow with no partner, opening a paragraph after flows with several partners, the world', () => {
    const en =
      'Belgian exports to France reached 50 billion euros in 2022. Belgian exports to Germany reached 40 billion euros.\n\nExports of chemicals reached 30 billion euros in 2022.';
    expect(extract(en, 'en').at(-1)).toMatchObject({ from: 'BE', to: 'WORLD', value: 3e10 });
    const nl =
      'Marokko investeerde in 2022 voor 4 miljard dirham in Frankrijk. In Nederland investeerde Marokko 500 miljoen dirham.\n\nIn de landbouw investeerden Marokkaanse groepen dat jaar 3 miljard dirham.';
    expect(extract(nl, 'nl').at(-1)).toMatchObject({ metric: 'fdi', from: 'MA', to: 'WORLD', value: 3e9 });
  });

  it("gives a balance with no partner that of the exports and imports just stated, not an earlier balance's", () => {
    const en =
      "Korea's sales to the rest of Asia rose 9 percent to 40 trillion won, and the trade surplus with the region grew to 8 trillion won.\n\nKorea's exports to the whole world reached 90 trillion won and imports 75 trillion won.\n\nThe overall surplus widened by a fifth, to 15 trillion won.";
    expect(extract(en, 'en').at(-1)).toMatchObject({
      metric: 'trade_balance',
      from: 'KR',
      to: 'WORLD',
      value: 15e12,
    });
  });
});
