import { readGazetteerFiles } from './data-files.js';
import { communeKeys, dropLeadingArticle, foldName, parseName } from './normalise.js';
import type { Place, PlaceKind } from './schema.js';

/** What resolution asks of an index: the Map of a build in memory, or the prebuilt index (gazetteer-index.ts). */
export type PlaceLookup<V> = Pick<ReadonlyMap<string, V>, 'get' | 'has'>;
type Lookups<T> = { [K in keyof T]: T[K] extends Map<string, infer V> ? PlaceLookup<V> : Lookups<T[K]> };
export type Gazetteer = Lookups<ReturnType<typeof buildGazetteer>>;

/** Régions and départements by their whole name: "Pays de la Loire" is not a "Pays". */
function wholeKey(name: string): string {
  return dropLeadingArticle(foldName(name).split(' ')).join(' ');
}

function push(index: Map<string, Place[]>, key: string, place: Place): void {
  const list = index.get(key);
  if (!list) index.set(key, [place]);
  else if (!list.includes(place)) list.push(place);
}

export const sorted = (codes: Iterable<string>) => [...new Set(codes)].sort();

/** One list per code, shared by the 35,000 communes (resolutions copy it). */
function listsOfOne(): (code: string) => string[] {
  const lists = new Map<string, string[]>();
  return (code) => {
    const known = lists.get(code);
    if (known) return known;
    const list = [code];
    lists.set(code, list);
    return list;
  };
}

/** The gazetteer's indexes, built from the package's files (the prebuilt index holds their result). */
export function buildGazetteer() {
  const files = readGazetteerFiles();
  const codes: Record<PlaceKind, Map<string, Place>> = {
    commune: new Map(),
    epci: new Map(),
    departement: new Map(),
    region: new Map(),
  };
  const add = (place: Place) => codes[place.kind].set(place.code, place);

  const regionsByKey = new Map<string, Place[]>();
  for (const r of files.regions) {
    const departements = files.departements.filter((d) => d.region === r.code).map((d) => d.code);
    const place: Place = {
      kind: 'region',
      code: r.code,
      officialName: r.nom,
      departements: sorted(departements),
      regions: [r.code],
      chefLieu: r.chefLieu,
    };
    add(place);
    push(regionsByKey, wholeKey(r.nom), place);
  }

  const departementsByKey = new Map<string, Place[]>();
  for (const d of files.departements) {
    const place: Place = {
      kind: 'departement',
      code: d.code,
      officialName: d.nom,
      departements: [d.code],
      regions: [d.region],
      chefLieu: d.chefLieu,
    };
    add(place);
    push(departementsByKey, wholeKey(d.nom), place);
  }

  // Current communes by name, homonyms together; former communes (déléguées, associées) lead to the
  // commune they belong to now.
  const communesByKey = new Map<string, Place[]>();
  const formerCommunesByKey = new Map<string, Place[]>();
  const listOf = listsOfOne();
  for (const c of files.communes) {
    if (c.type !== 'commune-actuelle') continue;
    const place: Place = {
      kind: 'commune',
      code: c.code,
      officialName: c.nom,
      departements: listOf(c.departement),
      regions: listOf(c.region),
    };
    add(place);
    for (const key of communeKeys(c.nom)) push(communesByKey, key, place);
  }
  for (const c of files.communes) {
    if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
    const current = c.chefLieu ? codes.commune.get(c.chefLieu) : undefined;
    if (!current) continue;
    const own = communeKeys(current.officialName);
    for (const key of communeKeys(c.nom)) if (!own.includes(key)) push(formerCommunesByKey, key, current);
  }

  // EPCI have no seat in the data: their départements and régions are those of their members.
  const epciByKey = new Map<string, Place[]>();
  const epciByLooseKey = new Map<string, Place[]>();
  const epciByFullKey = new Map<string, Place[]>();
  for (const e of files.epci) {
    const members = e.membres.flatMap((m) => codes.commune.get(m.code) ?? []);
    const place: Place = {
      kind: 'epci',
      code: e.code,
      officialName: e.nom,
      departements: sorted(members.flatMap((m) => m.departements)),
      regions: sorted(members.flatMap((m) => m.regions)),
      epciType: e.type,
    };
    add(place);
    const parsed = parseName(e.nom);
    push(epciByKey, parsed.key, place);
    push(epciByLooseKey, parsed.looseKey, place);
    push(epciByFullKey, parsed.fullKey, place);
  }

  return {
    codes,
    communesByKey,
    formerCommunesByKey,
    epciByKey,
    epciByLooseKey,
    epciByFullKey,
    departementsByKey,
    regionsByKey,
  };
}
