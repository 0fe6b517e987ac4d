import type { Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';

/** Words before a quote that make it the name of an award or a category, not of a project. */
const AWARD_NAME_BEFORE =
  /\b(?:categorie|mention|label|prix|trophee|theme|titre|distinction|ecolabel|fleur)s?\s*$/u;

/** The longest a title runs; a longer quotation is a citation. */
const MAX_TITLE = 90;

/**
 * The first quoted title in `span` that reads as a title: short, one phrase, not a citation ("« nous
 * sommes fiers », a déclaré le maire" quotes words, it names nothing).
 */
export function titleIn(layers: Layers, span: Span): Span | null {
  for (const t of layers.titles) {
    if (t.outer.start < span.start || t.outer.end > span.end) continue;
    const words = layers.text.slice(t.start, t.end);
    // "la catégorie « Mobilités »", "la mention « X »", "le label « Territoire innovant »" name awards.
    if (AWARD_NAME_BEFORE.test(layers.folded.slice(Math.max(0, t.outer.start - 30), t.outer.start))) continue;
    if (words.length > MAX_TITLE || /[.!?]\s|[.!?]$/u.test(words)) continue;
    if (/^(?:nous|je|j'|on|il|elle|ils|elles|c'est|ce)\b/iu.test(words)) continue;
    return { start: t.start, end: t.end };
  }
  return null;
}
