import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PalmaresRecord, RecordSchema } from '../../pipeline/schema.js';
import { repoRoot } from '../support/cases.js';

/** A committed record of output/, e.g. `2023/forum-toulouse-laureats`. */
export function committedRecord(label: string): PalmaresRecord {
  return RecordSchema.parse(JSON.parse(readFileSync(join(repoRoot, 'output', `${label}.json`), 'utf8')));
}

/** A copy of `record` changed by `change`, as the extractor might have made it. */
export function edited(record: PalmaresRecord, change: (copy: PalmaresRecord) => void): PalmaresRecord {
  const copy = structuredClone(record);
  change(copy);
  return copy;
}

export const PARIS = "laureates[Ville de Paris · Programme «Démat'URBA»…]";
