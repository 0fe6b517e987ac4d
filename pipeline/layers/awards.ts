import type { Span } from '../../parsers/doc.js';
import { LEVEL_WORDS, PRIZE_NOUNS, TIER_WORDS } from '../lexicon/awards.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../lexicon/numbers.js';
import type { Tier } from '../schema.js';
import { alternation, foldRange, matchesAtWords, wordStarts } from '../text.js';

export interface TierMatch {
  tier: Tier | null;
  /** The words naming the tier or prize, as written. */
  label: Span;
  /** Whatever follows the marker on the same block ("Or : Ville de X, « Y »"), if anything. */
  rest: Span | null;
}

/** A prize noun, singular or plural: "Trophées d'argent", "Labels d'or". */
const NOUN = `(?:${alternation(PRIZE_NOUNS)})s?`;
const METAL = `(?:${alternation(Object.keys(TIER_WORDS))})`;
const ORDINAL = `(?:\\d{1,2}\\s?(?:er|ere|e|eme|ieme)|${alternation(Object.keys(ORDINAL_WORDS))})`;
/** "Label d'or", "LABEL OR", "Or", "Médaille de bronze", "1er prix", "Grand prix", "Prix spécial du jury". */
const MARKER = `(?:(?:${NOUN}\\s+)?(?:d'|de\\s+)?(?<metal>${METAL})|${ORDINAL}\\s+${NOUN}|grand\\s+prix|${NOUN}\\s+special(?:e)?(?:\\s+du\\s+jury)?|coup\\s+de\\s+c\\S+(?:\\s+du\\s+jury)?)`;
/** A remark after the marker stays with it: "2e prix (ex aequo)". */
const REMARK = '(?:\\s*\\([^)]{1,30}\\))?';
const WHOLE = new RegExp(`^(?<marker>${MARKER}${REMARK})\\s*:?$`, 'u');
const LEADING = new RegExp(`^(?<marker>${MARKER}${REMARK})\\s*(?::|[–—-])\\s*(?=\\S)`, 'u');
const PARENTHESISED = new RegExp(`\\(\\s*(?<marker>${MARKER})\\s*\\)`, 'u');
/** A tier told in prose: "le label de bronze", "la médaille d'or", "label Argent". */
const IN_PROSE = new RegExp(`\\b${NOUN}\\s+(?:d'|de\\s+)?(?<metal>${METAL})\\b`, 'gu');

/** "4 fleurs", "deux cœurs", "niveau 1", "@@@": a level, counted or numbered. */
const LEVEL_SOURCE = `(?<![\\p{L}\\d])(?:(?:\\d{1,2}|un|une|${alternation(Object.keys(NUMBER_WORDS))})\\s+(?:${alternation(LEVEL_WORDS)})s?\\b|niveau\\s+\\d{1,2}\\b|@{1,5})`;
const LEVEL = new RegExp(LEVEL_SOURCE, 'u');
const LEVELS = new RegExp(LEVEL_SOURCE, 'gu');

function tierOf(metal: string | undefined): Tier | null {
  return metal ? (TIER_WORDS[metal] ?? null) : null;
}

/** A block that is a tier marker, alone or followed by an entry after a colon or dash. */
export function matchTierMarker(text: string, start: number, end: number): TierMatch | null {
  const folded = foldRange(text, start, end);
  const whole = WHOLE.exec(folded);
  const m = whole ?? LEADING.exec(folded);
  if (!m?.groups?.marker) return null;
  const label = { start, end: start + m.groups.marker.length };
  const rest = whole ? null : { start: start + m[0].length, end };
  return { tier: tierOf(m.groups.metal), label, rest };
}

/** A tier in parentheses inside an entry: "Ville de X : Projet Y (Label Argent)". */
export function findParenthesisedTier(
  text: string,
  start: number,
  end: number,
): (TierMatch & { whole: Span }) | null {
  const m = PARENTHESISED.exec(foldRange(text, start, end));
  if (!m?.groups?.marker) return null;
  const open = start + m.index;
  const markerAt = open + m[0].indexOf(m.groups.marker);
  return {
    tier: tierOf(m.groups.metal),
    label: { start: markerAt, end: markerAt + m.groups.marker.length },
    rest: null,
    whole: { start: open, end: open + m[0].length },
  };
}

/**
 * An award named in running text: a metal ("le label de bronze", "la médaille d'or"), a rank ("1er
 * prix", "prix spécial du jury", "coup de cœur") or a level ("4 fleurs", "niveau 1", "@@@"). Only a
 * metal gives a tier; the others keep their wording.
 */
export interface AwardMention {
  tier: Tier | null;
  kind: 'metal' | 'rank' | 'level';
  span: Span;
}

/** "1er prix", "Grand prix", "prix spécial du jury", "coup de cœur du public". */
const RANK = new RegExp(
  `(?<![\\p{L}\\d])(?:${ORDINAL}\\s+${NOUN}|grand\\s+prix|${NOUN}\\s+special(?:e)?(?:\\s+du\\s+jury)?|coup\\s+de\\s+c\\S+(?:\\s+du\\s+(?:jury|public))?)(?![\\p{L}\\d])`,
  'gu',
);

/** Awards named in running text, in order; a metal is kept over a rank or level it overlaps. */
export function findAwards(text: string, start: number, end: number): AwardMention[] {
  const folded = foldRange(text, start, end);
  const at = (m: RegExpMatchArray) => ({
    start: start + (m.index ?? 0),
    end: start + (m.index ?? 0) + m[0].length,
  });
  const starts = wordStarts(folded);
  const metals = matchesAtWords(IN_PROSE, folded, starts).flatMap((m) => {
    const tier = tierOf(m.groups?.metal);
    return tier ? [{ tier, kind: 'metal' as const, span: at(m) }] : [];
  });
  const others = [
    ...matchesAtWords(RANK, folded, starts).map((m) => ({ tier: null, kind: 'rank' as const, span: at(m) })),
    ...matchesAtWords(LEVELS, folded, starts).map((m) => ({
      tier: null,
      kind: 'level' as const,
      span: at(m),
    })),
  ].filter((o) => !metals.some((m) => m.span.start < o.span.end && o.span.start < m.span.end));
  return [...metals, ...others].sort((a, b) => a.span.start - b.span.start);
}

/** Tiers told in running text, in order. */
export function findProseTiers(text: string, start: number, end: number): AwardMention[] {
  return findAwards(text, start, end).filter((a) => a.kind === 'metal');
}

/** The award a span tells: its first metal, else the first rank or level, as the wording of a tier. */
export function awardOf(mentions: readonly AwardMention[]): { tier: Tier | null; label: Span } | null {
  const m = mentions.find((a) => a.kind === 'metal') ?? mentions[0];
  return m ? { tier: m.tier, label: m.span } : null;
}

/** A level named in `[start, end)`: its span, or null. */
export function findLevel(text: string, start: number, end: number): Span | null {
  const m = LEVEL.exec(foldRange(text, start, end));
  return m ? { start: start + m.index, end: start + m.index + m[0].length } : null;
}

/**
 * The tier or level a heading or a short line announces anywhere in it ("EN 2016, 8 FLEURS D'OR",
 * "MONTÉE DE 3 A 4 FLEURS", "62 villes de niveau 1 :"): a metal wins over a level.
 */
export function announcedAward(
  text: string,
  start: number,
  end: number,
): { tier: Tier | null; label: Span } | null {
  const metal = findProseTiers(text, start, end)[0];
  if (metal) return { tier: metal.tier, label: metal.span };
  const level = findLevel(text, start, end);
  return level ? { tier: null, label: level } : null;
}
