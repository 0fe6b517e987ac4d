import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { canonicalFacts, canonicalRecord, type Facts } from './support/facts.js';

/** The correctness bar: ../shared/expected, checked under the comparison rules of its README. */
const shared = join(import.meta.dirname, '..', '..', 'shared');
const expectedDir = join(shared, 'expected');
const present = existsSync(expectedDir);
const cases = present
  ? readdirSync(expectedDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];

describe.skipIf(!present)('seed records hold exactly the hand-checked facts (../shared/expected)', () => {
  it('finds the expected facts', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s', async (name) => {
    const facts = JSON.parse(readFileSync(join(expectedDir, name), 'utf8')) as Facts & { seed: string };
    const seed = join(shared, 'seeds', facts.seed);
    const record = await extract(readFileSync(seed), { path: facts.seed });
    expect(canonicalRecord(record, facts)).toEqual(canonicalFacts(facts));
  });
});
