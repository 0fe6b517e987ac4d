import * as z from 'zod';
import { RecordSchema, SCHEMA_VERSION } from './schema.js';

/** The published contract: JSON Schema generated from the zod schema, never written by hand. */
export function recordJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(RecordSchema, { target: 'draft-2020-12' }),
    $id: `https://palmares.invalid/schema/${SCHEMA_VERSION}/record.json`,
    title: 'palmares record',
  };
}
