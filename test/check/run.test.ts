import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatCount, formatLines } from '../../pipeline/check/format.js';
import { hasDifferences } from '../../pipeline/check/run.js';
import { toJson } from '../../pipeline/json.js';
import type { Laureate } from '../../pipeline/schema.js';
import { corpusFiles, repoRoot } from '../support/cases.js';
import { committedRecord, edited, PARIS } from './records.js';

// The check extracts in the pool's worker threads, which run the compiled JavaScript (as the CLI does).
const { checkCorpus } = (await import(
  join(repoRoot, 'dist', 'pipeline', 'check', 'run.js')
)) as typeof import('../../pipeline/check/run.js');

const scratch = mkdtempSync(join(tmpdir(), 'palmares-check-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('checkCorpus on the real corpus', () => {
  it('finds the committed output/ exactly as the pipeline makes it', async () => {
    const receivedDir = join(scratch, 'as-committed');
    const result = await checkCorpus({ corpusPaths: ['corpus'], outDir: 'output', receivedDir });

    expect(result.documents.map((d) => d.source)).toEqual(corpusFiles());
    expect(formatLines(result)).toEqual([]);
    expect(formatCount(result)).toBe('0 fields changed in 0 documents (0 added, 0 removed)');
    expect(hasDifferences(result)).toBe(false);
    for (const d of result.documents)
      expect(readFileSync(d.received, 'utf8')).toBe(readFileSync(d.committed, 'utf8'));
  });

  it('fails with a keyed diff when the committed records differ from what the extractors make', async () => {
    // As if an extractor had changed: the committed records say what it used to make.
    const outDir = join(scratch, 'output');
    cpSync(join(repoRoot, 'output'), outDir, { recursive: true });
    const toulouse = committedRecord('2023/forum-toulouse-laureats');
    const wasSilver = edited(toulouse, (r) => {
      const paris = r.laureates.find((l) => l.awardees[0]?.name === 'Ville de Paris') as Laureate;
      paris.tier = 'silver';
    });
    writeFileSync(join(outDir, '2023/forum-toulouse-laureats.json'), toJson(wasSilver));
    const marseille = committedRecord('2024/forum-marseille-laureats');
    const wasEarlier = edited(marseille, (r) => {
      Object.assign(r.events[0] ?? {}, { start: '2024-04-02' });
    });
    writeFileSync(join(outDir, '2024/forum-marseille-laureats.json'), toJson(wasEarlier));
    rmSync(join(outDir, '2013/labels-territoires-innovants-2013-laureats.json'));
    cpSync(
      join(outDir, '2019/intercotour-ile-de-france-programme.json'),
      join(outDir, '2019/intercotour-2018.json'),
    );
    const gone = edited(committedRecord('2019/intercotour-ile-de-france-programme'), (r) => {
      r.source.path = 'corpus/2019/intercotour-2018.txt';
    });
    writeFileSync(join(outDir, '2019/intercotour-2018.json'), toJson(gone));

    const result = await checkCorpus({
      corpusPaths: ['corpus'],
      outDir,
      receivedDir: join(scratch, 'received'),
    });

    expect(hasDifferences(result)).toBe(true);
    expect(formatLines(result)).toEqual([
      `2023/forum-toulouse-laureats ${PARIS}.tier: silver → gold`,
      '2024/forum-marseille-laureats events[forum 2024-04-02].start: 2024-04-02 → 2024-04-03',
      '2013/labels-territoires-innovants-2013-laureats: new document ' +
        'corpus/2013/labels-territoires-innovants-2013-laureats.txt, no committed record ' +
        `${outDir}/2013/labels-territoires-innovants-2013-laureats.json`,
      `2019/intercotour-2018: stale record ${outDir}/2019/intercotour-2018.json, ` +
        'its source corpus/2019/intercotour-2018.txt is gone',
    ]);
    expect(formatCount(result)).toBe(
      '2 fields changed in 2 documents (0 added, 0 removed); 1 new document without a committed record; ' +
        '1 stale record without a source',
    );
  });

  it('compares a record that moved to another edition year with the one it replaces', async () => {
    const outDir = join(scratch, 'moved');
    cpSync(join(repoRoot, 'output'), outDir, { recursive: true });
    rmSync(join(outDir, '2024/forum-marseille-laureats.json'));
    const as2023 = edited(committedRecord('2024/forum-marseille-laureats'), (r) => {
      r.editionYear = 2023;
    });
    writeFileSync(join(outDir, '2023/forum-marseille-laureats.json'), toJson(as2023));

    const result = await checkCorpus({
      corpusPaths: ['corpus/2024/forum-marseille-laureats.txt'],
      outDir,
      receivedDir: join(scratch, 'r2'),
    });

    expect(result.documents.map((d) => [d.label, d.committed])).toEqual([
      ['2024/forum-marseille-laureats', `${outDir}/2023/forum-marseille-laureats.json`],
    ]);
    expect(formatLines(result)).toEqual(['2024/forum-marseille-laureats editionYear: 2023 → 2024']);
  });

  it('refuses to write received records into the committed ones', async () => {
    await expect(
      checkCorpus({ corpusPaths: ['corpus'], outDir: 'output', receivedDir: 'output/2023' }),
    ).rejects.toThrow('receivedDir output/2023 must lie outside outDir output');
  });
});
