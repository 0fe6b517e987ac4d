import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import { GIVE_CUES, LAUREATE_WORDS, LIST_OPENERS, RECEIVE_CUES } from '../../lexicon/awards.js';
import { allMatches } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate, namedMention } from './build.js';
import { proseSentences } from './prose-sentences.js';

const ID = 'laureate/award-then-list';

/** Openers that point back at the sentence before: "On y trouve A, B et C." */
const ANAPHORIC = /^(?:on y trouve|il s'agit d)/u;
/** What may follow the one body named after "c'est": a quote or a relative clause. */
const AFTER_ONE = /,?\s*[«"“]|,\s+(?:qui|dont|avec|pour|selon)\b/u;

/**
 * An award told, then the list of who received it, to the end of the sentence: "Le label a été
 * accordé à cinq communes : A (17), B (24) et C (29).", "Les premières communes à recevoir le label sont
 * A, B et C.", "… ont décroché le label, parmi lesquelles A, B ou encore C.", "On y trouve A, B et C."
 * after a sentence telling the award. Every item must be a body or a place; a clause that names
 * candidates, nominees, jurors or partners names no laureate.
 */
export const awardThenList: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'an award told, then after a colon, "sont" or "parmi lesquelles", the list of its bodies',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, previous, category } of proseSentences(layers)) {
      const items = listAfterAward(layers, span, previous);
      if (!items) continue;
      // "… une nouvelle mention « Transition écologique » … Cinq collectivités en sont lauréates : …"
      const mention = namedMention(layers.text, span) ?? (previous && namedMention(layers.text, previous));
      const context = {
        // The award the clause before the list tells; an award beside an item is the item's own.
        tier: layers.awardIn({ start: span.start, end: items[0]?.name.start ?? span.end }),
        category: mention ? [mention] : category,
      };
      for (const item of items) out.push(itemLaureate(layers.text, ID, item, context));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Le label a ainsi été accordé à trois nouvelles communes : Royan (Charente-Maritime), Nevez (Finistère) et Banyuls-sur-Mer (Pyrénées-Orientales).',
        expect: [
          { tier: null, category: null, awardees: ['Royan'], project: null },
          { tier: null, category: null, awardees: ['Nevez'], project: null },
          { tier: null, category: null, awardees: ['Banyuls-sur-Mer'], project: null },
        ],
      },
      {
        text: 'Les premières villes à recevoir le label sont Amiens (80), Dijon (21) et Tarbes (65).',
        expect: [
          { tier: null, category: null, awardees: ['Amiens'], project: null },
          { tier: null, category: null, awardees: ['Dijon'], project: null },
          { tier: null, category: null, awardees: ['Tarbes'], project: null },
        ],
      },
      {
        text: "Douze collectivités ont décroché le label d'or, parmi lesquelles la ville de Blois (Loir-et-Cher), la communauté de communes du Pays de Gex ou encore Clermont Auvergne Métropole.",
        expect: [
          { tier: 'gold', category: null, awardees: ['ville de Blois'], project: null },
          {
            tier: 'gold',
            category: null,
            awardees: ['communauté de communes du Pays de Gex'],
            project: null,
          },
          { tier: 'gold', category: null, awardees: ['Clermont Auvergne Métropole'], project: null },
        ],
      },
      {
        text: 'Parmi elles, 40 ont obtenu le label le plus élevé. On y trouve Achères, le Kremlin-Bicêtre et Saint-Rémy-lès-Chevreuse.',
        expect: [
          { tier: null, category: null, awardees: ['Achères'], project: null },
          { tier: null, category: null, awardees: ['le Kremlin-Bicêtre'], project: null },
          { tier: null, category: null, awardees: ['Saint-Rémy-lès-Chevreuse'], project: null },
        ],
      },
      {
        text: "Une ville de plus décroche le label Or cette année : c'est la ville de Grenoble (Isère), « qui a tout misé sur la mobilité », précise l'agence.",
        expect: [{ tier: 'gold', category: null, awardees: ['ville de Grenoble'], project: null }],
      },
      {
        text: "Les lauréats de cette année sont : Lyon (label d'or), Grenoble (label d'argent) et Annecy.",
        expect: [
          { tier: 'gold', category: null, awardees: ['Lyon'], project: null },
          { tier: 'silver', category: null, awardees: ['Grenoble'], project: null },
          { tier: null, category: null, awardees: ['Annecy'], project: null },
        ],
      },
    ],
    notOk: [
      { text: 'La ville était en lice aux côtés de Montpellier, La Rochelle, Rennes et Lorient.' },
      { text: 'Les communes candidates au label sont : Bron, Vienne et Sèvres.' },
      { text: 'Le jury du prix réunit les maires de Lyon, Grenoble et Annecy.' },
      { text: "Le label n'est détenu que par deux autres villes, Besançon (Doubs) et Dunkerque (Nord)." },
      {
        text: 'Plusieurs acteurs avaient fait le déplacement : le Conseil général de la Loire, Numélink et Rezopole.',
      },
    ],
  },
};

function listAfterAward(layers: Layers, sentence: Span, previous: Span | null): ListItem[] | null {
  const folded = layers.folded.slice(sentence.start, sentence.end);
  for (const m of allMatches(LIST_OPENERS, folded)) {
    const opener = m[0];
    const from = sentence.start + m.index + opener.length;
    const cue = ANAPHORIC.test(opener.trim())
      ? previous && m.index === 0
        ? layers.folded.slice(previous.start, previous.end)
        : null
      : folded.slice(0, m.index);
    if (cue === null || !tellsAward(cue)) continue;
    let end = sentence.end;
    if (/c'est|ce sont|il s'agit/u.test(opener)) {
      const stop = AFTER_ONE.exec(layers.text.slice(from, sentence.end));
      if (stop) end = from + stop.index;
    }
    const items = placeList(layers.text, { start: from, end });
    if (items) return items;
  }
  return null;
}

/** Whether a folded clause tells an award given now, and not to candidates or jurors. */
export function tellsAward(folded: string): boolean {
  return (
    (RECEIVE_CUES.test(folded) || GIVE_CUES.test(folded) || LAUREATE_WORDS.test(folded)) &&
    !namesNonLaureates(folded)
  );
}
