import { describe, expect, it } from 'vitest';
import type { Block } from '../../parsers/doc.js';
import { headingsBySize } from '../../parsers/pdf-headings.js';
import { parseText } from '../../parsers/text.js';

/** Lines of the given sizes, one per line of `text`, and the text reader's blocks over them. */
function read(lines: [string, number][]): { text: string; kinds: string[] } {
  const text = lines.map(([t]) => t).join('\n\n');
  let at = 0;
  const sized = lines.map(([t, size]) => {
    const line = { start: at, end: at + t.length, size };
    at += t.length + 2;
    return line;
  });
  const blocks: Block[] = headingsBySize(parseText(text).blocks, sized, text);
  return { text, kinds: blocks.map((b) => `${b.kind}: ${text.slice(b.start, b.end)}`) };
}

describe('PDF headings from type size', () => {
  it('takes a short line in larger type for a heading, not a sentence or a line in body type', () => {
    expect(
      read([
        ['Les lauréats du Label', 16],
        ['Le jury a distingué cinq territoires cette année, au terme de trois journées d’auditions.', 10],
        ['Catégorie Mobilité', 12],
        ['Ville de Brest', 10],
        ['Une phrase en grand.', 16],
        ['Métropole de Lyon', 10.5],
      ]).kinds,
    ).toEqual([
      'heading: Les lauréats du Label',
      'line: Le jury a distingué cinq territoires cette année, au terme de trois journées d’auditions.',
      'heading: Catégorie Mobilité',
      'line: Ville de Brest',
      'line: Une phrase en grand.',
      'paragraph: Métropole de Lyon',
    ]);
  });
});
