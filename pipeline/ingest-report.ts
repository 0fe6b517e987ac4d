import cliProgress from 'cli-progress';
import type { IngestResult } from './ingest.js';
import type { Skipped } from './sources.js';

/** What the ingest command prints as documents finish: a bar on a terminal, a line each otherwise. */
export interface IngestReporter {
  /** A file of a folder that is not read: always said, on stderr, with the reason. */
  skipped(skipped: Skipped): void;
  start(total: number): void;
  document(result: IngestResult): void;
  /** The closing summary; returns it for `--json`. */
  finish(results: IngestResult[]): Summary;
}

export interface Summary {
  documents: number;
  added: number;
  changed: number;
  laureates: number;
  warnings: number;
  /** The warnings by code, codes sorted. */
  warningCodes: Record<string, number>;
  failed: number;
  /** Files of the folders given that were not read. */
  skipped: number;
}

export function summarise(results: IngestResult[], skipped = 0): Summary {
  const ok = results.filter((r) => r.ok);
  const codes = ok.flatMap((r) => r.facts.warnings).sort();
  const warningCodes: Record<string, number> = {};
  for (const code of codes) warningCodes[code] = (warningCodes[code] ?? 0) + 1;
  return {
    documents: results.length,
    added: ok.filter((r) => r.added).length,
    changed: ok.filter((r) => r.changed).length,
    laureates: ok.reduce((n, r) => n + r.facts.laureates, 0),
    warnings: codes.length,
    warningCodes,
    failed: results.length - ok.length,
    skipped,
  };
}

const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** "count-mismatch, 2 × pdf-columns": the codes of some warnings, each with its number when above one. */
function codes(byCode: Record<string, number>): string {
  return Object.entries(byCode)
    .map(([code, n]) => (n === 1 ? code : `${n} × ${code}`))
    .join(', ');
}

/** `7 documents: 0 added to the corpus, 0 records changed, 119 laureates, 2 warnings (count-mismatch, pdf-columns), 0 failed` */
export function summaryLine(s: Summary): string {
  const warnings = count(s.warnings, 'warning') + (s.warnings ? ` (${codes(s.warningCodes)})` : '');
  return (
    `${count(s.documents, 'document')}: ${s.added} added to the corpus, ${count(s.changed, 'record')} changed, ` +
    `${count(s.laureates, 'laureate')}, ${warnings}, ${s.failed} failed` +
    (s.skipped ? `, ${count(s.skipped, 'file')} skipped` : '')
  );
}

/** What one document gave: "corpus/… → output/….json (laureates 2024, 21 laureates, 1 event, 6 criteria, 1 warning (pdf-columns))". */
function documentLine(r: IngestResult): string {
  if (!r.ok) return `palmares: ${r.input}: ${r.error}`;
  const { facts } = r;
  const byCode: Record<string, number> = {};
  for (const code of facts.warnings) byCode[code] = (byCode[code] ?? 0) + 1;
  const what = [
    `${facts.documentType} ${facts.editionYear ?? 'of no known year'}`,
    count(facts.laureates, 'laureate'),
    count(facts.events, 'event'),
    count(facts.criteria, 'criterion').replace('criterions', 'criteria'),
    ...(facts.warnings.length ? [`${count(facts.warnings.length, 'warning')} (${codes(byCode)})`] : []),
    ...(r.changed ? [] : ['unchanged']),
  ].join(', ');
  return `${r.input}${r.added ? ` (added as ${r.corpusPath})` : ''} → ${r.output} (${what})`;
}

/**
 * Failures and skipped files always go to stderr, one line each. `quiet` keeps only them and the summary; `json` prints
 * only the summary object on stdout, for scripts.
 */
export function reporter(options: { tty: boolean; quiet: boolean; json: boolean }): IngestReporter {
  const bar =
    options.tty && !options.quiet && !options.json
      ? new cliProgress.SingleBar(
          { format: 'ingest [{bar}] {value}/{total} {input}', clearOnComplete: true, stream: process.stderr },
          cliProgress.Presets.shades_classic,
        )
      : null;
  const lines: string[] = [];
  let skipped = 0;
  return {
    skipped(s) {
      skipped++;
      process.stderr.write(`palmares: skipped ${s.path}: ${s.reason}\n`);
    },
    start: (total) => bar?.start(total, 0, { input: '' }),
    document(r) {
      if (!r.ok) {
        bar?.stop();
        process.stderr.write(`${documentLine(r)}\n`);
      } else if (!options.quiet && !options.json) {
        if (bar) lines.push(documentLine(r));
        else process.stdout.write(`${documentLine(r)}\n`);
      }
      bar?.increment(1, { input: r.input });
    },
    finish(results) {
      bar?.stop();
      for (const line of lines) process.stdout.write(`${line}\n`);
      const s = summarise(results, skipped);
      process.stdout.write(options.json ? `${JSON.stringify(s)}\n` : `${summaryLine(s)}\n`);
      return s;
    },
  };
}
