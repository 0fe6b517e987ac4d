import type { Doc, Span } from '../../parsers/doc.js';
import { MONTHS } from '../lexicon/months.js';
import { ORDINAL_WORDS } from '../lexicon/numbers.js';
import { alternation, foldedText } from '../text.js';

export interface Edition {
  year: number | null;
  yearSpan: Span | null;
  number: number | null;
  numberSpan: Span | null;
}

const YEAR = /(?<![\d/.-])(?:19[5-9]\d|20\d{2})(?![\d/])/g;
const TITLE_CONTEXT =
  /\b(laureats?|label|labels|forum|edition|palmares|prix|trophees?|candidatures?|rencontres|territoires? innovants?)\b/;
const FULL_DATE = new RegExp(`\\b(?:${alternation(Object.keys(MONTHS))})\\.?\\s+$`);
const PAST = /\b(cree|creee|crees|lance|lancee|fonde|fondee|depuis|ne|nee)\s+(?:en\s+)?$/;
const NUMBER = new RegExp(
  `\\b(?:(\\d{1,2})\\s?(?:e|eme|ieme|ere|re|er)|(${alternation(Object.keys(ORDINAL_WORDS))}))\\s+edition\\b`,
  'gu',
);

/**
 * The edition year: every year mention votes, weighted by where it stands (a title, next to "Label" or
 * "Forum", in a full date) and discounted in a past reference ("Créé en 2009", "En 2018, …").
 */
export function extractEdition(doc: Doc): Edition {
  const folded = foldedText(doc.text);
  const titleEnd = doc.blocks[2]?.end ?? doc.text.length;
  const votes = new Map<number, { total: number; best: number; span: Span }>();
  for (const m of folded.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (inUrl(folded, at)) continue;
    const before = folded.slice(Math.max(0, at - 60), at);
    const inHeading = doc.blocks.some((b) => b.kind === 'heading' && b.start <= at && at < b.end);
    let score = 1;
    if (at < titleEnd || inHeading) score += 4;
    if (TITLE_CONTEXT.test(before.slice(-40))) score += 2;
    if (FULL_DATE.test(before)) score += 2;
    if (PAST.test(before)) score -= 2;
    const year = Number(m[0]);
    const v = votes.get(year) ?? {
      total: 0,
      best: Number.NEGATIVE_INFINITY,
      span: { start: at, end: at + 4 },
    };
    v.total += score;
    if (score > v.best) Object.assign(v, { best: score, span: { start: at, end: at + 4 } });
    votes.set(year, v);
  }
  // The most votes wins; a tie goes to the later year (a release looks forward more than back).
  const ranked = [...votes]
    .filter(([, v]) => v.total > 0)
    .sort(([ya, a], [yb, b]) => b.total - a.total || yb - ya);
  const year = ranked[0]?.[0] ?? null;
  const yearSpan = ranked[0]?.[1].span ?? null;

  // "Après une première édition …, la 2e édition": an earlier edition mentioned in passing is smaller.
  let number: number | null = null;
  let numberSpan: Span | null = null;
  for (const n of folded.matchAll(NUMBER)) {
    const value = n[1] ? Number(n[1]) : (ORDINAL_WORDS[n[2] ?? ''] ?? null);
    if (value !== null && (number === null || value > number)) {
      number = value;
      numberSpan = { start: n.index, end: n.index + n[0].length };
    }
  }
  return { year, yearSpan, number, numberSpan };
}

function inUrl(folded: string, at: number): boolean {
  // The 200 characters before: a search back to the line start is quadratic on a long line of years.
  const before = folded.slice(Math.max(0, at - 200), at);
  const token = before.slice(Math.max(before.lastIndexOf(' '), before.lastIndexOf('\n')) + 1);
  return /:\/\/|www\.|\//.test(token);
}
