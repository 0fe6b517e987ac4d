import { describe, expect, it } from 'vitest';
import { acrossDocuments } from '../../pipeline/resolve/memo.js';

describe('acrossDocuments', () => {
  it('makes each answer once, whatever string holds its key', () => {
    const made: string[] = [];
    const memo = acrossDocuments<number>(10);
    const make = (key: string) => {
      made.push(key);
      return key.length;
    };
    const text = 'Lauréat : Communauté de communes du Val de Drôme';
    const name = text.slice(text.indexOf('Communauté'));
    expect(memo(name, make)).toBe(name.length);
    expect(memo(`Communauté de communes ${'du Val de Drôme'}`, make)).toBe(name.length);
    expect(made).toEqual([name]);
  });

  it('forgets everything past its size, then makes answers again', () => {
    const made: string[] = [];
    const memo = acrossDocuments<string>(2);
    const make = (key: string) => {
      made.push(key);
      return key.toUpperCase();
    };
    for (const key of ['a', 'b', 'a', 'c', 'a']) expect(memo(key, make)).toBe(key.toUpperCase());
    expect(made).toEqual(['a', 'b', 'c', 'a']);
  });
});
