import * as z from 'zod';

/** What an awardee or a city turned out to be. */
export const ResolutionKindSchema = z.enum([
  'commune',
  'epci',
  'departement',
  'region',
  'other-public-body',
  'group',
  'unknown',
]);

/**
 * How the code was found: `exact` the official name (accents, case, hyphens, "St" and body-type
 * wording aside); `alias` a reviewed alias (aliases.json), or the official name with particles, "Pays"
 * and body-type words left out; `historical` a former name, or a body since merged or renamed; `none`
 * when there is no code.
 */
export const MatchSchema = z.enum(['exact', 'alias', 'historical', 'none']);

/** The kinds the gazetteer holds. */
export const PlaceKindSchema = z.enum(['commune', 'epci', 'departement', 'region']);

/** EPCI categories of the gazetteer; EPT are the établissements publics territoriaux of Grand Paris. */
export const EpciTypeSchema = z.enum(['CA', 'CC', 'CU', 'METRO', 'MET69', 'EPT']);

const CodeSchema = z.string().describe('INSEE code; SIREN for an EPCI');

/** A body of the gazetteer, as a resolution reports it. */
export const PlaceSchema = z.object({
  kind: PlaceKindSchema,
  code: CodeSchema,
  officialName: z.string(),
  departements: z.array(z.string()),
  regions: z.array(z.string()),
  chefLieu: z.string().nullable().optional(),
  epciType: EpciTypeSchema.optional(),
});

/** A gazetteer body a name matched, and how. */
export const HitSchema = z.object({ place: PlaceSchema, match: MatchSchema });

export const CandidateSchema = z.object({
  kind: PlaceKindSchema,
  code: CodeSchema,
  officialName: z.string(),
  departements: z.array(z.string()),
});

export const ResolutionSchema = z.object({
  kind: ResolutionKindSchema,
  code: CodeSchema.nullable().describe('INSEE code (SIREN for an EPCI); null when not settled'),
  officialName: z.string().nullable().describe('Current name in the gazetteer'),
  departements: z
    .array(z.string())
    .describe(
      'Codes of the départements the body covers: from its member communes for an EPCI, the former extent for a historical région',
    ),
  regions: z.array(z.string()).describe('Codes of the régions the body covers'),
  chefLieu: z
    .string()
    .nullable()
    .optional()
    .describe('Commune code of the chef-lieu, for a département or a région only'),
  match: MatchSchema,
  candidates: z
    .array(CandidateSchema)
    .optional()
    .describe('Homonyms the name and its context could not choose between'),
  members: z.array(CandidateSchema).optional().describe('For a group: the bodies of it that were resolved'),
});

/** Where the name was read: département and région codes or names ("Hauts-de-France", "Sud PACA"). */
export const ResolveContextSchema = z.object({
  departements: z.array(z.string()).optional(),
  regions: z.array(z.string()).optional(),
});

/** The kind of body a name's wording announces ("Ville de", "Communauté urbaine", "Syndicat"…). */
export const BodyTypeSchema = z.enum([
  'commune',
  'ca',
  'cc',
  'cu',
  'metropole',
  'ept',
  'epci',
  'departement',
  'region',
  'other',
  'group',
]);

/** A name taken apart by `parseName`. */
export const ParsedNameSchema = z.object({
  type: BodyTypeSchema.nullable(),
  /** The words after the body type, folded: the key for communes (articles kept, "du" read "le"). */
  communeKey: z.string(),
  /** The same without a leading article: the key for EPCI, départements and régions. */
  key: z.string(),
  /** The key without particles, "et", "Pays", body-type words and quoted subtitles. */
  looseKey: z.string(),
  /** The whole name folded, body type and articles included. */
  fullKey: z.string(),
  /** What a trailing parenthesis said ("Saint-Omer (62)"): a place that narrows the search. */
  hint: z.string().nullable(),
});

/** One reviewed alias: a name the gazetteer does not carry, with where it leads and why. */
export const AliasSchema = z
  .object({
    name: z.string(),
    kind: ResolutionKindSchema.exclude(['unknown']),
    code: z.string().optional(),
    match: z.enum(['alias', 'historical']).optional(),
    departements: z.array(z.string()).optional(),
    members: z.array(z.object({ kind: PlaceKindSchema, code: z.string() })).optional(),
    source: z.string().min(1),
  })
  .refine((a) => PlaceKindSchema.safeParse(a.kind).success === (a.code !== undefined && !!a.match), {
    message: 'a commune, EPCI, département or région alias needs a code and a match, other kinds neither',
  });

export type ResolutionKind = z.infer<typeof ResolutionKindSchema>;
export type Match = z.infer<typeof MatchSchema>;
export type PlaceKind = z.infer<typeof PlaceKindSchema>;
export type EpciType = z.infer<typeof EpciTypeSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Hit = z.infer<typeof HitSchema>;
export type Candidate = z.infer<typeof CandidateSchema>;
export type Resolution = z.infer<typeof ResolutionSchema>;
export type ResolveContext = z.infer<typeof ResolveContextSchema>;
export type BodyType = z.infer<typeof BodyTypeSchema>;
export type ParsedName = z.infer<typeof ParsedNameSchema>;
export type Alias = z.infer<typeof AliasSchema>;
