import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { City, Event, EventKind } from '../schema.js';
import { sentences } from '../text.js';
import { type AgendaContext, agendaEvent, contextOf, type DatesIn } from './agenda.js';
import { type DateMention, findDates } from './dates.js';
import { makeEvent } from './event-record.js';
import { type Keyword, keywordsIn, nearestTo } from './event-words.js';
import { citiesIn, regionIn, venueIn } from './places.js';

const REGIONAL_KINDS = new Set<EventKind>(['regional-stage', 'regional-selection', 'application-deadline']);
/**
 * Events: a date (or a city) next to a word that says what happens there. Agenda lines that start with
 * a date read their parts; prose is read a sentence at a time.
 */
export function extractEvents(doc: Doc, contextYear: number | null): Event[] {
  const found: Event[] = [];
  // One chrono pass over the whole text costs less than one per sentence; mentions are then looked up.
  const dates = findDates(doc.text, 0, doc.text.length).filter((d) => !isDateline(doc.text, d));
  const datesIn = (start: number, end: number) => dates.filter((d) => d.start >= start && d.end <= end);
  let context: AgendaContext = { kind: undefined, region: null };
  for (const block of doc.blocks) {
    const agenda = agendaEvent(doc.text, block, datesIn, context, contextYear);
    if (agenda) {
      found.push(agenda);
      continue;
    }
    context = contextOf(doc.text, block, block === doc.blocks[0]) ?? context;
    for (const sentence of sentences(doc.text, block.start, block.end)) {
      found.push(...proseEvents(doc.text, block, sentence, datesIn, contextYear));
    }
  }
  return mergeEvents(found);
}

function proseEvents(
  text: string,
  block: Block,
  sentence: Span,
  datesIn: DatesIn,
  contextYear: number | null,
): Event[] {
  const keywords = keywordsIn(text, sentence);
  if (!keywords.length) return [];
  const dates = datesIn(sentence.start, sentence.end);
  const cities = citiesIn(text, sentence);
  // A regional event may name its région earlier in the paragraph ("En Occitanie, …. Les sélections …").
  const paragraphRegion = regionIn(text, { start: block.start, end: sentence.start });
  const regionFor = (kind: EventKind) =>
    regionIn(text, sentence) ?? (REGIONAL_KINDS.has(kind) ? paragraphRegion : null);
  const venue = venueIn(text, sentence);
  if (!dates.length) {
    // Without a date, an event needs a place to be worth reporting ("le Forum, organisé à Toulouse").
    const city = cities[0];
    const keyword = city && nearestTo(keywords, city);
    return keyword && city
      ? [makeEvent(text, keyword.kind, null, city, regionFor(keyword.kind), venue, sentence, contextYear)]
      : [];
  }
  return dates.map((date, i) => {
    const keyword = nearestTo(keywords, date) as Keyword;
    const next = dates[i + 1]?.start ?? sentence.end;
    // The city of a date is the first one after it, before the next date; else any in the sentence.
    const city =
      cities.find((c) => c.start >= date.end && c.start < next) ??
      (dates.length === 1 ? cities[0] : undefined);
    return makeEvent(
      text,
      keyword.kind,
      date,
      city ?? null,
      regionFor(keyword.kind),
      venue,
      sentence,
      contextYear,
    );
  });
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

/** "Metz, le 23 novembre 2017 – La 5e édition …": the date a release was written, not an event. */
function isDateline(text: string, date: DateMention): boolean {
  const lineStart = text.lastIndexOf('\n', date.start - 1) + 1;
  return (
    DATELINE_BEFORE.test(text.slice(lineStart, date.start)) &&
    /^\s*[–—-]\s/u.test(text.slice(date.end, date.end + 4))
  );
}

const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’ -]{1,40},\s+(?:le\s+)?(?:\p{L}+\s+)?$/u;
