/**
 * TypeScript diagnostics → findings: which check a diagnostic belongs to (by file and line), which
 * JSON node it is about, and what kind of mismatch its message describes.
 */
import { ANY_TYPE_CODE, OPAQUE_TYPE_CODE, type Check, type JsonPath, type MismatchKind, type RawDiagnostic } from './types.ts';

/** A mismatch before the verdict: the compiler's view of one problem in one example. */
export interface Finding {
  kind: MismatchKind;
  path: JsonPath;
  tsCode: number | null;
  message: string;
}

/** What the diagnostics of one program say, per check index. */
export interface MappedDiagnostics {
  findings: Map<number, Finding[]>;
  /** Checks whose target type did not resolve (the method is not in the generated package): index → reason. */
  unresolved: Map<number, string>;
  /** Diagnostics that map to no example (a broken import, an options error). */
  stray: string[];
}

// Codes by what they mean for an example. Excess properties: 2353, and 2561 ("did you mean");
// missing: one property (2741), a list (2739), a list with "and N more" (2740);
// wrong values: plain (2322), with a suggestion (2820), weak type (2559), no overlap in a union (2326).
const UNKNOWN = new Set([2353, 2561]);
const MISSING = new Set([2741, 2739, 2740]);
const WRONG = new Set([2322, 2820, 2559, 2326, 2345]);

/** Map every diagnostic of a program to the check whose lines it falls in. */
export function mapDiagnostics(checks: Check[], diagnostics: RawDiagnostic[]): MappedDiagnostics {
  const byFile = new Map<string, Check[]>();
  for (const c of checks) byFile.set(c.tsFile, [...(byFile.get(c.tsFile) ?? []), c]);
  const out: MappedDiagnostics = { findings: new Map(), unresolved: new Map(), stray: [] };
  for (const d of diagnostics) {
    const check = (byFile.get(d.file) ?? []).find((c) => d.line >= c.typeLine && d.line < c.declLine + c.paths.length);
    if (!check) {
      out.stray.push(`${d.file}:${d.line}: TS${d.code}: ${d.messages.map((m) => m.text).join(' ')}`);
      continue;
    }
    if (d.line === check.typeLine) {
      const why =
        d.code === ANY_TYPE_CODE
          ? 'its generated params type is `any` (does the generated package have type errors?)'
          : d.code === OPAQUE_TYPE_CODE
            ? 'its generated result type is `unknown` (an opaque result), which accepts any value'
            : `its type does not resolve in the generated package (${shortMessage(d)}); is generated/ older than specs/?`;
      out.unresolved.set(check.index, why);
      continue;
    }
    const path = check.paths[d.line - check.declLine] ?? [];
    const list = out.findings.get(check.index) ?? [];
    list.push(...findingsOf(d, path));
    out.findings.set(check.index, list);
  }
  return out;
}

/** The findings one diagnostic describes (a "missing the following properties" list gives one per property). */
export function findingsOf(d: RawDiagnostic, path: JsonPath): Finding[] {
  const message = shortMessage(d);
  // The deepest message with a code we know says most precisely what is wrong.
  const known = [...d.messages].reverse().find((m) => UNKNOWN.has(m.code) || MISSING.has(m.code) || WRONG.has(m.code));
  const code = known?.code ?? d.code;
  if (UNKNOWN.has(code)) {
    // "'data' does not exist in type 'unknown[]'": the whole object stands where an array belongs.
    const array = /does not exist in type '([^']+)'/.exec(known?.text ?? '')?.[1];
    if (array && isArrayTypeText(array) && path.length > 0) {
      return [{ kind: 'wrong-type', path: path.slice(0, -1), tsCode: d.code, message: `an object where the type is '${array}' (an array)` }];
    }
    return [{ kind: 'unknown-property', path, tsCode: d.code, message }];
  }
  if (MISSING.has(code)) {
    // An object where an array is expected reads as "missing length, pop, push, …": a wrong value, not missing params.
    const target = /from type '(.+?)':/.exec(known?.text ?? '')?.[1];
    if (target && isArrayTypeText(target)) return [{ kind: 'wrong-type', path, tsCode: d.code, message: `an object where the type is '${target}' (an array)` }];
    const names = missingNames(known?.text ?? '');
    if (names.length === 0) return [{ kind: 'missing-required', path, tsCode: d.code, message }];
    return names.map((n) => ({ kind: 'missing-required' as const, path: [...path, n], tsCode: d.code, message: missingMessage(n, known!.text) }));
  }
  if (WRONG.has(code)) return [{ kind: 'wrong-type', path, tsCode: d.code, message }];
  return [{ kind: 'other', path, tsCode: d.code, message }];
}

/** True for the compiler's text of an array or tuple type (`X[]`, `readonly X[]`, `Array<X>`, `[A, B]`). */
export function isArrayTypeText(type: string): boolean {
  return /^(?:readonly )?(?:.*\[\]|Array<.*>|ReadonlyArray<.*>|\[.*\])$/.test(type);
}

/** Property names a "missing" message lists ("Property 'id' is missing…", "…from type 'X': a, b, and 3 more."). */
export function missingNames(text: string): string[] {
  const one = /^Property '(.+?)' is missing in type /.exec(text);
  if (one) return [one[1]!];
  const list = /is missing the following properties from type '.*?': (.+?)\.?$/.exec(text);
  if (!list) return [];
  return list[1]!
    .replace(/, and \d+ more$/, '')
    .split(', ')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** "required param 'id' is missing (required in 'CrmContactGetParams')", from either message form. */
function missingMessage(name: string, text: string): string {
  const type = /required in type '(.+?)'\.?$/.exec(text)?.[1] ?? /from type '(.+?)':/.exec(text)?.[1];
  return `'${name}' is required${type ? ` by '${type}'` : ''} but missing`;
}

/**
 * One readable line from a message chain: the outermost message, plus the innermost when they
 * differ (the outer says which assignment failed, the inner why). The boilerplate prefix of excess
 * property messages is dropped.
 */
export function shortMessage(d: RawDiagnostic): string {
  const texts = d.messages.map((m) => tidy(m.text));
  const first = texts[0] ?? '';
  const last = texts[texts.length - 1] ?? '';
  return texts.length > 1 && last !== first ? `${first} ${last}` : first;
}

function tidy(text: string): string {
  return text
    .replace(/^Object literal may only specify known properties, (?:and|but) /, '')
    .replace(/\s+/g, ' ')
    .trim();
}
