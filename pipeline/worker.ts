/**
 * The extraction worker: one document per task, in a thread of the pool (pipeline/pool.ts) that the
 * pool stops when the document runs past its time or memory limit. Failures come back as values,
 * because an InputError would lose its class (and its hint) crossing the thread boundary.
 */
import type { MessagePort } from 'node:worker_threads';
import type { Format } from '../parsers/doc.js';
import { InputError } from '../parsers/errors.js';
import { detectFormat, parse } from '../parsers/index.js';
import type { Limits } from '../parsers/limits.js';
import { extract } from './extract.js';
import { type Ingested, ingested } from './ingested.js';
import type { PalmaresRecord } from './schema.js';

export interface ExtractTask {
  bytes: Uint8Array;
  path: string;
  format?: Format;
  resolve?: boolean;
  limits?: Limits;
  /**
   * What comes back: the record (the default), only the document text the spans index (`palmares
   * text`), or the record as ingest writes it (ingested.ts).
   */
  output?: 'record' | 'text' | 'ingested';
  /** Told when the thread starts the document: its time limit runs from then. */
  started?: MessagePort;
}

export type ExtractOutcome =
  | { ok: true; record: PalmaresRecord }
  | { ok: true; text: string }
  | { ok: true; ingested: Ingested }
  | { ok: false; message: string; hint?: string; internal: boolean };

// pdf.js can reject promises of its own after a broken document was given up: they belong to no task
// and must not end the thread that reads the next one. A document fails by its own promise only.
process.on('unhandledRejection', () => {});

export default async function run(task: ExtractTask): Promise<ExtractOutcome> {
  try {
    const { bytes, output, started, ...options } = task;
    started?.postMessage('started');
    started?.close();
    if (output === 'text') {
      const doc = await parse(bytes, options.format ?? detectFormat(bytes, options.path), options.limits);
      return { ok: true, text: doc.text };
    }
    const record = await extract(bytes, options);
    return output === 'ingested' ? { ok: true, ingested: ingested(record) } : { ok: true, record };
  } catch (e) {
    if (e instanceof InputError) return { ok: false, message: e.message, hint: e.hint, internal: false };
    return { ok: false, message: e instanceof Error ? e.message : String(e), internal: true };
  }
}
