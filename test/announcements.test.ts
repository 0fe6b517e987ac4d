import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../pipeline/extract.js';
import { announcementCases } from './support/cases.js';
import { canonicalFacts, canonicalRecord, type Facts } from './support/facts.js';

/**
 * Announcements the project wrote itself, one folder each, to prove that every rule generalises beyond
 * the seeds: `input.txt` or `input.md`, the hand-written `facts.json`, and `NOTES.md` on what it exercises.
 */
const cases = announcementCases();

describe('own announcements hold exactly their hand-written facts', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  it.each(cases)('$name', async ({ input, facts: factsPath }) => {
    const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Facts;
    const record = await extract(readFileSync(input), { path: input });
    expect(canonicalRecord(record, facts)).toEqual(canonicalFacts(facts));
  });
});
