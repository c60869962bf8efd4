/**
 * Names and values that stand for a family rather than themselves: key patterns (`UF_...`, `UF_*`,
 * `propertyN`, `PROPERTY_<id>`, `upload{id}`) and placeholder values (`chatXXX`, `<ID>`, `{NUMBER}`).
 * The docs write them where a real name or value would go; a spec must not keep them as literals.
 */
import type { EnumValue, Field, TypeRef } from '../../../spec/schema.ts';

/** `propertyN`, `fieldN`: a lower-case word, then `N` for "a number" — when the prose says what N is (`gpsN` is GPS north). */
const NUMBERED = /^[a-z][a-zA-Z]*[a-z]N$/;
/** Numbered names whose stem is a generic word are families even where the prose says no more (`propertyN` properties). */
const GENERIC_PREFIX = /^(property|field|prop|param)N$/;
const N_EXPLAINED = /\bwhere\s+`?N`?\b|`N`\s*(?:—|–|-|is)\b|\bcustom (?:fields?|propert)/i;
/** `UF_...`, `UF_*`, `PARENT_ID_xxx`; `<id>` or `{id}` anywhere (`upload{id}`, `chat<chatId>`, `<selector>`). */
const FAMILY = /(\.\.\.|…|\*|xxx|XXX)$|<[^>]+>|\{[^}]+\}/;

/** `PROPERTY_PropertyId`: an UPPER_SNAKE prefix, then a CamelCase word naming the id that completes the key. */
const NAMED_ID = /^([A-Z][A-Z0-9]*_)[A-Z][a-z]+[A-Za-z]*Id$/;

/** True when a documented key name is a pattern for many keys, not a key (`prose`: its description, which must explain an `N`). */
export function isNamePattern(name: string, prose = ''): boolean {
  return (NUMBERED.test(name) && (N_EXPLAINED.test(prose) || GENERIC_PREFIX.test(name))) || FAMILY.test(name) || NAMED_ID.test(name);
}

/** The literal prefix of a key pattern (`UF_...` → `UF_`, `propertyN` → `property`), or '' when it has none. */
export function patternPrefix(name: string): string {
  if (NUMBERED.test(name)) return name.slice(0, -1);
  const named = NAMED_ID.exec(name);
  if (named) return named[1] ?? '';
  const cut = name.search(/\.\.\.|…|\*|xxx|XXX|<|\{/);
  return cut < 0 ? name : name.slice(0, cut);
}

/** A custom-field pattern (`UF_*`, `property*`) that list-param prose names, for `list.entity.customFields`. */
export function customFieldPattern(text: string): string | undefined {
  if (/\bUF_/.test(text)) return 'UF_*';
  for (const m of text.matchAll(/`([^`\s]+)`/g)) {
    const name = m[1] ?? '';
    const prefix = isNamePattern(name, text) ? patternPrefix(name) : '';
    if (/^[A-Za-z][A-Za-z0-9_]*$/.test(prefix) && prefix.length >= 2) return `${prefix}*`;
  }
  return undefined;
}

/** `chatXXX`, `XXX`, `...`, `<OBJECT_TYPE>`, `U{id}`, `PROPERTY_N`, `{ ENTITY_ID: "DEAL_STAGE" }`: a value written as a pattern. */
export function isPlaceholderValue(value: string | number | boolean): boolean {
  return typeof value === 'string' && /XXX|xxx|\.\.\.|…|<[^>]*>|\{[^}]*\}|[A-Z]_N$/.test(value);
}

/**
 * Enum values with the placeholders taken out. `open` is true when any were: the docs then describe a
 * family of values (`chatXXX`), so the listed literals cannot be all there is.
 */
export function withoutPlaceholders(values: readonly EnumValue[]): { values: EnumValue[]; open: boolean } {
  const real = values.filter((v) => !isPlaceholderValue(v.value));
  return { values: real, open: real.length < values.length };
}

function unionOf(types: readonly TypeRef[]): TypeRef {
  const seen = new Map<string, TypeRef>();
  for (const t of types) seen.set(JSON.stringify(t), t);
  const uniq = [...seen.values()];
  if (uniq.length === 1) return uniq[0] as TypeRef;
  // Several patterns of different types (UF_... any, PARENT_ID_... integer): the keys say which, the type cannot.
  return uniq.some((t) => t.kind === 'scalar' && (t.name === 'any' || t.name === 'unknown')) || uniq.length > 3
    ? { kind: 'scalar', name: 'any' }
    : { kind: 'union', anyOf: uniq };
}

/**
 * An object's pattern-named fields (`UF_...`, `propertyN`) moved into `additional`: the type of the keys
 * the object does not list. The listed fields keep their order; an existing `additional` joins the union.
 */
export function openNamePatterns(fields: readonly Field[], additional?: TypeRef): { fields: Field[]; additional?: TypeRef; additionalKeys?: string[] } {
  const isPattern = (f: Field) => isNamePattern(f.name, f.description);
  const patterns = fields.filter(isPattern);
  if (patterns.length === 0) return additional ? { fields: [...fields], additional } : { fields: [...fields] };
  const types = patterns.map((f) => (f.type.kind === 'scalar' && f.type.name === 'unknown' ? ({ kind: 'scalar', name: 'any' } as TypeRef) : f.type));
  // The keys the patterns cover, when every pattern has a literal prefix (`UF_...` → `UF_`); `<selector>` has none: any key.
  const prefixes = patterns.map((f) => patternPrefix(f.name));
  const keyed = !additional && prefixes.every((p) => /^[A-Za-z0-9_]+$/.test(p));
  return {
    fields: fields.filter((f) => !isPattern(f)),
    additional: unionOf(additional ? [...types, additional] : types),
    ...(keyed ? { additionalKeys: [...new Set(prefixes)].sort() } : {}),
  };
}
