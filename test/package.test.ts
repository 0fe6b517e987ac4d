import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cases.js';

describe('the npm package', () => {
  it('ships the CLI, the library, the JSON Schemas and the licence', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const [pack] = JSON.parse(
      execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], {
        cwd: repoRoot,
        encoding: 'utf8',
      }),
    ) as Array<{ files: Array<{ path: string }> }>;
    const files = pack?.files.map((f) => f.path) ?? [];
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'dist/pipeline/cli.js',
        'dist/pipeline/worker-thread.cjs',
        'dist/pipeline/worker.bundle.cjs',
        'dist/pipeline/worker.bundle.cache',
        'dist/pipeline/index.js',
        'dist/pipeline/report/write.js',
        'output/schema.json',
        'output/editions.schema.json',
        'output/laureate.schema.json',
      ]),
    );
    expect(
      files.filter((f) => f.startsWith('test/') || f.startsWith('corpus/') || f.endsWith('.csv')),
    ).toEqual([]);
  });
});
