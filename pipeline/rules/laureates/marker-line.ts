import type { LaureateRule } from '../types.js';
import { entryLaureate } from './entries.js';

const ID = 'laureate/marker-line';

/** "Or : Ville de Quimper, « Quimper en poche »": a tier marker with its entry on the same line. */
export const markerLine: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a tier or prize marker followed, after a colon or a dash, by its laureate',
  apply: (layers) =>
    layers.sections.entries.filter((e) => e.kind === 'marker').map((e) => entryLaureate(layers.text, e, ID)),
  examples: {
    ok: [
      {
        text: `
          Palmarès
          Or : Ville de Quimper, « Quimper en poche »
          Argent : Mairie de Brest : Brest en clair
        `,
        expect: [
          { tier: 'gold', category: null, awardees: ['Ville de Quimper'], project: '« Quimper en poche »' },
          { tier: 'silver', category: null, awardees: ['Mairie de Brest'], project: 'Brest en clair' },
        ],
      },
      {
        text: `
          1er prix : Ville de Laval pour son portail citoyen
          2e prix : Département de la Mayenne avec Mayenne Data
        `,
        expect: [
          { tier: null, category: null, awardees: ['Ville de Laval'], project: 'son portail citoyen' },
          { tier: null, category: null, awardees: ['Département de la Mayenne'], project: 'Mayenne Data' },
        ],
      },
    ],
    notOk: [{ text: 'Or : il faut candidater avant le 12 mai.' }],
  },
};
