import { createHash } from 'node:crypto';
import type { Doc, Format } from '../parsers/doc.js';
import { DEFAULT_LIMITS, detectFormat, type Limits, parse } from '../parsers/index.js';
import { readCriteria } from './fields/criteria.js';
import { extractEdition } from './fields/edition.js';
import { readEvents } from './fields/events.js';
import { readLaureates } from './fields/laureates.js';
import { extractStats } from './fields/stats.js';
import { Layers } from './layers/index.js';
import { readDocument } from './read-document.js';
import { classifyDocument } from './refiners/document-type.js';
import { eventCities } from './refiners/events.js';
import { resolveFields } from './refiners/resolution.js';
import { reviewWarnings } from './refiners/warnings.js';
import { type PalmaresRecord, RecordSchema, SCHEMA_VERSION } from './schema.js';

export interface ExtractOptions {
  /** Where the bytes came from, as it should appear in `source.path`. */
  path: string;
  /** Forces a format; by default it is detected from the content. */
  format?: Format;
  limits?: Limits;
  /** Resolve awardees and cities against the gazetteer (default true; the first use loads it). */
  resolve?: boolean;
}

/** Bytes of one announcement to a validated record. Throws InputError only when the input cannot be read at all. */
export async function extract(bytes: Uint8Array, options: ExtractOptions): Promise<PalmaresRecord> {
  const format = options.format ?? detectFormat(bytes, options.path);
  const doc = await parse(bytes, format, options.limits ?? DEFAULT_LIMITS);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const fields = extractFields(doc);
  if (options.resolve !== false) resolveFields(fields);
  if (doc.pages) addPages(fields, doc.pages);
  return RecordSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    id: sha256.slice(0, 16),
    source: {
      path: options.path,
      sha256,
      format,
      encoding: doc.encoding,
      bytes: bytes.byteLength,
      published: doc.meta.published,
      title: doc.meta.title,
      ...(doc.attachments ? { attachments: doc.attachments } : {}),
    },
    ...fields,
  });
}

/**
 * Reads and extracts one file, in this thread (the CLI runs documents in worker threads, see pool.ts).
 * Only a regular file within the size limit is read; any other path is an InputError whose message,
 * after the file name, says what is wrong and what to do.
 */
export async function extractFile(
  path: string,
  options: Partial<ExtractOptions> = {},
): Promise<PalmaresRecord> {
  const bytes = await readDocument(path, options.limits?.maxBytes);
  return extract(bytes, { ...options, path: options.path ?? path });
}

/** Every field that comes from the text: the rules read the layers, then the refiners settle their results. */
export function extractFields(doc: Doc): Omit<PalmaresRecord, 'schemaVersion' | 'id' | 'source'> {
  const layers = new Layers(doc);
  const edition = extractEdition(layers);
  const year = edition.year;
  const laureates = readLaureates(layers, year);
  const events = readEvents(layers, year);
  const criteria = readCriteria(layers);
  const stats = extractStats(doc);
  const type = classifyDocument(layers, year, laureates, events, stats);

  const evidence: PalmaresRecord['evidence'] = { stats: stats.evidence };
  if (type.evidence) evidence.documentType = type.evidence;
  if (edition.yearSpan) evidence.editionYear = edition.yearSpan;
  if (edition.numberSpan) evidence.editionNumber = edition.numberSpan;
  return {
    documentType: type.type,
    editionYear: year,
    editionNumber: edition.number,
    events,
    cities: eventCities(events),
    criteria,
    stats: stats.stats,
    laureates,
    warnings: [
      ...doc.diagnostics,
      ...stats.warnings,
      ...reviewWarnings({
        text: doc.text,
        editionYear: year,
        stats: stats.stats,
        statsEvidence: stats.evidence,
        laureates,
      }),
    ],
    evidence,
  };
}

/** Refiner for paged formats: every span learns the page its first character is on. */
function addPages(value: unknown, pages: NonNullable<Doc['pages']>): void {
  if (Array.isArray(value)) {
    for (const v of value) addPages(v, pages);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && Object.keys(o).length <= 3) {
      const i = pages.findIndex((p) => (o.start as number) >= p.start && (o.start as number) < p.end);
      if (i >= 0) o.page = i + 1;
    } else {
      for (const v of Object.values(o)) addPages(v, pages);
    }
  }
}
