// Each figure of issue 9 item 7, measured against a baseline of the same run where it is a ratio. A
// figure is `{ figure, measured, goal, met, detail }`: `measured` with its spread, `detail` the lines
// that say what was run.
import { fork, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSIONS, ROOT } from './generate.mjs';
import { CORES, runNode, stats } from './measure.mjs';

const CLI = join(ROOT, 'dist', 'pipeline', 'cli.js');
const IN_PROCESS = join(import.meta.dirname, 'in-process.mjs');

const f = (x, digits = 2) => x.toFixed(digits);
/** "1.23 (1.10–1.40, 4 runs)": the median and the range it came from. */
const spread = (s, digits = 2, unit = '') =>
  `${f(s.median, digits)}${unit} (${f(s.min, digits)}–${f(s.max, digits)}${unit}, ${s.n} run${s.n > 1 ? 's' : ''})`;

/** One in-process mode in a fresh child (in-process.mjs). */
function inChild(mode, options = {}) {
  return new Promise((resolve, reject) => {
    const child = fork(IN_PROCESS, [mode, JSON.stringify(options)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.on('message', resolve);
    child.on('exit', (code) => code !== 0 && reject(new Error(`bench mode ${mode} exited with ${code}`)));
  });
}

export async function warmText(cfg) {
  const { msPerDoc } = await inChild('text', { docs: cfg.textDocs, rounds: cfg.textRounds });
  const perCpuS = stats(msPerDoc.map((ms) => 1000 / ms));
  return {
    figure: 'warm text throughput (docs per CPU-second, gazetteer on)',
    measured: spread(perCpuS, 0),
    goal: '≥ 1000',
    met: perCpuS.median >= 1000,
    detail: [
      `${cfg.textDocs} distinct text announcements in one warm process, ${cfg.textRounds} rounds; ` +
        `${f(stats(msPerDoc).median, 1)} ms CPU per document`,
    ],
  };
}

export async function scaling(cfg) {
  const times = 10;
  const { once, repeated } = await inChild('scale', { rounds: cfg.scaleRounds, times });
  const ratio = stats(repeated.map((ms, i) => ms / once[i]));
  return {
    figure: '×10 input (CPU, one document ×10 / ×1)',
    measured: spread(ratio, 2, '×'),
    goal: '≤ 12×',
    met: ratio.median <= 12,
    detail: [
      `per round: an announcement repeated ${times} times in one document (median ${f(stats(repeated).median, 1)} ms CPU) ` +
        `against the mean of ${times} single ones (median ${f(stats(once).median, 1)} ms), ${cfg.scaleRounds} rounds`,
    ],
  };
}

/**
 * pdf-parse getText, palmares's PDF reader and palmares extract --no-resolve, then pdftotext and its bare
 * start, alternating. The figures compare text-layer readers: pdf-parse and pdftotext return text, as the
 * reader returns a Doc; the whole extraction, which neither does, is shown beside them.
 */
export async function pdf(cfg, files) {
  const hasPdftotext = spawnSync('pdftotext', ['-v'], { stdio: 'ignore' }).status === 0;
  const modes = [
    'pdf-parse',
    'palmares-read',
    'palmares',
    ...(hasPdftotext ? ['pdftotext', 'pdftotext-start'] : []),
  ];
  const runs = Object.fromEntries(modes.map((m) => [m, []]));
  const options = { files, rounds: cfg.pdfRounds, warmup: 2 };
  for (let i = 0; i < cfg.pdfRuns; i++) for (const m of modes) runs[m].push(await inChild(m, options));
  const median = (r) => stats(r.ms).median;
  const pages = runs['pdf-parse'][0].pages;
  const perRun = (m) => runs[m].map(median);
  const baseline = perRun('pdf-parse');
  const reader = perRun('palmares-read');
  const palmares = perRun('palmares');
  const overhead = stats(reader.map((ms, i) => ms / baseline[i]));
  const whole = stats(palmares.map((ms, i) => ms / baseline[i]));
  const rss = (m) => `${f(Math.max(...runs[m].map((r) => r.maxRssKiB)) / 1024, 0)} MiB`;
  const header = `${files.length} PDFs of the corpus, ${pages} pages; ${cfg.pdfRounds} rounds × ${cfg.pdfRuns} runs per mode, alternating, each run a fresh process; CPU per round`;
  const line = (label, ms) =>
    `  ${label.padEnd(42)} ${f(stats(ms).median, 1).padStart(8)} ms/round ${f(stats(ms).median / pages, 2).padStart(7)} ms/page`;
  const figures = [
    {
      figure: 'PDF: palmares reader / pdf-parse getText (CPU)',
      measured: spread(overhead, 2, '×'),
      goal: '≤ 1.15×',
      met: overhead.median <= 1.15,
      detail: [
        header,
        `${line('pdf-parse getText (baseline)', baseline)} peak RSS ${rss('pdf-parse')}`,
        `${line('palmares PDF reader (bytes to Doc)', reader)} peak RSS ${rss('palmares-read')}`,
        `${line('palmares extract --no-resolve', palmares)} peak RSS ${rss('palmares')} (${spread(whole, 2, '×')} the baseline)`,
      ],
    },
  ];
  if (!hasPdftotext) {
    figures.push({
      figure: 'PDF per page: palmares reader warm / pdftotext per file (CPU)',
      measured: 'skipped',
      goal: '≤ 5×',
      met: null,
      detail: ['pdftotext not found: the figure is skipped (Debian: apt-get install poppler-utils)'],
    });
    return figures;
  }
  // pdftotext is a process per file, as one runs it: its start is in its figure. Its page work alone is
  // too small to time on these pages (children's CPU time comes in 10 ms ticks), so its start is shown, not deducted.
  const started = perRun('pdftotext');
  const start = perRun('pdftotext-start');
  const perPage = stats(reader.map((ms, i) => ms / started[i]));
  figures.push({
    figure: 'PDF per page: palmares reader warm / pdftotext per file (CPU)',
    measured: spread(perPage, 2, '×'),
    goal: '≤ 5×',
    met: perPage.median <= 5,
    detail: [
      line('pdftotext, a process per file', started),
      `${line('  of which its start (pdftotext -v)', start)} (${f((100 * stats(start).median) / stats(started).median, 0)} %)`,
    ],
  });
  return figures;
}

/** `ingest` of the corpus with 1 and 2 worker threads, and of its first tenth, alternating; each into folders of its own. */
export async function ingest(cfg, files) {
  const small = files.slice(0, cfg.smallDocs);
  const run = async (docs, threads) => {
    const dir = mkdtempSync(join(ROOT, '.tmp', 'bench', 'ingest-'));
    try {
      const r = await runNode(
        [
          CLI,
          'ingest',
          ...docs,
          '--corpus',
          join(dir, 'corpus'),
          '-o',
          join(dir, 'output'),
          '-c',
          String(threads),
          '--json',
        ],
        { cwd: ROOT },
      );
      const summary = JSON.parse(r.stdout);
      if (summary.failed) throw new Error(`ingest: ${summary.failed} of ${docs.length} documents failed`);
      return r;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const one = [];
  const two = [];
  const few = [];
  for (let i = 0; i < cfg.ingestRuns; i++) {
    one.push(await run(files, 1));
    two.push(await run(files, 2));
    few.push(await run(small, 2));
  }
  const speedup = stats(one.map((r, i) => r.wallMs / two[i].wallMs));
  const rss = stats(two.map((r, i) => r.maxRssKiB / few[i].maxRssKiB));
  const others = stats([...one, ...two].map((r) => r.otherCores));
  const line = (label, rs, n) =>
    `  ${label.padEnd(30)} ${f((n / stats(rs.map((r) => r.wallMs)).median) * 1000, 1).padStart(7)} docs/s wall, ` +
    `${f(stats(rs.map((r) => r.cpuMs)).median / n, 1)} ms CPU/doc, peak RSS ${f(stats(rs.map((r) => r.maxRssKiB)).median / 1024, 0)} MiB`;
  const busy = others.median >= 0.25;
  return [
    {
      figure: 'ingest throughput: 2 workers / 1 (wall)',
      measured: spread(speedup, 2, '×'),
      goal: '≥ 1.7×',
      met: speedup.median >= 1.7,
      detail: [
        `palmares ingest of ${files.length} documents (${EXTENSIONS.join(', ')} in turn), -c 1 then -c 2, and of the first ${small.length} with -c 2, ${cfg.ingestRuns} runs alternating`,
        line(`${files.length} docs, -c 1`, one, files.length),
        line(`${files.length} docs, -c 2`, two, files.length),
        line(`${small.length} docs, -c 2`, few, small.length),
        `  other processes kept ${f(others.median, 2)} of ${CORES} cores busy meanwhile (${f(others.min, 2)}–${f(others.max, 2)})` +
          (busy ? ': the cores were not idle, the speed-up is understated' : ''),
      ],
    },
    {
      figure: `ingest peak RSS: ${files.length} docs / ${small.length} (-c 2)`,
      measured: spread(rss, 2, '×'),
      goal: '≤ 1.2×',
      met: rss.median <= 1.2,
      detail: [],
    },
  ];
}

/** `node -e 0` then the command, alternating: the baseline is node's own start on this machine now. */
async function againstNode(args, runs, { ok } = {}) {
  const base = [];
  const cmd = [];
  for (let i = 0; i < runs; i++) {
    base.push(await runNode(['-e', '0'], { cwd: ROOT }));
    cmd.push(await runNode(args, { cwd: ROOT, ok }));
  }
  return { base, cmd };
}

export async function coldExtract(cfg, textFile) {
  const { base, cmd } = await againstNode([CLI, 'extract', textFile], cfg.coldRuns);
  const cpu = stats(cmd.map((r) => r.cpuMs / 1000));
  const node = stats(base.map((r) => r.cpuMs / 1000));
  return {
    figure: 'cold palmares extract of a text file (CPU, gazetteer on)',
    measured: spread(cpu, 2, ' s'),
    goal: '≤ 0.3 s',
    met: cpu.median <= 0.3,
    detail: [
      `the whole process, ${cfg.coldRuns} runs alternating with node -e 0: ${spread(node, 3, ' s')}, ` +
        `i.e. ${f(cpu.median / node.median, 1)}× bare node; peak RSS ${f(stats(cmd.map((r) => r.maxRssKiB)).median / 1024, 0)} MiB`,
    ],
  };
}

export async function check(cfg) {
  // Exit 1 is a difference between corpus/ and output/, which costs the same to find.
  const { base, cmd } = await againstNode([CLI, 'check', '-q'], cfg.checkRuns, { ok: [0, 1] });
  const wall = stats(cmd.map((r) => r.wallMs / 1000));
  return {
    figure: 'palmares check on corpus/ (wall)',
    measured: spread(wall, 2, ' s'),
    goal: '≤ 1 s',
    met: wall.median <= 1,
    detail: [
      `${cfg.checkRuns} runs alternating with node -e 0 (${spread(stats(base.map((r) => r.wallMs / 1000)), 3, ' s')} wall); ` +
        `CPU ${f(stats(cmd.map((r) => r.cpuMs / 1000)).median, 2)} s; others kept ${f(stats(cmd.map((r) => r.otherCores)).median, 2)} of ${CORES} cores busy`,
    ],
  };
}

/** Not a goal of the issue: what the gazetteer costs once loaded, on the awardees of output/. */
export async function gazetteer() {
  const r = await inChild('resolve');
  return (
    `gazetteer: one-off load ${f(r.loadMs, 0)} ms, +${f(r.rssDeltaMiB, 0)} MiB RSS; ` +
    `${f(r.msPerAwardee * 1000, 1)} µs per awardee (${r.awardees} awardees of output/, ${r.rounds} rounds)`
  );
}
