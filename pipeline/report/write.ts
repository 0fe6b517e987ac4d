import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from '../../parsers/index.js';
import { checkCorpus, hasDifferences } from '../check/run.js';
import type { CheckResult } from '../check/schema.js';
import { buildEditions } from '../dataset/editions.js';
import { describeError } from '../errors.js';
import { writeIfChanged } from '../json.js';
import { readCommitted } from '../records.js';
import { type PalmaresRecord, RecordSchema } from '../schema.js';
import { CLIENT_SCRIPT } from './client.js';
import { diffPage } from './diff-page.js';
import { documentPage, type ReportDocument } from './document-page.js';
import { overviewPage } from './overview-page.js';
import { STYLESHEET } from './style.js';

export interface ReportOptions {
  /** The committed records, `<outDir>/<editionYear|unknown>/<name>.json`. */
  outDir: string;
  /** Where the pages go; by default `<outDir>/report`. */
  reportDir?: string;
  /** Compare the committed records with what the pipeline makes of these corpus paths; none for no check. */
  checkPaths?: string[] | null;
  concurrency?: number;
}

export interface ReportSummary {
  /** The overview page. */
  index: string;
  documents: number;
  /** Whether check found differences; null without a check. */
  differs: boolean | null;
}

const DOCUMENTS = 'documents';
const JSONDIFF_CSS = createRequire(import.meta.url).resolve('jsondiffpatch/formatters/styles/html.css');

/**
 * Writes the review page: `index.html` (editions, a chart, the documents and what needs a look),
 * `documents/<year>-<name>.html` (a document's text with every value marked, beside its record) and
 * `diff.html` (what check finds, field by field and side by side), with their stylesheets and
 * script. Static files that open from disk; each written whole and only when it changed, and pages
 * of records no longer in outDir removed. The check's received records live in a temporary folder
 * that is removed before this returns.
 */
export async function writeReport(options: ReportOptions): Promise<ReportSummary> {
  const dir = options.reportDir ?? join(options.outDir, 'report');
  const committed = await readCommitted(options.outDir);
  const records = committed.flatMap((c) => (c.record ? [{ path: c.path, record: c.record }] : []));
  const check = options.checkPaths ? await runCheck(options.checkPaths, options) : null;

  const documents: ReportDocument[] = [];
  for (const { path, record } of records) {
    const label = relative(options.outDir, path)
      .replaceAll('\\', '/')
      .replace(/\.json$/, '');
    const changes = check?.result.documents.find((d) => d.committed === path)?.changes;
    documents.push({
      label,
      slug: label.replace(/\//g, '-'),
      record,
      text: await documentText(record),
      ...(changes ? { changes } : {}),
    });
  }
  const slugOf = new Map(documents.map((d, i) => [records[i]?.path, d.slug]));

  const files: Array<[string, string]> = [
    ['report.css', STYLESHEET],
    ['report.js', CLIENT_SCRIPT],
    ['jsondiffpatch.css', await readFile(JSONDIFF_CSS, 'utf8')],
    [
      'index.html',
      overviewPage(buildEditions(records.map((r) => r.record)), documents, check?.result ?? null),
    ],
    [
      'diff.html',
      diffPage(
        check?.result ?? null,
        {
          committed: new Map(records.map((r) => [r.path, r.record])),
          received: check?.received ?? new Map(),
        },
        (path) => slugOf.get(path),
      ),
    ],
    ...documents.map((d): [string, string] => [`${DOCUMENTS}/${d.slug}.html`, documentPage(d)]),
  ];
  for (const [name, content] of files) await writeIfChanged(join(dir, name), content);
  await removeStalePages(join(dir, DOCUMENTS), new Set(documents.map((d) => `${d.slug}.html`)));
  return {
    index: join(dir, 'index.html'),
    documents: documents.length,
    differs: check ? hasDifferences(check.result) : null,
  };
}

/** Check into a temporary folder, keeping the received records in memory, then the folder goes. */
async function runCheck(
  corpusPaths: string[],
  options: ReportOptions,
): Promise<{ result: CheckResult; received: Map<string, PalmaresRecord> }> {
  const receivedDir = await mkdtemp(join(tmpdir(), 'palmares-report-'));
  try {
    const result = await checkCorpus({
      corpusPaths,
      outDir: options.outDir,
      receivedDir,
      ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    });
    const received = new Map<string, PalmaresRecord>();
    for (const path of [
      ...result.documents.filter((d) => d.changes.length).map((d) => d.received),
      ...result.new.map((d) => d.received),
    ]) {
      received.set(path, RecordSchema.parse(JSON.parse(await readFile(path, 'utf8'))));
    }
    return { result, received };
  } finally {
    await rm(receivedDir, { recursive: true, force: true });
  }
}

/** The text the record's spans index, from its source file, or why it cannot be shown. */
async function documentText(record: PalmaresRecord): Promise<ReportDocument['text']> {
  const path = record.source.path;
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return {
      missing: `${path} cannot be read (${(e as NodeJS.ErrnoException).code}): the text is not shown.`,
    };
  }
  if (createHash('sha256').update(bytes).digest('hex') !== record.source.sha256) {
    return {
      missing: `${path} is not the file this record was read from (its SHA-256 differs): run palmares check, the text is not shown.`,
    };
  }
  try {
    const doc = await parse(bytes, record.source.format);
    return { text: doc.text, pageStarts: doc.pages?.map((p) => p.start) ?? [] };
  } catch (e) {
    return { missing: `${path} cannot be read (${describeError(e)}): the text is not shown.` };
  }
}

async function removeStalePages(dir: string, kept: Set<string>): Promise<void> {
  const present = await readdir(dir).catch(() => [] as string[]);
  for (const name of present)
    if (name.endsWith('.html') && !kept.has(name)) await rm(join(dir, name), { force: true });
}
