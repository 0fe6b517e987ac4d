/**
 * The formats palmares reads. Kept apart from the zod schemas (doc.ts builds FormatSchema from it) so
 * that the command line can offer them without loading zod in a thread that extracts nothing.
 */
export const FORMATS = ['text', 'markdown', 'html', 'pdf', 'docx', 'odt', 'email'] as const;

/** What palmares reads, as the command line and its error hints say it. */
export const READABLE = 'a text, Markdown, HTML, PDF, DOCX, ODT or e-mail file';
