import { basename, extname, join } from 'node:path';
import PQueue from 'p-queue';
import { DEFAULT_TIMEOUT_MS, describeError, extractionTimeout } from '../errors.js';
import { extractFile } from '../extract.js';
import { toJson, writeAtomic } from '../json.js';
import type { Received } from './schema.js';

/**
 * Extracts the documents (POSIX paths relative to the working directory, as `source.path` has them)
 * and writes each record to `<receivedDir>/<editionYear|unknown>/<name>.json`, where ingest would put
 * it in outDir. Results come in the order of `files`, whatever the concurrency.
 */
export async function receive(files: string[], receivedDir: string, concurrency = 4): Promise<Received[]> {
  const queue = new PQueue({ concurrency });
  const extracted = await Promise.all(
    files.map((source) =>
      queue.add(async () => ({
        source,
        record: await extractionTimeout(extractFile(source), DEFAULT_TIMEOUT_MS).catch((e: unknown) =>
          describeError(e),
        ),
      })),
    ),
  );
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
