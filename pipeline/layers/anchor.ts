import type { DateMention, DatePart, DateRelation } from './dates.js';
import type { Published } from './published.js';

/**
 * What a date without its year is read against: the document's own date where it states one, else
 * the edition year. A date from the format's metadata (a PDF's creation date, an HTML page's) is the
 * file's, not the text's: it anchors only when the text's own edition year does not contradict it.
 */
export interface Anchor {
  year: number;
  month: number | null;
  day: number | null;
}

export function anchorOf(published: Published | null, editionYear: number | null): Anchor | null {
  if (published && (published.span || editionYear === null || published.year === editionYear)) {
    return { year: published.year, month: published.month, day: published.day };
  }
  return editionYear === null ? null : { year: editionYear, month: null, day: null };
}

/** The ISO start and end of a date mention, its missing years taken from the anchor; null where none can be. */
export function resolveMention(
  date: DateMention,
  anchor: Anchor | null,
): { start: string | null; end: string | null } {
  const fromYear = yearOf(date.from, date.relation, anchor);
  let toYear: number | null = null;
  if (date.to) {
    toYear = date.to.year;
    // "du 30 novembre au 2 décembre", "les 31 décembre et 1er janvier": a span that runs into January.
    if (toYear === null && fromYear !== null)
      toYear = date.to.month < date.from.month ? fromYear + 1 : fromYear;
  }
  return {
    start: isoOf(date.from, fromYear),
    end: date.to ? isoOf(date.to, toYear) : null,
  };
}

/** `YYYY-MM-DD` or `YYYY-MM`, built from the components: never from a `Date`, whose time zone moves the day. */
function isoOf(p: DatePart, year: number | null): string | null {
  if (year === null) return null;
  const ym = `${year}-${String(p.month).padStart(2, '0')}`;
  return p.day === null ? ym : `${ym}-${String(p.day).padStart(2, '0')}`;
}

/**
 * The year of a date part: its own, else the anchor's, moved to the previous or next year where the
 * words say "dernier" or "prochain" and the date falls on the other side of the anchor, or to the
 * nearest occurrence for "ce jeudi 30 novembre". Without a month in the anchor, its year.
 */
function yearOf(p: DatePart, relation: DateRelation | null, anchor: Anchor | null): number | null {
  if (p.year !== null) return p.year;
  if (!anchor) return null;
  if (!relation || anchor.month === null) return anchor.year;
  const order = compare(p, anchor);
  // "le 6 novembre dernier" written on 6 November means a year before: the same day is neither.
  const sameDay = p.month === anchor.month && p.day !== null && p.day === anchor.day;
  if (relation === 'last') return order > 0 || sameDay ? anchor.year - 1 : anchor.year;
  if (relation === 'next') return order < 0 || sameDay ? anchor.year + 1 : anchor.year;
  // The nearest occurrence: within half a year of the anchor.
  const months = p.month - anchor.month;
  return months > 6 ? anchor.year - 1 : months < -6 ? anchor.year + 1 : anchor.year;
}

/**
 * Whether the date falls before (-1) or after (1) the anchor in the same year; 0 on the same day, or
 * where the text cannot tell (the same month, and a day missing on either side).
 */
function compare(p: DatePart, anchor: Anchor): number {
  if (p.month !== anchor.month) return Math.sign(p.month - (anchor.month as number));
  if (p.day === null || anchor.day === null) return 0;
  return Math.sign(p.day - anchor.day);
}
