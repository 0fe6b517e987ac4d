import type { Span } from '../../parsers/doc.js';
import { bodyTypesWhere } from '../lexicon/bodies.js';
import { ARTICLES, CONNECTOR_WORDS, NAME_PARTICLES } from '../lexicon/connectors.js';
import { alternation, fold, foldRange, isSpace, perDocument } from '../text.js';

/**
 * Names of public bodies in running text. Everything works on `text` and returns offsets into it,
 * so the caller keeps its evidence.
 */

const GROUP_TYPE_AT = new RegExp(`^(?:${alternation(bodyTypesWhere((e) => e.group))})$`, 'u');
const BODY_TYPE_AT = new RegExp(`^(?:${alternation(bodyTypesWhere((e) => e.leads))})(?![\\p{L}\\d])`, 'u');
const ARTICLE_AT = new RegExp(`^(?:${alternation(ARTICLES)})(?:\\s+|(?<='))`, 'u');
const TRAILING_TYPE = new RegExp(
  `(?:^|\\s)(?:${alternation(bodyTypesWhere((e) => e.trails))})(?:\\s|$)`,
  'u',
);
const PARTICLES = new Set(NAME_PARTICLES.map(fold));
const CONNECTORS = new Set(CONNECTOR_WORDS.map(fold));

interface Token {
  start: number;
  end: number;
  raw: string;
  folded: string;
  kind: 'capital' | 'particle' | 'number' | 'lower';
}

const MAX_NAME = 200;

/** The words of a document (runs of non-space), each made a token when first read. */
interface Words {
  starts: number[];
  ends: number[];
  tokens: Array<Token | undefined>;
}

// Names are read at every word of every sentence: the words are found once per document, not per call.
const wordsOf = perDocument((text): Words => {
  // A loop, not /\S+/g: a match object per word cost more than the reading.
  const starts: number[] = [];
  const ends: number[] = [];
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space === inWord) {
      (inWord ? ends : starts).push(i);
      inWord = !space;
    }
  }
  if (inWord) ends.push(text.length);
  return { starts, ends, tokens: [] };
});

function token(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const folded = foldRange(text, start, end);
  // "d'Azur", "L'Isle": an elided particle glued to a capitalised name counts as the name.
  const core = word.replace(/^[dlDL]['’](?=\p{L})/u, '');
  const kind = /^\d{1,3}$/.test(word)
    ? 'number'
    : PARTICLES.has(folded) && /^\p{Ll}/u.test(word)
      ? 'particle'
      : /^[\p{Lu}\d]/u.test(core)
        ? 'capital'
        : 'lower';
  return { start, end, raw: word, folded, kind };
}

/**
 * The words of `text.slice(start, end)` as tokens, each made when first read: a name usually ends
 * at its first words. A word the range cuts counts as the part inside it.
 */
class Tokens {
  readonly #first: number;

  constructor(
    readonly text: string,
    readonly words: Words,
    readonly start: number,
    readonly limit: number,
  ) {
    let lo = 0;
    let hi = words.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words.ends[mid] as number) > start) hi = mid;
      else lo = mid + 1;
    }
    this.#first = lo;
  }

  /** The `i`th token, or undefined past the last. */
  at(i: number): Token | undefined {
    const k = this.#first + i;
    if (i < 0 || k >= this.words.starts.length || (this.words.starts[k] as number) >= this.limit)
      return undefined;
    const ws = this.words.starts[k] as number;
    const we = this.words.ends[k] as number;
    if (ws < this.start || we > this.limit)
      return token(this.text, Math.max(ws, this.start), Math.min(we, this.limit));
    this.words.tokens[k] ??= token(this.text, ws, we);
    return this.words.tokens[k];
  }
}

function tokens(text: string, start: number, end: number): Tokens {
  // No name runs longer than this: reading further would only make long sentences quadratic.
  return new Tokens(text, wordsOf(text), start, Math.min(end, start + MAX_NAME));
}

// Readers of names ask at the same words over and over: each answer is kept per position and document.
const bodyTypesAt = perDocument(() => new Map<number, number>());
const articlesAt = perDocument(() => new Map<number, number>());

function lengthAt(known: Map<number, number>, pos: number, read: () => number): number {
  let length = known.get(pos);
  if (length === undefined) {
    length = read();
    known.set(pos, length);
  }
  return length;
}

/** Length of the body type that starts at `pos` ("Communauté d'agglomération", "Ville"), or 0. */
export function bodyTypeLength(text: string, pos: number): number {
  return lengthAt(
    bodyTypesAt(text),
    pos,
    () => BODY_TYPE_AT.exec(foldRange(text, pos, pos + 60))?.[0].length ?? 0,
  );
}

/** Length of a leading article ("la ", "les ", "l'"), or 0. */
export function articleLength(text: string, pos: number): number {
  return lengthAt(
    articlesAt(text),
    pos,
    () => ARTICLE_AT.exec(foldRange(text, pos, pos + 6))?.[0].length ?? 0,
  );
}

/**
 * End of the proper name that starts at `pos`: capitalised words, with particles and lower-case words
 * inside only where a capitalised word follows ("Métropole Nice côte d'Azur"), and a short number only
 * at the very end ("Comité départemental du tourisme 35"). Returns `pos` when no name starts there.
 */
export function nameEnd(
  text: string,
  pos: number,
  limit: number,
  afterType = false,
  groupName = false,
): number {
  const toks = tokens(text, pos, limit);
  let end = pos;
  // After a body type the name may open with a particle or be a number ("Département de la Loire").
  let seenCapital = afterType;
  for (let i = 0, t = toks.at(0); t; t = toks.at(++i)) {
    if (t.kind === 'capital') {
      seenCapital = true;
      end = t.end;
      // "… Communauté urbaine", "… Communauté d'agglomération": a type that ends the name.
      const type = bodyTypeLength(text, t.start);
      if (type > t.end - t.start) {
        end = t.start + type;
        while ((toks.at(i + 1)?.end ?? Number.POSITIVE_INFINITY) <= end) i++;
      }
      // "Nantes, lors du Forum": punctuation glued to a word ends the name there.
      if (/[,;:.!?)]$/.test(text.slice(t.start, t.end))) break;
      continue;
    }
    if (t.kind === 'number') {
      if (!toks.at(i + 1) && seenCapital) end = t.end;
      break;
    }
    // Intercommunal names may join two places with "et" ("Cère et Goul en Carladès").
    const joinsPlaces = groupName && t.folded === 'et' && toks.at(i + 1)?.kind === 'capital';
    if (!seenCapital || (CONNECTORS.has(t.folded) && t.kind === 'lower' && !joinsPlaces)) break;
    if (joinsPlaces) continue;
    // A body type closes a name ("Vannes agglo", "Grand Poitiers Communauté urbaine").
    const type = bodyTypeLength(text, t.start);
    if (type && t.kind === 'lower') {
      end = t.start + type;
      while ((toks.at(i + 1)?.end ?? Number.POSITIVE_INFINITY) <= end) i++;
      continue;
    }
    // A particle or lower-case word stays in the name only when a capitalised word follows within a
    // few words, none of them a connector ("Syndicat départemental d'énergies de la Dordogne").
    if (!capitalAhead(toks, i + 1)) break;
  }
  return trimPunctuation(text, pos, end);
}

const LOOKAHEAD = 3;
const PREPOSITIONS = new Set(['de', 'du', 'des', "d'", 'sur', 'en', 'aux', 'au', 'lès', 'les']);
const ARTICLE_WORDS = new Set(['le', 'la', "l'"]);
const ELIDED_CAPITAL = /^[dl]['’]\p{Lu}/u;

/**
 * Whether a capitalised word follows within a few lower-case words and is reached through a
 * preposition ("départemental d'énergies de la Dordogne", "côte d'Azur"), not through an article after
 * a verb ("avait obtenu le Prix").
 */
function capitalAhead(toks: Tokens, from: number): boolean {
  let words = 0;
  let back = from - 1;
  while (back > 0 && ARTICLE_WORDS.has((toks.at(back) as Token).folded)) back--;
  let prev = toks.at(back);
  let beforePrev = toks.at(back - 1);
  for (let i = from, t = toks.at(from); t; t = toks.at(++i)) {
    if (t.kind === 'capital') {
      // "de la Dordogne", "d'Azur", and "des congrès Robert-Schuman": a noun after a preposition names too.
      const afterPreposition = (tok: Token | undefined) => !!tok && PREPOSITIONS.has(tok.folded);
      return (
        ELIDED_CAPITAL.test(t.raw) ||
        afterPreposition(prev) ||
        (prev?.kind === 'lower' && afterPreposition(beforePrev))
      );
    }
    if (
      t.kind === 'number' ||
      (t.kind === 'lower' && CONNECTORS.has(t.folded)) ||
      /[,;:.!?)]$/.test(t.folded)
    )
      return false;
    if (t.kind === 'lower' && ++words > LOOKAHEAD) return false;
    if (!ARTICLE_WORDS.has(t.folded)) {
      beforePrev = prev;
      prev = t;
    }
  }
  return false;
}

/**
 * End of the body named at `pos`: an optional article, a body type and its name ("la Ville de
 * Brignais"), or a bare name ("Grand Lyon", "Rennes Métropole"). Returns `pos` when none starts there.
 */
export function bodyEnd(text: string, pos: number, limit: number): number {
  let p = pos + articleLength(text, pos);
  const type = bodyTypeLength(text, p);
  if (type) {
    p += type;
    // "Ville et Métropole de Brest": two body types sharing one name.
    const both = /^\s+et\s+/u.exec(text.slice(p, limit));
    const second = both ? bodyTypeLength(text, p + both[0].length) : 0;
    if (both && second) p += both[0].length + second;
    // The type may carry its own qualifiers: "Conseil départemental", "Communauté urbaine".
    const rest = /^\s+/u.exec(text.slice(p, limit));
    const group = GROUP_TYPE_AT.test(foldRange(text, p - type, p));
    const named = rest ? nameEnd(text, p + rest[0].length, limit, true, group) : p;
    return named > p + (rest?.[0].length ?? 0) ? named : p;
  }
  const end = nameEnd(text, p, limit);
  return end > p ? end : pos;
}

/** Whether `[start, end)` names a body with a type ("Ville de …", "… Métropole"). */
export function hasBodyType(text: string, start: number, end: number): boolean {
  const p = start + articleLength(text, start);
  return bodyTypeLength(text, p) > 0 || TRAILING_TYPE.test(foldRange(text, start, end));
}

/** Whether `[start, end)` is only a body type, with no name ("Ville" in "Ville et Métropole du Grand Nancy"). */
export function isBareBodyType(text: string, start: number, end: number): boolean {
  const p = start + articleLength(text, start);
  return bodyTypeLength(text, p) === end - p;
}

/**
 * Whether `[start, end)` could name a body on its own: it starts, after an optional article, with a
 * body type or a capitalised word, and not with a preposition.
 */
export function looksLikeBody(text: string, start: number, end: number): boolean {
  if (/^(?:de|du|des|d['’])(?:\s|$)/u.test(text.slice(start, end))) return false;
  const p = start + articleLength(text, start);
  return bodyTypeLength(text, p) > 0 || /^[\p{Lu}\d]/u.test(text.slice(p, end));
}

function trimPunctuation(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[,;:.!?]/.test(text[e - 1] ?? '')) e--;
  return e;
}

/**
 * The span without a locator in parentheses after a name: "Ville de Vannes (Morbihan)", "(35)". A tier
 * in parentheses is not a locator.
 */
export function withoutLocator(text: string, start: number, end: number): Span {
  const m =
    /\s*\((?!\s*(?:label|prix|niveau|troph|ruban|or\b|argent|bronze))[\p{Lu}\d@][^()]{0,40}\)\s*$/iu.exec(
      text.slice(start, end),
    );
  return { start, end: m ? start + m.index : end };
}
