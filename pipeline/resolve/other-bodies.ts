import { CONNECTORS, RIVER_WORDS } from '../lexicon/resolution.js';
import { gazetteer, regionsOf } from './gazetteer.js';
import { dropLeadingArticle, foldName } from './normalise.js';
import type { ParsedName, Resolution } from './schema.js';

const PREPOSITIONS = new Set(Object.keys(CONNECTORS).map((c) => foldName(c).split(' ')[0]));
const RIVERS = new Set(RIVER_WORDS.map(foldName));

/**
 * The département (or région) a body's name ends with: "… de l'Oise", "… de Haute Garonne",
 * "… du tourisme 35". Only the last place counts, and not a river's ("… du bassin de la Vienne").
 */
function trailingPlace(words: readonly string[]): string[] {
  const g = gazetteer();
  const numbered = g.codes.departement.get((words.at(-1) ?? '').toUpperCase());
  if (numbered) return [numbered.code];
  for (let i = words.length - 2; i > 0; i--) {
    if (!PREPOSITIONS.has(words[i])) continue;
    if (RIVERS.has(words[i - 1] ?? '')) return [];
    const key = dropLeadingArticle(words.slice(i + 1)).join(' ');
    const named = g.departementsByKey.get(key) ?? g.regionsByKey.get(key) ?? [];
    return named.length === 1 ? [...(named[0]?.departements ?? [])] : [];
  }
  return [];
}

/** A syndicate, an agency, a State service…: classified, without a code, with the place it names. */
export function otherBody(parsed: ParsedName): Resolution {
  const departements = trailingPlace(parsed.fullKey.split(' '));
  return {
    kind: 'other-public-body',
    code: null,
    officialName: null,
    departements,
    regions: regionsOf(departements),
    match: 'none',
  };
}
