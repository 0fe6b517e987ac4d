import { type ListItem, placeList } from '../../grammar/lists.js';
import { nameEnd } from '../../grammar/names.js';
import type { ListedEntry } from '../../layers/sections.js';
import { tighten } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';

const ID = 'laureate/grouped-places';

/**
 * "· Bretagne : Dinan (22), Pontivy (56), Quimperlé (29)": an entry that groups places under the name
 * of a région or a département, each place a laureate of the entry's tier and category. The group is
 * no category.
 */
export const groupedPlaces: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'an entry "Région : A (dd), B (dd) et C (dd)" under a tier, level or category',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const entry of layers.sections.entries) {
      if (entry.kind === 'paragraph') continue;
      const items = grouped(layers.text, entry);
      const context = { tier: entry.section.tier, category: entry.section.category };
      if (items) out.push(...items.map((item) => itemLaureate(layers.text, ID, item, context)));
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

/** The places of an entry "Group : A, B et C", or null when it is not one. */
function grouped(text: string, entry: ListedEntry): ListItem[] | null {
  const colon = text.indexOf(':', entry.first.start);
  if (colon < 0 || colon >= entry.first.end || entry.more.length) return null;
  const group = tighten(text, entry.first.start, colon);
  // The group is a bare proper name: "Ville de Rennes : …" is an awardee and its project.
  if (nameEnd(text, group.start, group.end) !== group.end) return null;
  const items = placeList(text, { start: colon + 1, end: entry.first.end });
  return items?.every((i) => i.evidence !== 'typed') ? items : null;
}
