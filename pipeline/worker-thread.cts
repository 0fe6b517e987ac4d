/**
 * What each thread of the extraction pool (pool.ts) loads: the worker (worker.ts) that scripts/bundle.mjs
 * bundled into one CommonJS file, compiled from the V8 code cache that the build made beside it after
 * extracting a sample, so that a thread starts without parsing and compiling again the code of its
 * first document. V8 ignores a cache made by another version of Node.js or under other V8 flags, and
 * compiles the bundle from its source: slower to start, the same result.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire, wrap } from 'node:module';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { ExtractOutcome, ExtractTask } from './worker.js';

// V8 optimises a function once it has run for this budget (67,584 by default). A thread runs many
// large functions a few times each, one format after another: at the default, optimising them took more
// CPU than it saved. V8's flags are the process's: set before the bundle is compiled (the code cache is
// made under the same flags, or V8 rejects it), and to the same value by every thread.
setFlagsFromString('--interrupt-budget=600000');

const BUNDLE = join(__dirname, 'worker.bundle.cjs');
const CACHE = join(__dirname, 'worker.bundle.cache');

if (!existsSync(BUNDLE)) {
  throw new Error(`${BUNDLE} is missing: run \`npm run build\``);
}
const script = new Script(wrap(readFileSync(BUNDLE, 'utf8')), {
  filename: BUNDLE,
  cachedData: existsSync(CACHE) ? readFileSync(CACHE) : undefined,
});
const bundled = { exports: {} as { default: (task: ExtractTask) => Promise<ExtractOutcome> } };
script.runInThisContext()(bundled.exports, createRequire(BUNDLE), bundled, BUNDLE, __dirname);

/** One document, as worker.ts extracts it. */
function run(task: ExtractTask): Promise<ExtractOutcome> {
  return bundled.exports.default(task);
}

/** For the build: the code cache as it stands, with what the documents run so far compiled. */
run.codeCache = (): Buffer => script.createCachedData();

/** For the build: whether V8 took the cache it was given. */
run.cacheRejected = (): boolean | undefined => script.cachedDataRejected;

export = run;
