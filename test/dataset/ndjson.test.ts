import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { editionsAndLaureates } from '../../pipeline/dataset/editions.js';
import {
  LaureateLineSchema,
  laureateLineJsonSchema,
  laureatesNdjson,
} from '../../pipeline/dataset/ndjson.js';
import { LAUREATES } from '../../pipeline/dataset/tables.js';
import { datasetFiles } from '../../pipeline/dataset/write.js';
import { committedRecords, orderings, validator } from './records.js';

describe('laureates.ndjson', () => {
  const records = committedRecords();
  const ndjson = laureatesNdjson(editionsAndLaureates(records).laureates);
  const lines = ndjson.split('\n').slice(0, -1);
  const invalid = validator(laureateLineJsonSchema());

  it('has one line per laureate of an edition, each valid against the JSON Schema generated from its zod schema', () => {
    expect(ndjson.endsWith('\n')).toBe(true);
    expect(lines).toHaveLength(editionsAndLaureates(records).laureates.length);
    for (const line of lines) {
      expect(invalid(JSON.parse(line)), line).toBe('');
      expect(() => LaureateLineSchema.parse(JSON.parse(line))).not.toThrow();
    }
  });

  it('has the fields of laureates.csv, typed, in the same order', () => {
    const csv = Object.fromEntries(datasetFiles(records))[LAUREATES.file] as string;
    const rows: Array<Record<string, string>> = parse(csv, { columns: true, bom: true, delimiter: ';' });
    expect(lines.map((line) => JSON.parse(line))).toEqual(
      rows.map((row) =>
        Object.fromEntries(
          LAUREATES.columns.map(({ name, type }) => {
            const cell = row[name] ?? '';
            if (type === 'names') return [name, cell === '' ? [] : cell.split(' ; ')];
            if (cell === '') return [name, null];
            return [name, type === 'integer' ? Number(cell) : cell];
          }),
        ),
      ),
    );
  });

  it('rejects lines that break the contract', () => {
    const line = JSON.parse(lines[0] ?? '{}');
    expect(invalid(line)).toBe('');
    expect(invalid({ ...line, tier: 'platinum' })).not.toBe('');
    expect(invalid({ ...line, awardees: [] })).not.toBe('');
    expect(invalid({ ...line, edition_year: null })).not.toBe('');
    expect(invalid({ ...line, extra: 1 })).not.toBe('');
  });

  it('is the same bytes whatever order the records arrive in', () => {
    for (const order of orderings(records))
      expect(laureatesNdjson(editionsAndLaureates(order).laureates)).toBe(ndjson);
  });
});
