import type { Block, Doc, Span } from '../../parsers/doc.js';
import { SELF_DATE_CUES } from '../lexicon/self-dates.js';
import { foldRange } from '../text.js';
import { type DateMention, isDateline } from './dates.js';

/**
 * The date the document was published: what its format says (`doc.meta.published`), else a date line
 * the text gives about itself. Relative dates ("le 6 novembre dernier") are anchored to it; it is
 * never an event.
 */
export interface Published {
  year: number;
  month: number | null;
  day: number | null;
  /** Where the text says it; null when it comes from the format's metadata. */
  span: Span | null;
}

/** A date the text gives about itself: when it was published, updated, or which issue it is. */
export interface SelfDate extends Published {
  span: Span;
  /** "Actualisé le …": the date of a later revision, not of the publication. */
  update: boolean;
}

/** How many blocks count as the top of a document, where a bare date line dates the document. */
const TOP_BLOCKS = 3;
/** "date 2021-07", "Date : 2022-11-24": an ISO date after the word "date". */
const ISO_DATE_LINE = /^\s*date\s*:?\s*((?:19|20)\d{2})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d)/;
/** A line that is only a date: "vendredi 10 février 2017", "Le 3 mars 2022". */
const ONLY_BEFORE = /^\s*(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/;
const ONLY_AFTER = /^[\s.,]*$/;
/** "Mardi 6 décembre 2005 8h30 - 18h00": a day with its hours heads a programme, it does not date the text. */
const HOURS = /\d\s*h(?:\s*\d|\b)|\d:\d\d/iu;

/**
 * Dates the text gives about itself, in order: "Publié le 03/03/2022", "Mis en ligne le 10 mars 2017",
 * "Édition du jeudi 23 février 2006", "Numéro du lundi 14 octobre 2024", "Par 19 décembre 2011" (a
 * byline without its author), "date 2021-07", a line near the top that is only a date, and datelines
 * ("Metz, le 23 novembre 2017 – …"). `dates` are the document's calendar dates.
 */
export function findSelfDates(
  text: string,
  blocks: readonly Block[],
  dates: readonly DateMention[],
): SelfDate[] {
  const out: SelfDate[] = [];
  blocks.forEach((block, i) => {
    const folded = foldRange(text, block.start, block.end);
    const iso = ISO_DATE_LINE.exec(folded);
    if (iso) {
      const start = block.start + iso[0].indexOf(iso[1] as string);
      out.push({
        year: Number(iso[1]),
        month: Number(iso[2]),
        day: iso[3] ? Number(iso[3]) : null,
        span: { start, end: block.start + iso[0].length },
        update: false,
      });
      return;
    }
    // "Mis en ligne le … Actualisé le …": each cue reads from the end of the self-date before it.
    let from = block.start;
    for (const date of dates) {
      const { year, month, day } = date.from;
      if (date.start < from || date.end > block.end || date.to || year === null) continue;
      const before = foldRange(text, from, date.start);
      const cue = SELF_DATE_CUES.find((c) => c.pattern.test(before));
      const onlyDate =
        i < TOP_BLOCKS &&
        day !== null &&
        ONLY_BEFORE.test(before) &&
        ONLY_AFTER.test(text.slice(date.end, block.end)) &&
        !HOURS.test(text.slice(date.start, date.end));
      if (!cue && !onlyDate && !isDateline(text, date)) continue;
      out.push({
        year,
        month,
        day,
        span: { start: date.start, end: date.end },
        update: cue?.update ?? false,
      });
      from = date.end;
    }
  });
  return out;
}

/** The format's own date first, else the first publication date the text gives, else its first revision. */
export function findPublished(doc: Doc, selfDates: readonly SelfDate[]): Published | null {
  const iso = doc.meta.published;
  if (iso) {
    const [year, month, day] = iso.split('-').map(Number);
    return { year: year as number, month: month ?? null, day: day ?? null, span: null };
  }
  const self = selfDates.find((d) => !d.update) ?? selfDates[0];
  return self ? { year: self.year, month: self.month, day: self.day, span: self.span } : null;
}
