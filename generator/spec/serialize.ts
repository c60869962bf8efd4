/** JSON text for spec files: validated, in schema key order (callers pass documents in canonical form). */
import { z } from 'zod';

export { compareStrings } from './canonical.ts';

/** Canonical JSON text for any schema-checked document (2-space indent, trailing newline). */
export function serializeJson<T>(schema: z.ZodType<T>, value: T): string {
  return `${JSON.stringify(schema.parse(value), null, 2)}\n`;
}
