import type { Span } from '../../parsers/doc.js';
import { awardOf, findAwards } from '../layers/awards.js';
import { placeKinds } from '../resolve/index.js';
import type { Tier } from '../schema.js';
import { perDocument, tighten } from '../text.js';
import { articleLength, bodyEnd, bodyTypeLength, hasBodyType, isBareBodyType, nameEnd } from './names.js';

/** One body of a list: its name as it should be reported, and the locator written after it, if any. */
export interface ListItem {
  name: Span;
  locator: Span | null;
  /**
   * Why it is taken for a body: a body type, the gazetteer, a locator after a name, or only its
   * capitals (accepted when most of its list has better evidence).
   */
  evidence: 'typed' | 'known' | 'located' | 'named';
  /** An award written in the locator's place: "Lyon (label d'or)", "Les Abymes (@@@@)". */
  award?: { tier: Tier | null; label: Span } | undefined;
}

/** Separators of a list: commas, semicolons, "et", "ou", "ou encore", "ainsi que", and an "à" repeated after them. */
const SEPARATOR =
  /\s*[,;]\s*(?:(?:et|ou(?:\s+encore)?|ainsi\s+que)\s+)?(?:(?:à|aux|au)\s+)?|\s+(?:et|ou(?:\s+encore)?|ainsi\s+que)\s+(?:(?:à|aux|au)\s+)?/iuy;
/** A locator in parentheses: "(80)", "(Charente-Maritime)", "(Ain, 41 000 habitants)", "(@@@)". */
const PARENTHESIS = /\s*\([^()]{1,60}\)\s*$/u;
/** A place after the name: "Saint-Leu à La Réunion", "Bora Bora en Polynésie française". */
const PLACE_AFTER = /\s+(?:à|a|en|dans\s+(?:le|la|les|l['’]))\s*(?=\p{Lu})[^,;()]{2,40}$/u;

/**
 * A list made only of bodies and places, or null: every item is a typed body ("la communauté de
 * communes de Parthenay-Gâtine"), a place the gazetteer knows ("Taissy", "le Kremlin-Bicêtre"), or a
 * name with a locator ("Levallois (Hauts-de-Seine)"). Items joined by "et" stay one where the joined
 * name is a place ("Braud et Saint Louis").
 */
export function placeList(text: string, span: Span): ListItem[] | null {
  const whole = tighten(text, span.start, span.end, '.;,…');
  const parts = splitTopLevel(text, whole);
  const items: ListItem[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Span;
    // "Braud et Saint Louis (33)": a place whose name holds a separator.
    const next = parts[i + 1];
    if (next && /^\s+et\s+$/u.test(text.slice(part.end, next.start))) {
      const joined = listItem(text, { start: part.start, end: next.end });
      if (joined?.evidence === 'known') {
        items.push(joined);
        i++;
        continue;
      }
    }
    const item = listItem(text, part) ?? properName(text, part);
    if (!item) return null;
    items.push(item);
  }
  // A proper name the gazetteer does not know ("Grand-Quevilly" for Le Grand-Quevilly) is taken on
  // the word of the others: two thirds of the list must be bodies or places on their own evidence.
  const vouched = items.filter((i) => i.evidence !== 'named').length;
  return items.length && vouched * 3 >= items.length * 2 ? items : null;
}

/** A capitalised name without other evidence, kept only if the rest of its list vouches for it. */
function properName(text: string, part: Span): ListItem | null {
  const start = part.start + articleLength(text, part.start);
  if (!/^\p{Lu}/u.test(text.slice(start, start + 1)) || nameEnd(text, start, part.end) !== part.end)
    return null;
  return { name: { start, end: part.end }, locator: null, evidence: 'named' };
}

/** The parts of `span` between separators, outside parentheses. */
function splitTopLevel(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  let depth = 0;
  const slice = text.slice(span.start, span.end);
  for (let i = 0; i < slice.length; i++) {
    const c = slice[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    SEPARATOR.lastIndex = i;
    const m = SEPARATOR.exec(slice);
    if (!m?.[0]) continue;
    out.push(tighten(text, from, span.start + i));
    from = span.start + i + m[0].length;
    i += m[0].length - 1;
  }
  out.push(tighten(text, from, span.end));
  return out.filter((p) => p.end > p.start);
}

/** One item of a list, or null when it does not name a body or a place. */
export function listItem(text: string, part: Span): ListItem | null {
  const item = bareItem(text, part);
  if (!item?.locator) return item;
  const award = awardOf(findAwards(text, item.locator.start, item.locator.end));
  return award ? { ...item, award } : item;
}

function bareItem(text: string, part: Span): ListItem | null {
  let name = part;
  let locator: Span | null = null;
  const paren = PARENTHESIS.exec(text.slice(name.start, name.end));
  if (paren) {
    locator = tighten(text, name.start + paren.index, name.end);
    name = tighten(text, name.start, name.start + paren.index);
  } else {
    const after = PLACE_AFTER.exec(text.slice(name.start, name.end));
    const place = after ? name.end - after[0].length + after[0].search(/\p{Lu}/u) : name.end;
    if (after && placeKinds(text.slice(place, name.end)).length) {
      locator = tighten(text, name.start + after.index, name.end);
      name = tighten(text, name.start, name.start + after.index);
    }
  }
  if (name.end <= name.start || /[«»"“”:!?]/u.test(text.slice(name.start, name.end))) return null;
  const article = articleLength(text, name.start);
  // "la communauté de communes de Parthenay-Gâtine": a typed body, without the article of the prose.
  if (bodyTypeLength(text, name.start + article)) {
    const typed = { start: name.start + article, end: name.end };
    const end = bodyEnd(text, typed.start, typed.end);
    return end === typed.end &&
      hasBodyType(text, typed.start, typed.end) &&
      !isBareBodyType(text, typed.start, typed.end)
      ? { name: typed, locator, evidence: 'typed' }
      : null;
  }
  // "Rennes Métropole", "Brest métropole": a name closed by its type.
  if (hasBodyType(text, name.start, name.end) && bodyEnd(text, name.start, name.end) === name.end)
    return { name, locator, evidence: 'typed' };
  const written = text.slice(name.start, name.end);
  if (placeKinds(written).length) return { name, locator, evidence: 'known' };
  const bare = { start: name.start + article, end: name.end };
  if (article && placeKinds(text.slice(bare.start, bare.end)).length)
    return { name: bare, locator, evidence: 'known' };
  // An unknown name counts only with a locator, and only if it is a proper name throughout.
  if (locator && nameEnd(text, bare.start, bare.end) === bare.end && /^\p{Lu}/u.test(text.slice(bare.start)))
    return { name: bare, locator, evidence: 'located' };
  return null;
}

/**
 * An entry made of places only: "Bretagne : Dinan (22), Pontivy (56)" (places grouped under a
 * région's name), "Mérignac (33) et Niort (79) : @@@@@" (places, then the level they reached), or a
 * list of places alone. Typed bodies ("Ville de Rennes : …") make an awardee and its project instead.
 */
export function placeEntry(text: string, span: Span): PlaceEntry | null {
  // Sections and rules ask about the same blocks: each is read once per document.
  const known = placeEntries(text);
  const key = `${span.start}:${span.end}`;
  let entry = known.get(key);
  if (entry === undefined) {
    entry = readPlaceEntry(text, span);
    known.set(key, entry);
  }
  // A copy: its spans may travel into a record, where refiners add to them.
  return entry && structuredClone(entry);
}

export interface PlaceEntry {
  items: ListItem[];
  award: { tier: Tier | null; label: Span } | null;
}

const placeEntries = perDocument(() => new Map<string, PlaceEntry | null>());

function readPlaceEntry(text: string, span: Span): PlaceEntry | null {
  const colon = text.indexOf(':', span.start);
  const bare = (items: ListItem[] | null) => (items?.every((i) => i.evidence !== 'typed') ? items : null);
  if (colon <= span.start || colon >= span.end) {
    const items = bare(placeList(text, span));
    return items ? { items, award: null } : null;
  }
  const left = tighten(text, span.start, colon);
  const right = tighten(text, colon + 1, span.end);
  const awards = findAwards(text, right.start, right.end);
  const award = awardOf(awards);
  // "… : @@@@@", "… : 4 fleurs": the right side is only the level.
  if (
    award &&
    awards.length === 1 &&
    awards[0]?.span.start === right.start &&
    awards[0].span.end === right.end
  ) {
    const items = bare(placeList(text, left));
    if (items) return { items, award };
  }
  if (nameEnd(text, left.start, left.end) !== left.end) return null;
  const items = bare(placeList(text, right));
  return items ? { items, award: null } : null;
}
