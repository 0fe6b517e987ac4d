import type { Layers } from '../layers/index.js';
import { toEvents } from '../refiners/events.js';
import { settleOverlaps } from '../refiners/overlaps.js';
import { EVENT_RULES } from '../rules/registry.js';
import type { Event } from '../schema.js';

/** Events: every event rule, overlaps settled, in document order, dates given the context's year, merged. */
export function readEvents(layers: Layers, contextYear: number | null): Event[] {
  const candidates = settleOverlaps(EVENT_RULES.map((r) => r.apply(layers))).sort(
    (a, b) => a.span.start - b.span.start,
  );
  return toEvents(layers, candidates, contextYear);
}
