import { clean } from '../../text.js';
import type { CriterionCandidate, CriterionRule } from '../types.js';
import { criteriaCues } from './cues.js';

const ID = 'criteria/inline-after-cue';

/**
 * "… selon trois critères : l'innovation, l'implication des agents et des usagers, et l'impact." The
 * items are split in cues.ts: commas outside parentheses, and a last "et".
 */
export const inlineAfterCue: CriterionRule = {
  id: ID,
  field: 'criteria',
  summary: 'the items after the colon of a sentence that announces criteria',
  apply(layers) {
    const out: CriterionCandidate[] = [];
    for (const cue of criteriaCues(layers)) {
      if (!cue.inline) continue;
      out.push(
        ...cue.inline.map((span) => ({
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
      {
        text: 'Le jury s’est fondé sur une série de critères : le portage politique, la programmation (calendrier, financements), la concertation.',
        expect: ['le portage politique', 'la programmation (calendrier, financements)', 'la concertation'],
      },
    ],
    notOk: [
      { text: 'Les critères seront publiés en mai : restez attentifs.' },
      // The cue word and the colon are in different sentences.
      {
        text: "Le label « est exigeant », juge l'association. Trois villes en sont lauréates : Agen, Boé et Sèvres.",
      },
      // "juge", "selon" reporting speech announce no criteria.
      { text: '« Il faut du temps », juge la déléguée, qui cite trois villes : Agen, Bourges et Valence.' },
      {
        text: 'Selon le président du jury, trois démarches se détachent : la mutualisation, la sobriété et l’ouverture.',
      },
      // The only colon after the cue is an address's.
      {
        text: 'Le projet a été retenu au terme d’une évaluation sur six critères (détails sur https://www.exemple.fr/label/). La commune, elle, a présenté son outil, ses données, ses usages et ses résultats.',
      },
      // What follows the colon is a sentence of its own, not a list.
      {
        text: 'Les dossiers sont notés au regard :Année particulière, édition particulière : un prix spécial est au programme.',
      },
    ],
  },
};
