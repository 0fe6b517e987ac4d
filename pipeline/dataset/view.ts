import { z } from 'zod';
import { ResolutionSchema } from '../resolve/schema.js';
import {
  AwardeeSchema,
  CriterionSchema,
  EventSchema,
  LaureateSchema,
  type PalmaresRecord,
  RecordSchema,
} from '../schema.js';

export const DatasetAwardeeSchema = AwardeeSchema.pick({ name: true }).extend({
  resolution: ResolutionSchema.pick({ kind: true, code: true, officialName: true, match: true }).optional(),
});

export const DatasetEventSchema = EventSchema.pick({
  kind: true,
  city: true,
  region: true,
  venue: true,
  start: true,
  end: true,
});

export const DatasetLaureateSchema = LaureateSchema.pick({
  tier: true,
  tierLabel: true,
  category: true,
  project: true,
  year: true,
  span: true,
  rule: true,
}).extend({ awardees: z.array(DatasetAwardeeSchema).min(1) });

/**
 * The part of a record the dataset is built from. An ingest holds one per record of outDir until the
 * dataset is written, so it holds this rather than whole records.
 */
export const DatasetRecordSchema = RecordSchema.pick({
  id: true,
  editionYear: true,
  editionNumber: true,
  stats: true,
}).extend({
  source: RecordSchema.shape.source.pick({ path: true, sha256: true }),
  events: z.array(DatasetEventSchema),
  criteria: z.array(CriterionSchema.pick({ label: true })),
  laureates: z.array(DatasetLaureateSchema),
});

export type DatasetAwardee = z.infer<typeof DatasetAwardeeSchema>;
export type DatasetEvent = z.infer<typeof DatasetEventSchema>;
export type DatasetLaureate = z.infer<typeof DatasetLaureateSchema>;
export type DatasetRecord = z.infer<typeof DatasetRecordSchema>;

/** A record reduced to its dataset part (copied field by field: this runs once per document). */
export function datasetRecord(r: PalmaresRecord): DatasetRecord {
  return {
    id: r.id,
    source: { path: r.source.path, sha256: r.source.sha256 },
    editionYear: r.editionYear,
    editionNumber: r.editionNumber,
    stats: r.stats,
    events: r.events.map(({ kind, city, region, venue, start, end }) => ({
      kind,
      city,
      region,
      venue,
      start,
      end,
    })),
    criteria: r.criteria.map(({ label }) => ({ label })),
    laureates: r.laureates.map((l) => ({
      tier: l.tier,
      tierLabel: l.tierLabel,
      category: l.category,
      project: l.project,
      year: l.year,
      span: l.span,
      rule: l.rule,
      awardees: l.awardees.map(({ name, resolution }) =>
        resolution
          ? {
              name,
              resolution: {
                kind: resolution.kind,
                code: resolution.code,
                officialName: resolution.officialName,
                match: resolution.match,
              },
            }
          : { name },
      ),
    })),
  };
}
