import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { aliasIndex } from './aliases.js';
import { gazetteer, isLoaded } from './gazetteer.js';
import { resolveAwardees } from './resolve.js';

/** The part of a record the bench reads: the awardees of each laureate. */
const LaureatesSchema = z.object({
  laureates: z.array(z.object({ awardees: z.array(z.object({ name: z.string() })) })),
});

/** The awardee names of every record under `outputDir/<year>/`, laureate by laureate. */
function seedLaureates(outputDir: string): string[][] {
  return readdirSync(outputDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && /^\d{4}$/.test(d.name))
    .flatMap((d) =>
      readdirSync(join(outputDir, d.name))
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(outputDir, d.name, f)),
    )
    .sort()
    .flatMap((path) => LaureatesSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).laureates)
    .map((l) => l.awardees.map((a) => a.name));
}

const MiB = 2 ** 20;

/**
 * Measures, in one run, the one-off cost of loading the gazetteer (time and resident memory) and the
 * mean cost of resolving an awardee over the seed records of `outputDir`, laureate by laureate as the
 * pipeline would: the first pass, which a single run pays, and the mean over repeated passes. The load
 * figures are null when the gazetteer was already loaded in this process.
 */
export async function benchResolve(outputDir = 'output', minMs = 250) {
  const laureates = seedLaureates(outputDir);
  const awardees = laureates.reduce((n, l) => n + l.length, 0);
  const fresh = !isLoaded();
  const rssBefore = process.memoryUsage().rss;
  const loadStart = performance.now();
  gazetteer();
  aliasIndex();
  const loadMs = performance.now() - loadStart;
  const rssDeltaMiB = (process.memoryUsage().rss - rssBefore) / MiB;

  const firstStart = performance.now();
  for (const names of laureates) resolveAwardees(names);
  const firstPassMsPerAwardee = (performance.now() - firstStart) / awardees;

  let rounds = 0;
  const start = performance.now();
  do {
    for (const names of laureates) resolveAwardees(names);
    rounds++;
  } while (performance.now() - start < minMs);
  const msPerAwardee = (performance.now() - start) / (rounds * awardees);

  return {
    loadMs: fresh ? loadMs : null,
    rssDeltaMiB: fresh ? rssDeltaMiB : null,
    laureates: laureates.length,
    awardees,
    firstPassMsPerAwardee,
    rounds,
    msPerAwardee,
  };
}
