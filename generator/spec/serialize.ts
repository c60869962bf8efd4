/** Canonical JSON text for spec files: validated, in schema key order, sorted where order is not meaningful. */
import { z } from 'zod';
import { MethodSpec, type NamedType } from './schema.ts';

const byName = (a: NamedType, b: NamedType) => compareStrings(a.name, b.name);

/** Locale- and ICU-independent string order (code units), so output never depends on the machine. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Validate a spec and return its canonical JSON text (2-space indent, trailing newline). */
export function serializeSpec(spec: MethodSpec): string {
  const parsed = MethodSpec.parse(spec);
  parsed.types = [...parsed.types].sort(byName);
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

/** Canonical JSON text for any schema-checked document. */
export function serializeJson<T>(schema: z.ZodType<T>, value: T): string {
  return `${JSON.stringify(schema.parse(value), null, 2)}\n`;
}
