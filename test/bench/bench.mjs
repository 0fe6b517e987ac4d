#!/usr/bin/env node
// npm run bench: what palmares costs on PDFs, against pdf-parse's own text extraction measured in the
// same run on the same files. Each mode runs in a child process of its own (so that peak RSS is its
// own), four times, alternating; the median round time is reported, with the spread of the ratio.
// Figures depend on the machine; the ratio is what to compare between commits.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const root = join(here, '..', '..');
const pdfDir = join(root, 'test', 'fixtures', 'formats');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = 3;

if (process.argv[2] === '--child') {
  process.send(process.argv[3] === 'resolve' ? await resolveChild() : await child(process.argv[3]));
  process.exit(0);
}

/** The gazetteer on its own, in a fresh process: its load, and the cost of resolving every awardee of output/. */
async function resolveChild() {
  const { benchResolve } = await import(join(root, 'dist', 'pipeline', 'resolve', 'index.js'));
  return benchResolve(join(root, 'output'));
}

const files = pdfFiles();
const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const runs = { baseline: [], pipeline: [] };
for (let i = 0; i < RUNS; i++) {
  for (const mode of ['baseline', 'pipeline']) runs[mode].push(await inChild(mode));
}
const medianOf = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = Object.fromEntries(
  Object.entries(runs).map(([mode, rs]) => [
    mode,
    {
      median: medianOf(rs.flatMap((r) => r.rounds)),
      pages: runs.baseline[0].pages,
      rssMiB: Math.max(...rs.map((r) => r.maxRssKiB)) / 1024,
    },
  ]),
);
const { baseline, pipeline } = summary;
console.log(
  `palmares bench — ${files.length} PDFs, ${baseline.pages} pages, ${ROUNDS} rounds × ${RUNS} runs per mode, alternating; median round`,
);
console.log('mode                                        ms/round   ms/page   peak RSS');
for (const [label, s] of [
  ['pdf-parse getText (baseline)', baseline],
  ['palmares extract --no-resolve (pipeline)', pipeline],
]) {
  console.log(
    `${label.padEnd(43)} ${s.median.toFixed(1).padStart(8)} ${(s.median / s.pages).toFixed(2).padStart(9)} ${s.rssMiB.toFixed(0).padStart(7)} MiB`,
  );
}
// Each run pairs with the baseline run just before it: the spread says how far to trust the median.
const ratios = runs.pipeline
  .map((p, i) => medianOf(p.rounds) / medianOf(runs.baseline[i].rounds))
  .sort((a, b) => a - b);
const ratio = pipeline.median / baseline.median;
console.log(
  `pipeline / baseline: ${ratio.toFixed(3)} (extraction overhead ${((ratio - 1) * 100).toFixed(1)} %, goal ≤ 15 %; ` +
    `runs ranged ${ratios[0].toFixed(2)}–${ratios.at(-1).toFixed(2)})`,
);
const resolution = await inChild('resolve');
console.log(
  `gazetteer: one-off load ${resolution.loadMs.toFixed(0)} ms, +${resolution.rssDeltaMiB.toFixed(0)} MiB RSS; ` +
    `${(resolution.msPerAwardee * 1000).toFixed(1)} µs per awardee (${resolution.awardees} awardees of output/, ${resolution.rounds} rounds)`,
);

function pdfFiles() {
  return readdirSync(pdfDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => join(pdfDir, f));
}

function inChild(mode) {
  return new Promise((resolve, reject) => {
    const c = fork(import.meta.filename, ['--child', mode], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    c.on('message', resolve);
    c.on('exit', (code) => code !== 0 && reject(new Error(`${mode} child exited with ${code}`)));
  });
}

/** One mode: WARMUP rounds, then ROUNDS timed rounds over every PDF; pages as pdf-parse counts them. */
async function child(mode) {
  const docs = pdfFiles().map((f) => ({ path: f, bytes: readFileSync(f) }));
  const run = await runner(mode);
  let pages = 0;
  for (const d of docs) pages += await run(d);
  for (let i = 1; i < WARMUP; i++) for (const d of docs) await run(d);
  const rounds = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.hrtime.bigint();
    for (const d of docs) await run(d);
    rounds.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { rounds, pages, maxRssKiB: process.resourceUsage().maxRSS };
}

async function runner(mode) {
  if (mode === 'baseline') {
    const { PDFParse } = await import('pdf-parse');
    return async ({ bytes }) => {
      const parser = new PDFParse({ data: Buffer.from(bytes) });
      try {
        return (await parser.getText()).total;
      } finally {
        await parser.destroy();
      }
    };
  }
  const { extract } = await import(join(root, 'dist', 'pipeline', 'index.js'));
  return async ({ path, bytes }) => {
    // The gazetteer is measured on its own line below; here, what reading and extraction cost.
    await extract(bytes, { path, resolve: false });
    return 0;
  };
}
