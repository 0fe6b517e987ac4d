import type { PalmaresRecord } from '../../pipeline/schema.js';

/** Hand-checked facts about one announcement, in the format of ../shared/expected. */
export interface Facts {
  documentType: string;
  editionYear: number | null;
  editionNumber: number | null;
  criteria: string[];
  events: Array<{
    kind: string;
    city: string | null;
    start: string | null;
    end: string | null;
    region?: string;
  }>;
  stats: Record<string, number | null>;
  laureates: Array<{
    tier: string | null;
    category: string | null;
    awardees: string[];
    project: string | null;
    year?: number;
  }>;
}

/**
 * The comparison rules of ../shared/expected/README.md: NFC, ’ ‘ as ', no « » “ ” " marks, white space
 * (no-break included) collapsed and trimmed; categories compared case-insensitively.
 */
export function norm(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s
    .normalize('NFC')
    .replace(/[’‘]/g, "'")
    .replace(/[«»“”"]/g, '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/** Facts as sorted canonical strings: sets compare as sorted lists, and a failing test shows the difference. */
export function canonicalFacts(f: Facts) {
  return {
    documentType: f.documentType,
    editionYear: f.editionYear,
    editionNumber: f.editionNumber,
    criteria: f.criteria.map(norm),
    stats: {
      projectsPresented: f.stats.projectsPresented ?? null,
      projectsAuditioned: f.stats.projectsAuditioned ?? null,
      laureatesAnnounced: f.stats.laureatesAnnounced ?? null,
      participants: f.stats.participants ?? null,
    },
    events: f.events
      .map((e) => [e.kind, norm(e.city), e.start, e.end ?? null, norm(e.region ?? null)].join(' | '))
      .sort(),
    laureates: f.laureates
      .map((l) =>
        [
          l.tier,
          norm(l.category)?.toLowerCase() ?? null,
          l.awardees.map(norm).sort().join(' + '),
          norm(l.project),
          l.year ?? f.editionYear,
        ].join(' | '),
      )
      .sort(),
  };
}

/** A record as facts; an event's region is kept only where `regionsOf` says the facts give one. */
export function factsOf(
  r: PalmaresRecord,
  keepRegion: (e: PalmaresRecord['events'][number]) => boolean = () => true,
): Facts {
  return {
    documentType: r.documentType,
    editionYear: r.editionYear,
    editionNumber: r.editionNumber,
    criteria: r.criteria.map((c) => c.label),
    stats: r.stats,
    events: r.events.map((e) => ({
      kind: e.kind,
      city: e.city,
      start: e.start,
      end: e.end,
      ...(keepRegion(e) && e.region !== null ? { region: e.region } : {}),
    })),
    laureates: r.laureates.map((l) => ({
      tier: l.tier,
      category: l.category,
      awardees: l.awardees.map((a) => a.name),
      project: l.project,
      ...(l.year !== null ? { year: l.year } : {}),
    })),
  };
}

/** The canonical view of a record against expected facts: regions compared only where the facts give one. */
export function canonicalRecord(r: PalmaresRecord, expected: Facts) {
  return canonicalFacts(
    factsOf(r, (e) => expected.events.some((x) => x.kind === e.kind && x.start === e.start && 'region' in x)),
  );
}
