import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Committed } from './check/schema.js';
import { RecordSchema, SCHEMA_VERSION } from './schema.js';
import { byCodePoint } from './sources.js';

/** Every `<outDir>/<dir>/<name>.json` (so not `schema.json`), parsed, in path order; a missing outDir has none. */
export async function readCommitted(outDir: string): Promise<Committed[]> {
  return Promise.all((await committedPaths(outDir)).map(readRecord));
}

/** The paths of every `<outDir>/<dir>/<name>.json`, in path order. */
export async function committedPaths(outDir: string): Promise<string[]> {
  const dirs = await readdir(outDir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  const files = await Promise.all(
    dirs
      .filter((d) => d.isDirectory())
      .map(async (d) =>
        (await readdir(join(outDir, d.name)))
          .filter((name) => name.endsWith('.json'))
          .map((name) => join(outDir, d.name, name).replaceAll('\\', '/')),
      ),
  );
  return files.flat().sort(byCodePoint);
}

export async function readRecord(path: string): Promise<Committed> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (e) {
    return { path, error: `is not valid JSON (${(e as Error).message})` };
  }
  const parsed = RecordSchema.safeParse(json);
  if (parsed.success) return { path, record: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.join('.') || 'record';
  return {
    path,
    error: `is not a record of schema ${SCHEMA_VERSION} (${where}: ${issue?.message}); regenerate it with palmares ingest`,
  };
}
