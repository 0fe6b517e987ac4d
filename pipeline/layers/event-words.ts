import type { Span } from '../../parsers/doc.js';
import { EVENT_KEYWORDS } from '../lexicon/events.js';
import type { EventKind } from '../schema.js';
import { foldRange } from '../text.js';

export interface Keyword {
  kind: EventKind;
  span: Span;
}

/** Keyword phrases may be wrapped over lines: a space in the vocabulary matches any white space. */
const KEYWORDS = EVENT_KEYWORDS.map(({ kind, pattern }) => ({
  kind,
  pattern: new RegExp(pattern.source.replaceAll(' ', '\\s+'), 'g'),
}));

export function keywordsIn(text: string, span: Span): Keyword[] {
  const folded = foldRange(text, span.start, span.end);
  const out: Keyword[] = [];
  for (const { kind, pattern } of KEYWORDS) {
    for (const m of folded.matchAll(pattern)) {
      out.push({ kind, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
    }
  }
  return out;
}

export function nearestTo(keywords: Keyword[], span: Span): Keyword | undefined {
  const distance = (k: Keyword) =>
    k.span.end <= span.start
      ? span.start - k.span.end
      : k.span.start >= span.end
        ? k.span.start - span.end
        : 0;
  return [...keywords].sort((a, b) => distance(a) - distance(b))[0];
}
