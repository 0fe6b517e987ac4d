import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DATASET_FILES } from '../../pipeline/dataset/datapackage.js';
import { fieldType, LAUREATE_COLUMNS } from '../../pipeline/dataset/laureate-columns.js';
import { writeDataset } from '../../pipeline/dataset/write.js';
import { toJson } from '../../pipeline/json.js';
import { recordJsonSchema } from '../../pipeline/json-schema.js';
import { committedRecords, orderings, validator } from './records.js';

/** What a Frictionless Data Package descriptor must hold for this dataset to be read. */
const Name = z.string().regex(/^[a-z0-9._-]+$/);
const FieldDescriptor = z.object({
  name: z.string(),
  type: z.enum(['string', 'integer']),
  description: z.string().min(1),
  constraints: z.object({ required: z.boolean(), enum: z.array(z.string()).optional() }),
});
const Descriptor = z.object({
  profile: z.literal('data-package'),
  name: Name,
  title: z.string().min(1),
  version: z.string(),
  licenses: z.array(z.object({ name: z.string(), title: z.string(), path: z.url() })).min(1),
  resources: z.array(
    z.object({
      name: Name,
      path: z.string(),
      profile: z.enum(['data-resource', 'tabular-data-resource']),
      format: z.string(),
      mediatype: z.string(),
      encoding: z.literal('utf-8'),
      schema: z.union([
        z.string(),
        z.object({
          fields: z.array(FieldDescriptor).min(1),
          primaryKey: z.string(),
          missingValues: z.array(z.string()),
        }),
      ]),
    }),
  ),
});

const read = (dir: string, name: string) => readFile(join(dir, name), 'utf8');

describe('writeDataset', () => {
  const records = committedRecords();
  let dir: string;
  let written: string[];
  let descriptor: z.infer<typeof Descriptor>;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'palmares-dataset-'));
    written = await writeDataset(records, join(dir, 'a'));
    descriptor = Descriptor.parse(JSON.parse(await read(join(dir, 'a'), DATASET_FILES.descriptor)));
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
    const [first] = editions.editions;
    expect(
      invalid({ ...editions, editions: [{ ...first, laureates: [{ ...first.laureates[0], sources: [] }] }] }),
    ).not.toBe('');
    expect(invalid({ ...editions, editions: [{ ...first, forum: { city: 'Lyon' } }] })).not.toBe('');
  });

  it('describes the package without timestamps, and every resource is a written file', async () => {
    const text = await read(join(dir, 'a'), DATASET_FILES.descriptor);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T|"created"|"modified"/);
    expect(descriptor.licenses).toEqual([
      {
        name: 'etalab-2.0',
        title: 'Licence Ouverte 2.0',
        path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence',
      },
    ]);
    const files = await readdir(join(dir, 'a'));
    expect(descriptor.resources.map((r) => r.path)).toEqual([
      DATASET_FILES.laureatesCsv,
      DATASET_FILES.laureatesNdjson,
      DATASET_FILES.editions,
      DATASET_FILES.recordSchema,
    ]);
    expect(new Set(descriptor.resources.map((r) => r.name)).size).toBe(descriptor.resources.length);
    for (const r of descriptor.resources) {
      expect(files).toContain(r.path);
      if (typeof r.schema === 'string' && !r.schema.startsWith('https://')) expect(files).toContain(r.schema);
    }
  });

  it('lists every CSV column with its documented type, and laureate_id as a primary key that holds', async () => {
    const csv = descriptor.resources.find((r) => r.path === DATASET_FILES.laureatesCsv);
    const table = csv?.schema;
    if (!csv || typeof table !== 'object') throw new Error('laureates.csv has no table schema');
    expect(csv.profile).toBe('tabular-data-resource');
    const header = (await read(join(dir, 'a'), DATASET_FILES.laureatesCsv)).split('\r\n')[0]?.split(',');
    expect(table.fields.map((f) => f.name)).toEqual(header);
    expect(table.fields.map((f) => [f.name, f.type, f.description])).toEqual(
      LAUREATE_COLUMNS.map((c) => [c.name, fieldType(c), c.description]),
    );
    expect(table.fields.find((f) => f.name === 'tier')?.constraints.enum).toEqual([
      'gold',
      'silver',
      'bronze',
    ]);
    expect(header).toContain(table.primaryKey);
    const rows: Array<Record<string, string>> = parse(
      await read(join(dir, 'a'), DATASET_FILES.laureatesCsv),
      {
        columns: true,
      },
    );
    const keys = rows.map((r) => r[table.primaryKey]);
    expect(new Set(keys).size).toBe(rows.length);
    for (const f of table.fields.filter((x) => x.constraints.required)) {
      expect(
        rows.filter((r) => r[f.name] === ''),
        f.name,
      ).toEqual([]);
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
