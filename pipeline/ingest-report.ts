import cliProgress from 'cli-progress';
import type { IngestResult } from './ingest.js';

/** What the ingest command prints as documents finish: a bar on a terminal, a line each otherwise. */
export interface IngestReporter {
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
  failed: number;
}

export function summarise(results: IngestResult[]): Summary {
  const ok = results.filter((r) => r.ok);
  return {
    documents: results.length,
    added: ok.filter((r) => r.added).length,
    changed: ok.filter((r) => r.changed).length,
    laureates: ok.reduce((n, r) => n + r.record.laureates.length, 0),
    warnings: ok.reduce((n, r) => n + r.record.warnings.length, 0),
    failed: results.length - ok.length,
  };
}

export function summaryLine(s: Summary): string {
  return (
    `${s.documents} documents: ${s.added} added to the corpus, ${s.changed} records changed, ` +
    `${s.laureates} laureates, ${s.warnings} warnings, ${s.failed} failed`
  );
}

/** What one document gave: "corpus/… → output/….json (laureates 2024, 21 laureates, 1 event, 6 criteria)". */
function documentLine(r: IngestResult): string {
  if (!r.ok) return `palmares: ${r.input}: ${r.error}`;
  const { record } = r;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const what = [
    `${record.documentType} ${record.editionYear ?? 'of no known year'}`,
    count(record.laureates.length, 'laureate'),
    count(record.events.length, 'event'),
    count(record.criteria.length, 'criterion').replace('criterions', 'criteria'),
    ...(record.warnings.length ? [count(record.warnings.length, 'warning')] : []),
    ...(r.changed ? [] : ['unchanged']),
  ].join(', ');
  return `${r.input}${r.added ? ` (added as ${r.corpusPath})` : ''} → ${r.output} (${what})`;
}

/**
 * Failures always go to stderr, one line each. `quiet` keeps only them and the summary; `json` prints
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
  return {
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
      const s = summarise(results);
      process.stdout.write(options.json ? `${JSON.stringify(s)}\n` : `${summaryLine(s)}\n`);
      return s;
    },
  };
}
