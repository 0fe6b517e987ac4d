import type { Span } from '../../parsers/doc.js';
import { CATEGORY_LABEL } from '../lexicon/sections.js';
import { clean, foldRange, tighten } from '../text.js';

/**
 * The span after a label word ("Projet :", "Catégorie"). A category named in quotes after its label
 * (Catégorie « Petites communes ») is the name; a project keeps its quotes, as written.
 */
export function afterLabel(text: string, span: Span, label: RegExp, unquote = false): Span {
  const m = label.exec(foldRange(text, span.start, span.end));
  if (!m) return span;
  const rest = tighten(text, span.start + m[0].length, span.end);
  const quoted = /^[«"“][^«"“»"”]*[»"”]$/u.test(text.slice(rest.start, rest.end));
  return unquote && quoted ? tighten(text, rest.start, rest.end, '«»"“”') : rest;
}

/**
 * A category as reported: its headings, outermost first, each without its label ("Catégorie") or
 * final colon, joined by " > " ("ESPACE PUBLIC - HABITAT > Moins de 40 000 hab."). The innermost
 * heading is the evidence; the ones above it are `parents`.
 */
export function categoryOf(
  text: string,
  path: readonly Span[],
): { value: string; evidence: Span; parents: Span[] } | null {
  const parts = path
    .map((p) => afterLabel(text, p, CATEGORY_LABEL, true))
    .map((p) => tighten(text, p.start, p.end, ':'))
    .filter((p) => p.end > p.start);
  const last = parts.at(-1);
  if (!last) return null;
  const value = parts.map((p) => clean(text.slice(p.start, p.end))).join(' > ');
  return { value, evidence: last, parents: parts.slice(0, -1) };
}
