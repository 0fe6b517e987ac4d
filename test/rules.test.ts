import { describe, expect, it } from 'vitest';
import { parse } from '../parsers/index.js';
import type { DatePart } from '../pipeline/layers/dates.js';
import { Layers } from '../pipeline/layers/index.js';
import { dedent } from '../pipeline/rules/dedent.js';
import { RULES } from '../pipeline/rules/registry.js';
import type {
  CriterionCandidate,
  EventCandidate,
  ExampleText,
  LaureateCandidate,
  Rule,
} from '../pipeline/rules/types.js';

/**
 * Every rule's examples are its first tests: it reads exactly what its `ok` examples expect, and no
 * rule of the same field reads anything from any rule's `not-ok` examples, so that a new rule's false
 * positive on another rule's negative case fails here.
 */
async function layersOf(example: ExampleText): Promise<Layers> {
  const bytes = new TextEncoder().encode(dedent(example.text));
  return new Layers(await parse(bytes, example.format ?? 'text'));
}

const part = (p: DatePart) =>
  [p.year, p.month, p.day]
    .filter((x) => x !== null)
    .map((x, i) => String(x).padStart(i === 0 && p.year !== null ? 4 : 2, '0'))
    .join('-');

/** What a rule read, in the compact form its examples are written in. */
function compact(rule: Rule, layers: Layers): unknown[] {
  const found = rule.apply(layers) as Array<LaureateCandidate | EventCandidate | CriterionCandidate>;
  return found.map((c) => {
    if (rule.field === 'laureates') {
      const l = c as LaureateCandidate;
      return {
        tier: l.tier,
        category: l.category,
        awardees: l.awardees.map((a) => a.name),
        project: l.project,
      };
    }
    if (rule.field === 'events') {
      const e = c as EventCandidate;
      return {
        kind: e.kind,
        city: e.city ? layers.text.slice(e.city.start, e.city.end) : null,
        start: e.date ? part(e.date.from) : null,
        end: e.date?.to ? part(e.date.to) : null,
      };
    }
    return (c as CriterionCandidate).label;
  });
}

describe('rules', () => {
  it('have unique ids, prefixed by what they read', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES)
      expect(r.id.split('/')[0]).toBe(
        { laureates: 'laureate', events: 'event', criteria: 'criteria' }[r.field],
      );
  });

  describe.each(RULES.map((r) => [r.id, r] as const))('%s', (_, rule) => {
    it('has examples of both kinds', () => {
      expect(rule.examples.ok.length).toBeGreaterThan(0);
      expect(rule.examples.notOk.length).toBeGreaterThan(0);
    });
    it.each(rule.examples.ok.map((e, i) => [i, e] as const))('reads ok example %i', async (_, example) => {
      expect(compact(rule, await layersOf(example))).toEqual(example.expect);
    });
  });

  const negatives = RULES.flatMap((owner) =>
    owner.examples.notOk.map((example, i) => ({ owner, example, name: `${owner.id} not-ok ${i}` })),
  );
  describe.each(RULES.map((r) => [r.id, r] as const))('%s reads nothing from', (_, rule) => {
    it.each(
      negatives.filter((n) => n.owner.field === rule.field).map((n) => [n.name, n.example] as const),
    )('%s', async (_, example) => {
      expect(compact(rule, await layersOf(example))).toEqual([]);
    });
  });
});
