import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { laureatesCsv } from '../../pipeline/dataset/csv.js';
import {
  LAUREATE_COLUMNS,
  LaureateLineSchema,
  laureateLineJsonSchema,
} from '../../pipeline/dataset/laureate-columns.js';
import { laureatesNdjson } from '../../pipeline/dataset/ndjson.js';
import { committedRecords, orderings, validator } from './records.js';

describe('laureates.ndjson', () => {
  const records = committedRecords();
  const ndjson = laureatesNdjson(records);
  const lines = ndjson.split('\n').slice(0, -1);
  const invalid = validator(laureateLineJsonSchema());

  it('has one line per laureate, each valid against the JSON Schema generated from its zod schema', () => {
    expect(ndjson.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(records.reduce((n, r) => n + r.laureates.length, 0));
    for (const line of lines) {
      expect(invalid(JSON.parse(line)), line).toBe('');
      expect(() => LaureateLineSchema.parse(JSON.parse(line))).not.toThrow();
    }
  });

  it('has the fields of the CSV, typed, in the same order', () => {
    const rows: Array<Record<string, string>> = parse(laureatesCsv(records), { columns: true });
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      rows.map((row) =>
        Object.fromEntries(
          LAUREATE_COLUMNS.map(({ name, type }) => {
            const cell = row[name] ?? '';
            if (type === 'names') return [name, cell.split(' ; ')];
            if (cell === '') return [name, null];
            return [name, type === 'integer' ? Number(cell) : cell];
          }),
        ),
      ),
    );
  });

  it('rejects lines that break the contract', () => {
    const line = JSON.parse(lines[0] ?? '{}');
    expect(invalid({ ...line, tier: 'platinum' })).not.toBe('');
    expect(invalid({ ...line, awardees: [] })).not.toBe('');
    expect(invalid({ ...line, evidence_start: null })).not.toBe('');
    expect(invalid({ ...line, extra: 1 })).not.toBe('');
  });

  it('is the same bytes whatever order the records arrive in', () => {
    for (const order of orderings(records)) expect(laureatesNdjson(order)).toBe(ndjson);
  });
});
