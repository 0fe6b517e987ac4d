import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative, sep } from 'node:path';
import PQueue from 'p-queue';
import type { Format } from '../parsers/doc.js';
import { InputError, KNOWN_EXTENSIONS } from '../parsers/index.js';
import { extractFile } from './extract.js';
import { toJson, writeAtomic } from './json.js';
import { recordJsonSchema } from './json-schema.js';
import type { PalmaresRecord } from './schema.js';

export interface IngestOptions {
  /** Files or folders; folders are walked for corpus files. */
  paths: string[];
  /** Where records go, as `<outDir>/<editionYear|unknown>/<name>.json`. */
  outDir: string;
  concurrency?: number;
  format?: Format;
  /** Called once per document, in input order, when it is done. */
  onDocument?: (result: IngestResult) => void;
}

export type IngestResult =
  | { path: string; ok: true; output: string; record: PalmaresRecord }
  | { path: string; ok: false; error: string };

/**
 * Extracts every document concurrently and writes the records. Results come back in sorted input
 * order and every file is written whole, so the output is the same bytes whatever the concurrency.
 * A document that fails is reported; the others are still written.
 */
export async function ingest(options: IngestOptions): Promise<IngestResult[]> {
  const files = (await Promise.all(options.paths.map(expand))).flat().sort(byPath);
  const queue = new PQueue({ concurrency: options.concurrency ?? 4 });
  const records = await Promise.all(
    files.map((file) =>
      queue.add(async () => {
        try {
          const path = toPosix(relative(process.cwd(), file));
          return await extractFile(file, { path, ...(options.format ? { format: options.format } : {}) });
        } catch (e) {
          return e instanceof Error ? e : new Error(String(e));
        }
      }),
    ),
  );

  const results: IngestResult[] = [];
  const taken = new Map<string, string>();
  for (const [i, file] of files.entries()) {
    const record = records[i];
    const path = toPosix(relative(process.cwd(), file));
    let result: IngestResult;
    if (!record || record instanceof Error) {
      result = { path, ok: false, error: describe(record) };
    } else {
      const output = join(
        options.outDir,
        String(record.editionYear ?? 'unknown'),
        `${basename(file, extname(file))}.json`,
      );
      const clash = taken.get(output);
      if (clash) {
        result = {
          path,
          ok: false,
          error: `would overwrite ${toPosix(output)}, already written for ${clash}; rename one of them`,
        };
      } else {
        taken.set(output, path);
        await writeAtomic(output, toJson(record));
        result = { path, ok: true, output: toPosix(output), record };
      }
    }
    results.push(result);
    options.onDocument?.(result);
  }
  await writeAtomic(join(options.outDir, 'schema.json'), toJson(recordJsonSchema()));
  return results;
}

async function expand(path: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch {
    throw new InputError(`${path}: no such file or directory`);
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && KNOWN_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .map((e) => join(e.parentPath, e.name));
}

function describe(e: unknown): string {
  if (e instanceof InputError) return e.hint ? `${e.message} (${e.hint})` : e.message;
  return e instanceof Error ? e.message : String(e);
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
