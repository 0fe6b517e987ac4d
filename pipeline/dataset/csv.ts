import { stringify } from 'csv-stringify/sync';
import type { PalmaresRecord } from '../schema.js';
import {
  type Column,
  LAUREATE_COLUMNS,
  type LaureateRow,
  laureateRows,
  NAME_SEPARATOR,
} from './laureate-columns.js';

/** How `laureates.csv` is written; `datapackage.json` declares the same dialect. */
export const CSV_DIALECT = {
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

function cell(column: Column, row: LaureateRow): string {
  const value = column.value(row);
  if (Array.isArray(value)) return value.join(NAME_SEPARATOR);
  return value === null ? '' : String(value);
}

/**
 * `laureates.csv`: UTF-8 without BOM, a header row, one row per laureate of each record in the
 * order of `laureateRows`, RFC 4180 quoting (CRLF between records; a field with a comma, a quote or a
 * line break is quoted, its quotes doubled). An empty field is a missing value.
 */
export function laureatesCsv(records: readonly PalmaresRecord[]): string {
  const names = LAUREATE_COLUMNS.map((c) => c.name);
  const rows = laureateRows(records).map((row) =>
    Object.fromEntries(LAUREATE_COLUMNS.map((c) => [c.name, cell(c, row)])),
  );
  return stringify(rows, {
    header: true,
    columns: names,
    delimiter: CSV_DIALECT.delimiter,
    record_delimiter: CSV_DIALECT.lineTerminator,
    quote: CSV_DIALECT.quoteChar,
  });
}
