import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeDataset } from '../pipeline/dataset/write.js';
import { extract } from '../pipeline/extract.js';
import { toJson, writeAtomic } from '../pipeline/json.js';
import { recordJsonSchema } from '../pipeline/json-schema.js';
import { corpusFiles, repoRoot } from './support/cases.js';
import { committedRecords } from './support/seeds.js';

/**
 * Golden files: `output/` is what the pipeline makes of the corpus. Each is regenerated here and
 * compared byte for byte; `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` rewrites them, for review
 * like code. CI never rewrites.
 */
const update = process.env.UPDATE_GOLDEN === '1';
if (update && process.env.CI)
  throw new Error('UPDATE_GOLDEN is refused under CI: golden files are reviewed changes');

async function check(path: string, received: string): Promise<void> {
  if (update) await writeAtomic(path, received);
  expect(existsSync(path), `${path} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts`).toBe(
    true,
  );
  expect(received).toBe(readFileSync(path, 'utf8'));
}

describe('golden files in output/', () => {
  const files = corpusFiles();
  it('holds no record whose source has left the corpus', () => {
    const sources = committedRecords().map((r) => r.source.path);
    expect(sources.length).toBeGreaterThan(0);
    expect(sources.filter((path) => !files.includes(path))).toEqual([]);
  });
  it.each(files)('%s', async (file) => {
    const record = await extract(readFileSync(join(repoRoot, file)), { path: file });
    const golden = join(
      repoRoot,
      'output',
      String(record.editionYear ?? 'unknown'),
      `${basename(file, extname(file))}.json`,
    );
    await check(golden, toJson(record));
  });
  it('output/schema.json is the JSON Schema generated from the zod schema', async () => {
    await check(join(repoRoot, 'output', 'schema.json'), toJson(recordJsonSchema()));
  });

  it('the dataset in output/ is what the records make', async () => {
    const records = await Promise.all(
      files.map(async (file) => extract(readFileSync(join(repoRoot, file)), { path: file })),
    );
    const dir = mkdtempSync(join(tmpdir(), 'palmares-dataset-'));
    try {
      for (const written of await writeDataset(records, dir)) {
        await check(join(repoRoot, 'output', basename(written)), readFileSync(written, 'utf8'));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
