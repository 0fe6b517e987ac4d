import { keywordsIn } from '../../layers/event-words.js';
import { isCommune } from '../../layers/places.js';
import { VENUE_NOUNS } from '../../lexicon/places.js';
import { alternation, clean, foldRange } from '../../text.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/place-venue-date';

/**
 * "LYON - Palais des Congrès Mardi 6 Décembre 2005": a city, a dash, a venue, then the date, the way
 * the cover of a programme or of its proceedings gives the event. Read right before the date, on its
 * line; the city must be a commune.
 */
const BEFORE_DATE =
  /(?:^|[\s·|])(\p{Lu}[\p{L}'’-]*(?:[ -]\p{Lu}[\p{L}'’-]*)*)\s+[–—-]\s+(\p{Lu}[^–—\n.;:]{0,50}?)\s*[,–—-]?\s*$/u;
const VENUE = new RegExp(`^(?:${alternation(VENUE_NOUNS)})\\b`, 'u');
/** How far before the date the city and the venue may start. */
const REACH = 90;

export const placeVenueDate: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a city, a dash and a venue right before a date, as on a programme cover',
  apply(layers) {
    const { text } = layers;
    const out: EventCandidate[] = [];
    for (const date of layers.dates) {
      if (date.from.day === null) continue;
      const lineStart = Math.max(text.lastIndexOf('\n', date.start - 1) + 1, date.start - REACH);
      const m = BEFORE_DATE.exec(text.slice(lineStart, date.start));
      if (!m?.[1] || !m[2]) continue;
      const start = lineStart + m.index + m[0].indexOf(m[1]);
      const city = { start, end: start + m[1].length };
      const venueStart = lineStart + m.index + m[0].lastIndexOf(m[2]);
      const venue = { start: venueStart, end: venueStart + m[2].length };
      if (
        !VENUE.test(foldRange(text, venue.start, venue.end)) ||
        !isCommune(text.slice(city.start, city.end))
      )
        continue;
      const block = layers.blocks.find((b) => b.start <= date.start && date.end <= b.end);
      const kind = (block && keywordsIn(text, block)[0]?.kind) ?? 'other';
      out.push({
        rule: ID,
        kind,
        date,
        city,
        region: null,
        venue: clean(text.slice(venue.start, venue.end)),
        span: { start: city.start, end: date.end },
      });
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: 'Actes du colloque\n\nNANTES - Cité des Congrès Jeudi 14 Novembre 2013 9h00 - 17h30',
        expect: [{ kind: 'other', city: 'NANTES', start: '2013-11-14', end: null }],
      },
    ],
    notOk: [{ text: 'Rapport - Palais de justice Mardi 6 décembre 2005' }],
  },
};
