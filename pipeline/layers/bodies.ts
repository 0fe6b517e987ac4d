import type { Span } from '../../parsers/doc.js';
import { bodyEnd, hasBodyType, isBareBodyType } from '../grammar/names.js';
import { resolveName } from '../resolve/index.js';
import { allMatches, clean, foldRange } from '../text.js';

/** A public body named with its type in running text: "la Ville de Brignais", "Rennes Métropole". */
export interface BodyMention extends Span {
  /** Where the name starts once a leading article is left out ("la Ville de X" → "Ville de X"). */
  nameStart: number;
}

const WORD_START = /(?<=^|[\s,'’(])\p{L}/gu;
const ARTICLE = /^(?:la|le|les|l['’])\s*/u;

/**
 * Bodies named in a sentence: at every word start, the longest body with a type whose type (or
 * first word) is capitalised; a lower-case "métropole" is a common noun. Mentions may overlap: one is
 * found at each word where a name could start, and rules pick the ones that fit their shape.
 */
export function findBodies(text: string, sentence: Span): BodyMention[] {
  const out: BodyMention[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of allMatches(WORD_START, slice)) {
    const at = sentence.start + m.index;
    // The capital first: it is cheap, and most words of prose are not one.
    const article = ARTICLE.exec(foldRange(text, at, at + 5))?.[0].length ?? 0;
    if (!/^\p{Lu}/u.test(text.slice(at + article, at + article + 1))) continue;
    const end = bodyEnd(text, at, sentence.end);
    if (end <= at || !hasBodyType(text, at, end) || isBareBodyType(text, at, end)) continue;
    out.push({ start: at, end: groupNameEnd(text, at + article, end), nameStart: at + article });
  }
  return out;
}

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
