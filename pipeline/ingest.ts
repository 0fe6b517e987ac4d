import { open, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import PQueue from 'p-queue';
import type { Format } from '../parsers/doc.js';
import { InputError } from '../parsers/errors.js';
import { detectFormat } from '../parsers/index.js';
import { withAttachments } from './attachments.js';
import { corpusByHash, placeInCorpus } from './corpus.js';
import { type DatasetRecord, datasetRecord } from './dataset/view.js';
import { writeDataset } from './dataset/write.js';
import { describeError } from './errors.js';
import { type Ingested, placedDataset, placedFile, type RecordFacts } from './ingested.js';
import { removeStaleTemporaries, writeAtomic, writeIfChanged } from './json.js';
import { ExtractionPool } from './pool.js';
import { readDocument } from './read-document.js';
import { committedPaths, readRecord } from './records.js';
import { findDocuments, type Skipped, type Source, source } from './sources.js';

export interface IngestOptions {
  /** Files, folders (walked for documents) or "-" for standard input. */
  inputs: string[];
  /** Where documents live, as `<corpusDir>/<editionYear|unknown>/<slug>.<ext>`; new ones are copied there. */
  corpusDir: string;
  /** Where records go, as `<outDir>/<editionYear|unknown>/<slug>.json`. */
  outDir: string;
  /** Documents extracted at once, each in a worker thread of its own. */
  concurrency?: number;
  format?: Format;
  /** Resolve awardees and cities against the gazetteer (default true). */
  resolve?: boolean;
  /** A document still being extracted after this long is stopped and fails. */
  timeoutMs?: number;
  /** The memory (JavaScript heap, MiB) one document may use before it is stopped and fails. */
  memoryMb?: number;
  stdin?: () => Promise<Buffer>;
  /** Called for each file of a folder (or attachment of an e-mail) that is not read, with the reason, before `onStart`. */
  onSkipped?: (skipped: Skipped) => void;
  /** Called once the documents are found, with their number. */
  onStart?: (total: number) => void;
  /** Called once per document, in input order, when it is done. */
  onDocument?: (result: IngestResult) => void;
}

export type IngestResult =
  | {
      input: string;
      ok: true;
      /** The document in the corpus; `added` when this run copied it there. */
      corpusPath: string;
      added: boolean;
      output: string;
      /** Whether the record file changed; identical bytes ingested again change nothing. */
      changed: boolean;
      facts: RecordFacts;
    }
  | { input: string; ok: false; error: string };

/** What became of one document before it is settled: its bytes if they could be read, its record or error. */
type Extracted = { input: string; src: Source | null; record: Ingested | Error };

/**
 * Extracts every document in a pool of worker threads, adds the new ones to the corpus and writes their
 * records. Each document is read when a thread is free for it, results are settled in sorted input order,
 * and every file is written whole (temporary file, rename), so the output is the same bytes whatever the
 * concurrency. A document that fails, crashes its thread or runs past a limit is reported; the others
 * are still written.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult[]> {
  const stdin = options.stdin ?? (() => Promise.reject(new InputError('standard input is not available')));
  const files = await findDocuments(
    options.inputs.filter((p) => p !== '-'),
    options.onSkipped,
  );
  const piped = options.inputs.includes('-') ? source('-', await stdin()) : null;
  await removeStaleTemporaries([options.outDir, options.corpusDir]);
  const inCorpus = await corpusByHash(options.corpusDir);
  const jobs = await plan(files, piped, inCorpus, options.onSkipped);
  const total = jobs.length;
  options.onStart?.(total);

  const threads = Math.max(1, Math.min(options.concurrency ?? 4, total));
  const pool = new ExtractionPool({
    threads,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.memoryMb ? { memoryMb: options.memoryMb } : {}),
  });
  // Twice the threads: the pool keeps a document ready beside each thread (pool.ts).
  const queue = new PQueue({ concurrency: threads * 2 });
  const extractOne = async (input: string, read: () => Promise<Source>): Promise<Extracted> => {
    let src: Source | null = null;
    try {
      src = await read();
      const path = inCorpus.get(src.sha256) ?? src.path;
      const record = await pool.ingested({
        bytes: src.bytes,
        path,
        ...(options.format ? { format: options.format } : {}),
        ...(options.resolve === false ? { resolve: false } : {}),
      });
      return { input, src, record };
    } catch (e) {
      return { input, src, record: e instanceof Error ? e : new Error(String(e)) };
    }
  };
  // Documents are started a few ahead of the one being settled, not all at once: the records of those
  // that finish early wait in memory for their turn, and a batch must not pile up there.
  const pending: Array<Promise<Extracted>> = [];
  let queued = 0;
  const startAhead = () => {
    while (queued < jobs.length && pending.length < AHEAD_PER_THREAD * threads) {
      const job = jobs[queued++] as Job;
      pending.push(queue.add(() => extractOne(job.input, job.read)));
    }
  };

  const results: IngestResult[] = [];
  const books: Books = {
    options,
    inCorpus,
    seen: new Map(),
    outputs: new Map(),
    taken: new Set(),
    dataset: new Map(),
  };
  // Settled in input order, and each document let go once its files are written (its bytes, its
  // record's text). What names its files is decided in order (settle); the writing of a few runs at
  // once, so that the main thread does not wait on each file while the threads wait on it.
  const writing: Array<Promise<IngestResult>> = [];
  const report = async () => {
    const result = await (writing.shift() as Promise<IngestResult>);
    results.push(result);
    options.onDocument?.(result);
  };
  try {
    startAhead();
    for (let next = pending.shift(); next; next = pending.shift()) {
      const extracted = await next;
      startAhead();
      writing.push(settle(extracted, books));
      if (writing.length >= WRITING) await report();
    }
    while (writing.length) await report();
  } finally {
    await Promise.allSettled(writing);
    await pool.close();
  }
  // The dataset covers every record in outDir, not only this run's documents: those this run wrote are
  // not read back, the others are read (and left out unless they are valid records).
  const dataset = await Promise.all(
    (await committedPaths(options.outDir)).map(async (path) => {
      const held = books.dataset.get(path);
      return held ? placedDataset(held.json.toString(), held.corpusPath) : readDataset(path);
    }),
  );
  await writeDataset(
    dataset.filter((r) => r !== null),
    options.outDir,
  );
  return results;
}

/** Documents extracted ahead of the one being settled, per thread: enough that no thread waits for one. */
const AHEAD_PER_THREAD = 4;
/** Documents whose files are written at once. */
const WRITING = 16;

/** A document of the batch: where it comes from, and how to read it when a thread is free for it. */
interface Job {
  input: string;
  read: () => Promise<Source>;
}

/**
 * The documents of the batch in order. Files are read when a thread is free for them; an e-mail is
 * opened here, so that the documents it carries follow it (`message.eml › communique.pdf`), each file
 * the corpus or this run does not hold yet once.
 */
async function plan(
  files: string[],
  piped: Source | null,
  inCorpus: Map<string, string>,
  onSkipped: IngestOptions['onSkipped'],
): Promise<Job[]> {
  const held = new Set(inCorpus.keys());
  const opened = async (src: Source): Promise<Job[]> => {
    const all = await withAttachments([src], held, onSkipped);
    for (const s of all) held.add(s.sha256);
    return all.map((s) => ({ input: s.path, read: async () => s }));
  };
  const jobs: Job[] = [];
  for (const path of files) {
    if (await looksLikeEmail(path)) jobs.push(...(await opened(source(path, await readDocument(path)))));
    else jobs.push({ input: path, read: async () => source(path, await readDocument(path)) });
  }
  if (piped) jobs.push(...(await opened(piped)));
  return jobs;
}

/**
 * Whether a file is an e-mail, from its first bytes (and its name as a hint). Only a regular file is
 * opened here: opening a named pipe would wait for a writer; reading it fails later, as a document.
 */
async function looksLikeEmail(path: string): Promise<boolean> {
  if (!(await stat(path).catch(() => null))?.isFile()) return false;
  const file = await open(path, 'r').catch(() => null);
  if (!file) return false;
  try {
    const head = Buffer.alloc(4096);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return detectFormat(head.subarray(0, bytesRead), path) === 'email';
  } catch {
    return false;
  } finally {
    await file.close();
  }
}

interface Books {
  options: IngestOptions;
  inCorpus: Map<string, string>;
  /** Hashes handled in this run, so that the same bytes given twice are one document. */
  seen: Map<string, string>;
  /** Record files written in this run, by the corpus document they came from. */
  outputs: Map<string, string>;
  taken: Set<string>;
  /**
   * The dataset part of the records written in this run, as UTF-8 JSON, and their corpus path, by record
   * file. Held until the end of the run: as bytes outside the JavaScript heap, which V8 would otherwise
   * size to a multiple of what the batch holds.
   */
  dataset: Map<string, { json: Buffer; corpusPath: string }>;
}

/** The dataset part of a record file this run did not write; null unless it holds a valid record. */
async function readDataset(path: string): Promise<DatasetRecord | null> {
  const { record } = await readRecord(path);
  return record ? datasetRecord(record) : null;
}

/**
 * A document's place in the corpus and its record file, then their writing. Everything that decides a
 * name (hashes seen, corpus names taken, record files claimed) runs before the first `await`, so in
 * input order even while earlier documents are still being written.
 */
async function settle({ input, src, record }: Extracted, b: Books): Promise<IngestResult> {
  if (!src || record instanceof Error) return { input, ok: false, error: describeError(record) };
  const twin = b.seen.get(src.sha256);
  if (twin) return { input, ok: false, error: `same bytes as ${twin}, already ingested in this run` };
  b.seen.set(src.sha256, src.path);

  const known = b.inCorpus.get(src.sha256);
  const corpusPath = known ?? placeInCorpus(b.options.corpusDir, src, record.facts, b.taken);
  const output = join(
    b.options.outDir,
    String(record.facts.editionYear ?? 'unknown'),
    `${basename(corpusPath, extname(corpusPath))}.json`,
  ).replaceAll('\\', '/');
  const clash = b.outputs.get(output);
  if (clash) {
    return { input, ok: false, error: `would overwrite ${output}, written for ${clash}; rename one of them` };
  }
  b.outputs.set(output, corpusPath);
  b.dataset.set(output, { json: Buffer.from(record.dataset), corpusPath });
  // The document first: a record file never names a corpus document that is not there.
  if (!known) await writeAtomic(corpusPath, src.bytes);
  const changed = await writeIfChanged(output, placedFile(record, corpusPath));
  return { input, ok: true, corpusPath, added: !known, output, changed, facts: record.facts };
}
