import type { Doc, Span } from '../../parsers/doc.js';
import { CALL_CUES } from '../lexicon/events.js';
import type { DocumentType, Event, Laureate } from '../schema.js';
import { foldedText } from '../text.js';

/** Dated events that make a programme. */
const PROGRAMME = 3;

export interface DocumentTypeResult {
  type: DocumentType;
  evidence: Span | null;
}

/**
 * What the document is for: it announces laureates (two or more of its own year), calls for
 * applications (a deadline, or words that open a call), or gives a programme of dated events.
 */
export function classifyDocument(
  doc: Doc,
  editionYear: number | null,
  laureates: Laureate[],
  events: Event[],
): DocumentTypeResult {
  const own = laureates.filter((l) => l.year === editionYear);
  if (own.length >= 2) {
    return { type: 'laureates', evidence: (own[0] as Laureate).span };
  }
  const deadline = events.find((e) => e.kind === 'application-deadline');
  if (deadline) return { type: 'call-for-applications', evidence: deadline.span };
  // A programme of several dated events stays one even if it invites candidatures in passing.
  const dated = events.filter((e) => e.start !== null);
  if (dated.length >= PROGRAMME) return { type: 'event-programme', evidence: (dated[0] as Event).span };
  const call = CALL_CUES.exec(foldedText(doc.text));
  if (call)
    return {
      type: 'call-for-applications',
      evidence: { start: call.index, end: call.index + call[0].length },
    };
  if (dated.length) return { type: 'event-programme', evidence: (dated[0] as Event).span };
  return { type: 'other', evidence: null };
}
