import { epciFitsType, kindOfType } from './body-types.js';
import { gazetteer } from './gazetteer.js';
import type { Gazetteer } from './gazetteer-build.js';
import { foldName } from './normalise.js';
import {
  type BodyType,
  type Candidate,
  type Hit,
  type Match,
  type ParsedName,
  type Place,
  PlaceKindSchema,
  type Resolution,
} from './schema.js';

export function resolved({ place, match }: Hit): Resolution {
  const seat =
    place.kind === 'departement' || place.kind === 'region' ? { chefLieu: place.chefLieu ?? null } : {};
  return {
    kind: place.kind,
    code: place.code,
    officialName: place.officialName,
    // Copies: the gazetteer's lists are shared by every resolution.
    departements: [...place.departements],
    regions: [...place.regions],
    ...seat,
    match,
  };
}

export function candidate(place: Pick<Place, 'kind' | 'code' | 'officialName' | 'departements'>): Candidate {
  return {
    kind: PlaceKindSchema.parse(place.kind),
    code: place.code,
    officialName: place.officialName,
    departements: [...place.departements],
  };
}

const hits = (places: readonly Place[] | undefined, match: Match): Hit[] =>
  (places ?? []).map((place) => ({ place, match }));

/**
 * Decides between the bodies a name matched. One body: resolved. Several: the context must leave
 * exactly one, else they are reported as candidates without a code. `needsContext` is for looser
 * matches, which only count when the context confirms them.
 */
export function pick(
  found: readonly Hit[],
  near: ReadonlySet<string>,
  needsContext = false,
): Resolution | null {
  const unique = found.filter(
    (h, i) => found.findIndex((o) => o.place.kind === h.place.kind && o.place.code === h.place.code) === i,
  );
  const inContext = unique.filter((h) => h.place.departements.some((d) => near.has(d)));
  const [only] = unique.length === 1 && !needsContext ? unique : inContext.length === 1 ? inContext : [];
  if (only) return resolved(only);
  if (needsContext || unique.length === 0) return null;
  const shown = inContext.length > 1 ? inContext : unique;
  const kinds = new Set(shown.map((h) => h.place.kind));
  return {
    kind: kinds.size === 1 ? (shown[0] as Hit).place.kind : 'unknown',
    code: null,
    officialName: null,
    departements: [],
    regions: [],
    match: 'none',
    candidates: shown.map((h) => candidate(h.place)),
  };
}

/**
 * Current communes of that name, and former ones (communes déléguées) leading to today's commune. A
 * parenthesis that is part of the name ("Château-Chinon (Ville)") is tried first.
 */
export function communeHits(key: string, hint: string | null = null): Hit[] {
  const g = gazetteer();
  const find = (k: string) => [
    ...hits(g.communesByKey.get(k), 'exact'),
    ...hits(g.formerCommunesByKey.get(k), 'historical'),
  ];
  const literal = hint ? find(`${key} ${foldName(hint)}`) : [];
  return literal.length ? literal : find(key);
}

function epciHits(index: Gazetteer['epciByKey'], key: string, type: BodyType, match: Match): Hit[] {
  return hits(
    index.get(key)?.filter((p) => epciFitsType(p, type)),
    match,
  );
}

/** A name with a body type: only bodies of that kind, and for an EPCI of that category, can match. */
export function matchTyped(parsed: ParsedName, type: BodyType, near: ReadonlySet<string>): Resolution | null {
  const g = gazetteer();
  if (!parsed.key) return null;
  switch (kindOfType(type)) {
    case 'commune':
      // "Ville d'Avray" may be the commune Ville-d'Avray, written without its hyphen.
      return (
        pick(communeHits(parsed.communeKey, parsed.hint), near) ?? pick(communeHits(parsed.fullKey), near)
      );
    case 'epci':
      return (
        pick(epciHits(g.epciByKey, parsed.key, type, 'exact'), near) ??
        pick(epciHits(g.epciByLooseKey, parsed.looseKey, type, 'alias'), near)
      );
    case 'departement': {
      const byCode = g.codes.departement.get(parsed.key.toUpperCase());
      return pick(hits(byCode ? [byCode] : g.departementsByKey.get(parsed.key), 'exact'), near);
    }
    case 'region':
      return pick(hits(g.regionsByKey.get(parsed.key), 'exact'), near);
    default:
      return null;
  }
}

/**
 * A name without a body type: any body whose whole name it is, homonyms of every kind together
 * ("Paris" is a commune and a département). Then an EPCI whose name it is once the type label is
 * dropped ("Grand Cahors"). Looser spellings only where the context confirms them.
 */
export function matchBare(parsed: ParsedName, near: ReadonlySet<string>): Resolution | null {
  const g = gazetteer();
  if (!parsed.key) return null;
  return (
    pick(
      [
        ...communeHits(parsed.communeKey, parsed.hint),
        ...hits(g.epciByFullKey.get(parsed.fullKey), 'exact'),
        ...hits(g.departementsByKey.get(parsed.key), 'exact'),
        ...hits(g.regionsByKey.get(parsed.key), 'exact'),
      ],
      near,
    ) ??
    pick(hits(g.epciByKey.get(parsed.key), 'exact'), near) ??
    pick(hits(g.epciByLooseKey.get(parsed.looseKey), 'alias'), near, true)
  );
}

/** A département or région whose official name is the whole name, type words included. */
export function matchWholeName(parsed: ParsedName): Resolution | null {
  const g = gazetteer();
  const found = [
    ...hits(g.departementsByKey.get(parsed.fullKey), 'exact'),
    ...hits(g.regionsByKey.get(parsed.fullKey), 'exact'),
  ];
  return found.length === 1 ? resolved(found[0] as Hit) : null;
}
