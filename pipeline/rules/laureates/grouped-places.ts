import { placeEntry } from '../../grammar/lists.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';

const ID = 'laureate/grouped-places';

/**
 * "· Bretagne : Dinan (22), Pontivy (56), Quimperlé (29)": an entry that groups places under the name
 * of a région or a département, each place a laureate of the entry's tier and category (the group is
 * no category); or "Mérignac (33) et Niort (79) : @@@@@", places then the level they reached.
 */
export const groupedPlaces: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary:
    'an entry "Région : A (dd), B (dd) et C (dd)", or "A (dd) et B (dd) : @@@", under a tier, level or category',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const entry of layers.sections.entries) {
      if (entry.kind === 'paragraph') continue;
      if (entry.more.length) continue;
      const found = placeEntry(layers.text, entry.first);
      // A single place alone on its line is a plain entry; a group, a list or a level makes this one.
      if (
        !found ||
        (found.items.length < 2 &&
          !found.award &&
          !layers.text.slice(entry.first.start, entry.first.end).includes(':'))
      )
        continue;
      const context = { tier: found.award ?? entry.section.tier, category: entry.section.category };
      out.push(...found.items.map((item) => itemLaureate(layers.text, ID, item, context)));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: `
          45 villes de niveau 2 :
          - Bretagne : Dinan (22), Pontivy (56) et Quimperlé (29)
          - Normandie : Bolbec (76)
        `,
        expect: [
          { tier: null, category: null, awardees: ['Dinan'], project: null },
          { tier: null, category: null, awardees: ['Pontivy'], project: null },
          { tier: null, category: null, awardees: ['Quimperlé'], project: null },
          { tier: null, category: null, awardees: ['Bolbec'], project: null },
        ],
      },
      {
        text: `
          Communes de plus de 20 000 habitants
          Mérignac (33) et Niort (79) : @@@@@
          Limoges (87) : @@@@
        `,
        expect: [
          {
            tier: null,
            category: 'Communes de plus de 20 000 habitants',
            awardees: ['Mérignac'],
            project: null,
          },
          {
            tier: null,
            category: 'Communes de plus de 20 000 habitants',
            awardees: ['Niort'],
            project: null,
          },
          {
            tier: null,
            category: 'Communes de plus de 20 000 habitants',
            awardees: ['Limoges'],
            project: null,
          },
        ],
      },
    ],
    notOk: [
      {
        text: `
          Les étapes du tour :
          - Bretagne : Dinan (22), Pontivy (56)
          - Normandie : Bolbec (76)
        `,
      },
    ],
  },
};
