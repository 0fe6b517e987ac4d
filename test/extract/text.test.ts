import { describe, expect, it } from 'vitest';
import { bodyEnd } from '../../pipeline/grammar/names.js';
import { isSpace } from '../../pipeline/text.js';

describe('isSpace', () => {
  it('is \\s for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('splits names at every kind of white space, as it splits them at a space', () => {
    for (const space of [' ', '\u00a0', '\u202f', '\u2009', '\u3000', '\ufeff', '\t', '\n']) {
      const text = `la Ville de Brignais${space}pour le festival`;
      expect(text.slice(0, bodyEnd(text, 0, text.length))).toBe('la Ville de Brignais');
    }
  });
});
