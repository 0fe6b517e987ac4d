import type { Span } from '../../../parsers/doc.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import { AWARD_NOUNS, BEFORE_VERB, NOT_LAUREATE_CUES, RECEIVE_CUES } from '../../lexicon/awards.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';
import { titleIn } from './titles.js';

const ID = 'laureate/subject-award';

/** Verbs that receive anything, an award among other things. */
const RECEIVING =
  /^(?:recoi|recu|recev|decroch|obten|obtenu|obtenir|remport|se voi|se verr|se sont vu|s'est vu)/u;

/**
 * Bodies as the subject of a verb that tells their award: "Maurepas décroche ce label", "Bois d'Arcy,
 * Limay et Rosny-sur-Seine reçoivent quant à elles deux cœurs", "La ville de Sélestat (Bas-Rhin) a reçu
 * le prix pour avoir organisé son second « Rallye des employeurs »", after an opening phrase ("Pour leur
 * première candidature, …") or a label ("Catégorie + de 40 000 habitants : …"). The project is a title
 * quoted after the verb; a description is none.
 */
export const subjectAward: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'bodies, then a verb that tells they received an award, perhaps for a quoted project',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, section } of proseSentences(layers)) {
      const found = subjects(layers, span);
      if (!found) continue;
      const context = {
        tier: layers.awardIn(span),
        category: section.category,
        project: titleIn(layers, { start: found.verb, end: span.end }),
      };
      for (const item of found.items) out.push(itemLaureate(layers.text, ID, item, context));
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Au rang des communes primées, Maurepas décroche ce label dès sa première participation.',
        expect: [{ tier: null, category: null, awardees: ['Maurepas'], project: null }],
      },
      {
        text: "Pour leur première candidature, Bois d'Arcy, Limay et Rosny-sur-Seine reçoivent quant à elles deux cœurs.",
        expect: [
          { tier: null, category: null, awardees: ["Bois d'Arcy"], project: null },
          { tier: null, category: null, awardees: ['Limay'], project: null },
          { tier: null, category: null, awardees: ['Rosny-sur-Seine'], project: null },
        ],
      },
      {
        text: 'La ville de Sélestat (Bas-Rhin, 20 000 habitants) a reçu le prix pour avoir organisé son second « Rallye des employeurs ».',
        expect: [
          { tier: null, category: null, awardees: ['ville de Sélestat'], project: 'Rallye des employeurs' },
        ],
      },
    ],
    notOk: [
      { text: 'Brest métropole et ville ont été récompensées le 2 mars pour deux projets.' },
      { text: 'Les communes candidates, Lyon et Grenoble, ont obtenu un rendez-vous avec le jury.' },
      { text: "Une collectivité de plus décroche le label d'or cette année." },
      { text: "Cette année, l'association Open Data a reçu 64 candidatures." },
    ],
  },
};

/** The bodies that receive the award told by the sentence's verb, and where that verb starts. */
function subjects(layers: Layers, sentence: Span): { items: ListItem[]; verb: number } | null {
  const folded = layers.folded.slice(sentence.start, sentence.end);
  const cue = RECEIVE_CUES.exec(folded);
  if (!cue) return null;
  const before = folded.slice(0, cue.index);
  // "a reçu le prix", "décroche ce label": a verb of receiving needs an award as its object ("a reçu 64
  // candidatures" receives none); "est labellisée", "rejoint les lauréats" say it themselves.
  const object = folded.slice(cue.index, cue.index + cue[0].length + 60);
  if (RECEIVING.test(cue[0]) && !AWARD_NOUNS.test(object)) return null;
  const filler = BEFORE_VERB.exec(before);
  const end = sentence.start + (filler ? filler.index : before.length);
  // The subject starts at the sentence, after its opening phrase, after a label and its colon, or
  // after "c'est" ("C'est la ville de Brest qui a reçu …").
  const starts = [
    0,
    ...[...before.matchAll(/[,:]\s+|\bc'est\s+|\bce sont\s+/gu)].map((m) => m.index + m[0].length),
  ];
  for (const start of starts) {
    if (sentence.start + start >= end) break;
    const items = placeList(layers.text, { start: sentence.start + start, end });
    // Candidates, jurors and partners named as the subject receive nothing.
    if (items)
      return NOT_LAUREATE_CUES.test(before.slice(start)) ? null : { items, verb: sentence.start + cue.index };
  }
  return null;
}
