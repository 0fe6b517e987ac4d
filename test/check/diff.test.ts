import { describe, expect, it } from 'vitest';
import { diffRecords, keyedPair } from '../../pipeline/check/diff.js';
import type { Laureate } from '../../pipeline/schema.js';
import { committedRecord, edited, PARIS } from './records.js';

const toulouse = committedRecord('2023/forum-toulouse-laureats');
const parisAt = toulouse.laureates.findIndex((l) => l.awardees[0]?.name === 'Ville de Paris');
const paris = toulouse.laureates[parisAt] as Laureate;

describe('diffRecords', () => {
  it('finds nothing between a record and itself', () => {
    expect(diffRecords(toulouse, structuredClone(toulouse))).toEqual([]);
  });

  it('names the one laureate whose tier changed among 25', () => {
    const received = edited(toulouse, (r) => {
      (r.laureates[parisAt] as Laureate).tier = 'silver';
    });
    expect(diffRecords(toulouse, received)).toEqual([
      { path: `${PARIS}.tier`, before: 'gold', after: 'silver', kind: 'changed' },
    ]);
  });

  it('sees no change in reordered arrays', () => {
    const received = edited(toulouse, (r) => {
      for (const list of [r.laureates, r.criteria, r.cities, r.events, r.laureates[0]?.awardees ?? []]) {
        list.reverse();
      }
    });
    expect(diffRecords(toulouse, received)).toEqual([]);
  });

  it('reports an added laureate whole, without its spans', () => {
    const span = { start: 5000, end: 5040 };
    const received = edited(toulouse, (r) => {
      r.laureates.push({
        ...paris,
        awardees: [{ name: 'Ville de Lyon', span }],
        project: 'Lyon en commun',
        span,
        evidence: {},
      });
    });
    expect(diffRecords(toulouse, received)).toEqual([
      {
        path: 'laureates[Ville de Lyon · Lyon en commun]',
        before: undefined,
        after: {
          tier: 'gold',
          tierLabel: 'LABEL OR',
          category: 'MODERNISER LE SERVICE PUBLIC',
          awardees: [{ name: 'Ville de Lyon' }],
          project: 'Lyon en commun',
          year: 2023,
          rule: 'laureate/list-entry',
        },
        kind: 'added',
      },
    ]);
  });

  it('reports a removed event by kind and date', () => {
    const programme = committedRecord('2019/intercotour-ile-de-france-programme');
    const received = edited(programme, (r) => {
      r.events = r.events.filter((e) => e.city !== 'Dax');
    });
    expect(diffRecords(programme, received)).toEqual([
      {
        path: 'events[regional-stage 2019-06-20]',
        before: {
          kind: 'regional-stage',
          city: 'Dax',
          region: 'Nouvelle Aquitaine',
          venue: null,
          start: '2019-06-20',
          end: null,
          resolution: {
            kind: 'commune',
            code: '40088',
            officialName: 'Dax',
            departements: ['40'],
            regions: ['75'],
            match: 'exact',
          },
          rule: 'event/agenda-line',
        },
        after: undefined,
        kind: 'removed',
      },
    ]);
  });

  it('shows a new date as a field change of the event in the same city', () => {
    const marseille = committedRecord('2024/forum-marseille-laureats');
    const received = edited(marseille, (r) => {
      Object.assign(r.events[0] ?? {}, { start: '2024-04-10', end: '2024-04-11' });
    });
    expect(diffRecords(marseille, received)).toEqual([
      { path: 'events[forum 2024-04-03].start', before: '2024-04-03', after: '2024-04-10', kind: 'changed' },
      { path: 'events[forum 2024-04-03].end', before: '2024-04-04', after: '2024-04-11', kind: 'changed' },
    ]);
  });

  it('shows a new project text as a field change of the same awardees', () => {
    const project = "Démat'URBA : les démarches d'urbanisme dématérialisées";
    const received = edited(toulouse, (r) => {
      (r.laureates[parisAt] as Laureate).project = project;
    });
    expect(diffRecords(toulouse, received)).toEqual([
      { path: `${PARIS}.project`, before: paris.project, after: project, kind: 'changed' },
    ]);
  });

  it('shows a renamed awardee inside the laureate of the same project', () => {
    const received = edited(toulouse, (r) => {
      (r.laureates[parisAt] as Laureate).awardees = [{ name: 'Paris', span: paris.span }];
    });
    expect(diffRecords(toulouse, received)).toEqual([
      {
        path: `${PARIS}.awardees[Ville de Paris]`,
        before: {
          name: 'Ville de Paris',
          resolution: {
            kind: 'commune',
            code: '75056',
            officialName: 'Paris',
            departements: ['75'],
            regions: ['11'],
            match: 'exact',
          },
        },
        after: undefined,
        kind: 'removed',
      },
      { path: `${PARIS}.awardees[Paris]`, before: undefined, after: { name: 'Paris' }, kind: 'added' },
    ]);
  });

  it('numbers items that share a key', () => {
    const received = edited(toulouse, (r) => {
      r.events.push(structuredClone(r.events[0]) as (typeof r.events)[number]);
    });
    expect(diffRecords(toulouse, received).map((c) => `${c.kind} ${c.path}`)).toEqual([
      'added events[forum #2]',
    ]);
  });

  describe('span moves', () => {
    const moved = edited(toulouse, (r) => {
      const l = r.laureates[parisAt] as Laureate;
      l.span = { start: l.span.start + 3, end: l.span.end + 3 };
      const { tier: _, ...evidence } = l.evidence;
      l.evidence = evidence;
      r.source.path = 'elsewhere/forum-toulouse-laureats.txt';
    });

    it('are no change by default', () => {
      expect(diffRecords(toulouse, moved)).toEqual([]);
    });

    it('are reported with { spans: true }', () => {
      expect(diffRecords(toulouse, moved, { spans: true })).toEqual([
        {
          path: 'source.path',
          before: 'corpus/2023/forum-toulouse-laureats.txt',
          after: 'elsewhere/forum-toulouse-laureats.txt',
          kind: 'changed',
        },
        { path: `${PARIS}.span.start`, before: 1435, after: 1438, kind: 'changed' },
        { path: `${PARIS}.span.end`, before: 1532, after: 1535, kind: 'changed' },
        { path: `${PARIS}.evidence.tier`, before: paris.evidence.tier, after: undefined, kind: 'removed' },
      ]);
    });
  });
});

describe('keyedPair', () => {
  const laureatesOf = (keyed: unknown) =>
    (keyed as { laureates: Record<string, { project: string }> }).laureates;

  it('keys both records by the names of the diff paths, a received item under its committed partner', () => {
    const project = "Démat'URBA : les démarches d'urbanisme dématérialisées";
    const received = edited(toulouse, (r) => {
      (r.laureates[parisAt] as Laureate).project = project;
      r.laureates.reverse();
    });
    const [left, right] = keyedPair(toulouse, received);
    const name = PARIS.slice('laureates['.length, -1);
    expect(Object.keys(laureatesOf(right))).toEqual(Object.keys(laureatesOf(left)));
    expect(laureatesOf(left)[name]?.project).toBe(paris.project);
    expect(laureatesOf(right)[name]?.project).toBe(project);
    expect(JSON.stringify(left)).not.toMatch(/"span"|"evidence"/);
  });

  it('keys every array of a record without a committed partner, for a new document', () => {
    const [left, right] = keyedPair(null, toulouse);
    expect(left).toEqual({});
    expect(Object.keys(laureatesOf(right))).toContain(PARIS.slice('laureates['.length, -1));
    const awardees = (
      laureatesOf(right)[PARIS.slice('laureates['.length, -1)] as unknown as { awardees: object }
    ).awardees;
    expect(Array.isArray(awardees)).toBe(false);
  });
});
