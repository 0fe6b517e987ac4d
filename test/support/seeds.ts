import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PalmaresRecord, RecordSchema } from '../../pipeline/schema.js';
import { repoRoot } from './cases.js';

/**
 * The seed documents of the corpus by record id (the first 16 hex digits of their SHA-256): tests
 * that hold facts about one seed find it by its bytes, so that a release added to the corpus, or a
 * seed renamed, changes nothing for them.
 */
export const SEED = {
  labels2013: '11b10084fdcdb56b',
  call2019: '298726d8518ba1c1',
  tour2019: '874e2d88bc846824',
  toulouse2023Text: 'ebfbee76058d080f',
  toulouse2023Page: '9233a478c83e2022',
  marseille2024Text: '5a8d1d7b31a35ff8',
  marseille2024Pdf: '3bddb1e5b56462b0',
} as const;

/** Every committed record of output/ (`<outDir>/<year|unknown>/<name>.json`), in path order. */
export function committedRecords(): PalmaresRecord[] {
  const output = join(repoRoot, 'output');
  return readdirSync(output, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((dir) =>
      readdirSync(join(output, dir))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => RecordSchema.parse(JSON.parse(readFileSync(join(output, dir, f), 'utf8')))),
    );
}

/** The committed record of one seed. */
export function seedRecord(id: string): PalmaresRecord {
  const record = committedRecords().find((r) => r.id === id);
  if (!record) throw new Error(`no committed record with id ${id}: is the seed still in corpus/?`);
  return record;
}

/** The committed records of the seeds. */
export function seedRecords(): PalmaresRecord[] {
  const ids: readonly string[] = Object.values(SEED);
  return committedRecords().filter((r) => ids.includes(r.id));
}
