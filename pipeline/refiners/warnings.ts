import type { Span } from '../../parsers/doc.js';
import type { Laureate, Stats, Warning } from '../schema.js';

/**
 * Refiner: what a reviewer should know about the record. Announced counts are reported as stated;
 * when the list disagrees the record says so rather than correcting either.
 */
export function reviewWarnings(args: {
  editionYear: number | null;
  stats: Stats;
  statsEvidence: { laureatesAnnounced?: Span };
  laureates: Laureate[];
}): Warning[] {
  const out: Warning[] = [];
  if (args.editionYear === null) {
    out.push({ code: 'no-edition-year', message: 'no year in the text says which edition this is' });
  }
  const own = args.laureates.filter((l) => l.year === args.editionYear);
  const announced = args.stats.laureatesAnnounced;
  if (announced !== null && own.length > 0 && own.length !== announced) {
    const w: Warning = {
      code: 'count-mismatch',
      message: `the text announces ${announced} laureates and lists ${own.length}`,
    };
    if (args.statsEvidence.laureatesAnnounced) w.span = args.statsEvidence.laureatesAnnounced;
    out.push(w);
  }
  if (announced !== null && announced > 0 && own.length === 0) {
    const w: Warning = {
      code: 'no-laureates',
      message: `the text announces ${announced} laureates but none were read`,
    };
    if (args.statsEvidence.laureatesAnnounced) w.span = args.statsEvidence.laureatesAnnounced;
    out.push(w);
  }
  for (const l of args.laureates) {
    if (l.project === null) {
      out.push({
        code: 'unsplit-laureate',
        message: `no project found for ${l.awardees.map((a) => a.name).join(', ')}`,
        span: l.span,
      });
    }
  }
  return out;
}
