import { placeList } from '../../grammar/lists.js';
import { findAwards } from '../../layers/awards.js';
import type { TierRef } from '../../layers/sections.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';

const ID = 'laureate/award-for-list';

/** "Quatre arobases pour …", "Label or pour …": an award, "pour", then who got it. */
const FOR = /\s+pour\s+/u;
/** "… ; trois pour …": the same award's noun left out after the first clause. */
const COUNT_ONLY = new RegExp(`^(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})$`, 'u');

/**
 * A sentence without a verb that gives levels to places: "Quatre arobases pour Thouars (79),
 * Saint-Yrieix-la-Perche (87) et Biganos (33) ; trois pour Ussel (19)." Each clause is an award (or a
 * count standing for it after the first) then "pour" and a list of places only.
 */
export const awardForList: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: '"<award> pour A, B et C ; <count> pour D": levels given to lists of places',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, category } of proseSentences(layers)) {
      let from = span.start;
      let first = true;
      for (const part of `${layers.text.slice(span.start, span.end)};`.split(';')) {
        const clause = { start: from, end: from + part.length };
        from = clause.end + 1;
        const m = FOR.exec(layers.text.slice(clause.start, clause.end));
        if (!m) break;
        const head = { start: clause.start, end: clause.start + m.index };
        const words = layers.folded.slice(head.start, head.end).trim();
        const award = findAwards(layers.text, head.start, head.end)[0];
        // The head is the award alone, or, after the first clause, a count alone.
        const whole =
          award &&
          layers.text.slice(head.start, head.end).trim().length === award.span.end - award.span.start;
        if (!whole && (first || !COUNT_ONLY.test(words))) break;
        const tier: TierRef | null = award ? { tier: award.tier, label: award.span } : null;
        const items = placeList(layers.text, { start: head.end + m[0].length, end: clause.end });
        if (!items) break;
        for (const item of items) out.push(itemLaureate(layers.text, ID, item, { tier, category }));
        first = false;
      }
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Quatre arobases pour Thouars (79) et Biganos (33) ; trois pour Ussel (19).',
        expect: [
          { tier: null, category: null, awardees: ['Thouars'], project: null },
          { tier: null, category: null, awardees: ['Biganos'], project: null },
          { tier: null, category: null, awardees: ['Ussel'], project: null },
        ],
      },
    ],
    notOk: [{ text: 'Quatre ateliers pour Thouars et Biganos ; trois pour Ussel.' }],
  },
};
