/**
 * PHP's empty associative array on the wire. Bitrix24 is PHP, and json_encode writes an associative array
 * (an object, a keyed map) that has no entries as `[]`, not `{}`: tasks-task-add.md:329 shows
 * `"group": []` for an object and `"accomplicesData": []` for a map. A result field whose type is an
 * object or a map (through refs) gets `emptyArray`, emitted `T | []`, when:
 *   - the method's own response example shows `[]` there (`how: 'read'`, evidence `response-example`);
 *   - the same documented field (one row of one field table: the field's source file and id) shows `[]`
 *     in another method's response example (`inferred`, `response-example:<that method>`): one row is one
 *     PHP value, whichever method returns it;
 *   - the field is a map keyed by ids (`map` with integer keys: accomplices by user id, checklist items by
 *     item id), a collection PHP sends as `[]` whenever it has no items (`inferred`, `php-empty-map`). Maps
 *     keyed by names and open objects (`Record<string, …>`: a getfields result's field descriptors, settings)
 *     are records natural code reads by name (`fields[name]`), which `| []` would make a compile error while
 *     `[]` reads as an empty map at runtime anyway; no example shows one as `[]`, so they are left to the
 *     first two rules (every `map` the corpus's examples show as `[]` is keyed by ids).
 * Left as they are: fields of a named type a parameter also uses (one declaration serves callers, who never
 * need to send `[]`), and the shared catalogue types (crm_multifield, product rows: what callers send as
 * much as what results carry, printed once for both). The zod schemas accept `[]` for every object and map.
 * Pure: specs and catalogues in, annotated copies out.
 */
import type { Field, MethodSpec, Provenance, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { mapTypeLeaves } from '../spec/type-walk.ts';
import { reachableTypes } from './type-refs.ts';
import { resolverOf, responseExamples, sharedResolver, walkWithValue, type Resolve } from './wire-model.ts';

/** One row of one field table: the same PHP value in every method that returns it. */
const rowKey = (f: Field): string => `${f.source.file}\u0000${f.id}`;

const isEmptyArray = (v: unknown): boolean => Array.isArray(v) && v.length === 0;

/**
 * What a result type is, through refs and unions (null aside): an object (listing fields or not), a map keyed
 * by ids, another map, or none of these.
 */
export function associativeKind(t: TypeRef, resolve: Resolve, depth = 0): 'object' | 'id-map' | 'map' | undefined {
  if (depth > 8) return undefined;
  switch (t.kind) {
    case 'map':
      return t.keys === 'integer' ? 'id-map' : 'map';
    case 'object':
      return 'object';
    case 'ref': {
      const named = resolve(t);
      return named ? associativeKind(named.type, resolve, depth + 1) : undefined;
    }
    case 'union': {
      const members = t.anyOf.filter((m) => !(m.kind === 'scalar' && m.name === 'null')).map((m) => associativeKind(m, resolve, depth + 1));
      if (members.length === 0 || members.some((m) => m === undefined)) return undefined;
      return members.every((m) => m === members[0]) ? members[0] : 'object';
    }
    default:
      return undefined;
  }
}

/** The fields each spec's examples show as `[]` (read), and for each field row the first method (by name) that shows it. */
function observeEmptyArrays(
  specs: readonly MethodSpec[],
  catalogues: readonly TypeCatalogue[],
): { read: Map<Field, Provenance>; rows: Map<string, Provenance> } {
  const shared = sharedResolver(catalogues);
  const read = new Map<Field, Provenance>();
  const rows = new Map<string, { method: string; source: Provenance }>();
  for (const s of specs) {
    if (!s.result) continue;
    const resolve = resolverOf(s, shared);
    for (const { result, source } of responseExamples(s)) {
      walkWithValue(s.result.type, result, resolve, {
        scalar: () => undefined,
        field: (f, value) => {
          if (!isEmptyArray(value) || !associativeKind(f.type, resolve)) return;
          if (!read.has(f)) read.set(f, { ...source, how: 'read', evidence: 'response-example' });
          const row = rows.get(rowKey(f));
          if (!row || compareStrings(s.method, row.method) < 0) rows.set(rowKey(f), { method: s.method, source });
        },
      });
    }
  }
  const inferred = new Map<string, Provenance>();
  for (const [key, { method, source }] of rows) inferred.set(key, { ...source, how: 'inferred', evidence: `response-example:${method}` });
  return { read, rows: inferred };
}

/** Every result field of an object or map type marked `emptyArray` by the rule above. */
export function markEmptyArrays(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): MethodSpec[] {
  const { read, rows } = observeEmptyArrays(specs, catalogues);
  const shared = sharedResolver(catalogues);
  return specs.map((s) => {
    if (!s.result) return s;
    const resolve = resolverOf(s, shared);
    const mark = (f: Field): Field => {
      if (f.emptyArray) return f;
      const kind = associativeKind(f.type, resolve);
      if (!kind) return f;
      const evidence =
        read.get(f) ??
        rows.get(rowKey(f)) ??
        (kind === 'id-map'
          ? { file: f.source.file, ...(f.source.line !== undefined ? { line: f.source.line } : {}), how: 'inferred' as const, evidence: 'php-empty-map' }
          : undefined);
      return evidence ? { ...f, emptyArray: evidence } : f;
    };
    const rewrite = (t: TypeRef) => mapTypeLeaves(t, (leaf) => leaf, mark);
    const inputs = new Set(
      reachableTypes(
        s.params.map((p) => p.type),
        s.types,
      ).map((t) => t.name),
    );
    const outputs = new Set(reachableTypes([s.result.type], s.types).map((t) => t.name));
    return {
      ...s,
      result: { ...s.result, type: rewrite(s.result.type) },
      types: s.types.map((n) => (outputs.has(n.name) && !inputs.has(n.name) ? { ...n, type: rewrite(n.type) } : n)),
    };
  });
}
