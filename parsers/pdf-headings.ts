import type { Block } from './doc.js';

/** A line of a PDF's text, where it is and the size of its type. */
export interface SizedLine {
  start: number;
  end: number;
  size: number;
}

/** Type this much larger than the body's sets a heading apart (a bold run of the body size does not). */
const HEADING_RATIO = 1.15;
/** A heading is a line, not a paragraph set large. */
const MAX_HEADING_LENGTH = 150;

/**
 * Headings told by their type size, as an office suite sets them: a block that is exactly one line,
 * short, not ending a sentence, in type at least 15 % larger than the body's (the size most of the
 * text is set in). Blocks that the text reader already took for headings or list items stay as they are.
 */
export function headingsBySize(blocks: Block[], lines: SizedLine[], text?: string): Block[] {
  const body = bodySize(lines);
  if (!body) return blocks;
  const large = new Map(
    lines
      .filter((l) => l.size >= HEADING_RATIO * body && l.end - l.start <= MAX_HEADING_LENGTH)
      .map((l) => [l.start, l]),
  );
  return blocks.map((b) => {
    const line = large.get(b.start);
    if (!line || line.end !== b.end || (b.kind !== 'line' && b.kind !== 'paragraph')) return b;
    if (text && /[.;,]$/.test(text.slice(b.start, b.end))) return b;
    return { ...b, kind: 'heading' };
  });
}

/** The type size most characters are set in. */
function bodySize(lines: SizedLine[]): number | undefined {
  const chars = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + (l.end - l.start));
  }
  let best: [number, number] | undefined;
  for (const entry of chars) if (!best || entry[1] > best[1]) best = entry;
  return best?.[0];
}
