import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Doc, Format } from '../parsers/doc.js';
import { DEFAULT_LIMITS, detectFormat, InputError, type Limits, parse } from '../parsers/index.js';
import { extractCriteria } from './extract/criteria.js';
import { classifyDocument } from './extract/document-type.js';
import { extractEdition } from './extract/edition.js';
import { eventCities, extractEvents } from './extract/events.js';
import { extractListedLaureates } from './extract/laureate-lists.js';
import { extractProseLaureates } from './extract/laureate-prose.js';
import { extractTabledLaureates } from './extract/laureate-tables.js';
import { resolveFields } from './extract/resolution.js';
import { extractStats } from './extract/stats.js';
import { reviewWarnings } from './extract/warnings.js';
import { type Laureate, type PalmaresRecord, RecordSchema, SCHEMA_VERSION } from './schema.js';

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
    source: { path: options.path, sha256, format, encoding: doc.encoding, bytes: bytes.byteLength },
    ...fields,
  });
}

/** Reads and extracts one file; errors name the file. */
export async function extractFile(
  path: string,
  options: Partial<ExtractOptions> = {},
): Promise<PalmaresRecord> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : `cannot be read (${code})`,
      code === 'EISDIR' ? 'give a file, or use `palmares ingest` for a directory' : undefined,
    );
  }
  return extract(bytes, { ...options, path: options.path ?? path });
}

/** Every field that comes from the text: extractors first, then the refiners that read their results. */
export function extractFields(doc: Doc): Omit<PalmaresRecord, 'schemaVersion' | 'id' | 'source'> {
  const edition = extractEdition(doc);
  const year = edition.year;
  const tabled = extractTabledLaureates(doc);
  const listed = extractListedLaureates(doc, tabled.consumed);
  const prose = extractProseLaureates(doc, new Set([...tabled.consumed, ...listed.consumed]));
  const laureates: Laureate[] = [
    ...tabled.laureates.map((l) => ({ ...l, year })),
    ...listed.laureates.map((l) => ({ ...l, year })),
    ...prose.map(({ statedYear, ...l }) => ({ ...l, year: statedYear ?? year })),
  ].sort((a, b) => a.span.start - b.span.start);
  const events = extractEvents(doc, year);
  const criteria = extractCriteria(doc);
  const stats = extractStats(doc);
  const type = classifyDocument(doc, year, laureates, events);

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
      ...reviewWarnings({ editionYear: year, stats: stats.stats, statsEvidence: stats.evidence, laureates }),
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
