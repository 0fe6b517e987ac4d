import type { Span } from '../../../parsers/doc.js';
import { type DateMention, toldAsBackground } from '../../layers/dates.js';
import { awardsToldIn, keywordsIn } from '../../layers/event-words.js';
import type { Layers } from '../../layers/index.js';
import { citiesIn, cityClosingName, regionIn, venueIn } from '../../layers/places.js';
import type { EventKind } from '../../schema.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/award-on-date';

/** What a sentence names: the award given, or the occasion it is given at. */
interface Phrase {
  kind: EventKind;
  span: Span;
}

/**
 * An award told as a happening, with its date: "Brest a été récompensée le 2 mars", "Les prix seront
 * décernés le 20 novembre à Paris", "se verront remettre ce prix le jeudi 1er décembre 2016 à Paris",
 * "Le 6 mai, le Pavillon bleu est aussi allé à 84 ports". A date belongs to the phrase it follows
 * (else to the one right after it). A date that follows a forum dates the forum, and the award given
 * during it: "lors du Forum SPORTCOLL de Montpellier, le 7 février, que 175 villes se sont vu
 * décerner le label" is a forum and a ceremony. A date that follows the award does not date the
 * forum it closes, which may last days: "sera dévoilé le 12 décembre à Lille, pour clore le Forum"
 * is a ceremony on that day and a forum in Lille.
 */
export const awardOnDate: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a sentence that tells an award given, with its date, and the forum it is given at',
  apply(layers) {
    const out: EventCandidate[] = [];
    layers.blocks.forEach((_, i) => {
      for (const sentence of layers.sentencesOf(i)) out.push(...sentenceEvents(layers, sentence));
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Les trois communes ont été récompensées le 12 octobre 2023.',
        expect: [{ kind: 'ceremony', city: null, start: '2023-10-12', end: null }],
      },
      {
        text: 'C’est pendant les Assises de Nantes, le 4 juin, que douze villes se sont vu remettre le prix.',
        expect: [
          { kind: 'forum', city: 'Nantes', start: '06-04', end: null },
          { kind: 'ceremony', city: 'Nantes', start: '06-04', end: null },
        ],
      },
      {
        text: 'Le palmarès sera dévoilé le mardi 3 octobre à Rennes, en clôture du Carrefour des territoires.',
        expect: [
          { kind: 'ceremony', city: 'Rennes', start: '10-03', end: null },
          { kind: 'forum', city: 'Rennes', start: null, end: null },
        ],
      },
    ],
    notOk: [
      { text: 'La commune, labellisée depuis 2015, a reçu le label pour la troisième fois.' },
      { text: 'Créé le 3 mars 2009, le label a été attribué à 150 communes.' },
      { text: 'Le 3 mars, la ville a présenté le projet qui lui avait valu le prix.' },
      { text: 'Le rapport a été remis le 3 mai au ministre, à Paris.' },
    ],
  },
};

function sentenceEvents(layers: Layers, sentence: Span): EventCandidate[] {
  const { text } = layers;
  const keywords = keywordsIn(text, sentence);
  const awards: Phrase[] = [
    ...awardsToldIn(text, sentence),
    ...keywords.filter((k) => k.kind === 'ceremony').map((k) => k.span),
  ].map((span) => ({ kind: 'ceremony', span }));
  if (!awards.length) return [];
  const dates = layers
    .datesIn(sentence.start, sentence.end)
    .filter((d) => !toldAsBackground(layers.folded, d));
  if (!dates.length) return [];
  // The occasions an award may be given at; deadlines and selection steps are other rules' business.
  const occasions: Phrase[] = keywords.filter(
    (k) => !k.dated && k.kind !== 'ceremony' && k.kind !== 'application-deadline',
  );
  const phrases = [...awards, ...occasions].sort((a, b) => a.span.start - b.span.start);
  const cities = citiesIn(text, sentence);
  const venue = venueIn(text, sentence);
  const region = regionIn(text, sentence);
  const candidate = (kind: EventKind, date: DateMention | null, city: Span | null): EventCandidate => ({
    rule: ID,
    kind,
    date,
    city,
    region,
    venue,
    span: sentence,
  });

  const out: EventCandidate[] = [];
  const dated = new Set<Phrase>();
  let awardCity: Span | null = null;
  dates.forEach((date, i) => {
    const owner = ownerOf(phrases, dates, i);
    if (!owner) return;
    dated.add(owner);
    const next = dates[i + 1]?.start ?? sentence.end;
    const after = cities.find((c) => c.start >= date.end && c.start < next) ?? null;
    if (owner.kind === 'ceremony') {
      const city = after ?? (dates.length === 1 ? (cities[0] ?? null) : null);
      awardCity ??= city;
      out.push(candidate('ceremony', date, city));
    } else {
      const city = cityClosingName(text, owner.span, sentence.end) ?? after;
      out.push(candidate(owner.kind, date, city));
      // The award given during a one-day occasion took place that day; during days of a forum, or a
      // month, its day is not told.
      if (!date.to && date.from.day !== null) out.push(candidate('ceremony', date, city));
    }
  });
  // An occasion the award closes or is given during, without a date of its own: its place, if any.
  for (const o of occasions) {
    if (dated.has(o)) continue;
    const city = cityClosingName(text, o.span, sentence.end) ?? awardCity;
    if (city) out.push(candidate(o.kind, null, city));
  }
  return out;
}

/**
 * The phrase a date belongs to: the one it stands in ("recevront le 24 novembre un Trophée"), else the
 * nearest one before it; for a date before any phrase, the first phrase after it when no other date
 * stands between them ("Le 6 mai, le Pavillon bleu est allé à …").
 */
function ownerOf(phrases: readonly Phrase[], dates: readonly DateMention[], i: number): Phrase | undefined {
  const date = dates[i] as DateMention;
  const inside = phrases.find((p) => p.span.start <= date.start && date.end <= p.span.end);
  if (inside) return inside;
  const before = phrases.filter((p) => p.span.end <= date.start).at(-1);
  if (before) return before;
  const after = phrases.find((p) => p.span.start >= date.end);
  const nextDate = dates[i + 1];
  return after && (!nextDate || nextDate.start > after.span.start) ? after : undefined;
}
