import type { Span } from '../../parsers/doc.js';
import { bodyEnd, hasBodyType, isBareBodyType } from '../grammar/names.js';
import { resolveName } from '../resolve/index.js';
import { clean, foldedText, isSpace, letterWordStarts } from '../text.js';

/** A public body named with its type in running text: "la Ville de Brignais", "Rennes Métropole". */
export interface BodyMention extends Span {
  /** Where the name starts once a leading article is left out ("la Ville de X" → "Ville de X"). */
  nameStart: number;
}

/**
 * Bodies named in a sentence: at every word start, the longest body with a type whose type (or
 * first word) is capitalised; a lower-case "métropole" is a common noun. Mentions may overlap: one is
 * found at each word where a name could start, and rules pick the ones that fit their shape.
 */
export function findBodies(text: string, sentence: Span): BodyMention[] {
  const out: BodyMention[] = [];
  const folded = foldedText(text);
  for (const at of letterWordStarts(text, sentence.start, sentence.end)) {
    // The capital first: it is cheap, and most words of prose are not one.
    const article = articleLength(folded, at);
    if (!isCapital(text, at + article)) continue;
    const end = bodyEnd(text, at, sentence.end);
    if (end <= at || !hasBodyType(text, at, end) || isBareBodyType(text, at, end)) continue;
    out.push({ start: at, end: groupNameEnd(text, at + article, end), nameStart: at + article });
  }
  return out;
}

/**
 * The length of `/^(?:les|la|le)\s+|^l['’]\s*\/u` at `at` in the folded text, within five characters
 * (an article and the spaces after it), read from code units: findBodies asks it at every word. An
 * article is a word of its own: the "La" of "Laval" or the "Le" of "Lens" is not one.
 */
export function articleLength(folded: string, at: number): number {
  const limit = Math.min(at + 5, folded.length);
  if (at + 1 >= limit || folded[at] !== 'l') return 0;
  const next = folded[at + 1];
  const elided = next === "'" || next === '’';
  if (!elided && next !== 'a' && next !== 'e') return 0;
  let k = at + 2;
  if (next === 'e' && folded[k] === 's' && k + 1 < limit && isSpace(folded.charCodeAt(k + 1))) k++;
  const word = k;
  while (k < limit && isSpace(folded.charCodeAt(k))) k++;
  return elided || k > word ? k - at : 0;
}

/** Whether the code unit at `at` is a capital letter (`\p{Lu}`; half of an astral pair is not). */
function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 0x80 ? c >= 65 && c <= 90 : CAPITAL.test(text[at] ?? '');
}

const CAPITAL = /^\p{Lu}$/u;

/**
 * Where a group's name ends when it runs on over "et": "Communauté de communes Cère et Goul en
 * Carladès" is one name, "Communauté de communes Val de Cher Controis et Alain Poma" is a body and a
 * person. The gazetteer decides: the longer name stands unless only the shorter one is a known body.
 */
function groupNameEnd(text: string, start: number, end: number): number {
  const and = /\s+et\s+(?=\p{Lu})/u.exec(text.slice(start, end));
  if (!and) return end;
  const cut = start + and.index;
  const known = (to: number) => resolveName(clean(text.slice(start, to))).code !== null;
  return !known(end) && known(cut) ? cut : end;
}
