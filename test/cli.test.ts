import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordSchema } from '../pipeline/schema.js';
import { corpusFiles, repoRoot } from './support/cases.js';

const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');
const run = (args: string[], cwd = repoRoot) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
const seed = corpusFiles().find((f) => f.includes('2024')) as string;

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length)] = readFileSync(join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

describe('palmares CLI', () => {
  it('extract prints a valid record and exits 0', () => {
    const r = run(['extract', seed]);
    expect(r.status).toBe(0);
    const record = RecordSchema.parse(JSON.parse(r.stdout));
    expect(record.source.path).toBe(seed);
    expect(record.editionYear).toBe(2024);
  });

  it('extract names the file in a one-line error and exits 1', () => {
    const r = run(['extract', 'nowhere/missing.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('palmares: nowhere/missing.txt: no such file\n');
    const binary = join(mkdtempSync(join(tmpdir(), 'palmares-')), 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const bad = run(['extract', binary]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^palmares: ${binary}: looks binary \\(.+\\)\\n$`));
  });

  it('exits 2 on a usage error', () => {
    expect(run(['extract']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
    expect(run(['ingest', '--concurrency', '0']).status).toBe(2);
  });

  it('text prints the Doc text that spans index', () => {
    const r = run(['text', seed]);
    const record = JSON.parse(run(['extract', seed]).stdout);
    const a = record.laureates[0].awardees[0];
    expect(r.stdout.slice(a.span.start, a.span.end)).toBe(a.name);
  });

  it('ingest writes the same bytes whatever the concurrency, and the schema', () => {
    const one = mkdtempSync(join(tmpdir(), 'palmares-'));
    const four = mkdtempSync(join(tmpdir(), 'palmares-'));
    expect(run(['ingest', '--quiet', '-c', '1', '-o', one]).status).toBe(0);
    const r = run(['ingest', '-c', '4', '-o', four]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(
      /^7 documents: 0 added to the corpus, 7 records changed, 119 laureates, 2 warnings, 0 failed$/m,
    );
    expect(tree(four)).toEqual(tree(one));
    expect(Object.keys(tree(one)).sort()).toContain('/schema.json');
    expect(tree(one)).toEqual(tree(join(repoRoot, 'output')));
  });

  it('ingest adds a new document to the corpus once, and a second run changes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-'));
    const corpus = join(dir, 'corpus');
    const out = join(dir, 'out');
    const release = join(dir, 'Communiqué Rennes.txt');
    writeFileSync(release, 'Le 12 mars 2025, le réseau fait étape à Rennes.\n');
    const first = run(['ingest', release, '--corpus', corpus, '-o', out, '--json'], dir);
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ documents: 1, added: 1, changed: 1, failed: 0 });
    expect(Object.keys(tree(corpus))).toEqual(['/2025/communique-rennes.txt']);
    const record = JSON.parse(readFileSync(join(out, '2025', 'communique-rennes.json'), 'utf8'));
    expect(record.source.path).toBe('corpus/2025/communique-rennes.txt');
    const again = run(['ingest', release, '--corpus', corpus, '-o', out, '--json'], dir);
    expect(JSON.parse(again.stdout)).toMatchObject({ documents: 1, added: 0, changed: 0, failed: 0 });
    expect(Object.keys(tree(corpus))).toEqual(['/2025/communique-rennes.txt']);
  });

  it('ingest reads standard input and names it from its first line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-'));
    const r = spawnSync(process.execPath, [cli, 'ingest', '-', '--corpus', 'c', '-o', 'o', '--quiet'], {
      cwd: dir,
      input:
        '# Les lauréats 2022\n\n**Label d’or**\n\n- Ville de Pau avec Pau citoyens\n- Ville de Tarbes avec Tarbes mobile\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(Object.keys(tree(join(dir, 'c')))).toEqual(['/2022/les-laureats-2022.txt']);
  });

  it('ingest reports a failed document, writes the others and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'palmares-'));
    writeFileSync(join(dir, 'good.txt'), 'Le 12 mars 2025, le réseau fait étape à Rennes.\n');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const out = join(dir, 'out');
    const r = run(['ingest', dir, '--corpus', join(dir, 'corpus'), '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: looks binary/);
    expect(r.stdout).toMatch(
      /^2 documents: 1 added to the corpus, 1 records changed, 0 laureates, 0 warnings, 1 failed$/m,
    );
    expect(Object.keys(tree(out)).sort()).toEqual([
      '/2025/good.json',
      '/datapackage.json',
      '/editions.json',
      '/editions.schema.json',
      '/laureate.schema.json',
      '/laureates.csv',
      '/laureates.ndjson',
      '/schema.json',
    ]);
  });

  it('resolve answers for one name, and refuses to pick among homonyms', () => {
    const bordeaux = JSON.parse(run(['resolve', 'Communauté urbaine de Bordeaux']).stdout);
    expect(bordeaux).toMatchObject({ kind: 'epci', code: '243300316', match: 'historical' });
    const omer = JSON.parse(run(['resolve', '--city', 'Saint-Omer']).stdout);
    expect(omer.code).toBeNull();
    expect(omer.candidates.map((c: { code: string }) => c.code).sort()).toEqual(['14635', '62765']);
    expect(JSON.parse(run(['resolve', '--city', 'Saint-Omer', '-d', '62']).stdout).code).toBe('62765');
  });

  it('extract --no-resolve leaves the gazetteer out', () => {
    const record = JSON.parse(run(['extract', '--no-resolve', seed]).stdout);
    expect(record.laureates[0].awardees[0].resolution).toBeUndefined();
    expect(record.cities[0].code).toBeNull();
  });

  it('--help and --version tell the truth', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    for (const command of ['extract', 'text', 'ingest', 'check', 'resolve', 'schema']) {
      expect(help.stdout).toContain(command);
    }
    expect(run(['ingest', '--help']).stdout).toMatch(/--timeout <seconds>/);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
