import type { Doc, Span } from '../../parsers/doc.js';
import { NUMBER_WORDS } from '../lexicon/numbers.js';
import { STAT_PATTERNS } from '../lexicon/stats.js';
import type { StatKey, Stats, Warning } from '../schema.js';
import { allMatches, alternation, foldedText } from '../text.js';

/** An approximation is not a figure: "plus de 1 500", "près de 300", "environ 40". */
const APPROXIMATE =
  "(?<!(?:plus|pres|moins|autour|au-dela) d(?:e |')|environ |quelque |quelques |au moins |jusqu'a )";
// "dix sept", "dix-sept", "vingt et un": the parts of a number in words, longest first.
const WORDS = alternation(Object.keys(NUMBER_WORDS)).replaceAll(' ', '[\\s-]+');
/**
 * A figure: "58", "1 130", "1.130" (not the "130" of "1 130", but the "20" of "2021-07 20 communes";
 * not the "11" of "2022-11"), or in words; never "une centaine".
 */
const NUM = `${APPROXIMATE}(?:(?<![\\d.,])\\d{1,3}(?:[ .]\\d{3})+(?![\\d])|(?<![\\d.,]|\\d-|\\d (?=\\d{3}(?!\\d)))\\d+(?![\\d.,]\\d)|(?<![\\p{L}-])(?:${WORDS})(?![\\p{L}-]))`;

const PATTERNS = STAT_PATTERNS.map(({ key, pattern }) => ({
  key,
  // A pattern that opens with the figure can only match where a figure starts: it is tried there
  // alone (sticky), not at every character of the text with the hundred number words.
  figureFirst: pattern.source.startsWith('(?<n>NUM)'),
  // A space in the vocabulary matches any white space (figures are often wrapped away from their
  // noun), and a figure in digits may touch its noun ("7collectivités").
  pattern: new RegExp(
    pattern.source.replaceAll('(?<n>NUM) ', '(?<n>NUM)\\s*').replaceAll(' ', '\\s+').replace('NUM', NUM),
    pattern.source.startsWith('(?<n>NUM)') ? 'uy' : 'gu',
  ),
}));

/**
 * Where a figure may start: a digit after a non-digit, or a whole word that opens a number in words
 * ("quatre" of "quatre-vingt-dix"; NUM asks for no letter or hyphen before it, and ends each word of a
 * number at a non-letter).
 */
const FIGURE_START = new RegExp(
  `(?<!\\d)\\d|(?<![\\p{L}-])(?:${alternation(Object.keys(NUMBER_WORDS).map((w) => w.split(' ')[0] as string))})(?!\\p{L})`,
  'gu',
);

function figureStarts(folded: string): number[] {
  return allMatches(FIGURE_START, folded).map((m) => m.index);
}

/** The matches `folded.matchAll(pattern)` would give for a figure-first pattern, tried at each figure start. */
function* figureMatches(folded: string, sticky: RegExp, starts: number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(folded);
    if (!m) continue;
    from = m.index + m[0].length;
    yield m;
  }
}

export interface StatsResult {
  stats: Stats;
  evidence: Partial<Record<StatKey, Span>>;
  warnings: Warning[];
}

/** Headline figures as stated: the first statement of each wins, a different later one is a warning. */
export function extractStats(doc: Doc): StatsResult {
  const folded = foldedText(doc.text);
  const found: Array<{ key: StatKey; value: number; span: Span }> = [];
  const starts = figureStarts(folded);
  for (const { key, pattern, figureFirst } of PATTERNS) {
    for (const m of figureFirst ? figureMatches(folded, pattern, starts) : allMatches(pattern, folded)) {
      const n = m.groups?.n as string;
      const start = (m.index ?? 0) + m[0].indexOf(n);
      const value = NUMBER_WORDS[n.replace(/[\s-]+/g, ' ')] ?? Number(n.replace(/[\s.]/g, ''));
      // "le Label 2016 a été décerné": a year is not a count of projects (participants may run that high).
      if (key !== 'participants' && value >= 1900 && value < 2100) continue;
      found.push({ key, value, span: { start, end: start + n.length } });
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const stats: Stats = {
    projectsPresented: null,
    projectsAuditioned: null,
    laureatesAnnounced: null,
    participants: null,
  };
  const evidence: StatsResult['evidence'] = {};
  const warnings: Warning[] = [];
  const claimed = new Set<number>();
  for (const f of found) {
    if (claimed.has(f.span.start)) continue;
    claimed.add(f.span.start);
    if (stats[f.key] === null) {
      stats[f.key] = f.value;
      evidence[f.key] = f.span;
    } else if (stats[f.key] !== f.value) {
      warnings.push({
        code: 'stat-conflict',
        message: `${f.key} is stated as ${stats[f.key]} and later as ${f.value}; the first is kept`,
        span: f.span,
      });
    }
  }
  return { stats, evidence, warnings };
}
