import * as z from 'zod';
import { AttachmentRefSchema, DiagnosticSchema, FormatSchema, SpanSchema } from '../parsers/doc.js';
import { ResolutionSchema } from './resolve/schema.js';

/** Bumped on any change a consumer could notice: renamed, removed or retyped fields. */
export const SCHEMA_VERSION = '2.3.0';

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/)
  .describe('ISO date YYYY-MM-DD, or YYYY-MM where the text gives only a month');

export const TierSchema = z.enum(['gold', 'silver', 'bronze']);

export const EventKindSchema = z.enum([
  'forum',
  'regional-stage',
  'regional-selection',
  'application-deadline',
  'ceremony',
  'other',
]);

/** The id of the rule that read a value (see pipeline/rules/registry.ts). */
const RuleIdSchema = z.string().describe('Id of the extraction rule that read this value');

export const EventSchema = z.object({
  kind: EventKindSchema,
  city: z.string().nullable(),
  region: z.string().nullable(),
  venue: z.string().nullable(),
  start: IsoDate.nullable(),
  end: IsoDate.nullable().describe('Inclusive; only for spans of several days or months'),
  span: SpanSchema,
  evidence: z.object({ date: SpanSchema.optional(), city: SpanSchema.optional() }),
  resolution: ResolutionSchema.optional().describe('The city in the administrative gazetteer'),
  rule: RuleIdSchema,
});

export const CitySchema = z.object({
  name: z.string(),
  code: z.string().nullable().describe('INSEE code of the commune; null when not settled'),
  departements: z.array(z.string()),
  regions: z.array(z.string()),
});

export const CriterionSchema = z.object({ label: z.string(), span: SpanSchema, rule: RuleIdSchema });

export const StatsSchema = z.object({
  projectsPresented: z.number().int().nullable(),
  projectsAuditioned: z.number().int().nullable(),
  laureatesAnnounced: z.number().int().nullable(),
  participants: z.number().int().nullable(),
});
export const StatKeySchema = StatsSchema.keyof();

export const AwardeeSchema = z.object({
  name: z.string().describe('As written, line wraps repaired'),
  span: SpanSchema,
  resolution: ResolutionSchema.optional().describe('The body in the administrative gazetteer'),
});

export const LaureateSchema = z.object({
  tier: TierSchema.nullable(),
  tierLabel: z.string().nullable().describe('The tier or prize as written, e.g. "LABEL OR", "1er prix"'),
  category: z.string().nullable(),
  awardees: z.array(AwardeeSchema).min(1),
  project: z.string().nullable(),
  year: z
    .number()
    .int()
    .nullable()
    .describe('Year of the award; differs from editionYear for past laureates'),
  span: SpanSchema,
  evidence: z.object({
    tier: SpanSchema.optional(),
    category: SpanSchema.optional(),
    categoryParents: z
      .array(SpanSchema)
      .optional()
      .describe(
        'The headings a nested category sits under, outermost first ("A > B": A here, B in category)',
      ),
    project: SpanSchema.optional(),
  }),
  rule: RuleIdSchema,
});

export const WarningSchema = z.object({
  code: z.enum([
    'count-mismatch',
    'no-edition-year',
    'no-laureates',
    'unsplit-laureate',
    'stat-conflict',
    ...DiagnosticSchema.shape.code.options,
  ]),
  message: z.string(),
  span: SpanSchema.optional(),
});

export const DocumentTypeSchema = z.enum(['laureates', 'call-for-applications', 'event-programme', 'other']);

export const RecordSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().describe('First 16 hex digits of the source sha256: stable for the same bytes'),
  source: z.object({
    path: z.string(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    format: FormatSchema,
    encoding: z
      .string()
      .nullable()
      .describe('How the bytes were decoded; null for formats that carry their own (PDF, DOCX, ODT, e-mail)'),
    bytes: z.number().int().nonnegative(),
    published: IsoDate.nullable().describe(
      "The document's own date where its format has a place for it: a page's article:published_time, <time> or JSON-LD datePublished, a PDF's CreationDate, a DOCX's or ODT's creation date, an e-mail's Date header",
    ),
    title: z
      .string()
      .nullable()
      .describe(
        "The document's own title: a page's og:title or <title>, the PDF, DOCX or ODT title property, an e-mail's subject",
      ),
    attachments: z
      .array(AttachmentRefSchema)
      .optional()
      .describe(
        'For an e-mail: the files it carries; `palmares ingest` adds each one it reads to the corpus as a document of its own',
      ),
  }),
  documentType: DocumentTypeSchema,
  editionYear: z.number().int().nullable(),
  editionNumber: z.number().int().nullable(),
  events: z.array(EventSchema),
  cities: z.array(CitySchema).describe('Distinct event cities in document order'),
  criteria: z.array(CriterionSchema),
  stats: StatsSchema,
  laureates: z.array(LaureateSchema),
  warnings: z.array(WarningSchema),
  evidence: z
    .object({
      documentType: SpanSchema.optional(),
      editionYear: SpanSchema.optional(),
      editionNumber: SpanSchema.optional(),
      stats: z.partialRecord(StatKeySchema, SpanSchema),
    })
    .describe('Where each scalar field was read'),
});

export type Tier = z.infer<typeof TierSchema>;
export type EventKind = z.infer<typeof EventKindSchema>;
export type Event = z.infer<typeof EventSchema>;
export type City = z.infer<typeof CitySchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type Stats = z.infer<typeof StatsSchema>;
export type StatKey = z.infer<typeof StatKeySchema>;
export type Awardee = z.infer<typeof AwardeeSchema>;
export type Laureate = z.infer<typeof LaureateSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type DocumentType = z.infer<typeof DocumentTypeSchema>;
export type PalmaresRecord = z.infer<typeof RecordSchema>;
