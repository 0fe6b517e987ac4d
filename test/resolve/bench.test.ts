import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { benchResolve } from '../../pipeline/resolve/index.js';

const outputDir = fileURLToPath(new URL('../../output', import.meta.url));

/** Awardees of the records under output/<year>/, counted independently of the bench. */
function awardeeCount(): number {
  return readdirSync(outputDir)
    .filter((year) => /^\d{4}$/.test(year))
    .flatMap((year) => readdirSync(join(outputDir, year)).map((file) => join(outputDir, year, file)))
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as { laureates: Array<{ awardees: unknown[] }> })
    .reduce((n, record) => n + record.laureates.reduce((m, l) => m + l.awardees.length, 0), 0);
}

it('measures the load once and the cost per seed awardee', async () => {
  const figures = await benchResolve(outputDir, 20);
  expect(figures.awardees).toBe(awardeeCount());
  expect(figures.loadMs).toBeGreaterThan(0);
  expect(figures.rssDeltaMiB).toBeGreaterThan(0);
  expect(figures.msPerAwardee).toBeGreaterThan(0);
  expect(figures.msPerAwardee).toBeLessThan(5);
  // A second measure in the same process cannot see the load.
  expect((await benchResolve(outputDir, 1)).loadMs).toBeNull();
});
