// call_method's check of an agent's params against the method's documented params, before any request. The
// schema is a zod object built from the catalogue (the spec's params and their fields, one level deep), lenient
// where the portal is: names in any letter case (REST 1 reads them so), ids and numbers as numbers or numeric
// strings, Y/N flags as letters or booleans, undocumented keys passed through unless they look like a typo of a
// documented one. A failure names the field, what the docs expect, and the closest documented names.

import { z } from 'zod';
import type { MethodDetail, ParamInfo } from './catalogue-types.js';
import { closeMatches } from './names.js';

const NUMERIC = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/** The zod schema of one param or field. */
function schemaOf(p: ParamInfo, nested = true): z.ZodType {
  let s: z.ZodType;
  if (p.values && p.values.length > 0) {
    const allowed = new Set(p.values.flatMap((v) => [v, String(v)]));
    s = z.union([z.string(), z.number(), z.boolean()]).refine((v) => allowed.has(v) || allowed.has(String(v)));
  } else {
    switch (p.kind) {
      case 'string':
        s = z.union([z.string(), z.number()]);
        break;
      case 'integer':
        s = z.union([z.number().int(), z.string().regex(INTEGER)]);
        break;
      case 'number':
        s = z.union([z.number(), z.string().regex(NUMERIC)]);
        break;
      case 'boolean':
        s = z.union([z.boolean(), z.enum(['Y', 'N', '0', '1', 'true', 'false']), z.literal(0), z.literal(1)]);
        break;
      case 'yn':
        s = z.union([z.enum(['Y', 'N']), z.boolean()]);
        break;
      case 'array':
        // A PHP array: a JSON list, or an object keyed by index.
        s = z.union([z.array(z.unknown()), z.record(z.string(), z.unknown())]);
        break;
      case 'object':
        s =
          nested && p.fields
            ? z.union([z.looseObject(Object.fromEntries(p.fields.map((f) => [f.name, schemaOf(f, false)]))), z.array(z.never()).max(0)])
            : z.union([z.record(z.string(), z.unknown()), z.array(z.unknown())]);
        break;
      default:
        s = z.unknown();
    }
  }
  return p.required ? s : s.nullish();
}

/** What the docs expect of a param, in words. */
function expected(p: ParamInfo): string {
  if (p.values && p.values.length > 0) return `one of ${p.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return p.type;
}

function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Keys renamed to the documented spelling (case-insensitively), and typos of documented keys reported. */
function normaliseKeys(
  given: Record<string, unknown>,
  docs: readonly ParamInfo[],
  extraKeys: readonly string[] | undefined,
  prefix: string,
  problems: string[],
): Record<string, unknown> {
  const byLower = new Map(docs.map((p) => [p.name.toLowerCase(), p.name]));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(given)) {
    const known = byLower.get(key.toLowerCase());
    if (known) {
      out[known] = value;
      continue;
    }
    out[key] = value;
    if (extraKeys?.some((x) => key.toUpperCase().startsWith(x.toUpperCase()))) continue;
    if (extraKeys && extraKeys.length === 0) continue;
    // An undocumented key that is close to a documented one is a typo the portal would silently ignore.
    const near = closeMatches(
      key,
      docs.map((p) => p.name),
      3,
    );
    if (near.length > 0)
      problems.push(`${prefix}${key}: not a documented ${prefix ? 'field' : 'parameter'}; did you mean ${near.map((n) => `${prefix}${n}`).join(', ')}?`);
  }
  return out;
}

/** The param (or field) a zod issue path points at. */
function infoAt(docs: readonly ParamInfo[], path: readonly PropertyKey[]): ParamInfo | undefined {
  let list: readonly ParamInfo[] | undefined = docs;
  let found: ParamInfo | undefined;
  for (const seg of path) {
    if (typeof seg !== 'string') continue;
    found = list?.find((p) => p.name === seg);
    if (!found) return undefined;
    list = found.fields;
  }
  return found;
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let v = obj;
  for (const seg of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[seg] : undefined;
  return v;
}

/** Checks params against a method's documented params: [] when they pass, else one line per problem. */
export function checkParams(detail: MethodDetail, params: Record<string, unknown>): string[] {
  if (detail.paramsDocumented === 'missing') return [];
  const problems: string[] = [];
  const top = normaliseKeys(params, detail.params, undefined, '', problems);
  for (const p of detail.params) {
    const v = top[p.name];
    if (p.fields && v !== null && typeof v === 'object' && !Array.isArray(v)) {
      top[p.name] = normaliseKeys(v as Record<string, unknown>, p.fields, p.extraKeys, `${p.name}.`, problems);
    }
  }
  const schema = z.looseObject(Object.fromEntries(detail.params.map((p) => [p.name, schemaOf(p)])));
  const r = schema.safeParse(top);
  if (!r.success) {
    const seen = new Set<string>();
    for (const issue of r.error.issues) {
      // A union's failure is reported once for its path: what the docs expect there and what was given.
      const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      const info = infoAt(detail.params, path);
      const value = valueAt(top, path);
      if (!info) problems.push(`${key || '(params)'}: ${issue.message}`);
      else if (value === undefined) problems.push(`${key}: required (${expected(info)}), missing`);
      else problems.push(`${key}: expected ${expected(info)}, got ${shown(value)}`);
    }
  }
  return problems;
}
