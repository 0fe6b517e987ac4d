import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parse } from '../parsers/index.js';
import { extract } from '../pipeline/extract.js';
import { clean } from '../pipeline/text.js';
import { announcementCases, corpusFiles, repoRoot } from './support/cases.js';
import { evidenceProblems } from './support/evidence.js';
import { SEED, seedRecord } from './support/seeds.js';

/** Every span of every record is the evidence of its value: `text.slice(start, end)` says it. */
const inputs = [...corpusFiles().map((f) => join(repoRoot, f)), ...announcementCases().map((c) => c.input)];

describe('every span is the evidence of its value', () => {
  it.each(inputs.map((i) => [i.slice(repoRoot.length + 1), i]))('%s', async (_name, input) => {
    const bytes = readFileSync(input);
    const record = await extract(bytes, { path: input });
    expect(evidenceProblems(record, (await parse(bytes, detectFormat(bytes, input))).text)).toEqual([]);
  });

  it('the check itself catches a span moved by one character', async () => {
    const file = join(repoRoot, seedRecord(SEED.toulouse2023Text).source.path);
    const bytes = readFileSync(file);
    const text = (await parse(bytes, 'text')).text;
    const record = await extract(bytes, { path: file });
    const first = record.laureates[0]?.awardees[0];
    if (!first) throw new Error('the 2023 record should have laureates');
    first.span = { start: first.span.start + 1, end: first.span.end + 1 };
    expect(evidenceProblems(record, text)).toEqual([
      `laureates[0].awardees[0]: "${clean(text.slice(first.span.start, first.span.end))}" is not "${first.name}"`,
    ]);
  });

  it('the check takes a figure written in words as its evidence, and not another figure', async () => {
    const text = 'Le jury a distingué trois territoires et 1 130 personnes sont venues.\n';
    const record = await extract(Buffer.from(text), { path: 'figures.txt', resolve: false });
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    record.stats = { ...record.stats, laureatesAnnounced: 3, participants: 1130 };
    record.evidence.stats = { laureatesAnnounced: at('trois'), participants: at('1 130') };
    expect(evidenceProblems(record, text)).toEqual([]);
    record.stats.laureatesAnnounced = 4;
    record.stats.participants = 113;
    expect(evidenceProblems(record, text)).toEqual([
      'stats.laureatesAnnounced: "trois" is not 4',
      'stats.participants: "1 130" is not 113',
    ]);
  });
});
