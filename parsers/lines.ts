import type { Block, BlockKind } from './doc.js';

/** A physical line as a format reader sees it, before wraps are repaired. */
export interface RawLine {
  /** `paragraph` lines start a block the format knows to be new; `line` lines may continue the previous one. */
  kind: BlockKind;
  start: number;
  end: number;
  depth?: number;
  gap: number;
}

const TERMINAL = /[.!?:;…]["»”)]?$/u;
const CONNECTOR_END =
  /(?:^|[\s'’])(de|du|des|d'|d’|la|le|les|l'|l’|et|&|ou|à|au|aux|en|pour|par|avec|sur|dans|un|une|son|sa|ses|leur|leurs|qui|que)$/iu;
const HYPHEN_END = /\p{L}-$/u;
const LOWER_START = /^\p{Ll}/u;
/** A name continued on the next line: "Conseil départemental" / "de la Haute-Garonne". */
const PARTICLE_START = /^(?:(?:de|du|des|et|&)\s|d['’])/u;

/**
 * Joins physical lines into blocks where a line only continues the previous one: after a connector
 * word or a hyphen, or a lower-case start after a blank line (PDF-style) or after a line that fills the
 * document's usual width. Headings and list items always start a block.
 */
export function assembleBlocks(text: string, lines: RawLine[]): Block[] {
  const width = usualWidth(lines);
  const blocks: Block[] = [];
  let lastLine: RawLine | undefined;
  for (const line of lines) {
    const prev = blocks.at(-1);
    if (prev && lastLine && line.kind === 'line' && continues(text, prev, lastLine, line, width)) {
      prev.end = line.end;
    } else {
      const block: Block = { kind: line.kind, start: line.start, end: line.end, gap: line.gap };
      if (line.depth !== undefined) block.depth = line.depth;
      blocks.push(block);
    }
    lastLine = line;
  }
  return blocks;
}

function continues(text: string, prev: Block, last: RawLine, line: RawLine, width: number): boolean {
  if (prev.kind === 'heading' || prev.end === prev.start) return false;
  // Only the block's last line: every test reads its end, which no match can cross a line break to
  // reach, and rescanning the whole growing block for each line joined would be quadratic.
  const before = text.slice(last.start, last.end);
  const after = text.slice(line.start, line.end);
  if (TERMINAL.test(before)) return false;
  if (HYPHEN_END.test(before) && LOWER_START.test(after)) return true;
  if (CONNECTOR_END.test(before)) return true;
  // "à la Cité" / "des Congrès de Lyon": a name that goes on after a capitalised word.
  if (
    prev.kind !== 'list-item' &&
    /\p{Lu}/u.test(trailingWord(before)) &&
    /^(?:de|des|du|d['’])\s?\S/u.test(after)
  )
    return true;
  const full = last.end - last.start >= 0.75 * width;
  if (prev.kind === 'list-item') return PARTICLE_START.test(after) && (line.gap > 0 || full);
  if (LOWER_START.test(after)) return line.gap > 0 || full;
  // An upper-case start continues only a full line that stops mid-phrase: entries of an unbulleted
  // list often fill the width too, but end with a closing mark ("… (Label Argent)") or open with the
  // same word ("Catégorie Mobilité - …" / "Catégorie Énergie - …").
  const opening = /^\p{Lu}\p{L}{2,}/u.exec(after)?.[0];
  if (opening && before.startsWith(`${opening} `)) return false;
  return full && line.gap === 0 && /[\p{L}\d,]$/u.test(before);
}

/**
 * The letters and hyphens that end `s`, found from the end: `/\p{Lu}[\p{L}-]*$/` would rescan the run
 * from each of its capitals, quadratic on a long line of them.
 */
function trailingWord(s: string): string {
  let i = s.length;
  while (i > 0 && /[\p{L}-]/u.test(s[i - 1] as string)) i--;
  return s.slice(i);
}

/** Width assumed for a document too short to measure: a typical hard-wrapped text line. */
const DEFAULT_WIDTH = 80;

/** The width a wrapped document fills: the 90th percentile of line lengths; none below 40 characters. */
function usualWidth(lines: RawLine[]): number {
  const lengths = lines.map((l) => l.end - l.start).sort((a, b) => a - b);
  if (lengths.length < 5) return DEFAULT_WIDTH;
  const w = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  return w < 40 ? Number.POSITIVE_INFINITY : w;
}
