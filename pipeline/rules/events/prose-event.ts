import type { Block, Span } from '../../../parsers/doc.js';
import { toldAsBackground } from '../../layers/dates.js';
import { type Keyword, keywordsIn, nearestTo } from '../../layers/event-words.js';
import type { Layers } from '../../layers/index.js';
import { citiesIn, regionIn, venueIn } from '../../layers/places.js';
import type { EventKind } from '../../schema.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/prose-sentence';
const REGIONAL_KINDS = new Set<EventKind>(['regional-stage', 'regional-selection', 'application-deadline']);

/**
 * Events told in a sentence: each date next to the nearest word that says what happens then, with the
 * city after it; without a date, an event word with a city ("le Forum, organisé à Toulouse").
 */
export const proseEvent: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a sentence with an event word and a date or a city',
  apply(layers) {
    const out: EventCandidate[] = [];
    layers.blocks.forEach((block, i) => {
      for (const sentence of layers.sentencesOf(i)) out.push(...sentenceEvents(layers, block, sentence));
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Le Forum des territoires se tiendra les 2 et 3 décembre 2013 à Lyon.',
        expect: [{ kind: 'forum', city: 'Lyon', start: '2013-12-02', end: '2013-12-03' }],
      },
      {
        text: 'Les candidatures sont à déposer avant le 15 mars 2019.',
        expect: [{ kind: 'application-deadline', city: null, start: '2019-03-15', end: null }],
      },
    ],
    notOk: [{ text: 'La séance a duré 15 minutes.' }, { text: 'Le 3 mai, la ville a voté son budget.' }],
  },
};

function sentenceEvents(layers: Layers, block: Block, sentence: Span): EventCandidate[] {
  const { text } = layers;
  const found = keywordsIn(text, sentence);
  // A jury or a selection step names the event only where the sentence names no other ("la cérémonie
  // aura lieu le 12 décembre, en présence du jury").
  const named = found.filter((k) => !k.dated);
  const keywords = named.length ? named : found;
  if (!keywords.length) return [];
  const dates = layers
    .datesIn(sentence.start, sentence.end)
    .filter((d) => !toldAsBackground(layers.folded, d));
  const cities = citiesIn(text, sentence);
  // A regional event may name its région earlier in the paragraph ("En Occitanie, …. Les sélections …").
  const paragraphRegion = regionIn(text, { start: block.start, end: sentence.start });
  const regionFor = (kind: EventKind) =>
    regionIn(text, sentence) ?? (REGIONAL_KINDS.has(kind) ? paragraphRegion : null);
  const venue = venueIn(text, sentence);
  if (!dates.length) {
    const city = cities[0];
    // A jury or a selection step is a happening only with its date.
    const keyword = city && nearestTo(named, city);
    return keyword && city
      ? [
          {
            rule: ID,
            kind: keyword.kind,
            date: null,
            city,
            region: regionFor(keyword.kind),
            venue,
            span: sentence,
          },
        ]
      : [];
  }
  return dates.map((date, i) => {
    const keyword = nearestTo(keywords, date) as Keyword;
    const next = dates[i + 1]?.start ?? sentence.end;
    // The city of a date is the first one after it, before the next date; else any in the sentence.
    const city =
      cities.find((c) => c.start >= date.end && c.start < next) ??
      (dates.length === 1 ? cities[0] : undefined);
    return {
      rule: ID,
      kind: keyword.kind,
      date,
      city: city ?? null,
      region: regionFor(keyword.kind),
      venue,
      span: sentence,
    };
  });
}
