#!/usr/bin/env node
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Format } from '../parsers/doc.js';
import { InputError } from '../parsers/errors.js';
import { FORMATS, READABLE } from '../parsers/formats.js';
import { DEFAULT_LIMITS, formatBytes } from '../parsers/limits.js';
import { DEFAULT_TIMEOUT_MS, failureLine } from './errors.js';
import { toJson } from './json.js';
import { DEFAULT_MEMORY_MB } from './pool.js';

// Each command loads what it needs when it runs: the extraction itself runs in worker threads.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Exit codes, as documented in the README. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const formatOption = () =>
  new Option('-f, --format <format>', 'read the file as this format instead of detecting it').choices(
    FORMATS,
  );

const limitOptions = (command: Command) =>
  command
    .option(
      '-t, --timeout <seconds>',
      'stop a document still being extracted after this long',
      positiveInt,
      DEFAULT_TIMEOUT_MS / 1000,
    )
    .option(
      '--memory <MiB>',
      'stop a document that needs more JavaScript heap than this',
      positiveInt,
      DEFAULT_MEMORY_MB,
    );

interface LimitFlags {
  timeout: number;
  memory: number;
}

/**
 * One document in a worker thread under the time and memory limits: `text` or the record. A problem
 * with the file is printed on one line naming it, and exits 1.
 */
async function oneDocument<T>(
  file: string,
  opts: LimitFlags,
  work: (pool: import('./pool.js').ExtractionPool, bytes: Buffer) => Promise<T>,
): Promise<T | undefined> {
  const [{ readDocument }, { ExtractionPool }] = await Promise.all([
    import('./read-document.js'),
    import('./pool.js'),
  ]);
  const pool = new ExtractionPool({ threads: 1, timeoutMs: opts.timeout * 1000, memoryMb: opts.memory });
  try {
    return await work(pool, await readDocument(file));
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    process.stderr.write(`${failureLine(file, e)}\n`);
    process.exitCode = EXIT.failed;
    return undefined;
  } finally {
    await pool.close();
  }
}

// A reader that stops early (`palmares text x.pdf | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(EXIT.ok);
  throw e;
});

const program = new Command()
  .name('palmares')
  .description(
    'Turns French press releases about territorial innovation awards into validated, traceable JSON.',
  )
  .version(pkg.version)
  .exitOverride()
  .showHelpAfterError('(run with --help for usage)');

const DOCUMENT = `${READABLE} of at most ${formatBytes(DEFAULT_LIMITS.maxBytes)}`;

limitOptions(
  program
    .command('extract')
    .description('print the record of one announcement as JSON on stdout')
    .argument('<file>', DOCUMENT)
    .addOption(formatOption())
    .option('--no-resolve', 'leave awardees and cities without their gazetteer resolution'),
).action(async (file: string, opts: LimitFlags & { format?: Format; resolve: boolean }) => {
  const record = await oneDocument(file, opts, (pool, bytes) =>
    pool.extract({
      bytes,
      path: file,
      resolve: opts.resolve,
      ...(opts.format ? { format: opts.format } : {}),
    }),
  );
  if (record) process.stdout.write(toJson(record));
});

limitOptions(
  program
    .command('text')
    .description('print the document text that every span of the record indexes')
    .argument('<file>', DOCUMENT)
    .addOption(formatOption()),
).action(async (file: string, opts: LimitFlags & { format?: Format }) => {
  const text = await oneDocument(file, opts, (pool, bytes) =>
    pool.text({ bytes, path: file, ...(opts.format ? { format: opts.format } : {}) }),
  );
  if (text !== undefined) process.stdout.write(text);
});

program
  .command('ingest')
  .description(
    'extract documents, add new ones to the corpus and write their records (default: re-extract the corpus)',
  )
  .argument('[inputs...]', 'files, folders or - for standard input', ['corpus'])
  .option('--corpus <dir>', 'the corpus folder new documents are copied into', 'corpus')
  .option('-o, --out <dir>', 'where to write the records', 'output')
  .option('-c, --concurrency <n>', 'documents extracted at once, each in a worker thread', positiveInt, 4)
  .option(
    '-t, --timeout <seconds>',
    'stop a document still being extracted after this long (it fails, the others go on)',
    positiveInt,
    DEFAULT_TIMEOUT_MS / 1000,
  )
  .option(
    '--memory <MiB>',
    'stop a document that needs more JavaScript heap than this (it fails, the others go on)',
    positiveInt,
    DEFAULT_MEMORY_MB,
  )
  .addOption(formatOption())
  .option('--no-resolve', 'leave awardees and cities without their gazetteer resolution')
  .option('-q, --quiet', 'print only failures and the summary')
  .option('--json', 'print only the summary, as JSON')
  .action(async (inputs: string[], opts: IngestFlags) => {
    const [{ ingest }, { reporter }] = await Promise.all([
      import('./ingest.js'),
      import('./ingest-report.js'),
    ]);
    const report = reporter({ tty: !!process.stderr.isTTY, quiet: !!opts.quiet, json: !!opts.json });
    const results = await ingest({
      inputs,
      corpusDir: opts.corpus,
      outDir: opts.out,
      concurrency: opts.concurrency,
      timeoutMs: opts.timeout * 1000,
      memoryMb: opts.memory,
      resolve: opts.resolve,
      ...(opts.format ? { format: opts.format } : {}),
      stdin: readStdin,
      onSkipped: report.skipped,
      onStart: report.start,
      onDocument: report.document,
    });
    if (report.finish(results).failed) process.exitCode = EXIT.failed;
  });

interface IngestFlags extends LimitFlags {
  resolve: boolean;
  corpus: string;
  out: string;
  concurrency: number;
  format?: Format;
  quiet?: boolean;
  json?: boolean;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

program
  .command('check')
  .description(
    're-extract the corpus and compare with the committed records, field by field (exit 1 on any difference)',
  )
  .argument('[paths...]', 'corpus files or folders', ['corpus'])
  .option('-o, --out <dir>', 'the committed records', 'output')
  .option(
    '--received <dir>',
    'keep the re-extracted records in this folder for inspection (by default they are not kept)',
  )
  .option('-c, --concurrency <n>', 'documents extracted at once', positiveInt, 4)
  .option('--update', 'accept the differences: rewrite the committed records and drop stale ones')
  .option('-q, --quiet', 'print only the count line')
  .action(async (paths: string[], opts: CheckFlags) => {
    // Received records are kept only where asked for: a temporary folder goes when the check ends.
    const receivedDir = opts.received ?? mkdtempSync(join(tmpdir(), 'palmares-check-'));
    try {
      await check(paths, opts, receivedDir);
    } finally {
      if (!opts.received) rmSync(receivedDir, { recursive: true, force: true });
    }
  });

async function check(paths: string[], opts: CheckFlags, receivedDir: string): Promise<void> {
  const [{ checkCorpus, hasDifferences }, format] = await Promise.all([
    import('./check/run.js'),
    import('./check/format.js'),
  ]);
  const { formatAnnotations, formatCount, formatLines, formatMarkdown } = format;
  const result = await checkCorpus({
    corpusPaths: paths,
    outDir: opts.out,
    receivedDir,
    concurrency: opts.concurrency,
  });
  const differs = hasDifferences(result);
  if (!opts.quiet) for (const line of formatLines(result)) process.stdout.write(`${line}\n`);
  process.stdout.write(`${formatCount(result)}\n`);
  if (process.env.GITHUB_ACTIONS)
    for (const line of formatAnnotations(result)) process.stdout.write(`${line}\n`);
  if (process.env.GITHUB_STEP_SUMMARY && differs)
    appendFileSync(process.env.GITHUB_STEP_SUMMARY, formatMarkdown(result));
  if (!differs) return;
  if (opts.received) process.stdout.write(`received records: ${opts.received}\n`);
  if (!opts.update) {
    process.stdout.write(
      'run `palmares report` to review them side by side, `palmares check --update` to accept them, and commit output/ with the change\n',
    );
    process.exitCode = EXIT.failed;
    return;
  }
  const { ingest } = await import('./ingest.js');
  await ingest({
    inputs: paths,
    corpusDir: paths[0] ?? 'corpus',
    outDir: opts.out,
    concurrency: opts.concurrency,
  });
  for (const stale of result.stale) rmSync(stale.committed, { force: true });
  process.stdout.write(`updated ${opts.out}\n`);
}

interface CheckFlags {
  out: string;
  received?: string;
  concurrency: number;
  update?: boolean;
  quiet?: boolean;
}

program
  .command('report')
  .description(
    'write the review page: the text of each document with its extracted values marked, and what check finds',
  )
  .argument('[paths...]', 'corpus files or folders to check', ['corpus'])
  .option('-o, --out <dir>', 'the committed records', 'output')
  .option('-d, --dir <dir>', 'where to write the pages (default: <out>/report)')
  .option('--no-check', 'do not re-extract the corpus to compare it with the committed records')
  .option('-c, --concurrency <n>', 'documents extracted at once', positiveInt, 4)
  .action(
    async (paths: string[], opts: { out: string; dir?: string; check: boolean; concurrency: number }) => {
      const { writeReport } = await import('./report/write.js');
      const summary = await writeReport({
        outDir: opts.out,
        ...(opts.dir ? { reportDir: opts.dir } : {}),
        checkPaths: opts.check ? paths : null,
        concurrency: opts.concurrency,
      });
      const checked =
        summary.differs === null
          ? 'not checked'
          : summary.differs
            ? 'check found differences'
            : 'no difference';
      process.stdout.write(`${summary.index}: ${summary.documents} documents, ${checked}\n`);
    },
  );

program
  .command('resolve')
  .description('resolve a name against the French administrative gazetteer (as awardees and cities are)')
  .argument('<name>', 'a body ("Communauté urbaine de Bordeaux") or, with --city, a city')
  .option('--city', 'resolve as an event city: communes only')
  .option('-d, --departement <code...>', 'départements where the name was read, to settle homonyms')
  .option('-r, --region <code...>', 'régions where the name was read, to settle homonyms')
  .action(async (name: string, opts: { city?: boolean; departement?: string[]; region?: string[] }) => {
    const { resolveCity, resolveName } = await import('./resolve/index.js');
    const context = { departements: opts.departement ?? [], regions: opts.region ?? [] };
    process.stdout.write(toJson(opts.city ? resolveCity(name, context) : resolveName(name, context)));
  });

program
  .command('schema')
  .description('print the JSON Schema of a record')
  .action(async () => {
    const { recordJsonSchema } = await import('./json-schema.js');
    process.stdout.write(toJson(recordJsonSchema()));
  });

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('give a whole number of 1 or more.');
  return n;
}

try {
  await program.parseAsync();
} catch (e) {
  if (e instanceof CommanderError) {
    // Help and version exit 0; commander has already printed any usage error.
    process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
  } else if (e instanceof InputError) {
    // Errors about a document are printed where the file is known; this one is about an argument.
    process.stderr.write(`${failureLine('', e)}\n`);
    process.exitCode = EXIT.failed;
  } else {
    // One line, never a stack trace.
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(
      `${failureLine('', message.startsWith('internal error') ? message : `internal error: ${message}`)}\n`,
    );
    process.exitCode = EXIT.failed;
  }
}
