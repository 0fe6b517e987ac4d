import type { Block, Doc, Span } from '../../parsers/doc.js';
import { splitEntry } from '../grammar/entry.js';
import { listItem, placeEntry } from '../grammar/lists.js';
import { bodyEnd, bodyTypeLength, hasBodyType, looksLikeBody } from '../grammar/names.js';
import { LAUREATE_SECTION_CUES, PRIZE_NAME } from '../lexicon/awards.js';
import { CATEGORY_LABEL, POPULATION_BAND, SECTION_END_CUES } from '../lexicon/sections.js';
import { placeKinds } from '../resolve/index.js';
import type { Tier } from '../schema.js';
import { foldRange, isSpace, tighten } from '../text.js';
import { announcedAward, findParenthesisedTier, matchTierMarker } from './awards.js';
import { findTables, type Table } from './tables.js';

/** A tier or prize that governs the entries after it: its value and the words that name it. */
export interface TierRef {
  tier: Tier | null;
  label: Span;
}

/**
 * What a block is in a list of laureates:
 * - `marker`: a tier marker ("LABEL OR :", "Or : Ville de X, « Y »"), with the entry after it in `rest`;
 * - `category`: a category heading inside a list;
 * - `entry`: the start of an entry (awardees, perhaps the project);
 * - `paragraph`: a paragraph that opens with its laureate ("Binic (22). La commune a …");
 * - `continuation`: more of the entry above (its project, a wrapped title);
 * - `table`: a row of a table of laureates, or its header.
 */
export type BlockRole = 'marker' | 'category' | 'entry' | 'paragraph' | 'continuation' | 'table';

export interface BlockSection {
  role: BlockRole | null;
  /** The tier and category that govern the block; a category nested under others lists them all. */
  tier: TierRef | null;
  category: Span[];
  /** For a marker or a labelled entry, the entry written on the same line after the label. */
  rest: Span | null;
}

/** An entry of a list: its first line, the section it sits in, and the lines that continue it. */
export interface ListedEntry {
  /** After a tier marker on the marker's own line, a block of its own, or a paragraph about it. */
  kind: 'marker' | 'entry' | 'paragraph';
  /** Whether it is a paragraph of running prose (not a bullet): after its awardees it describes, it names no project. */
  prose: boolean;
  first: Span;
  section: BlockSection;
  more: Span[];
}

export interface Sections {
  /** One per block of the document, in order. */
  blocks: BlockSection[];
  entries: ListedEntry[];
  tables: Table[];
}

/**
 * How deep a category sits: a theme heading or a "Thème :" item opens a category, a population band
 * ("Moins de 40 000 hab.") or a short capitalised item ("• ETAT") subdivides the one above it.
 */
const THEME = 1;
const SUBDIVISION = 100;

interface State {
  open: boolean;
  /** Which of tier and category came first in this list: the outer one resets the inner. */
  outer: 'tier' | 'category' | null;
  tier: TierRef | null;
  path: Array<{ span: Span; rank: number }>;
  /** Whether the last entry has a project yet. */
  entry: { hasProject: boolean } | null;
}

/**
 * The sections of a document: which tier marker or category heading governs each block, and what
 * role the block plays in a list of laureates. A list opens at a tier marker or at a short line
 * announcing laureates, and closes at the boilerplate that follows it ("À propos", "Contacts") or at
 * prose. Tables are found first; their blocks play no other role.
 */
export function findSections(doc: Doc): Sections {
  const { text, blocks } = doc;
  const tables = findTables(doc);
  const inTable = new Set(tables.flatMap((t) => [t.header, ...t.rows]));
  const s: State = { open: false, outer: null, tier: null, path: [], entry: null };
  const mark = (role: BlockRole | null, rest: Span | null = null): BlockSection => ({
    role,
    tier: s.tier,
    category: s.path.map((p) => p.span),
    rest,
  });
  const setCategory = (span: Span, rank: number) => {
    s.path = [...s.path.filter((p) => p.rank < rank), { span, rank }];
  };
  const close = () => Object.assign(s, { open: false, outer: null, tier: null, path: [], entry: null });
  const openWithTier = (tier: TierRef) => {
    if (!s.open || !s.outer) s.outer = s.path.length ? 'category' : 'tier';
    else if (s.outer === 'tier') s.path = [];
    s.open = true;
    s.tier = tier;
  };

  const out = blocks.map((block, i): BlockSection => {
    if (inTable.has(i)) return mark('table');
    const span = tighten(text, block.start, block.end);
    if (span.end <= span.start) return mark(null);
    const folded = foldRange(text, span.start, span.end);

    const marker = matchTierMarker(text, span.start, span.end);
    // "Or : il faut candidater…" is prose: what follows a marker on its line does not start in lower case.
    if (marker && !/^\p{Ll}/u.test(text.slice(marker.rest?.start ?? 0, marker.rest?.end ?? 0))) {
      openWithTier({ tier: marker.tier, label: marker.label });
      s.entry = marker.rest ? { hasProject: splitEntry(text, marker.rest).project !== null } : null;
      return mark('marker', marker.rest);
    }
    if (s.open && SECTION_END_CUES.test(folded)) {
      close();
      return mark(null);
    }
    // "EN 2016, 8 FLEURS D'OR", "MONTÉE DE 3 A 4 FLEURS", "62 villes de niveau 1 :": a heading or a short
    // announcing line that names a tier or a level governs the list under it as a marker would.
    const award = announcesAward(text, block, span);
    if (award) {
      openWithTier(award);
      s.entry = null;
      return mark('marker');
    }
    // "Catégorie Mobilité - Ville de Nantes : Nantes à vélo": the category, then its laureate.
    const categorised = categorisedEntry(text, span);
    if (categorised) {
      setCategory(categorised.category, THEME);
      s.open = true;
      s.outer ??= 'category';
      s.entry = { hasProject: splitEntry(text, categorised.entry).project !== null };
      return mark('entry', categorised.entry);
    }
    const band = isBand(text, block, span);
    if (isHeading(text, block, span) || band) {
      // An all-caps line right under an awardee is its project ("INFOLAB"), not a category.
      if (s.open && s.entry && !s.entry.hasProject && !band) {
        s.entry.hasProject = true;
        return mark('continuation');
      }
      s.entry = null;
      if (LAUREATE_SECTION_CUES.test(folded) && !s.open) {
        s.open = true;
        s.path = [];
        return mark(null);
      }
      // "Guadeloupe", "BRETAGNE": a région or département over a list groups places, it is no category.
      if (isPlace(text, span)) return mark(null);
      // Inside a list, a Markdown or HTML heading nests under a shallower one ("Prix …" > "État");
      // outside one, a heading starts the outline afresh.
      if (!band && !s.open) s.path = [];
      setCategory(span, band ? SUBDIVISION : (block.depth ?? THEME));
      if (!s.open) return mark(null);
      s.outer ??= 'category';
      if (s.outer === 'category') s.tier = null;
      return mark('category');
    }
    if (!s.open) {
      if (block.kind !== 'list-item' && LAUREATE_SECTION_CUES.test(folded) && isShort(span)) {
        s.open = true;
        s.path = [];
        return mark(null);
      }
      // Under a heading, a paragraph that opens with its laureate: "Binic (22). La commune a …".
      if (s.path.length && opensWithPlace(text, span)) return mark('paragraph');
      // Under a heading, "Mérignac (33) et Niort (79) : @@@@@" lists its laureates.
      if (s.path.length && block.kind !== 'list-item' && placeEntry(text, span)) {
        s.open = true;
        return mark('entry');
      }
      // A list with no announcing line: entries that carry their own tier, or that follow a heading.
      if (!findParenthesisedTier(text, span.start, span.end) && !(s.path.length && isEntry(text, span))) {
        // The block under a heading still sits in its section; the blocks after it do not.
        const section = mark(null);
        s.path = [];
        return section;
      }
      s.open = true;
    }
    // Inside a list, "Prix achat exemplaire", "Espace public - habitat :" and "• ETAT" name categories.
    const theme = themeOf(text, block, span);
    if (theme) {
      s.entry = null;
      setCategory(theme.span, theme.rank);
      s.outer ??= 'category';
      return mark('category');
    }
    if (opensWithPlace(text, span)) {
      s.entry = null;
      return mark('paragraph');
    }
    // "- Catégorie – de 40 000 habitants : la communauté de communes … s'est vu attribuer le prix …":
    // the category, then a laureate told in a sentence, which the prose rules read.
    const labelled = labelledCategory(text, span);
    if (labelled) {
      s.entry = null;
      setCategory(labelled, SUBDIVISION);
      return mark(null);
    }
    if (block.kind === 'list-item') {
      s.entry = null;
      const entry =
        s.tier || s.path.length || hasBodyType(text, span.start, span.end) || listItem(text, span);
      if (!entry) return mark(null);
      // Places alone ("Caudan (Morbihan)", "Bretagne : Dinan (22), Pontivy (56)") take no project line.
      s.entry =
        placeEntry(text, span) !== null ? null : { hasProject: splitEntry(text, span).project !== null };
      return mark('entry');
    }
    // "Bordeaux Métropole : recours au décret achat innovant afin de …": bodies, then their description.
    if (isProse(text, span) && (s.tier || s.path.length) && namesBodiesFirst(text, span)) {
      s.entry = { hasProject: true };
      return mark('entry');
    }
    // Running prose belongs to the section it is in, but is not part of an entry.
    if (isProse(text, span)) {
      const section = mark(null);
      s.entry = null;
      if (!s.tier) Object.assign(s, { open: false, path: [] });
      return section;
    }
    // "Martinique" between two lists of its communes groups them: it is no project.
    if (isPlace(text, span)) {
      s.entry = null;
      return mark(null);
    }
    // A plain line: the project of the current entry, the next entry of an unbulleted list, or prose.
    if (s.entry && !s.entry.hasProject) {
      s.entry.hasProject = true;
      return mark('continuation');
    }
    if (s.entry && !startsEntry(text, span)) return mark('continuation');
    // "Le label est attribué pour deux ans." names no body: an entry opens with one.
    if ((!s.tier && !s.path.length) || !looksLikeBody(text, span.start, span.end)) return mark(null);
    s.entry = { hasProject: splitEntry(text, span).project !== null };
    return mark('entry');
  });
  return { blocks: out, entries: entriesOf(doc, out), tables };
}

/** Entries with the `continuation` blocks after them; blank blocks do not end an entry. */
function entriesOf(doc: Doc, sections: BlockSection[]): ListedEntry[] {
  const out: ListedEntry[] = [];
  let current: ListedEntry | null = null;
  sections.forEach((section, i) => {
    const block = doc.blocks[i] as Block;
    const span = tighten(doc.text, block.start, block.end);
    if (span.end <= span.start) return;
    if (current && section.role === 'continuation') {
      current.more.push(span);
      return;
    }
    current = null;
    const prose = block.kind !== 'list-item' && isProse(doc.text, span);
    if (section.role === 'marker' && section.rest)
      current = { kind: 'marker', prose, first: section.rest, section, more: [] };
    // A line of punctuation alone (":" under "LABEL OR") names no one.
    const named = /[\p{L}\p{N}]/u.test(doc.text.slice(span.start, span.end));
    if ((section.role === 'entry' || section.role === 'paragraph') && named)
      current = { kind: section.role, prose, first: section.rest ?? span, section, more: [] };
    if (current) out.push(current);
  });
  return out;
}

function isHeading(text: string, block: Block, span: Span): boolean {
  if (block.kind === 'heading') return true;
  // "Catégorie « Grandes collectivités »" on a line of its own names a category in any case.
  if (
    block.kind !== 'list-item' &&
    isShort(span) &&
    CATEGORY_LABEL.test(foldRange(text, span.start, span.end))
  )
    return true;
  // "Intercommunalités": a kind of body alone on its line heads the bodies of that kind.
  const bare = tighten(text, span.start, span.end, ':');
  if (
    block.kind !== 'list-item' &&
    isShort(span) &&
    bodyTypeLength(text, bare.start) === bare.end - bare.start
  )
    return true;
  // Plain text marks categories in capitals; Markdown may too, inside an ordinary paragraph.
  const line = text.slice(span.start, span.end);
  // The letters are counted last: prose has a lower-case letter early, and long blocks many letters.
  return block.kind !== 'list-item' && !/\p{Ll}/u.test(line) && (line.match(/\p{L}/gu)?.length ?? 0) >= 3;
}

/** A heading, or a short line ending with a colon, that names a tier or a level. */
function announcesAward(text: string, block: Block, span: Span): TierRef | null {
  const line = text.slice(span.start, span.end);
  const announcing = block.kind !== 'list-item' && isShort(span) && /:\s*$/.test(line);
  if (!isHeading(text, block, span) && !announcing) return null;
  return announcedAward(text, span.start, span.end);
}

/** "Moins de 40 000 hab.", "Catégorie communes de 2 501 à 20 000 habitants": a population band. */
function isBand(text: string, block: Block, span: Span): boolean {
  if (block.kind === 'list-item' || !isShort(span)) return false;
  const folded = foldRange(text, span.start, span.end).replace(CATEGORY_LABEL, '');
  return POPULATION_BAND.test(folded);
}

/**
 * What names a category inside a list: a prize's own name on a line ("Prix achat exemplaire"), a
 * short item that ends with a colon ("Espace public - habitat :"), or a short item in capitals ("ETAT").
 */
function themeOf(text: string, block: Block, span: Span): { span: Span; rank: number } | null {
  const line = text.slice(span.start, span.end);
  const folded = foldRange(text, span.start, span.end);
  if (!isShort(span) || /[.!?«»"]/u.test(line)) return null;
  if (block.kind !== 'list-item' && PRIZE_NAME.test(folded)) return { span, rank: THEME };
  if (block.kind !== 'list-item') return null;
  if (/:\s*$/.test(line) && !hasBodyType(text, span.start, span.end))
    return { span: tighten(text, span.start, span.end, ':'), rank: THEME };
  const letters = line.match(/\p{L}/gu) ?? [];
  if (letters.length >= 3 && !/\p{Ll}/u.test(line) && line.split(/\s+/).length <= 3)
    return { span, rank: SUBDIVISION };
  return null;
}

/** "Catégorie Mobilité - Ville de Nantes : …": a category, a dash, then an entry that opens with a body. */
function categorisedEntry(text: string, span: Span): { category: Span; entry: Span } | null {
  const m = /^(categorie\s+)(.{1,60}?)\s+[-–—]\s+(?=\S)/u.exec(foldRange(text, span.start, span.end));
  if (!m?.[1] || !m[2]) return null;
  const entry = { start: span.start + m[0].length, end: span.end };
  if (!hasBodyType(text, entry.start, bodyEnd(text, entry.start, entry.end))) return null;
  const start = span.start + m[1].length;
  return { category: { start, end: start + m[2].length }, entry };
}

/** "Catégorie + de 40 000 habitants: <a sentence>": the category's words, when a sentence follows. */
function labelledCategory(text: string, span: Span): Span | null {
  const m = /^(categorie\s+)([^:]{1,60}?)\s*:\s+\S/u.exec(foldRange(text, span.start, span.end));
  if (!m?.[1] || !m[2] || span.end - span.start <= 80) return null;
  return { start: span.start + m[1].length, end: span.start + m[1].length + m[2].length };
}

/** Whether the words are exactly a région or a département. */
function isPlace(text: string, span: Span): boolean {
  const kinds = placeKinds(text.slice(span.start, span.end));
  return kinds.includes('region') || kinds.includes('departement');
}

/** "Binic (22). La commune a …", "Chambéry (73). En dépit …": a place and its locator, then a period. */
function opensWithPlace(text: string, span: Span): boolean {
  const m = /^([^.()]{2,60}?\s*\([^()]{1,40}\))\.\s+\S/u.exec(text.slice(span.start, span.end));
  return !!m?.[1] && listItem(text, { start: span.start, end: span.start + m[1].length }) !== null;
}

function isShort(span: Span): boolean {
  return span.end - span.start <= 80;
}

/** Running prose: a long line with a sentence break, or that ends a sentence. */
function isProse(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  // A sentence of eight words or more, in any case: "La ville de Sélestat a reçu le prix pour …".
  if (/\.$/.test(t) && atLeastWords(t, 8)) return true;
  return t.length > 100 && (/[.!?]\s+\p{Lu}/u.test(t) || /\.$/.test(t));
}

/** Whether `t.split(/\s+/)` has `n` pieces or more, counted without splitting a long paragraph. */
function atLeastWords(t: string, n: number): boolean {
  let pieces = 1;
  for (let i = 0, inSpace = false; i < t.length && pieces < n; i++) {
    const space = isSpace(t.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces >= n;
}

/** Whether a line is a whole entry: bodies with a type, then a project after a marker. */
function isEntry(text: string, span: Span): boolean {
  const split = splitEntry(text, span);
  return split.project !== null && hasBodyType(text, split.awardees.start, split.awardees.end);
}

/** Whether a line opens with typed bodies and a colon, then says more. */
function namesBodiesFirst(text: string, span: Span): boolean {
  const split = splitEntry(text, span);
  return (
    split.project !== null &&
    text.slice(split.awardees.end, split.project.start).includes(':') &&
    hasBodyType(text, split.awardees.start, split.awardees.end)
  );
}

/** Whether a plain line starts a new entry rather than continuing a project: it opens with a typed body. */
function startsEntry(text: string, span: Span): boolean {
  const end = bodyEnd(text, span.start, span.end);
  return end > span.start && hasBodyType(text, span.start, end);
}
