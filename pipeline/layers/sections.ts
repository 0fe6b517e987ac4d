import type { Block, Doc, Span } from '../../parsers/doc.js';
import { splitEntry } from '../grammar/entry.js';
import { bodyEnd, hasBodyType } from '../grammar/names.js';
import { LAUREATE_SECTION_CUES } from '../lexicon/awards.js';
import { CATEGORY_LABEL, SECTION_END_CUES } from '../lexicon/sections.js';
import type { Tier } from '../schema.js';
import { foldRange, tighten } from '../text.js';
import { findParenthesisedTier, matchTierMarker } from './awards.js';
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
 * - `continuation`: more of the entry above (its project, a wrapped title);
 * - `table`: a row of a table of laureates, or its header.
 */
export type BlockRole = 'marker' | 'category' | 'entry' | 'continuation' | 'table';

export interface BlockSection {
  role: BlockRole | null;
  /** The tier and category that govern the block. */
  tier: TierRef | null;
  category: Span | null;
  /** For a marker, the entry written on the same line. */
  rest: Span | null;
}

/** An entry of a list: its first line, the section it sits in, and the lines that continue it. */
export interface ListedEntry {
  /** Whether it follows a tier marker on the marker's own line, or starts a block of its own. */
  kind: 'marker' | 'entry';
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

interface State {
  open: boolean;
  /** Which of tier and category came first in this list: the outer one resets the inner. */
  outer: 'tier' | 'category' | null;
  tier: TierRef | null;
  category: Span | null;
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
  const s: State = { open: false, outer: null, tier: null, category: null, entry: null };
  const mark = (role: BlockRole | null, rest: Span | null = null): BlockSection => ({
    role,
    tier: s.tier,
    category: s.category,
    rest,
  });

  const out = blocks.map((block, i): BlockSection => {
    if (inTable.has(i)) return mark('table');
    const span = tighten(text, block.start, block.end);
    if (span.end <= span.start) return mark(null);
    const folded = foldRange(text, span.start, span.end);

    const marker = matchTierMarker(text, span.start, span.end);
    // "Or : il faut candidater…" is prose: what follows a marker on its line does not start in lower case.
    if (marker && !/^\p{Ll}/u.test(text.slice(marker.rest?.start ?? 0, marker.rest?.end ?? 0))) {
      if (!s.open || !s.outer) s.outer = s.category ? 'category' : 'tier';
      else if (s.outer === 'tier') s.category = null;
      s.open = true;
      s.tier = { tier: marker.tier, label: marker.label };
      s.entry = marker.rest ? { hasProject: splitEntry(text, marker.rest).project !== null } : null;
      return mark('marker', marker.rest);
    }
    if (s.open && SECTION_END_CUES.test(folded)) {
      Object.assign(s, { open: false, outer: null, tier: null, category: null, entry: null });
      return mark(null);
    }
    if (isHeading(text, block, span)) {
      // An all-caps line right under an awardee is its project ("INFOLAB"), not a category.
      if (s.open && s.entry && !s.entry.hasProject) {
        s.entry.hasProject = true;
        return mark('continuation');
      }
      s.entry = null;
      if (LAUREATE_SECTION_CUES.test(folded) && !s.open) {
        s.open = true;
        s.category = null;
        return mark(null);
      }
      s.category = span;
      if (!s.open) return mark(null);
      s.outer ??= 'category';
      if (s.outer === 'category') s.tier = null;
      return mark('category');
    }
    if (!s.open) {
      if (block.kind !== 'list-item' && LAUREATE_SECTION_CUES.test(folded) && isShort(span)) {
        s.open = true;
        s.category = null;
        return mark(null);
      }
      // A list with no announcing line: entries that carry their own tier, or that follow a heading.
      if (!findParenthesisedTier(text, span.start, span.end) && !(s.category && isEntry(text, span))) {
        s.category = null;
        return mark(null);
      }
      s.open = true;
    }
    if (block.kind === 'list-item') {
      s.entry = null;
      if (!s.tier && !s.category && !hasBodyType(text, span.start, span.end)) return mark(null);
      s.entry = { hasProject: splitEntry(text, span).project !== null };
      return mark('entry');
    }
    // A plain line: the project of the current entry, the next entry of an unbulleted list, or prose.
    if (s.entry && !s.entry.hasProject) {
      s.entry.hasProject = true;
      return mark('continuation');
    }
    if (isProse(text, span)) {
      s.entry = null;
      if (!s.tier) Object.assign(s, { open: false, category: null });
      return mark(null);
    }
    if (s.entry && !startsEntry(text, span)) return mark('continuation');
    if (!s.tier && !s.category) return mark(null);
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
    if (section.role === 'marker' && section.rest)
      current = { kind: 'marker', first: section.rest, section, more: [] };
    // A line of punctuation alone (":" under "LABEL OR") names no one.
    if (section.role === 'entry' && /[\p{L}\p{N}]/u.test(doc.text.slice(span.start, span.end)))
      current = { kind: 'entry', first: span, section, more: [] };
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
  // Plain text marks categories in capitals; Markdown may too, inside an ordinary paragraph.
  const letters = text.slice(span.start, span.end).match(/\p{L}/gu) ?? [];
  return (
    block.kind !== 'list-item' && letters.length >= 3 && !/\p{Ll}/u.test(text.slice(span.start, span.end))
  );
}

function isShort(span: Span): boolean {
  return span.end - span.start <= 80;
}

/** Running prose: a long line with a sentence break, or that ends a sentence. */
function isProse(text: string, span: Span): boolean {
  const t = text.slice(span.start, span.end);
  return t.length > 100 && (/[.!?]\s+\p{Lu}/u.test(t) || /\.$/.test(t));
}

/** Whether a line is a whole entry: bodies with a type, then a project after a marker. */
function isEntry(text: string, span: Span): boolean {
  const split = splitEntry(text, span);
  return split.project !== null && hasBodyType(text, split.awardees.start, split.awardees.end);
}

/** Whether a plain line starts a new entry rather than continuing a project: it opens with a typed body. */
function startsEntry(text: string, span: Span): boolean {
  const end = bodyEnd(text, span.start, span.end);
  return end > span.start && hasBodyType(text, span.start, end);
}
