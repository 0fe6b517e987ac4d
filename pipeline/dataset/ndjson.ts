import * as z from 'zod';
import { DATASET_VERSION } from './edition-schema.js';
import type { MergedLaureate } from './laureate-merge.js';
import { rowSchema, rowValues } from './table.js';
import { LAUREATES, laureateRows } from './tables.js';

/** The zod schema of a line of `laureates.ndjson`: the columns of `laureates.csv`, typed. */
export const LaureateLineSchema = rowSchema(LAUREATES);

/** `laureates.ndjson`: one JSON object per laureate and line, the rows of `laureates.csv` as typed values, in its order. */
export function laureatesNdjson(laureates: readonly MergedLaureate[]): string {
  return laureateRows(laureates)
    .map((row) => `${JSON.stringify(rowValues(LAUREATES, row))}\n`)
    .join('');
}

/** The contract of each line of `laureates.ndjson`. */
export function laureateLineJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(LaureateLineSchema, { target: 'draft-2020-12' }),
    $id: `https://palmares.invalid/schema/dataset/${DATASET_VERSION}/laureate.json`,
    title: 'palmares laureate (one line of laureates.ndjson)',
  };
}
