import { anchorOf, resolveMention } from '../layers/anchor.js';
import type { Layers } from '../layers/index.js';
import type { EventCandidate } from '../rules/types.js';
import type { City, Event } from '../schema.js';
import { clean } from '../text.js';

/**
 * Refiner: candidates to events, the year of a date without one taken from the document's own date,
 * else from the edition year (`contextYear`), else none.
 */
export function toEvents(layers: Layers, candidates: EventCandidate[], contextYear: number | null): Event[] {
  const anchor = anchorOf(layers.published, contextYear);
  return mergeEvents(
    candidates
      .map(({ rule, kind, date, city, region, venue, span }) => {
        const evidence: Event['evidence'] = {};
        if (date) evidence.date = { start: date.start, end: date.end };
        if (city) evidence.city = city;
        const { start, end } = date ? resolveMention(date, anchor) : { start: null, end: null };
        return {
          kind,
          city: city ? clean(layers.text.slice(city.start, city.end)) : null,
          region,
          venue,
          start,
          end,
          span,
          evidence,
          rule,
        };
      })
      .filter(told),
  );
}

/** Kinds that are events by their name alone: a forum, a stage or a deadline the text names is one. */
const NAMED_KINDS = new Set<Event['kind']>([
  'forum',
  'regional-stage',
  'regional-selection',
  'application-deadline',
]);

/**
 * Whether an event says something: a ceremony or another happening whose date has no knowable year
 * and whose place is not told would only repeat that an award was given or that something happened.
 */
function told(e: Event): boolean {
  return e.start !== null || e.city !== null || NAMED_KINDS.has(e.kind);
}

/**
 * Refiner: one event told twice is one event. Same kind and dates with compatible cities merge; an
 * undated mention merges into a dated one of the same kind and city. Missing fields are filled from
 * the other mention; the first mention's position is kept.
 */
export function mergeEvents(events: Event[]): Event[] {
  const out: Event[] = [];
  const compatible = (a: string | null, b: string | null) => a === null || b === null || a === b;
  for (const e of events) {
    const twin = out.find(
      (o) =>
        o.kind === e.kind &&
        ((o.start === e.start && o.end === e.end && compatible(o.city, e.city)) ||
          ((o.start === null || e.start === null) && o.city !== null && o.city === e.city)),
    );
    if (!twin) {
      out.push({ ...e, evidence: { ...e.evidence } });
      continue;
    }
    if (twin.start === null && e.start !== null) {
      Object.assign(twin, { start: e.start, end: e.end });
      if (e.evidence.date) twin.evidence.date = e.evidence.date;
    }
    if (twin.city === null && e.city !== null) {
      twin.city = e.city;
      if (e.evidence.city) twin.evidence.city = e.evidence.city;
    }
    twin.region ??= e.region;
    twin.venue ??= e.venue;
  }
  return out;
}

/** Distinct event cities in document order; their codes come with resolution. */
export function eventCities(events: Event[]): City[] {
  return [...new Set(events.flatMap((e) => (e.city ? [e.city] : [])))].map((name) => ({
    name,
    code: null,
    departements: [],
    regions: [],
  }));
}
