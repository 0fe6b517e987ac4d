import { describe, expect, it } from 'vitest';
import { blockTexts, markdownDoc } from '../support/doc.js';

describe('Markdown reader', () => {
  it('maps headings, bold lines, list items and paragraph lines onto blocks of rendered text', () => {
    const doc = markdownDoc(`
      # Les lauréats 2022

      ## Inclusion

      **Label d'or**

      - Ville de [Lille](https://lille.fr)
        Lille *accessible*
      - Métropole Européenne de Lille

      Un paragraphe
      sur deux lignes.

      | Rang | Lauréat |
      |------|---------|
      | 1 | Ville de Dax |
    `);
    expect(blockTexts(doc)).toEqual([
      'heading: Les lauréats 2022',
      'heading: Inclusion',
      "heading: Label d'or",
      'list-item: Ville de Lille',
      'line: Lille accessible',
      'list-item: Métropole Européenne de Lille',
      'paragraph: Un paragraphe',
      'line: sur deux lignes.',
      'paragraph: Rang | Lauréat',
      'paragraph: 1 | Ville de Dax',
    ]);
    expect(doc.text).not.toMatch(/[#*[\]]/);
    expect(doc.blocks[0]?.depth).toBe(1);
  });

  it('does not turn "2019. Une année" into a list in plain text, but Markdown may', () => {
    expect(blockTexts(markdownDoc('2019. Une année'))[0]).toBe('list-item: Une année');
  });
});
