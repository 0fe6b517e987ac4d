import type { Span } from '../../parsers/doc.js';
import { foldRange, tighten } from '../text.js';

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
