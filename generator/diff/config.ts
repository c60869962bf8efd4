/**
 * The differ's part of `b24gen.config.*`: per-rule severity overrides ("off" drops the rule) and changes
 * ignored by fingerprint. Validated here so a typo names the file and the key instead of being ignored.
 */
import { z } from 'zod';
import { Severity } from './report-schema.ts';
import { ALL_RULES } from './rules/index.ts';

export const DiffConfig = z
  .object({
    severity: z
      .record(z.string(), z.union([Severity, z.literal('off')]))
      .optional()
      .describe('Rule id → severity, or "off"'),
    ignore: z
      .array(z.string().regex(/^[0-9a-f]{16}$/, 'a change fingerprint: 16 hex digits, as the json output gives in "id"'))
      .optional()
      .describe('Fingerprints of changes to leave out of the report'),
  })
  .strict();
export type DiffConfig = z.infer<typeof DiffConfig>;

/** The whole config file: only its `diff` section is the differ's. */
export const ConfigFile = z.object({ diff: DiffConfig.optional() }).passthrough();

/** Validate a loaded config object; throws an Error naming the bad key (the caller adds the file). */
export function parseDiffConfig(raw: unknown): DiffConfig {
  const parsed = ConfigFile.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  const config = parsed.data.diff ?? {};
  const unknown = Object.keys(config.severity ?? {}).filter((id) => !ALL_RULES.has(id));
  if (unknown.length) throw new Error(`diff.severity names no rule: ${unknown.join(', ')} (rules: b24gen diff --rules)`);
  return config;
}
