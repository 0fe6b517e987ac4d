import { join } from 'node:path';
import { toJson, writeIfChanged } from '../json.js';
import { recordJsonSchema } from '../json-schema.js';
import type { PalmaresRecord } from '../schema.js';
import { laureatesCsv } from './csv.js';
import { DATASET_FILES, dataPackage } from './datapackage.js';
import { editionsJsonSchema } from './edition-schema.js';
import { editionsFile } from './editions.js';
import { laureateLineJsonSchema } from './laureate-columns.js';
import { laureatesNdjson } from './ndjson.js';

/**
 * Writes the published dataset into `outDir`, each file whole (temporary file, then rename) and only
 * when it changed, the descriptor last; returns the paths of the files. The record schema is written too, so that every
 * resource the descriptor lists is in the folder.
 */
export async function writeDataset(records: readonly PalmaresRecord[], outDir: string): Promise<string[]> {
  const files: Array<[string, string]> = [
    [DATASET_FILES.editions, toJson(editionsFile(records))],
    [DATASET_FILES.editionsSchema, toJson(editionsJsonSchema())],
    [DATASET_FILES.laureatesCsv, laureatesCsv(records)],
    [DATASET_FILES.laureatesNdjson, laureatesNdjson(records)],
    [DATASET_FILES.laureateSchema, toJson(laureateLineJsonSchema())],
    [DATASET_FILES.recordSchema, toJson(recordJsonSchema())],
    [DATASET_FILES.descriptor, toJson(dataPackage())],
  ];
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(outDir, name);
    await writeIfChanged(path, content);
    written.push(path);
  }
  return written;
}
