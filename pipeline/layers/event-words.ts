import type { Span } from '../../parsers/doc.js';
import { AWARD_CONTEXT, AWARD_TOLD, EVENT_KEYWORDS, GATHERING_VERBS } from '../lexicon/events.js';
import type { EventKind } from '../schema.js';
import { allMatches, foldRange, perDocument } from '../text.js';

export interface Keyword {
  kind: EventKind;
  span: Span;
  /** Only an event with a date (see the lexicon). */
  dated: boolean;
}

/** Keyword phrases may be wrapped over lines: a space in the vocabulary matches any white space. */
const wrapped = (pattern: RegExp) => new RegExp(pattern.source.replaceAll(' ', '\\s+'), 'g');
const KEYWORDS = EVENT_KEYWORDS.map(({ kind, pattern, dated, award }) => ({
  kind,
  pattern: wrapped(pattern),
  dated: dated ?? false,
  award: award ?? false,
}));
/** Any of the keywords, in one pass: most sentences hold none, and then each pattern need not run. */
const ANY_KEYWORD = new RegExp(KEYWORDS.map((k) => `(?:${k.pattern.source})`).join('|'));
const AWARDS = AWARD_TOLD.map(wrapped);
const GATHERING = wrapped(GATHERING_VERBS);

const keywordsAt = perDocument(() => new Map<string, readonly Keyword[]>());

/** The event words of a span, in vocabulary order; several rules ask about the same sentences. */
export function keywordsIn(text: string, span: Span): Keyword[] {
  const known = keywordsAt(text);
  const key = `${span.start}:${span.end}`;
  let found = known.get(key);
  if (!found) {
    found = findKeywords(text, span);
    known.set(key, found);
  }
  // Copies: a span may travel into a record, where refiners add to it.
  return found.map((k) => ({ ...k, span: { ...k.span } }));
}

function findKeywords(text: string, span: Span): Keyword[] {
  const folded = foldRange(text, span.start, span.end);
  if (!ANY_KEYWORD.test(folded)) return [];
  const namesAward = AWARD_CONTEXT.test(folded);
  const out: Keyword[] = [];
  for (const { kind, pattern, dated, award } of KEYWORDS) {
    if (award && !namesAward) continue;
    for (const m of allMatches(pattern, folded)) {
      out.push({
        kind,
        span: { start: span.start + m.index, end: span.start + m.index + m[0].length },
        dated,
      });
    }
  }
  return out;
}

/**
 * Where a sentence tells an award given ("ont été récompensées", "se verront remettre ce prix"), in
 * order; nothing where it names no award ("le rapport a été remis au ministre").
 */
export function awardsToldIn(text: string, span: Span): Span[] {
  const folded = foldRange(text, span.start, span.end);
  if (!AWARD_CONTEXT.test(folded)) return [];
  const out = AWARDS.flatMap((pattern) =>
    allMatches(pattern, folded).map((m) => ({
      start: span.start + m.index,
      end: span.start + m.index + m[0].length,
    })),
  );
  return out.sort((a, b) => a.start - b.start);
}

/** Where a sentence tells people gathering ("se sont retrouvés", "a réuni"), in order. */
export function gatheringsIn(text: string, span: Span): Span[] {
  return allMatches(GATHERING, foldRange(text, span.start, span.end)).map((m) => ({
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
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
