import type { Block, Span } from '../../../parsers/doc.js';
import { clean, tighten } from '../../text.js';
import type { CriterionCandidate, CriterionRule } from '../types.js';
import { criteriaCues, MAX_ITEM } from './cues.js';

const ID = 'criteria/list-after-cue';

/**
 * The items of the list that follows a line announcing the criteria and ending with a colon ("… les
 * critères d'attribution du label :"): consecutive short items of one kind, bullets or plain lines.
 */
export const listAfterCue: CriterionRule = {
  id: ID,
  field: 'criteria',
  summary: 'the bullets or short lines after a line that announces criteria and ends with a colon',
  apply(layers) {
    const out: CriterionCandidate[] = [];
    for (const cue of criteriaCues(layers)) {
      if (cue.after) continue;
      const items = listItems(layers.text, layers.blocks.slice(cue.block + 1));
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
        text: `
          Le jury a retenu les critères suivants :
          - l'innovation ;
          - l'implication des usagers ;
          - la reproductibilité.
          Le palmarès sera connu en juin.
        `,
        expect: ["l'innovation", "l'implication des usagers", 'la reproductibilité'],
      },
    ],
    notOk: [
      {
        text: `
          Les lauréats sont :
          - Ville de Metz
          - Ville de Nancy
        `,
      },
    ],
  },
};

function listItems(text: string, following: Block[]): Span[] {
  const out: Span[] = [];
  let bulleted: boolean | null = null;
  for (const block of following) {
    const span = tighten(text, block.start, block.end, ';,.');
    const isItem = block.kind === 'list-item';
    if (span.end <= span.start) break;
    if (block.kind === 'heading' || span.end - span.start > MAX_ITEM || text[block.end - 1] === ':') break;
    if (bulleted !== null && bulleted !== isItem) break;
    bulleted = isItem;
    out.push(span);
  }
  return out;
}
