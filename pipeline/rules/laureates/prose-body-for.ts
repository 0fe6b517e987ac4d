import type { Span } from '../../../parsers/doc.js';
import { splitAwardees } from '../../grammar/awardees.js';
import { categoryOf } from '../../grammar/labels.js';
import { bodyTypeLength } from '../../grammar/names.js';
import type { Layers } from '../../layers/index.js';
import { COUNTED_AWARDS, PROSE_AWARD_CUES } from '../../lexicon/awards.js';
import type { Awardee, Laureate } from '../../schema.js';
import { clean, fold, tighten } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { type ProseSentence, proseSentences } from './prose-sentences.js';

const ID = 'laureate/prose-body-for';

/** The award itself, perhaps, then "pour" (or "avec") and what it was awarded for. */
const FOR =
  /^(?<award>\s+[^,.;:«"]{0,80}?)??,?\s+(?<link>pour|avec)\s+(?:(?:le|la|les|son|sa|ses|leur|leurs|un|une)\s+|l['’])?/iu;
/** Bodies named together: "le Département de la Marne et la Ville de Reims ont reçu …". */
const AND = /^(?:\s*,\s*|\s+et\s+|\s*&\s*)/u;
/** An acronym that names a body, with its article: "la CARENE", "le SIVOM". */
const ACRONYM = /^(?:(?:la|le|les|l['’])\s*)?\p{Lu}{3,}(?![\p{L}\d])/u;
const AWARD_WORDS = /\b(label|prix|laureat|trophee|medaille|distinction|distingu|labellis|recompens|prime)/;

/**
 * "la Ville de X pour le festival Y", "la Ville de X a reçu le label de bronze pour son application
 * Y": in a sentence that tells an award, a typed body, perhaps the award itself, then "pour" and what
 * it was awarded for.
 */
export const proseBodyFor: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'in a sentence telling an award, a typed body then "pour" and its project',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const sentence of proseSentences(layers)) {
      const folded = layers.folded.slice(sentence.span.start, sentence.span.end);
      if (PROSE_AWARD_CUES.test(folded) && AWARD_WORDS.test(folded)) out.push(...awardsIn(layers, sentence));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'La Ville de Nantes a reçu le label de bronze pour son application Nantes dans ma poche.',
        expect: [
          {
            tier: 'bronze',
            category: null,
            awardees: ['Ville de Nantes'],
            project: 'application Nantes dans ma poche',
          },
        ],
      },
      {
        text: 'En 2018, trois projets avaient remporté un label dont la Ville de Brignais pour le festival "Un trait amateur" organisé par la médiathèque.',
        expect: [
          {
            tier: null,
            category: null,
            awardees: ['Ville de Brignais'],
            project: 'festival "Un trait amateur"',
          },
        ],
      },
      {
        text: "Le label d'or a été décerné à la Ville de Pau pour Pau citoyens et à la Communauté d'agglomération de Tarbes pour Tarbes mobile.",
        expect: [
          { tier: 'gold', category: null, awardees: ['Ville de Pau'], project: 'Pau citoyens' },
          {
            tier: 'gold',
            category: null,
            awardees: ["Communauté d'agglomération de Tarbes"],
            project: 'Tarbes mobile',
          },
        ],
      },
    ],
    notOk: [
      { text: 'La Ville de Nantes a organisé une journée pour les habitants.' },
      { text: 'Le jury a retenu 25 projets pour le label.' },
    ],
  },
};

function awardsIn(
  layers: Layers,
  { span: sentence, previous, category, award: carried }: ProseSentence,
): LaureateCandidate[] {
  const { text } = layers;
  const out: LaureateCandidate[] = [];
  // "Le prix de bronze est partagé. Il récompense …": a pronoun carries the award of the sentence before.
  const tiers =
    layers.awardsIn(sentence).length ||
    !previous ||
    !/^(?:il|elle|ils|elles)\s/iu.test(text.slice(sentence.start))
      ? layers.awardsIn(sentence)
      : layers.awardsIn(previous);
  const yearMatch = /\b(?:en|depuis)\s+((?:19|20)\d{2})\b/iu.exec(text.slice(sentence.start, sentence.end));
  const statedYear = yearMatch ? Number(yearMatch[1]) : null;
  const bodies = layers.bodiesIn(sentence);
  const bodyAt = (pos: number) => bodies.find((b) => b.start === pos);
  let from = sentence.start;
  for (const body of bodies) {
    if (body.start < from) continue;
    let end = body.end;
    for (
      let and = AND.exec(text.slice(end, sentence.end));
      and;
      and = AND.exec(text.slice(end, sentence.end))
    ) {
      const at = end + and[0].length;
      // "la Ville de Saint-Nazaire et la CARENE": an acronym beside a body is a body.
      const acronym = ACRONYM.exec(text.slice(at, sentence.end));
      const next = bodyAt(at)?.end ?? (acronym ? at + acronym[0].length : null);
      if (next === null) break;
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
    // "… ont été récompensées pour deux projets": a summary of awards told one by one elsewhere.
    if (!project || COUNTED_AWARDS.test(fold(text.slice(project.start, project.end)))) continue;
    const named = tighten(text, body.nameStart, end);
    // The nearest metal gives the tier; without one, the nearest rank or level its wording.
    const metals = tiers.filter((t) => t.kind === 'metal');
    const near = nearest(metals.length ? metals : tiers, named);
    const tier = near ? { tier: near.tier, label: near.span } : carried;
    const categorised = categoryOf(text, category);
    const evidence: Laureate['evidence'] = { project };
    if (tier) evidence.tier = tier.label;
    if (categorised) evidence.category = categorised.evidence;
    if (categorised?.parents.length) evidence.categoryParents = categorised.parents;
    out.push({
      rule: ID,
      tier: tier?.tier ?? null,
      tierLabel: tier ? clean(text.slice(tier.label.start, tier.label.end)) : null,
      category: categorised?.value ?? null,
      awardees: splitAwardees(text, named).map((a) => withoutArticle(text, a)),
      project: clean(text.slice(project.start, project.end)),
      span: { start: named.start, end: project.end },
      evidence,
      statedYear,
    });
    from = project.end;
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

/** In prose the article before a typed body or an acronym is grammar, not name: "la Ville de Reims" → "Ville de Reims". */
function withoutArticle(text: string, a: Awardee): Awardee {
  const skip = articleOffset(text, a.span.start);
  const named =
    bodyTypeLength(text, a.span.start + skip) || ACRONYM.test(text.slice(a.span.start + skip, a.span.end));
  if (!skip || !named) return a;
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
