import type { Span } from '../../../parsers/doc.js';
import { categoryOf } from '../../grammar/labels.js';
import { listItem } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import type { ListedEntry } from '../../layers/sections.js';
import type { Laureate } from '../../schema.js';
import { clean } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { titleIn } from './titles.js';

const ID = 'laureate/place-paragraph';

/**
 * Under a category heading, a paragraph about one laureate that opens with it: "Binic (22). La commune
 * a mis en place une « chaîne d'accessibilité » …". The project is the title quoted in the paragraph,
 * if it quotes one; a description is no title.
 */
export const placeParagraph: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'under a heading, a paragraph that opens with "Place (dd)." and tells its project',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const entry of layers.sections.entries) {
      if (entry.kind !== 'paragraph') continue;
      const laureate = paragraphLaureate(layers, entry);
      if (laureate) out.push(laureate);
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: `
          ACCESSIBILITÉ

          Moins de 10 000 hab.
          Binic (22). La commune a créé une « chaîne d'accessibilité » qui relie ses équipements.

          Plus de 10 000 hab.
          Chambéry (73). La ville a rendu accessible son centre d'interprétation du patrimoine.
        `,
        expect: [
          {
            tier: null,
            category: 'ACCESSIBILITÉ > Moins de 10 000 hab.',
            awardees: ['Binic'],
            project: "chaîne d'accessibilité",
          },
          {
            tier: null,
            category: 'ACCESSIBILITÉ > Plus de 10 000 hab.',
            awardees: ['Chambéry'],
            project: null,
          },
        ],
      },
    ],
    notOk: [{ text: 'Binic (22). La commune organise une journée portes ouvertes samedi.' }],
  },
};

function paragraphLaureate(layers: Layers, entry: ListedEntry): LaureateCandidate | null {
  const { text } = layers;
  const head = /^([^.()]{2,60}?\s*\([^()]{1,40}\))\./u.exec(text.slice(entry.first.start, entry.first.end));
  if (!head?.[1]) return null;
  const item = listItem(text, { start: entry.first.start, end: entry.first.start + head[1].length });
  if (!item) return null;
  const end = entry.more.at(-1)?.end ?? entry.first.end;
  const title: Span | null = titleIn(layers, { start: entry.first.start, end });
  const tier = entry.section.tier;
  const category = categoryOf(text, entry.section.category);
  const evidence: Laureate['evidence'] = {};
  if (tier) evidence.tier = tier.label;
  if (category) evidence.category = category.evidence;
  if (category?.parents.length) evidence.categoryParents = category.parents;
  if (title) evidence.project = title;
  return {
    rule: ID,
    tier: tier?.tier ?? null,
    tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)).replace(/\s*:$/, '') : null,
    category: category?.value ?? null,
    awardees: [{ name: clean(text.slice(item.name.start, item.name.end)), span: item.name }],
    project: title ? clean(text.slice(title.start, title.end)) : null,
    span: { start: item.name.start, end: title?.end ?? item.locator?.end ?? item.name.end },
    evidence,
    statedYear: null,
  };
}
