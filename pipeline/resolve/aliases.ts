import * as z from 'zod';
import ALIASES from './aliases.json' with { type: 'json' };
import { typeFitsKind } from './body-types.js';
import { gazetteer, regionsOf } from './gazetteer.js';
import { candidate, resolved } from './match.js';
import { parseName } from './normalise.js';
import {
  type Alias,
  AliasSchema,
  type ParsedName,
  type Place,
  type PlaceKind,
  type Resolution,
} from './schema.js';

/**
 * Reviewed aliases (aliases.json): historical names, merged bodies, usual spellings the gazetteer does
 * not carry, and bodies it does not hold. Each entry says where it leads and on what evidence.
 */
let index: ReturnType<typeof buildIndex> | undefined;

function buildIndex() {
  const byKey = new Map<string, Array<{ alias: Alias; type: ParsedName['type'] }>>();
  for (const alias of z.array(AliasSchema).parse(ALIASES)) {
    const { key, type } = parseName(alias.name);
    byKey.set(key, [...(byKey.get(key) ?? []), { alias, type }]);
  }
  return byKey;
}

/** The entries, checked and keyed like the names they answer; built once, on first use. */
export function aliasIndex(): ReturnType<typeof buildIndex> {
  index ??= buildIndex();
  return index;
}

/**
 * The alias a name stands for: the same words, and a body type that agrees. An entry written with a
 * body type ("Communauté urbaine de Bordeaux") only answers that type, so that "Bordeaux" stays the
 * commune; one written without answers any type that fits its kind ("Grand Lyon", "Communauté
 * urbaine du Grand Lyon").
 */
export function findAlias(parsed: ParsedName): Alias | undefined {
  const entries = aliasIndex().get(parsed.key) ?? [];
  const entry =
    entries.find((e) => e.type !== null && e.type === parsed.type) ??
    entries.find((e) => e.type === null && typeFitsKind(parsed.type, e.alias.kind));
  return entry?.alias;
}

function placeOf(kind: PlaceKind, code: string): Place {
  const place = gazetteer().codes[kind].get(code);
  if (!place) throw new Error(`aliases.json: no ${kind} ${code} in the gazetteer`);
  return place;
}

/** What an alias resolves to: the gazetteer's body, with the former extent where the entry gives one. */
export function aliasResolution(alias: Alias): Resolution {
  const departements = alias.departements ?? [];
  const none = { code: null, officialName: null, match: 'none' } as const;
  switch (alias.kind) {
    case 'group': {
      const members = (alias.members ?? []).map((m) => candidate(placeOf(m.kind, m.code)));
      const covered = [...new Set(members.flatMap((m) => m.departements))].sort();
      return { ...none, kind: 'group', departements: covered, regions: regionsOf(covered), members };
    }
    case 'other-public-body':
      return { ...none, kind: alias.kind, departements, regions: regionsOf(departements) };
    default: {
      const found = resolved({ place: placeOf(alias.kind, alias.code ?? ''), match: alias.match ?? 'alias' });
      return alias.departements ? { ...found, departements, regions: regionsOf(departements) } : found;
    }
  }
}
