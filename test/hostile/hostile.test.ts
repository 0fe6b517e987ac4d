import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtractionPool } from '../../pipeline/pool.js';
import { type PalmaresRecord, RecordSchema } from '../../pipeline/schema.js';
import { repoRoot } from '../support/cases.js';
import { type HostileCase, hostileCases, withInvisibles } from './cases.js';

/**
 * Hostile documents, each through the worker pool as the CLI runs it (the compiled code: a worker
 * thread loads JavaScript): a record its schema accepts or a one-line error, within a time
 * proportional to its size; and a batch of them still writes every good document.
 */
const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');
const cases = hostileCases();
/**
 * Generous, to catch a hang or a super-linear reader, not to measure (figures are in `npm run bench`):
 * micromark reads Markdown at some 20 µs a character, on a shared machine three times that.
 */
const boundMs = (c: HostileCase) => 10_000 + (c.bytes.length / 1_000_000) * 60_000;

let pool: ExtractionPool;
beforeAll(async () => {
  const { ExtractionPool } = (await import(
    join(repoRoot, 'dist', 'pipeline', 'pool.js')
  )) as typeof import('../../pipeline/pool.js');
  pool = new ExtractionPool({ threads: 2, timeoutMs: 60_000 });
});
afterAll(() => pool.close());

const outcomes = new Map<string, PalmaresRecord | Error>();
const extractCase = async (c: HostileCase) => {
  const outcome = await pool.extract({ bytes: c.bytes, path: c.name, resolve: false }).catch((e: Error) => e);
  outcomes.set(c.name, outcome);
  return outcome;
};

describe('hostile documents', () => {
  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: a valid record or a one-line error, in time',
    async (_name, c) => {
      const started = performance.now();
      const outcome = await extractCase(c);
      expect(performance.now() - started).toBeLessThan(boundMs(c));
      if (outcome instanceof Error) {
        expect(outcome.name).toBe('InputError');
        expect(outcome.message).not.toMatch(/\n|internal error/);
      } else {
        expect(RecordSchema.safeParse(outcome).error?.issues ?? []).toEqual([]);
      }
    },
    120_000,
  );

  it('say what is wrong where they can be read no further', () => {
    const error = (name: string) => (outcomes.get(name) as Error | undefined)?.message;
    expect(error('nul.txt')).toMatch(/^looks binary/);
    expect(error('text-named.pdf')).toMatch(/^is named \.pdf but is not a PDF/);
    expect(error('encrypted.pdf')).toBe('is encrypted (password-protected)');
    expect(error('truncated.pdf')).toMatch(/^is not a readable PDF/);
    expect(error('nested-divs.html')).toMatch(/^nests elements \d+ deep, more than the limit of 256$/);
    expect(error('nested-list-one-line.md')).toMatch(
      /^nests lists or quotes \d+ deep, more than the limit of 32$/,
    );
    expect(error('nested-quotes.md')).toMatch(/^nests lists or quotes/);
    const zero = outcomes.get('zero-pages.pdf') as PalmaresRecord;
    expect(zero.warnings.map((w) => w.code)).toContain('pdf-no-text');
  });

  it('read invisible characters and one bad byte as if they were not there', async () => {
    const seed = readFileSync(join(repoRoot, 'corpus', '2023', 'forum-toulouse-laureats.txt'));
    const clean = (await pool.extract({ bytes: seed, path: 'seed.txt', resolve: false })).laureates;
    const names = (r: PalmaresRecord | Error | undefined) =>
      (r as PalmaresRecord).laureates.map((l) => l.awardees.map((a) => a.name).join(' + '));
    expect(withInvisibles('Ville')).not.toBe('Ville');
    expect(names(outcomes.get('bidi-and-zero-width.txt'))).toEqual(
      clean.map((l) => l.awardees.map((a) => a.name).join(' + ')),
    );
    const repaired = outcomes.get('one-bad-byte.txt') as PalmaresRecord;
    expect(repaired.source.encoding).toBe('utf-8');
    expect(repaired.warnings.map((w) => w.code)).toContain('encoding-invalid');
    expect(names(repaired).filter((n) => !n.includes('\ufffd'))).toEqual(
      clean.map((l) => l.awardees.map((a) => a.name).join(' + ')).filter((n) => names(repaired).includes(n)),
    );
    expect(names(repaired).length).toBeGreaterThanOrEqual(clean.length - 1);
  });
});

describe('a batch with hostile documents', () => {
  it('reports each failure on one line and writes every good document', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-hostile-'));
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    const small = cases.filter((c) => c.bytes.length < 200_000);
    for (const c of small) writeFileSync(join(inputs, c.name), c.bytes);
    for (const good of [
      '2013/labels-territoires-innovants-2013-laureats.txt',
      '2023/forum-toulouse-laureats-page-web.html',
    ]) {
      writeFileSync(
        join(inputs, `good-${good.replace(/^.*\//, '')}`),
        readFileSync(join(repoRoot, 'corpus', good)),
      );
    }
    const r = spawnSync(
      process.execPath,
      [cli, 'ingest', inputs, '--corpus', join(dir, 'corpus'), '-o', join(dir, 'out'), '-c', '2', '-q'],
      {
        encoding: 'utf8',
      },
    );
    expect(r.status).toBe(1);
    const failures = r.stderr.split('\n').filter(Boolean);
    for (const line of failures) {
      expect(line).toMatch(/^palmares: \S[^\n]*: \S/);
      expect(line).not.toMatch(/internal error|^\s+at /);
    }
    const written = readdirSync(join(dir, 'out'), { recursive: true }).filter(
      (f) => /^\d{4}|^unknown/.test(String(f)) && String(f).endsWith('.json'),
    );
    expect(written).toEqual(
      expect.arrayContaining([
        '2013/good-labels-territoires-innovants-2013-laureats.json',
        '2023/good-forum-toulouse-laureats-page-web.json',
      ]),
    );
    expect(failures.length + written.length).toBe(small.length + 2);
  }, 240_000);
});
