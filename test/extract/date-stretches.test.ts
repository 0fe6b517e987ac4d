import { describe, expect, it } from 'vitest';
import { Layers } from '../../pipeline/layers/index.js';
import { blockTexts, textDoc } from '../support/doc.js';

const datesOf = (layers: Layers) =>
  layers.dates.map((d) => layers.text.slice(d.start, d.end).replace(/\s+/g, ' '));

describe('the dates layer reads between blank lines', () => {
  it('finds a date wrapped from one line of a paragraph to the next, and the dates of every paragraph', () => {
    const doc = textDoc(`
      Label Territoire Innovant

      Le forum s'est tenu le 21
      octobre 2022 à Laval, devant les élus.

      - IntercoTOUR le 3 mars 2023
      - Grande finale le 14 avril 2023

      Sans date ici.

      Les candidatures sont ouvertes jusqu'au 1er octobre 2023.
    `);
    expect(datesOf(new Layers(doc))).toEqual([
      '21 octobre 2022',
      '3 mars 2023',
      '14 avril 2023',
      '1er octobre 2023',
    ]);
  });

  it('finds a date split over two blocks with no blank line between them', () => {
    const doc = textDoc(`
      Rendez-vous le 21
      octobre 2022 à Laval
    `);
    expect(blockTexts(doc)).toEqual(['line: Rendez-vous le 21', 'line: octobre 2022 à Laval']);
    expect(datesOf(new Layers(doc))).toEqual(['21 octobre 2022']);
  });
});
