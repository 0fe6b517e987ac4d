import { BODY_TYPES, type BodyTypeEntry } from '../lexicon/bodies.js';
import { ABBREVIATIONS, ARTICLES, CONNECTORS, LOOSE_WORDS } from '../lexicon/resolution.js';
import { kindOfType } from './body-types.js';
import type { BodyType, ParsedName } from './schema.js';

/** Lower case without accents, ligatures written out, "&" read "et". */
function baseFold(text: string): string {
  // Most names are plain ASCII: only their case can change.
  if (/^[\x20-\x25\x27-\x7e]*$/.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/&/g, ' et ');
}

/**
 * Folds a name to lower-case words without accents or punctuation, "St" written out: "Saint-Omer",
 * "St Omer" and "SAINT OMER" meet, and so do "Cœur" and "Coeur", "d’Azur" and "d'Azur".
 */
export function foldName(text: string): string {
  let out = '';
  for (const word of baseFold(text).split(/[^\p{L}\p{N}]+/u))
    if (word) out += `${out ? ' ' : ''}${ABBREVIATIONS[word] ?? word}`;
  return out;
}

/** The folded words, and for each whether a hyphen joins it to the next, as in "Ville-sur-Lumes". */
function foldWords(text: string): { words: string[]; hyphened: boolean[] } {
  const parts = baseFold(text).split(/([^\p{L}\p{N}]+)/u);
  const words: string[] = [];
  const hyphened: boolean[] = [];
  parts.forEach((part, i) => {
    if (i % 2 === 1) {
      if (words.length) hyphened[words.length - 1] = /^[-‐‑]$/u.test(part);
    } else if (part) {
      words.push(ABBREVIATIONS[part] ?? part);
      hyphened.push(false);
    }
  });
  return { words, hyphened };
}

/** Folded phrases, longest first, so "communauté d'agglomération" wins over "communauté". */
function phrases<T>(table: Readonly<Record<string, T>>): Array<{ words: string[]; value: T }> {
  return Object.entries(table)
    .map(([text, value]) => ({ words: foldName(text).split(' '), value }))
    .sort((a, b) => b.words.length - a.words.length);
}

/** The body types of the shared table that play a role, with the type each announces. */
function bodyTypes(role: (e: BodyTypeEntry) => boolean | undefined): Record<string, BodyType> {
  return Object.fromEntries(
    Object.entries(BODY_TYPES)
      .filter(([, e]) => role(e))
      .map(([words, e]) => [words, e.type]),
  );
}

const LEADING = phrases(bodyTypes((e) => e.leads));
// Only intercommunal names end with their type; "Anjou Numérique" is a name, not a kind of body.
const TRAILING = phrases(bodyTypes((e) => e.trails && kindOfType(e.type) === 'epci'));
const CONNECTOR_PHRASES = phrases(CONNECTORS).map((p) => ({ ...p, value: foldName(p.value) }));
const ARTICLE_WORDS = new Set(ARTICLES.map(foldName));
const LOOSE = new Set(LOOSE_WORDS.map(foldName));

function phraseAt<T extends { words: string[] }>(words: string[], at: number, table: T[]): T | undefined {
  return table.find((p) => p.words.every((w, i) => words[at + i] === w));
}

/** The body type that opens `words` at `at`, if any: a whole word, not the start of "Ville-sur-Lumes". */
function leadingTypeAt(
  { words, hyphened }: ReturnType<typeof foldWords>,
  at: number,
): { words: string[]; value: BodyType } | undefined {
  const lead = phraseAt(words, at, LEADING);
  return lead && !hyphened[at + lead.words.length - 1] ? lead : undefined;
}

/** A type that closes the name and leaves some of it: "Rennes Métropole", not "Métropole". */
function trailingType(words: string[]) {
  return TRAILING.find(
    (p) => p.words.length < words.length && phraseAt(words, words.length - p.words.length, [p]),
  );
}

export function dropLeadingArticle(words: string[]): string[] {
  return ARTICLE_WORDS.has(words[0] ?? '') ? words.slice(1) : words;
}

/** Splits folded words into a body type and the name it introduces or follows. */
function analyse(text: string) {
  const folded = foldWords(text);
  // "la Ville de Brignais", "les communes membres": an article before a body type belongs to the prose.
  const from = ARTICLE_WORDS.has(folded.words[0] ?? '') && leadingTypeAt(folded, 1) ? 1 : 0;
  const words = folded.words.slice(from);
  const lead = leadingTypeAt(folded, from);
  let type = lead?.value ?? null;
  let rest = lead ? words.slice(lead.words.length) : words;
  let article = '';
  const connector = lead && phraseAt(rest, 0, CONNECTOR_PHRASES);
  if (connector && connector.words.length < rest.length) {
    article = connector.value;
    rest = rest.slice(connector.words.length);
  }
  // Only intercommunal names end with their type; a commune may be called "…-la-Métropole".
  if (type === null || kindOfType(type) === 'epci') {
    const trail = trailingType(rest);
    if (trail) {
      rest = rest.slice(0, rest.length - trail.words.length);
      type ??= trail.value;
    }
  }
  return { words: folded.words, type, article, rest };
}

/** A parenthesis is an annotation ("(CCEL)") or a place ("Saint-Omer (62)"): the last one is a hint. */
function splitParentheses(text: string): { text: string; hint: string | null } {
  const inside = [...text.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]?.trim() ?? '');
  return { text: text.replace(/\([^()]*\)/g, ' '), hint: inside.at(-1) || null };
}

/**
 * The keys a commune is found by: its whole name, and its name without a parenthesis, which puts
 * "Castillon (Canton de Lembeye)" among the Castillons.
 */
export function communeKeys(name: string): string[] {
  const whole = foldName(name);
  return name.includes('(') ? [whole, foldName(splitParentheses(name).text)] : [whole];
}

/** Quoted subtitles ("Alpes-Provence-Verdon "Sources de lumière"") are left out of loose keys. */
function dropQuoted(text: string): string {
  return text.replace(/"[^"]*"|«[^»]*»|“[^”]*”/g, ' ');
}

/** Takes a name apart into its body type and the keys it is looked up by. */
export function parseName(name: string): ParsedName {
  const { text, hint } = splitParentheses(name);
  const { words, type, article, rest } = analyse(text);
  const loose = analyse(dropQuoted(text)).rest.filter((w) => !LOOSE.has(w));
  return {
    type,
    communeKey: [article, ...rest].filter(Boolean).join(' '),
    key: dropLeadingArticle(rest).join(' '),
    looseKey: loose.join(' '),
    fullKey: words.join(' '),
    hint,
  };
}

/**
 * "Ville et Métropole de Brest": two body types sharing one name. Returns the two names it stands for
 * ("ville de brest", "metropole de brest"), or null.
 */
export function sharedTypeNames(name: string): string[] | null {
  const folded = foldWords(splitParentheses(name).text);
  const { words } = folded;
  const first = leadingTypeAt(folded, 0);
  if (!first || words[first.words.length] !== 'et') return null;
  const second = leadingTypeAt(folded, first.words.length + 1);
  if (!second) return null;
  const rest = words.slice(first.words.length + 1 + second.words.length);
  if (rest.length === 0) return null;
  return [first, second].map((t) => [...t.words, ...rest].join(' '));
}
