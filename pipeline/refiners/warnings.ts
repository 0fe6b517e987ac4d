import type { Span } from '../../parsers/doc.js';
import { bodyEnd } from '../grammar/names.js';
import { placeKinds } from '../resolve/index.js';
import type { Laureate, Stats, Warning } from '../schema.js';

/**
 * Refiner: what a reviewer should know about the record. Announced counts are reported as stated;
 * when the list disagrees the record says so rather than correcting either.
 */
export function reviewWarnings(args: {
  text: string;
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
    // A laureate without a project is a finding when its awardees run past a body's name: the entry
    // was not split ("Ville de Niort Niort facile"). Bodies named cleanly, or places the gazetteer
    // knows ("Bar le Duc"), need no project.
    const unsplit = l.awardees.some(
      (a) => bodyEnd(args.text, a.span.start, a.span.end) !== a.span.end && !placeKinds(a.name).length,
    );
    if (l.project === null && unsplit) {
      out.push({
        code: 'unsplit-laureate',
        message: `no project found for ${l.awardees.map((a) => a.name).join(', ')}`,
        span: l.span,
      });
    }
  }
  return out;
}
