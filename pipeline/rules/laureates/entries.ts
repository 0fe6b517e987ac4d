import type { Span } from '../../../parsers/doc.js';
import { splitAwardees } from '../../grammar/awardees.js';
import { splitEntry } from '../../grammar/entry.js';
import { afterLabel, categoryOf } from '../../grammar/labels.js';
import { findLevel, findParenthesisedTier } from '../../layers/awards.js';
import type { ListedEntry, TierRef } from '../../layers/sections.js';
import { PROJECT_LABEL } from '../../lexicon/sections.js';
import type { Laureate } from '../../schema.js';
import { clean, tighten } from '../../text.js';
import type { LaureateCandidate } from '../types.js';

/** An entry to a laureate: awardees and project from its line, the tier and category of its section. */
export function entryLaureate(text: string, entry: ListedEntry, rule: string): LaureateCandidate {
  const split = splitEntry(text, entry.first);
  const spans = [...(split.project ? [split.project] : []), ...entry.more];
  let tier: TierRef | null = entry.section.tier;
  let project: Span | null = spans.length
    ? { start: (spans[0] as Span).start, end: (spans.at(-1) as Span).end }
    : null;
  let awardees = split.awardees;
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
  // "Les Abymes (@@@@)", "Caudan (3 fleurs)": a level after the name is the entry's own.
  tier ??= levelAfter(text, awardees);
  if (project) project = afterLabel(text, project, PROJECT_LABEL);
  // "« Achats responsables 2030 », un schéma qui …": a title quoted first, then what it is.
  const quoted =
    project && /^[«"“][^»"”]{1,150}[»"”](?=\s*[,–—-]\s*\S)/u.exec(text.slice(project.start, project.end));
  if (project && quoted) project = { start: project.start, end: project.start + quoted[0].length };
  // In running prose, what follows the awardees is a description unless it quotes a title.
  if (project && entry.prose && !/^[«"“]/u.test(text.slice(project.start, project.end))) project = null;
  const category = categoryOf(text, entry.section.category);
  const evidence: Laureate['evidence'] = {};
  if (tier) evidence.tier = tier.label;
  if (category) evidence.category = category.evidence;
  if (category?.parents.length) evidence.categoryParents = category.parents;
  if (project) evidence.project = project;
  const last = project ?? awardees;
  return {
    rule,
    tier: tier?.tier ?? null,
    tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)).replace(/\s*:$/, '') : null,
    category: category?.value ?? null,
    awardees: splitAwardees(text, awardees),
    project: project ? clean(text.slice(project.start, project.end)) : null,
    span: { start: Math.min(awardees.start, last.start), end: Math.max(awardees.end, last.end) },
    evidence,
    statedYear: null,
  };
}

/** A level in the parenthesis that closes an awardee: "(@@@@)", "(3 fleurs)". */
export function levelAfter(text: string, span: Span): TierRef | null {
  const m = /\(([^()]{1,30})\)\s*$/u.exec(text.slice(span.start, span.end));
  if (!m?.[1]) return null;
  const inside = span.start + m.index + 1;
  const level = findLevel(text, inside, inside + m[1].length);
  return level ? { tier: null, label: level } : null;
}
