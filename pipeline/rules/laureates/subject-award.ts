import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import { AWARD_NOUNS, BEFORE_VERB, RECEIVE_CUES } from '../../lexicon/awards.js';

const RECEIVE_ALL = new RegExp(RECEIVE_CUES.source, 'gu');

import { allMatches } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { laureatesOf, namedMention } from './build.js';
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
    for (const sentence of proseSentences(layers)) {
      for (const clause of subjects(layers, sentence.span)) {
        const told = layers.awardIn({ start: clause.items[0]?.name.start ?? clause.verb, end: clause.end });
        const mention = namedMention(layers.text, sentence.span);
        const context = {
          tier: told ?? sentence.award,
          category: mention ? [mention] : sentence.category,
          project: titleIn(layers, { start: clause.verb, end: clause.end }),
          statedYear: statedYear(layers.folded.slice(clause.verb, clause.end)),
        };
        out.push(...laureatesOf(layers.text, ID, clause.items, context));
      }
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

interface Clause {
  items: ListItem[];
  verb: number;
  /** Where the clause of the verb ends: the next clause's subject, or the sentence's end. */
  end: number;
}

/** Where a clause's subject may start: after a comma, a colon, "c'est", "tandis que", "et". */
const SUBJECT_START =
  /[,:;]\s+|\bc'est\s+|\bce sont\s+|\b(?:tandis|alors|si bien) qu(?:e\s+|')|\bet\s+|\bmais\s+/gu;
/** "… en décrochent deux": the award was named before, "en" stands for it. */
const CLITIC = /\ben\s+$/u;

/**
 * The clauses of a sentence whose subject receives an award ("Lisle-sur-Tarn obtient sa deuxième
 * fleur, tandis que Lautrec et Puycelsi font leur entrée dans le label"), each with its bodies.
 */
function subjects(layers: Layers, sentence: Span): Clause[] {
  const folded = layers.folded.slice(sentence.start, sentence.end);
  const cues = allMatches(RECEIVE_ALL, folded);
  const out: Clause[] = [];
  let from = 0;
  cues.forEach((cue, k) => {
    const before = folded.slice(0, cue.index);
    const next = cues[k + 1]?.index ?? folded.length;
    const object = folded.slice(cue.index, Math.min(next, cue.index + cue[0].length + 60));
    // "a reçu le prix", "décroche ce label": a verb of receiving needs an award as its object ("a reçu
    // 64 candidatures" receives none) or "en" standing for one; "est labellisée" says it itself.
    const clitic = CLITIC.test(before) && AWARD_NOUNS.test(folded);
    if (RECEIVING.test(cue[0]) && !AWARD_NOUNS.test(object) && !clitic) return;
    const filler = BEFORE_VERB.exec(before.replace(CLITIC, ''));
    const end = sentence.start + (filler ? filler.index : before.length);
    const starts = [
      from,
      ...allMatches(SUBJECT_START, before.slice(from)).map((m) => from + m.index + m[0].length),
    ];
    for (const start of starts) {
      if (sentence.start + start >= end) break;
      const items = placeList(layers.text, { start: sentence.start + start, end });
      if (!items) continue;
      // Candidates, jurors and partners named as the subject receive nothing.
      if (!namesNonLaureates(before.slice(start))) {
        out.push({
          items,
          verb: sentence.start + cue.index,
          end: sentence.start + endOfClause(folded, cue.index, next),
        });
      }
      break;
    }
    from = cue.index + cue[0].length;
  });
  return out;
}

/** The clause of a verb ends where the next clause's subject starts. */
function endOfClause(folded: string, verb: number, next: number): number {
  if (next >= folded.length) return folded.length;
  const between = folded.slice(verb, next);
  const cut = Math.max(
    between.lastIndexOf(','),
    between.lastIndexOf(';'),
    between.lastIndexOf(' tandis '),
    between.lastIndexOf(' et '),
  );
  return cut > 0 ? verb + cut : next;
}

/** "en 2019, elle avait obtenu …", "… en 2016": the year an award was given, when the clause says. */
export function statedYear(folded: string): number | null {
  const m = /\ben\s+((?:19|20)\d{2})\b/u.exec(folded);
  return m ? Number(m[1]) : null;
}
