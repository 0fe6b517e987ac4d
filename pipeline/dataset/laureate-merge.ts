import type { Laureate, PalmaresRecord, Tier } from '../schema.js';
import type { Conflict, LaureateFact } from './edition-schema.js';
import { laureateId, laureateKey } from './laureate-id.js';
import { compareNullable, compareText, distinctRecords, textKey } from './order.js';
import { settle, sourcesOf, stated } from './statements.js';

/** One laureate as one record states it. */
export interface LaureateStatement {
  record: PalmaresRecord;
  laureate: Laureate;
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
export function statementsByYear(records: readonly PalmaresRecord[]): Map<number, LaureateStatement[]> {
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
    groups.set(id, [...(groups.get(id) ?? []), s]);
  }
  const merged = [...groups.entries()].map(([id, group]) => mergeGroup(year, id, group));
  merged.sort(
    (a, b) =>
      tierRank(a.fact.tier) - tierRank(b.fact.tier) ||
      compareText(awardeesKey(a.fact), awardeesKey(b.fact)) ||
      compareNullable(projectKey(a.fact), projectKey(b.fact), compareText) ||
      compareText(a.fact.id, b.fact.id),
  );
  for (const m of merged) conflicts.push(...m.conflictList);
  return merged.map(({ conflictList: _, ...m }) => m);
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

/** The laureates of every edition, by year, in the order of `editions.json`. */
export function editionLaureates(records: readonly PalmaresRecord[]): MergedLaureate[] {
  return [...statementsByYear(records).entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([year, statements]) => mergeLaureates(year, statements, []));
}
