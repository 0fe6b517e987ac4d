#!/usr/bin/env node
// npm run eval: grades `palmares extract` with the shared scorer on every set of announcements with
// facts — the seeds, the real announcements of ../shared, and the project's own held-out and written
// sets — printing each document's row and each set's totals. Needs a build (npm run eval builds first).
import { execFile } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '..', '..');
const shared = resolve(root, '..', 'shared');
const scorer = join(shared, 'tools', 'score.mjs');
const cmd = `node ${JSON.stringify(join(root, 'dist', 'pipeline', 'cli.js'))} extract --no-resolve {file}`;

if (!existsSync(scorer)) {
  console.log(`palmares eval: ${scorer} not found, so nothing is scored.`);
  console.log("The scorer and the shared sets live beside the project in ../shared; the project's own");
  console.log('announcements are still checked exactly by `npm test` (test/announcements.test.ts).');
  process.exit(0);
}

/** The project's own announcements (one folder per case) laid out as the scorer expects. */
function ownAnnouncements() {
  const dir = mkdtempSync(join(tmpdir(), 'palmares-eval-'));
  const cases = join(root, 'test', 'fixtures', 'announcements');
  for (const name of readdirSync(cases).sort()) {
    const input = readdirSync(join(cases, name)).find((f) => f.startsWith('input.'));
    if (!input) continue;
    const seed = `${name}${input.slice('input'.length)}`;
    copyFileSync(join(cases, name, input), join(dir, seed));
    const facts = JSON.parse(readFileSync(join(cases, name, 'facts.json'), 'utf8'));
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ ...facts, seed }));
  }
  return dir;
}

const own = ownAnnouncements();
const sets = [
  { name: 'seeds', args: ['--gold', join(shared, 'expected'), '--seeds', join(shared, 'seeds')] },
  { name: 'real', args: ['--gold', join(shared, 'real', 'gold'), '--raw', join(shared, 'real', 'docs')] },
  {
    name: 'held-out (test/fixtures/holdout)',
    args: [
      '--gold',
      join(root, 'test/fixtures/holdout/gold'),
      '--seeds',
      join(root, 'test/fixtures/holdout/docs'),
    ],
  },
  { name: 'own announcements (test/fixtures/announcements)', args: ['--gold', own, '--seeds', own] },
  ...[
    '.pdf',
    '.html',
    '.md',
    '.cp1252.txt',
    '.utf16.txt',
    '.crlf.txt',
    '.docx',
    '.odt',
    '.office.pdf',
    '.site.html',
    '.eml',
  ].map((ext) => ({
    name: `seeds as ${ext} (test/fixtures/formats)`,
    args: ['--gold', join(shared, 'expected'), '--seeds', join(root, 'test/fixtures/formats'), '--ext', ext],
  })),
].filter((s) => existsSync(s.args[1]));

const results = await Promise.all(
  sets.map(async (s) => {
    const { stdout } = await run('node', [scorer, ...s.args, '--project', root, '--cmd', cmd], {
      maxBuffer: 64 << 20,
    });
    return { ...s, stdout };
  }),
);
rmSync(own, { recursive: true, force: true });

const totals = [];
for (const r of results) {
  console.log(`\n== ${r.name}`);
  const at = r.stdout.indexOf('\n{');
  console.log(r.stdout.slice(0, at).trimEnd());
  for (const [tier, t] of Object.entries(JSON.parse(r.stdout.slice(at + 1))))
    totals.push({ set: r.name, tier, ...t });
}
console.log('\n== totals');
console.table(
  totals.map((t) => ({
    set: t.tier === 'seed' ? t.set : `${t.set} · ${t.tier}`,
    docs: t.docsParsed,
    'laureates F1 strict': t.laureateF1Strict,
    'laureates F1 loose': t.laureateF1Loose,
    tier: t.tierAcc,
    category: t.categoryAcc,
    criteria: t.criteriaF1,
    events: t.eventF1,
    year: t.yearAcc,
    type: t.typeAcc,
    stats: t.statsAcc,
  })),
);
