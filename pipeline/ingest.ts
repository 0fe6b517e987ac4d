import { basename, extname, join } from 'node:path';
import PQueue from 'p-queue';
import type { Format } from '../parsers/doc.js';
import { InputError } from '../parsers/index.js';
import { corpusByHash, placeInCorpus } from './corpus.js';
import { writeDataset } from './dataset/write.js';
import { DEFAULT_TIMEOUT_MS, describeError, extractionTimeout } from './errors.js';
import { extract } from './extract.js';
import { toJson, writeAtomic, writeIfChanged } from './json.js';
import { readCommitted } from './records.js';
import type { PalmaresRecord } from './schema.js';
import { readSources, type Skipped, type Source } from './sources.js';

export interface IngestOptions {
  /** Files, folders (walked for documents) or "-" for standard input. */
  inputs: string[];
  /** Where documents live, as `<corpusDir>/<editionYear|unknown>/<slug>.<ext>`; new ones are copied there. */
  corpusDir: string;
  /** Where records go, as `<outDir>/<editionYear|unknown>/<slug>.json`. */
  outDir: string;
  concurrency?: number;
  format?: Format;
  /** A document still being read after this long is abandoned as failed. */
  timeoutMs?: number;
  stdin?: () => Promise<Buffer>;
  /** Called for each file of a folder that is not read, with the reason, before `onStart`. */
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
      record: PalmaresRecord;
    }
  | { input: string; ok: false; error: string };

/**
 * Extracts every document concurrently, adds the new ones to the corpus and writes their records.
 * Results come back in sorted input order and every file is written whole (temporary file, rename),
 * so the output is the same bytes whatever the concurrency. A document that fails is reported; the
 * others are still written.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult[]> {
  const stdin = options.stdin ?? (() => Promise.reject(new InputError('standard input is not available')));
  const sources = await readSources(options.inputs, stdin, options.onSkipped);
  const inCorpus = await corpusByHash(options.corpusDir);
  options.onStart?.(sources.length);
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const records = sources.map((src) =>
    queue.add(() =>
      extractionTimeout(
        extract(src.bytes, {
          path: inCorpus.get(src.sha256) ?? src.path,
          ...(options.format ? { format: options.format } : {}),
        }),
        timeout,
      ).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
    ),
  );

  const results: IngestResult[] = [];
  const seen = new Map<string, string>();
  const outputs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [i, src] of sources.entries()) {
    const record = await records[i];
    const result = await settle(src, record, { options, inCorpus, seen, outputs, taken });
    results.push(result);
    options.onDocument?.(result);
  }
  // The dataset covers every record in outDir, not only this run's documents.
  const committed = await readCommitted(options.outDir);
  await writeDataset(
    committed.flatMap((c) => ('record' in c && c.record ? [c.record] : [])),
    options.outDir,
  );
  return results;
}

interface Books {
  options: IngestOptions;
  inCorpus: Map<string, string>;
  /** Hashes handled in this run, so that the same bytes given twice are one document. */
  seen: Map<string, string>;
  /** Record files written in this run, by the corpus document they came from. */
  outputs: Map<string, string>;
  taken: Set<string>;
}

async function settle(
  src: Source,
  record: PalmaresRecord | Error | undefined,
  b: Books,
): Promise<IngestResult> {
  if (!record || record instanceof Error) return { input: src.path, ok: false, error: describeError(record) };
  const twin = b.seen.get(src.sha256);
  if (twin)
    return { input: src.path, ok: false, error: `same bytes as ${twin}, already ingested in this run` };
  b.seen.set(src.sha256, src.path);

  const known = b.inCorpus.get(src.sha256);
  const corpusPath = known ?? placeInCorpus(b.options.corpusDir, src, record, b.taken);
  if (!known) await writeAtomic(corpusPath, src.bytes);
  const placed: PalmaresRecord = { ...record, source: { ...record.source, path: corpusPath } };
  const output = join(
    b.options.outDir,
    String(placed.editionYear ?? 'unknown'),
    `${basename(corpusPath, extname(corpusPath))}.json`,
  ).replaceAll('\\', '/');
  const clash = b.outputs.get(output);
  if (clash) {
    return {
      input: src.path,
      ok: false,
      error: `would overwrite ${output}, written for ${clash}; rename one of them`,
    };
  }
  b.outputs.set(output, corpusPath);
  const changed = await writeIfChanged(output, toJson(placed));
  return { input: src.path, ok: true, corpusPath, added: !known, output, changed, record: placed };
}
