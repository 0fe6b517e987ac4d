import type { Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';
import { CRITERIA_CUES, CRITERIA_CUES_AT_COLON } from '../../lexicon/sections.js';
import { matchesIn, tighten } from '../../text.js';

/** A sentence announcing the award criteria: cue words, then a colon in the same sentence. */
export interface CriteriaCue {
  block: number;
  /** The text after the colon, to the end of the sentence; null when the colon ends the block. */
  after: Span | null;
  /** The items of `after` when it reads as an inline list of two or more, else null. */
  inline: Span[] | null;
}

/** The longest criterion, in characters: a plain line or an inline item; a bullet may run longer. */
export const MAX_ITEM = 100;
export const MAX_BULLET = 200;

/**
 * Cues sentence by sentence, so that a cue word in one sentence never announces the list after
 * another sentence's colon ("… en sont lauréates : A, B et C"). The colon of an address ("https://")
 * is not one.
 */
export function criteriaCues(layers: Layers): CriteriaCue[] {
  const out: CriteriaCue[] = [];
  layers.blocks.forEach((block, i) => {
    for (const sentence of layers.sentencesOf(i)) {
      const folded = layers.folded.slice(sentence.start, sentence.end);
      if (!folded.includes(':')) continue;
      const colon = [...folded.matchAll(/:(?!\/\/)/g)].find(
        (c) =>
          CRITERIA_CUES.test(folded.slice(0, c.index)) ||
          CRITERIA_CUES_AT_COLON.test(folded.slice(0, c.index)),
      );
      if (!colon) continue;
      const after = tighten(layers.text, sentence.start + colon.index + 1, sentence.end, '.');
      if (after.end <= after.start) {
        if (sentence.end === block.end) out.push({ block: i, after: null, inline: null });
      } else {
        const items = inlineItems(layers.text, after);
        out.push({ block: i, after, inline: items.length >= 2 ? items : null });
      }
      return;
    }
  });
  return out;
}

/**
 * Items are separated by commas and semicolons outside parentheses ("programmation de la démarche
 * (calendrier, financements)" is one); "et" separates only the last one, since an item may contain
 * its own "et". An item with a colon of its own means the text is not a list, so there are none.
 */
function inlineItems(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (const m of matchesIn(/\s*[,;]\s*(?:et\s+)?/gu, text, span.start, span.end)) {
    if (depth(text, from, m.index) > 0) continue;
    out.push(tighten(text, from, m.index));
    from = m.index + m[0].length;
  }
  const last = [...matchesIn(/\s+et\s+/gu, text, from, span.end)]
    .filter((m) => depth(text, from, m.index) === 0)
    .at(-1);
  if (last) {
    out.push(tighten(text, from, last.index));
    from = last.index + last[0].length;
  }
  out.push(tighten(text, from, span.end));
  const items = out.filter((s) => s.end > s.start && s.end - s.start <= MAX_ITEM);
  return items.some((s) => text.slice(s.start, s.end).includes(':')) ? [] : items;
}

/** Parentheses opened and not closed in `text.slice(start, end)`. */
function depth(text: string, start: number, end: number): number {
  let d = 0;
  for (let i = start; i < end; i++) {
    if (text[i] === '(') d++;
    else if (text[i] === ')' && d > 0) d--;
  }
  return d;
}
