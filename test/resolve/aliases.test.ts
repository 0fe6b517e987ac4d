import { describe, expect, it } from 'vitest';
import { aliasIndex } from '../../pipeline/resolve/aliases.js';
import { gazetteer } from '../../pipeline/resolve/gazetteer.js';
import { PlaceKindSchema, resolveName } from '../../pipeline/resolve/index.js';
import { foldName } from '../../pipeline/resolve/normalise.js';

const entries = [...aliasIndex().values()].flat();

describe('reviewed aliases', () => {
  it('lead to bodies of the gazetteer, of the kind they say', () => {
    const g = gazetteer();
    for (const { alias } of entries) {
      if (alias.code)
        expect(g.codes[PlaceKindSchema.parse(alias.kind)].get(alias.code), alias.name).toBeDefined();
      for (const m of alias.members ?? []) expect(g.codes[m.kind].get(m.code), alias.name).toBeDefined();
      for (const d of alias.departements ?? []) expect(g.codes.departement.get(d), alias.name).toBeDefined();
    }
  });

  it('give former régions départements that lie in the région they joined', () => {
    const g = gazetteer();
    for (const { alias } of entries.filter((e) => e.alias.kind === 'region' && e.alias.departements)) {
      const region = g.codes.region.get(alias.code ?? '');
      expect(
        alias.departements?.every((d) => region?.departements.includes(d)),
        alias.name,
      ).toBe(true);
    }
  });

  it('answer their own name', () => {
    for (const { alias } of entries) {
      const r = resolveName(alias.name);
      expect({ kind: r.kind, code: r.code }, alias.name).toEqual({
        kind: alias.kind,
        code: alias.code ?? null,
      });
    }
  });

  it('never hide a commune: an alias without body type is no commune name, current or former', () => {
    const g = gazetteer();
    for (const { alias } of entries.filter((e) => e.type === null)) {
      const key = foldName(alias.name);
      expect(g.communesByKey.get(key) ?? g.formerCommunesByKey.get(key), alias.name).toBeUndefined();
    }
  });

  it('are keyed once: no two entries answer the same name', () => {
    for (const [key, list] of aliasIndex())
      expect(new Set(list.map((e) => e.type)).size, key).toBe(list.length);
  });
});
