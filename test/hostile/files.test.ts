import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractionPool } from '../../pipeline/pool.js';
import { repoRoot } from '../support/cases.js';

/** Paths that are no document, and documents past a limit: one line naming the file, exit 1, at once. */
const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'palmares-files-'));
const seed = readFileSync(join(repoRoot, 'corpus', '2023', 'forum-toulouse-laureats.txt'));

const fifo = join(dir, 'pipe.txt');
const hasFifo = spawnSync('mkfifo', [fifo]).status === 0;

describe('palmares extract on what is not a document', () => {
  it.skipIf(!hasFifo)('a named pipe is refused without waiting for a writer', () => {
    const r = run(['extract', fifo]);
    expect([r.status, r.stderr]).toEqual([
      1,
      `palmares: ${fifo}: is not a regular file (a named pipe) (give a text, Markdown, HTML, PDF, DOCX, ODT or e-mail file)\n`,
    ]);
  });

  it.skipIf(!existsSync('/dev/zero'))('a device is refused without reading it', () => {
    expect(run(['extract', '/dev/zero']).stderr).toBe(
      'palmares: /dev/zero: is not a regular file (a device) (give a text, Markdown, HTML, PDF, DOCX, ODT or e-mail file)\n',
    );
  });

  it('a folder, a file over the size limit, and a missing file, each on one line', () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024);
    expect(run(['text', dir]).stderr).toMatch(
      /^palmares: .+: is a directory \(give a file, or use `palmares ingest` for a directory\)\n$/,
    );
    expect(run(['extract', big]).stderr).toBe(
      `palmares: ${big}: is larger than the limit of 50 MiB (an announcement is far smaller: split it, or check that this is the right file)\n`,
    );
    expect(run(['extract', '--no-resolve', join(dir, 'nowhere.txt')]).stderr).toBe(
      `palmares: ${join(dir, 'nowhere.txt')}: no such file\n`,
    );
  });

  it('a file name with control characters is printed escaped, so that it cannot forge a line', () => {
    const name = join(dir, 'a\nb\u001b[31m\u202e.txt');
    writeFileSync(name, Buffer.from([0, 1, 2]));
    const r = run(['extract', '--no-resolve', name]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `palmares: ${dir}/a\\nb\\x1b[31m\\u{202e}.txt: looks binary (it contains NUL characters) (give a text, Markdown, HTML, PDF, DOCX, ODT or e-mail file)\n`,
    );
  });

  it.skipIf(!hasFifo)('ingest fails the pipe and writes the document beside it', () => {
    const inputs = join(dir, 'batch');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.txt'), seed);
    const out = join(dir, 'out');
    const r = run([
      'ingest',
      join(inputs, 'good.txt'),
      fifo,
      '--corpus',
      join(dir, 'corpus'),
      '-o',
      out,
      '-q',
    ]);
    expect(r.status).toBe(1);
    // ingest names documents relative to the working directory.
    expect(r.stderr).toMatch(
      /^palmares: \S*\/pipe\.txt: is not a regular file \(a named pipe\) \(give a text, Markdown, HTML, PDF, DOCX, ODT or e-mail file\)\n$/,
    );
    expect(existsSync(join(out, '2023', 'good.json'))).toBe(true);
  });

  it('ingest copies a file without a known extension once, under one it reads', () => {
    const readme = join(dir, 'README');
    writeFileSync(readme, seed);
    const args = ['ingest', readme, '--corpus', join(dir, 'c2'), '-o', join(dir, 'o2'), '--json'];
    expect(JSON.parse(run(args).stdout)).toMatchObject({ added: 1, failed: 0 });
    expect(JSON.parse(run(args).stdout)).toMatchObject({ added: 0, changed: 0, failed: 0 });
    expect(existsSync(join(dir, 'c2', '2023', 'readme.txt'))).toBe(true);
  });
});

describe('the worker pool', () => {
  it('stops a document past its time or memory limit, and reads the next one in a new thread', async () => {
    const { ExtractionPool: Pool } = (await import(join(repoRoot, 'dist', 'pipeline', 'pool.js'))) as {
      ExtractionPool: typeof ExtractionPool;
    };
    const big = Buffer.from('Ville de Pau avec Pau citoyens, le 12 mars 2024.\n'.repeat(800_000));
    // Far more than a seed costs in a fresh thread on a loaded machine; far less than the big text.
    const slow = new Pool({ threads: 1, timeoutMs: 8_000 });
    const small = new Pool({ threads: 1, memoryMb: 64 });
    try {
      await expect(slow.extract({ bytes: big, path: 'big.txt', resolve: false })).rejects.toThrow(
        'took longer than 8 s to extract',
      );
      expect(
        (await slow.extract({ bytes: seed, path: 'seed.txt', resolve: false })).laureates.length,
      ).toBeGreaterThan(0);
      await expect(small.extract({ bytes: big, path: 'big.txt', resolve: false })).rejects.toThrow(
        'needs more than 64 MiB of memory to extract',
      );
      expect(
        (await small.extract({ bytes: seed, path: 'seed.txt', resolve: false })).laureates.length,
      ).toBeGreaterThan(0);
    } finally {
      await Promise.all([slow.close(), small.close()]);
    }
  }, 120_000);
});
