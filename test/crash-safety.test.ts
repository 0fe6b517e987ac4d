import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../pipeline/schema.js';
import { ingestKilledAfter, ingestSync, inputFolder, tree, workFolder } from './support/runs.js';

/**
 * SIGKILL during `ingest`, at moments spread over a whole run: what is on disk is always whole (every
 * record valid, every corpus copy the bytes of an input), and a rerun cleans the temporaries and
 * gives exactly the files of a run never interrupted.
 */
const TRIALS = 20;
/** One worker and no gazetteer: a run costs what its writes do, so that 20 trials fit in the suite. */
const FLAGS = ['-c', '1', '--no-resolve'];

describe('crash safety', () => {
  it(`survives ${TRIALS} SIGKILLs at random moments`, async () => {
    const inputs = inputFolder({ announcements: false });
    const reference = workFolder();
    const started = performance.now();
    expect(ingestSync(reference, [inputs], FLAGS).status).toBe(0);
    const full = performance.now() - started;
    const expected = { out: tree(join(reference, 'out')), corpus: tree(join(reference, 'corpus')) };
    const documents = new Set(readdirSync(inputs).map((f) => readFileSync(join(inputs, f), 'latin1')));

    let seed = 42;
    for (let trial = 0; trial < TRIALS; trial++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const dir = workFolder();
      // From the start to the end of a full run, most of them where the files are written.
      await ingestKilledAfter(dir, [inputs], (0.2 + (0.9 * (seed % 1000)) / 1000) * full, FLAGS);
      const out = existsSync(join(dir, 'out')) ? tree(join(dir, 'out')) : {};
      for (const [path, content] of Object.entries(out).filter(([p]) => !p.endsWith('.tmp'))) {
        if (/^\d{4}\/|^unknown\//.test(path)) {
          expect(
            RecordSchema.safeParse(JSON.parse(Buffer.from(content, 'latin1').toString())).success,
            path,
          ).toBe(true);
        } else if (path.endsWith('.json')) expect(() => JSON.parse(content), path).not.toThrow();
      }
      for (const [path, content] of Object.entries(tree(join(dir, 'corpus')))) {
        if (!path.endsWith('.tmp')) expect(documents.has(content), `corpus/${path} is whole`).toBe(true);
      }
      const rerun = ingestSync(dir, [inputs], FLAGS);
      expect(rerun.status, `the rerun after trial ${trial + 1}: ${rerun.stderr}`).toBe(0);
      expect({ out: tree(join(dir, 'out')), corpus: tree(join(dir, 'corpus')) }).toEqual(expected);
    }
  }, 600_000);
});
