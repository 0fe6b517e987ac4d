import type { Span } from '../../../parsers/doc.js';
import { categoryOf } from '../../grammar/labels.js';
import type { ListItem } from '../../grammar/lists.js';
import type { TierRef } from '../../layers/sections.js';
import type { Laureate } from '../../schema.js';
import { clean } from '../../text.js';
import type { LaureateCandidate } from '../types.js';

/** What a laureate read from one body of a list takes from its context. */
export interface Context {
  tier?: TierRef | null;
  /** The category headings over it, outermost first; or the one span that names it. */
  category?: readonly Span[];
  project?: Span | null;
  statedYear?: number | null;
}

/** One body of a list (or a sentence) as a laureate, with the evidence of each field. */
export function itemLaureate(
  text: string,
  rule: string,
  item: ListItem,
  context: Context,
): LaureateCandidate {
  const tier = item.award ?? context.tier ?? null;
  const category = categoryOf(text, context.category ?? []);
  const project = context.project ?? null;
  const evidence: Laureate['evidence'] = {};
  if (tier) evidence.tier = tier.label;
  if (category) evidence.category = category.evidence;
  if (category?.parents.length) evidence.categoryParents = category.parents;
  if (project) evidence.project = project;
  const ends = [item.name.end, item.locator?.end ?? 0, project?.end ?? 0];
  const starts = [item.name.start, project?.start ?? item.name.start];
  return {
    rule,
    tier: tier?.tier ?? null,
    tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)).replace(/\s*:$/, '') : null,
    category: category?.value ?? null,
    awardees: [{ name: clean(text.slice(item.name.start, item.name.end)), span: item.name }],
    project: project ? clean(text.slice(project.start, project.end)) : null,
    span: { start: Math.min(...starts), end: Math.max(...ends) },
    evidence,
    statedYear: context.statedYear ?? null,
  };
}

/** "la mention « Transition écologique »", "la mention "Territoire d'excellence"": a named mention. */
const NAMED_MENTION = /\bmention\s+[«"“]\s*([^»"”]{2,60}?)\s*[»"”]/u;

/** The name of a mention given in `span`, which is the category of its laureates. */
export function namedMention(text: string, span: Span): Span | null {
  const m = NAMED_MENTION.exec(text.slice(span.start, span.end));
  if (!m?.[1]) return null;
  const start = span.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/**
 * The bodies of one list as laureates: one laureate per body, unless the list shares one project
 * ("trois communes du Gers, Auch, Fleurance et L'Isle-Jourdain, sont récompensées pour leur démarche
 * commune « Gers Démat' »"), which makes one laureate of them all.
 */
export function laureatesOf(
  text: string,
  rule: string,
  items: readonly ListItem[],
  context: Context,
): LaureateCandidate[] {
  const each = items.map((item) => itemLaureate(text, rule, item, context));
  const [first, ...others] = each;
  if (!first || !context.project || !others.length || items.some((i) => i.award)) return each;
  first.awardees.push(...others.flatMap((o) => o.awardees));
  first.span = {
    start: Math.min(...each.map((l) => l.span.start)),
    end: Math.max(...each.map((l) => l.span.end)),
  };
  return [first];
}
