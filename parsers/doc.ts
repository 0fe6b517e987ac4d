import * as z from 'zod';
import { FORMATS } from './formats.js';

/** A half-open interval `[start, end)` into `Doc.text`; `page` (1-based) where the format has pages. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    page: z.number().int().positive().optional(),
  })
  .describe('Half-open character interval into the document text printed by `palmares text`.');

export const BlockKindSchema = z.enum(['heading', 'list-item', 'paragraph', 'line']);

/**
 * One logical line of the document. `start`/`end` cover its content (bullet markers and `#` excluded);
 * a block may run over several physical lines when the reader repaired a wrap.
 */
export const BlockSchema = z.object({
  kind: BlockKindSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Heading level or list nesting (1-based); absent for plain lines. */
  depth: z.number().int().positive().optional(),
  /** Blank lines between this block and the previous one. */
  gap: z.number().int().nonnegative(),
});

export const FormatSchema = z.enum(FORMATS);

/** What a reader noticed about its input: reported on the record, never thrown. */
export const DiagnosticSchema = z.object({
  code: z.enum([
    'encoding-guessed',
    'encoding-invalid',
    'mojibake',
    'pdf-no-text',
    'pdf-columns',
    'pdf-running-text',
  ]),
  message: z.string(),
  span: SpanSchema.optional(),
});

/**
 * What the document says about itself where its format has a place for it: the date it was published
 * (HTML `article:published_time` or `<time>`, PDF, DOCX and ODT metadata, an e-mail's Date) and its title
 * (a page's title, the document properties, an e-mail's Subject). Dates written in the text itself
 * ("Publié le …") are read by the extraction, not here.
 */
export const DocMetaSchema = z.object({
  published: z
    .string()
    .regex(/^\d{4}-\d{2}(-\d{2})?$/)
    .nullable(),
  title: z.string().nullable(),
});

/** A file an e-mail carries: a document of its own, not part of the message's text. */
export const AttachmentRefSchema = z.object({
  name: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
});

export const DocSchema = z.object({
  format: FormatSchema,
  /** NFC text with `\n` line endings; every span indexes this string. */
  text: z.string(),
  blocks: z.array(BlockSchema),
  /** The character encoding the bytes were read as; null for formats that carry their own (PDF). */
  encoding: z.string().nullable(),
  /** For paged formats, where each page's text starts and ends: page N is `pages[N - 1]`. */
  pages: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
  diagnostics: z.array(DiagnosticSchema),
  meta: DocMetaSchema,
  /** The files an e-mail carries, in its order. */
  attachments: z.array(AttachmentRefSchema).optional(),
});

export type Span = z.infer<typeof SpanSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockKind = z.infer<typeof BlockKindSchema>;
export type Format = z.infer<typeof FormatSchema>;
export type Doc = z.infer<typeof DocSchema>;
/** What a format reader produces; decoding and diagnostics are added around it. */
export type Layout = Pick<Doc, 'format' | 'text' | 'blocks' | 'pages' | 'attachments'> & { meta?: DocMeta };
export type DocMeta = z.infer<typeof DocMetaSchema>;
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
