import type { Doc, Span } from '../../parsers/doc.js';

/**
 * The date the document was published: what its format says (`doc.meta.published`), else a date line
 * the text gives about itself. Relative dates ("le 6 novembre dernier") are anchored to it; it is
 * never an event.
 */
export interface Published {
  year: number;
  month: number | null;
  day: number | null;
  /** Where the text says it; null when it comes from the format's metadata. */
  span: Span | null;
}

export function findPublished(doc: Doc): Published | null {
  const iso = doc.meta.published;
  if (!iso) return null;
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year as number, month: month ?? null, day: day ?? null, span: null };
}
