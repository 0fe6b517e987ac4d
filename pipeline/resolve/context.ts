import { findAlias } from './aliases.js';
import { gazetteer } from './gazetteer.js';
import { parseName } from './normalise.js';
import type { Place, PlaceKind, ResolveContext } from './schema.js';

/** The départements a value stands for, read as a code, a name, or a reviewed alias ("Sud PACA"). */
function departementsNamed(value: string, as: Extract<PlaceKind, 'departement' | 'region'>): string[] {
  const g = gazetteer();
  const byCode = g.codes[as].get(value.trim().toUpperCase());
  if (byCode) return byCode.departements;
  // Read with its body type, so that "Bretagne" is the région and not the communes of that name.
  const parsed = parseName(`${as === 'region' ? 'Région' : 'Département'} ${value}`);
  const named = (as === 'region' ? g.regionsByKey : g.departementsByKey).get(parsed.key);
  if (named?.length === 1) return (named[0] as Place).departements;
  const alias = findAlias(parsed);
  if (alias?.kind !== as || !alias.code) return [];
  return alias.departements ?? g.codes[as].get(alias.code)?.departements ?? [];
}

/**
 * The départements a name's context points to: those given, those of the régions given (as codes or
 * names), and the place a trailing parenthesis names ("Saint-Omer (62)").
 */
export function contextDepartements(context: ResolveContext | undefined, hint: string | null): Set<string> {
  const near = [
    ...(context?.departements ?? []).flatMap((d) => departementsNamed(d, 'departement')),
    ...(context?.regions ?? []).flatMap((r) => departementsNamed(r, 'region')),
  ];
  if (hint) {
    const hinted = departementsNamed(hint, 'departement');
    near.push(...(hinted.length ? hinted : departementsNamed(hint, 'region')));
  }
  return new Set(near);
}
