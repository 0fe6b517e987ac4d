import type { Span } from '../../parsers/doc.js';
import { allMatches } from '../text.js';

/** A quoted title: the span inside the quotes, and the span with them. */
export interface TitleMention extends Span {
  outer: Span;
}

/** « X », “X” and "X" on one line or wrapped, inner spans trimmed; an unclosed quote is no title. */
const QUOTED = /«\s*([^«»\n]+(?:\n[^«»\n]+)*?)\s*»|“([^“”]+?)”|"([^"\n]+?)"/gu;

export function findTitles(text: string): TitleMention[] {
  const out: TitleMention[] = [];
  for (const m of allMatches(QUOTED, text)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? '';
    const start = m.index + m[0].indexOf(inner);
    if (!inner.trim()) continue;
    out.push({ start, end: start + inner.length, outer: { start: m.index, end: m.index + m[0].length } });
  }
  return out;
}
