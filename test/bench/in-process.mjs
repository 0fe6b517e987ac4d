// The figures measured inside one warm process, each mode in a child of its own (forked by figures.mjs)
// so that no mode's caches, heap or loaded modules serve another:
//   text      warm text throughput, the gazetteer on: CPU of extracting distinct announcements;
//   scale     one announcement repeated 10 times in one document, against single announcements;
//   pdf-parse, palmares-read, palmares, pdftotext, pdftotext-start  CPU per round over the same PDFs;
//   resolve   the gazetteer's one-off load and its cost per awardee.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { announcement, SEED_OFFSETS } from './announcements.mjs';
import { ROOT, SEED } from './generate.mjs';
import { childrenCpuMs, cpuMs } from './measure.mjs';

const dist = (p) => join(ROOT, 'dist', 'pipeline', p);
const asText = (text, i) => ({ bytes: Buffer.from(text), path: `bench/${i}.txt` });

/** Texts no other mode measures, so that the warm-up fills no cache a measured document could hit. */
const warmup = async (extract) => {
  for (let i = 0; i < 5; i++) await extract(asText(announcement(SEED + SEED_OFFSETS.warmup, i), i));
};

const MODES = {
  /** `{ docs, rounds }`: CPU ms of each round of docs/rounds distinct announcements. */
  async text({ docs, rounds }) {
    const extract = await extractor(true);
    await warmup(extract);
    const per = Math.ceil(docs / rounds);
    const texts = Array.from({ length: docs }, (_, i) => asText(announcement(SEED, i), i));
    const ms = [];
    for (let r = 0; r < rounds; r++) {
      const batch = texts.slice(r * per, (r + 1) * per);
      ms.push(
        (await cpuMs(async () => {
          for (const t of batch) await extract(t);
        })) / batch.length,
      );
    }
    return { msPerDoc: ms };
  },

  /** `{ rounds, times }`: per round, CPU of one document holding an announcement `times` times, and the mean CPU of `times` single ones. */
  async scale({ rounds, times }) {
    const extract = await extractor(true);
    await warmup(extract);
    const once = [];
    const repeated = [];
    for (let r = 0; r < rounds; r++) {
      const singles = Array.from({ length: times }, (_, k) =>
        asText(announcement(SEED + SEED_OFFSETS.once, r * times + k), k),
      );
      once.push(
        (await cpuMs(async () => {
          for (const t of singles) await extract(t);
        })) / times,
      );
      const text = Array(times)
        .fill(announcement(SEED + SEED_OFFSETS.repeated, r))
        .join('\n\n');
      repeated.push(await cpuMs(() => extract(asText(text, r))));
    }
    return { once, repeated };
  },

  'pdf-parse': (o) => pdfRounds(o, pdfParse),
  /** palmares's PDF reader alone, bytes to Doc: the text layer and its layout, as pdf-parse reads it. */
  'palmares-read': (o) =>
    pdfRounds(o, async () => {
      const { parse } = await import(join(ROOT, 'dist', 'parsers', 'index.js'));
      return async ({ bytes }) => {
        await parse(new Uint8Array(bytes), 'pdf');
      };
    }),
  palmares: (o) =>
    pdfRounds(o, async () => {
      const extract = await extractor(false);
      return async ({ path, bytes }) => {
        await extract({ path, bytes });
      };
    }),
  pdftotext: (o) =>
    pdfRounds(o, async () => ({ path }) => {
      const r = spawnSync('pdftotext', ['-q', path, '-'], { stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`pdftotext ${path} exited with ${r.status}`);
    }),
  /** pdftotext's own start, as many times as a round starts it: deducted from its rounds. */
  'pdftotext-start': (o) =>
    pdfRounds(o, async () => () => {
      spawnSync('pdftotext', ['-v'], { stdio: 'ignore' });
    }),

  async resolve() {
    const { benchResolve } = await import(join(ROOT, 'dist', 'pipeline', 'resolve', 'index.js'));
    return benchResolve(join(ROOT, 'output'));
  },
};

/** extract() of the library, the gazetteer on or off. */
async function extractor(resolve) {
  const { extract } = await import(dist('index.js'));
  return ({ bytes, path }) => extract(bytes, { path, resolve });
}

async function pdfParse() {
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

/** `{ files, rounds, warmup ≥ 1 }`: CPU ms of each round over every file (this process and the children it waited for). */
async function pdfRounds({ files, rounds, warmup: warm }, make) {
  const docs = files.map((path) => ({ path, bytes: readFileSync(path) }));
  const run = await make();
  // The first pass warms up too; pdf-parse counts the pages on it.
  let pages = 0;
  for (const d of docs) pages += (await run(d)) ?? 0;
  for (let i = 1; i < warm; i++) for (const d of docs) await run(d);
  const ms = [];
  for (let i = 0; i < rounds; i++) {
    const children = childrenCpuMs();
    const own = await cpuMs(async () => {
      for (const d of docs) await run(d);
    });
    ms.push(own + childrenCpuMs() - children);
  }
  return { ms, pages, maxRssKiB: process.resourceUsage().maxRSS };
}

if (process.send) {
  const [mode, options] = [process.argv[2], JSON.parse(process.argv[3] ?? '{}')];
  process.send(await MODES[mode](options));
  process.exit(0);
}
