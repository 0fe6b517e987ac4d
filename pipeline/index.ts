/** The library: `import { extract, extractFile, ingest } from 'palmares'`. */
export type { Block, Doc, Format, Span } from '../parsers/doc.js';
export { detectFormat, InputError, parse } from '../parsers/index.js';
export { type ExtractOptions, extract, extractFields, extractFile } from './extract.js';
export { type IngestOptions, type IngestResult, ingest } from './ingest.js';
export { recordJsonSchema } from './json-schema.js';
export { ExtractionPool, type PoolOptions } from './pool.js';
export { readDocument } from './read-document.js';
export * from './schema.js';
