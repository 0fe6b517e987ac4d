import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The bench itself runs and prints every figure of its table: no timing is asserted (those live in
// `npm run bench` only).
const ROWS = [
  'warm text throughput',
  '×10 input',
  'PDF: palmares reader / pdf-parse getText',
  'PDF per page: palmares reader warm / pdftotext per file',
  'ingest throughput: 2 workers / 1',
  'ingest peak RSS',
  'cold palmares extract of a text file',
  'palmares check on corpus/',
];

describe('npm run bench -- --quick', () => {
  it('prints a table with a measured value, a goal and a verdict for every figure', () => {
    const root = join(import.meta.dirname, '..', '..');
    const out = execFileSync(process.execPath, [join(root, 'test', 'bench', 'bench.mjs'), '--quick'], {
      cwd: root,
      encoding: 'utf8',
    });
    const table = out.slice(out.indexOf('| figure'));
    expect(table).toMatch(/^\| figure +\| measured +\| goal +\| met\? +\|/);
    for (const row of ROWS) {
      const line = table.split('\n').find((l) => l.startsWith(`| ${row}`));
      expect(line, row).toBeDefined();
      expect(line).toMatch(/\| (yes|no|skipped) +\|$/);
    }
  }, 300_000);
});
