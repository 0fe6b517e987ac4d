import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, placeNameSets } from '../../pipeline/resolve/gazetteer-build.js';
import { readIndex } from '../../pipeline/resolve/gazetteer-index.js';

const DIST = join(import.meta.dirname, '..', '..', 'dist', 'pipeline', 'resolve');
const built = buildGazetteer();

describe('the prebuilt gazetteer index', () => {
  // The build (and the test setup) writes it into dist/ from the installed data: it must be what the
  // sources build in memory, Maps, places and the lists the places share alike.
  it.each([
    ['gazetteer-index.v8', built],
    ['place-names.v8', placeNameSets(built)],
  ])('%s in dist/ holds what the sources build', (file, expected) => {
    const path = join(DIST, file);
    expect(existsSync(path), `${path}: run npm run build`).toBe(true);
    const { value } = deserialize(readFileSync(path)) as { value: unknown };
    expect(value).toStrictEqual(expected);
  });

  it('keeps the places shared between the indexes, as the in-memory build does', () => {
    const g = readIndex<typeof built>(pathToFileURL(join(DIST, 'gazetteer-index.v8')));
    const brest = g?.codes.commune.get('29019');
    expect(brest).toBeDefined();
    expect(g?.communesByKey.get('brest')).toContain(brest);
  });

  it('is ignored when it was built from another version of the data, is damaged or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-index-'));
    try {
      const stale = join(dir, 'stale.v8');
      writeFileSync(stale, serialize({ dataVersion: '0.0.0', value: 'stale' }));
      expect(readIndex(pathToFileURL(stale))).toBeUndefined();
      const cut = join(dir, 'cut.v8');
      writeFileSync(cut, readFileSync(join(DIST, 'place-names.v8')).subarray(0, 1000));
      expect(readIndex(pathToFileURL(cut))).toBeUndefined();
      expect(readIndex(pathToFileURL(join(dir, 'missing.v8')))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
