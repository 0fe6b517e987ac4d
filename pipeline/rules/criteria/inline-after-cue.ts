import type { Span } from '../../../parsers/doc.js';
import { clean, matchesIn, tighten } from '../../text.js';
import type { CriterionCandidate, CriterionRule } from '../types.js';
import { criteriaCues, MAX_ITEM } from './cues.js';

const ID = 'criteria/inline-after-cue';

/**
 * "… selon trois critères : l'innovation, l'implication des agents et des usagers, et l'impact." Items
 * are separated by commas; "et" separates only the last one, since an item may contain its own "et".
 */
export const inlineAfterCue: CriterionRule = {
  id: ID,
  field: 'criteria',
  summary: 'the items after the colon of a sentence that announces criteria',
  apply(layers) {
    const out: CriterionCandidate[] = [];
    for (const cue of criteriaCues(layers)) {
      if (!cue.after) continue;
      const items = inlineItems(layers.text, cue.after);
      if (items.length < 2) continue;
      out.push(
        ...items.map((span) => ({
          rule: ID,
          label: clean(layers.text.slice(span.start, span.end)),
          span,
          cue: cue.block,
        })),
      );
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: "Les dossiers sont évalués selon trois critères : l'innovation, l'implication des agents et des usagers, et l'impact.",
        expect: ["l'innovation", "l'implication des agents et des usagers", "l'impact"],
      },
    ],
    notOk: [{ text: 'Les critères seront publiés en mai : restez attentifs.' }],
  },
};

function inlineItems(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (const m of matchesIn(/\s*[,;]\s*(?:et\s+)?/gu, text, span.start, span.end)) {
    out.push(tighten(text, from, m.index));
    from = m.index + m[0].length;
  }
  const last = [...matchesIn(/\s+et\s+/gu, text, from, span.end)].at(-1);
  if (last) {
    out.push(tighten(text, from, last.index));
    from = last.index + last[0].length;
  }
  out.push(tighten(text, from, span.end));
  return out.filter((s) => s.end > s.start && s.end - s.start <= MAX_ITEM);
}
