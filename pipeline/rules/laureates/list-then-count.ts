import type { Span } from '../../../parsers/doc.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import { RECEIVE_CUES } from '../../lexicon/awards.js';
import { NUMBER_WORDS } from '../../lexicon/numbers.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate, namedMention } from './build.js';
import { proseSentences } from './prose-sentences.js';

const ID = 'laureate/list-then-count';

/** A count and its noun opening a sentence: "Quatorze collectivités", "12 communes". */
const COUNT =
  /^(\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\s+(?:collectivites|communes|villes|territoires|laureats|laureates|intercommunalites)\b/u;

/**
 * A sentence that is only a list of bodies, then one that counts them as laureates: "Bron, Grenoble,
 * Sèvres et Agen. Quatre collectivités ont ainsi reçu la mention « X »." The count must match the
 * list, or the second sentence must point back at it ("ainsi").
 */
export const listThenCount: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a sentence listing bodies, then "N collectivités ont (ainsi) reçu …"',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    const sentences = proseSentences(layers);
    sentences.forEach((next, i) => {
      const list = sentences[i - 1];
      if (!list || next.previous !== list.span) return;
      const folded = layers.folded.slice(next.span.start, next.span.end);
      const count = COUNT.exec(folded);
      if (!count?.[1] || !RECEIVE_CUES.test(folded)) return;
      const n = /^\d/.test(count[1]) ? Number(count[1]) : numberWord(count[1]);
      const items = listIn(layers.text, list.span, n, /\bainsi\b/u.test(folded));
      if (!items) return;
      const mention = namedMention(layers.text, next.span);
      const context = { category: mention ? [mention] : list.section.category };
      for (const item of items) out.push(itemLaureate(layers.text, ID, item, context));
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Bron, Grenoble, Sèvres et Agen. Quatre collectivités ont reçu cette année la mention « Territoire d’excellence ».',
        expect: [
          { tier: null, category: 'Territoire d’excellence', awardees: ['Bron'], project: null },
          { tier: null, category: 'Territoire d’excellence', awardees: ['Grenoble'], project: null },
          { tier: null, category: 'Territoire d’excellence', awardees: ['Sèvres'], project: null },
          { tier: null, category: 'Territoire d’excellence', awardees: ['Agen'], project: null },
        ],
      },
    ],
    notOk: [{ text: 'Bron, Grenoble, Sèvres et Agen. Trois collectivités ont reçu la mention.' }],
  },
};

/**
 * The list the sentence is, or ends with after a title joined to it ("… : les collectivités
 * distinguées Bron, Grenoble, …"): the whole sentence when its count matches or "ainsi" points back at
 * it; else the shortest tail, starting at a capital, with exactly the count.
 */
function listIn(text: string, span: Span, count: number | null, pointsBack: boolean): ListItem[] | null {
  const whole = placeList(text, span);
  if (whole && whole.length >= 2 && (whole.length === count || pointsBack)) return whole;
  // The tail starts after words that are not part of the list: not after a comma or "et".
  for (const m of text.slice(span.start, span.end).matchAll(/(?<![,;]\s*|\bet\s+)(?<=\s)\p{Lu}/gu)) {
    const tail = placeList(text, { start: span.start + m.index, end: span.end });
    if (tail && tail.length === count) return tail;
  }
  return null;
}

/** "quatorze" → 14, "dix-sept" → 17; null when the words are not a number. */
function numberWord(words: string): number | null {
  return NUMBER_WORDS[words.replace(/[- ]+/g, ' ')] ?? null;
}
