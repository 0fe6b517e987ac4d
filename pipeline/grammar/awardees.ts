import type { Span } from '../../parsers/doc.js';
import { bodyTypesWhere } from '../lexicon/bodies.js';
import type { Awardee } from '../schema.js';
import { alternation, clean, foldRange, matchesIn, tighten } from '../text.js';
import {
  articleLength,
  bodyTypeLength,
  hasBodyType,
  isBareBodyType,
  looksLikeBody,
  withoutLocator,
} from './names.js';

const GROUP_TYPE_AT = new RegExp(`^(?:${alternation(bodyTypesWhere((e) => e.group))})(?![\\p{L}])`, 'u');

/** An entry is a line or two: longer spans are not split (splitting them would be quadratic). */
export const MAX_ENTRY_CHARS = 2000;

const SEPARATOR = /\s*(?:,|\s(?:et|&|\/|en partenariat avec)\s|&|\/)\s*/gu;

/**
 * Splits "X et Y", "X & Y", "X, Y", "X / Y" into bodies, only where each side names a body on its own
 * and at least one has a body type: "Ville de Rennes et Rennes Métropole" is two, "Ville et Métropole du
 * Grand Nancy" and "Département de Seine-et-Marne" are one each.
 */
export function splitAwardees(text: string, span: Span): Awardee[] {
  const parts: Span[] = [];
  let from = span.start;
  // Past an entry's length, no split: each separator tests both growing sides.
  const separators =
    span.end - span.start > MAX_ENTRY_CHARS ? [] : matchesIn(SEPARATOR, text, span.start, span.end);
  for (const m of separators) {
    const left = tighten(text, from, m.index);
    const right = tighten(text, m.index + m[0].length, span.end);
    if (splittable(text, left, right, span.end)) {
      parts.push(left);
      from = m.index + m[0].length;
    }
  }
  parts.push(tighten(text, from, span.end));
  return parts
    .map((p) => withoutLocator(text, p.start, p.end))
    .map((p) => tighten(text, p.start, p.end, ',;:.'))
    .filter((p) => p.end > p.start)
    .map((p) => ({ name: clean(text.slice(p.start, p.end)), span: p }));
}

function splittable(text: string, left: Span, right: Span, end: number): boolean {
  if (left.end <= left.start || right.end <= right.start) return false;
  if (!looksLikeBody(text, left.start, left.end) || !looksLikeBody(text, right.start, right.end))
    return false;
  if (isBareBodyType(text, left.start, left.end)) return false;
  // Names of intercommunal bodies often contain "et": after one, only a new body type starts a new awardee.
  const leftAt = left.start + articleLength(text, left.start);
  const rightAt = right.start + articleLength(text, right.start);
  if (GROUP_TYPE_AT.test(foldRange(text, leftAt, leftAt + 40)) && !bodyTypeLength(text, rightAt))
    return false;
  return hasBodyType(text, left.start, left.end) || hasBodyType(text, right.start, end);
}
