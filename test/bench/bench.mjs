#!/usr/bin/env node
// npm run bench: every figure of issue 9 item 7 beside its goal, on a corpus of announcements in every
// format that the bench writes itself (generate.mjs). Each ratio is taken against a baseline measured in
// the same run, alternating with it; each figure is the median of repeated runs, with its range. CPU
// time unless the goal is about wall time. Figures depend on the machine and on what else runs on it;
// the ratios are what to compare between commits.
// usage: npm run bench [-- --quick]    (or BENCH_QUICK=1: a short run that checks the bench itself runs)
import { check, coldExtract, gazetteer, ingest, pdf, scaling, warmText } from './figures.mjs';
import { corpus } from './generate.mjs';

const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const cfg = QUICK
  ? {
      docs: 35,
      smallDocs: 7,
      textDocs: 20,
      textRounds: 2,
      scaleRounds: 2,
      pdfFiles: 3,
      pdfRounds: 1,
      pdfRuns: 1,
      ingestRuns: 1,
      coldRuns: 1,
      checkRuns: 1,
    }
  : {
      docs: 2000,
      smallDocs: 200,
      textDocs: 2000,
      textRounds: 10,
      scaleRounds: 15,
      pdfFiles: 40,
      pdfRounds: 5,
      pdfRuns: 4,
      ingestRuns: 3,
      coldRuns: 7,
      checkRuns: 5,
    };

const { files } = await corpus(cfg.docs);
console.log(
  `palmares bench${QUICK ? ' (quick: too short for the figures to mean anything)' : ''} — ${files.length} generated documents`,
);
const figures = [];
const show = (fs) => {
  for (const fig of [fs].flat()) {
    figures.push(fig);
    console.log(`\n${fig.figure}: ${fig.measured} — goal ${fig.goal}`);
    for (const line of fig.detail) console.log(`  ${line}`);
  }
};
show(await warmText(cfg));
show(await scaling(cfg));
show(await pdf(cfg, files.filter((p) => p.endsWith('.pdf')).slice(0, cfg.pdfFiles)));
show(await ingest(cfg, files));
show(
  await coldExtract(
    cfg,
    files.find((p) => p.endsWith('.txt')),
  ),
);
show(await check(cfg));
console.log(`\n${await gazetteer()}\n`);

const rows = [
  ['figure', 'measured', 'goal', 'met?'],
  ...figures.map((x) => [x.figure, x.measured, x.goal, x.met === null ? 'skipped' : x.met ? 'yes' : 'no']),
];
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
const line = (r) => `| ${r.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
console.log(line(rows[0]));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows.slice(1)) console.log(line(r));
