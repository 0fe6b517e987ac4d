import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../pipeline/resolve/gazetteer-build.js';
import { openGazetteerIndex, packGazetteer } from '../../pipeline/resolve/gazetteer-index.js';

const INDEX = join(import.meta.dirname, '..', '..', 'dist', 'pipeline', 'resolve', 'gazetteer-index.v8');
const built = buildGazetteer();
const version = (deserialize(readFileSync(INDEX)) as { dataVersion: string }).dataVersion;
const opened = () => openGazetteerIndex(pathToFileURL(INDEX));

/** Every Map of the gazetteer built in memory, by its path ("codes.commune", "communesByKey"). */
function maps(value: object, path: string[] = []): Array<[string, Map<string, unknown>]> {
  return Object.entries(value).flatMap(([k, v]) =>
    v instanceof Map
      ? [[[...path, k].join('.'), v] as [string, Map<string, unknown>]]
      : maps(v, [...path, k]),
  );
}

describe('the prebuilt gazetteer index', () => {
  // The build (and the test setup) writes it into dist/ from the installed data.
  it('in dist/ is what the sources pack', () => {
    expect(existsSync(INDEX), `${INDEX}: run npm run build`).toBe(true);
    expect(readFileSync(INDEX).equals(packGazetteer(built, version))).toBe(true);
  });

  it.each(maps(built))('answers %s as the in-memory build does, key by key', (path, map) => {
    let index: unknown = opened();
    for (const k of path.split('.')) index = (index as Record<string, unknown>)[k];
    const lookup = index as Map<string, unknown>;
    for (const [key, places] of map) {
      expect(lookup.has(key)).toBe(true);
      expect(lookup.get(key)).toStrictEqual(places);
    }
    // Also keys before the first, past the last and between two.
    for (const absent of ['', 'zzz', 'brest brest', '\u{10ffff}']) {
      expect(lookup.has(absent)).toBe(map.has(absent));
      expect(lookup.get(absent)).toStrictEqual(map.get(absent));
    }
  });

  it('keeps one object per place, whichever index leads to it', () => {
    const g = opened();
    const brest = g?.codes.commune.get('29019');
    expect(brest).toBeDefined();
    expect(g?.communesByKey.get('brest')).toContain(brest);
  });

  it('is ignored when it was built from another version of the data, is damaged or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-index-'));
    try {
      const stale = join(dir, 'stale.v8');
      writeFileSync(stale, packGazetteer(built, '0.0.0'));
      expect(openGazetteerIndex(pathToFileURL(stale))).toBeUndefined();
      const cut = join(dir, 'cut.v8');
      writeFileSync(cut, readFileSync(INDEX).subarray(0, 1000));
      expect(openGazetteerIndex(pathToFileURL(cut))).toBeUndefined();
      expect(openGazetteerIndex(pathToFileURL(join(dir, 'missing.v8')))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
