import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import type { PalmaresRecord } from '../pipeline/schema.js';
import { corpusFiles, repoRoot } from './support/cases.js';

const THREAD = join(repoRoot, 'dist', 'pipeline', 'worker-thread.cjs');

/** What a pool thread gives for one file, loaded in a fresh process as the pool loads it. */
function inFreshThread(file: string): { rejected: boolean | undefined; record: PalmaresRecord } {
  const script = `
    const run = require(${JSON.stringify(THREAD)});
    const bytes = require('node:fs').readFileSync(${JSON.stringify(join(repoRoot, file))});
    run({ bytes, path: ${JSON.stringify(file)}, resolve: false }).then((outcome) => {
      if (!outcome.ok) throw new Error(outcome.message);
      process.stdout.write(JSON.stringify({ rejected: run.cacheRejected(), record: outcome.record }));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

describe('the worker thread (the bundle the build compiled, from its code cache)', () => {
  // One file of each format of the corpus: the cache was made on a text, the other readers compile afresh.
  const files = [...new Map(corpusFiles().map((f) => [f.slice(f.lastIndexOf('.')), f])).values()];

  it.each(files)('%s: V8 takes the cache, and the record is the one of the unbundled code', async (file) => {
    const { rejected, record } = inFreshThread(file);
    expect(rejected).toBe(false);
    const bytes = readFileSync(join(repoRoot, file));
    expect(record).toEqual(await extract(bytes, { path: file, resolve: false }));
  });
});
