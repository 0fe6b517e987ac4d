import type { Change, CheckResult } from './schema.js';
import { shorten } from './shorten.js';

const VALUE_LENGTH = 80;
/** Characters kept before the first difference when two long strings are elided. */
const CONTEXT_LENGTH = 20;
/** GitHub shows only a few annotations per step; the rest are counted in one more. */
const ANNOTATIONS = 10;
const SUMMARY_ROWS = 200;

/** `2023/forum-toulouse-laureats laureates[Ville de Paris · …].tier: silver → gold` */
export function formatChange(docLabel: string, change: Change): string {
  return `${docLabel} ${change.path}: ${describe(change)}`;
}

function describe(change: Change): string {
  if (change.kind === 'added') return `added ${formatValue(change.after)}`;
  if (change.kind === 'removed') return `removed ${formatValue(change.before)}`;
  return beforeAndAfter(change).join(' → ');
}

/** Both values as shown; two long strings only from the word shortly before where they differ. */
function beforeAndAfter({ before, after }: Change): [string, string] {
  if (typeof before !== 'string' || typeof after !== 'string')
    return [formatValue(before), formatValue(after)];
  let same = 0;
  while (same < before.length && before[same] === after[same]) same++;
  const long = Math.max(before.length, after.length) > VALUE_LENGTH;
  const from = long ? before.lastIndexOf(' ', Math.max(0, same - CONTEXT_LENGTH)) + 1 : 0;
  const elide = (s: string) => (from > 0 ? `…${s.slice(from)}` : s);
  return [formatValue(elide(before)), formatValue(elide(after))];
}

/**
 * JSON-ish and short: enum values, dates and versions bare (`gold`, `2024-04-03`), other strings
 * quoted, objects as `{key: value}`, all cut at about 80 characters.
 */
export function formatValue(value: unknown): string {
  const text = render(value);
  return text.length > VALUE_LENGTH ? `${text.slice(0, VALUE_LENGTH - 1)}…` : text;
}

function render(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string')
    return isBare(value) ? value : JSON.stringify(shorten(value, VALUE_LENGTH - 3));
  if (Array.isArray(value)) return `[${value.map(render).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .map(([key, v]) => `${key}: ${render(v)}`)
      .join(', ')}}`;
  }
  return String(value);
}

/** A lower-case token that cannot be mistaken for a number or a JSON literal. */
function isBare(text: string): boolean {
  return (
    /^[a-z0-9][a-z0-9.-]*$/.test(text) &&
    Number.isNaN(Number(text)) &&
    !['true', 'false', 'null'].includes(text)
  );
}

/** Every difference as one line and the file it is about: changes, new, stale, then unreadable files. */
function findings(result: CheckResult): Array<{ file: string; message: string }> {
  return [
    ...result.documents.flatMap((d) =>
      d.changes.map((c) => ({ file: d.committed, message: formatChange(d.label, c) })),
    ),
    ...result.new.map((d) => ({
      file: d.source,
      message: `${d.label}: new document ${d.source}, no committed record ${d.committed}`,
    })),
    ...result.stale.map((r) => ({
      file: r.committed,
      message: `${r.label}: stale record ${r.committed}, its source ${r.source} is gone`,
    })),
    ...result.failed.map((f) => ({ file: f.path, message: `${f.path}: ${f.error}` })),
  ];
}

/** The report for a terminal or a CI log: one line per difference, in path order. */
export function formatLines(result: CheckResult): string[] {
  return findings(result).map((f) => f.message);
}

/** `3 fields changed in 2 documents (1 added, 0 removed)`: changes by kind, then other differences if any. */
export function formatCount(result: CheckResult): string {
  const changed = result.documents.filter((d) => d.changes.length > 0);
  const changes = changed.flatMap((d) => d.changes);
  const ofKind = (kind: Change['kind']) => changes.filter((c) => c.kind === kind).length;
  const others = [
    [result.new.length, 'new document', 'without a committed record'],
    [result.stale.length, 'stale record', 'without a source'],
    [result.failed.length, 'file', 'that could not be read'],
  ] as const;
  return [
    `${count(changes.length, 'field')} changed in ${count(changed.length, 'document')} (${ofKind('added')} added, ${ofKind('removed')} removed)`,
    ...others.filter(([n]) => n > 0).map(([n, noun, why]) => `${count(n, noun)} ${why}`),
  ].join('; ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** GitHub Actions `::error` commands on the file of each difference, at most ten, then one counting the rest. */
export function formatAnnotations(result: CheckResult): string[] {
  const all = findings(result);
  const shown = all
    .slice(0, ANNOTATIONS)
    .map((f) => `::error file=${escapeProperty(f.file)},title=palmares check::${escapeData(f.message)}`);
  return all.length > ANNOTATIONS ? [...shown, `::error::… and ${all.length - ANNOTATIONS} more`] : shown;
}

/** Workflow command escaping, as @actions/core does it. */
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Markdown for `GITHUB_STEP_SUMMARY`: the count, a table of at most 200 changes, then the other differences. */
export function formatMarkdown(result: CheckResult): string {
  const rows = result.documents.flatMap((d) =>
    d.changes.map((c) => [d.label, c.path, ...beforeAndAfter(c)].map(cell).join(' | ')),
  );
  const table = rows.length
    ? [
        '| document | field | before | after |',
        '| --- | --- | --- | --- |',
        ...rows.slice(0, SUMMARY_ROWS).map((row) => `| ${row} |`),
        ...(rows.length > SUMMARY_ROWS
          ? ['', `${SUMMARY_ROWS} of ${rows.length} changes shown; the job log lists them all.`]
          : []),
        '',
      ]
    : [];
  const others = findings({ ...result, documents: [] }).map((f) => `- ${f.message}`);
  return [
    '## palmares check',
    '',
    formatCount(result),
    '',
    ...table,
    ...(others.length ? [...others, ''] : []),
  ].join('\n');
}

/** Pipes would end the cell, line breaks the row. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
