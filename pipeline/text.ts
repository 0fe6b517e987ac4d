import type { Span } from '../parsers/doc.js';

const foldCache = new Map<string, string>();

/** Lower case, no diacritics, typographic apostrophes as `'`, no-break spaces as spaces: one char per char. */
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const base = c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    f = /[’‘ʼ`´]/.test(c) ? "'" : /[\u00a0\u202f\u2007]/.test(c) ? ' ' : base.length === 1 ? base : c;
    foldCache.set(c, f);
  }
  return f;
}

/** Folds text for matching; the result has the same length, so match indices are Doc offsets. */
export function fold(text: string): string {
  // Only these can change: an ASCII capital, the backtick, a character of the BMP beyond ASCII.
  // Surrogates (an astral character, or one half alone) are kept; lower-case ASCII, most of French,
  // is copied in runs.
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c < 65 || c > 90) && c !== 96 : c >= 0xd800 && c <= 0xdfff) continue;
    const f = c <= 90 ? String.fromCharCode(c + 32) : foldChar(text[i] as string);
    if (f === text[i]) continue;
    out += text.slice(from, i) + f;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * `make(text)`, computed once for the last document asked about: extractors read the same document
 * through many small calls that only get its text, and recomputing per call made them quadratic.
 */
export function perDocument<T>(make: (text: string) => T): (text: string) => T {
  let last: { text: string; value: T } | null = null;
  return (text) => {
    if (last?.text !== text) last = { text, value: make(text) };
    return last.value;
  };
}

/**
 * `fold(text.slice(start, end))`, from a folded copy of the whole text made once: extractors fold
 * ranges of the same document many times over.
 */
export function foldRange(text: string, start: number, end: number): string {
  return foldedText(text).slice(start, end);
}

/** `fold(text)`, cached for the last document. */
export const foldedText: (text: string) => string = perDocument(fold);

/**
 * A copy of `s` that shares no storage with the text it was sliced from. V8 keeps a slice of 13 or
 * more characters as a view on its whole source, so a cache key kept across documents would keep
 * each document's text alive: ~6 KB a key, up to a whole cache's worth of documents. Flattening a
 * concatenation copies the characters.
 */
export function detached(s: string): string {
  return ` ${s}`.slice(1);
}

/** Whether a UTF-16 code unit is white space as `\s` has it (Unicode White_Space, line ends, BOM). */
export function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Where a word may start in `text`: a non-space character after none of A–Z, a–z, 0–9. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  let afterAlnum = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!afterAlnum && (alnum || (c !== 32 && (c < 9 || c > 13)))) out.push(i);
    afterAlnum = alnum;
  }
  return out;
}

/**
 * Where a word of letters starts in `text.slice(start, end)`, with indices into `text`: a letter
 * (`\p{L}`) at `start` or after white space, a comma, an apostrophe or "(" — the matches of
 * `/(?<=^|[\s,'’(])\p{L}/gu` in the slice, read from code units.
 */
export function letterWordStarts(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    if (i > start) {
      const p = text.charCodeAt(i - 1);
      if (!(isSpace(p) || p === 44 || p === 39 || p === 0x2019 || p === 40)) continue;
    }
    const c = text.charCodeAt(i);
    if (c < 0x80 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : isLetter(text, i, end)) out.push(i);
  }
  return out;
}

const LETTER = /^\p{L}$/u;

/** Whether the code point at `i`, within `end`, is a letter; an astral pair cut by `end` is none. */
function isLetter(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < end;
  return LETTER.test(text.slice(i, pair ? i + 2 : i + 1));
}

const stickyCopies = new WeakMap<RegExp, RegExp>();

/**
 * `[...text.matchAll(re)]` for a global `re` that can only match where a word starts (it opens with
 * `\b` before a letter or with `(?<![\p{L}\d])`, and no match starts with a space): a sticky copy is
 * tried at those positions only, which saves trying its alternation at every character.
 */
export function matchesAtWords(re: RegExp, text: string, starts = wordStarts(text)): RegExpExecArray[] {
  let sticky = stickyCopies.get(re);
  if (!sticky) {
    sticky = new RegExp(re.source, `${re.flags.replace('g', '')}y`);
    stickyCopies.set(re, sticky);
  }
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + m[0].length;
  }
  return out;
}

/**
 * `[...text.matchAll(re)]` for a global `re`, without the new RegExp that matchAll makes from `re` at
 * every call: in extraction those copies of the lexicon's long alternations cost more than the
 * matching (V8 may compile a copy anew).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global RegExp: ${re}`);
  const out: RegExpExecArray[] = [];
  const before = re.lastIndex;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // As matchAll: past an empty match by one character (a whole code point in Unicode mode).
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  re.lastIndex = before;
  return out;
}

/** Matches of a global `re` in `text.slice(start, end)`, with indices into `text`. */
export function matchesIn(re: RegExp, text: string, start: number, end: number): RegExpExecArray[] {
  return allMatches(re, text.slice(start, end)).map((m) => Object.assign(m, { index: m.index + start }));
}

const UNCLEAN = /[^\S ]| {2}|^ | $/;

/**
 * The value a slice of evidence stands for: wraps repaired (a hyphen at a line end joins the next
 * word and is kept, as in "mon-\ncompte.bzh"), white space collapsed, ends trimmed.
 */
export function clean(evidence: string): string {
  // Most evidence is already clean: single spaces inside, none at the ends.
  if (!UNCLEAN.test(evidence)) return evidence;
  return evidence
    .replace(/(\p{L})-[ \t]*\n\s*(?=\p{Ll})/gu, '$1-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shrinks `[start, end)` so that it neither starts nor ends with white space or the given characters. */
export function tighten(text: string, start: number, end: number, strip = ''): Span {
  const skip = (i: number) => {
    const c = text[i];
    return c !== undefined && (isSpace(c.charCodeAt(0)) || strip.includes(c));
  };
  let s = start;
  let e = end;
  while (s < e && skip(s)) s++;
  while (e > s && skip(e - 1)) e--;
  return { start: s, end: e };
}

const SENTENCE_END = /[.!?…](?=\s+[\p{Lu}«"“\d])/gu;

/** Sentences of `[start, end)`: split after . ! ? followed by white space and a capital or an opening quote. */
export function sentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let from = start;
  for (const m of matchesIn(SENTENCE_END, text, start, end)) {
    // "M. Dupont", "St. Malo": a single capital before the dot is an initial, not a sentence end.
    if (/(^|\s)\p{Lu}$/u.test(text.slice(Math.max(from, m.index - 2), m.index))) continue;
    out.push(tighten(text, from, m.index + 1));
    from = m.index + 1;
  }
  out.push(tighten(text, from, end));
  return out.filter((s) => s.end > s.start);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation that matches any of the (folded) words, longest first. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words.map((w) => fold(w)))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}
