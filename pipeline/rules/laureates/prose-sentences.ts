import type { Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';
import type { BlockSection, TierRef } from '../../layers/sections.js';
import { tighten } from '../../text.js';

/** A sentence of running prose, with what its paragraph and section say around it. */
export interface ProseSentence {
  span: Span;
  section: BlockSection;
  previous: Span | null;
  /** The category of the laureates it tells: named in it, opening its paragraph, or its section's. */
  category: readonly Span[];
  /** The award it tells, or the one the paragraph told last ("Deux labels bronze complètent le palmarès. …"). */
  award: TierRef | null;
}

/** "dans la catégorie « Mobilités »", "de la catégorie Mobilité est attribué", "Dans la catégorie Santé, …". */
const NAMED_CATEGORY =
  /\bcat[ée]gorie\s+(?:[«"“]\s*([^»"”]{2,60}?)\s*[»"”]|(\p{Lu}[^,.;:«»()]{1,50}?)(?=\s*[,.;:]|\s+(?:est|sont|revient|reviennent|va|vont|a|ont)\s))/u;
/** A paragraph that opens with a short title of its own: "Relation aux usagers. Le label or revient …". */
const RUN_IN = /^\p{Lu}[^.!?;:,\d«»"]{2,58}[.:]$/u;
/** What a title does not open with, nor hold: an article, a verb. */
const NOT_TITLE = /^(?:le|la|les|l'|un|une|des|ce|cette|il|elle)\b|\b(?:est|sont|a|ont|sera|seront|etait)\b/u;
/** "Hors catégorie, le jury a décerné son prix spécial …": no category, whatever the section's. */
const OUTSIDE = /\bhors[\s-]+categories?\b/u;

const read = new WeakMap<Layers, readonly ProseSentence[]>();

/** Sentences of the blocks no list or table read, in order; read once per document for all the prose rules. */
export function proseSentences(layers: Layers): ProseSentence[] {
  let found = read.get(layers);
  if (!found) {
    found = findProseSentences(layers);
    read.set(layers, found);
  }
  return [...found];
}

function findProseSentences(layers: Layers): ProseSentence[] {
  const out: ProseSentence[] = [];
  layers.blocks.forEach((_, i) => {
    const section = layers.sections.blocks[i];
    if (!section || section.role) return;
    const sentences = layers.sentencesOf(i);
    const runIn = runInHeading(layers, sentences);
    let previous: Span | null = null;
    let told: TierRef | null = null;
    for (const span of sentences) {
      told = layers.awardIn(span) ?? told;
      const named = namedCategory(layers, span);
      const outside = OUTSIDE.test(layers.folded.slice(span.start, span.end));
      const category = outside
        ? []
        : named
          ? [named]
          : runIn && span !== sentences[0]
            ? [runIn]
            : section.category;
      out.push({ span, section, previous, category, award: told });
      previous = span;
    }
  });
  return out;
}

/** The category named inside a sentence, if any. */
export function namedCategory(layers: Layers, span: Span): Span | null {
  const m = NAMED_CATEGORY.exec(layers.text.slice(span.start, span.end));
  const name = m?.[1] ?? m?.[2];
  if (!m || !name) return null;
  const start = span.start + m.index + m[0].indexOf(name);
  return { start, end: start + name.length };
}

/** The short title a paragraph opens with, when more sentences follow it. */
function runInHeading(layers: Layers, sentences: readonly Span[]): Span | null {
  const first = sentences[0];
  if (!first || sentences.length < 2) return null;
  const words = layers.text.slice(first.start, first.end);
  const folded = layers.folded.slice(first.start, first.end);
  if (!RUN_IN.test(words) || NOT_TITLE.test(folded) || words.split(/\s+/).length > 7) return null;
  return tighten(layers.text, first.start, first.end, '.:');
}
