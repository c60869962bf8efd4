/**
 * A field typed with a shared structure whose own description spells the structure's keys another way.
 * `crm.item.*`'s `fm` is typed `crm_multifield` (UPPER_SNAKE: `ID`, `TYPE_ID`, `VALUE_TYPE`, `VALUE`), yet its
 * row says "- `id` — Unique identifier - `typeId` — Type of multifield - `valueType` — … - `value` — Value"
 * (crm/universal/object-fields.md) and the response example sends those camelCase keys (crm-item-get.md:404).
 * The row describes what this field carries, so the field gets an inline copy of the structure with the
 * described spellings (types, wire records and descriptions kept). Only when every described key matches a
 * field of the structure once case and underscores are ignored, and at least one is spelled differently:
 * anything else is a different structure, not a respelling.
 * Pure: specs and catalogues in, specs out.
 */
import type { Field, MethodSpec, NamedType, TypeCatalogue, TypeRef } from '../spec/schema.ts';

/** "`id` — …", "`typeId` – …": the keys a description names, each in a code span before a dash. */
const DESCRIBED_KEY = /`([A-Za-z][A-Za-z0-9_]*)`\s*[—–-]\s/g;

/** The spelling-free form of a key: `TYPE_ID`, `typeId` and `type_id` are one key. */
const spellingFree = (name: string): string => name.replace(/_/g, '').toLowerCase();

/** Every spec with shared-structure fields respelled as their descriptions spell them. */
export function respellDescribedKeys(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): MethodSpec[] {
  const shared = new Map<string, NamedType>();
  for (const c of catalogues) for (const t of c.types) if (!shared.has(t.name)) shared.set(t.name, t);
  return specs.map((s) => respellSpec(s, (name) => shared.get(name)?.type));
}

function respellSpec(s: MethodSpec, sharedType: (name: string) => TypeRef | undefined): MethodSpec {
  let changed = false;
  const fields = (fs: readonly Field[]): Field[] =>
    fs.map((f) => {
      const respelled = respelledType(f, sharedType);
      const type = walk(respelled ?? f.type);
      if (respelled) changed = true;
      return type === f.type ? f : { ...f, type };
    });
  const walk = (t: TypeRef): TypeRef => {
    switch (t.kind) {
      case 'array':
        return { ...t, items: walk(t.items) };
      case 'union':
        return { ...t, anyOf: t.anyOf.map(walk) };
      case 'map':
        return { ...t, values: walk(t.values) };
      case 'object':
        return { ...t, fields: fields(t.fields) };
      default:
        return t;
    }
  };
  const out: MethodSpec = {
    ...s,
    params: s.params.map((p) => {
      const respelled = respelledType(p, sharedType);
      if (respelled) changed = true;
      return { ...p, type: walk(respelled ?? p.type) };
    }),
    ...(s.result ? { result: { ...s.result, type: walk(s.result.type) } } : {}),
    types: s.types.map((t) => ({ ...t, type: walk(t.type) })),
  };
  return changed ? out : s;
}

/** The field's type with its shared structure respelled, or null when the description does not respell it. */
function respelledType(f: Pick<Field, 'id' | 'type' | 'description' | 'source'>, sharedType: (name: string) => TypeRef | undefined): TypeRef | null {
  const ref = f.type.kind === 'array' ? f.type.items : f.type;
  if (ref.kind !== 'ref' || !ref.shared || !f.description) return null;
  const structure = sharedType(ref.name);
  if (structure?.kind !== 'object') return null;
  const keys = [...new Set([...f.description.matchAll(DESCRIBED_KEY)].map((m) => m[1]!))];
  if (keys.length < 2) return null;
  const byForm = new Map(structure.fields.map((x) => [spellingFree(x.name), x]));
  const matched = keys.map((k) => [k, byForm.get(spellingFree(k))] as const);
  if (matched.some(([, x]) => !x) || matched.every(([k, x]) => x!.name === k)) return null;
  const source = { ...f.source, how: 'read' as const, evidence: 'description-keys' };
  const object: TypeRef = {
    kind: 'object',
    fields: matched.map(([k, x]) => ({ ...x!, id: `${f.id}${f.type.kind === 'array' ? '[]' : ''}.${k}`, name: k, source })),
  };
  return f.type.kind === 'array' ? { kind: 'array', items: object } : object;
}
