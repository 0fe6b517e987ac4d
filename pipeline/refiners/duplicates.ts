import type { LaureateCandidate } from '../rules/types.js';
import { fold } from '../text.js';

/** A generic "Ville de" before a commune's name does not make it another body. */
const GENERIC = /^(?:la |l')?(?:ville|commune|mairie) (?:de |d'|du )/u;

type Field = 'tier' | 'tierLabel' | 'category' | 'project' | 'statedYear';
const FIELDS: readonly Field[] = ['tier', 'tierLabel', 'category', 'project', 'statedYear'];
const EVIDENCE = { tier: 'tier', tierLabel: 'tier', category: 'category', project: 'project' } as const;

/**
 * Refiner: a laureate told twice in one document is one. A headline ("Saint-Quentin décroche le label
 * pour « Mon Saint-Quentin »") and the sentence that tells it in full ("La Ville de Saint-Quentin a reçu
 * le label argent, dans la catégorie « Relation aux usagers »"), "Maurepas décroche ce label" and "On y
 * trouve … Maurepas", tell one award: same bodies (a generic "Ville de" aside) and no field on which
 * they disagree. The first telling is kept, completed with what the later ones add; tellings that
 * disagree (another project, another category) stay apart.
 */
export function dropRepeats(candidates: LaureateCandidate[]): LaureateCandidate[] {
  const out: LaureateCandidate[] = [];
  // Every candidate is compared with every one kept: each name is folded once.
  const bares = new Map<string, string>();
  const bare = (name: string) => {
    let b = bares.get(name);
    if (b === undefined) {
      b = fold(name).replace(GENERIC, '');
      bares.set(name, b);
    }
    return b;
  };
  for (const c of candidates) {
    const twin = out.find((k) => sameBodies(k, c, bare) && FIELDS.every((f) => agree(k[f], c[f])));
    if (!twin) {
      out.push({ ...c, awardees: [...c.awardees], evidence: { ...c.evidence } });
      continue;
    }
    for (const f of FIELDS) {
      if (twin[f] !== null || c[f] === null) continue;
      (twin as Record<Field, unknown>)[f] = c[f];
      const e = f === 'statedYear' ? undefined : EVIDENCE[f];
      if (e && c.evidence[e]) twin.evidence[e] = c.evidence[e];
      if (f === 'category' && c.evidence.categoryParents)
        twin.evidence.categoryParents = c.evidence.categoryParents;
    }
    // The fuller name of the body: "Ville de Saint-Quentin" over "Saint-Quentin".
    c.awardees.forEach((a, i) => {
      const kept = twin.awardees[i];
      if (kept && a.name.length > kept.name.length) {
        twin.awardees[i] = a;
        twin.span = {
          start: Math.min(twin.span.start, a.span.start),
          end: Math.max(twin.span.end, a.span.end),
        };
      }
    });
  }
  return out;
}

function sameBodies(a: LaureateCandidate, b: LaureateCandidate, bare: (name: string) => string): boolean {
  return (
    a.awardees.length === b.awardees.length &&
    a.awardees.every((x, i) => bare(x.name) === bare(b.awardees[i]?.name ?? ''))
  );
}

function agree(a: unknown, b: unknown): boolean {
  return (
    a === null ||
    b === null ||
    (typeof a === 'string' && typeof b === 'string' ? fold(a) === fold(b) : a === b)
  );
}
