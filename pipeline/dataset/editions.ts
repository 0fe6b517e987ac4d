import type { EventKind } from '../schema.js';
import { StatKeySchema } from '../schema.js';
import {
  type Conflict,
  DATASET_VERSION,
  type Edition,
  type EditionsFile,
  type EventFact,
  type StatFacts,
} from './edition-schema.js';
import {
  type LaureateStatement,
  type MergedLaureate,
  mergeLaureates,
  statementsByYear,
} from './laureate-merge.js';
import { compareNullable, compareText, distinctRecords, textKey } from './order.js';
import { groupStatements, type Statement, settle, sourcesOf, stated } from './statements.js';
import type { DatasetEvent, DatasetRecord } from './view.js';

interface YearInput {
  records: DatasetRecord[];
  laureates: LaureateStatement[];
}

/** `editions.json`: the editions, and the records that could not be placed in one. */
export function editionsFile(records: readonly DatasetRecord[]): EditionsFile {
  return editionsAndLaureates(records).file;
}

/**
 * `editions.json` and the laureates of its editions, by year, in its order: the laureate tables are
 * made of them, so that they are merged once.
 */
export function editionsAndLaureates(records: readonly DatasetRecord[]): {
  file: EditionsFile;
  laureates: MergedLaureate[];
} {
  const merged = mergeEditions(records);
  return {
    file: {
      schemaVersion: DATASET_VERSION,
      editions: merged.map((m) => m.edition),
      unassigned: distinctRecords(records)
        .filter((r) => r.editionYear === null)
        .map((r) => r.id),
    },
    laureates: merged.flatMap((m) => m.laureates),
  };
}

/**
 * One edition per year, merging every document about it. A record without an edition year feeds
 * none (`editionsFile` lists it as unassigned).
 */
export function buildEditions(records: readonly DatasetRecord[]): Edition[] {
  return mergeEditions(records).map((m) => m.edition);
}

function mergeEditions(
  records: readonly DatasetRecord[],
): Array<{ edition: Edition; laureates: MergedLaureate[] }> {
  const years = new Map<number, YearInput>();
  const at = (year: number) => {
    const input = years.get(year) ?? { records: [], laureates: [] };
    years.set(year, input);
    return input;
  };
  for (const record of distinctRecords(records)) {
    if (record.editionYear !== null) at(record.editionYear).records.push(record);
  }
  for (const [year, statements] of statementsByYear(records)) at(year).laureates = statements;
  return [...years.entries()].sort(([a], [b]) => a - b).map(([year, input]) => buildEdition(year, input));
}

function buildEdition(
  year: number,
  { records, laureates }: YearInput,
): { edition: Edition; laureates: MergedLaureate[] } {
  const conflicts: Conflict[] = [];
  const byRecord = <T>(pick: (r: DatasetRecord) => T | null) =>
    stated(
      records.map((r) => ({ value: r, source: r.id })),
      pick,
    );
  const events = (kind: EventKind) =>
    records.flatMap((r) => r.events.filter((e) => e.kind === kind).map((value) => ({ value, source: r.id })));
  const count = (field: string, pick: (r: DatasetRecord) => number | null) =>
    settle(field, byRecord(pick), String, conflicts);

  // Facts are settled in the order of the edition's fields, which is the order of its conflicts.
  const editionNumber = count('editionNumber', (r) => r.editionNumber);
  const forum = theForum(events('forum'), conflicts);
  const regionalStages = mergeEvents('regionalStages', events('regional-stage'), conflicts);
  const regionalSelections = mergeEvents('regionalSelections', events('regional-selection'), conflicts);
  const applicationDeadlines = mergeEvents('applicationDeadlines', events('application-deadline'), conflicts);
  // Criteria are a set: the same criteria in another order agree.
  const criteria = settle(
    'criteria',
    byRecord((r) => (r.criteria.length ? r.criteria.map((c) => c.label) : null)),
    (labels) => labels.map(textKey).sort().join('\n'),
    conflicts,
  );
  const stats = Object.fromEntries(
    StatKeySchema.options.map((key) => [key, count(`stats.${key}`, (r) => r.stats[key])]),
  ) as StatFacts;
  const merged = mergeLaureates(year, laureates, conflicts);

  const edition: Edition = {
    year,
    sources: sourcesOf([...records, ...laureates.map((s) => s.record)].map((r) => ({ source: r.id }))),
    editionNumber,
    forum,
    regionalStages,
    regionalSelections,
    applicationDeadlines,
    criteria: criteria && { labels: criteria.value, sources: criteria.sources },
    stats,
    laureates: merged.map((l) => l.fact),
    conflicts,
  };
  return { edition, laureates: merged };
}

const first = <T>(group: Statement<T>[]): T => (group[0] as Statement<T>).value;

/** Events agree when they have the same start and city; groups come sorted by start, then city. */
function eventGroups(statements: Statement<DatasetEvent>[]): Statement<DatasetEvent>[][] {
  const cityKey = (e: DatasetEvent) => (e.city === null ? null : textKey(e.city));
  return groupStatements(statements, (e) => JSON.stringify([e.start, cityKey(e)])).sort(
    (a, b) =>
      compareNullable(first(a).start, first(b).start, compareText) ||
      compareNullable(cityKey(first(a)), cityKey(first(b)), compareText),
  );
}

/** One event from agreeing statements; its other attributes are settled among them. */
function mergeEvent(field: string, group: Statement<DatasetEvent>[], conflicts: Conflict[]): EventFact {
  const attribute = (name: 'region' | 'venue' | 'end') =>
    settle(
      `${field}.${name}`,
      stated(group, (e) => e[name]),
      textKey,
      conflicts,
    )?.value ?? null;
  return {
    city: first(group).city,
    region: attribute('region'),
    venue: attribute('venue'),
    start: first(group).start,
    end: attribute('end'),
    sources: sourcesOf(group),
  };
}

function mergeEvents(
  field: string,
  statements: Statement<DatasetEvent>[],
  conflicts: Conflict[],
): EventFact[] {
  return eventGroups(statements).map((group, i) => mergeEvent(`${field}[${i}]`, group, conflicts));
}

/**
 * An edition has one forum: different ones (another city, another start, or one dated only to the
 * month) are a conflict, and the forum is then null.
 */
function theForum(statements: Statement<DatasetEvent>[], conflicts: Conflict[]): EventFact | null {
  const forums = eventGroups(statements).map((group) => mergeEvent('forum', group, conflicts));
  if (forums.length > 1) {
    conflicts.push({ field: 'forum', values: forums.map(({ sources, ...value }) => ({ value, sources })) });
  }
  return forums.length === 1 ? (forums[0] ?? null) : null;
}
