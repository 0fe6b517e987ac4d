import * as z from 'zod';

interface ColumnBase {
  name: string;
  description: string;
  required: boolean;
}

/**
 * A column of a published table. `type` is the Frictionless field type; a `names` column is a
 * Frictionless string in the CSV (the items joined by `NAME_SEPARATOR`) and an array in JSON.
 */
export type Column<Row> = ColumnBase &
  (
    | { type: 'string'; enum?: readonly string[]; value: (row: Row) => string | null }
    | { type: 'integer'; value: (row: Row) => number | null }
    | { type: 'names'; value: (row: Row) => string[] }
  );

/**
 * A published table, documented as data: its CSV header, its Frictionless schema, the zod and JSON
 * Schemas of its JSON lines and the README's column list all come from here.
 */
export interface Table<Row> {
  /** The Frictionless resource name. */
  name: string;
  file: string;
  title: string;
  columns: readonly Column<Row>[];
  primaryKey: readonly string[];
  /** Columns whose values are the primary key of another table. */
  foreignKeys?: ReadonlyArray<{ fields: readonly string[]; table: string; reference: readonly string[] }>;
}

export const NAME_SEPARATOR = ' ; ';

/** The Frictionless field type of a column. */
export function fieldType<Row>(column: Column<Row>): 'string' | 'integer' {
  return column.type === 'names' ? 'string' : column.type;
}

/** A row as typed values, keyed by column name: a JSON line. */
export function rowValues<Row>(
  table: Table<Row>,
  row: Row,
): Record<string, string | number | string[] | null> {
  return Object.fromEntries(table.columns.map((c) => [c.name, c.value(row)]));
}

function columnSchema<Row>(column: Column<Row>): z.ZodType {
  if (column.type === 'names') {
    const list = z.array(z.string());
    return (column.required ? list.min(1) : list).describe(column.description);
  }
  const base =
    column.type === 'integer'
      ? z.number().int()
      : column.enum
        ? z.enum(column.enum as [string, ...string[]])
        : z.string();
  return (column.required ? base : base.nullable()).describe(column.description);
}

/** The zod schema of a table's JSON lines, generated from its columns. */
export function rowSchema<Row>(table: Table<Row>): z.ZodObject {
  return z.strictObject(Object.fromEntries(table.columns.map((c) => [c.name, columnSchema(c)])));
}

/** The column list as a Markdown table (name, type, meaning), for the README. */
export function columnsMarkdown<Row>(table: Table<Row>): string {
  const rows = table.columns.map(
    (c) => `| \`${c.name}\` | ${fieldType(c)}${c.type === 'names' ? ' (list)' : ''} | ${c.description} |`,
  );
  return ['| column | type | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
