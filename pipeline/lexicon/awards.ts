/** How French announcements name awards, tiers and the act of awarding, folded (see text.ts). */
import type { Tier } from '../schema.js';

/** Words naming a tier, as they follow "label", "prix", "médaille"… */
export const TIER_WORDS: Readonly<Record<string, Tier>> = { or: 'gold', argent: 'silver', bronze: 'bronze' };

/** Nouns that introduce a tier or a prize ("Label d'or", "Prix spécial du jury"). */
export const PRIZE_NOUNS = [
  'label',
  'prix',
  'medaille',
  'trophee',
  'ruban',
  'palme',
  'victoire',
  'niveau',
  'mention',
  'distinction',
  'laureat',
  'laureate',
];

/** Lines that open a list of laureates. */
export const LAUREATE_SECTION_CUES =
  /\b(laureat(?:e|s|es)?|gagnant(?:e|s|es)?|palmares|prime(?:e|s|es)?|recompense(?:e|s|es)?|labellise(?:e|s|es)?)\b/;

/** Verbs and phrases that tell an award in prose ("a reçu le label de bronze pour …"). */
export const PROSE_AWARD_CUES =
  /\b(recu|remport\w*|obten\w*|decroch\w*|decern\w*|attribu\w*|remis|laureat\w*|labellis\w*|recompens\w*|distingu\w*|prime(?:e|s|es)?)\b/;
