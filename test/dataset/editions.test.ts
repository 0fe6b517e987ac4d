import { describe, expect, it } from 'vitest';
import type { Edition } from '../../pipeline/dataset/edition-schema.js';
import { buildEditions, editionsFile } from '../../pipeline/dataset/editions.js';
import { committedRecords, orderings, SEED, seedRecord, seedRecords, variant } from './records.js';

// The seeds' editions, built from the seed records alone: a release added to the corpus changes nothing here.
const records = seedRecords();
const editions = buildEditions(records);
const edition = (year: number, from: Edition[] = editions): Edition => {
  const e = from.find((x) => x.year === year);
  if (!e) throw new Error(`no edition ${year}`);
  return e;
};
const ID = /^\d{4}-[0-9a-f]{12}$/;

const CALL_2019 = SEED.call2019;
const TOUR_2019 = SEED.tour2019;
const LABELS_2013 = SEED.labels2013;

describe('editions from the seed records', () => {
  it('has one edition per year, by year, and 2018 for the laureate the 2019 call recalls', () => {
    expect(editions.map((e) => e.year)).toEqual([2013, 2018, 2019, 2023, 2024]);
    expect(editionsFile(records).unassigned).toEqual([]);
  });

  it('2013: the Lyon forum, the regional selections, the figures and 26 laureates', () => {
    const e = edition(2013);
    const src = [LABELS_2013];
    expect(e.sources).toEqual(src);
    expect(e.editionNumber).toEqual({ value: 10, sources: src });
    expect(e.forum).toEqual({
      city: 'Lyon',
      region: null,
      venue: null,
      start: '2013-12-02',
      end: '2013-12-03',
      sources: src,
    });
    expect(e.regionalSelections).toEqual([
      { city: null, region: null, venue: null, start: '2013-06', end: '2013-07', sources: src },
    ]);
    expect(e.stats).toEqual({
      projectsPresented: null,
      projectsAuditioned: null,
      laureatesAnnounced: { value: 25, sources: src },
      participants: { value: 900, sources: src },
    });
    expect(e.criteria).toBeNull();
    // The release announces 25 and lists 26: both are kept as stated, within one document.
    expect(e.laureates).toHaveLength(26);
    expect(e.laureates.every((l) => l.sources.join() === LABELS_2013)).toBe(true);
    expect(e.laureates.map((l) => l.tier)).toEqual([
      ...Array(9).fill('gold'),
      ...Array(10).fill('silver'),
      ...Array(7).fill('bronze'),
    ]);
    expect(e.conflicts).toEqual([]);
  });

  it('2018: only the Brignais laureate, from the 2019 call for applications', () => {
    expect(edition(2018)).toEqual({
      year: 2018,
      sources: [CALL_2019],
      editionNumber: null,
      forum: null,
      regionalStages: [],
      regionalSelections: [],
      applicationDeadlines: [],
      criteria: null,
      stats: {
        projectsPresented: null,
        projectsAuditioned: null,
        laureatesAnnounced: null,
        participants: null,
      },
      laureates: [
        {
          id: expect.stringMatching(/^2018-[0-9a-f]{12}$/),
          tier: null,
          tierLabel: null,
          category: null,
          awardees: ['Ville de Brignais'],
          project: 'festival "Un trait amateur"',
          sources: [CALL_2019],
        },
      ],
      conflicts: [],
    });
  });

  it('2019: the call (forum, deadline, selection, criteria) and the IntercoTOUR stages, no laureate', () => {
    const e = edition(2019);
    expect(e.sources).toEqual([CALL_2019, TOUR_2019]);
    expect(e.forum).toEqual({
      city: 'Lyon',
      region: null,
      venue: null,
      start: '2019-12',
      end: null,
      sources: [CALL_2019],
    });
    expect(e.applicationDeadlines).toEqual([
      {
        city: null,
        region: 'Auvergne-Rhône-Alpes',
        venue: null,
        start: '2019-10-10',
        end: null,
        sources: [CALL_2019],
      },
    ]);
    expect(e.regionalSelections).toEqual([
      {
        city: 'Annecy',
        region: 'Auvergne-Rhône-Alpes',
        venue: null,
        start: '2019-10-17',
        end: null,
        sources: [CALL_2019],
      },
    ]);
    expect(e.regionalStages.map((s) => `${s.start} ${s.city} ${s.sources}`)).toEqual([
      `2019-03-26 Cahors ${TOUR_2019}`,
      `2019-06-20 Dax ${TOUR_2019}`,
      `2019-06-26 Paris ${TOUR_2019}`,
      `2019-07-02 Charleville-Mézières ${TOUR_2019}`,
      `2019-07-09 Le Havre ${TOUR_2019}`,
      `2019-09-19 Saint-Quentin ${TOUR_2019}`,
      `2019-09-26 Istres ${TOUR_2019}`,
      `2019-10-17 Annecy ${TOUR_2019}`,
    ]);
    expect(e.regionalStages[2]).toMatchObject({ region: 'Île-de-France', end: '2019-06-27' });
    expect(e.criteria?.labels).toEqual([
      'le caractère innovant',
      'la prise en compte des usagers',
      'la dimension partenariale',
      "la mutualisation et l'interopérabilité",
      'le retour sur investissement',
    ]);
    expect(e.criteria?.sources).toEqual([CALL_2019]);
    expect(e.laureates).toEqual([]);
    expect(e.conflicts).toEqual([]);
  });

  it('2023: the Toulouse forum, six criteria, the figures and 25 laureates the text and the web page agree on', () => {
    const e = edition(2023);
    const src = [SEED.toulouse2023Page, SEED.toulouse2023Text];
    expect(e.sources).toEqual(src);
    expect(e.forum).toEqual({
      city: 'Toulouse',
      region: null,
      venue: null,
      start: null,
      end: null,
      sources: src,
    });
    expect(e.criteria).toEqual({
      labels: [
        "L'innovation",
        'La prise en compte des usagers',
        'La dimension partenariale',
        'La mutualisation / interopérabilité',
        "L'efficacité",
        'Sobriété numérique',
      ],
      sources: src,
    });
    expect(e.stats).toEqual({
      projectsPresented: { value: 58, sources: src },
      projectsAuditioned: { value: 38, sources: src },
      laureatesAnnounced: { value: 25, sources: src },
      participants: null,
    });
    expect(e.laureates).toHaveLength(25);
    expect(e.laureates.filter((l) => l.sources.join() !== src.join())).toEqual([]);
    expect(e.laureates).toContainEqual({
      id: expect.stringMatching(ID),
      tier: 'gold',
      tierLabel: 'LABEL OR',
      category: 'MODERNISER LE SERVICE PUBLIC',
      awardees: ['Montpellier Méditerranée Métropole', 'Clermont Auvergne Métropole'],
      project: 'LeBonTag, validateur de données OpenStreetMap',
      sources: src,
    });
    expect(e.conflicts).toEqual([]);
  });

  it('2024: the Marseille forum at the Palais du Pharo, the figures and 21 laureates the text and the PDF agree on', () => {
    const e = edition(2024);
    const src = [SEED.marseille2024Pdf, SEED.marseille2024Text];
    expect(e.sources).toEqual(src);
    expect(e.forum).toEqual({
      city: 'Marseille',
      region: null,
      venue: 'Palais du Pharo',
      start: '2024-04-03',
      end: '2024-04-04',
      sources: src,
    });
    expect(e.stats).toEqual({
      projectsPresented: { value: 45, sources: src },
      projectsAuditioned: { value: 28, sources: src },
      laureatesAnnounced: { value: 21, sources: src },
      participants: { value: 1130, sources: src },
    });
    expect(e.criteria?.labels).toHaveLength(6);
    expect(e.laureates).toHaveLength(21);
    expect(e.laureates.filter((l) => l.sources.join() !== src.join())).toEqual([]);
    expect(e.laureates.map((l) => l.tier)).toEqual([
      ...Array(5).fill('gold'),
      ...Array(6).fill('silver'),
      ...Array(10).fill('bronze'),
    ]);
    expect(e.laureates[0]).toEqual({
      id: expect.stringMatching(ID),
      tier: 'gold',
      tierLabel: 'LABEL OR',
      category: 'SERVICE USAGERS & ACCESSIBILITE',
      awardees: ['Bordeaux Métropole'],
      project: 'Pulse - Bordeaux',
      sources: src,
    });
    expect(e.conflicts).toEqual([]);
  });

  it('is the same whatever order the records arrive in', () => {
    const expected = JSON.stringify(editionsFile(records));
    for (const order of orderings(records)) expect(JSON.stringify(editionsFile(order))).toBe(expected);
  });
});

describe('editions from every committed record', () => {
  const all = committedRecords();
  const file = editionsFile(all);

  it('places every dated record in its edition and every laureate it states in exactly one edition laureate', () => {
    for (const r of all.filter((x) => x.editionYear !== null)) {
      expect(file.editions.find((e) => e.year === r.editionYear)?.sources, r.source.path).toContain(r.id);
      for (const l of r.laureates) {
        const year = l.year ?? r.editionYear;
        const holders = file.editions
          .filter((e) => e.year === year)
          .flatMap((e) => e.laureates)
          .filter((f) => f.sources.includes(r.id) && f.project === l.project);
        expect(holders.length, `${r.source.path}: ${l.project}`).toBeGreaterThanOrEqual(1);
      }
    }
    expect(file.unassigned).toEqual(
      all
        .filter((r) => r.editionYear === null)
        .map((r) => r.id)
        .sort(),
    );
  });

  it('gives every laureate an id of its year, once', () => {
    for (const e of file.editions) {
      expect(e.laureates.every((l) => l.id.startsWith(`${e.year}-`))).toBe(true);
      expect(new Set(e.laureates.map((l) => l.id)).size).toBe(e.laureates.length);
    }
  });
});

describe('merging and conflicts between documents of one year', () => {
  const base = seedRecord(SEED.marseille2024Text);
  const A = 'aaaaaaaaaaaaaaaa';
  const B = 'bbbbbbbbbbbbbbbb';
  const only2024 = (...rs: Parameters<typeof buildEditions>[0]) => edition(2024, buildEditions(rs));

  it('reports two laureatesAnnounced with both values and their sources, and keeps no value', () => {
    const e = only2024(
      variant(base, B, (r) => {
        r.stats.laureatesAnnounced = 22;
      }),
      variant(base, A),
    );
    expect(e.stats.laureatesAnnounced).toBeNull();
    expect(e.stats.participants).toEqual({ value: 1130, sources: [A, B] });
    expect(e.conflicts).toEqual([
      {
        field: 'stats.laureatesAnnounced',
        values: [
          { value: 21, sources: [A] },
          { value: 22, sources: [B] },
        ],
      },
    ]);
  });

  it('merges an agreeing fact and lists both sources; a figure stated once keeps its one source', () => {
    const e = only2024(
      variant(base, A, (r) => {
        r.stats.participants = null;
      }),
      variant(base, B),
    );
    expect(e.sources).toEqual([A, B]);
    expect(e.forum?.sources).toEqual([A, B]);
    expect(e.stats.participants).toEqual({ value: 1130, sources: [B] });
    expect(e.laureates.every((l) => l.sources.join() === `${A},${B}`)).toBe(true);
    expect(e.conflicts).toEqual([]);
  });

  it('merges a laureate written with other quotes, spaces, case and awardee order', () => {
    const rewritten = variant(base, B, (r) => {
      const l = r.laureates.find((x) => x.project?.startsWith('« Ma culture'));
      if (!l) throw new Error('fixture changed');
      l.project = '"Ma  culture NUMÉRIQUE"';
      l.awardees.reverse();
    });
    const e = only2024(variant(base, A), rewritten);
    const merged = e.laureates.filter((l) => l.project?.includes('culture'));
    expect(merged).toEqual([
      {
        id: expect.stringMatching(ID),
        tier: 'bronze',
        tierLabel: 'LABEL BRONZE',
        category: 'INCLUSION NUMÉRIQUE',
        awardees: ["Communauté d'agglomération du Sicoval", 'Conseil Départemental de la Haute-Garonne'],
        project: '« Ma culture numérique »',
        sources: [A, B],
      },
    ]);
  });

  it('reports a category two documents give differently for the same laureate', () => {
    const e = only2024(
      variant(base, A),
      variant(base, B, (r) => {
        for (const l of r.laureates) if (l.project === 'Pulse - Bordeaux') l.category = 'SERVICE PUBLIC';
      }),
    );
    const pulse = e.laureates.find((l) => l.project === 'Pulse - Bordeaux');
    expect(pulse?.category).toBeNull();
    expect(e.conflicts).toEqual([
      {
        field: `laureates[${pulse?.id}].category`,
        values: [
          { value: 'SERVICE USAGERS & ACCESSIBILITE', sources: [A] },
          { value: 'SERVICE PUBLIC', sources: [B] },
        ],
      },
    ]);
  });

  it('keeps a laureate one document gives another tier as one laureate, its tier in conflict', () => {
    const e = only2024(
      variant(base, A),
      variant(base, B, (r) => {
        for (const l of r.laureates) if (l.project === 'Pulse - Bordeaux') l.tier = 'silver';
      }),
    );
    expect(e.laureates).toHaveLength(base.laureates.length);
    const pulse = e.laureates.filter((l) => l.project === 'Pulse - Bordeaux');
    expect(pulse.map((l) => [l.tier, l.tierLabel, l.sources])).toEqual([[null, 'LABEL OR', [A, B]]]);
    expect(e.conflicts).toEqual([
      {
        field: `laureates[${pulse[0]?.id}].tier`,
        values: [
          { value: 'gold', sources: [A] },
          { value: 'silver', sources: [B] },
        ],
      },
    ]);
    // A disputed tier sorts with the unranked prizes, after every stated tier.
    expect(e.laureates.at(-1)?.project).toBe('Pulse - Bordeaux');
  });

  it('reports different criteria lists, but not the same criteria in another order', () => {
    const fewer = variant(base, B, (r) => {
      r.criteria = r.criteria.slice(0, 3);
    });
    const e = only2024(variant(base, A), fewer);
    expect(e.criteria).toBeNull();
    expect(e.conflicts).toEqual([
      {
        field: 'criteria',
        values: [
          { value: base.criteria.map((c) => c.label), sources: [A] },
          { value: base.criteria.slice(0, 3).map((c) => c.label), sources: [B] },
        ],
      },
    ]);
    const reordered = variant(base, B, (r) => {
      r.criteria.reverse();
    });
    expect(only2024(variant(base, A), reordered).criteria?.sources).toEqual([A, B]);
  });

  it('reports two different forums, and an attribute of one event two documents disagree on', () => {
    const e = only2024(
      variant(base, A),
      variant(base, B, (r) => {
        for (const ev of r.events) if (ev.kind === 'forum') ev.city = 'Nice';
      }),
    );
    expect(e.forum).toBeNull();
    expect(
      e.conflicts.map((c) => [c.field, c.values.map((v) => [(v.value as { city: string }).city, v.sources])]),
    ).toEqual([
      [
        'forum',
        [
          ['Marseille', [A]],
          ['Nice', [B]],
        ],
      ],
    ]);
    const venue = only2024(
      variant(base, A),
      variant(base, B, (r) => {
        for (const ev of r.events) if (ev.kind === 'forum') ev.venue = 'Parc Chanot';
      }),
    );
    expect(venue.forum).toMatchObject({ city: 'Marseille', venue: null, sources: [A, B] });
    expect(venue.conflicts).toEqual([
      {
        field: 'forum.venue',
        values: [
          { value: 'Palais du Pharo', sources: [A] },
          { value: 'Parc Chanot', sources: [B] },
        ],
      },
    ]);
  });

  it('lists records without an edition year as unassigned and counts a document given twice once', () => {
    const undated = variant(base, 'cccccccccccccccc', (r) => {
      r.editionYear = null;
      for (const l of r.laureates) l.year = null;
    });
    const file = editionsFile([undated, variant(base, A), variant(base, A)]);
    expect(file.unassigned).toEqual(['cccccccccccccccc']);
    expect(file.editions.map((e) => [e.year, e.sources])).toEqual([[2024, [A]]]);
    expect(file.editions[0]?.conflicts).toEqual([]);
  });
});
