import type { Span } from '../../../parsers/doc.js';
import { namesNonLaureates } from '../../grammar/cues.js';
import { bodyTypeLength } from '../../grammar/names.js';
import type { BodyMention } from '../../layers/bodies.js';
import type { Layers } from '../../layers/index.js';
import { AWARD_NOUNS, RECEIVE_CUES } from '../../lexicon/awards.js';
import { BODY_TYPES, type BodyTypeEntry } from '../../lexicon/bodies.js';
import { kindOfType } from '../../resolve/body-types.js';
import type { ResolutionKind } from '../../resolve/schema.js';
import { allMatches, fold } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { type ProseSentence, proseSentences } from './prose-sentences.js';
import { statedYear } from './subject-award.js';
import { titleIn } from './titles.js';

const ID = 'laureate/anaphoric-subject';

const RECEIVE_ALL = new RegExp(RECEIVE_CUES.source, 'gu');
/** "la collectivité", "La Communauté de communes", "l'agglomération", or "elle": a body named before. */
const SUBJECT = /(?:^|[,:;]\s+)(?:(la|le|l')\s*(?=\p{L})|(elle|il)\s+)/gu;
/** Body types that stand for any body: "la collectivité" may be a commune or an EPCI. */
const ANY_KIND = new Set(['collectivite', 'collectivite territoriale']);

/**
 * An article about one laureate names it in full once ("la Communauté de communes Val de Cher
 * Controis") and then by its type alone or a pronoun: "La Communauté de communes s'est vu remettre la
 * distinction", "… que la commune est distinguée : en 2019, elle avait obtenu le label bronze". The type
 * stands for the body of that kind the sentence before names, else for the one body of that kind the
 * document names; with two, it stands for none.
 */
export const anaphoricSubject: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a body type or a pronoun as the subject of an award verb, standing for a body named before',
  apply(layers) {
    const bodies = typedBodies(layers);
    const out: LaureateCandidate[] = [];
    for (const sentence of proseSentences(layers)) {
      for (const found of anaphors(layers, sentence, bodies)) {
        const item = {
          name: { start: found.body.nameStart, end: found.body.end },
          locator: null,
          evidence: 'typed' as const,
        };
        const laureate = itemLaureate(layers.text, ID, item, {
          tier: layers.awardIn(found.clause) ?? sentence.award,
          category: sentence.category,
          project: titleIn(layers, found.clause),
          statedYear: statedYear(layers.folded.slice(found.clause.start, found.clause.end)),
        });
        out.push({ ...laureate, read: found.clause });
      }
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: "Le président de la Communauté de communes Val de Loire a présenté l'outil. La Communauté de communes s'est vu remettre le label d'or lors du forum.",
        expect: [
          { tier: 'gold', category: null, awardees: ['Communauté de communes Val de Loire'], project: null },
        ],
      },
      {
        text: "C'est une surprise pour les élus de la Communauté de communes Cœur de Savoie. Jeudi, la collectivité s'est vu remettre le label or pour « Covoit'Cœur ».",
        expect: [
          {
            tier: 'gold',
            category: null,
            awardees: ['Communauté de communes Cœur de Savoie'],
            project: "Covoit'Cœur",
          },
        ],
      },
    ],
    notOk: [
      {
        text: "La Communauté de communes Val de Loire et la Communauté de communes du Pays Fort ont signé une convention. La Communauté de communes s'est vu remettre le label d'or.",
      },
      {
        text: 'La Ville de Blois était finaliste. Elle avait déjà été finaliste du label en 2020, sans être retenue.',
      },
    ],
  },
};

interface Typed {
  body: BodyMention;
  kind: ResolutionKind | 'any';
  key: string;
}

/** Every body named with its type, in document order, with the kind its type announces. */
function typedBodies(layers: Layers): Typed[] {
  const out: Typed[] = [];
  const starts = new Set<number>();
  layers.blocks.forEach((_, i) => {
    for (const sentence of layers.sentencesOf(i)) {
      for (const body of layers.bodiesIn(sentence)) {
        const kind = kindAt(layers, body.nameStart);
        if (!kind || starts.has(body.start)) continue;
        starts.add(body.start);
        out.push({ body, kind, key: fold(layers.text.slice(body.nameStart, body.end)) });
      }
    }
  });
  return out;
}

/** The kind of body the type at `at` announces, or null where no type starts there; "any" for "collectivité". */
function kindAt(layers: Layers, at: number): ResolutionKind | 'any' | null {
  const type = bodyTypeLength(layers.text, at);
  if (!type) return null;
  const words = fold(layers.text.slice(at, at + type));
  if (ANY_KIND.has(words)) return 'any';
  const entry = TYPES_BY_FOLDED.get(words);
  return entry ? kindOfType(entry.type) : null;
}

/** The body types by their folded words; where two fold alike, the first in the table. */
const TYPES_BY_FOLDED = new Map<string, BodyTypeEntry>();
for (const [w, entry] of Object.entries(BODY_TYPES))
  if (!TYPES_BY_FOLDED.has(fold(w))) TYPES_BY_FOLDED.set(fold(w), entry);

/** The clauses of a sentence whose anaphoric subject receives an award, with the body it stands for. */
function anaphors(
  layers: Layers,
  sentence: ProseSentence,
  bodies: Typed[],
): Array<{ body: BodyMention; clause: Span }> {
  const { text } = layers;
  const { span } = sentence;
  const folded = layers.folded.slice(span.start, span.end);
  const out: Array<{ body: BodyMention; clause: Span }> = [];
  for (const cue of allMatches(RECEIVE_ALL, folded)) {
    if (!AWARD_NOUNS.test(folded.slice(cue.index, cue.index + cue[0].length + 60))) continue;
    const before = folded.slice(0, cue.index);
    // The subject is the last clause start before the verb: a type alone, or a pronoun.
    const starts = allMatches(SUBJECT, before);
    const subject = starts.at(-1);
    if (!subject || namesNonLaureates(before.slice(subject.index))) continue;
    const at = span.start + subject.index + subject[0].length;
    const between = text.slice(at, span.start + cue.index).trim();
    let kind: ResolutionKind | 'any' | null;
    if (subject[2]) {
      // "elle": what the clause before named ("que la commune est distinguée : en 2019, elle …").
      if (
        !/^(?:avait|a|ont|avaient|s'est|s'etait|se voit|se verra)?\s*(?:deja|aussi|egalement|ainsi)?\s*$/u.test(
          fold(between),
        )
      )
        continue;
      kind = antecedentKind(layers, span.start, at);
    } else {
      kind = kindAt(layers, at);
      // Nothing but the type before the verb: "La Communauté de communes s'est vu …".
      const type = bodyTypeLength(text, at);
      const rest = fold(text.slice(at + type, span.start + cue.index)).trim();
      if (
        !kind ||
        !/^(?:a|ont|avait|avaient|est|sont|s'est|se voit|se verra|qui)?\s*(?:deja|aussi|egalement|ainsi)?\s*$/u.test(
          rest,
        )
      )
        continue;
    }
    if (!kind) continue;
    const body = standsFor(bodies, kind, span, sentence.previous);
    if (body) out.push({ body, clause: { start: at, end: span.end } });
  }
  return out;
}

/** The kind a pronoun takes from a type named before it in its sentence ("la commune … : elle"). */
function antecedentKind(layers: Layers, from: number, to: number): ResolutionKind | 'any' | null {
  const folded = layers.folded.slice(from, to);
  let kind: ResolutionKind | 'any' | null = null;
  for (const m of folded.matchAll(/\b(?:la|le|l')\s*(?=\p{L})/gu))
    kind = kindAt(layers, from + m.index + m[0].length) ?? kind;
  return kind;
}

/**
 * The body a type stands for: the one of its kind the sentence before names, if it names one only;
 * else the one of its kind the document names before, if there is one only.
 */
function standsFor(
  bodies: Typed[],
  kind: ResolutionKind | 'any',
  sentence: Span,
  previous: Span | null,
): BodyMention | null {
  const fits = (t: Typed) =>
    t.body.start < sentence.start && (kind === 'any' || t.kind === kind || t.kind === 'any');
  const distinct = (list: Typed[]) => [...new Map(list.map((t) => [t.key, t])).values()];
  const near = previous ? distinct(bodies.filter((t) => fits(t) && t.body.start >= previous.start)) : [];
  if (near.length === 1) return near[0]?.body ?? null;
  if (near.length > 1) return null;
  const all = distinct(bodies.filter(fits));
  return all.length === 1 ? (all[0]?.body ?? null) : null;
}
