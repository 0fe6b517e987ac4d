import type { Span } from '../../parsers/doc.js';
import { bodyTypeLength, hasBodyType, nameEnd } from '../grammar/names.js';
import { REGIONS, VENUE_NOUNS } from '../lexicon/places.js';
import { communeHits } from '../resolve/match.js';
import { foldName } from '../resolve/normalise.js';
import { allMatches, alternation, clean, foldRange, matchesIn } from '../text.js';

/** Where an event takes place, read from a sentence or a line: cities, régions, venues. */

const REGION = new RegExp(`(?<![\\p{L}-])(?:${alternation(REGIONS)})(?![\\p{L}-])`, 'gu');
const VENUE = new RegExp(
  `\\b(?:au|a la|a l'|dans le|dans la)\\s*(?=(?:${alternation(VENUE_NOUNS)})\\b)`,
  'gu',
);
/** "à Lyon", "à Charleville-Mézières": a capitalised name after "à" (not "à l'invitation"). */
const AT_CITY = /(?<![\p{L}])à\s+(?=\p{Lu})/gu;
/** "Angers a accueilli …": a city as the subject of hosting. */
const HOSTS = /^\s+(?:a\s+accueilli|accueille|accueillera|accueillait|a\s+reçu|recevra)\b/u;
/** A capitalised word, where a city that hosts may start. */
const CAPITAL = /(?<![\p{L}'’-])\p{Lu}/gu;
/** The city closing a venue's name: "au Parc des expositions de Rouen". */
const VENUE_CITY = /\s(?:de\s+|d['’])(?=\p{Lu})/gu;

/** Cities of a sentence, in order: "à Lyon", "Angers a accueilli", "au Palais des congrès de Paris". */
export function citiesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const m of matchesIn(AT_CITY, text, span.start, span.end)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start, span.end);
    if (end > start) out.push({ start, end });
  }
  for (const m of matchesIn(CAPITAL, text, span.start, span.end)) {
    const start = m.index;
    const end = nameEnd(text, start, span.end);
    if (end > start && HOSTS.test(text.slice(end, span.end)) && !hasBodyType(text, start, end))
      out.push({ start, end });
  }
  const venue = venueSpan(text, span);
  if (venue) {
    const inVenue = allMatches(VENUE_CITY, text.slice(venue.start, venue.end)).at(-1);
    const start = inVenue ? venue.start + inVenue.index + inVenue[0].length : -1;
    const end = inVenue ? nameEnd(text, start, venue.end) : -1;
    if (end > start && end === venue.end && !bodyTypeLength(text, start)) out.push({ start, end });
  }
  return out.map((c) => withoutArrondissement(text, c)).sort((a, b) => a.start - b.start);
}

/** "à Paris 7ème", "Lyon 3e": an arrondissement follows the city's name, it is not part of it. */
const ARRONDISSEMENT = /\s+\d{1,2}(?:e|è|ème|eme|er)$/u;

function withoutArrondissement(text: string, city: Span): Span {
  const m = ARRONDISSEMENT.exec(text.slice(city.start, city.end));
  return m ? { start: city.start, end: city.start + m.index } : city;
}

/**
 * What may stand between an event word and the city closing its name: capitalised words, a year, an
 * adjective ("national"), a complement ("des Interconnectés", "de la plaisance"). Then "de" or "d'"
 * and the city.
 */
const NAME_PARTS =
  /^(?:\s+(?:[\p{Lu}\d][\p{L}\d'’&-]*|(?:des|du|de la|de l['’]|de|d['’])\s*[\p{L}][\p{L}'’-]*|(?:inter)?nationale?s?|annuel(?:le)?s?|régionale?s?)){0,6}\s+(?:de\s+|d['’])(?=\p{Lu})/u;

/**
 * "le Forum SPORTCOLL de Montpellier", "les Assises nationales de Lyon": a commune closing the name of
 * the event named at `keyword`. Not "le Congrès des maires de l'AMF": it must be a commune of the
 * gazetteer (loaded on first use).
 */
export function cityClosingName(text: string, keyword: Span, limit: number): Span | null {
  const m = NAME_PARTS.exec(text.slice(keyword.end, limit));
  if (!m) return null;
  const start = keyword.end + m[0].length;
  const end = nameEnd(text, start, limit);
  return end > start && isCommune(text.slice(start, end))
    ? withoutArrondissement(text, { start, end })
    : null;
}

/** Whether a name is a commune's, current or former. */
export function isCommune(name: string): boolean {
  return communeHits(foldName(name)).length > 0;
}

export function regionIn(text: string, span: Span): string | null {
  REGION.lastIndex = 0;
  const m = REGION.exec(foldRange(text, span.start, span.end));
  return m ? clean(text.slice(span.start + m.index, span.start + m.index + m[0].length)) : null;
}

/** "au Palais du Pharo": a venue noun and its name. */
function venueSpan(text: string, span: Span): Span | null {
  VENUE.lastIndex = 0;
  const m = VENUE.exec(foldRange(text, span.start, span.end));
  if (!m) return null;
  const start = span.start + m.index + m[0].length;
  // The venue noun may be lower case ("l'hôtel de ville d'Issy-les-Moulineaux"): its name follows it.
  const noun = /^\S+/.exec(text.slice(start, span.end))?.[0].length ?? 0;
  const end = /^\p{Lu}/u.test(text.slice(start))
    ? nameEnd(text, start, span.end)
    : nameEnd(text, start + noun + 1, span.end, true);
  return end > start + noun ? { start, end } : null;
}

export function venueIn(text: string, span: Span): string | null {
  const venue = venueSpan(text, span);
  return venue ? clean(text.slice(venue.start, venue.end)) : null;
}
