/**
 * JSON value → TypeScript object-literal text, one JSON node per line, with the JSON path of every
 * line. The compiler reports an error at the innermost property or element that is wrong, so the
 * line of a diagnostic names the node of the body it is about.
 */
import { quote, valuePropertyKey } from '../targets/typescript/index.ts';
import type { BodyPatch, JsonPath } from './types.ts';

/** Stand-in value that satisfies any type (declared in every check file as `declare const __never: never`). */
export const NEVER_VALUE = '__never';

/** The literal's lines (the first continues the line it is placed on) and the path of each line. */
export interface LiteralText {
  lines: string[];
  paths: JsonPath[];
}

/** A stable string key for a path (JSON of the segments). */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path);
}

/** A readable path: `filter["!=NAME"]`, `select[3]`, `fields.TITLE`, or `(root)`. */
export function formatPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quote(seg)}]`;
  }
  return out;
}

const EMPTY_PATCH: BodyPatch = { prune: new Set(), never: new Set(), inject: new Map() };

/**
 * Write `value` as a TS expression. Strings go through `quote` (JSON escaping plus U+2028/2029),
 * keys through `valuePropertyKey` (`__proto__` as a computed key, so it stays a property); the
 * patch leaves out, stubs or adds nodes while every remaining line keeps its original path.
 */
export function literalText(value: unknown, patch: BodyPatch = EMPTY_PATCH, indent = ''): LiteralText {
  const out: LiteralText = { lines: [], paths: [] };
  write(value, [], indent, '', ',');
  // The root has no trailing comma: it ends the statement.
  const last = out.lines.length - 1;
  out.lines[last] = out.lines[last]!.replace(/,$/, '');
  return out;

  function emit(text: string, path: JsonPath): void {
    out.lines.push(text);
    out.paths.push(path);
  }

  function write(v: unknown, path: JsonPath, pad: string, lead: string, trail: string): void {
    const first = out.lines.length === 0 ? lead : `${pad}${lead}`;
    if (path.length > 0 && patch.never.has(pathKey(path))) return emit(`${first}${NEVER_VALUE}${trail}`, path);
    const injected = patch.inject.get(pathKey(path)) ?? [];
    if (Array.isArray(v)) {
      if (v.length === 0) return emit(`${first}[]${trail}`, path);
      emit(`${first}[`, path);
      v.forEach((item, i) => {
        const p = [...path, i];
        if (!patch.prune.has(pathKey(p))) write(item, p, `${pad}  `, '', ',');
      });
      return emit(`${pad}]${trail}`, path);
    }
    if (typeof v === 'object' && v !== null) {
      const entries = Object.entries(v as Record<string, unknown>).filter(([k]) => !patch.prune.has(pathKey([...path, k])));
      if (entries.length === 0 && injected.length === 0) return emit(`${first}{}${trail}`, path);
      emit(`${first}{`, path);
      for (const [k, item] of entries) write(item, [...path, k], `${pad}  `, `${valuePropertyKey(k)}: `, ',');
      for (const k of injected) emit(`${pad}  ${valuePropertyKey(k)}: ${NEVER_VALUE},`, [...path, k]);
      return emit(`${pad}}${trail}`, path);
    }
    return emit(`${first}${scalarText(v)}${trail}`, path);
  }
}

/** A JSON scalar as TS text (JSON.stringify output is valid TS for these; strings also escape U+2028/2029). */
function scalarText(v: unknown): string {
  if (typeof v === 'string') return quote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return 'null';
}
