import type { Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
// The French locale alone: importing chrono-node's root loads every language (a tenth of a cold start).
import { Chrono, createConfiguration } from 'chrono-node/fr';
import { MONTHS } from '../lexicon/months.js';
import { allMatches, fold } from '../text.js';

/** A calendar date as the text gives it: a day, or only a month. The year may come from context. */
export interface DatePart {
  year: number | null;
  month: number;
  day: number | null;
}

/**
 * Which occurrence of a date without its year the words mean, against the document's own date:
 * "le 6 novembre dernier" (the last before it), "le 24 novembre prochain" (the next after it), "ce
 * jeudi 30 novembre" (the nearest).
 */
export type DateRelation = 'last' | 'next' | 'this';

export interface DateMention {
  start: number;
  end: number;
  from: DatePart;
  /** Inclusive end of a span ("les 2 et 3 décembre", "de juin à juillet"). */
  to: DatePart | null;
  relation: DateRelation | null;
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
 * A parser's pattern, one object for every parse: chrono asks for it at each, and V8 may compile a
 * new RegExp of the month names anew each time.
 */
const always = (pattern: RegExp) => () => pattern;

/**
 * "les 2 et 3 décembre 2013", "les 5, 6 et 7 mars", "les mercredi 8 et jeudi 9 juin": chrono fr reads
 * "2 et" as a time and loses the 2nd.
 */
const dayListParser: Parser = {
  pattern: always(
    new RegExp(
      `(?<!\\d)${DAY}(?:\\s*,\\s*\\d{1,2}(?:er|e)?)*\\s+(?:et|&)\\s+${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}(?!\\d)`,
      'i',
    ),
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
const acrossMonthsParser: Parser = {
  pattern: always(
    new RegExp(`(?<!\\d)${DAY}\\s+${MONTH}\\s+(?:et|&)\\s+${WEEKDAY}${DAY}\\s+${MONTH}${YEAR}(?!\\d)`, 'i'),
  ),
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
const monthSpanParser: Parser = {
  pattern: always(
    new RegExp(
      `(?:mois\\s+d[e']\\s*|entre\\s+|d[e']\\s*|en\\s+)${MONTH}\\s+(?:et|à|a|au)\\s+(?:en\\s+)?${MONTH}${YEAR}`,
      'i',
    ),
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
const monthOnlyParser: Parser = {
  pattern: always(
    new RegExp(
      `(?:(?:en|courant|dès|des|fin|début|debut|mi-|au\\s+mois\\s+d[e']|mois\\s+d[e'])\\s*${MONTH}${YEAR}|(?<!\\d\\s?)${MONTH}\\s+((?:19|20)\\d{2}))(?![\\p{L}\\d])`,
      'iu',
    ),
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
function components(context: ParsingContext, p: DatePart): ParsingComponents {
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
const calendarOnlyRefiner: Refiner = {
  refine: (_context, results) =>
    results.filter(
      (r) =>
        CALENDAR_TEXT.test(r.text) &&
        r.start.isCertain('month') &&
        (r.start.isCertain('day') || r.tags().has(MONTH_ONLY_TAG)),
    ),
};

/**
 * chrono's word-boundary parsers rebuild their RegExp whenever `innerPattern` returns a new object, and
 * most return a fresh literal at each call: a pattern compiled anew per parser and per parse. The French
 * ones depend on nothing that changes between parses, so each keeps the first it made.
 */
function keepInnerPatterns(parsers: Parser[]): void {
  for (const parser of parsers as Array<Parser & { innerPattern?: (context: ParsingContext) => RegExp }>) {
    const make = parser.innerPattern?.bind(parser);
    if (!make) continue;
    let pattern: RegExp | undefined;
    parser.innerPattern = (context) => {
      pattern ??= make(context);
      return pattern;
    };
  }
}

function buildChrono(): Chrono {
  const config = createConfiguration(true);
  keepInnerPatterns(config.parsers);
  config.parsers.push(dayListParser, acrossMonthsParser, monthSpanParser, monthOnlyParser);
  config.refiners.push(calendarOnlyRefiner);
  return new Chrono(config);
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
  return parser.parse(slice, REFERENCE).map((r) => withRelation(text, toMention(r as ParsingResult, start)));
}

const LAST_AFTER = /^\s+dernier(?:e|s|es)?\b/iu;
const NEXT_AFTER = /^\s+prochain(?:e|s|es)?\b/iu;
const THIS_BEFORE = /(?:^|\s)(?:ce|cet|cette)\s+$/iu;
const THIS_IN = /^(?:ce|cet|cette)\s/iu;

/** "le 6 novembre dernier", "le 24 novembre prochain", "ce jeudi 30 novembre": a date without its year. */
function withRelation(text: string, d: DateMention): DateMention {
  if (d.from.year !== null) return d;
  const after = text.slice(d.end, d.end + 12);
  const before = text.slice(Math.max(0, d.start - 6), d.start);
  const relation = LAST_AFTER.test(after)
    ? 'last'
    : NEXT_AFTER.test(after)
      ? 'next'
      : THIS_BEFORE.test(before) || THIS_IN.test(text.slice(d.start, d.end))
        ? 'this'
        : null;
  return relation ? { ...d, relation } : d;
}

function toMention(r: ParsingResult, offset: number): DateMention {
  const monthOnly = r.tags().has(MONTH_ONLY_TAG);
  const from = part(r.start, monthOnly);
  let to = r.end ? part(r.end, monthOnly) : null;
  if (to && to.year === null) to.year = from.year;
  // "du 30 novembre au 2 décembre 2021": the year written once belongs to both ends.
  if (to && from.year === null && to.year !== null) from.year = from.month > to.month ? to.year - 1 : to.year;
  if (to && to.month === from.month && to.day === from.day && to.year === from.year) to = null;
  return { start: offset + r.index, end: offset + r.index + r.text.length, from, to, relation: null };
}

function part(c: ParsingComponents, monthOnly: boolean): DatePart {
  return {
    year: c.isCertain('year') ? (c.get('year') ?? null) : null,
    month: c.get('month') ?? 1,
    day: monthOnly ? null : (c.get('day') ?? null),
  };
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

/**
 * "hier" (yesterday) as a date, given the day the document is dated; not "d'hier" (of the past), and
 * not where the text gives the date right after it ("hier soir, le jeudi 14 décembre").
 */
const YESTERDAY = /(?<![\p{L}'’-])hier(?![\p{L}'’-])/giu;
const DATE_FOLLOWS = /^[\s,]*(?:(?:soir|matin|après-midi|apres-midi)\b[\s,]*)?(?:le\s+|ce\s+)?$/iu;

export function findYesterday(
  text: string,
  dates: readonly DateMention[],
  today: { year: number; month: number; day: number },
): DateMention[] {
  const out: DateMention[] = [];
  for (const m of allMatches(YESTERDAY, text)) {
    const end = m.index + m[0].length;
    const next = dates.find((d) => d.start >= end);
    if (next && DATE_FOLLOWS.test(text.slice(end, next.start))) continue;
    const day = new Date(Date.UTC(today.year, today.month - 1, today.day - 1));
    const from = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    out.push({ start: m.index, end, from, to: null, relation: null });
  }
  return out;
}

/**
 * "Créé le 3 mars 2009, le label a été attribué …", "labellisée depuis le 1er janvier 2015": a date
 * told as the background of what the sentence reports (a founding, a start), not as its happening.
 */
const BACKGROUND_BEFORE =
  /(?:^|[^\p{L}])(?:depuis|cree?e?s?|lancee?s?|fondee?s?|nee?s?|instituee?s?|a vu le jour|ont vu le jour|voit le jour)\s+(?:(?:le|les|l'|en|au|du|debut|fin|mi-)\s*)?$/u;

export function toldAsBackground(folded: string, date: DateMention): boolean {
  return BACKGROUND_BEFORE.test(folded.slice(Math.max(0, date.start - 30), date.start));
}
