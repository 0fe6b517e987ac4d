import { GROUP_SEPARATORS } from '../lexicon/resolution.js';
import { aliasResolution, findAlias } from './aliases.js';
import { kindOfType } from './body-types.js';
import { contextDepartements } from './context.js';
import { groupOf } from './groups.js';
import { communeHits, matchBare, matchTyped, matchWholeName, pick } from './match.js';
import { acrossDocuments } from './memo.js';
import { parseName, sharedTypeNames } from './normalise.js';
import { otherBody } from './other-bodies.js';
import type { ParsedName, Resolution, ResolveContext } from './schema.js';

// The same bodies come back document after document (and several times in one): each name is
// resolved once per process, and callers get copies they may change.
const answers = acrossDocuments<Resolution>(20_000);

function remembered(key: string, resolve: () => Resolution): Resolution {
  return copy(answers(key, resolve));
}

const copyPlace = <T extends { departements: string[] }>(p: T): T => ({
  ...p,
  departements: [...p.departements],
});

function copy(r: Resolution): Resolution {
  return {
    ...r,
    departements: [...r.departements],
    regions: [...r.regions],
    ...(r.candidates ? { candidates: r.candidates.map(copyPlace) } : {}),
    ...(r.members ? { members: r.members.map(copyPlace) } : {}),
  };
}

/** Nothing settled: a body type still tells the kind. */
function unresolved(type: ParsedName['type']): Resolution {
  return {
    kind: type ? kindOfType(type) : 'unknown',
    code: null,
    officialName: null,
    departements: [],
    regions: [],
    match: 'none',
  };
}

/** "Ville de Rennes et Rennes Métropole": a group when every part names a body on its own. */
function splitGroup(name: string, context: ResolveContext | undefined): Resolution | null {
  const parts = name
    .split(GROUP_SEPARATORS)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const resolutions = parts.map((p) => resolveName(p, context));
  return resolutions.some((r) => r.kind === 'unknown') ? null : groupOf(resolutions);
}

/**
 * Resolves an awardee's name against the gazetteer, precision first: a code only when the name, its
 * body type and its context leave a single body. In order: reviewed aliases; bodies the gazetteer does
 * not hold (syndicates, offices…) and groups, classified without a code; bodies of the kind the name's
 * body type announces; for a name without one, bodies whose whole name it is.
 *
 * `context` gives départements and régions (codes or names) where the name was read; they settle
 * homonyms, never override a single match.
 */
export function resolveName(name: string, context?: ResolveContext): Resolution {
  return remembered(`${name}\u0000${context ? JSON.stringify(context) : ''}`, () =>
    resolveAnew(name, context),
  );
}

function resolveAnew(name: string, context?: ResolveContext): Resolution {
  const parsed = parseName(name);
  const alias = findAlias(parsed);
  if (alias) return aliasResolution(alias);
  const shared = sharedTypeNames(name);
  if (shared) return groupOf(shared.map((n) => resolveName(n, context)));
  // "Pays de la Loire" is a région before it is a "Pays": a whole official name wins over a type word.
  if (parsed.type === 'other') return matchWholeName(parsed) ?? otherBody(parsed);
  if (parsed.type === 'group') return groupOf([]);
  const near = contextDepartements(context, parsed.hint);
  const found = parsed.type ? matchTyped(parsed, parsed.type, near) : matchBare(parsed, near);
  return found ?? splitGroup(name, context) ?? unresolved(parsed.type);
}

/** Resolves an event city: communes only, homonyms settled by the context (the event's région). */
export function resolveCity(name: string, context?: ResolveContext): Resolution {
  return remembered(`city\u0000${name}\u0000${context ? JSON.stringify(context) : ''}`, () =>
    cityAnew(name, context),
  );
}

function cityAnew(name: string, context?: ResolveContext): Resolution {
  const parsed = parseName(name);
  const near = contextDepartements(context, parsed.hint);
  // "Ville de Dax" is Dax; "Ville", "La Chambre" and "Le Syndicat" are communes too.
  const keys = parsed.type === 'commune' ? [parsed.communeKey, parsed.fullKey] : [parsed.fullKey];
  for (const key of keys.filter(Boolean)) {
    const found = pick(communeHits(key, parsed.hint), near);
    if (found) return found;
  }
  return unresolved(null);
}

/**
 * Resolves the awardees of one laureate together: the départements of those that resolved are context
 * for the homonyms among the others ("Communauté d'Agglomération Bergeracoise, Mairie de Lunas": the
 * Lunas of the Dordogne, not the Hérault's).
 */
export function resolveAwardees(names: readonly string[], context?: ResolveContext): Resolution[] {
  const first = names.map((n) => resolveName(n, context));
  return first.map((r, i) => {
    if (!r.candidates) return r;
    const siblings = first.filter((o, j) => j !== i && o.code !== null).flatMap((o) => o.departements);
    if (siblings.length === 0) return r;
    const departements = [...(context?.departements ?? []), ...siblings];
    return resolveName(names[i] ?? '', { ...context, departements });
  });
}
