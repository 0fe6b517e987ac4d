#!/usr/bin/env node
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { Format } from '../parsers/doc.js';
import { detectFormat, FORMATS, InputError, parse } from '../parsers/index.js';
import { formatAnnotations, formatCount, formatLines, formatMarkdown } from './check/format.js';
import { checkCorpus, hasDifferences } from './check/run.js';
import { extractFile } from './extract.js';
import { ingest } from './ingest.js';
import { reporter } from './ingest-report.js';
import { toJson } from './json.js';
import { recordJsonSchema } from './json-schema.js';
import { writeReport } from './report/write.js';
import { resolveCity, resolveName } from './resolve/index.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Exit codes, as documented in the README. */
const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * The file the command reads, so that an error names it, wherever it stands among the options.
 * Commands over many files (ingest, check) name the file in the message itself.
 */
let subject: string | undefined;

const formatOption = () =>
  new Option('-f, --format <format>', 'read the file as this format instead of detecting it').choices(
    FORMATS,
  );

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

program
  .command('extract')
  .description('print the record of one announcement as JSON on stdout')
  .argument('<file>', 'a text, Markdown, HTML or PDF file')
  .addOption(formatOption())
  .option('--no-resolve', 'leave awardees and cities without their gazetteer resolution')
  .action(async (file: string, opts: { format?: Format; resolve: boolean }) => {
    subject = file;
    const record = await extractFile(file, {
      resolve: opts.resolve,
      ...(opts.format ? { format: opts.format } : {}),
    });
    process.stdout.write(toJson(record));
  });

program
  .command('text')
  .description('print the document text that every span of the record indexes')
  .argument('<file>', 'a text, Markdown, HTML or PDF file')
  .addOption(formatOption())
  .action(async (file: string, opts: { format?: Format }) => {
    subject = file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new InputError('no such file');
    }
    process.stdout.write((await parse(bytes, opts.format ?? detectFormat(bytes, file))).text);
  });

program
  .command('ingest')
  .description(
    'extract documents, add new ones to the corpus and write their records (default: re-extract the corpus)',
  )
  .argument('[inputs...]', 'files, folders or - for standard input', ['corpus'])
  .option('--corpus <dir>', 'the corpus folder new documents are copied into', 'corpus')
  .option('-o, --out <dir>', 'where to write the records', 'output')
  .option('-c, --concurrency <n>', 'documents extracted at once', positiveInt, 4)
  .option('-t, --timeout <seconds>', 'abandon a document still being read after this long', positiveInt, 60)
  .addOption(formatOption())
  .option('-q, --quiet', 'print only failures and the summary')
  .option('--json', 'print only the summary, as JSON')
  .action(async (inputs: string[], opts: IngestFlags) => {
    const report = reporter({ tty: !!process.stderr.isTTY, quiet: !!opts.quiet, json: !!opts.json });
    const results = await ingest({
      inputs,
      corpusDir: opts.corpus,
      outDir: opts.out,
      concurrency: opts.concurrency,
      timeoutMs: opts.timeout * 1000,
      ...(opts.format ? { format: opts.format } : {}),
      stdin: readStdin,
      onSkipped: report.skipped,
      onStart: report.start,
      onDocument: report.document,
    });
    if (report.finish(results).failed) process.exitCode = EXIT.failed;
  });

interface IngestFlags {
  corpus: string;
  out: string;
  concurrency: number;
  timeout: number;
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
  .action((name: string, opts: { city?: boolean; departement?: string[]; region?: string[] }) => {
    const context = { departements: opts.departement ?? [], regions: opts.region ?? [] };
    process.stdout.write(toJson(opts.city ? resolveCity(name, context) : resolveName(name, context)));
  });

program
  .command('schema')
  .description('print the JSON Schema of a record')
  .action(() => {
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
    process.stderr.write(
      `palmares: ${subject ? `${subject}: ` : ''}${e.message}${e.hint ? ` (${e.hint})` : ''}\n`,
    );
    process.exitCode = EXIT.failed;
  } else {
    process.stderr.write(`palmares: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT.failed;
  }
}
