import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../../pipeline/dataset/datapackage.js';
import { DATASET_VERSION } from '../../pipeline/dataset/edition-schema.js';
import { fieldType, type Table } from '../../pipeline/dataset/table.js';
import { AWARDEES, LAUREATES, MENTIONS } from '../../pipeline/dataset/tables.js';
import { writeDataset } from '../../pipeline/dataset/write.js';
import { toJson } from '../../pipeline/json.js';
import { recordJsonSchema } from '../../pipeline/json-schema.js';
import { readPackage } from '../support/frictionless.js';
import { committedRecords, orderings, validator, variant } from './records.js';

const read = (dir: string, name: string) => readFile(join(dir, name), 'utf8');
const TABLES: ReadonlyArray<Table<never>> = [LAUREATES, AWARDEES, MENTIONS];

interface Descriptor {
  version: string;
  sources: Array<{ title: string; sha256: string }>;
  licenses: unknown[];
  resources: Array<{
    name: string;
    path: string;
    profile: string;
    schema?: string | { fields: Array<{ name: string; type: string; description: string }> };
  }>;
}

describe('writeDataset', () => {
  const records = committedRecords();
  let dir: string;
  let written: string[];
  let descriptor: Descriptor;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'palmares-dataset-'));
    written = await writeDataset(records, join(dir, 'a'));
    descriptor = JSON.parse(await read(join(dir, 'a'), DATASET_FILES.descriptor));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('writes every file whole and returns their paths', async () => {
    expect(written).toEqual(Object.values(DATASET_FILES).map((name) => join(dir, 'a', name)));
    expect((await readdir(join(dir, 'a'))).sort()).toEqual(Object.values(DATASET_FILES).sort());
    expect(await read(join(dir, 'a'), DATASET_FILES.recordSchema)).toBe(toJson(recordJsonSchema()));
  });

  it('writes the same bytes whatever order the records arrive in', async () => {
    for (const [i, order] of orderings(records).slice(0, 3).entries()) {
      await writeDataset(order, join(dir, `b${i}`));
      for (const name of Object.values(DATASET_FILES)) {
        expect(await read(join(dir, `b${i}`), name), name).toBe(await read(join(dir, 'a'), name));
      }
    }
  });

  it('writes editions.json valid against editions.schema.json', async () => {
    const invalid = validator(JSON.parse(await read(join(dir, 'a'), DATASET_FILES.editionsSchema)));
    const editions = JSON.parse(await read(join(dir, 'a'), DATASET_FILES.editions));
    expect(invalid(editions)).toBe('');
    expect(editions.editions.length).toBeGreaterThan(0);
    const first = editions.editions.find((e: { laureates: unknown[] }) => e.laureates.length > 0);
    const broken = (edition: unknown) => invalid({ ...editions, editions: [edition] });
    expect(broken({ ...first, laureates: [{ ...first.laureates[0], sources: [] }] })).not.toBe('');
    expect(broken({ ...first, laureates: [{ ...first.laureates[0], id: 'laureate-1' }] })).not.toBe('');
    expect(broken({ ...first, forum: { city: 'Lyon' } })).not.toBe('');
  });

  it('loads in the Frictionless validator: descriptor, types, constraints, primary and foreign keys', async () => {
    const report = await readPackage(join(dir, 'a'));
    expect(report.errors).toEqual([]);
    const laureates = JSON.parse(await read(join(dir, 'a'), DATASET_FILES.editions)).editions.flatMap(
      (e: { laureates: unknown[] }) => e.laureates,
    );
    const mentions = records
      .filter((r) => r.editionYear !== null)
      .reduce((n, r) => n + r.laureates.length, 0);
    expect(report.tables).toEqual({
      laureates: { rows: laureates.length },
      awardees: { rows: laureates.reduce((n: number, l: { awardees: [] }) => n + l.awardees.length, 0) },
      mentions: { rows: mentions },
    });
  });

  it('is caught by that validator when a cell breaks its column or a key points nowhere', async () => {
    const broken = async (name: string, file: string, edit: (text: string) => string) => {
      const bad = join(dir, name);
      await writeDataset(records, bad);
      await writeFile(join(bad, file), edit(await read(bad, file)));
      return (await readPackage(bad)).tables;
    };
    const tier = await broken('bad-tier', DATASET_FILES.laureatesCsv, (t) =>
      t.replace(';gold;', ';platinum;'),
    );
    expect(tier.laureates).toEqual({ error: expect.stringContaining('"platinum" does not conform') });
    const key = await broken('bad-key', DATASET_FILES.awardeesCsv, (t) =>
      t.replace(/\r\n\d{4}-/, '\r\n1999-'),
    );
    expect(key.laureates).toEqual({ rows: expect.any(Number) });
    expect(key.awardees).toEqual({ error: expect.stringMatching(/foreign key/i) });
  });

  it('has a version that names the data, local schemas, sources and no timestamp', async () => {
    const text = await read(join(dir, 'a'), DATASET_FILES.descriptor);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|"created"|"modified"|https:\/\/json-schema\.org/);
    expect(descriptor.version).toMatch(
      new RegExp(`^${DATASET_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{12}$`),
    );
    const other = join(dir, 'other');
    await writeDataset([...records, variant(records[0] as (typeof records)[0], 'eeeeeeeeeeeeeeee')], other);
    expect(JSON.parse(await read(other, DATASET_FILES.descriptor)).version).not.toBe(descriptor.version);
    expect(descriptor.sources).toEqual(
      [...new Map(records.map((r) => [r.id, r])).values()]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((r) => ({ title: r.source.path, sha256: r.source.sha256 })),
    );
    const files = await readdir(join(dir, 'a'));
    for (const r of descriptor.resources) {
      expect(files).toContain(r.path);
      if (typeof r.schema === 'string') expect(files).toContain(r.schema);
    }
  });

  it('describes every CSV column with its documented type, after a byte order mark and ";"', async () => {
    for (const table of TABLES) {
      const resource = descriptor.resources.find((r) => r.path === table.file);
      if (!resource || typeof resource.schema !== 'object')
        throw new Error(`${table.file} has no table schema`);
      expect(resource.profile).toBe('tabular-data-resource');
      const text = await read(join(dir, 'a'), table.file);
      expect(text.startsWith('\u{feff}')).toBe(true);
      expect(text.slice(1).startsWith('\u{feff}')).toBe(false);
      expect(text.slice(1).split('\r\n')[0]?.split(';')).toEqual(table.columns.map((c) => c.name));
      expect(resource.schema.fields.map((f) => [f.name, f.type, f.description])).toEqual(
        table.columns.map((c) => [c.name, fieldType(c), c.description]),
      );
    }
  });

  it('points the JSON resources at JSON Schemas that their files satisfy', async () => {
    const ndjson = descriptor.resources.find((r) => r.path === DATASET_FILES.laureatesNdjson);
    const schema = JSON.parse(await read(join(dir, 'a'), ndjson?.schema as string));
    const invalid = validator(schema);
    const lines = (await read(join(dir, 'a'), DATASET_FILES.laureatesNdjson)).trimEnd().split('\n');
    expect(lines.map((l) => invalid(JSON.parse(l))).filter(Boolean)).toEqual([]);
  });
});
