import type { Layers } from '../layers/index.js';
import { dropRepeats } from '../refiners/duplicates.js';
import { settleOverlaps } from '../refiners/overlaps.js';
import { LAUREATE_RULES } from '../rules/registry.js';
import type { Laureate } from '../schema.js';

/** Laureates: every laureate rule, overlaps and repeats settled, in document order, with the year of each award. */
export function readLaureates(layers: Layers, editionYear: number | null): Laureate[] {
  const read = settleOverlaps(LAUREATE_RULES.map((r) => r.apply(layers)))
    // An entry that names no one, once its tier is taken out ("(Label Argent)" alone), is no laureate.
    .filter((l) => l.awardees.length > 0)
    .sort((a, b) => a.span.start - b.span.start);
  return dropRepeats(read).map(({ statedYear, read: _, ...l }) => ({
    ...l,
    year: statedYear ?? editionYear,
  }));
}
