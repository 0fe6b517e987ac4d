import type { Span } from '../../parsers/doc.js';
import type { Event, EventKind } from '../schema.js';
import { clean } from '../text.js';
import { type DateMention, isoDate } from './dates.js';

/** An event from what was found of it; the year of a date without one comes from the context. */
export function makeEvent(
  text: string,
  kind: EventKind,
  date: DateMention | null,
  city: Span | null,
  region: string | null,
  venue: string | null,
  within: Span,
  contextYear: number | null,
): Event {
  const evidence: Event['evidence'] = {};
  if (date) evidence.date = { start: date.start, end: date.end };
  if (city) evidence.city = city;
  return {
    kind,
    city: city ? clean(text.slice(city.start, city.end)) : null,
    region,
    venue,
    start: date ? isoDate(date.from, contextYear) : null,
    end: date?.to ? isoDate(date.to, contextYear) : null,
    span: within,
    evidence,
  };
}
