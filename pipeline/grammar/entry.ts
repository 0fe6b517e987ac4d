import type { Span } from '../../parsers/doc.js';
import { foldedText, matchesIn, tighten } from '../text.js';
import { MAX_ENTRY_CHARS, splitAwardees } from './awardees.js';
import { bodyEnd, bodyTypeLength, hasBodyType, withoutLocator } from './names.js';

export interface EntrySplit {
  awardees: Span;
  /** The project on the same line, if the line gives one. */
  project: Span | null;
}

/** Where an awardee ends and its project begins on one line: "X avec Y", "X : Y", "X, « Y »", "X – Y", "X pour Y". */
const MARKERS = /(?<!partenariat)\s+avec\s+|\s*:\s+|,\s*(?=[«"“])|\s+[–—-]\s+|,?\s+pour\s+/gu;

/**
 * Splits an entry line into awardees and project. The awardee side must name bodies; when it runs past
 * a body's name ("Région Rhône-Alpes 500 destinations … avec Sitra"), the body is the awardee and
 * everything after it the project.
 */
export function splitEntry(text: string, span: Span): EntrySplit {
  // Each marker tests the whole side before it: on a line longer than any entry that is quadratic.
  if (span.end - span.start > MAX_ENTRY_CHARS) return { awardees: span, project: null };
  for (const m of matchesIn(MARKERS, foldedText(text), span.start, span.end)) {
    // "Ville de Vannes (Morbihan) : …": the locator stays with the awardees, out of the name test.
    const left = tighten(text, span.start, m.index);
    const named = withoutLocator(text, left.start, left.end);
    const right = tighten(text, m.index + m[0].length, span.end);
    if (left.end <= left.start || right.end <= right.start) continue;
    // "avec" is trusted after any name ("Grand Lyon avec …"); the other markers also occur inside
    // titles ("MedNumRemix : Inventer …"), so there the left side must carry a body type.
    const avec = /^\s+avec\s+$/u.test(m[0]);
    const trusted = avec || hasBodyType(text, named.start, named.end);
    if (trusted && namesBodies(text, named)) return { awardees: left, project: right };
    // "Délégation interrégionale du secrétariat général du ministère de la Justice : …": before a
    // colon, a body type opens a name that may run on in lower case; the whole is the awardee.
    if (
      /:/.test(m[0]) &&
      bodyTypeLength(text, named.start) &&
      !/[,;.]/.test(text.slice(named.start, named.end))
    )
      return { awardees: left, project: right };
    const body = bodyEnd(text, left.start, left.end);
    if (
      body > left.start &&
      hasBodyType(text, left.start, body) &&
      /^\s+(?!(?:et|ou)\s)[\d\p{Ll}]/u.test(text.slice(body, left.end))
    ) {
      return { awardees: { start: left.start, end: body }, project: tighten(text, body, span.end) };
    }
  }
  return { awardees: span, project: null };
}

/** Whether every part of `span` (split on "et", "&", ",") is a whole body name. */
export function namesBodies(text: string, span: Span): boolean {
  return splitAwardees(text, span).every((a) => bodyEnd(text, a.span.start, a.span.end) === a.span.end);
}
