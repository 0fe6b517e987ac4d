import type { Span } from '../../../parsers/doc.js';
import { categoryOf } from '../../grammar/labels.js';
import { bodyTypeLength } from '../../grammar/names.js';
import type { ListedEntry } from '../../layers/sections.js';
import { placeKinds } from '../../resolve/index.js';
import type { Laureate } from '../../schema.js';
import { clean, tighten } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';

const ID = 'laureate/title-at-place';

/** "… Saint-Denis-d'Oléron (17)", "… Sézanne(51) …": a place and its département number. */
const PLACE_CODE =
  /((?:\p{Lu}[\p{L}'’-]*)(?:[\s-]+(?:(?:de|du|des|la|le|les|sur|sous|en|lès|l['’]|d['’])[\s-]+)?\p{Lu}[\p{L}'’-]*)*)\s*\((\d{2,3}|2[AB])\)/u;

/**
 * "Médaille d'or : Le jardin du phare de Chassiron à Saint-Denis-d'Oléron (17)": after a tier, a title
 * that names where it is, the place given with its département number. The place is the laureate;
 * "à Place (dd)" closing the title is not part of it.
 */
export const titleAtPlace: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'after a tier marker, a title ending "à Commune (dd)" or naming "Commune (dd)" inside it',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const entry of layers.sections.entries) {
      if (entry.kind !== 'marker') continue;
      const laureate = placedTitle(layers.text, entry);
      if (laureate) out.push(laureate);
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: `
          Catégorie communes de moins de 2 000 habitants
          Médaille d'or : Le verger conservatoire à Saint-Pierre-d'Oléron (17)
          Médaille d'argent : Le jardin de la mairie de Massongy (74)
        `,
        expect: [
          {
            tier: 'gold',
            category: 'communes de moins de 2 000 habitants',
            awardees: ["Saint-Pierre-d'Oléron"],
            project: 'Le verger conservatoire',
          },
          {
            tier: 'silver',
            category: 'communes de moins de 2 000 habitants',
            awardees: ['Massongy'],
            project: 'Le jardin de la mairie de Massongy',
          },
        ],
      },
    ],
    notOk: [{ text: "La médaille d'or du concours sera remise en juin à Massongy (74)." }],
  },
};

function placedTitle(text: string, entry: ListedEntry): LaureateCandidate | null {
  const rest = entry.first;
  if (bodyTypeLength(text, rest.start)) return null;
  const m = PLACE_CODE.exec(text.slice(rest.start, rest.end));
  if (!m?.[1]) return null;
  const name = { start: rest.start + m.index, end: rest.start + m.index + m[1].length };
  if (name.start === rest.start || !placeKinds(m[1]).includes('commune')) return null;
  const codeEnd = rest.start + m.index + m[0].length;
  const before = text.slice(rest.start, name.start);
  const closing = !text.slice(codeEnd, rest.end).trim();
  const at = /\s+(?:à|a)\s+$/u.exec(before);
  const project: Span =
    closing && at
      ? tighten(text, rest.start, rest.start + at.index)
      : closing
        ? tighten(text, rest.start, name.end)
        : rest;
  const tier = entry.section.tier;
  const category = categoryOf(text, entry.section.category);
  const evidence: Laureate['evidence'] = { project };
  if (tier) evidence.tier = tier.label;
  if (category) evidence.category = category.evidence;
  if (category?.parents.length) evidence.categoryParents = category.parents;
  return {
    rule: ID,
    tier: tier?.tier ?? null,
    tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)).replace(/\s*:$/, '') : null,
    category: category?.value ?? null,
    awardees: [{ name: clean(text.slice(name.start, name.end)), span: name }],
    project: clean(text.slice(project.start, project.end)),
    span: rest,
    evidence,
    statedYear: null,
  };
}
