import { createHash } from 'node:crypto';
import { CSV_DIALECT, neutralise } from './csv.js';
import { DATASET_VERSION } from './edition-schema.js';
import { distinctRecords } from './order.js';
import { fieldType, type Table } from './table.js';
import { AWARDEES, LAUREATES, MENTIONS } from './tables.js';
import type { DatasetRecord } from './view.js';

/** The files of the dataset, by role: the writer and the descriptor share these names. */
export const DATASET_FILES = {
  editions: 'editions.json',
  editionsSchema: 'editions.schema.json',
  laureatesCsv: LAUREATES.file,
  awardeesCsv: AWARDEES.file,
  mentionsCsv: MENTIONS.file,
  laureatesNdjson: 'laureates.ndjson',
  laureateSchema: 'laureate.schema.json',
  recordSchema: 'schema.json',
  descriptor: 'datapackage.json',
} as const;

const CSV_NOTE = `UTF-8 with a byte order mark, "${CSV_DIALECT.delimiter}" between fields; a text cell that a spreadsheet would take for a formula starts with an added "'" (${neutralise('=…')})`;

function tableResource<Row>(table: Table<Row>): Record<string, unknown> {
  return {
    name: table.name,
    title: table.title,
    description: CSV_NOTE,
    path: table.file,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: {
      fields: table.columns.map((c) => ({
        name: c.name,
        type: fieldType(c),
        description: c.description,
        constraints: {
          required: c.required,
          ...(c.type === 'string' && c.enum ? { enum: c.enum } : {}),
        },
      })),
      primaryKey: table.primaryKey,
      ...(table.foreignKeys
        ? {
            foreignKeys: table.foreignKeys.map((k) => ({
              fields: k.fields,
              reference: { resource: k.table, fields: k.reference },
            })),
          }
        : {}),
      missingValues: [''],
    },
  };
}

/**
 * `datapackage.json`, a Frictionless Data Package descriptor. Its `version` is the dataset schema's,
 * with the first digits of the SHA-256 of the data files as build metadata, so that two builds of
 * different data never share a version; its `sources` are the documents the records were read from.
 * It holds no timestamp, so the same data gives the same bytes.
 */
export function dataPackage(
  records: readonly DatasetRecord[],
  files: ReadonlyArray<readonly [string, string]>,
): Record<string, unknown> {
  const digest = createHash('sha256');
  for (const [name, content] of files) digest.update(`${name}\n${content}\n`);
  return {
    profile: 'data-package',
    name: 'palmares',
    title: 'Palmarès of French awards to local authorities',
    description:
      'Editions, events, criteria, figures and laureates of awards given to French local authorities (the « Label Territoire Innovant » of Les Interconnectés and others), extracted from their announcements by palmares. Every fact names the records it was read in, and every laureate the words of each document that states it.',
    version: `${DATASET_VERSION}+${digest.digest('hex').slice(0, 12)}`,
    licenses: [
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      },
    ],
    sources: distinctRecords(records).map((r) => ({ title: r.source.path, sha256: r.source.sha256 })),
    resources: [
      tableResource(LAUREATES),
      tableResource(AWARDEES),
      tableResource(MENTIONS),
      {
        name: 'laureates-ndjson',
        title: 'The rows of laureates.csv as JSON lines, with typed values',
        path: DATASET_FILES.laureatesNdjson,
        profile: 'data-resource',
        format: 'ndjson',
        mediatype: 'application/x-ndjson',
        encoding: 'utf-8',
        schema: DATASET_FILES.laureateSchema,
      },
      {
        name: 'editions',
        title: 'One entry per edition year, merging every document about it, with its conflicts',
        path: DATASET_FILES.editions,
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        schema: DATASET_FILES.editionsSchema,
      },
      {
        name: 'record-schema',
        title: 'JSON Schema of the palmares record, the source of every fact',
        path: DATASET_FILES.recordSchema,
        profile: 'data-resource',
        format: 'json',
        mediatype: 'application/schema+json',
        encoding: 'utf-8',
      },
    ],
  };
}
