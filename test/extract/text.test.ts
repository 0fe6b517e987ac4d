import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeEntry } from '../../pipeline/grammar/lists.js';
import { bodyEnd } from '../../pipeline/grammar/names.js';
import { articleLength } from '../../pipeline/layers/bodies.js';
import { detached, fold, isSpace, letterWordStarts, tighten } from '../../pipeline/text.js';

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

// The regular expressions these loops replace: each loop must find what its expression finds.
const WORD_START = /(?<=^|[\s,'’(])\p{L}/gu;
const ARTICLE = /^(?:les|la|le)\s+|^l['’]\s*/u;
/** Text of letters, spaces, apostrophes, commas, brackets, surrogate halves and pairs. */
const wordy = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        ' ',
        ',',
        "'",
        '’',
        '(',
        '-',
        '\u00a0',
        '\n',
        'l',
        'a',
        'e',
        's',
        'L',
        'É',
        'é',
        'ß',
        '1',
      ),
      fc.constantFrom('\ud835\udc00', '\ud835', '\udc00', '\u0300', '\u3000'),
      fc.string({ unit: 'binary', maxLength: 2 }),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('letterWordStarts', () => {
  const byRegex = (text: string, start: number, end: number) =>
    [...text.slice(start, end).matchAll(WORD_START)].map((m) => start + m.index);

  it('finds the word starts of the expression at every UTF-16 code unit, after each kind of boundary', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      for (const before of ['', ' ', 'x', '(']) {
        const text = `${before}${String.fromCharCode(c)}a`;
        const got = letterWordStarts(text, 0, text.length);
        if (got.join() !== byRegex(text, 0, text.length).join()) differ.push(`${before}|${c.toString(16)}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('finds them in any stretch of any text', () => {
    fc.assert(
      fc.property(wordy, fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(letterWordStarts(text, start, end)).toEqual(byRegex(text, start, end));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('articleLength', () => {
  it('is the length of the leading article of the folded text, within five characters', () => {
    fc.assert(
      fc.property(wordy, fc.nat(), (raw, a) => {
        const folded = fold(raw);
        const at = a % (folded.length + 1);
        expect(articleLength(folded, at)).toBe(ARTICLE.exec(folded.slice(at, at + 5))?.[0].length ?? 0);
      }),
      { numRuns: 5000 },
    );
    expect(
      ['la Ville', 'les Herbiers', "l'Agglo", 'le  Mans', 'lyon', 'laval', 'lens', 'les', 'lesneven'].map(
        (t) => articleLength(t, 0),
      ),
    ).toEqual([3, 4, 2, 4, 0, 0, 0, 0, 0]);
  });
});

describe('detached', () => {
  it('is the same string, whatever its length and characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), (text, at) => {
        const start = at % (text.length + 1);
        const slice = text.slice(start);
        expect(detached(slice)).toBe(slice);
      }),
      { numRuns: 5000 },
    );
    expect(detached('')).toBe('');
  });
});

describe('tighten', () => {
  it('trims every kind of white space and the characters asked for, nothing inside', () => {
    const text = '\u00a0\u202f « Ville de Rennes : mobilités ».\u3000\n';
    const { start, end } = tighten(text, 0, text.length, '«».');
    expect(text.slice(start, end)).toBe('Ville de Rennes : mobilités');
    expect(tighten(text, 0, text.length)).toEqual({ start: 3, end: text.length - 2 });
  });

  it('keeps a range that runs past the text as it is given', () => {
    expect(tighten('ab', -1, 5)).toEqual({ start: -1, end: 5 });
  });
});

describe('placeEntry, read once per block', () => {
  it('answers again with a copy that a caller may change', () => {
    const text = 'Bretagne : Dinan (22), Pontivy (56)';
    const span = { start: 0, end: text.length };
    const first = placeEntry(text, span);
    expect(first?.items.map((i) => text.slice(i.name.start, i.name.end))).toEqual(['Dinan', 'Pontivy']);
    if (first?.items[0]) first.items[0].name.start = 99;
    expect(placeEntry(text, span)?.items[0]?.name.start).toBe(11);
  });
});

describe('fold', () => {
  // What fold did as one replace: the reference its loop must agree with.
  const reference = (text: string) =>
    text.replace(/[A-Z`]|\P{ASCII}/gu, (c) => {
      if (c.length > 1) return c;
      const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      if (/[’‘ʼ`´]/.test(c)) return "'";
      if (/[\u00a0\u202f\u2007]/.test(c)) return ' ';
      return base.length === 1 ? base : c;
    });

  it('folds every UTF-16 code unit as the reference does, and keeps the length', () => {
    const all = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c)).join('');
    expect(fold(all)).toBe(reference(all));
    expect(fold(all)).toHaveLength(all.length);
  });

  it('keeps astral characters and lone surrogates, and folds around them', () => {
    for (const text of ['É🎉À', '\ud83cÉ', 'É\udf89', 'Île-de-France’s `Œuvre`', 'déjà', '']) {
      expect(fold(text)).toBe(reference(text));
    }
    expect(fold('Élysée')).toBe('elysee');
  });
});
