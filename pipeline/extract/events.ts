import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { Event, EventKind } from '../schema.js';
import { alternation, clean, fold, sentences, tighten } from '../text.js';
import { EVENT_KEYWORDS, REGIONS, VENUE_NOUNS } from '../vocabulary.js';
import { type DateMention, findDates, isoDate } from './dates.js';
import { nameEnd } from './names.js';

interface Keyword {
  kind: EventKind;
  span: Span;
}

const REGION = new RegExp(`(?<![\\p{L}-])(?:${alternation(REGIONS)})(?![\\p{L}-])`, 'gu');
const VENUE = new RegExp(
  `\\b(?:au|a la|a l'|dans le|dans la)\\s*(?=(?:${alternation(VENUE_NOUNS)})\\b)`,
  'gu',
);
/** "à Lyon", "à Charleville-Mézières": a capitalised name after "à" (not "à l'invitation"). */
const AT_CITY = /(?<![\p{L}])à\s+(?=\p{Lu})/gu;
const REGIONAL_KINDS = new Set<EventKind>(['regional-stage', 'regional-selection', 'application-deadline']);
/** Separators of an agenda line: "26 mars – IntercoTOUR Occitanie – Cahors". */
const AGENDA_SEPARATOR = /\s+[–—-]\s+|\s*:\s+|\s+\|\s+/u;

/**
 * Events: a date (or a city) next to a word that says what happens there. Agenda lines that start with
 * a date read their parts; prose is read a sentence at a time.
 */
export function extractEvents(doc: Doc, contextYear: number | null): Event[] {
  const found: Event[] = [];
  for (const block of doc.blocks) {
    const agenda = agendaEvent(doc.text, block, contextYear);
    if (agenda) {
      found.push(agenda);
      continue;
    }
    for (const sentence of sentences(doc.text, block.start, block.end)) {
      found.push(...proseEvents(doc.text, block, sentence, contextYear));
    }
  }
  return mergeEvents(found);
}

/** Keyword phrases may be wrapped over lines: a space in the vocabulary matches any white space. */
const KEYWORDS = EVENT_KEYWORDS.map(({ kind, pattern }) => ({
  kind,
  pattern: new RegExp(pattern.source.replaceAll(' ', '\\s+'), 'g'),
}));

function keywordsIn(text: string, span: Span): Keyword[] {
  const folded = fold(text.slice(span.start, span.end));
  const out: Keyword[] = [];
  for (const { kind, pattern } of KEYWORDS) {
    for (const m of folded.matchAll(pattern)) {
      out.push({ kind, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
    }
  }
  return out;
}

function agendaEvent(text: string, block: Block, contextYear: number | null): Event | null {
  const span = tighten(text, block.start, block.end);
  const date = findDates(text, span.start, span.end)[0];
  if (!date || date.start - span.start > 2) return null;
  const parts = text
    .slice(date.end, span.end)
    .split(AGENDA_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const keyword = keywordsIn(text, span)[0];
  if (!keyword) return null;
  const lastPart = parts.at(-1) as string;
  const cityStart = text.lastIndexOf(lastPart, span.end);
  const cityEnd = nameEnd(text, cityStart, span.end);
  const region = regionIn(text, { start: date.end, end: cityStart });
  const hasCity =
    cityEnd === cityStart + lastPart.length &&
    regionIn(text, { start: cityStart, end: cityEnd }) !== lastPart;
  const city = hasCity ? { start: cityStart, end: cityEnd } : null;
  return makeEvent(text, keyword.kind, date, city, region, null, span, contextYear);
}

function proseEvents(text: string, block: Block, sentence: Span, contextYear: number | null): Event[] {
  const keywords = keywordsIn(text, sentence);
  if (!keywords.length) return [];
  const dates = findDates(text, sentence.start, sentence.end);
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

function makeEvent(
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

function citiesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(0, span.end);
  AT_CITY.lastIndex = span.start;
  for (let m = AT_CITY.exec(slice); m; m = AT_CITY.exec(slice)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start, span.end);
    if (end > start) out.push({ start, end });
  }
  return out;
}

function regionIn(text: string, span: Span): string | null {
  REGION.lastIndex = 0;
  const m = REGION.exec(fold(text.slice(span.start, span.end)));
  return m ? clean(text.slice(span.start + m.index, span.start + m.index + m[0].length)) : null;
}

function venueIn(text: string, span: Span): string | null {
  const folded = fold(text.slice(span.start, span.end));
  VENUE.lastIndex = 0;
  const m = VENUE.exec(folded);
  if (!m) return null;
  const start = span.start + m.index + m[0].length;
  // "Palais du Pharo": the noun, then its name; stop before "à <city>".
  const end = nameEnd(text, start, span.end);
  const venue = text.slice(start, end).replace(/\s+à\s+.*$/u, '');
  return venue ? clean(venue) : null;
}

function nearestTo(keywords: Keyword[], span: Span): Keyword | undefined {
  const distance = (k: Keyword) =>
    k.span.end <= span.start
      ? span.start - k.span.end
      : k.span.start >= span.end
        ? k.span.start - span.end
        : 0;
  return [...keywords].sort((a, b) => distance(a) - distance(b))[0];
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

/** Distinct event cities in document order. */
export function eventCities(events: Event[]): string[] {
  return [...new Set(events.flatMap((e) => (e.city ? [e.city] : [])))];
}
