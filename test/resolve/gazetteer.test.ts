import { describe, expect, it } from 'vitest';
import { readGazetteerFiles } from '../../pipeline/resolve/data-files.js';
import { buildGazetteer } from '../../pipeline/resolve/gazetteer-build.js';
import { resolveCity, resolveName } from '../../pipeline/resolve/index.js';

const PREFIX = { commune: 'Ville de ', epci: '', departement: 'Département ', region: 'Région ' } as const;

describe('the gazetteer', () => {
  // The Maps themselves, which resolution asks key by key (the prebuilt index answers the same: gazetteer-index.test.ts).
  const g = buildGazetteer();

  it('reads files whose every record fits the schemas (the load checks a sample)', () => {
    expect(() => readGazetteerFiles(1)).not.toThrow();
  });

  it('holds the 2026 communes, EPCI (with the EPT of Grand Paris), départements and régions', () => {
    expect({
      communes: g.codes.commune.size,
      epci: g.codes.epci.size,
      departements: g.codes.departement.size,
      regions: g.codes.region.size,
    }).toEqual({ communes: 34969, epci: 1266, departements: 109, regions: 26 });
  });

  it('gives every EPCI the départements and régions of its members, and no seat', () => {
    for (const epci of g.codes.epci.values()) {
      expect(epci.departements.length, epci.officialName).toBeGreaterThan(0);
      expect(epci.regions.length, epci.officialName).toBeGreaterThan(0);
      expect(epci.chefLieu).toBeUndefined();
    }
    expect(g.codes.epci.get('200054807')?.departements).toEqual(['13', '83', '84']);
  });

  it('finds every body by its official name, exactly, or among its homonyms', () => {
    for (const kind of ['commune', 'epci', 'departement', 'region'] as const)
      for (const place of g.codes[kind].values()) {
        const r = resolveName(`${PREFIX[kind]}${place.officialName}`);
        if (r.code !== null) expect([r.code, r.match], place.officialName).toEqual([place.code, 'exact']);
        else
          expect(
            r.candidates?.map((c) => c.code),
            place.officialName,
          ).toContain(place.code);
      }
  });

  it('never settles a commune name that several communes share', () => {
    let shared = 0;
    for (const [key, places] of g.communesByKey) {
      if (places.length < 2) continue;
      shared++;
      const r = resolveCity(key);
      expect(r.code, key).toBeNull();
      expect(r.candidates?.length, key).toBeGreaterThanOrEqual(places.length);
    }
    expect(shared).toBeGreaterThan(1400);
  });
});
