import { buildGazetteer, type Gazetteer, sorted } from './gazetteer-build.js';
import { GAZETTEER_INDEX, readIndex } from './gazetteer-index.js';

/**
 * The gazetteer, loaded on first use and kept: importing this module reads nothing. A build writes its
 * indexes ahead of time (gazetteer-index.ts), which load in a tenth of the time it takes to parse the
 * package's 12 MB of JSON and index them; without that file (the sources run as they are, or another
 * version of the data) they are built here.
 */
let loaded: Gazetteer | undefined;

export function isLoaded(): boolean {
  return loaded !== undefined;
}

export function gazetteer(): Gazetteer {
  loaded ??= readIndex<Gazetteer>(GAZETTEER_INDEX) ?? buildGazetteer();
  return loaded;
}

/** The regions of a set of départements, for bodies known by their départements only. */
export function regionsOf(departements: readonly string[]): string[] {
  const byCode = gazetteer().codes.departement;
  return sorted(departements.flatMap((d) => byCode.get(d)?.regions ?? []));
}
