import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { Laureate, Tier } from '../schema.js';
import { clean, foldRange, tighten } from '../text.js';
import { CATEGORY_LABEL, LAUREATE_SECTION_CUES, PROJECT_LABEL, SECTION_END_CUES } from '../vocabulary.js';
import { splitAwardees } from './awardees.js';
import { splitEntry } from './entry.js';
import { afterLabel } from './labels.js';
import { bodyEnd, hasBodyType } from './names.js';
import { findParenthesisedTier, matchTierMarker } from './tiers.js';

export type ListedLaureate = Omit<Laureate, 'year'>;

interface Entry {
  awardees: Span;
  project: Span[];
  tier: { tier: Tier | null; label: Span } | null;
  category: Span | null;
}

interface State {
  open: boolean;
  /** Which of tier and category came first in this list: the outer one resets the inner. */
  outer: 'tier' | 'category' | null;
  tier: { tier: Tier | null; label: Span } | null;
  category: Span | null;
  entry: Entry | null;
}

/**
 * Laureates listed under tier markers and category headings. A list opens at a tier marker or at a
 * short line announcing laureates, and closes at the boilerplate that follows it ("À propos", "Contacts")
 * or at prose. Blocks it consumed are returned so that the prose rule does not read them again.
 */
export function extractListedLaureates(
  doc: Doc,
  skip: ReadonlySet<Block> = new Set(),
): { laureates: ListedLaureate[]; consumed: Set<Block> } {
  const { text, blocks } = doc;
  const out: ListedLaureate[] = [];
  const consumed = new Set<Block>();
  const s: State = { open: false, outer: null, tier: null, category: null, entry: null };
  const flush = () => {
    if (s.entry) out.push(finish(text, s.entry));
    s.entry = null;
  };

  for (const block of blocks) {
    if (skip.has(block)) continue;
    const span = tighten(text, block.start, block.end);
    if (span.end <= span.start) continue;
    const folded = foldRange(text, span.start, span.end);

    const marker = matchTierMarker(text, span.start, span.end);
    if (marker) {
      flush();
      if (!s.open || !s.outer) s.outer = s.category ? 'category' : 'tier';
      else if (s.outer === 'tier') s.category = null;
      s.open = true;
      s.tier = { tier: marker.tier, label: marker.label };
      consumed.add(block);
      if (marker.rest) s.entry = startEntry(text, marker.rest, s);
      continue;
    }
    if (s.open && SECTION_END_CUES.test(folded)) {
      flush();
      Object.assign(s, { open: false, outer: null, tier: null, category: null });
      continue;
    }
    if (isHeading(text, block, span)) {
      // An all-caps line right under an awardee is its project ("INFOLAB"), not a category.
      if (s.open && s.entry && !s.entry.project.length) {
        s.entry.project.push(span);
        consumed.add(block);
        continue;
      }
      flush();
      if (LAUREATE_SECTION_CUES.test(folded) && !s.open) {
        s.open = true;
        s.category = null;
        continue;
      }
      s.category = span;
      if (s.open) {
        s.outer ??= 'category';
        if (s.outer === 'category') s.tier = null;
        consumed.add(block);
      }
      continue;
    }
    if (!s.open) {
      if (block.kind !== 'list-item' && LAUREATE_SECTION_CUES.test(folded) && isShort(span)) {
        s.open = true;
        s.category = null;
        continue;
      }
      // A list with no announcing line: entries that carry their own tier, or that follow a heading.
      if (!findParenthesisedTier(text, span.start, span.end) && !(s.category && isEntry(text, span))) {
        s.category = null;
        continue;
      }
      s.open = true;
    }
    if (block.kind === 'list-item') {
      flush();
      if (s.tier || s.category || hasBodyType(text, span.start, span.end)) {
        s.entry = startEntry(text, span, s);
        consumed.add(block);
      }
      continue;
    }
    // A plain line: the project of the current entry, the next entry of an unbulleted list, or prose.
    if (s.entry && !s.entry.project.length) {
      s.entry.project.push(span);
      consumed.add(block);
      continue;
    }
    if (isProse(text, span)) {
      flush();
      if (!s.tier) Object.assign(s, { open: false, category: null });
      continue;
    }
    if (s.entry && !startsEntry(text, span)) {
      s.entry.project.push(span);
    } else if (s.tier || s.category) {
      flush();
      s.entry = startEntry(text, span, s);
    } else {
      continue;
    }
    consumed.add(block);
  }
  flush();
  return { laureates: out, consumed };
}

function startEntry(text: string, span: Span, s: State): Entry {
  const split = splitEntry(text, span);
  return {
    awardees: split.awardees,
    project: split.project ? [split.project] : [],
    tier: s.tier,
    category: s.category,
  };
}

function finish(text: string, e: Entry): ListedLaureate {
  let tier = e.tier;
  let project: Span | null = e.project.length
    ? { start: (e.project[0] as Span).start, end: (e.project.at(-1) as Span).end }
    : null;
  let awardees = e.awardees;
  // "… (Label Argent)": a tier written inside the entry wins over the list's.
  for (const where of ['project', 'awardees'] as const) {
    const target = where === 'project' ? project : awardees;
    const inner = target && findParenthesisedTier(text, target.start, target.end);
    if (target && inner) {
      tier = { tier: inner.tier, label: inner.label };
      const trimmed = text.slice(inner.whole.end, target.end).trim()
        ? target
        : tighten(text, target.start, inner.whole.start, ',;:–-');
      if (where === 'project') project = trimmed;
      else awardees = trimmed;
      break;
    }
  }
  if (project) project = afterLabel(text, project, PROJECT_LABEL);
  const category = e.category && afterLabel(text, e.category, CATEGORY_LABEL, true);
  const evidence: Laureate['evidence'] = {};
  if (tier) evidence.tier = tier.label;
  if (category) evidence.category = category;
  if (project) evidence.project = project;
  const last = project ?? awardees;
  return {
    tier: tier?.tier ?? null,
    tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)).replace(/\s*:$/, '') : null,
    category: category ? clean(text.slice(category.start, category.end)).replace(/\s*:$/, '') : null,
    awardees: splitAwardees(text, awardees),
    project: project ? clean(text.slice(project.start, project.end)) : null,
    span: { start: Math.min(awardees.start, last.start), end: Math.max(awardees.end, last.end) },
    evidence,
  };
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
