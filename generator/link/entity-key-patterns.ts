/**
 * The key patterns an entity's fields page documents (`UF_...` custom fields, `PARENT_ID_...` relations:
 * crm-contact-fields.md:781, :786) hold for every record of that entity, but a `get` page that tables the
 * record itself (crm-contact-get.md `### contact`) rarely repeats them, while its response example sends
 * them (`"UF_CRM_1720697698689"`, `"PARENT_ID_1224"`). The record types of the sibling `get` and `list`
 * results take the fields page's patterns when they have none of their own: the same entity, the same keys.
 * Only a record that shares most of its fields with the entity is taken for it.
 * Pure: specs in, specs out.
 */
import type { MethodSpec, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { findItem, follow, resolversOver } from './list-entity-plans.ts';

type ObjectType = Extract<TypeRef, { kind: 'object' }>;
interface Patterns {
  additional: TypeRef;
  additionalKeys: string[];
  names: ReadonlySet<string>;
  from: string;
}

const FIELDS_SUFFIXES = ['fields', 'getfields'];
const RECORD_SUFFIXES = ['get', 'list'];

/** Every `get`/`list` record type opened to the key patterns its entity's fields page documents. */
export function carryEntityKeyPatterns(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): MethodSpec[] {
  const resolverOf = resolversOver(catalogues);
  const key = (s: MethodSpec, base: string) => `${s.restVersion ?? '1'}|${base}`;
  const patterns = new Map<string, Patterns>();
  for (const s of specs) {
    const [base, verb] = split(s.method);
    if (s.api !== 'rest' || !FIELDS_SUFFIXES.includes(verb) || !s.result) continue;
    const resolve = resolverOf(s);
    const hit = findItem(s.result.type, resolve);
    const entity = hit ? follow(hit.at, resolve) : undefined;
    if (entity?.kind === 'object' && entity.additional && entity.additionalKeys?.length)
      patterns.set(key(s, base), {
        additional: entity.additional,
        additionalKeys: entity.additionalKeys,
        names: new Set(entity.fields.map((f) => f.name.toLowerCase())),
        from: s.sources[0]?.path ?? s.method,
      });
  }
  return specs.map((s) => {
    const [base, verb] = split(s.method);
    const p = s.api === 'rest' && RECORD_SUFFIXES.includes(verb) ? patterns.get(key(s, base)) : undefined;
    return p ? opened(s, p) : s;
  });
}

function split(method: string): [string, string] {
  const i = method.lastIndexOf('.');
  return [method.slice(0, i).toLowerCase(), method.slice(i + 1).toLowerCase()];
}

/** The spec with its record type (the result, its items, or the local type either names) opened to the patterns. */
function opened(s: MethodSpec, p: Patterns): MethodSpec {
  const result = s.result;
  if (!result) return s;
  const record = result.type.kind === 'array' ? result.type.items : result.type;
  const shares = (o: ObjectType) => o.fields.filter((f) => p.names.has(f.name.toLowerCase())).length * 2 >= o.fields.length;
  const open = (o: ObjectType): ObjectType | null =>
    o.additional || o.fields.length < 4 || !shares(o) || o.fields.some((f) => p.additionalKeys.some((k) => f.name.startsWith(k)))
      ? null
      : { ...o, additional: p.additional, additionalKeys: p.additionalKeys };
  const facts = { ...s.facts };
  if (record.kind === 'object') {
    const o = open(record);
    if (!o) return s;
    facts['result.additional'] = { file: p.from, how: 'inferred', evidence: 'entity-fields-page' };
    return { ...s, result: { ...result, type: result.type.kind === 'array' ? { kind: 'array', items: o } : o }, facts };
  }
  if (record.kind !== 'ref' || record.shared) return s;
  const named = s.types.find((t) => t.name === record.name);
  const o = named?.type.kind === 'object' ? open(named.type) : null;
  if (!named || !o) return s;
  facts[`${named.name}.additional`] = { file: p.from, how: 'inferred', evidence: 'entity-fields-page' };
  return { ...s, types: s.types.map((t) => (t === named ? { ...t, type: o } : t)), facts };
}
