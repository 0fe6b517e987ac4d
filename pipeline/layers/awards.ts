import type { Span } from '../../parsers/doc.js';
import { LEVEL_WORDS, PRIZE_NOUNS, TIER_WORDS } from '../lexicon/awards.js';
import { NUMBER_WORDS, ORDINAL_WORDS } from '../lexicon/numbers.js';
import type { Tier } from '../schema.js';
import { alternation, foldRange } from '../text.js';

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
const LEVEL = new RegExp(
  `(?<![\\p{L}\\d])(?:(?:\\d{1,2}|un|une|${alternation(Object.keys(NUMBER_WORDS))})\\s+(?:${alternation(LEVEL_WORDS)})s?\\b|niveau\\s+\\d{1,2}\\b|@{1,5})`,
  'u',
);

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

/** A tier named in running text: "le label de bronze", "la médaille d'or". */
export interface AwardMention {
  tier: Tier;
  span: Span;
}

/** Tiers told in running text, in order. */
export function findProseTiers(text: string, start: number, end: number): AwardMention[] {
  const out: AwardMention[] = [];
  for (const m of foldRange(text, start, end).matchAll(IN_PROSE)) {
    const tier = tierOf(m.groups?.metal);
    if (tier) out.push({ tier, span: { start: start + m.index, end: start + m.index + m[0].length } });
  }
  return out;
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
