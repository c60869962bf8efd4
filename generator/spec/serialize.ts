/** JSON text for spec files: validated, in schema key order (callers pass documents in canonical form). */
import { z } from 'zod';

export { compareStrings } from './canonical.ts';

/** Canonical JSON text for any schema-checked document (2-space indent, trailing newline). */
export function serializeJson<T>(schema: z.ZodType<T>, value: T): string {
  return jsonText(schema.parse(value));
}

/** The JSON text layout of every file under specs/, for a value already validated. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
