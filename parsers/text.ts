import type { BlockKind, Layout } from './doc.js';
import { assembleBlocks, type RawLine } from './lines.js';

/**
 * Bullets seen in press releases: • · - – o § ▪ ► ✓ ➢ ■ * >, the "- >" / "- -" of converted Word lists, and
 * the private-use glyphs of Symbol and Wingdings bullets that Word exports (U+F0B7, U+F0A7).
 */
const BULLET =
  /^(?:[-–—•·●▪►◦*§✓✔➢➤■◆○\uf0b7\uf0a7\uf0d8](?:\s*[->])?|>(?=\s)|o(?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** A heading in plain text is a short line with letters and no lower case ("LABEL OR :", "E-SANTE"). */
function isCapsHeading(line: string): boolean {
  // Lower case first: most lines have some early, and only then are the letters counted.
  if (line.length > 120 || /\p{Ll}/u.test(line)) return false;
  return (line.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

/** What a physical line of plain text is, and the length of its bullet marker (0 when it has none). */
export function classifyLine(content: string): { kind: BlockKind; marker: number } {
  const bullet = BULLET.exec(content);
  const isBullet =
    !!bullet &&
    (bullet[0].length === content.length ||
      /\s$/.test(bullet[0]) ||
      /[•●▪►◦§✓✔➢➤■◆○\uf0b7\uf0a7\uf0d8]/u.test(bullet[0]));
  if (isBullet && bullet) return { kind: 'list-item', marker: bullet[0].length };
  return { kind: isCapsHeading(content) ? 'heading' : 'line', marker: 0 };
}

/**
 * Plain text, read line by line. It does not go through remark: indented lines would become code,
 * "2019. Une année" an ordered list and "- > X" a quote.
 */
export function parseText(text: string): Layout {
  const lines: RawLine[] = [];
  let gap = 0;
  let offset = 0;
  for (const physical of text.split('\n')) {
    const lineStart = offset;
    offset += physical.length + 1;
    const lead = physical.length - physical.trimStart().length;
    const content = physical.trim();
    if (!content) {
      gap++;
      continue;
    }
    const { kind, marker } = classifyLine(content);
    lines.push({ kind, start: lineStart + lead + marker, end: lineStart + lead + content.length, gap });
    gap = 0;
  }
  const blocks = assembleBlocks(text, lines);
  // A block after a blank line that follows a finished sentence is a paragraph the text itself marks.
  for (let i = 1; i < blocks.length; i++) {
    const b = blocks[i];
    const prev = blocks[i - 1];
    if (b && prev && b.kind === 'line' && b.gap > 0 && /[.!?:]$/.test(text.slice(prev.start, prev.end))) {
      b.kind = 'paragraph';
    }
  }
  return { format: 'text', text, blocks };
}
