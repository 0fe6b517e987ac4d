import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASET_FILES } from '../pipeline/dataset/datapackage.js';
import type { IngestResult } from '../pipeline/ingest.js';
import { summarise, summaryLine } from '../pipeline/ingest-report.js';
import { recordFacts } from '../pipeline/ingested.js';
import { RecordSchema } from '../pipeline/schema.js';
import { repoRoot } from './support/cases.js';
import { committedRecords, SEED, seedRecord } from './support/seeds.js';

const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');
const run = (args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env });
const seed = seedRecord(SEED.marseille2024Text).source.path;

/** Temporary folders of this file, removed when it ends. */
const scratches: string[] = [];
function scratch(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  scratches.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of scratches) rmSync(dir, { recursive: true, force: true });
});

/** Every file under `dir` by its path inside it; the review page (output/report/, not committed) aside. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name).slice(dir.length);
    if (e.isFile() && !path.startsWith('/report/'))
      out[path] = readFileSync(join(e.parentPath, e.name), 'utf8');
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

  it('extract names the file in a one-line error and exits 1, wherever it stands among the options', () => {
    const r = run(['extract', 'nowhere/missing.txt']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('palmares: nowhere/missing.txt: no such file\n');
    const binary = join(scratch('palmares-'), 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    const bad = run(['extract', binary]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^palmares: ${binary}: looks binary \\(.+\\)\\n$`));
    const forced = run(['extract', '-f', 'pdf', seed]);
    expect(forced.status).toBe(1);
    expect(forced.stderr).toMatch(new RegExp(`^palmares: ${seed}: is not a readable PDF`));
    expect(run(['text', '--format', 'pdf', seed]).stderr).toMatch(new RegExp(`^palmares: ${seed}: `));
    expect(run(['ingest', '-o', 'out', 'nowhere']).stderr).toBe(
      'palmares: nowhere: no such file or directory (check the path)\n',
    );
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
    const one = scratch('palmares-');
    const four = scratch('palmares-');
    expect(run(['ingest', '--quiet', '-c', '1', '-o', one]).status).toBe(0);
    const r = run(['ingest', '-c', '4', '-o', four]);
    expect(r.status).toBe(0);
    // What the committed records hold, as the summary says it: every one written anew, none added.
    const committed = committedRecords().map(
      (record): IngestResult => ({
        input: record.source.path,
        ok: true,
        corpusPath: record.source.path,
        added: false,
        output: '',
        changed: true,
        facts: recordFacts(record),
      }),
    );
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(summaryLine(summarise(committed)));
    expect(tree(four)).toEqual(tree(one));
    expect(Object.keys(tree(one)).sort()).toContain('/schema.json');
    expect(tree(one)).toEqual(tree(join(repoRoot, 'output')));
  });

  it('ingest adds a new document to the corpus once, and a second run changes nothing', () => {
    const dir = scratch('palmares-');
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

  it('ingest fails a document whose record would overwrite another one, and leaves nothing of it', () => {
    const dir = scratch('palmares-');
    const text = (city: string) => `Le 12 mars 2025, le réseau fait étape à ${city}.\n`;
    mkdirSync(join(dir, 'corpus', '2025'), { recursive: true });
    mkdirSync(join(dir, 'inbox'));
    writeFileSync(join(dir, 'corpus', '2025', 'etape.md'), text('Rennes'));
    writeFileSync(join(dir, 'inbox', 'etape.md'), text('Rennes'));
    writeFileSync(join(dir, 'inbox', 'etape.txt'), text('Brest'));
    const r = run(['ingest', 'inbox', '--corpus', 'corpus', '-o', 'out'], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      /etape\.txt: would overwrite out\/2025\/etape\.json, written for corpus\/2025\/etape\.md/,
    );
    expect(Object.keys(tree(join(dir, 'corpus')))).toEqual(['/2025/etape.md']);
    expect(JSON.parse(readFileSync(join(dir, 'out', '2025', 'etape.json'), 'utf8')).source.path).toBe(
      'corpus/2025/etape.md',
    );
  });

  it('ingest reads standard input and names it from its first line', () => {
    const dir = scratch('palmares-');
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
    const dir = scratch('palmares-');
    writeFileSync(join(dir, 'good.txt'), 'Le 12 mars 2025, le réseau fait étape à Rennes.\n');
    writeFileSync(join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const out = join(dir, 'out');
    const r = run(['ingest', dir, '--corpus', join(dir, 'corpus'), '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt: looks binary/);
    expect(r.stdout).toMatch(
      /^2 documents: 1 added to the corpus, 1 record changed, 0 laureates, 0 warnings, 1 failed$/m,
    );
    expect(Object.keys(tree(out)).sort()).toEqual(
      ['/2025/good.json', ...Object.values(DATASET_FILES).map((f) => `/${f}`)].sort(),
    );
  });

  it('ingest of a folder says which files it skipped and why, and names the warnings', () => {
    const dir = scratch('palmares-');
    const inbox = join(dir, 'inbox');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'good.txt'), 'Le 12 mars 2025, le réseau fait étape à Rennes.\n');
    writeFileSync(join(inbox, 'notes.xlsx'), 'PK');
    writeFileSync(join(inbox, 'README'), 'notes');
    writeFileSync(join(inbox, 'odd.txt'), 'Le forum 2025 a lieu à Rennes, c\u00c3\u00a9l\u00c3\u00a8bre.\n');
    const args = ['ingest', 'inbox', '--corpus', 'corpus', '-o', 'out'];
    const r = run(args, dir);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'palmares: skipped inbox/README: a name without an extension is not one palmares reads ' +
        '(.txt .text .md .markdown .html .htm .xhtml .pdf .docx .odt .eml); name the file itself to read it anyway',
      expect.stringMatching(
        /^palmares: skipped inbox\/notes\.xlsx: its extension \.xlsx is not one palmares reads/,
      ),
    ]);
    expect(r.stdout).toMatch(/odd\.txt.*1 warning \(mojibake\)\)$/m);
    expect(r.stdout).toMatch(/, 1 warning \(mojibake\), 0 failed, 2 files skipped$/m);
    const json = run([...args, '--json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({
      documents: 2,
      skipped: 2,
      warningCodes: { mojibake: 1 },
    });
  });

  it('ingest of an e-mail adds the message and the document it carries, and reports the file it skips', () => {
    const dir = scratch('palmares-');
    const pdf = readFileSync(
      join(repoRoot, 'test', 'fixtures', 'formats', '002_e5f6632d8633faf3.office.pdf'),
    );
    const part = (type: string, name: string, bytes: Buffer) =>
      [
        '--m',
        `Content-Type: ${type}; name="${name}"`,
        `Content-Disposition: attachment; filename="${name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        bytes.toString('base64'),
      ].join('\r\n');
    const eml = [
      'From: presse@example.org',
      'Subject: Palmarès',
      'Date: Mon, 1 Jan 2024 09:00:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="m"',
      '',
      '--m',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bonjour, vous trouverez ci-joint le communiqué.',
      part('application/pdf', 'Communiqué lauréats.pdf', pdf),
      part('image/png', 'logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])),
      '--m--',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'message.eml'), eml);
    const args = ['ingest', 'message.eml', '--corpus', 'corpus', '-o', 'out'];
    const r = run(args, dir);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(
      'palmares: skipped message.eml › logo.png: is an attachment of a kind palmares does not read (image/png); ' +
        'save it as a document palmares reads to add it\n',
    );
    expect(r.stdout).toMatch(/^message\.eml \(added as corpus\/unknown\/message\.eml\) → /m);
    expect(r.stdout).toMatch(
      /^message\.eml › Communiqué lauréats\.pdf \(added as corpus\/2023\/communique-laureats\.pdf\) → out\/2023\/communique-laureats\.json \(laureates 2023, 25 laureates/m,
    );
    const message = RecordSchema.parse(
      JSON.parse(readFileSync(join(dir, 'out', 'unknown', 'message.json'), 'utf8')),
    );
    const attached = RecordSchema.parse(
      JSON.parse(readFileSync(join(dir, 'out', '2023', 'communique-laureats.json'), 'utf8')),
    );
    expect(message.source.attachments?.map((a) => a.name)).toEqual(['Communiqué lauréats.pdf', 'logo.png']);
    expect(message.source.attachments?.[0]?.sha256).toBe(attached.source.sha256);
    // The corpus again: the message and its PDF are both there already, nothing is added or failed.
    const again = run(['ingest', 'corpus', '--corpus', 'corpus', '-o', 'out', '--json'], dir);
    expect(JSON.parse(again.stdout)).toMatchObject({
      documents: 2,
      added: 0,
      changed: 0,
      failed: 0,
      skipped: 1,
    });
  });

  it('check leaves no temporary folder behind, unless asked to keep the received records', () => {
    const tmp = scratch('palmares-tmp-');
    const env = { ...process.env, TMPDIR: tmp };
    const clean = run(['check', '-q', seed], repoRoot, env);
    expect(clean.stdout).toBe('0 fields changed in 0 documents (0 added, 0 removed)\n');
    expect(readdirSync(tmp)).toEqual([]);
    const kept = join(tmp, 'kept');
    expect(run(['check', '-q', '--received', kept, seed], repoRoot, env).status).toBe(0);
    expect(readdirSync(tmp)).toEqual(['kept']);
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
    for (const command of ['extract', 'text', 'ingest', 'check', 'report', 'resolve', 'schema']) {
      expect(help.stdout).toContain(command);
    }
    expect(run(['ingest', '--help']).stdout).toMatch(/--timeout <seconds>/);
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toBe(pkg.version);
  });
});
