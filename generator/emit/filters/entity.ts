/**
 * The entity a list method filters, selects and sorts by: `spec.list.entity` names another method and a
 * named type in its spec (crm.contact.list → crm.contact.get / `contact`). Resolved against the input.
 */
import type { Field, TypeRef } from '../../spec/schema.ts';
import type { EmitModel, MethodModel, TypeDecl, TypeScope } from '../model.ts';
import { deref } from '../types/deref.ts';
import { quote } from '../naming.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { enumText, unionText } from '../types/type-text.ts';

/** A resolved list entity. */
export interface EntityInfo {
  /** Fields with unique names, in documented order. */
  fields: Field[];
  scope: TypeScope;
  /** The entity's named type (for {@link} and as list item fallback). */
  decl: TypeDecl | undefined;
  /** The method documenting the entity. */
  source: MethodModel;
}

/** The entity, or why it could not be resolved (said in the generated JSDoc). */
export type EntityResolution = { ok: true; entity: EntityInfo } | { ok: false; reason: string };

const resolved = new WeakMap<MethodModel, EntityResolution>();

/** Resolve `spec.list.entity` of `m` to the entity's fields (memoised: the types and zod emitters both ask). */
export function resolveEntity(model: EmitModel, m: MethodModel): EntityResolution {
  let r = resolved.get(m);
  if (!r) {
    r = resolveEntityUncached(model, m);
    resolved.set(m, r);
  }
  return r;
}

function resolveEntityUncached(model: EmitModel, m: MethodModel): EntityResolution {
  const e = m.spec.list?.entity;
  if (!e) return { ok: false, reason: 'the docs name no entity for this list' };
  const source = model.findMethod(m.spec.api, e.method, m.spec.restVersion);
  if (!source) return { ok: false, reason: `entity method ${e.method} is not in the input` };
  const wanted =
    source.spec.types.find((t) => t.name === e.type) ??
    source.spec.types.find((t) => t.name.toLowerCase() === e.type.toLowerCase());
  const start: TypeRef = { kind: 'ref', name: wanted?.name ?? e.type };
  const found = deref(start, source.scope);
  if (!found) return { ok: false, reason: `type ${e.type} is not declared by ${e.method}` };
  if (found.type.kind !== 'object' || found.type.fields.length === 0) {
    return { ok: false, reason: `type ${e.type} of ${e.method} is not an object with fields` };
  }
  const seen = new Set<string>();
  const fields: Field[] = [];
  for (const f of found.type.fields) {
    for (const name of [f.name, ...(f.aliases ?? [])]) {
      if (seen.has(name)) continue;
      seen.add(name);
      fields.push(name === f.name ? f : { ...f, name });
    }
  }
  return { ok: true, entity: { fields, scope: found.scope, decl: found.decl, source } };
}

/**
 * The type a filter accepts for a field. Filters are input, so they are lenient where Bitrix is:
 * numbers and numeric strings (ids, integers, doubles) are interchangeable; Y/N flags and booleans
 * both pass; array fields (multifields such as EMAIL) filter by one element; object-valued fields
 * filter by their scalar value (a multifield filters by its VALUE string).
 */
export function filterValueText(t: TypeRef, scope: TypeScope, depth = 0): string {
  if (depth > 8) return 'unknown';
  switch (t.kind) {
    case 'scalar':
      switch (t.name) {
        case 'string':
          if (t.format === 'id' || t.format === 'double') return 'string | number';
          if (t.format === 'yn') return "'Y' | 'N'";
          return 'string';
        case 'integer':
        case 'number':
          return 'number | string';
        case 'boolean':
          return "boolean | 'Y' | 'N'";
        case 'null':
          return 'null';
        default:
          return 'unknown';
      }
    case 'enum': {
      if (t.base !== 'integer') return enumText(t.base, t.values.map((v) => v.value), t.open);
      // Integer enums are accepted as numbers and as numeric strings.
      const lits = t.values.flatMap((v) => {
        const n = Number(v.value);
        return Number.isFinite(n) && String(v.value).trim() !== '' ? [String(n), quote(String(n))] : [quote(String(v.value))];
      });
      if (lits.length === 0) return 'number | string';
      return unionText(t.open ? [...lits, '(number & {})', '(string & {})'] : lits);
    }
    case 'array':
      return filterValueText(t.items, scope, depth + 1);
    case 'union':
      return unionText(t.anyOf.map((m) => filterValueText(m, scope, depth + 1)));
    case 'object':
    case 'map':
      return 'string | number';
    case 'ref': {
      const d = deref(t, scope);
      return d ? filterValueText(d.type, d.scope, depth + 1) : 'unknown';
    }
  }
}

/** The literal prefix of a custom-field pattern ("UF_*" → "UF_"), or undefined when the pattern is not `<identifier chars>*`. */
export function customFieldPrefix(pattern: string | undefined): string | undefined {
  if (!pattern) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9_]*)\*$/.exec(pattern.trim());
  return m?.[1];
}

/** Filter operators of the spec that are well-formed (the schema's own pattern), deduplicated and code-unit sorted. */
export function cleanOperators(ops: string[]): string[] {
  return [...new Set(ops.filter((o) => /^[=!<>@%?]{0,3}$/.test(o)))].sort(compareStrings);
}
