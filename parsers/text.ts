import type { Layout } from './doc.js';
import { assembleBlocks, type RawLine } from './lines.js';

/** Bullets seen in press releases: • - – o § ▪ ► * and the "- >" / "- -" of converted Word lists. */
const BULLET = /^(?:[-–—•●▪►◦*§](?:\s*[->])?|o(?=\s)|\d{1,2}[.)](?=\s))\s*/u;

/** A heading in plain text is a short line with letters and no lower case ("LABEL OR :", "E-SANTE"). */
function isCapsHeading(line: string): boolean {
  const letters = line.match(/\p{L}/gu);
  return !!letters && letters.length >= 3 && line.length <= 120 && !/\p{Ll}/u.test(line);
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
    const bullet = BULLET.exec(content);
    const isBullet =
      !!bullet &&
      (bullet[0].length === content.length || /\s$/.test(bullet[0]) || /[•●▪►◦§]/u.test(bullet[0]));
    const start = lineStart + lead + (isBullet && bullet ? bullet[0].length : 0);
    const end = lineStart + lead + content.length;
    const kind = isBullet ? 'list-item' : isCapsHeading(content) ? 'heading' : 'line';
    lines.push({ kind, start, end, gap });
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
