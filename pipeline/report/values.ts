import type { Span } from '../../parsers/doc.js';
import type { PalmaresRecord } from '../schema.js';

/** What a value is, for its colour in the text and its place in the record panel. */
export type Field =
  | 'laureate'
  | 'tier'
  | 'category'
  | 'awardee'
  | 'project'
  | 'event'
  | 'date'
  | 'city'
  | 'criterion'
  | 'figure'
  | 'edition'
  | 'warning';

/** One extracted value and the words it was read from. */
export interface Value {
  /** `v<n>`, in record order: the DOM id of its button, named by the marks of its evidence. */
  id: string;
  field: Field;
  /** The record path, e.g. `laureates[3].awardees[0]`. */
  path: string;
  /** The value as shown. */
  label: string;
  /** Where it was read; empty for a value without evidence (it is shown, but marks nothing). */
  spans: Span[];
  rule?: string;
}

/**
 * Every value of a record that the review page shows, in record order: the scalars with their
 * evidence, each event with its date and city, each criterion, each laureate with its tier, category,
 * awardees and project, each warning that points at the text.
 */
export function recordValues(record: PalmaresRecord): Value[] {
  const values: Value[] = [];
  const add = (field: Field, path: string, label: string, span: Span | undefined, rule?: string) => {
    values.push({
      id: `v${values.length + 1}`,
      field,
      path,
      label,
      spans: span ? [span] : [],
      ...(rule ? { rule } : {}),
    });
  };
  const { evidence } = record;
  add('edition', 'documentType', record.documentType, evidence.documentType);
  if (record.editionYear !== null)
    add('edition', 'editionYear', String(record.editionYear), evidence.editionYear);
  if (record.editionNumber !== null)
    add('edition', 'editionNumber', String(record.editionNumber), evidence.editionNumber);
  for (const [key, value] of Object.entries(record.stats)) {
    if (value !== null)
      add('figure', `stats.${key}`, String(value), evidence.stats[key as keyof typeof record.stats]);
  }
  for (const [i, e] of record.events.entries()) {
    const at = `events[${i}]`;
    add('event', at, [e.kind, e.start, e.city].filter(Boolean).join(' · '), e.span, e.rule);
    if (e.start !== null)
      add('date', `${at}.start`, e.end ? `${e.start} → ${e.end}` : e.start, e.evidence.date);
    if (e.city !== null) add('city', `${at}.city`, e.city, e.evidence.city);
  }
  for (const [i, c] of record.criteria.entries()) add('criterion', `criteria[${i}]`, c.label, c.span, c.rule);
  for (const [i, l] of record.laureates.entries()) {
    const at = `laureates[${i}]`;
    add('laureate', at, l.awardees.map((a) => a.name).join(' + '), l.span, l.rule);
    if (l.tierLabel !== null || l.tier !== null)
      add('tier', `${at}.tier`, [l.tier, l.tierLabel].filter(Boolean).join(' · '), l.evidence.tier);
    if (l.category !== null) add('category', `${at}.category`, l.category, l.evidence.category);
    for (const [j, a] of l.awardees.entries()) add('awardee', `${at}.awardees[${j}]`, a.name, a.span);
    if (l.project !== null) add('project', `${at}.project`, l.project, l.evidence.project);
  }
  for (const [i, w] of record.warnings.entries())
    add('warning', `warnings[${i}]`, `${w.code}: ${w.message}`, w.span);
  return values;
}
