import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readCommitted } from '../records.js';
import { byCodePoint, findDocuments } from '../sources.js';
import { diffRecords } from './diff.js';
import { receive } from './received.js';
import type { CheckOptions, CheckResult } from './schema.js';

/**
 * Re-extracts the corpus documents, writes their records to `receivedDir` and compares each with its
 * committed record: `<outDir>/<editionYear|unknown>/<name>.json`, or else the committed record naming
 * the document as its source (its edition year changed). Source paths are relative to the working
 * directory, as ingest writes them. Everything comes back in path order.
 */
export async function checkCorpus(options: CheckOptions): Promise<CheckResult> {
  refuseNested(options.outDir, options.receivedDir);
  // The committed records are read and validated while the threads extract.
  const [received, records] = await Promise.all([
    findDocuments(options.corpusPaths).then((files) =>
      receive(files, options.receivedDir, options.concurrency),
    ),
    readCommitted(options.outDir),
  ]);
  const unclaimed = new Map(records.map((c) => [c.path, c]));
  const result: CheckResult = { documents: [], new: [], stale: [], failed: [] };

  for (const doc of received) {
    if (doc.error !== undefined) {
      result.failed.push({ path: doc.source, error: doc.error });
      continue;
    }
    const expected = join(options.outDir, `${doc.label}.json`).replaceAll('\\', '/');
    const committed =
      unclaimed.get(expected) ?? [...unclaimed.values()].find((c) => c.record?.source.path === doc.source);
    if (!committed) {
      result.new.push({ label: doc.label, source: doc.source, committed: expected, received: doc.path });
      continue;
    }
    unclaimed.delete(committed.path);
    if (committed.error !== undefined) {
      result.failed.push({ path: committed.path, error: committed.error });
      continue;
    }
    result.documents.push({
      label: doc.label,
      source: doc.source,
      committed: committed.path,
      received: doc.path,
      changes: diffRecords(committed.record, doc.record),
    });
  }

  // A record left over is stale when its source is gone, or was checked and now has another record;
  // the records of documents outside corpusPaths are not this check's business.
  const checked = new Set(received.map((doc) => doc.source));
  for (const c of unclaimed.values()) {
    if (c.error !== undefined) {
      result.failed.push({ path: c.path, error: c.error });
    } else if (!existsSync(c.record.source.path) || checked.has(c.record.source.path)) {
      const label = relative(options.outDir, c.path)
        .replaceAll('\\', '/')
        .replace(/\.json$/, '');
      result.stale.push({ label, committed: c.path, source: c.record.source.path });
    }
  }
  result.failed.sort((a, b) => byCodePoint(a.path, b.path));
  return result;
}

/** Whether the check fails: a changed field, a new or stale document, or a file that could not be read. */
export function hasDifferences(result: CheckResult): boolean {
  return (
    result.documents.some((d) => d.changes.length > 0) ||
    result.new.length > 0 ||
    result.stale.length > 0 ||
    result.failed.length > 0
  );
}

/** Received records written into outDir, or over it, would overwrite the very records under review. */
function refuseNested(outDir: string, receivedDir: string): void {
  const [out, rec] = [resolve(outDir), resolve(receivedDir)];
  if (out === rec || rec.startsWith(out + sep) || out.startsWith(rec + sep)) {
    throw new Error(`receivedDir ${receivedDir} must lie outside outDir ${outDir}, and not contain it`);
  }
}
