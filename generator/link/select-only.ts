/**
 * Fields a method sends only when its `select` names them. The select parameter's own description says so
 * ("To get the fields `COMMUNICATIONS` and `FILES`, specify them in select", crm-activity-list.md:23;
 * "System fields `UF_CRM_TASK`, … are not returned by default. Specify one of these fields in `SELECT`",
 * tasks-task-get.md:34): a call without them in its select gets records without them, so however a field
 * table marks them (a fields page's required-on-add, a record's presence rule), in this method's result they
 * are optional: `required: false`, no presence, and facts["<field id>.required"] names the sentence
 * (`how: 'read'`, evidence `select-only`). Run after the presence pass, which must not mark them again.
 */
import type { Field, MethodSpec, Param, Provenance, TypeRef } from '../spec/schema.ts';
import { keyForm } from './example-only-keys.ts';
import { reachableTypes } from './type-refs.ts';

/** A sentence saying the fields it names come only through `select`: "to get X, specify them in select", "X are not returned by default". */
export const SELECT_ONLY =
  /\bto\s+(?:get|retrieve|receive|obtain)\b[^.]*?,\s*(?:you\s+(?:need|must|should)\s+(?:to\s+)?)?(?:specify|pass|list|include|add|request)\s+(?:them|it|these(?:\s+fields)?)\b[^.]*\bselect\b|\bnot\s+returned\s+by\s+default\b/i;

/** The field names a select param's description says come only when selected. */
export function selectOnlyNames(description: string): string[] {
  const names = new Set<string>();
  for (const sentence of description.split(/(?<=\.)\s+|\n+/)) {
    if (!SELECT_ONLY.test(sentence)) continue;
    for (const m of sentence.matchAll(/`([A-Za-z_][\w.]*)`/g)) if (m[1]!.toLowerCase() !== 'select') names.add(m[1]!);
  }
  return [...names];
}

/** Specs whose select param names select-only fields, with those result fields optional. Pure. */
export function markSelectOnlyFields(specs: readonly MethodSpec[]): MethodSpec[] {
  return specs.map((s) => {
    const select = s.params.find((p) => p.name.toLowerCase() === 'select');
    const names = select ? selectOnlyNames(select.description ?? '') : [];
    // Matched up to case and underscores: tasks.task.get's `UF_CRM_TASK` is sent as `ufCrmTask` (tasks/fields.md:227).
    return select && names.length > 0 && s.result ? withSelectOnly(s, select, new Set(names.map(keyForm))) : s;
  });
}

/** One spec with the named fields (`names` in key form) of its result, inline and in the page-local types it reaches, made optional. */
function withSelectOnly(s: MethodSpec, select: Param, names: ReadonlySet<string>): MethodSpec {
  const facts = { ...s.facts };
  const said: Provenance = { file: select.source.file, ...(select.source.line ? { line: select.source.line } : {}), how: 'read', evidence: 'select-only' };
  const field = (f: Field): Field => {
    const out = { ...f, type: walk(f.type) };
    if (!names.has(keyForm(f.name)) || f.required === false) return out;
    facts[`${f.id}.required`] = said;
    const { presence: _dropped, ...rest } = out;
    return { ...rest, required: false };
  };
  const walk = (t: TypeRef): TypeRef => {
    if (t.kind === 'object') return { ...t, fields: t.fields.map(field) };
    if (t.kind === 'array') return { ...t, items: walk(t.items) };
    if (t.kind === 'map') return { ...t, values: walk(t.values) };
    if (t.kind === 'union') return { ...t, anyOf: t.anyOf.map(walk) };
    return t;
  };
  const result = s.result!;
  const reached = new Set(reachableTypes([result.type], s.types).map((n) => n.name));
  // A type a parameter also uses keeps its marks: there they say what a call must send.
  const inputs = new Set(
    reachableTypes(
      s.params.map((p) => p.type),
      s.types,
    ).map((n) => n.name),
  );
  const types = s.types.map((n) => (reached.has(n.name) && !inputs.has(n.name) ? { ...n, type: walk(n.type) } : n));
  return { ...s, result: { ...result, type: walk(result.type) }, types, facts };
}
