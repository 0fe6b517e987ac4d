import { createHash } from 'node:crypto';
import type { Laureate } from '../schema.js';

/**
 * A name or project as the laureate id sees it: compatibility forms and accents folded, œ/æ spelled
 * out, lower case, every run of characters that is not a letter or a digit one space. What differs
 * between the text, the web page and the PDF of one release (quotes, apostrophes, dashes, no-break
 * spaces, capitals, an accent a PDF lost) does not change the id.
 */
export function identityText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What makes two statements one laureate: the edition, the awardees in any order, the project. */
export function laureateKey(
  year: number,
  laureate: { awardees: ReadonlyArray<{ name: string }>; project: Laureate['project'] },
): string {
  const awardees = laureate.awardees.map((a) => identityText(a.name)).sort();
  return JSON.stringify([year, awardees, laureate.project === null ? null : identityText(laureate.project)]);
}

/**
 * `<edition year>-<12 hex digits>`: the first digits of the SHA-256 of the key, so the id depends on
 * nothing but the edition, the awardees and the project: not on the document, its format, its other
 * laureates or their order. The n-th laureate of one document with the same key (the same awardees
 * without a project, in two categories) gets `-n` from the second on.
 */
export function laureateId(year: number, key: string, occurrence = 1): string {
  const digest = createHash('sha256').update(key).digest('hex').slice(0, 12);
  return `${year}-${digest}${occurrence > 1 ? `-${occurrence}` : ''}`;
}
