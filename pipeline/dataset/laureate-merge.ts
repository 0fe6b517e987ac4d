import type { Tier } from '../schema.js';
import type { Conflict, LaureateFact } from './edition-schema.js';
import { laureateId, laureateKey } from './laureate-id.js';
import { compareNullable, compareText, distinctRecords, textKey } from './order.js';
import { settle, sourcesOf, stated } from './statements.js';
import type { DatasetLaureate, DatasetRecord } from './view.js';

/** One laureate as one record states it. */
export interface LaureateStatement {
  record: DatasetRecord;
  laureate: DatasetLaureate;
  /** 1-based position in `record.laureates`. */
  position: number;
}

/** A laureate of an edition: the merged fact, every statement of it, and its fields in conflict. */
export interface MergedLaureate {
  year: number;
  fact: LaureateFact;
  statements: LaureateStatement[];
  conflicts: string[];
}

/**
 * Every laureate statement of the records by the edition it belongs to, records by id, laureates in
 * document order. A past laureate mentioned in passing (the 2019 call recalls a 2018 winner) belongs
 * to the edition that awarded it; a record without an edition year feeds none.
 */
export function statementsByYear(records: readonly DatasetRecord[]): Map<number, LaureateStatement[]> {
  const years = new Map<number, LaureateStatement[]>();
  for (const record of distinctRecords(records)) {
    if (record.editionYear === null) continue;
    for (const [i, laureate] of record.laureates.entries()) {
      const year = laureate.year ?? record.editionYear;
      const list = years.get(year) ?? [];
      list.push({ record, laureate, position: i + 1 });
      years.set(year, list);
    }
  }
  return years;
}

const TIER_RANK: Record<Tier, number> = { gold: 0, silver: 1, bronze: 2 };
const tierRank = (tier: Tier | null) => (tier === null ? 3 : TIER_RANK[tier]);
const awardeesKey = (f: LaureateFact) => f.awardees.map(textKey).sort().join('\n');
const projectKey = (f: LaureateFact) => (f.project === null ? null : textKey(f.project));

/**
 * The laureates of one edition. Statements with the same laureate id are one laureate, whatever their
 * tier, tier label or category: where the records disagree on one of these, it is null and the
 * disagreement is pushed to `conflicts` (field `laureates[<id>].<name>`). Names and project are as the
 * first source writes them. Laureates come sorted by tier (gold first; unranked prizes and disputed
 * tiers last), then awardees, project and id.
 */
export function mergeLaureates(
  year: number,
  statements: readonly LaureateStatement[],
  conflicts: Conflict[],
): MergedLaureate[] {
  const groups = new Map<string, LaureateStatement[]>();
  const occurrences = new Map<string, number>();
  for (const s of statements) {
    const key = laureateKey(year, s.laureate);
    const n = (occurrences.get(`${s.record.id}\n${key}`) ?? 0) + 1;
    occurrences.set(`${s.record.id}\n${key}`, n);
    const id = laureateId(year, key, n);
    const group = groups.get(id);
    if (group) group.push(s);
    else groups.set(id, [s]);
  }
  // Each laureate's sort keys are made once, not at every comparison.
  const merged = [...groups.entries()].map(([id, group]) => {
    const m = mergeGroup(year, id, group);
    return { m, tier: tierRank(m.fact.tier), awardees: awardeesKey(m.fact), project: projectKey(m.fact) };
  });
  merged.sort(
    (a, b) =>
      a.tier - b.tier ||
      compareText(a.awardees, b.awardees) ||
      compareNullable(a.project, b.project, compareText) ||
      compareText(a.m.fact.id, b.m.fact.id),
  );
  for (const { m } of merged) conflicts.push(...m.conflictList);
  return merged.map(({ m: { conflictList: _, ...m } }) => m);
}

function mergeGroup(year: number, id: string, group: LaureateStatement[]) {
  const conflictList: Conflict[] = [];
  const of = group.map((s) => ({ value: s.laureate, source: s.record.id }));
  const attribute = <K extends 'tier' | 'tierLabel' | 'category'>(name: K) =>
    settle(
      `laureates[${id}].${name}`,
      stated(of, (l) => l[name] as string | null),
      textKey,
      conflictList,
    )?.value ?? null;
  const first = (group[0] as LaureateStatement).laureate;
  const fact: LaureateFact = {
    id,
    tier: attribute('tier') as Tier | null,
    tierLabel: attribute('tierLabel'),
    category: attribute('category'),
    awardees: first.awardees.map((a) => a.name),
    project: first.project,
    sources: sourcesOf(of),
  };
  return {
    year,
    fact,
    statements: group,
    conflicts: conflictList.map((c) => c.field.slice(c.field.lastIndexOf('.') + 1)),
    conflictList,
  };
}
