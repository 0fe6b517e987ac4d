import { NOT_LAUREATE_CUES } from '../lexicon/awards.js';

/** An award named after who gives it: "prix spécial du jury", "mention du jury", "coup de cœur du public". */
const AWARD_OF_THE_JURY =
  /\b(?:prix|mention|coup de c\S+|trophee|label)(?: speciale?)? du (?:jury|public)\b/gu;

/**
 * Whether a folded clause names people or bodies that did not win: candidates, finalists, nominees,
 * jurors, partners. "La mention spéciale du jury a été décernée à X" names a prize, not a juror.
 */
export function namesNonLaureates(folded: string): boolean {
  return NOT_LAUREATE_CUES.test(folded.replace(AWARD_OF_THE_JURY, ''));
}
