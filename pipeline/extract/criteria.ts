import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { Criterion } from '../schema.js';
import { clean, foldRange, matchesIn, tighten } from '../text.js';
import { CRITERIA_CUES } from '../vocabulary.js';

const MAX_ITEM = 100;

/**
 * Award criteria: the items of the list that follows a line announcing them and ending with a colon
 * ("… les critères d'attribution du label :", "… sélectionneront les projets selon :"), bulleted or not,
 * or the items after the colon on that line itself.
 */
export function extractCriteria(doc: Doc): Criterion[] {
  const { text, blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const folded = foldRange(text, block.start, block.end);
    const colon = folded.lastIndexOf(':');
    if (colon < 0 || !CRITERIA_CUES.test(folded.slice(0, colon))) continue;
    const after = tighten(text, block.start + colon + 1, block.end, '.');
    const items = after.end > after.start ? inlineItems(text, after) : listItems(text, blocks.slice(i + 1));
    if (items.length >= 2)
      return items.map((span) => ({ label: clean(text.slice(span.start, span.end)), span }));
  }
  return [];
}

/** Consecutive short items of one kind: bullets, or plain lines, ended by anything else. */
function listItems(text: string, following: Block[]): Span[] {
  const out: Span[] = [];
  let bulleted: boolean | null = null;
  for (const block of following) {
    const span = tighten(text, block.start, block.end, ';,.');
    const isItem = block.kind === 'list-item';
    if (span.end <= span.start) break;
    if (block.kind === 'heading' || span.end - span.start > MAX_ITEM || text[block.end - 1] === ':') break;
    if (bulleted !== null && bulleted !== isItem) break;
    bulleted = isItem;
    out.push(span);
  }
  return out;
}

/**
 * "… selon trois critères : l'innovation, l'implication des agents et des usagers, et l'impact." Items
 * are separated by commas; "et" separates only the last one, since an item may contain its own "et".
 */
function inlineItems(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (const m of matchesIn(/\s*[,;]\s*(?:et\s+)?/gu, text, span.start, span.end)) {
    out.push(tighten(text, from, m.index));
    from = m.index + m[0].length;
  }
  const last = [...matchesIn(/\s+et\s+/gu, text, from, span.end)].at(-1);
  if (last) {
    out.push(tighten(text, from, last.index));
    from = last.index + last[0].length;
  }
  out.push(tighten(text, from, span.end));
  return out.filter((s) => s.end > s.start && s.end - s.start <= MAX_ITEM);
}
