import { join } from 'node:path';
import { toJson, writeIfChanged } from '../json.js';
import { recordJsonSchema } from '../json-schema.js';
import { toCsv } from './csv.js';
import { DATASET_FILES, dataPackage } from './datapackage.js';
import { editionsJsonSchema } from './edition-schema.js';
import { editionsAndLaureates } from './editions.js';
import { laureateLineJsonSchema, laureatesNdjson } from './ndjson.js';
import { AWARDEES, awardeeRows, LAUREATES, laureateRows, MENTIONS, mentionRows } from './tables.js';
import type { DatasetRecord } from './view.js';

/** Every file of the dataset with its content, the descriptor last. */
export function datasetFiles(records: readonly DatasetRecord[]): Array<[string, string]> {
  const { file, laureates } = editionsAndLaureates(records);
  const data: Array<[string, string]> = [
    [DATASET_FILES.editions, toJson(file)],
    [DATASET_FILES.editionsSchema, toJson(editionsJsonSchema())],
    [DATASET_FILES.laureatesCsv, toCsv(LAUREATES, laureateRows(laureates))],
    [DATASET_FILES.awardeesCsv, toCsv(AWARDEES, awardeeRows(laureates))],
    [DATASET_FILES.mentionsCsv, toCsv(MENTIONS, mentionRows(laureates))],
    [DATASET_FILES.laureatesNdjson, laureatesNdjson(laureates)],
    [DATASET_FILES.laureateSchema, toJson(laureateLineJsonSchema())],
    [DATASET_FILES.recordSchema, toJson(recordJsonSchema())],
  ];
  return [...data, [DATASET_FILES.descriptor, toJson(dataPackage(records, data))]];
}

/**
 * Writes the published dataset into `outDir`, each file whole (temporary file, then rename) and only
 * when it changed, the descriptor last; returns the paths of the files. The record schema is written
 * too, so that every resource the descriptor lists is in the folder.
 */
export async function writeDataset(records: readonly DatasetRecord[], outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const [name, content] of datasetFiles(records)) {
    const path = join(outDir, name);
    await writeIfChanged(path, content);
    written.push(path);
  }
  return written;
}
