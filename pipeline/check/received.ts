import { availableParallelism } from 'node:os';
import { basename, extname, join } from 'node:path';
import PQueue from 'p-queue';
import { describeError } from '../errors.js';
import { toJson, writeAtomic } from '../json.js';
import { ExtractionPool } from '../pool.js';
import { readDocument } from '../read-document.js';
import type { Received } from './schema.js';

/**
 * Extracts the documents (POSIX paths relative to the working directory, as `source.path` has them)
 * and writes each record to `<receivedDir>/<editionYear|unknown>/<name>.json`, where ingest would put
 * it in outDir. Results come in the order of `files`, whatever the concurrency.
 *
 * As ingest does, each document runs in a thread of one pool, under the time and memory limits: the
 * documents are extracted side by side, and this thread loads none of the extraction.
 */
export async function receive(files: string[], receivedDir: string, concurrency = 4): Promise<Received[]> {
  // Every thread loads the extraction afresh: more threads than cores (or documents) only add loads.
  const threads = Math.max(1, Math.min(concurrency, availableParallelism(), files.length));
  const pool = new ExtractionPool({ threads });
  // A file is read when a thread is free for it, so that a large corpus is never held whole in memory.
  const queue = new PQueue({ concurrency: threads });
  let extracted: Array<{ source: string; record: Awaited<ReturnType<ExtractionPool['extract']>> | string }>;
  try {
    extracted = await Promise.all(
      files.map((source) =>
        queue.add(async () => ({
          source,
          record: await readDocument(source)
            .then((bytes) => pool.extract({ bytes, path: source }))
            .catch((e: unknown) => describeError(e)),
        })),
      ),
    );
  } finally {
    await pool.close();
  }
  const written = new Map<string, string>();
  const received: Received[] = [];
  for (const { source, record } of extracted) {
    if (typeof record === 'string') {
      received.push({ source, error: record });
      continue;
    }
    const label = `${record.editionYear ?? 'unknown'}/${basename(source, extname(source))}`;
    const twin = written.get(label);
    if (twin) {
      received.push({
        source,
        error: `has the same record path ${label}.json as ${twin}; rename one of them`,
      });
      continue;
    }
    written.set(label, source);
    const path = join(receivedDir, `${label}.json`).replaceAll('\\', '/');
    await writeAtomic(path, toJson(record));
    received.push({ source, label, path, record });
  }
  return received;
}
