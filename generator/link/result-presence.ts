/**
 * Which fields of a result are always there, and which may be null — so a user reads `contact.ID`, not
 * `contact.ID!`. The rule (REST and Vibe results; a field whose page states its required-ness keeps it):
 * - a **single record** (a result that is an object with documented fields, or a field of it holding one)
 *   carries the fields its table documents: each becomes `required: true`, with `presence` saying why —
 *   the page's success example shows the field (`how: 'read'`, evidence `response-example`), or the page
 *   has no example of that record and the field is in its table (`how: 'inferred'`, evidence `record-fields`);
 * - a field the example leaves out stays optional (the example proves it is not always sent; in a list, a
 *   field any item of the example leaves out), and so
 *   does one whose description makes it conditional ("only if …", "returned when …");
 * - a field is `nullable` when the example shows `null` for it (facts["<field id>.nullable"], evidence
 *   `response-example`) or its description says it may be `null` (evidence `description`);
 * - one record, one shape: the methods of a namespace that declare the same type name agree — a field is
 *   present only where every declaring record's page shows it, nullable where any shows null — and a list
 *   method without a select takes the same marks for its item type of that name (as does any other
 *   output-only declarer of the name); which fields a page of items carries is
 *   the `select`'s business (typed by the client);
 * - a result a `select` param cuts (tasks.task.get's record, a list's items) is neither read nor marked:
 *   its example shows only what it selected, and the client narrows list items by the select it is given;
 * - a list method's result wrapper (`{ tasks: [...] }`, `{ items: [...] }`) carries its documented fields
 *   like a record; its items are marked only when the method has no `select` (then every page of items
 *   is whole records).
 * A named type also used by a parameter is never marked: required-ness there means "must be sent".
 */
import type { Field, MethodSpec, Provenance, TypeRef } from '../spec/schema.ts';
import { reachableTypes } from './type-refs.ts';

/** A description that makes a field's presence depend on something. */
const CONDITIONAL =
  /\b(?:(?:returned|present|filled|output|sent)\s+(?:only\s+)?(?:if|when)\b|(?:returned|present|included|shown|filled|displayed|available)\s+only\b|only\s+(?:returned|present|included|shown|filled|displayed|available)\b|not returned for\b)/i;
/** A description saying the value may be null. */
const SAYS_NULL = /(?:^|[^\w])`?null`?(?:[^\w]|$)/i;

/** How deep nested records are followed from the result. */
const MAX_DEPTH = 3;

/** The conditional wording, for tests and the report. */
export { CONDITIONAL as CONDITIONAL_PRESENCE };

/** Marks result fields present / nullable by the rule above. Pure: specs in, specs out. */
export function markResultPresence(specs: readonly MethodSpec[]): MethodSpec[] {
  const results = specs.map((s) => (isRecordResult(s) ? markSpec(s) : { spec: s, marked: new Set<string>() }));
  const agreed = agree(results);
  return results.map(({ spec, marked }) => {
    // What a select cuts keeps its fields optional: the client narrows by the select it sees (list) or
    // cannot know it (a record's select), and the docs' examples show only what they selected.
    if (cutBySelect(spec)) return spec;
    let out = spec;
    const inputs = paramTypeNames(spec);
    for (const n of spec.types) {
      const forName = agreed.get(groupKey(spec, n.name));
      // A declarer the rule did not reach (a list's item type, a record its own page shows differently)
      // adopts the agreed marks; a type a param uses keeps its own.
      if (forName && !inputs.has(n.name)) out = applyAgreed(out, n.name, forName, !marked.has(n.name));
    }
    return out;
  });
}

/** True for a method whose result is a record (an object with fields, or a page-local named one) or an array of records. */
function isRecordResult(s: MethodSpec): boolean {
  // A record cut by a `select` param (tasks.task.get) shows in its example only what was selected: its
  // omissions say nothing, so it takes the marks its namespace's other declarers agree on.
  if (!s.result || (!s.list && cutBySelect(s))) return false;
  const top = s.result.type;
  const t = localObject(s, top.kind === 'array' ? top.items : top);
  return t !== undefined && t.fields.length > 0;
}

/** A result whose fields depend on a `select` param: a list's items, or a record like tasks.task.get's. */
function cutBySelect(s: MethodSpec): boolean {
  return s.list ? s.list.select !== null : s.params.some((p) => p.name.toLowerCase() === 'select');
}

/**
 * What an example shows for one item of an array or map (PHP keyed arrays are objects): its first element,
 * keeping only the keys every element carries — a key one item of the list lacks is not always sent
 * (disk-folder-get-children.md:355: the second child has no REAL_OBJECT_ID).
 */
function itemShown(value: unknown): unknown {
  const all = Array.isArray(value) ? value : isRecord(value) ? Object.values(value) : undefined;
  if (!all) return value;
  const first = all[0];
  if (!isRecord(first) || !all.every(isRecord)) return first;
  return Object.fromEntries(Object.entries(first).filter(([k]) => all.every((x) => Object.hasOwn(x, k))));
}

/** The object type `t` is, or refers to among the spec's own types. */
function localObject(s: MethodSpec, t: TypeRef): Extract<TypeRef, { kind: 'object' }> | undefined {
  if (t.kind === 'object') return t;
  if (t.kind === 'ref' && !t.shared) {
    const named = s.types.find((n) => n.name === t.name)?.type;
    return named?.kind === 'object' ? named : undefined;
  }
  return undefined;
}

/** Names of the spec's types some parameter refers to (at any depth). */
function paramTypeNames(s: MethodSpec): Set<string> {
  return new Set(
    reachableTypes(
      s.params.map((p) => p.type),
      s.types,
    ).map((t) => t.name),
  );
}

/** The `result` of the page's first success example, with where it is. */
function exampleResult(s: MethodSpec): { value: unknown; source: Provenance } | undefined {
  for (const e of s.examples) {
    if (e.kind !== 'response' || !isRecord(e.json) || 'error' in e.json || !('result' in e.json)) continue;
    return { value: e.json['result'], source: e.source };
  }
  return undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** One spec with its result record(s) marked, and the names of the named types it marked. */
function markSpec(s: MethodSpec): { spec: MethodSpec; marked: Set<string> } {
  const ex = exampleResult(s);
  // A page of items cut by `select` is the client's business: the wrapper is marked, not the items.
  const itemsBySelect = s.list !== null && s.list.select !== null;
  const blocked = paramTypeNames(s);
  const facts = { ...s.facts };
  const types = new Map(s.types.map((n) => [n.name, n]));
  const done = new Set<string>();

  const markObject = (t: Extract<TypeRef, { kind: 'object' }>, value: unknown, depth: number): Extract<TypeRef, { kind: 'object' }> => {
    // An example that shows something else here (an array, a scalar) says nothing about these fields.
    const shown = ex && isRecord(value) ? value : undefined;
    if (ex && value !== undefined && !shown) return t;
    return { ...t, fields: t.fields.map((f) => markField(f, shown, depth)) };
  };

  const markField = (f: Field, shown: Record<string, unknown> | undefined, depth: number): Field => {
    const has = shown !== undefined && Object.hasOwn(shown, f.name);
    const value = has ? shown[f.name] : undefined;
    let out: Field = { ...f, type: markType(f.type, value, depth + 1) };
    if (f.required === 'unknown' && (has || !shown) && !CONDITIONAL.test(f.description ?? '')) {
      const presence: Provenance = has
        ? { ...ex!.source, how: 'read', evidence: 'response-example' }
        : { file: f.source.file, ...(f.source.line !== undefined ? { line: f.source.line } : {}), how: 'inferred', evidence: 'record-fields' };
      out = { ...out, required: true, presence };
    }
    if (!f.nullable) {
      if (has && value === null) {
        out = { ...out, nullable: true };
        facts[`${f.id}.nullable`] = { ...ex!.source, how: 'read', evidence: 'response-example' };
      } else if (SAYS_NULL.test(f.description ?? '')) {
        out = { ...out, nullable: true };
        facts[`${f.id}.nullable`] = { ...f.source, how: 'read', evidence: 'description' };
      }
    }
    return out;
  };

  const markType = (t: TypeRef, value: unknown, depth: number): TypeRef => {
    if (depth > MAX_DEPTH) return t;
    if (t.kind === 'object' && t.fields.length > 0) return markObject(t, value, depth);
    // Each item of an array (each value of a map) is a record of its own; the example's first one shows it.
    if (t.kind === 'array') return itemsBySelect ? t : { ...t, items: markType(t.items, itemShown(value), depth) };
    if (t.kind === 'map') return { ...t, values: markType(t.values, itemShown(value), depth) };
    if (t.kind === 'ref' && !t.shared && !blocked.has(t.name) && !done.has(t.name)) {
      const named = types.get(t.name);
      if (named?.type.kind === 'object' && named.type.fields.length > 0) {
        // A named type is marked once, from the first place the result shows it.
        done.add(t.name);
        types.set(t.name, { ...named, type: markObject(named.type, value, depth) });
      }
    }
    return t;
  };

  if (!s.result) return { spec: s, marked: done };
  const resultType = markType(s.result.type, ex?.value, 0);
  const changed = s.types.map((n) => types.get(n.name) ?? n);
  return { spec: { ...s, result: { ...s.result, type: resultType }, types: changed, facts }, marked: done };
}

/** What the declarers of one type name agree on, per field name: present only if every one marks it, nullable if any does. */
interface Agreed {
  present: Map<string, Provenance>;
  nullable: Map<string, { fact: Provenance | undefined }>;
}

/** Named types are one declaration per namespace when their declarers agree (the plan's rule), so the marks are agreed per namespace and name. */
const groupKey = (s: MethodSpec, type: string): string => `${s.method.split('.')[0]!.toLowerCase()}\u0000${type}`;

/** The marks every declarer of a type name agrees on, from the specs that marked it. */
function agree(results: ReadonlyArray<{ spec: MethodSpec; marked: Set<string> }>): Map<string, Agreed> {
  const votes = new Map<string, Array<{ spec: MethodSpec; fields: Field[] }>>();
  for (const { spec, marked } of results) {
    for (const n of spec.types) {
      if (!marked.has(n.name) || n.type.kind !== 'object') continue;
      const key = groupKey(spec, n.name);
      votes.set(key, [...(votes.get(key) ?? []), { spec, fields: n.type.fields }]);
    }
  }
  const out = new Map<string, Agreed>();
  for (const [key, vs] of votes) {
    const agreed: Agreed = { present: new Map(), nullable: new Map() };
    const names = new Set(vs.flatMap((v) => v.fields.map((f) => f.name)));
    for (const name of names) {
      const fs = vs.flatMap((v) => {
        const f = v.fields.find((x) => x.name === name);
        return f ? [{ spec: v.spec, f }] : [];
      });
      const presence = fs[0]?.f.presence;
      if (presence && fs.every((x) => x.f.required === true && x.f.presence)) agreed.present.set(name, presence);
      const said = fs.find((x) => x.f.nullable);
      if (said) agreed.nullable.set(name, { fact: said.spec.facts[`${said.f.id}.nullable`] });
    }
    out.set(key, agreed);
  }
  return out;
}

/**
 * One declarer of a marked type name brought to what all agree on: a field another declarer's example
 * leaves out is optional here too, a field null in another's example is nullable here too. `adopt`: the
 * rule did not mark this declarer (a list method's item type, …), so it takes the agreed presence.
 */
function applyAgreed(s: MethodSpec, name: string, agreed: Agreed, adopt: boolean): MethodSpec {
  const named = s.types.find((n) => n.name === name);
  if (named?.type.kind !== 'object') return s;
  const facts = { ...s.facts };
  const fields = named.type.fields.map((f): Field => {
    let out = f;
    const presence = agreed.present.get(f.name);
    if (f.presence && !presence) {
      const { presence: _dropped, ...rest } = f;
      out = { ...rest, required: 'unknown' };
    } else if (adopt && presence && f.required === 'unknown') out = { ...f, required: true, presence };
    const nullable = agreed.nullable.get(f.name);
    if (nullable && !out.nullable) {
      out = { ...out, nullable: true };
      if (nullable.fact) facts[`${f.id}.nullable`] = nullable.fact;
    }
    return out;
  });
  const types = s.types.map((n) => (n === named ? { ...n, type: { ...named.type, fields } } : n));
  return { ...s, types, facts };
}
