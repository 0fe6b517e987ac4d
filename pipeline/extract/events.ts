import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { City, Event, EventKind } from '../schema.js';
import { alternation, clean, foldRange, matchesIn, sentences, tighten } from '../text.js';
import { EVENT_KEYWORDS, REGIONS, VENUE_NOUNS } from '../vocabulary.js';
import { type DateMention, findDates, isoDate } from './dates.js';
import { bodyTypeLength, hasBodyType, nameEnd } from './names.js';

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
/** The longest agenda line that is not a list item; longer lines are prose. */
const AGENDA_LINE = 120;
/** What may open an agenda line before its date: "Mardi 18 mai 2021", "Les 18 et 19 mars". */
const AGENDA_OPENER = /^\s*(?:(?:le|les|du|au)\b\s*)?(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s*)?$/;
/** "Angers a accueilli …": a city as the subject of hosting. */
const HOSTS = /^\s+(?:a\s+accueilli|accueille|accueillera|accueillait|a\s+reçu|recevra)\b/u;
/** The city closing a venue's name: "au Parc des expositions de Rouen". */
const VENUE_CITY = /\s(?:de\s+|d['’])(?=\p{Lu})/gu;

interface AgendaContext {
  kind: EventKind | undefined;
  region: string | null;
}

/**
 * What a title, a heading or a line that introduces a list (it ends with a colon) says about the
 * events listed after it: "Journée régionale … – Auvergne-Rhône-Alpes", "… lors de sélections régionales :".
 */
function contextOf(text: string, block: Block, first: boolean): AgendaContext | null {
  if (!first && block.kind !== 'heading' && !/:\s*$/.test(text.slice(block.start, block.end))) return null;
  const kind = keywordsIn(text, block)[0]?.kind;
  return kind ? { kind, region: regionIn(text, block) } : null;
}

/** Separators of an agenda line: "26 mars – IntercoTOUR Occitanie – Cahors". */
const AGENDA_SEPARATOR = /\s+[–—-]\s+|\s*:\s+|\s+\|\s+/gu;

/**
 * Events: a date (or a city) next to a word that says what happens there. Agenda lines that start with
 * a date read their parts; prose is read a sentence at a time.
 */
export function extractEvents(doc: Doc, contextYear: number | null): Event[] {
  const found: Event[] = [];
  // One chrono pass over the whole text costs less than one per sentence; mentions are then looked up.
  const dates = findDates(doc.text, 0, doc.text.length);
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

type DatesIn = (start: number, end: number) => DateMention[];

/** Keyword phrases may be wrapped over lines: a space in the vocabulary matches any white space. */
const KEYWORDS = EVENT_KEYWORDS.map(({ kind, pattern }) => ({
  kind,
  pattern: new RegExp(pattern.source.replaceAll(' ', '\\s+'), 'g'),
}));

function keywordsIn(text: string, span: Span): Keyword[] {
  const folded = foldRange(text, span.start, span.end);
  const out: Keyword[] = [];
  for (const { kind, pattern } of KEYWORDS) {
    for (const m of folded.matchAll(pattern)) {
      out.push({ kind, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
    }
  }
  return out;
}

/**
 * An agenda line: a date first, then parts ("26 mars – IntercoTOUR Occitanie – Cahors", "Les 18 et
 * 19 mars – Rouen (Normandie) : « thème »", "Mardi 18 mai 2021 – Clermont-Ferrand, Polydome"), or a
 * table row with a date among its cells. The city is the first part that opens with a name that is
 * neither a région nor an event word; the kind comes from the line's words, else from the nearest
 * heading or line before it that has one (which then gives the région too).
 */
function agendaEvent(
  text: string,
  block: Block,
  datesIn: DatesIn,
  context: AgendaContext,
  contextYear: number | null,
): Event | null {
  const span = tighten(text, block.start, block.end);
  const date = datesIn(span.start, span.end)[0];
  if (!date) return null;
  const row = foldRange(text, span.start, span.end).includes(' | ');
  // Prose that opens with a date ("Les 14 et 15 juin, le Forum …") is read a sentence at a time.
  const short = block.kind === 'list-item' || span.end - span.start <= AGENDA_LINE;
  if (!row && (!short || !AGENDA_OPENER.test(foldRange(text, span.start, date.start)))) return null;
  const keyword = keywordsIn(text, span)[0];
  const kind = keyword?.kind ?? context.kind;
  const parts = agendaParts(text, span, date);
  if (!parts.length || !kind) return null;
  let city: Span | null = null;
  let venue: string | null = null;
  for (const part of parts) {
    const end = nameEnd(text, part.start, part.end);
    const name = text.slice(part.start, end);
    if (end <= part.start || regionIn(text, part) === name || keywordsIn(text, part).length) continue;
    city = { start: part.start, end };
    venue = /^\s*,\s*\S/.test(text.slice(end, part.end))
      ? clean(text.slice(end, part.end).replace(/^\s*,\s*/, ''))
      : null;
    break;
  }
  // Else the line may say where in words: "annonce des lauréats lors du forum national, à Lille".
  city ??= citiesIn(text, { start: date.end, end: span.end })[0] ?? null;
  const region = regionIn(text, span) ?? (keyword ? null : context.region);
  return makeEvent(text, kind, date, city, region, venue, span, contextYear);
}

/** The parts of an agenda line around its date, split at dashes, colons and table bars. */
function agendaParts(text: string, line: Span, date: DateMention): Span[] {
  const parts: Span[] = [];
  for (const side of [
    { start: line.start, end: date.start },
    { start: date.end, end: line.end },
  ]) {
    let from = side.start;
    for (const m of [...matchesIn(AGENDA_SEPARATOR, text, side.start, side.end), null]) {
      const part = tighten(text, from, m ? m.index : side.end, '|');
      if (part.end > part.start && !AGENDA_OPENER.test(foldRange(text, part.start, part.end)))
        parts.push(part);
      if (m) from = m.index + m[0].length;
    }
  }
  return parts;
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

/** Cities of a sentence, in order: "à Lyon", "Angers a accueilli", "au Palais des congrès de Paris". */
function citiesIn(text: string, span: Span): Span[] {
  const out: Span[] = [];
  for (const m of matchesIn(AT_CITY, text, span.start, span.end)) {
    const start = m.index + m[0].length;
    const end = nameEnd(text, start, span.end);
    if (end > start) out.push({ start, end });
  }
  for (const m of matchesIn(/(?<![\p{L}'’-])\p{Lu}/gu, text, span.start, span.end)) {
    const start = m.index;
    const end = nameEnd(text, start, span.end);
    if (end > start && HOSTS.test(text.slice(end, span.end)) && !hasBodyType(text, start, end))
      out.push({ start, end });
  }
  const venue = venueSpan(text, span);
  if (venue) {
    const inVenue = [...text.slice(venue.start, venue.end).matchAll(VENUE_CITY)].at(-1);
    const start = inVenue ? venue.start + inVenue.index + inVenue[0].length : -1;
    const end = inVenue ? nameEnd(text, start, venue.end) : -1;
    if (end > start && end === venue.end && !bodyTypeLength(text, start)) out.push({ start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

function regionIn(text: string, span: Span): string | null {
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

function venueIn(text: string, span: Span): string | null {
  const venue = venueSpan(text, span);
  return venue ? clean(text.slice(venue.start, venue.end)) : null;
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

/** Distinct event cities in document order; their codes come with resolution. */
export function eventCities(events: Event[]): City[] {
  return [...new Set(events.flatMap((e) => (e.city ? [e.city] : [])))].map((name) => ({
    name,
    code: null,
    departements: [],
    regions: [],
  }));
}
