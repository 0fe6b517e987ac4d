import type { Layers } from '../layers/index.js';
import { firstCriteria } from '../refiners/criteria.js';
import { CRITERION_RULES } from '../rules/registry.js';
import type { Criterion } from '../schema.js';

/** Criteria: what the criteria rules read after the first line that announces them. */
export function readCriteria(layers: Layers): Criterion[] {
  return firstCriteria(CRITERION_RULES.flatMap((r) => r.apply(layers)));
}
