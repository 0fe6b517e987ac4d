import { regionsOf } from './gazetteer.js';
import { candidate } from './match.js';
import { type Candidate, PlaceKindSchema, type Resolution } from './schema.js';

/** The resolved bodies a resolution stands for: itself when it has a code, a group's members. */
function membersOf(r: Resolution): Candidate[] {
  if (r.code === null || r.officialName === null) return r.members ?? [];
  return [
    candidate({ ...r, kind: PlaceKindSchema.parse(r.kind), code: r.code, officialName: r.officialName }),
  ];
}

/**
 * Several bodies named together ("Ville de Rennes et Rennes Métropole", "les communes membres"): no
 * code of its own; the members that resolved, and the départements they cover.
 */
export function groupOf(parts: readonly Resolution[]): Resolution {
  const members = parts.flatMap(membersOf);
  const departements = [...new Set(parts.flatMap((p) => p.departements))].sort();
  return {
    kind: 'group',
    code: null,
    officialName: null,
    departements,
    regions: regionsOf(departements),
    match: 'none',
    members,
  };
}
