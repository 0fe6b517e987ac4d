import type { Span } from '../../parsers/doc.js';

/**
 * Refiner: where rules read the same words, the higher-priority rule (earlier in the registry) is
 * kept and what a later rule read over any part of its span is dropped. `byRule` lists candidates per
 * rule in registry order.
 */
export function settleOverlaps<C extends { span: Span }>(byRule: readonly C[][]): C[] {
  const kept: C[] = [];
  for (const candidates of byRule) {
    const earlier = [...kept];
    for (const c of candidates) {
      if (!earlier.some((k) => k.span.start < c.span.end && c.span.start < k.span.end)) kept.push(c);
    }
  }
  return kept;
}
