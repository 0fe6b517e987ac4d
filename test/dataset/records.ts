import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { type PalmaresRecord, RecordSchema } from '../../pipeline/schema.js';

export { committedRecords, SEED, seedRecord, seedRecords } from '../support/seeds.js';

/** Another document: a copy of `record` under a new id and path, with `change` applied. */
export function variant(
  record: PalmaresRecord,
  id: string,
  change: (r: PalmaresRecord) => void = () => {},
): PalmaresRecord {
  const copy = structuredClone(record);
  copy.id = id;
  copy.source = { ...copy.source, path: `elsewhere/${id}.txt`, sha256: id.padEnd(64, '0') };
  change(copy);
  return RecordSchema.parse(copy);
}

/** Every ordering the tests feed the builders: as read, reversed, and each rotation. */
export function orderings<T>(items: readonly T[]): T[][] {
  const rotations = items.map((_, i) => [...items.slice(i), ...items.slice(0, i)]);
  return [[...items].reverse(), ...rotations];
}

/** A strict draft 2020-12 validator; its errors, as text, are empty for a valid value. */
export function validator(schema: Record<string, unknown>): (value: unknown) => string {
  const validate: ValidateFunction = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
  return (value) => (validate(value) ? '' : new Ajv2020().errorsText(validate.errors));
}
