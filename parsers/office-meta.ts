import type { DocMeta } from './doc.js';
import { isoDay } from './html-meta.js';
import { xmlFields } from './xml.js';

/**
 * The document properties of a DOCX (`docProps/core.xml`) or an ODT (`meta.xml`): the title, and the
 * creation date as the day the file was made (as for a PDF's CreationDate), read as written, without a
 * time zone shift. Missing or unreadable properties are none: they never stop the document being read.
 */
export function officeMeta(xml: Uint8Array | undefined, part: string, created: string): DocMeta {
  if (!xml) return { published: null, title: null };
  let fields: Record<string, string>;
  try {
    fields = xmlFields(new TextDecoder().decode(xml), part, ['dc:title', created]);
  } catch {
    return { published: null, title: null };
  }
  const date = fields[created]?.trim();
  return { published: date ? isoDay(date) : null, title: fields['dc:title']?.trim() || null };
}
