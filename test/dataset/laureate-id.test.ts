import { describe, expect, it } from 'vitest';
import { buildEditions } from '../../pipeline/dataset/editions.js';
import { identityText, laureateId, laureateKey } from '../../pipeline/dataset/laureate-id.js';
import type { PalmaresRecord } from '../../pipeline/schema.js';
import { SEED, seedRecord, variant } from './records.js';

const base = seedRecord(SEED.marseille2024Text);
const A = 'aaaaaaaaaaaaaaaa';

/** The laureate ids of the 2024 edition built from these records, by project. */
function idsByProject(...records: PalmaresRecord[]): Map<string | null, string> {
  const e = buildEditions(records).find((x) => x.year === 2024);
  return new Map((e?.laureates ?? []).map((l) => [l.project, l.id]));
}

describe('laureate_id', () => {
  const ids = idsByProject(variant(base, A));

  it('is the edition year and 12 hex digits, one per laureate', () => {
    expect([...ids.values()].every((id) => /^2024-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect(new Set(ids.values()).size).toBe(base.laureates.length);
  });

  it('is the same in every format of a release: the text and the web page of 2023 give the same ids', () => {
    const page = buildEditions([seedRecord(SEED.toulouse2023Page)]).find((e) => e.year === 2023);
    const text = buildEditions([seedRecord(SEED.toulouse2023Text)]).find((e) => e.year === 2023);
    expect(page?.laureates.length).toBeGreaterThan(0);
    expect(page?.laureates.map((l) => l.id)).toEqual(text?.laureates.map((l) => l.id));
  });

  it('does not move when the document is edited elsewhere, reordered, or its tiers and categories change', () => {
    const edited = variant(base, A, (r) => {
      r.laureates.reverse();
      r.laureates.splice(3, 1);
      for (const l of r.laureates) {
        l.tier = 'bronze';
        l.category = 'AUTRE';
      }
      r.events = [];
      r.criteria = [];
    });
    const after = idsByProject(edited);
    for (const [project, id] of after) expect(ids.get(project), String(project)).toBe(id);
    expect(after.size).toBe(ids.size - 1);
  });

  it('ignores case, accents, quotes, punctuation, spacing and the order of the awardees', () => {
    const key = laureateKey(2024, {
      awardees: [{ name: 'Ville de Saint-Étienne' }, { name: "Métropole d'Aix" }],
      project: '« Cœur  de ville »',
    });
    const same = laureateKey(2024, {
      awardees: [{ name: 'METROPOLE D’AIX' }, { name: 'Ville de Saint Etienne' }],
      project: '"coeur de ville"',
    });
    expect(same).toBe(key);
    expect(identityText('  L’Agglo – Pays  d’Issoire ')).toBe('l agglo pays d issoire');
  });

  it('changes with the edition, the awardees or the project', () => {
    const laureate = { awardees: [{ name: 'Ville de Pau' }], project: 'Pau citoyens' };
    const id = laureateId(2024, laureateKey(2024, laureate));
    expect(laureateId(2023, laureateKey(2023, laureate))).not.toBe(id);
    expect(laureateId(2024, laureateKey(2024, { ...laureate, project: 'Pau mobile' }))).not.toBe(id);
    expect(laureateId(2024, laureateKey(2024, { ...laureate, project: null }))).not.toBe(id);
    expect(
      laureateId(2024, laureateKey(2024, { ...laureate, awardees: [{ name: 'Ville de Tarbes' }] })),
    ).not.toBe(id);
  });

  it('numbers the second laureate of one document with the same awardees and no project', () => {
    const twice = variant(base, A, (r) => {
      const [first, second] = r.laureates;
      if (!first || !second) throw new Error('the seed should have two laureates');
      second.awardees = structuredClone(first.awardees);
      first.project = null;
      second.project = null;
    });
    const e = buildEditions([twice, variant(twice, 'bbbbbbbbbbbbbbbb')]).find((x) => x.year === 2024);
    const same = e?.laureates.filter((l) => l.project === null) ?? [];
    expect(same.map((l) => l.id.replace(/^2024-[0-9a-f]{12}/, ''))).toEqual(['', '-2']);
    // Each document's first pairs with the other's first: two laureates, both with both sources.
    expect(same.map((l) => l.sources)).toEqual([
      [A, 'bbbbbbbbbbbbbbbb'],
      [A, 'bbbbbbbbbbbbbbbb'],
    ]);
  });
});
