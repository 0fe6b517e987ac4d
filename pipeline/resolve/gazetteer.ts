import { buildGazetteer, type Gazetteer, sorted } from './gazetteer-build.js';
import { openGazetteerIndex } from './gazetteer-index.js';

/**
 * The gazetteer, opened on first use and kept: importing this module reads nothing. A build writes its
 * indexes ahead of time (gazetteer-index.ts), which open without parsing the package's 12 MB of JSON
 * or unpacking the places no lookup asks for; without that file (the sources run as they are, or
 * another version of the data) they are built here.
 */
let loaded: Gazetteer | undefined;

export function isLoaded(): boolean {
  return loaded !== undefined;
}

export function gazetteer(): Gazetteer {
  loaded ??= openGazetteerIndex() ?? buildGazetteer();
  return loaded;
}

/** The regions of a set of départements, for bodies known by their départements only. */
export function regionsOf(departements: readonly string[]): string[] {
  const byCode = gazetteer().codes.departement;
  return sorted(departements.flatMap((d) => byCode.get(d)?.regions ?? []));
}
