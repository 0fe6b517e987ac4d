import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { Awardee, Laureate } from '../schema.js';
import { clean, fold, foldRange, sentences, tighten } from '../text.js';
import { PROSE_AWARD_CUES } from '../vocabulary.js';
import { splitAwardees } from './awardees.js';
import { bodyEnd, bodyTypeLength, hasBodyType } from './names.js';
import { findProseTiers } from './tiers.js';

/** An award named in prose, before its year is settled. */
export type ProseLaureate = Omit<Laureate, 'year'> & { statedYear: number | null };

/**
 * "la Ville de X pour le festival Y", "la Ville de X a reçu le label de bronze pour son application Y":
 * a typed body, perhaps the award itself, then "pour" and what it was awarded for.
 */
const FOR =
  /^(?<award>\s+[^,.;:«"]{0,80}?)??\s+(?<link>pour|avec)\s+(?:(?:le|la|les|son|sa|ses|leur|leurs|un|une)\s+|l['’])?/iu;
/** Bodies named together: "le Département de la Marne et la Ville de Reims ont reçu …". */
const AND = /^(?:\s*,\s*|\s+et\s+|\s*&\s*)/u;
const AWARD_WORDS = /\b(label|prix|laureat|trophee|medaille|distinction|distingu|labellis|recompens|prime)/;

/**
 * Laureates told in sentences ("… avaient remporté un label dont la Ville de Brignais pour le festival
 * « Un trait amateur » …", "La Ville de X a reçu le label de bronze pour son application Y").
 */
export function extractProseLaureates(doc: Doc, skip: Set<Block>): ProseLaureate[] {
  const out: ProseLaureate[] = [];
  for (const block of doc.blocks) {
    if (skip.has(block)) continue;
    for (const sentence of sentences(doc.text, block.start, block.end)) {
      const folded = foldRange(doc.text, sentence.start, sentence.end);
      if (!PROSE_AWARD_CUES.test(folded) || !AWARD_WORDS.test(folded)) continue;
      out.push(...awardsIn(doc.text, sentence));
    }
  }
  return out;
}

function awardsIn(text: string, sentence: Span): ProseLaureate[] {
  const out: ProseLaureate[] = [];
  const tiers = findProseTiers(text, sentence.start, sentence.end);
  const yearMatch = /\b(?:en|depuis)\s+((?:19|20)\d{2})\b/iu.exec(text.slice(sentence.start, sentence.end));
  const statedYear = yearMatch ? Number(yearMatch[1]) : null;
  const starts = /(?<=^|[\s,'’(])\p{L}/gu;
  const slice = text.slice(sentence.start, sentence.end);
  for (let m = starts.exec(slice); m; m = starts.exec(slice)) {
    const at = sentence.start + m.index;
    let end = namedBodyEnd(text, at, sentence.end);
    if (end <= at) continue;
    for (
      let and = AND.exec(text.slice(end, sentence.end));
      and;
      and = AND.exec(text.slice(end, sentence.end))
    ) {
      const next = namedBodyEnd(text, end + and[0].length, sentence.end);
      if (next <= end + and[0].length) break;
      end = next;
    }
    // "la Communauté de communes de la Châtaigneraie cantalienne pour …": a last lower-case word belongs to the name.
    const adjective = /^\s+\p{Ll}+(?=\s+(?:pour|avec)\s)/u.exec(text.slice(end, sentence.end));
    if (adjective) end += adjective[0].length;
    const link = FOR.exec(text.slice(end, sentence.end));
    const award = link?.groups?.award;
    // "avec" names the project only after the award itself ("a remporté le label d'argent avec « X »").
    if (!link || (award ? !PROSE_AWARD_CUES.test(fold(award)) : link.groups?.link === 'avec')) continue;
    const project = projectPhrase(text, end + link[0].length, sentence.end);
    if (!project) continue;
    const body = tighten(text, at + articleOffset(text, at), end);
    const tier = nearest(tiers, body);
    const evidence: Laureate['evidence'] = { project };
    if (tier) evidence.tier = tier.span;
    out.push({
      tier: tier?.tier ?? null,
      tierLabel: tier ? clean(text.slice(tier.span.start, tier.span.end)) : null,
      category: null,
      awardees: splitAwardees(text, body).map((a) => withoutArticle(text, a)),
      project: clean(text.slice(project.start, project.end)),
      span: { start: body.start, end: project.end },
      evidence,
      statedYear,
    });
    starts.lastIndex = project.end - sentence.start;
  }
  return out;
}

/**
 * The words after "pour": up to the closing quote of a title quoted near their start, else to the
 * end of the clause (a comma, "et à", a participle that starts a new clause, or the sentence's end).
 */
function projectPhrase(text: string, from: number, end: number): Span | null {
  // "son projet « X »": the generic noun before a quoted title is not part of it.
  const start = from + (/^projets?\s+(?=[«"“])/iu.exec(text.slice(from, end))?.[0].length ?? 0);
  const rest = text.slice(start, end);
  const quoted = /^[^«"“,;]{0,40}[«"“][^»"”]+[»"”]/u.exec(rest);
  if (quoted) return { start, end: start + quoted[0].length };
  const stop = /,|;|\s+et\s+(?:à|a|au|aux)\s|\s+(?:organis|port|men|réalis|lanc|conçu|qui\s)/u.exec(rest);
  const span = tighten(text, start, stop ? start + stop.index : end, '.!?');
  return span.end > span.start ? span : null;
}

/** End of a body named in prose with a capital ("la Ville de Reims"), or `pos`: a lower-case "métropole" is a common noun. */
function namedBodyEnd(text: string, pos: number, limit: number): number {
  const end = bodyEnd(text, pos, limit);
  const typeAt = pos + articleOffset(text, pos);
  return end > pos && hasBodyType(text, pos, end) && /^\p{Lu}/u.test(text.slice(typeAt)) ? end : pos;
}

/** In prose the article before a typed body is grammar, not name: "la Ville de Reims" → "Ville de Reims". */
function withoutArticle(text: string, a: Awardee): Awardee {
  const skip = articleOffset(text, a.span.start);
  if (!skip || !bodyTypeLength(text, a.span.start + skip)) return a;
  const span = { start: a.span.start + skip, end: a.span.end };
  return { name: clean(text.slice(span.start, span.end)), span };
}

function articleOffset(text: string, pos: number): number {
  const m = /^(?:la|le|les|l['’])\s*/iu.exec(text.slice(pos, pos + 5));
  return m ? m[0].length : 0;
}

function nearest<T extends { span: Span }>(items: T[], to: Span): T | undefined {
  if (items.length <= 1) return items[0];
  const distance = (s: Span) => (s.end <= to.start ? to.start - s.end : s.start - to.end);
  return [...items].sort((a, b) => distance(a.span) - distance(b.span))[0];
}
