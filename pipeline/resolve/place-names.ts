import { gazetteer } from './gazetteer.js';
import { acrossDocuments } from './memo.js';
import { dropLeadingArticle, foldName } from './normalise.js';
import type { PlaceKind } from './schema.js';

/**
 * The kinds of gazetteer place a bare name is the whole name of: a commune (current or former), an
 * EPCI, a département or a région. Accents, case, hyphens and "St" aside; a leading article counts for
 * communes ("Le Mans") and not for the others. Extraction asks it whether "Bron" or "Taissy" names a
 * place; the prebuilt index answers without unpacking a place.
 */
export function placeKinds(name: string): readonly PlaceKind[] {
  return asked(name, lookUp);
}

// Extraction asks about the same words many times per document (each heading, list item and name).
const asked = acrossDocuments<readonly PlaceKind[]>(10_000);

function lookUp(name: string): PlaceKind[] {
  const g = gazetteer();
  const key = foldName(name);
  if (!key) return [];
  const bare = dropLeadingArticle(key.split(' ')).join(' ');
  const kinds: PlaceKind[] = [];
  if (g.communesByKey.has(key) || g.formerCommunesByKey.has(key)) kinds.push('commune');
  if (g.epciByFullKey.has(key)) kinds.push('epci');
  if (g.departementsByKey.has(bare)) kinds.push('departement');
  if (g.regionsByKey.has(bare)) kinds.push('region');
  return kinds;
}
