import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import { COUNTED_AWARDS, GIVE_CUES } from '../../lexicon/awards.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { laureatesOf } from './build.js';
import { proseSentences } from './prose-sentences.js';
import { titleIn } from './titles.js';

const ID = 'laureate/award-to-body';

/** Where the bodies after "à" end: their project, or a new clause. */
const AFTER_BODIES = /\s+pour\s|\s+qui\s|\s+lors\s|\s+grâce\s|,\s+(?!(?:et|ou|ainsi)\s)(?=\p{Ll})|\s*:\s/u;

/**
 * An award given to bodies named after "à": "le prix est revenu à Bourg-en-Bresse (Ain) pour la mise en
 * accessibilité du parc", "le label a été attribué à la Ville de X et à la Communauté de communes Y".
 * A sentence that sums up several awards ("deux labels d'or sont revenus à A et à B") names its
 * laureates where each award is told, not here.
 */
export const awardToBody: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'an award given "à" bodies: "le prix est revenu à X (dept) pour …"',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, category, award } of proseSentences(layers)) {
      const found = recipients(layers, span);
      if (!found) continue;
      const told = layers.awardIn({ start: span.start, end: found.end });
      const context = {
        tier: told ?? award,
        category,
        project: titleIn(layers, { start: found.end, end: span.end }),
      };
      out.push(...laureatesOf(layers.text, ID, found.items, context));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Dans cette catégorie, le prix est revenu à Bourg-en-Bresse (Ain, 41 000 habitants) pour la mise en accessibilité de son parc de loisirs.',
        expect: [{ tier: null, category: null, awardees: ['Bourg-en-Bresse'], project: null }],
      },
      {
        text: "Le label d'argent a été attribué à la communauté de communes du Val de Sèvre pour son programme « Mon village ».",
        expect: [
          {
            tier: 'silver',
            category: null,
            awardees: ['communauté de communes du Val de Sèvre'],
            project: 'Mon village',
          },
        ],
      },
    ],
    notOk: [
      {
        text: "C'est à ce titre que deux labels d'or sont revenus à Brest métropole et à la ville de Brest.",
      },
      { text: "L'écolabel a été attribué vendredi à 120 communes." },
      { text: 'Le prix du jury a été remis au président de la Région Bretagne.' },
    ],
  },
};

function recipients(layers: Layers, sentence: Span): { items: ListItem[]; end: number } | null {
  const folded = layers.folded.slice(sentence.start, sentence.end);
  const cue = GIVE_CUES.exec(folded);
  if (!cue || COUNTED_AWARDS.test(folded.slice(0, cue.index))) return null;
  const from = sentence.start + cue.index + cue[0].length;
  const stop = AFTER_BODIES.exec(layers.text.slice(from, sentence.end));
  const end = stop ? from + stop.index : sentence.end;
  // What the award and its recipients say, not the rest of the sentence ("…, le jury a salué …").
  if (namesNonLaureates(layers.folded.slice(sentence.start, end))) return null;
  const items = placeList(layers.text, { start: from, end });
  return items ? { items, end } : null;
}
