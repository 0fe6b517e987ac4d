import { placeList } from '../../grammar/lists.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { tellsAward } from './award-then-list.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';

const ID = 'laureate/same-for';

/** "Il en va de même pour X", "C'est aussi le cas de X": the award of the sentence before, for more bodies. */
const SAME_FOR =
  /^(?:il en (?:va|est) de meme (?:pour|de|d')|c'est (?:aussi|egalement) le cas (?:de|d'|du|des)|de meme pour)\s*/u;
/** Where the bodies end: a comma and a remark ("…, avec un cœur"), or the sentence's end. */
const AFTER = /,\s|\s+(?:avec|pour|qui|grâce)\s/u;

/**
 * "Bois d'Arcy et Limay reçoivent deux cœurs. Il en va de même pour les Loges-en-Josas, avec un cœur.": a
 * sentence that gives the award told just before to more bodies.
 */
export const sameFor: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: '"Il en va de même pour X" after a sentence that tells an award',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, previous, category } of proseSentences(layers)) {
      if (!previous) continue;
      const folded = layers.folded.slice(span.start, span.end);
      const m = SAME_FOR.exec(folded);
      if (!m || !tellsAward(layers.folded.slice(previous.start, previous.end))) continue;
      const from = span.start + m[0].length;
      const stop = AFTER.exec(layers.text.slice(from, span.end));
      const items = placeList(layers.text, { start: from, end: stop ? from + stop.index : span.end });
      const context = { tier: layers.awardIn(previous), category };
      for (const item of items ?? []) out.push(itemLaureate(layers.text, ID, item, context));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Pour leur première candidature, Saintes et Rochefort reçoivent le label. Il en va de même pour La Rochelle, avec un cœur.',
        expect: [{ tier: null, category: null, awardees: ['La Rochelle'], project: null }],
      },
    ],
    notOk: [{ text: 'La ville organise une fête. Il en va de même pour La Rochelle.' }],
  },
};
