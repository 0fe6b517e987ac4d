import type { Conflict, ConflictValue } from './edition-schema.js';

/** A value as one record states it. */
export interface Statement<T> {
  value: T;
  source: string;
}

export interface Stated<T> {
  value: T;
  sources: string[];
}

/** Statements grouped by key, in the order of their first statement. */
export function groupStatements<T>(
  statements: readonly Statement<T>[],
  keyOf: (value: T) => string,
): Statement<T>[][] {
  const groups = new Map<string, Statement<T>[]>();
  for (const s of statements) {
    const key = keyOf(s.value);
    const group = groups.get(key);
    if (group) group.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}

/**
 * Statements that agree (same key), each group with the sorted ids of its records and the value as
 * the first of them writes it. Statements come sorted by source, so groups are in the order of their
 * first source.
 */
function agreeing<T>(statements: readonly Statement<T>[], keyOf: (value: T) => string): Stated<T>[] {
  return groupStatements(statements, keyOf).map((group) => ({
    value: (group[0] as Statement<T>).value,
    sources: sourcesOf(group),
  }));
}

/** The value every statement agrees on; null when none is stated, or, with a conflict, when they disagree. */
export function settle<T extends ConflictValue>(
  field: string,
  statements: readonly Statement<T>[],
  keyOf: (value: T) => string,
  conflicts: Conflict[],
): Stated<T> | null {
  const groups = agreeing(statements, keyOf);
  if (groups.length > 1) conflicts.push({ field, values: groups });
  return groups.length === 1 ? (groups[0] ?? null) : null;
}

/** The non-null values `pick` finds in the statements. */
export function stated<T, V>(
  statements: readonly Statement<T>[],
  pick: (value: T) => V | null,
): Statement<V>[] {
  return statements.flatMap(({ value, source }) => {
    const v = pick(value);
    return v === null ? [] : [{ value: v, source }];
  });
}

/** The sorted, distinct sources of some statements. */
export function sourcesOf(statements: readonly { source: string }[]): string[] {
  return [...new Set(statements.map((s) => s.source))].sort();
}
