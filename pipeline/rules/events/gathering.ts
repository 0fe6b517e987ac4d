import type { Span } from '../../../parsers/doc.js';
import { toldAsBackground } from '../../layers/dates.js';
import { gatheringsIn } from '../../layers/event-words.js';
import type { Layers } from '../../layers/index.js';
import { citiesIn } from '../../layers/places.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/gathering';

/**
 * People gathering on a date, told by the verb rather than an event word: "Le 6 novembre dernier, une
 * vingtaine de spécialistes se sont retrouvés à Paris", "l'association a réuni à distance ses
 * adhérents le 13 juillet". The place is the city named after the verb, else the only one.
 */
export const gathering: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a sentence with a verb of gathering ("se sont retrouvés", "a réuni") and a date',
  apply(layers) {
    const out: EventCandidate[] = [];
    layers.blocks.forEach((_, i) => {
      for (const sentence of layers.sentencesOf(i)) out.push(...gatheringEvents(layers, sentence));
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Le 9 octobre 2020, les délégués du réseau se sont réunis à Poitiers pour préparer la saison.',
        expect: [{ kind: 'other', city: 'Poitiers', start: '2020-10-09', end: null }],
      },
    ],
    notOk: [{ text: 'Le réseau a réuni 40 collectivités autour de la charte depuis 2018.' }],
  },
};

function gatheringEvents(layers: Layers, sentence: Span): EventCandidate[] {
  const verb = gatheringsIn(layers.text, sentence)[0];
  if (!verb) return [];
  const dates = layers
    .datesIn(sentence.start, sentence.end)
    .filter((d) => !toldAsBackground(layers.folded, d));
  // Several dates in one sentence are a calendar, not one gathering.
  if (dates.length !== 1) return [];
  const cities = citiesIn(layers.text, sentence);
  const city = cities.find((c) => c.start >= verb.end) ?? (cities.length === 1 ? cities[0] : undefined);
  return [
    {
      rule: ID,
      kind: 'other',
      date: dates[0] ?? null,
      city: city ?? null,
      region: null,
      venue: null,
      span: sentence,
    },
  ];
}
