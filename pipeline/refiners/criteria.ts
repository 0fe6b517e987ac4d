import type { CriterionCandidate } from '../rules/types.js';
import type { Criterion } from '../schema.js';

/** Refiner: the criteria are those of the first line that announces them with two items or more. */
export function firstCriteria(candidates: CriterionCandidate[]): Criterion[] {
  const first = Math.min(...candidates.map((c) => c.cue));
  return candidates.filter((c) => c.cue === first).map(({ cue: _, ...c }) => c);
}
