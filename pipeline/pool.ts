import { MessageChannel } from 'node:worker_threads';
import PQueue from 'p-queue';
import { Piscina } from 'piscina';
import { InputError } from '../parsers/errors.js';
import { DEFAULT_TIMEOUT_MS, timedOut } from './errors.js';
import type { Ingested } from './ingested.js';
import type { PalmaresRecord } from './schema.js';
import type { ExtractOutcome, ExtractTask } from './worker.js';

export interface PoolOptions {
  /** Documents extracted at once, each in a thread of its own; threads are reused across documents. */
  threads?: number;
  /** Per document, from the moment its thread takes it: past this the thread is stopped and the document fails. */
  timeoutMs?: number;
  /** The JavaScript heap of each thread, in MiB: a document that needs more stops its thread and fails. */
  memoryMb?: number;
}

export const DEFAULT_MEMORY_MB = 1024;

const WORKER = new URL('./worker-thread.cjs', import.meta.url).href;
/** How long a new thread may take to load the extraction before its first document. */
const START_MS = 60_000;

/**
 * Extraction where a crash, an out-of-memory or a hang ends one document only: each document runs in a
 * worker thread that is stopped (and replaced) when it fails, so one pool serves a whole batch. Tasks
 * wait in a queue of our own, so that a document's time starts when a thread takes it, not when it is
 * queued. One document more than there are threads is handed to the pool ahead, so that a thread that
 * finishes finds its next document there instead of waiting for the main thread to send it.
 */
export class ExtractionPool {
  readonly #pool: Piscina<ExtractTask, ExtractOutcome>;
  readonly #queue: PQueue;
  readonly #timeoutMs: number;
  readonly #memoryMb: number;

  constructor(options: PoolOptions = {}) {
    const threads = options.threads ?? 4;
    this.#timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.#memoryMb = options.memoryMb ?? DEFAULT_MEMORY_MB;
    this.#pool = new Piscina({
      filename: WORKER,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: Number.POSITIVE_INFINITY,
      resourceLimits: { maxOldGenerationSizeMb: this.#memoryMb },
    });
    // A thread that fails between tasks (a late error of the document it last read) is replaced by the
    // pool; it has no document left to report it on.
    this.#pool.on('error', () => {});
    this.#queue = new PQueue({ concurrency: threads * 2 });
  }

  /** The record of one document; an InputError when it cannot be read, or ran past a limit. */
  async extract(task: Omit<ExtractTask, 'output'>): Promise<PalmaresRecord> {
    const outcome = await this.#run(task);
    if (!('record' in outcome)) throw new Error('internal error: the worker gave no record');
    return outcome.record;
  }

  /** The text that the record's spans index, read under the same limits. */
  async text(task: Omit<ExtractTask, 'output'>): Promise<string> {
    const outcome = await this.#run({ ...task, output: 'text' });
    if (!('text' in outcome)) throw new Error('internal error: the worker gave no text');
    return outcome.text;
  }

  /** The record as ingest writes it, under the same limits. */
  async ingested(task: Omit<ExtractTask, 'output'>): Promise<Ingested> {
    const outcome = await this.#run({ ...task, output: 'ingested' });
    if (!('ingested' in outcome)) throw new Error('internal error: the worker gave no record');
    return outcome.ingested;
  }

  async #run(task: ExtractTask): Promise<Extract<ExtractOutcome, { ok: true }>> {
    const outcome = await this.#queue.add(async () => {
      // The clock starts when the thread starts the document, so that a thread started afresh (after
      // one was stopped) does not spend the next document's time loading its modules.
      const controller = new AbortController();
      const { port1: started, port2 } = new MessageChannel();
      // Before it starts, it may wait for the document ahead of it, which has its own limit.
      let timer = setTimeout(() => controller.abort(), START_MS + 2 * this.#timeoutMs);
      started.once('message', () => {
        clearTimeout(timer);
        timer = setTimeout(() => controller.abort(), this.#timeoutMs);
      });
      try {
        return await this.#pool.run(
          { ...task, started: port2 },
          { signal: controller.signal, transferList: [port2] },
        );
      } catch (e) {
        throw this.#stopped(e);
      } finally {
        clearTimeout(timer);
        started.close();
      }
    });
    if (outcome.ok) return outcome;
    if (outcome.internal) throw new Error(`internal error: ${outcome.message}`);
    throw new InputError(outcome.message, outcome.hint);
  }

  /** Stops the threads; call it once every document is done. */
  async close(): Promise<void> {
    await this.#pool.destroy();
  }

  /** Why a thread stopped, as the document's error. */
  #stopped(e: unknown): Error {
    const error = e instanceof Error ? e : new Error(String(e));
    if (error.name === 'AbortError') return timedOut(this.#timeoutMs);
    if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new InputError(
        `needs more than ${this.#memoryMb} MiB of memory to extract`,
        'it may be malformed: check it, or raise --memory',
      );
    }
    return new Error(`internal error: the extraction stopped (${error.message})`);
  }
}
