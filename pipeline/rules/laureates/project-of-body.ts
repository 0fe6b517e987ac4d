import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { bodyTypeLength } from '../../grammar/names.js';
import type { BodyMention } from '../../layers/bodies.js';
import type { Layers } from '../../layers/index.js';
import { AWARD_NOUNS, RECEIVE_CUES } from '../../lexicon/awards.js';
import { allMatches, fold, tighten } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';

const ID = 'laureate/project-of-body';

/** "le projet de Plateforme du Plan Climat du Val de Cher Controis": a titled project, then its body. */
const PROJECT = /\ble\s+projet\s+(?:de\s+|d['’]|du\s+)?(?=\p{Lu})/gu;
/** What joins a project's title to the body it belongs to. */
const OF = /\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*$/u;

/**
 * "C'est le Label or qu'a décroché le projet de Plateforme du Plan Climat du Val de Cher Controis":
 * in a sentence telling an award, a project with a title, followed by the name of a body the document
 * names in full elsewhere ("la Communauté de communes Val de Cher Controis"). The body is the laureate,
 * the title its project.
 */
export const projectOfBody: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'in an award sentence, "le projet <Title> du <name of a body named in full elsewhere>"',
  apply(layers) {
    const bodies = namedBodies(layers);
    if (!bodies.size) return [];
    const out: LaureateCandidate[] = [];
    for (const { span } of proseSentences(layers)) {
      const folded = layers.folded.slice(span.start, span.end);
      if (!RECEIVE_CUES.test(folded) || !AWARD_NOUNS.test(folded) || namesNonLaureates(folded)) continue;
      const tier = layers.awardIn(span);
      for (const m of allMatches(PROJECT, layers.text.slice(span.start, span.end))) {
        const from = span.start + m.index + m[0].length;
        const found = ownerAfter(layers, from, span.end, bodies);
        if (!found) continue;
        out.push(
          itemLaureate(
            layers.text,
            ID,
            { name: { start: found.body.nameStart, end: found.body.end }, locator: null, evidence: 'typed' },
            { tier, project: found.title },
          ),
        );
      }
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: "Le président de la Communauté de communes du Pays de Lumbres a présenté l'outil. C'est le label d'or qu'a décroché le projet de Carte Scolaire Partagée du Pays de Lumbres, au terme d'une évaluation.",
        expect: [
          {
            tier: 'gold',
            category: null,
            awardees: ['Communauté de communes du Pays de Lumbres'],
            project: 'Carte Scolaire Partagée',
          },
        ],
      },
    ],
    notOk: [{ text: "Le projet de Carte Scolaire du Pays de Lumbres a décroché un label d'or." }],
  },
};

/** The typed bodies of the document by the folded name their type introduces ("val de cher controis"). */
function namedBodies(layers: Layers): Map<string, BodyMention> {
  const { text } = layers;
  const out = new Map<string, BodyMention>();
  layers.blocks.forEach((_, i) => {
    for (const sentence of layers.sentencesOf(i)) {
      for (const body of layers.bodiesIn(sentence)) {
        const type = bodyTypeLength(text, body.nameStart);
        if (!type) continue;
        const link = /^\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])?\s*/u.exec(
          text.slice(body.nameStart + type, body.end),
        );
        const nameFrom = body.nameStart + type + (link?.[0].length ?? 0);
        const key = fold(text.slice(nameFrom, body.end)).trim();
        if (key.includes(' ') && !out.has(key)) out.set(key, body);
      }
    }
  });
  return out;
}

/** After "le projet de", the title and the named body whose name closes it, if any. */
function ownerAfter(
  layers: Layers,
  from: number,
  end: number,
  bodies: Map<string, BodyMention>,
): { title: Span; body: BodyMention } | null {
  const folded = layers.folded.slice(from, end);
  for (const [key, body] of bodies) {
    const at = folded.indexOf(key);
    if (at <= 0 || body.start >= from) continue;
    const before = layers.text.slice(from, from + at);
    const of = OF.exec(before);
    if (!of) continue;
    const title = tighten(layers.text, from, from + of.index);
    if (title.end > title.start && !/[,;:]/.test(layers.text.slice(title.start, title.end)))
      return { title, body };
  }
  return null;
}
