import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { FormatSchema } from '../parsers/doc.js';
import { type DatasetRecord, datasetRecord } from './dataset/view.js';
import { toJson } from './json.js';
import { type PalmaresRecord, RecordSchema, WarningSchema } from './schema.js';

/** What the ingest command says of a record, and what places its document in the corpus. */
export const RecordFactsSchema = RecordSchema.pick({ documentType: true, editionYear: true }).extend({
  format: FormatSchema,
  laureates: z.number().int(),
  events: z.number().int(),
  criteria: z.number().int(),
  warnings: z.array(WarningSchema.shape.code).describe('The codes of its warnings, in its order'),
});

/**
 * A record as a worker thread hands it to ingest: its file as text, cut where its `source.path` goes
 * (the corpus path, known only once the main thread settles it), its facts and its dataset part.
 * Text crosses the thread boundary far cheaper than the object, and the main thread never holds it.
 */
export const IngestedSchema = z.object({
  head: z.string(),
  tail: z.string(),
  facts: RecordFactsSchema,
  dataset: z
    .string()
    .describe(
      'The dataset part (dataset/view.ts) as JSON, its source.path still the extracted one: ingest holds one per document until it writes the dataset, and text takes a fraction of the memory of the objects',
    ),
});

export type RecordFacts = z.infer<typeof RecordFactsSchema>;
export type Ingested = z.infer<typeof IngestedSchema>;

export function ingested(record: PalmaresRecord): Ingested {
  // A random stand-in for the path: no document can contain one it cannot know.
  const hole = randomUUID();
  const parts = toJson({ ...record, source: { ...record.source, path: hole } }).split(JSON.stringify(hole));
  const [head, tail] = parts;
  if (parts.length !== 2 || head === undefined || tail === undefined) {
    throw new Error('internal error: the record file has no single place for its path');
  }
  return {
    head,
    tail,
    facts: recordFacts(record),
    dataset: JSON.stringify(datasetRecord(record)),
  };
}

export function recordFacts(record: PalmaresRecord): RecordFacts {
  return {
    documentType: record.documentType,
    editionYear: record.editionYear,
    format: record.source.format,
    laureates: record.laureates.length,
    events: record.events.length,
    criteria: record.criteria.length,
    warnings: record.warnings.map((w) => w.code),
  };
}

/** The record file of a record whose document is at `path` in the corpus. */
export function placedFile(record: Ingested, path: string): string {
  return record.head + JSON.stringify(path) + record.tail;
}

/** The dataset part of a record whose document is at `path` in the corpus. */
export function placedDataset(dataset: string, path: string): DatasetRecord {
  const part = JSON.parse(dataset) as DatasetRecord;
  return { ...part, source: { ...part.source, path } };
}
