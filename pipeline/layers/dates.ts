import type { ParsingComponents, ParsingResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import { MONTHS } from '../lexicon/months.js';
import { fold } from '../text.js';

/** A calendar date as the text gives it: a day, or only a month. The year may come from context. */
export interface DatePart {
  year: number | null;
  month: number;
  day: number | null;
}

export interface DateMention {
  start: number;
  end: number;
  from: DatePart;
  /** Inclusive end of a span ("les 2 et 3 décembre", "de juin à juillet"). */
  to: DatePart | null;
}

/** Month names as a pattern that accepts the accents the folded vocabulary leaves out. */
const ACCENTS: Readonly<Record<string, string>> = {
  e: '[eéèê]',
  a: '[aàâ]',
  u: '[uûù]',
  i: '[iîï]',
  o: '[oô]',
  c: '[cç]',
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((m) => m.replace(/[eauioc]/g, (c) => ACCENTS[c] ?? c))
  .join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:er|e)?';
const YEAR = '(?:\\s+((?:19|20)\\d{2}))?';
/** A weekday between the days of a list: "les mercredi 8 et jeudi 9 juin". */
const WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?';
const MONTH_ONLY_TAG = 'palmares/month';

/**
 * "les 2 et 3 décembre 2013", "les 5, 6 et 7 mars", "les mercredi 8 et jeudi 9 juin": chrono fr reads
 * "2 et" as a time and loses the 2nd.
 */
const dayListParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?<!\\d)${DAY}(?:\\s*,\\s*\\d{1,2}(?:er|e)?)*\\s+(?:et|&)\\s+${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}(?!\\d)`,
      'i',
    ),
  extract: (context, m) => {
    const month = monthOf(m[3]);
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!month || !validDay(from) || !validDay(to) || to <= from) return null;
    const year = m[4] ? Number(m[4]) : null;
    return context.createParsingResult(
      m.index ?? 0,
      m[0],
      components(context, { day: from, month, year }),
      components(context, { day: to, month, year }),
    );
  },
};

/** "les 30 novembre et 1er décembre 2022": two days in two months. */
const acrossMonthsParser: chrono.Parser = {
  pattern: () =>
    new RegExp(`(?<!\\d)${DAY}\\s+${MONTH}\\s+(?:et|&)\\s+${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}(?!\\d)`, 'i'),
  extract: (context, m) => {
    const [fromMonth, toMonth] = [monthOf(m[2]), monthOf(m[4])];
    const [from, to] = [Number(m[1]), Number(m[3])];
    if (!fromMonth || !toMonth || fromMonth === toMonth || !validDay(from) || !validDay(to)) return null;
    const year = m[5] ? Number(m[5]) : null;
    // A list that runs into January ends in the year after the one it names first.
    const fromYear = year !== null && toMonth < fromMonth ? year - 1 : year;
    return context.createParsingResult(
      m.index ?? 0,
      m[0],
      components(context, { day: from, month: fromMonth, year: fromYear }),
      components(context, { day: to, month: toMonth, year }),
    );
  },
};

/** "pendant les mois de juin et juillet", "de juin à septembre 2020", "entre mars et mai", "en septembre et octobre". */
const monthSpanParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?:mois\\s+d[e']\\s*|entre\\s+|d[e']\\s*|en\\s+)${MONTH}\\s+(?:et|à|a|au)\\s+(?:en\\s+)?${MONTH}${YEAR}`,
      'i',
    ),
  extract: (context, m) => {
    const from = monthOf(m[1]);
    const to = monthOf(m[2]);
    if (!from || !to || to <= from) return null;
    const year = m[3] ? Number(m[3]) : null;
    return context
      .createParsingResult(
        m.index ?? 0,
        m[0],
        components(context, { day: null, month: from, year }),
        components(context, { day: null, month: to, year }),
      )
      .addTag(MONTH_ONLY_TAG);
  },
};

/** "en décembre", "au mois de juin", "fin novembre 2019", "décembre 2019": a month without a day. */
const monthOnlyParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?:(?:en|courant|dès|des|fin|début|debut|mi-|au\\s+mois\\s+d[e']|mois\\s+d[e'])\\s*${MONTH}${YEAR}|(?<!\\d\\s?)${MONTH}\\s+((?:19|20)\\d{2}))(?![\\p{L}\\d])`,
      'iu',
    ),
  extract: (context, m) => {
    const month = monthOf(m[1] ?? m[3]);
    if (!month) return null;
    const yearText = m[2] ?? m[4];
    const year = yearText ? Number(yearText) : null;
    return context
      .createParsingResult(m.index ?? 0, m[0], components(context, { day: null, month, year }))
      .addTag(MONTH_ONLY_TAG);
  },
};

/** Components with only what the text says assigned; the rest implied so that chrono sees a valid date. */
function components(context: chrono.ParsingContext, p: DatePart): ParsingComponents {
  const c = context.createParsingComponents();
  c.assign('month', p.month);
  if (p.day === null) c.imply('day', 1);
  else c.assign('day', p.day);
  if (p.year === null) c.imply('year', REFERENCE.getUTCFullYear());
  else c.assign('year', p.year);
  return c;
}

/** What a calendar date is written with: a month name or digits with separators. */
const CALENDAR_TEXT = new RegExp(`${MONTH}|\\d{1,4}[/.-]\\d{1,2}`, 'i');

/**
 * Keeps calendar dates only. chrono fr also reads "de 15 minutes", "à 5", "matin" and "jeu" (the
 * weekday abbreviation, as in "Inclusif, le jeu") as dates: anything without a month is dropped, and
 * anything without a day unless one of the month parsers above made it.
 */
const calendarOnlyRefiner: chrono.Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        CALENDAR_TEXT.test(r.text) &&
        r.start.isCertain('month') &&
        (r.start.isCertain('day') || r.tags().has(MONTH_ONLY_TAG)),
    ),
};

function buildChrono(): chrono.Chrono {
  const config = chrono.fr.createConfiguration(true);
  config.parsers.push(dayListParser, acrossMonthsParser, monthSpanParser, monthOnlyParser);
  config.refiners.push(calendarOnlyRefiner);
  return new chrono.Chrono(config);
}

const parser = buildChrono();
/** A fixed reference: the implied year is replaced by the document's, so today's date must not leak in. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1));

/** Dates in `text.slice(start, end)`, with offsets into `text`. */
export function findDates(text: string, start: number, end: number): DateMention[] {
  const slice = text.slice(start, end);
  // chrono is the costly step of extraction: text with no month name and no numeric date has no date.
  if (!CALENDAR_TEXT.test(slice)) return [];
  // chrono's public type for results is ParsedResult; its parsers hand back ParsingResults with tags.
  return parser.parse(slice, REFERENCE).map((r) => toMention(r as ParsingResult, start));
}

function toMention(r: ParsingResult, offset: number): DateMention {
  const monthOnly = r.tags().has(MONTH_ONLY_TAG);
  const from = part(r.start, monthOnly);
  let to = r.end ? part(r.end, monthOnly) : null;
  if (to && to.year === null) to.year = from.year;
  // "du 30 novembre au 2 décembre 2021": the year written once belongs to both ends.
  if (to && from.year === null && to.year !== null) from.year = from.month > to.month ? to.year - 1 : to.year;
  if (to && to.month === from.month && to.day === from.day && to.year === from.year) to = null;
  return { start: offset + r.index, end: offset + r.index + r.text.length, from, to };
}

function part(c: ParsingComponents, monthOnly: boolean): DatePart {
  return {
    year: c.isCertain('year') ? (c.get('year') ?? null) : null,
    month: c.get('month') ?? 1,
    day: monthOnly ? null : (c.get('day') ?? null),
  };
}

/** `YYYY-MM-DD` or `YYYY-MM`, built from the components: never from a `Date`, whose time zone moves the day. */
export function isoDate(p: DatePart, contextYear: number | null): string | null {
  const year = p.year ?? contextYear;
  if (year === null) return null;
  const ym = `${year}-${String(p.month).padStart(2, '0')}`;
  return p.day === null ? ym : `${ym}-${String(p.day).padStart(2, '0')}`;
}

function monthOf(word: string | undefined): number | undefined {
  return word ? MONTHS[fold(word).replace(/\.$/, '')] : undefined;
}

function validDay(d: number): boolean {
  return d >= 1 && d <= 31;
}

/** "Metz, le 23 novembre 2017 – La 5e édition …": the date a release was written, not an event. */
export function isDateline(text: string, date: DateMention): boolean {
  // A dateline starts its line within a place name of the date: looking further back, for every date
  // of a long line, would be quadratic.
  const from = Math.max(0, date.start - 200);
  const before = text.slice(from, date.start);
  if (from > 0 && !before.includes('\n')) return false;
  return (
    DATELINE_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1)) &&
    /^\s*[–—-]\s/u.test(text.slice(date.end, date.end + 4))
  );
}

const DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}'’ -]{1,40},\s+(?:le\s+)?(?:\p{L}+\s+)?$/u;
