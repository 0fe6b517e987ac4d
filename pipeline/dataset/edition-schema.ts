import * as z from 'zod';
import { EventSchema, LaureateSchema, StatKeySchema } from '../schema.js';

/** Version of the published dataset files; bumped on any change a consumer could notice. */
export const DATASET_VERSION = '2.0.0';

const Sources = z
  .array(z.string())
  .min(1)
  .describe('Ids (`record.id`) of the records that state the fact, sorted');

export const CountFactSchema = z.object({ value: z.number().int(), sources: Sources });

export const EventValueSchema = EventSchema.pick({
  city: true,
  region: true,
  venue: true,
  start: true,
  end: true,
});
export const EventFactSchema = EventValueSchema.extend({ sources: Sources }).describe(
  'Statements with the same kind, start and city merged; an attribute the records disagree on is null and reported in conflicts',
);

export const CriteriaFactSchema = z.object({
  labels: z.array(z.string()).min(1).describe('As written in the first source, in its order'),
  sources: Sources,
});

export const LaureateIdSchema = z
  .string()
  .regex(/^\d{4}-[0-9a-f]{12}(-\d+)?$/)
  .describe(
    '`<edition year>-<12 hex digits>`, derived from the edition year, the awardees (in any order) and the project, normalised (accents, case, punctuation and spacing aside): the same in every format of a release and across edits elsewhere in it; `-n` for the n-th laureate of one document with the same awardees and project',
  );

export const LaureateFactSchema = LaureateSchema.pick({
  tier: true,
  tierLabel: true,
  category: true,
  project: true,
})
  .extend({ id: LaureateIdSchema, awardees: z.array(z.string()).min(1), sources: Sources })
  .describe(
    'Statements with the same laureate id merged; a tier, tier label or category the records disagree on is null and reported in conflicts; names and project as written in the first source',
  );

export const StatFactsSchema = z.object(
  Object.fromEntries(StatKeySchema.options.map((key) => [key, CountFactSchema.nullable()])) as Record<
    z.infer<typeof StatKeySchema>,
    z.ZodNullable<typeof CountFactSchema>
  >,
);

export const ConflictValueSchema = z.union([
  z.number().int(),
  z.string(),
  z.array(z.string()),
  EventValueSchema,
]);

export const ConflictSchema = z.object({
  field: z
    .string()
    .describe(
      'Path of the fact in the edition, e.g. "stats.laureatesAnnounced", "forum.venue", "laureates[2024-3f9a1c0b2d4e].tier" (a laureate by its id)',
    ),
  values: z
    .array(z.object({ value: ConflictValueSchema, sources: Sources }))
    .min(2)
    .describe('Every value stated, with the records stating it, in the order of their first source'),
});

export const EditionSchema = z.object({
  year: z.number().int(),
  sources: Sources.describe('Every record that contributes a fact to this edition'),
  editionNumber: CountFactSchema.nullable(),
  forum: EventFactSchema.nullable().describe('null when no record states it, or when records disagree'),
  regionalStages: z.array(EventFactSchema),
  regionalSelections: z.array(EventFactSchema),
  applicationDeadlines: z.array(EventFactSchema),
  criteria: CriteriaFactSchema.nullable().describe('null when no record states it, or when records disagree'),
  stats: StatFactsSchema.describe('Each figure null when no record states it, or when records disagree'),
  laureates: z.array(LaureateFactSchema),
  conflicts: z
    .array(ConflictSchema)
    .describe('Where the records of this edition disagree; the facts involved are null'),
});

export const EditionsFileSchema = z.object({
  schemaVersion: z.literal(DATASET_VERSION),
  editions: z.array(EditionSchema).describe('By year'),
  unassigned: z
    .array(z.string())
    .describe('Ids of the records without an edition year, which feed no edition'),
});

export type CountFact = z.infer<typeof CountFactSchema>;
export type EventValue = z.infer<typeof EventValueSchema>;
export type EventFact = z.infer<typeof EventFactSchema>;
export type CriteriaFact = z.infer<typeof CriteriaFactSchema>;
export type LaureateFact = z.infer<typeof LaureateFactSchema>;
export type StatFacts = z.infer<typeof StatFactsSchema>;
export type ConflictValue = z.infer<typeof ConflictValueSchema>;
export type Conflict = z.infer<typeof ConflictSchema>;
export type Edition = z.infer<typeof EditionSchema>;
export type EditionsFile = z.infer<typeof EditionsFileSchema>;

/** The contract of `editions.json`, generated from the zod schema like the record's. */
export function editionsJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(EditionsFileSchema, { target: 'draft-2020-12' }),
    $id: `https://palmares.invalid/schema/dataset/${DATASET_VERSION}/editions.json`,
    title: 'palmares editions',
  };
}
