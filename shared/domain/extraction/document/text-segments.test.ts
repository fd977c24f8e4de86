import { describe, expect, it } from 'vitest';
import { headlineEnd, splitSentences, teaserSpans } from './text-segments.js';

// Texts written for these tests, one rule each.
const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a sentence after a label line: a heading, chart labels, a list line with its figure', () => {
    // Prepare
    const text =
      'Imports by origin\nEXPORTS OF GOODS\nOthers 9%\nChile 31%\nExports of goods reached 250 million dollars in 2023.';
    // Act
    const found = sentences(text);
    // Assess
    expect(found).toEqual([
      'Imports by origin',
      'EXPORTS OF GOODS',
      'Others 9%',
      'Chile 31%',
      'Exports of goods reached 250 million dollars in 2023.',
    ]);
  });

  it('keeps prose wrapped at line ends in one sentence, before a name or after a long line', () => {
    // Prepare
    const text =
      'In 2023 the exports of copper and of fresh fruit from the port of\nCallao to the markets of Asia rose by 12 percent, while those to\nKenya fell.';
    // Act
    const found = sentences(text);
    // Assess
    expect(found).toHaveLength(1);
  });

  it('keeps a heading with the rows of numbers under it, and a line that introduces a list', () => {
    // Prepare
    const text =
      'Peruvian exports to Kenya (USD million)\n2022    41\n2023    47\nTop markets were:\nChile 12%';
    // Act
    const found = sentences(text);
    // Assess
    expect(found).toEqual([text]);
  });
});

describe('splitSentences: bulleted lines', () => {
  it('ends a sentence after each bulleted label line, but keeps the items of a list a line ending with ":" introduces', () => {
    const sheet = '- Exportations : 2,8 milliards\n- Importations : 1,8 milliard';
    const list = 'De uitvoer evolueerde als volgt:\n- 2022: 5,05 miljard euro\n- 2023: 4,96 miljard euro';
    const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));
    expect(texts(sheet)).toEqual(['- Exportations : 2,8 milliards', '- Importations : 1,8 milliard']);
    expect(texts(list)).toEqual([list]);
  });
});

describe('teaserSpans', () => {
  const teasers = (text: string) => teaserSpans(text).map((s) => text.slice(s.start, s.end));

  it('takes the titles under a teaser header one line each, with no blank line between, up to a sentence', () => {
    // Prepare
    const text =
      'Chile sold more copper to Japan this year.\nRelated articles\nPeru exports to Korea up 12% in 2023 | 2 days ago\nBolivia trade deficit narrows to $1bn | 1 week ago\nWe use cookies to improve this site.';
    // Act
    const found = teasers(text);
    // Assess
    expect(found).toEqual([
      'Related articles\nPeru exports to Korea up 12% in 2023 | 2 days ago\nBolivia trade deficit narrows to $1bn | 1 week ago',
    ]);
  });

  it('knows the headers of lists of other articles in the three languages', () => {
    expect(teasers('Texte.\nLes plus lus\nLe Pérou vend 5 % de plus au Chili')).toHaveLength(1);
    expect(teasers('Tekst.\nMeest gelezen\nPeru verkoopt 5 procent meer aan Chili')).toHaveLength(1);
    expect(teasers('Text.\nMost read\nPeru sells 5% more to Chile')).toHaveLength(1);
  });
});

describe('headlineEnd', () => {
  it('ends the headline on its own line, under the menu or breadcrumb trail a page prints above it', () => {
    // Prepare
    const menu = 'Home | News | Trade | Contact\nSenegal trade deficit widens\n\nDAKAR, June 5 - …';
    const trail = 'Accueil > Actualités > Commerce extérieur\n\nLe déficit se creuse\nDAKAR …';
    const plain = 'Le déficit se creuse à 312 milliards | APS\nDAKAR …';
    // Act, Assess
    expect(menu.slice(0, headlineEnd(menu))).toBe(
      'Home | News | Trade | Contact\nSenegal trade deficit widens',
    );
    expect(trail.slice(0, headlineEnd(trail))).toBe(
      'Accueil > Actualités > Commerce extérieur\n\nLe déficit se creuse',
    );
    expect(plain.slice(0, headlineEnd(plain))).toBe('Le déficit se creuse à 312 milliards | APS');
    expect(headlineEnd('One line only')).toBe(-1);
  });
});
