import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { buildGazetteer, type Gazetteer, type PlaceLookup } from './gazetteer-build.js';
import type { Place } from './schema.js';

/**
 * The gazetteer's indexes, prebuilt by `npm run build` (scripts/write-gazetteer-index.mjs) beside the
 * compiled modules and packed so that opening them unpacks nothing: each index is its sorted keys in
 * one string, searched by bisection, and each place a JSON text parsed the first time a lookup returns
 * it. A cold run pays for the few names its document asks, not for the 35,000 communes. The file is
 * generated, never committed, and names the version of the data it was built from: another version
 * installed since is built afresh rather than misread.
 */
export const GAZETTEER_INDEX = new URL('./gazetteer-index.v8', import.meta.url);

/** One index: key i is keys[keyEnds[i-1]..keyEnds[i]), its places refs[refEnds[i-1]..refEnds[i]). */
interface Table {
  keys: string;
  keyEnds: Uint32Array;
  refs: Uint32Array;
  refEnds: Uint32Array;
  /** A Map of one place per key (by code), not of lists. */
  single: boolean;
}

/** The gazetteer's shape, every Map a Table; places[placeEnds[n-1]..placeEnds[n]) is place n's JSON. */
interface Packed {
  dataVersion: string;
  places: string;
  placeEnds: Uint32Array;
  tables: unknown;
}

function dataVersion(): string {
  const path = createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/package.json');
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The packed form of a gazetteer built in memory; its places are numbered in the order first met. */
export function packGazetteer(g: Gazetteer, version: string): Buffer {
  const numbers = new Map<Place, number>();
  const places: string[] = [];
  const number = (place: Place) => {
    let n = numbers.get(place);
    if (n === undefined) {
      n = places.length;
      numbers.set(place, n);
      places.push(JSON.stringify(place));
    }
    return n;
  };
  const pack = (value: unknown): unknown => {
    if (!(value instanceof Map)) {
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, pack(v)]));
    }
    const entries = [...(value as Map<string, Place | Place[]>)].sort(([a], [b]) => byCodeUnit(a, b));
    const lists = entries.map(([, v]) => (Array.isArray(v) ? v : [v]).map(number));
    return {
      keys: entries.map(([k]) => k).join(''),
      keyEnds: ends(entries.map(([k]) => k.length)),
      refs: Uint32Array.from(lists.flat()),
      refEnds: ends(lists.map((l) => l.length)),
      single: entries.every(([, v]) => !Array.isArray(v)),
    } satisfies Table;
  };
  const tables = pack(g);
  const packed: Packed = {
    dataVersion: version,
    places: places.join(''),
    placeEnds: ends(places.map((p) => p.length)),
    tables,
  };
  return serialize(packed);
}

function ends(lengths: number[]): Uint32Array {
  let end = 0;
  return Uint32Array.from(lengths, (length) => {
    end += length;
    return end;
  });
}

/**
 * The prebuilt gazetteer at `url`, or undefined when there is none, it was built from other data, or
 * it cannot be read (a build cut short, a serialisation of a newer Node): the caller builds it instead.
 */
export function openGazetteerIndex(url: URL = GAZETTEER_INDEX): Gazetteer | undefined {
  let packed: Packed;
  try {
    packed = deserialize(readFileSync(url)) as Packed;
  } catch {
    return undefined;
  }
  if (packed.dataVersion !== dataVersion()) return undefined;
  // One object per place, whichever index leads to it, as in the gazetteer built in memory.
  const parsed: Place[] = [];
  const place = (n: number): Place => {
    parsed[n] ??= JSON.parse(packed.places.slice(packed.placeEnds[n - 1] ?? 0, packed.placeEnds[n]));
    return parsed[n] as Place;
  };
  const open = (value: unknown): unknown => {
    const table = value as Table;
    if (!(table.keyEnds instanceof Uint32Array)) {
      return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, open(v)]));
    }
    return lookup(table, place);
  };
  return open(packed.tables) as Gazetteer;
}

/** An index looked up in place; each key's answer is kept, so a warm lookup is a Map's. */
function lookup(table: Table, place: (n: number) => Place): PlaceLookup<Place | Place[]> {
  const { keys, keyEnds, refs, refEnds, single } = table;
  const found = new Map<string, Place | Place[] | undefined>();
  const at = (key: string): number => {
    let [lo, hi] = [0, keyEnds.length - 1];
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = byCodeUnit(keys.slice(keyEnds[mid - 1] ?? 0, keyEnds[mid]), key);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  };
  const get = (key: string) => {
    if (found.has(key)) return found.get(key);
    const i = at(key);
    const places = i < 0 ? undefined : [...refs.subarray(refEnds[i - 1] ?? 0, refEnds[i])].map(place);
    const answer = single ? places?.[0] : places;
    found.set(key, answer);
    return answer;
  };
  return { get, has: (key) => (found.has(key) ? found.get(key) !== undefined : at(key) >= 0) };
}

/** Builds the gazetteer from the package's files and writes its index; returns the path written. */
export function writeGazetteerIndex(): string {
  writeFileSync(GAZETTEER_INDEX, packGazetteer(buildGazetteer(), dataVersion()));
  return fileURLToPath(GAZETTEER_INDEX);
}
