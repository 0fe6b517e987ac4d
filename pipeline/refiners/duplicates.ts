import type { LaureateCandidate } from '../rules/types.js';
import { fold } from '../text.js';

/**
 * Refiner: a laureate told twice in one document ("Maurepas décroche ce label …" and, further down,
 * "On y trouve … Maurepas …") is one laureate; the first telling is kept. Two tellings are one when
 * they name the same bodies with the same tier, category and project (or no project).
 */
export function dropRepeats(candidates: LaureateCandidate[]): LaureateCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = JSON.stringify([
      c.awardees.map((a) => fold(a.name)),
      c.tier,
      c.category && fold(c.category),
      c.project && fold(c.project),
      c.statedYear,
    ]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
