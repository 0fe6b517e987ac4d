import { z } from 'zod';
import { type Laureate, type PalmaresRecord, TierSchema } from '../schema.js';
import { DATASET_VERSION } from './edition-schema.js';
import { compareNullable, compareText, distinctRecords } from './order.js';

/** One laureate as one record states it: a row of `laureates.csv`, a line of `laureates.ndjson`. */
export interface LaureateRow {
  record: PalmaresRecord;
  laureate: Laureate;
  /** 1-based position in `record.laureates`. */
  position: number;
}

interface ColumnBase {
  name: string;
  description: string;
}

/**
 * A column of the laureate table. `type` is the Frictionless field type; a `names` column is a
 * Frictionless string in the CSV (the names joined by `NAME_SEPARATOR`) and an array in the NDJSON.
 */
export type Column = ColumnBase &
  (
    | {
        type: 'string';
        required: boolean;
        enum?: readonly string[];
        value: (row: LaureateRow) => string | null;
      }
    | { type: 'integer'; required: boolean; value: (row: LaureateRow) => number | null }
    | { type: 'names'; required: boolean; value: (row: LaureateRow) => string[] }
  );

export const NAME_SEPARATOR = ' ; ';

/**
 * The laureate table, documented as data: the CSV header, the NDJSON fields, their zod and JSON
 * Schemas and the Frictionless field list all come from here, so a new column (a gazetteer code,
 * say) is one entry.
 */
export const LAUREATE_COLUMNS: readonly Column[] = [
  {
    name: 'laureate_id',
    type: 'string',
    required: true,
    description: '`<source_id>-<n>`: the n-th laureate (from 1) of the source record',
    value: ({ record, position }) => `${record.id}-${position}`,
  },
  {
    name: 'edition_year',
    type: 'integer',
    required: false,
    description: 'Edition year of the source document (its `editionYear`)',
    value: ({ record }) => record.editionYear,
  },
  {
    name: 'award_year',
    type: 'integer',
    required: false,
    description:
      'Year of the award; differs from edition_year for a past laureate the document mentions in passing',
    value: ({ laureate }) => laureate.year,
  },
  {
    name: 'tier',
    type: 'string',
    required: false,
    enum: TierSchema.options,
    description: 'gold, silver or bronze; missing for numbered or special prizes (see tier_label)',
    value: ({ laureate }) => laureate.tier,
  },
  {
    name: 'tier_label',
    type: 'string',
    required: false,
    description: 'The tier or prize as written, e.g. "LABEL OR", "1er prix"',
    value: ({ laureate }) => laureate.tierLabel,
  },
  {
    name: 'category',
    type: 'string',
    required: false,
    description: 'The award category as written',
    value: ({ laureate }) => laureate.category,
  },
  {
    name: 'awardees',
    type: 'names',
    required: true,
    description: `The awarded bodies as written, in document order; joined by "${NAME_SEPARATOR}" in the CSV, an array in the NDJSON`,
    value: ({ laureate }) => laureate.awardees.map((a) => a.name),
  },
  {
    name: 'awardee_kinds',
    type: 'names',
    required: true,
    description:
      'What each awardee is in the administrative gazetteer, in the order of awardees: commune, epci, departement, region, other-public-body, group or unknown',
    value: ({ laureate }) => laureate.awardees.map((a) => a.resolution?.kind ?? 'unknown'),
  },
  {
    name: 'awardee_codes',
    type: 'names',
    required: false,
    description:
      'Official code of each awardee, in the order of awardees: INSEE code (SIREN for an EPCI), empty where not settled',
    value: ({ laureate }) => laureate.awardees.map((a) => a.resolution?.code ?? ''),
  },
  {
    name: 'project',
    type: 'string',
    required: false,
    description: 'The awarded project as written',
    value: ({ laureate }) => laureate.project,
  },
  {
    name: 'source_id',
    type: 'string',
    required: true,
    description: 'Id of the source record: the first 16 hex digits of the SHA-256 of the document',
    value: ({ record }) => record.id,
  },
  {
    name: 'source_path',
    type: 'string',
    required: true,
    description: 'Path of the source document when it was ingested',
    value: ({ record }) => record.source.path,
  },
  {
    name: 'evidence_start',
    type: 'integer',
    required: true,
    description:
      'Start (in characters, from 0) of the laureate in the text `palmares text <source_path>` prints',
    value: ({ laureate }) => laureate.span.start,
  },
  {
    name: 'evidence_end',
    type: 'integer',
    required: true,
    description: 'End (exclusive) of the laureate in the same text',
    value: ({ laureate }) => laureate.span.end,
  },
];

/** The Frictionless field type of a column. */
export function fieldType(column: Column): 'string' | 'integer' {
  return column.type === 'names' ? 'string' : column.type;
}

/**
 * Every laureate of every record, sorted by award year (unknown last), then source path, source id
 * and position: the same rows whatever order the records arrive in.
 */
export function laureateRows(records: readonly PalmaresRecord[]): LaureateRow[] {
  return distinctRecords(records)
    .flatMap((record) => record.laureates.map((laureate, i) => ({ record, laureate, position: i + 1 })))
    .sort(
      (a, b) =>
        compareNullable(a.laureate.year, b.laureate.year, (x, y) => x - y) ||
        compareText(a.record.source.path, b.record.source.path) ||
        compareText(a.record.id, b.record.id) ||
        a.position - b.position,
    );
}

/** A row as typed values, keyed by column name: an NDJSON line. */
export function laureateLine(row: LaureateRow): Record<string, string | number | string[] | null> {
  return Object.fromEntries(LAUREATE_COLUMNS.map((c) => [c.name, c.value(row)]));
}

function columnSchema(column: Column): z.ZodType {
  if (column.type === 'names') return z.array(z.string()).min(1).describe(column.description);
  const base =
    column.type === 'integer'
      ? z.number().int()
      : column.enum
        ? z.enum(column.enum as [string, ...string[]])
        : z.string();
  return (column.required ? base : base.nullable()).describe(column.description);
}

/** The zod schema of an NDJSON line, generated from the column list. */
export const LaureateLineSchema = z.strictObject(
  Object.fromEntries(LAUREATE_COLUMNS.map((c) => [c.name, columnSchema(c)])),
);

/** The contract of each line of `laureates.ndjson`. */
export function laureateLineJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(LaureateLineSchema, { target: 'draft-2020-12' }),
    $id: `https://palmares.invalid/schema/dataset/${DATASET_VERSION}/laureate.json`,
    title: 'palmares laureate (one line of laureates.ndjson)',
  };
}

/** The column list as a Markdown table (name, type, meaning), for the README. */
export function laureateColumnsMarkdown(): string {
  const rows = LAUREATE_COLUMNS.map(
    (c) => `| \`${c.name}\` | ${fieldType(c)}${c.type === 'names' ? ' (list)' : ''} | ${c.description} |`,
  );
  return ['| column | type | meaning |', '| --- | --- | --- |', ...rows, ''].join('\n');
}
