import type { LaureateCandidate } from '../rules/types.js';
import { fold } from '../text.js';

/**
 * Refiner: a laureate told twice in one document is one. "Maurepas décroche ce label …" and, further
 * down, "On y trouve … Maurepas …" tell the same award; so do "le projet de X du Val de Cher Controis
 * a décroché le Label or" and "La Communauté de communes s'est vu remettre la distinction". A telling
 * is dropped when another names the same bodies and says as much or more: the same tier, category,
 * project and year, or a value where it has none. The first of equal tellings is kept.
 */
export function dropRepeats(candidates: LaureateCandidate[]): LaureateCandidate[] {
  const fields = (c: LaureateCandidate) => [
    c.tier,
    c.category && fold(c.category),
    c.project && fold(c.project),
    c.statedYear,
  ];
  const bodies = (c: LaureateCandidate) => JSON.stringify(c.awardees.map((a) => fold(a.name)));
  const covers = (d: LaureateCandidate, c: LaureateCandidate) =>
    fields(c).every((v, i) => v === null || v === fields(d)[i]);
  return candidates.filter(
    (c, i) =>
      !candidates.some((d, j) => {
        if (j === i || bodies(d) !== bodies(c) || !covers(d, c)) return false;
        // Equal tellings: the first one stays.
        return !covers(c, d) || j < i;
      }),
  );
}
