import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as z from 'zod';
import { EpciTypeSchema } from './schema.js';

/**
 * The files of @etalab/decoupage-administratif, read through their resolved paths: the package's own
 * index.js reads `./data` relative to the working directory, and loads every file at once.
 */
const PACKAGE = '@etalab/decoupage-administratif';

const RawCommuneSchema = z.object({
  code: z.string(),
  nom: z.string(),
  type: z.enum(['commune-actuelle', 'commune-deleguee', 'commune-associee', 'arrondissement-municipal']),
  departement: z.string(),
  region: z.string(),
  /** For a commune déléguée or associée: the code of the commune it now belongs to. */
  chefLieu: z.string().optional(),
});

const RawEpciSchema = z.object({
  code: z.string(),
  nom: z.string(),
  type: EpciTypeSchema,
  membres: z.array(z.object({ code: z.string() })),
});

const RawDepartementSchema = z.object({
  code: z.string(),
  nom: z.string(),
  region: z.string(),
  chefLieu: z.string(),
});

const RawRegionSchema = z.object({ code: z.string(), nom: z.string(), chefLieu: z.string() });

/**
 * Reads a file and checks every `step`-th record against its schema. The files come whole from one
 * version of the package, so a change of format shows in any record; checking all 37,000 communes
 * would add a third to the load time and copy every record (the tests check the files whole).
 */
function read<T extends z.ZodType>(file: string, schema: T, step: number): Array<z.infer<T>> {
  const path = createRequire(import.meta.url).resolve(`${PACKAGE}/data/${file}.json`);
  const records = z.array(z.unknown()).parse(JSON.parse(readFileSync(path, 'utf8')));
  z.array(schema).parse(records.filter((_, i) => i % step === 0));
  return records as Array<z.infer<T>>;
}

/** Reads the gazetteer files: about 12 MB of JSON, so only when a name is resolved. */
export function readGazetteerFiles(step = 50) {
  return {
    communes: read('communes', RawCommuneSchema, step),
    epci: [...read('epci', RawEpciSchema, step), ...read('ept', RawEpciSchema, 1)],
    departements: read('departements', RawDepartementSchema, 1),
    regions: read('regions', RawRegionSchema, 1),
  };
}
