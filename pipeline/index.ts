/** The library: `import { extract, extractFile, ingest } from 'palmares'`. */
export type { Block, Doc, Format, Span } from '../parsers/doc.js';
export { detectFormat, InputError, parse } from '../parsers/index.js';
export { extract, extractFields, extractFile, type ExtractOptions } from './extract.js';
export { ingest, type IngestOptions, type IngestResult } from './ingest.js';
export { recordJsonSchema } from './json-schema.js';
export * from './schema.js';
