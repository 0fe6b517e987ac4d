// Run by `npm run build` after the bundle and the gazetteer index: extracts a sample announcement in a
// thread loaded as the pool loads its threads, then writes the V8 code cache of the worker bundle
// (pipeline/worker-thread.cts says why) with the code that extraction compiled.
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const THREAD = new URL('../dist/pipeline/worker-thread.cjs', import.meta.url);
const CACHE = new URL('../dist/pipeline/worker.bundle.cache', import.meta.url);

// The shapes a text announcement takes (headings, a dated event, tiers, a list of laureates), so that
// the rules compile as a first document would have them compile.
const SAMPLE = `Palmarès du Label Exemple 2024

Le jury s'est réuni le 12 mars 2024 à Lyon pour la 5e édition.

Label d'or
- Ville de Grenoble : plateforme de participation citoyenne
- Communauté de communes du Pays de Gex : tiers-lieu numérique

Label d'argent : la commune de Saint-Étienne, pour son projet « Quartiers connectés ».

Les candidatures sont ouvertes jusqu'au 30 juin 2024. Critères : impact, innovation, sobriété.
`;

rmSync(CACHE, { force: true });
const worker = new Worker(
  `const { parentPort, workerData } = require('node:worker_threads');
  const run = require(workerData.thread);
  run({ bytes: new TextEncoder().encode(workerData.sample), path: 'sample.txt' }).then((outcome) => {
    if (!outcome.ok) throw new Error(outcome.message);
    parentPort.postMessage(run.codeCache());
  });`,
  { eval: true, workerData: { thread: fileURLToPath(THREAD), sample: SAMPLE } },
);
worker.once('message', (cache) => {
  writeFileSync(CACHE, cache);
  worker.terminate();
});
worker.once('error', (e) => {
  console.error(`palmares build: the worker's code cache could not be made: ${e.message}`);
  process.exitCode = 1;
});
