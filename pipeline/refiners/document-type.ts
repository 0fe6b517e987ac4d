import type { Span } from '../../parsers/doc.js';
import type { StatsResult } from '../fields/stats.js';
import type { Layers } from '../layers/index.js';
import { CALL_CUES, PROGRAMME_HEADING, TIMETABLE_LINE } from '../lexicon/documents.js';
import type { DocumentType, Event, Laureate } from '../schema.js';

/** Dated events that make a programme by themselves. */
const PROGRAMME = 3;
/** The longest line that can be a programme's heading. */
const HEADING = 80;

export interface DocumentTypeResult {
  type: DocumentType;
  evidence: Span | null;
}

/**
 * What the document is for, from the strongest evidence down: laureates of its own year (two, or
 * one when nothing says it is a call or a programme: an article about the body that won), a deadline,
 * a programme of three dated events, the words of a call, a stated count of laureates (the document
 * reports an award even where its list was not read), dated events under a programme heading or a
 * timetable. Anything else — an association page, an interview, the report of one past forum, a page
 * of nominees — is `other`.
 */
export function classifyDocument(
  layers: Layers,
  editionYear: number | null,
  laureates: Laureate[],
  events: Event[],
  stats: StatsResult,
): DocumentTypeResult {
  const own = laureates.filter((l) => l.year === editionYear);
  if (own.length >= 2) return { type: 'laureates', evidence: (own[0] as Laureate).span };
  const deadline = events.find((e) => e.kind === 'application-deadline');
  if (deadline) return { type: 'call-for-applications', evidence: deadline.span };
  // A programme of several dated events stays one even if it invites candidatures in passing. An
  // event is dated when the text gives its day or month, whether or not its year can be known.
  const dated = events.filter((e) => e.start !== null || e.evidence.date !== undefined);
  if (dated.length >= PROGRAMME) return { type: 'event-programme', evidence: (dated[0] as Event).span };
  if (own.length === 1) return { type: 'laureates', evidence: (own[0] as Laureate).span };
  const call = CALL_CUES.exec(layers.folded);
  if (call) {
    return {
      type: 'call-for-applications',
      evidence: { start: call.index, end: call.index + call[0].length },
    };
  }
  if (stats.stats.laureatesAnnounced !== null) {
    return { type: 'laureates', evidence: stats.evidence.laureatesAnnounced ?? null };
  }
  if (dated.length && opensProgramme(layers)) {
    return { type: 'event-programme', evidence: (dated[0] as Event).span };
  }
  return { type: 'other', evidence: null };
}

/** A heading that opens a programme ("Programme de la journée"), or two lines of a timetable. */
function opensProgramme(layers: Layers): boolean {
  let times = 0;
  for (const b of layers.blocks) {
    const line = layers.folded.slice(b.start, b.end);
    if (line.length <= HEADING && PROGRAMME_HEADING.test(line)) return true;
    if (TIMETABLE_LINE.test(line) && ++times >= 2) return true;
  }
  return false;
}
