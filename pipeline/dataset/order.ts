import type { DatasetRecord } from './view.js';

/**
 * Compares by UTF-16 code units, never by locale: the published bytes must not depend on the ICU
 * data or the language settings of the machine that writes them.
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Nulls last, so that a fact without a value sorts after every stated one. */
export function compareNullable<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/**
 * The records sorted by id, one per id: the dataset is the same whatever order they arrive in, and
 * a document ingested twice (same bytes, hence same id) counts once. Among copies under several
 * paths, the first path wins.
 */
export function distinctRecords(records: readonly DatasetRecord[]): DatasetRecord[] {
  const sorted = [...records].sort(
    (a, b) => compareText(a.id, b.id) || compareText(a.source.path, b.source.path),
  );
  return sorted.filter((r, i) => r.id !== sorted[i - 1]?.id);
}

/**
 * The form in which two statements of a text are the same fact: NFC, typographic apostrophes as
 * `'`, quotation marks (« » “ ” ") dropped, white space (no-break included) collapsed, lower case.
 */
export function textKey(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[’‘ʼ]/g, "'")
    .replace(/[«»“”„"]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
