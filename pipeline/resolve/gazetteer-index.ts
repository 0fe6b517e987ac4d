import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { buildGazetteer, placeNameSets } from './gazetteer-build.js';

/**
 * The gazetteer's indexes, prebuilt by `npm run build` (scripts/write-gazetteer-index.mjs) beside the
 * compiled modules: v8's serialisation keeps the Maps and the places they share, so loading is one
 * read with nothing to rebuild. The files are generated, never committed, and name the version of the
 * data they were built from: another version installed since is built afresh rather than misread.
 */
export const GAZETTEER_INDEX = new URL('./gazetteer-index.v8', import.meta.url);
/** The place names alone (placeKinds), a tenth of the index, for a run that resolves nothing. */
export const PLACE_NAMES_INDEX = new URL('./place-names.v8', import.meta.url);

function dataVersion(): string {
  const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

/**
 * The prebuilt value at `url`, or undefined when there is none, it was built from other data, or it
 * cannot be read (a build cut short, a serialisation of a newer Node): the caller builds it instead.
 */
export function readIndex<T>(url: URL): T | undefined {
  let index: { dataVersion: string; value: T };
  try {
    index = deserialize(readFileSync(url)) as typeof index;
  } catch {
    return undefined;
  }
  return index.dataVersion === dataVersion() ? index.value : undefined;
}

/** Builds the indexes from the package's files and writes them; returns the paths written. */
export function writeGazetteerIndex(): string[] {
  const version = dataVersion();
  const gazetteer = buildGazetteer();
  const files: Array<[URL, unknown]> = [
    [GAZETTEER_INDEX, gazetteer],
    [PLACE_NAMES_INDEX, placeNameSets(gazetteer)],
  ];
  return files.map(([url, value]) => {
    writeFileSync(url, serialize({ dataVersion: version, value }));
    return fileURLToPath(url);
  });
}
