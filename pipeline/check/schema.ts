import * as z from 'zod';
import { RecordSchema } from '../schema.js';

export const CheckOptionsSchema = z.object({
  /** Corpus files or folders, found as `palmares ingest` finds them. */
  corpusPaths: z.array(z.string()),
  /** The committed records, `<outDir>/<editionYear|unknown>/<name>.json`. */
  outDir: z.string(),
  /** Where the received records are written, same layout, for inspection; never inside outDir. */
  receivedDir: z.string(),
  concurrency: z.number().int().positive().optional(),
});

export const ChangeKindSchema = z.enum(['added', 'removed', 'changed']);

/** One field that differs between the committed record and the received one. */
export const ChangeSchema = z.object({
  path: z.string().describe("Keyed path, e.g. `laureates[Ville de Paris · Programme «Démat'URBA»…].tier`"),
  before: z.unknown().describe('Committed value; undefined when added'),
  after: z.unknown().describe('Received value; undefined when removed'),
  kind: ChangeKindSchema,
});

export const DiffOptionsSchema = z.object({
  /** Also compare `span`, `evidence` and `source.path`, which move whenever the text around them does. */
  spans: z.boolean().optional(),
});

/** A corpus document whose committed record was found and compared. */
export const CheckedDocumentSchema = z.object({
  label: z.string().describe('`<editionYear|unknown>/<name>`, the record path without outDir and `.json`'),
  source: z.string().describe('The corpus file, as in `source.path`'),
  committed: z.string(),
  received: z.string(),
  changes: z.array(ChangeSchema),
});

/** A corpus document with no committed record yet. */
export const NewDocumentSchema = z.object({
  label: z.string(),
  source: z.string(),
  committed: z.string().describe('Where its record is expected'),
  received: z.string(),
});

/** A committed record whose source document is gone. */
export const StaleRecordSchema = z.object({
  label: z.string(),
  committed: z.string(),
  source: z.string().describe('The `source.path` the record names'),
});

/** A corpus document or committed record that could not be read. */
export const CheckFailureSchema = z.object({ path: z.string(), error: z.string() });

/** A corpus document extracted afresh and where its record was written, or why it could not be. */
export const ReceivedSchema = z.union([
  z.object({
    source: z.string(),
    label: z.string(),
    path: z.string(),
    record: RecordSchema,
    error: z.undefined().optional(),
  }),
  z.object({ source: z.string(), error: z.string() }),
]);

/** A committed record, or why it cannot be compared. */
export const CommittedSchema = z.union([
  z.object({ path: z.string(), record: RecordSchema, error: z.undefined().optional() }),
  z.object({ path: z.string(), record: z.undefined().optional(), error: z.string() }),
]);

export const CheckResultSchema = z.object({
  documents: z.array(CheckedDocumentSchema),
  new: z.array(NewDocumentSchema),
  stale: z.array(StaleRecordSchema),
  failed: z.array(CheckFailureSchema),
});

export type CheckOptions = z.infer<typeof CheckOptionsSchema>;
export type ChangeKind = z.infer<typeof ChangeKindSchema>;
export type Change = z.infer<typeof ChangeSchema>;
export type DiffOptions = z.infer<typeof DiffOptionsSchema>;
export type CheckedDocument = z.infer<typeof CheckedDocumentSchema>;
export type NewDocument = z.infer<typeof NewDocumentSchema>;
export type StaleRecord = z.infer<typeof StaleRecordSchema>;
export type CheckFailure = z.infer<typeof CheckFailureSchema>;
export type Received = z.infer<typeof ReceivedSchema>;
export type Committed = z.infer<typeof CommittedSchema>;
export type CheckResult = z.infer<typeof CheckResultSchema>;
