import { CSV_DIALECT } from './csv.js';
import { DATASET_VERSION } from './edition-schema.js';
import { fieldType, LAUREATE_COLUMNS } from './laureate-columns.js';

/** The files of the dataset, by role: the writer and the descriptor share these names. */
export const DATASET_FILES = {
  editions: 'editions.json',
  editionsSchema: 'editions.schema.json',
  laureatesCsv: 'laureates.csv',
  laureatesNdjson: 'laureates.ndjson',
  laureateSchema: 'laureate.schema.json',
  recordSchema: 'schema.json',
  descriptor: 'datapackage.json',
} as const;

const JSON_SCHEMA_DRAFT = 'https://json-schema.org/draft/2020-12/schema';

/**
 * `datapackage.json`, a Frictionless Data Package descriptor. It depends on nothing but the code
 * (no timestamps, no sizes), so it is the same bytes on every run.
 */
export function dataPackage(): Record<string, unknown> {
  return {
    profile: 'data-package',
    name: 'palmares-territoire-innovant',
    title: 'Palmarès du Label Territoire Innovant',
    description:
      'Editions, events, criteria, figures and laureates of the « Label Territoire Innovant » (Les Interconnectés), extracted from press releases by palmares. Every fact names the records it was read in.',
    version: DATASET_VERSION,
    licenses: [
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      },
    ],
    resources: [
      {
        name: 'laureates',
        title: 'Laureates, one row per laureate of each source document',
        path: DATASET_FILES.laureatesCsv,
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        schema: {
          fields: LAUREATE_COLUMNS.map((c) => ({
            name: c.name,
            type: fieldType(c),
            description: c.description,
            constraints: {
              required: c.required,
              ...(c.type === 'string' && c.enum ? { enum: c.enum } : {}),
            },
          })),
          primaryKey: 'laureate_id',
          missingValues: [''],
        },
      },
      {
        name: 'laureates-ndjson',
        title: 'The same laureates as JSON lines, with typed values',
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
        schema: JSON_SCHEMA_DRAFT,
      },
    ],
  };
}
