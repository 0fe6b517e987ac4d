import type { Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';
import { CRITERIA_CUES } from '../../lexicon/sections.js';
import { tighten } from '../../text.js';

/** A line announcing the award criteria: cue words before its last colon, and what follows that colon. */
export interface CriteriaCue {
  block: number;
  /** The text after the colon on the same line, if any. */
  after: Span | null;
}

export function criteriaCues(layers: Layers): CriteriaCue[] {
  const out: CriteriaCue[] = [];
  layers.blocks.forEach((block, i) => {
    const folded = layers.folded.slice(block.start, block.end);
    const colon = folded.lastIndexOf(':');
    if (colon < 0 || !CRITERIA_CUES.test(folded.slice(0, colon))) return;
    const after = tighten(layers.text, block.start + colon + 1, block.end, '.');
    out.push({ block: i, after: after.end > after.start ? after : null });
  });
  return out;
}

export const MAX_ITEM = 100;
