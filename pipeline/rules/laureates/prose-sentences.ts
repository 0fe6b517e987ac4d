import type { Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';
import type { BlockSection } from '../../layers/sections.js';

/** A sentence of running prose, with the section its block sits in and the sentence before it. */
export interface ProseSentence {
  span: Span;
  section: BlockSection;
  previous: Span | null;
}

/** Sentences of the blocks no list or table read, in order. */
export function proseSentences(layers: Layers): ProseSentence[] {
  const out: ProseSentence[] = [];
  layers.blocks.forEach((_, i) => {
    const section = layers.sections.blocks[i];
    if (!section || section.role) return;
    let previous: Span | null = null;
    for (const span of layers.sentencesOf(i)) {
      out.push({ span, section, previous });
      previous = span;
    }
  });
  return out;
}
