import { MatchSchema, ResolutionKindSchema } from '../resolve/schema.js';
import { TierSchema } from '../schema.js';
import type { LaureateStatement, MergedLaureate } from './laureate-merge.js';
import { NAME_SEPARATOR, type Table } from './table.js';
import type { DatasetAwardee } from './view.js';

/** The fields of a laureate the sources can disagree on, by their column names. */
const CONFLICT_COLUMNS: Readonly<Record<string, string>> = {
  tier: 'tier',
  tierLabel: 'tier_label',
  category: 'category',
};

const idColumn = (description: string) =>
  ({
    name: 'laureate_id',
    type: 'string',
    required: true,
    description,
    value: ({ laureate }: { laureate: MergedLaureate }) => laureate.fact.id,
  }) as const;
const laureateOf = idColumn('The laureate, as in laureates.csv');

/** `laureates.csv`: one row per laureate of an edition, however many documents state it. */
export const LAUREATES: Table<{ laureate: MergedLaureate }> = {
  name: 'laureates',
  file: 'laureates.csv',
  title: 'Laureates, one row per laureate of an edition, merged across the documents that state it',
  primaryKey: ['laureate_id'],
  columns: [
    idColumn(
      '`<edition year>-<12 hex digits>` from the edition year, the awardees (in any order) and the project, normalised: the same for every source and format of a release, and across edits elsewhere in it',
    ),
    {
      name: 'edition_year',
      type: 'integer',
      required: true,
      description:
        'The edition that awarded it; a past laureate a document mentions in passing belongs to its own edition',
      value: ({ laureate }) => laureate.year,
    },
    {
      name: 'tier',
      type: 'string',
      required: false,
      enum: TierSchema.options,
      description:
        'gold, silver or bronze; missing for numbered or special prizes (see tier_label), and where the sources disagree (see conflicts)',
      value: ({ laureate }) => laureate.fact.tier,
    },
    {
      name: 'tier_label',
      type: 'string',
      required: false,
      description: 'The tier or prize as written, e.g. "LABEL OR", "1er prix"',
      value: ({ laureate }) => laureate.fact.tierLabel,
    },
    {
      name: 'category',
      type: 'string',
      required: false,
      description: 'The award category as written',
      value: ({ laureate }) => laureate.fact.category,
    },
    {
      name: 'awardees',
      type: 'names',
      required: true,
      description: `The awarded bodies as the first source writes them, in its order; joined by "${NAME_SEPARATOR}" in the CSV, an array in the NDJSON (awardees.csv has one row each)`,
      value: ({ laureate }) => laureate.fact.awardees,
    },
    {
      name: 'project',
      type: 'string',
      required: false,
      description: 'The awarded project as the first source writes it',
      value: ({ laureate }) => laureate.fact.project,
    },
    {
      name: 'conflicts',
      type: 'names',
      required: false,
      description:
        'Columns the sources disagree on (tier, tier_label, category), left empty here; mentions.csv has what each source says',
      value: ({ laureate }) => laureate.conflicts.map((field) => CONFLICT_COLUMNS[field] ?? field),
    },
    {
      name: 'source_ids',
      type: 'names',
      required: true,
      description:
        'Ids of the records that state it (the first 16 hex digits of the SHA-256 of each document), sorted',
      value: ({ laureate }) => laureate.fact.sources,
    },
  ],
};

/** `awardees.csv`: one row per awardee of each laureate, with its gazetteer resolution. */
export const AWARDEES: Table<{ laureate: MergedLaureate; awardee: DatasetAwardee; position: number }> = {
  name: 'awardees',
  file: 'awardees.csv',
  title: 'Awardees, one row per awarded body of each laureate, with its code in the official gazetteer',
  primaryKey: ['laureate_id', 'position'],
  foreignKeys: [{ fields: ['laureate_id'], table: 'laureates', reference: ['laureate_id'] }],
  columns: [
    laureateOf,
    {
      name: 'position',
      type: 'integer',
      required: true,
      description: 'Place of the awardee among those of the laureate, from 1',
      value: ({ position }) => position,
    },
    {
      name: 'name',
      type: 'string',
      required: true,
      description: 'The body as the first source writes it',
      value: ({ awardee }) => awardee.name,
    },
    {
      name: 'kind',
      type: 'string',
      required: true,
      enum: ResolutionKindSchema.options,
      description: 'What it is in the administrative gazetteer',
      value: ({ awardee }) => awardee.resolution?.kind ?? 'unknown',
    },
    {
      name: 'code',
      type: 'string',
      required: false,
      description: 'INSEE code (SIREN for an EPCI); missing where the gazetteer does not settle it',
      value: ({ awardee }) => awardee.resolution?.code ?? null,
    },
    {
      name: 'official_name',
      type: 'string',
      required: false,
      description: 'Current name of the body in the gazetteer',
      value: ({ awardee }) => awardee.resolution?.officialName ?? null,
    },
    {
      name: 'match',
      type: 'string',
      required: true,
      enum: MatchSchema.options,
      description: 'How the code was found: exact, alias, historical, or none',
      value: ({ awardee }) => awardee.resolution?.match ?? 'none',
    },
  ],
};

/** `mentions.csv`: where each source states each laureate, and what it says of its tier and category. */
export const MENTIONS: Table<{ laureate: MergedLaureate; statement: LaureateStatement }> = {
  name: 'mentions',
  file: 'mentions.csv',
  title: 'Mentions, one row per laureate and source document, with the words it was read from',
  primaryKey: ['laureate_id', 'source_id'],
  foreignKeys: [{ fields: ['laureate_id'], table: 'laureates', reference: ['laureate_id'] }],
  columns: [
    laureateOf,
    {
      name: 'source_id',
      type: 'string',
      required: true,
      description: 'Id of the source record: the first 16 hex digits of the SHA-256 of the document',
      value: ({ statement }) => statement.record.id,
    },
    {
      name: 'source_path',
      type: 'string',
      required: true,
      description: 'Path of the source document when it was ingested',
      value: ({ statement }) => statement.record.source.path,
    },
    {
      name: 'position',
      type: 'integer',
      required: true,
      description: 'Place of the laureate in the source record, from 1',
      value: ({ statement }) => statement.position,
    },
    {
      name: 'tier',
      type: 'string',
      required: false,
      enum: TierSchema.options,
      description: 'The tier as this source gives it',
      value: ({ statement }) => statement.laureate.tier,
    },
    {
      name: 'tier_label',
      type: 'string',
      required: false,
      description: 'The tier or prize as this source writes it',
      value: ({ statement }) => statement.laureate.tierLabel,
    },
    {
      name: 'category',
      type: 'string',
      required: false,
      description: 'The category as this source writes it',
      value: ({ statement }) => statement.laureate.category,
    },
    {
      name: 'evidence_start',
      type: 'integer',
      required: true,
      description:
        'Start (in characters, from 0) of the laureate in the text `palmares text <source_path>` prints',
      value: ({ statement }) => statement.laureate.span.start,
    },
    {
      name: 'evidence_end',
      type: 'integer',
      required: true,
      description: 'End (exclusive) of the laureate in the same text',
      value: ({ statement }) => statement.laureate.span.end,
    },
    {
      name: 'evidence_page',
      type: 'integer',
      required: false,
      description: 'Page of a PDF the laureate starts on, from 1',
      value: ({ statement }) => statement.laureate.span.page ?? null,
    },
    {
      name: 'rule',
      type: 'string',
      required: true,
      description: 'Id of the extraction rule that read the laureate',
      value: ({ statement }) => statement.laureate.rule,
    },
  ],
};

export function laureateRows(laureates: readonly MergedLaureate[]) {
  return laureates.map((laureate) => ({ laureate }));
}

/** Awardees as the first source states them: that is where the laureate's names come from. */
export function awardeeRows(laureates: readonly MergedLaureate[]) {
  return laureates.flatMap((laureate) =>
    (laureate.statements[0]?.laureate.awardees ?? []).map((awardee, i) => ({
      laureate,
      awardee,
      position: i + 1,
    })),
  );
}

export function mentionRows(laureates: readonly MergedLaureate[]) {
  return laureates.flatMap((laureate) => laureate.statements.map((statement) => ({ laureate, statement })));
}
