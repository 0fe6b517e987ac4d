import type { Block, Span } from '../../parsers/doc.js';
import type { Layers } from '../layers/index.js';
import {
  ABOUT_AN_AWARD,
  DEADLINE_BEFORE,
  EDITION_STATED,
  PAST_REFERENCE,
  YEAR_CONTEXT,
} from '../lexicon/documents.js';
import { MONTHS } from '../lexicon/months.js';
import { ORDINAL_WORDS } from '../lexicon/numbers.js';
import { allMatches, alternation } from '../text.js';

export interface Edition {
  year: number | null;
  yearSpan: Span | null;
  number: number | null;
  numberSpan: Span | null;
}

/** A year, not inside a longer number or an address; "03/03/2022" is a date, so its year counts. */
const YEAR = /(?<![\d.-]|[^\d\s]\/)(?:19[5-9]\d|20\d{2})(?![\d/])/g;
const MONTH = `(?:${alternation(Object.keys(MONTHS))})\\.?`;
/** "le 6 décembre 2005", "1er décembre", "03/03/": a day, so the year is that of a dated happening. */
const DAY_BEFORE = new RegExp(`(?:\\b\\d{1,2}(?:er)?\\s+${MONTH}|\\b\\d{1,2}/\\d{1,2}/)\\s*$`);
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\s+$`);
/** A headline or a dateline: one of the first three blocks, short ("Prix Territoria 2018", "vendredi 10 février 2017"). */
const HEADLINES = 3;
const HEADLINE_LENGTH = 150;
/** A year needs at least this much evidence; a bare "(2025)" or "en mai 2018" has less. */
const ENOUGH = 2;
const NUMBER = new RegExp(
  `\\b(?:(\\d{1,2})\\s?(?:e|eme|ieme|ere|re|er)|(${alternation(Object.keys(ORDINAL_WORDS))}))\\s+edition\\b`,
  'gu',
);

/**
 * The edition year, from evidence. A year the text states as the edition's ("au titre de l'année
 * 2016", "pour l'année 2019", "millésime 2021") decides. Otherwise each mention votes with what stands
 * around it: a headline or a heading, a programme word before it ("Prix Territoria 2018", "palmarès
 * 2023"), a full date, a call's deadline; a past reference ("Créé en 2009", "depuis 2009", "Après la
 * remise du label 2021") does not vote, and a year with little evidence ("en mai 2018", "(2025)") is
 * not enough. With none, the document's own date stands for a document about an award or an edition.
 */
export function extractEdition(layers: Layers): Edition {
  const { folded, blocks } = layers;
  const stated: Array<{ year: number; span: Span }> = [];
  const votes = new Map<number, { total: number; best: number; span: Span }>();
  for (const m of allMatches(YEAR, folded)) {
    const at = m.index ?? 0;
    if (inUrl(folded, at)) continue;
    const year = Number(m[0]);
    const span = { start: at, end: at + 4 };
    const block = blocks.find((b) => b.start <= at && at < b.end);
    const before = folded.slice(Math.max(block?.start ?? 0, at - 60), at);
    if (PAST_REFERENCE.test(before)) continue;
    if (EDITION_STATED.test(before)) stated.push({ year, span });
    let score = 0;
    if (block && (block.kind === 'heading' || isHeadline(layers, block))) score += 3;
    if (YEAR_CONTEXT.test(before.slice(-40))) score += 3;
    if (DAY_BEFORE.test(before)) score += 2;
    else if (MONTH_BEFORE.test(before)) score += 1;
    if (DEADLINE_BEFORE.test(before)) score += 2;
    const v = votes.get(year) ?? { total: 0, best: Number.NEGATIVE_INFINITY, span };
    v.total += score;
    if (score > v.best) Object.assign(v, { best: score, span });
    votes.set(year, v);
  }
  const { year, yearSpan } = stated[0]
    ? { year: stated[0].year, yearSpan: stated[0].span }
    : (voted(votes) ?? published(layers) ?? { year: null, yearSpan: null });
  return { year, yearSpan, ...editionNumber(folded) };
}

/** The year with the most evidence, if it has enough; a tie goes to the later year (a release looks forward). */
function voted(votes: Map<number, { total: number; span: Span }>): Pick<Edition, 'year' | 'yearSpan'> | null {
  const [first] = [...votes]
    .filter(([, v]) => v.total >= ENOUGH)
    .sort(([ya, a], [yb, b]) => b.total - a.total || yb - ya);
  return first ? { year: first[0], yearSpan: first[1].span } : null;
}

/** The document's own date as the text gives it, when the document is about an award or an edition. */
function published(layers: Layers): Pick<Edition, 'year' | 'yearSpan'> | null {
  const own = layers.published;
  if (!own?.span || !ABOUT_AN_AWARD.test(layers.folded)) return null;
  // The evidence is the year's digits where the text gives its date ("Publié le 03/03/2022").
  const at = layers.text.slice(own.span.start, own.span.end).indexOf(String(own.year));
  return at < 0
    ? null
    : { year: own.year, yearSpan: { start: own.span.start + at, end: own.span.start + at + 4 } };
}

/** "Après une première édition …, la 2e édition": an earlier edition mentioned in passing is smaller. */
function editionNumber(folded: string): Pick<Edition, 'number' | 'numberSpan'> {
  let number: number | null = null;
  let numberSpan: Span | null = null;
  for (const n of allMatches(NUMBER, folded)) {
    const value = n[1] ? Number(n[1]) : (ORDINAL_WORDS[n[2] ?? ''] ?? null);
    if (value !== null && (number === null || value > number)) {
      number = value;
      numberSpan = { start: n.index, end: n.index + n[0].length };
    }
  }
  return { number, numberSpan };
}

function isHeadline(layers: Layers, block: Block): boolean {
  return block.end - block.start <= HEADLINE_LENGTH && layers.blocks.indexOf(block) < HEADLINES;
}

function inUrl(folded: string, at: number): boolean {
  // The 200 characters before: a search back to the line start is quadratic on a long line of years.
  const before = folded.slice(Math.max(0, at - 200), at);
  const token = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1);
  return /:\/\/|www\.|\//.test(token.replace(/^\d{1,2}\/\d{1,2}\/$/, ''));
}
