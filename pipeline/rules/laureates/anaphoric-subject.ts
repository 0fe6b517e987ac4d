import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { bodyTypeLength, isBareBodyType } from '../../grammar/names.js';
import type { BodyMention } from '../../layers/bodies.js';
import type { Layers } from '../../layers/index.js';
import { AWARD_NOUNS, BEFORE_VERB, RECEIVE_CUES } from '../../lexicon/awards.js';
import { fold } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';
import { titleIn } from './titles.js';

const ID = 'laureate/anaphoric-subject';

/** "La Communauté de communes", "la collectivité", "l'agglomération": a body type standing for a body. */
const ANAPHOR = /^(?:la|le|l['’])\s*/u;

/**
 * An article about one laureate names it in full once ("la Communauté de communes Val de Cher
 * Controis") and then by its type alone: "La Communauté de communes s'est vu remettre la distinction".
 * The type stands for the one body of that type the document names; with two, it stands for none.
 */
export const anaphoricSubject: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary:
    '"La Communauté de communes s\'est vu remettre la distinction": a type standing for the one body named in full',
  apply(layers) {
    const named = namedByType(layers);
    const out: LaureateCandidate[] = [];
    for (const { span, section } of proseSentences(layers)) {
      const body = anaphor(layers, span, named);
      if (!body) continue;
      const item = {
        name: { start: body.nameStart, end: body.end },
        locator: null,
        evidence: 'typed' as const,
      };
      out.push(
        itemLaureate(layers.text, ID, item, {
          tier: layers.awardIn(span),
          category: section.category,
          project: titleIn(layers, span),
        }),
      );
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: "Le président de la Communauté de communes Val de Loire a présenté l'outil. La Communauté de communes s'est vu remettre le label d'or lors du forum.",
        expect: [
          { tier: 'gold', category: null, awardees: ['Communauté de communes Val de Loire'], project: null },
        ],
      },
    ],
    notOk: [
      {
        text: "La Communauté de communes Val de Loire et la Communauté de communes du Pays Fort ont signé une convention. La Communauté de communes s'est vu remettre le label d'or.",
      },
    ],
  },
};

/** The bodies the document names in full, by their folded type ("communauté de communes"). */
function namedByType(layers: Layers): Map<string, BodyMention[]> {
  const out = new Map<string, BodyMention[]>();
  layers.blocks.forEach((_, i) => {
    for (const sentence of layers.sentencesOf(i)) {
      for (const body of layers.bodiesIn(sentence)) {
        const type = bodyTypeLength(layers.text, body.nameStart);
        if (!type) continue;
        const key = fold(layers.text.slice(body.nameStart, body.nameStart + type));
        const list = out.get(key) ?? [];
        const name = fold(layers.text.slice(body.nameStart, body.end));
        if (!list.some((b) => fold(layers.text.slice(b.nameStart, b.end)) === name)) list.push(body);
        out.set(key, list);
      }
    }
  });
  return out;
}

/** The body a sentence's anaphoric subject stands for, when that subject receives an award. */
function anaphor(layers: Layers, sentence: Span, named: Map<string, BodyMention[]>): BodyMention | null {
  const { text } = layers;
  const article = ANAPHOR.exec(layers.folded.slice(sentence.start, sentence.end));
  if (!article) return null;
  const typeAt = sentence.start + article[0].length;
  const type = bodyTypeLength(text, typeAt);
  if (!type) return null;
  const folded = layers.folded.slice(sentence.start, sentence.end);
  const cue = RECEIVE_CUES.exec(folded);
  if (!cue || namesNonLaureates(folded.slice(0, cue.index))) return null;
  if (!AWARD_NOUNS.test(folded.slice(cue.index, cue.index + cue[0].length + 60))) return null;
  // Nothing but the type before the verb: "La Communauté de communes s'est vu …".
  const before = folded.slice(0, cue.index);
  const filler = BEFORE_VERB.exec(before);
  const subjectEnd = sentence.start + (filler ? filler.index : before.length);
  if (!isBareBodyType(text, sentence.start, subjectEnd)) return null;
  const candidates = named.get(fold(text.slice(typeAt, typeAt + type))) ?? [];
  const [only] = candidates.filter((b) => b.start < sentence.start);
  return candidates.length === 1 && only ? only : null;
}
