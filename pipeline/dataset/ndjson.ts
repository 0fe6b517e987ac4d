import type { PalmaresRecord } from '../schema.js';
import { laureateLine, laureateRows } from './laureate-columns.js';

/** `laureates.ndjson`: one JSON object per laureate and line, with the CSV's columns as typed values, in its order. */
export function laureatesNdjson(records: readonly PalmaresRecord[]): string {
  return laureateRows(records)
    .map((row) => `${JSON.stringify(laureateLine(row))}\n`)
    .join('');
}
