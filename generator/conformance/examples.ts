/**
 * Which examples are checked, against which generated type, and the body as it is checked: the
 * OAuth variant's `auth` dropped and top-level keys normalised to the documented spelling.
 */
import type { MethodSpec, Param } from '../spec/schema.ts';
import { quote, vibeOperationKey } from '../targets/typescript/index.ts';
import type { ExampleCase, RenamedKey } from './types.ts';

export interface CaseOptions {
  /**
   * Rewrite top-level keys to the documented spelling when they differ only in case (REST only:
   * Bitrix REST reads top-level parameter names case-insensitively, so `ID` for `id` works on a
   * portal and is a note, not a mismatch). Default true.
   */
  normalizeCase?: boolean;
}

/** Every request example with a JSON body, in spec-id then example order. */
export function collectCases(specs: MethodSpec[], options: CaseOptions = {}): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const spec of [...specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const ex of spec.examples) {
      if (ex.kind !== 'request' || ex.json === undefined) continue;
      out.push(exampleCase(spec, ex.id, ex.json, ex.source.file, ex.source.line, options));
    }
  }
  return out;
}

/** Every error-response example with a JSON body (`kind: 'error'`), in spec-id then example order. */
export function collectErrorCases(specs: MethodSpec[]): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const spec of [...specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const ex of spec.examples) {
      if (ex.kind !== 'error' || ex.json === undefined) continue;
      const { root, typeExpr } = errorTargetOf(spec);
      out.push({
        key: `${spec.id}#${ex.id}`,
        side: 'error',
        specId: spec.id,
        api: spec.api,
        method: spec.method,
        exampleId: ex.id,
        file: ex.source.file,
        line: ex.source.line,
        typeExpr,
        root,
        body: numericCodeAsString(jsonOnly(ex.json)),
        renamed: [],
        undocumentedKeys: [],
        skip: undefined,
      });
    }
  }
  return out;
}

/** A REST 1 error body's numeric `error` (`0`, `200040300010`) as the string the runtime makes of it (`String(body.error)`). */
function numericCodeAsString(body: unknown): unknown {
  if (!isPlainObject(body) || typeof body['error'] !== 'number') return body;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) defineKey(out, k, k === 'error' ? String(v) : v);
  return out;
}

/**
 * The error body an error example must be assignable to, with the method's typed codes: REST 1
 * `{ error, error_description }` (an empty `error` is how the docs show a message-only error), REST 3.0
 * `{ error: { code, message, … } }`, Vibe `{ success: false, error: { code, message, hint? } }`.
 */
export function errorTargetOf(spec: MethodSpec): Pick<ExampleCase, 'typeExpr' | 'root'> {
  if (spec.api === 'vibe') {
    const code = `VibeOperations[${quote(vibeOperationKey(spec))}]['errorCode']`;
    return { root: 'VibeOperations', typeExpr: `{ success?: boolean; error: { code: ${code}; message?: string; hint?: string; [key: string]: unknown } }` };
  }
  if (spec.restVersion === '3') {
    return { root: 'MethodsV3', typeExpr: `{ error: { code: MethodsV3[${quote(spec.method)}]['errorCode']; message?: string; [key: string]: unknown } }` };
  }
  return { root: 'Methods', typeExpr: `{ error: Methods[${quote(spec.method)}]['errorCode'] | ''; error_description?: string; argument?: string }` };
}

/** Skip reason of a response example that looks like JSON but does not parse (prose inside, comments, "…"). */
export const NOT_JSON = 'the example is not valid JSON (prose, comments or an ellipsis inside the body)';

/** Every success-response example with a JSON body (`kind: 'response'`), in spec-id then example order. */
export function collectResponseCases(specs: MethodSpec[]): ExampleCase[] {
  const out: ExampleCase[] = [];
  for (const spec of [...specs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    for (const ex of spec.examples) {
      if (ex.kind !== 'response') continue;
      if (ex.json !== undefined) out.push(responseCase(spec, ex.id, ex.json, ex.source.file, ex.source.line));
      // An example the reader could not parse is listed as skipped, so a page's broken JSON shows in the report.
      else if (ex.raw !== undefined && /^\s*[{[]/.test(ex.raw))
        out.push({ ...responseCase(spec, ex.id, null, ex.source.file, ex.source.line), renamed: [], skip: NOT_JSON });
    }
  }
  return out;
}

/**
 * One response example prepared for checking: the whole envelope (`{ result, time, total?, next? }`,
 * Vibe `{ success, data, meta? }`) against an envelope type whose `result`/`data` is the method's
 * generated result type, so a body without `result` or with stray top-level keys is reported too.
 */
export function responseCase(spec: MethodSpec, exampleId: string, json: unknown, file: string, line: number | undefined): ExampleCase {
  const { root, typeExpr } = responseTargetOf(spec);
  let body = jsonOnly(json);
  const renamed: RenamedKey[] = [];
  const top = spec.api === 'vibe' ? 'data' : 'result';
  // A page that shows the bare result (no envelope) documents the result all the same: check it as one, and note it.
  if (!(isPlainObject(body) && (Object.hasOwn(body, top) || Object.hasOwn(body, 'error')))) {
    body = wrapResult(body, top, spec.api === 'vibe' ? ['success', 'meta'] : ['time', 'total', 'next']);
    renamed.push({ from: '(root)', to: top, why: 'envelope' });
  }
  return {
    key: `${spec.id}#${exampleId}`,
    side: 'response',
    specId: spec.id,
    api: spec.api,
    method: spec.method,
    exampleId,
    file,
    line,
    typeExpr,
    root,
    body,
    renamed,
    undocumentedKeys: [],
    skip: opaqueResult(spec)
      ? spec.result === null
        ? 'the page documents no result, so the generated result type is unknown'
        : 'the generated result type is unknown, which accepts any value'
      : undefined,
  };
}

/**
 * A bare result as an envelope: `{ [top]: body }`, with the envelope's own keys (`time`, `total`,
 * `next`) kept beside it when the page wrote them next to the result's fields.
 */
export function wrapResult(body: unknown, top: string, envelopeKeys: string[]): Record<string, unknown> {
  if (!isPlainObject(body)) return { [top]: body };
  const inner: Record<string, unknown> = {};
  const outer: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) defineKey(envelopeKeys.includes(k) ? outer : inner, k, v);
  return { [top]: inner, ...outer };
}

/** The envelope type a response body must be assignable to (what the runtime unwraps: REST `result`, Vibe `data`). */
export function responseTargetOf(spec: MethodSpec): Pick<ExampleCase, 'typeExpr' | 'root'> {
  if (spec.api === 'vibe') {
    const result = `VibeOperations[${quote(vibeOperationKey(spec))}]['result']`;
    return { root: 'VibeOperations', typeExpr: `{ success?: boolean; data: ${result}; meta?: unknown }` };
  }
  const root = spec.restVersion === '3' ? 'MethodsV3' : 'Methods';
  // `time` is transport metadata; `total`/`next` are numbers (the runtime drops them otherwise).
  return { root, typeExpr: `{ result: ${root}[${quote(spec.method)}]['result']; time?: unknown; total?: number; next?: number }` };
}

/** True when the generated result type is `unknown` (no result documented, or an untyped one): a check would prove nothing. */
export function opaqueResult(spec: MethodSpec): boolean {
  if (spec.result === null) return true;
  let t = spec.result.type;
  for (let hops = 0; t.kind === 'ref' && !t.shared && hops < 10; hops++) {
    const name = t.name;
    const named = spec.types.find((x) => x.name === name);
    if (!named) break;
    t = named.type;
  }
  return t.kind === 'scalar' && (t.name === 'unknown' || t.name === 'any');
}

/** One example prepared for checking. */
export function exampleCase(
  spec: MethodSpec,
  exampleId: string,
  json: unknown,
  file: string,
  line: number | undefined,
  options: CaseOptions = {},
): ExampleCase {
  const target = targetOf(spec);
  // A round trip through JSON text: whatever reached the spec, only JSON values reach the TS text.
  let body = jsonOnly(json);
  let renamed: RenamedKey[] = [];
  if (spec.api === 'rest' && isPlainObject(body)) {
    body = withoutAuth(body, spec.params);
    if (options.normalizeCase !== false) ({ body, renamed } = normaliseKeys(body as Record<string, unknown>, documentedNames(spec)));
  }
  return {
    key: `${spec.id}#${exampleId}`,
    specId: spec.id,
    api: spec.api,
    method: spec.method,
    exampleId,
    file,
    line,
    typeExpr: target.typeExpr,
    root: target.root,
    body,
    renamed,
    undocumentedKeys: takesNothing(spec) && isPlainObject(body) ? Object.keys(body) : [],
    skip: untyped(spec) ? 'the page has no parameter section, so the generated type accepts any object' : undefined,
  };
}

/** The generated type an example body must be assignable to. */
export function targetOf(spec: MethodSpec): Pick<ExampleCase, 'typeExpr' | 'root'> {
  if (spec.api === 'vibe') return { root: 'VibeOperations', typeExpr: `VibeOperations[${quote(vibeOperationKey(spec))}]['body']` };
  const root = spec.restVersion === '3' ? 'MethodsV3' : 'Methods';
  return { root, typeExpr: `${root}[${quote(spec.method)}]['params']` };
}

/**
 * True when the page documents that the method takes nothing the example could send: "no
 * parameters" (REST), or no body parameter (Vibe). The generated type is then `{}` or `never`,
 * neither of which makes TS report the example's keys one by one.
 */
export function takesNothing(spec: MethodSpec): boolean {
  if (spec.paramsDocumented === 'missing') return false;
  if (spec.api === 'vibe') return !spec.params.some((p) => p.in === 'body');
  return documentedNames(spec).length === 0;
}

/** True when the generated type is `Record<string, unknown>` (no parameter section): checking would prove nothing. */
export function untyped(spec: MethodSpec): boolean {
  if (spec.paramsDocumented !== 'missing') return false;
  return spec.api === 'vibe' ? !spec.params.some((p) => p.in === 'body') : documentedNames(spec).length === 0;
}

/** Names the generated params type declares: the table's params plus the list params the emitter adds. */
export function documentedNames(spec: MethodSpec): Array<{ name: string; aliases: string[] }> {
  const names = spec.params.map((p: Param) => ({ name: p.name, aliases: p.aliases ?? [] }));
  for (const extra of [spec.list?.filter?.param, spec.list?.select?.param, spec.list?.order?.param]) {
    if (extra && !names.some((n) => n.name.toLowerCase() === extra.toLowerCase())) names.push({ name: extra, aliases: [] });
  }
  return names;
}

/**
 * Rename top-level keys that match a documented name only case-insensitively (or an alias) to that
 * name. A key is left alone when it is documented as written, or when its target is already present
 * (renaming would merge two keys and hide one).
 */
export function normaliseKeys(
  body: Record<string, unknown>,
  names: Array<{ name: string; aliases: string[] }>,
): { body: Record<string, unknown>; renamed: RenamedKey[] } {
  const exact = new Set(names.map((n) => n.name));
  const byLower = new Map<string, { to: string; why: RenamedKey['why'] }>();
  // Aliases first, so a param name wins over another param's alias of the same spelling.
  for (const n of names) for (const a of n.aliases) byLower.set(a.toLowerCase(), { to: n.name, why: 'alias' });
  for (const n of names) byLower.set(n.name.toLowerCase(), { to: n.name, why: 'case' });
  const out: Record<string, unknown> = {};
  const renamed: RenamedKey[] = [];
  const keys = Object.keys(body);
  for (const key of keys) {
    const hit = exact.has(key) ? undefined : byLower.get(key.toLowerCase());
    if (hit && hit.to !== key && !Object.hasOwn(body, hit.to) && !Object.hasOwn(out, hit.to)) {
      defineKey(out, hit.to, body[key]);
      renamed.push({ from: key, to: hit.to, why: hit.why });
    } else {
      defineKey(out, key, body[key]);
    }
  }
  return { body: out, renamed };
}

/** The OAuth variant of a cURL example carries the access token as `auth`; it is transport, not a parameter. */
function withoutAuth(body: Record<string, unknown>, params: Param[]): Record<string, unknown> {
  if (params.some((p) => p.name.toLowerCase() === 'auth')) return body;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (k.toLowerCase() !== 'auth') defineKey(out, k, v);
  return out;
}

/** A deep copy holding only JSON values (undefined dropped, non-finite numbers as null, as JSON.stringify does). */
export function jsonOnly(value: unknown): unknown {
  const text = JSON.stringify(value);
  return text === undefined ? null : (JSON.parse(text) as unknown);
}

/** True for a JSON object (not an array, not null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Set an own property even when the key is `__proto__` (plain assignment would set the prototype). */
function defineKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
