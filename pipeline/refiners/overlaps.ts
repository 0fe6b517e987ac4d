import type { Span } from '../../parsers/doc.js';

/**
 * Refiner: where rules read the same words, the higher-priority rule (earlier in the registry) is
 * kept and what a later rule read over any part of its span is dropped. `byRule` lists candidates per
 * rule in registry order.
 */
export function settleOverlaps<C extends { span: Span; read?: Span }>(byRule: readonly C[][]): C[] {
  const kept: C[] = [];
  for (const candidates of byRule) {
    const earlier = [...kept];
    for (const c of candidates) {
      const at = c.read ?? c.span;
      const overlaps = (k: C) => (k.read ?? k.span).start < at.end && at.start < (k.read ?? k.span).end;
      if (!earlier.some(overlaps)) kept.push(c);
    }
  }
  return kept;
}
