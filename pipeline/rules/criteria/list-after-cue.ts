import type { Block, Span } from '../../../parsers/doc.js';
import type { Layers } from '../../layers/index.js';
import { clean, fold, tighten } from '../../text.js';
import type { CriterionCandidate, CriterionRule } from '../types.js';
import { criteriaCues, MAX_BULLET, MAX_ITEM } from './cues.js';

const ID = 'criteria/list-after-cue';

/**
 * The items of the list that follows a sentence announcing the criteria with a colon ("… les critères
 * d'attribution du label :"): consecutive short items of one kind, bullets or plain lines. When the
 * colon does not end its line, only bullets follow it as a list. A list that repeats the first items
 * of an earlier one (a page that gives the criteria, then announces them again, truncated) stands for
 * that earlier list, whole.
 */
export const listAfterCue: CriterionRule = {
  id: ID,
  field: 'criteria',
  summary: 'the bullets or short lines after a sentence that announces criteria with a colon',
  apply(layers) {
    const out: CriterionCandidate[] = [];
    for (const cue of criteriaCues(layers)) {
      if (cue.inline) continue;
      const following = layers.blocks.slice(cue.block + 1);
      if (cue.after && following[0]?.kind !== 'list-item') continue;
      let items = listItems(layers.text, following);
      if (items.length < 2) continue;
      items = earlierWhole(layers, cue.block, items) ?? items;
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
      {
        text: `
          Les prix distinguent les meilleures pratiques d'achat.
          • du respect des procédures ;
          • de la recherche de l'offre la plus performante ;
          • de la prise en compte de l'environnement.
          Les dossiers seront jugés au regard :Une année particulière
          • du respect des procédures ;
          • de la recherche de l'offre la plus performante ;
        `,
        expect: [
          'du respect des procédures',
          "de la recherche de l'offre la plus performante",
          "de la prise en compte de l'environnement",
        ],
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
      // Lines after a sentence whose colon is followed by words are not its list.
      {
        text: `
          Les critères seront publiés en mai : restez attentifs.
          Ville de Metz
          Ville de Nancy
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
    if (block.kind === 'heading' || text[block.end - 1] === ':') break;
    if (span.end - span.start > (isItem ? MAX_BULLET : MAX_ITEM)) break;
    if (bulleted !== null && bulleted !== isItem) break;
    bulleted = isItem;
    out.push(span);
  }
  return out;
}

/** The items of an earlier run of bullets that begins with the same items and runs longer, if any. */
function earlierWhole(layers: Layers, before: number, items: Span[]): Span[] | null {
  const key = (s: Span) => fold(clean(layers.text.slice(s.start, s.end)));
  const wanted = items.map(key);
  const blocks = layers.blocks;
  for (let i = 0; i < before; i++) {
    if (blocks[i]?.kind !== 'list-item' || blocks[i - 1]?.kind === 'list-item') continue;
    const run = listItems(layers.text, blocks.slice(i, before));
    if (run.length > items.length && wanted.every((w, k) => key(run[k] as Span) === w)) return run;
  }
  return null;
}
