/**
 * The differ's output, defined once in zod: the JSON format is this schema, `b24gen diff --schema`
 * prints its JSON Schema, and every TS type of a change is inferred from it.
 */
import { z } from 'zod';

export const Severity = z.enum(['breaking', 'warning', 'info']).describe('breaking: code written against the old client stops compiling or working');
export type Severity = z.infer<typeof Severity>;

/** Severities from the most to the least serious. */
export const SEVERITIES: readonly Severity[] = ['breaking', 'warning', 'info'];

/** Where a side of a change was read. */
export const SourceRef = z
  .object({
    file: z.string().describe('Doc file the fact was read from, relative to the docs root'),
    line: z.number().int().positive().optional(),
  })
  .strict();
export type SourceRef = z.infer<typeof SourceRef>;

export const Change = z
  .object({
    id: z
      .string()
      .regex(/^[0-9a-f]{16}$/)
      .describe('Stable fingerprint: the same change has the same id in every run (rule, method, path, old and new values)'),
    rule: z.string().describe('The rule that found the change (README: "b24gen diff rules")'),
    severity: Severity,
    api: z.enum(['rest', 'vibe', 'surface']),
    method: z.string().describe('The method as documented (REST 3.0 methods end in "@v3"), or the exported name for --surface'),
    namespace: z.string().describe('First segment of the method name, or the module for --surface'),
    path: z
      .string()
      .describe('Where inside the method: "" (the method itself), "params.fields.TITLE", "result[].PHONE", "errors.ACCESS_DENIED", "list.paging"'),
    message: z.string().describe('One sentence saying what changed'),
    old: z.unknown().optional().describe('The value before (absent for an addition)'),
    new: z.unknown().optional().describe('The value after (absent for a removal)'),
    basis: z
      .literal('example')
      .optional()
      .describe(
        'Present when the changed fact is known only from a response example (a key the tables do not list, a null the example shows), not from the tables',
      ),
    oldSource: SourceRef.optional(),
    newSource: SourceRef.optional(),
  })
  .strict()
  .meta({ id: 'Change' });
export type Change = z.infer<typeof Change>;

/** A change as a rule reports it; the differ adds the severity, the fingerprint and the method's names. */
export type DraftChange = Omit<Change, 'id' | 'severity' | 'api' | 'namespace' | 'method'>;

export const DiffReport = z
  .object({
    tool: z.literal('b24gen diff'),
    formatVersion: z.literal(1),
    old: z.string().describe('The old side as given (folder, or repo@revision)'),
    new: z.string(),
    summary: z
      .object({
        breaking: z.number().int().nonnegative(),
        warning: z.number().int().nonnegative(),
        info: z.number().int().nonnegative(),
        ignored: z.number().int().nonnegative().describe('Changes dropped by the config file (ignore list, or rule severity "off")'),
        byRule: z.record(z.string(), z.number().int().nonnegative()),
        semver: z.enum(['major', 'minor', 'patch', 'none']).describe('The package bump the changes call for'),
      })
      .strict(),
    changes: z.array(Change).describe('Sorted by severity, namespace, method, path, rule'),
  })
  .strict()
  .meta({ id: 'DiffReport', title: 'b24gen diff report' });
export type DiffReport = z.infer<typeof DiffReport>;

/** The JSON Schema of the json output (`b24gen diff --schema`). */
export function diffReportJsonSchemaText(): string {
  return `${JSON.stringify(z.toJSONSchema(DiffReport, { target: 'draft-2020-12' }), null, 2)}\n`;
}
