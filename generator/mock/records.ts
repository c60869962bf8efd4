/**
 * The records a mock list method pages over: `count` copies of one item (the documented example's first
 * item, else one built from the item type or the list's entity type), each with its own id (1…count, in
 * the id's documented form: "7" or 7) and, from a seeded generator, its own names and dates.
 */
import { mulberry32 } from '../core/prng.ts';
import type { MethodSpec, TypeRef } from '../spec/schema.ts';
import { resolveType, type MockCatalog } from './catalog.ts';
import { documentedResponse, isRecord, synthValue } from './synth.ts';

/** Where a list method's items sit in its `result` and what one looks like. */
export interface ListShape {
  /** The key of `result` holding the items (`items`, `tasks`), or null when `result` is the array. */
  key: string | null;
  template: Record<string, unknown>;
  idField: string;
  idAsString: boolean;
}

/** The shape of a list method's items, from its example or its types. */
export function listShape(spec: MethodSpec, catalog: MockCatalog): ListShape {
  const doc = documentedResponse(spec);
  const example = doc ? (spec.api === 'vibe' ? doc['data'] : doc['result']) : undefined;
  const fromExample = itemsOf(example);
  const typed = spec.result ? itemsType(spec.result.type, spec, catalog) : undefined;
  const key = fromExample ? fromExample.key : (typed?.key ?? null);
  let template = fromExample?.items.find(isRecord);
  if (!template && typed) {
    const v = synthValue(typed.items, { spec, catalog, n: 1 });
    if (isRecord(v)) template = v;
  }
  template ??= entityTemplate(spec, catalog);
  const idField = spec.list?.idField ?? (template && 'id' in template && !('ID' in template) ? 'id' : 'ID');
  template ??= { [idField]: '1' };
  const idValue = template[idField];
  const idAsString = idValue === undefined ? spec.api === 'rest' && spec.restVersion !== '3' : typeof idValue === 'string';
  return { key, template, idField, idAsString };
}

/** The array inside an example `result`: the result itself, or its one array-valued key (`items` first). */
function itemsOf(result: unknown): { key: string | null; items: unknown[] } | undefined {
  if (Array.isArray(result)) return { key: null, items: result };
  if (!isRecord(result)) return undefined;
  const keys = Object.keys(result).filter((k) => Array.isArray(result[k]));
  const key = keys.includes('items') ? 'items' : keys.length === 1 ? keys[0]! : undefined;
  return key === undefined ? undefined : { key, items: result[key] as unknown[] };
}

/** The item type of a list result type: an array, or an object's one array field. */
function itemsType(t: TypeRef, spec: MethodSpec, catalog: MockCatalog): { key: string | null; items: TypeRef } | undefined {
  const r = resolveType(t, spec, catalog);
  if (r?.kind === 'array') return { key: null, items: r.items };
  if (r?.kind !== 'object') return undefined;
  const arrays = r.fields.filter((f) => resolveType(f.type, spec, catalog)?.kind === 'array');
  const f = arrays.find((x) => x.name === 'items') ?? (arrays.length === 1 ? arrays[0] : undefined);
  const items = f && resolveType(f.type, spec, catalog);
  return f && items?.kind === 'array' ? { key: f.name, items: items.items } : undefined;
}

/** One item built from the list's entity type (`list.entity`: a named type of another method's spec). */
function entityTemplate(spec: MethodSpec, catalog: MockCatalog): Record<string, unknown> | undefined {
  const entity = spec.list?.entity;
  const owner = entity && catalog.rest.get(entity.method.toLowerCase());
  const named = owner?.types.find((t) => t.name === entity!.type);
  if (!owner || !named) return undefined;
  const v = synthValue(named.type, { spec: owner, catalog, n: 1 });
  return isRecord(v) ? v : undefined;
}

/** `count` records from the shape: ids 1…count, names and dates varied by a generator seeded with `seed`. */
export function makeRecords(shape: ListShape, count: number, seed: number): Record<string, unknown>[] {
  const random = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const id = i + 1;
    const rec = structuredClone(shape.template);
    for (const [k, v] of Object.entries(rec)) {
      if (typeof v !== 'string') continue;
      if (/name|title|subject/i.test(k)) rec[k] = `${v.replace(/\s*\d+$/, '')} ${id}`;
      else if (/date|time/i.test(k) && /^\d{4}-\d\d-\d\d/.test(v)) rec[k] = shiftDays(v, Math.floor(random() * 365));
    }
    rec[shape.idField] = shape.idAsString ? String(id) : id;
    return rec;
  });
}

/** An ISO date or date-time moved by `days`, keeping the rest of the text (time, offset) as it was. */
function shiftDays(text: string, days: number): string {
  const d = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return text;
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10) + text.slice(10);
}
