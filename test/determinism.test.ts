import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestSync, inputFolder, tree, workFolder } from './support/runs.js';

/**
 * The same documents give the same bytes: on a rerun, with one worker or eight, in any order, in any
 * time zone and locale.
 */
describe('determinism', () => {
  it('gives byte-identical output across reruns, concurrency, input order, TZ and LANG', () => {
    const inputs = inputFolder();
    const files = readdirSync(inputs).map((f) => join(inputs, f));
    const shuffled = [...files].reverse();
    shuffled.push(shuffled.shift() as string);
    const variants: Array<[string, string[], string[], NodeJS.ProcessEnv]> = [
      ['-c 1', [inputs], ['-c', '1'], {}],
      ['-c 8', [inputs], ['-c', '8'], {}],
      ['files in another order', shuffled, [], {}],
      ['TZ=Pacific/Kiritimati LANG=C', [inputs], [], { TZ: 'Pacific/Kiritimati', LANG: 'C', LC_ALL: 'C' }],
      [
        'TZ=America/Los_Angeles LANG=fr_FR.UTF-8',
        [inputs],
        [],
        { TZ: 'America/Los_Angeles', LANG: 'fr_FR.UTF-8', LC_ALL: 'fr_FR.UTF-8' },
      ],
    ];
    const outputs = variants.map(([name, args, extra, env]) => {
      const dir = workFolder();
      const r = ingestSync(dir, args, extra, { ...process.env, ...env });
      expect(r.status, `${name}: ${r.stderr}`).toBe(0);
      return { name, dir, files: { out: tree(join(dir, 'out')), corpus: tree(join(dir, 'corpus')) } };
    });
    const [first, ...others] = outputs;
    for (const o of others) expect(o.files, o.name).toEqual(first?.files);
    // A rerun over the same folders changes nothing, down to the bytes.
    const again = ingestSync(first?.dir as string, [inputs], ['-c', '2', '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ added: 0, changed: 0, failed: 0 });
    expect({
      out: tree(join(first?.dir as string, 'out')),
      corpus: tree(join(first?.dir as string, 'corpus')),
    }).toEqual(first?.files);
  }, 300_000);
});
