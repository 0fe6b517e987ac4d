import { stringify } from 'csv-stringify/sync';
import { type Column, NAME_SEPARATOR, type Table } from './table.js';

/**
 * How the CSV files are written; `datapackage.json` declares the same dialect. UTF-8 with a byte
 * order mark and semicolons, as a spreadsheet set to French opens them with a double click; CRLF
 * between records, fields with a separator, a quote or a line break quoted, quotes doubled (RFC 4180
 * but for the separator).
 */
export const CSV_DIALECT = {
  delimiter: ';',
  lineTerminator: '\r\n',
  quoteChar: '"',
  doubleQuote: true,
  header: true,
} as const;

/**
 * A text cell a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading `'`, as OWASP advises: a name like `=HYPERLINK(…)` stays text.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function cell<Row>(column: Column<Row>, row: Row): string {
  const value = column.value(row);
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  return neutralise(Array.isArray(value) ? value.join(NAME_SEPARATOR) : value);
}

/** A table as CSV in `CSV_DIALECT`: the header, then one record per row. An empty field is a missing value. */
export function toCsv<Row>(table: Table<Row>, rows: readonly Row[]): string {
  return stringify(
    rows.map((row) => table.columns.map((c) => cell(c, row))),
    {
      bom: true,
      header: true,
      columns: table.columns.map((c) => c.name),
      delimiter: CSV_DIALECT.delimiter,
      record_delimiter: CSV_DIALECT.lineTerminator,
      quote: CSV_DIALECT.quoteChar,
    },
  );
}
