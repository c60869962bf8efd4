/**
 * Stable identities for spec entries, so a differ can match them across doc versions. Every id a reader
 * writes is built here: a change of id format is one edit, and two readers can never disagree on one.
 */
import type { TypeRef } from './schema.ts';

/** Identity of a REST method: lower-cased name (Bitrix names are case-insensitive), plus the REST version when not 1. */
export function restMethodId(name: string, restVersion: '1' | '3' = '1'): string {
  return `rest:${name.toLowerCase()}${restVersion === '3' ? '@v3' : ''}`;
}

/** Identity of a Vibe operation: verb and templated path. */
export function vibeOperationId(verb: string, path: string): string {
  return `vibe:${verb.toUpperCase()} ${path}`;
}

/** Identity of a parameter (dotted path for nested ones: "fields.NAME"). */
export function paramId(path: string): string {
  return `param:${path}`;
}

/** Identity of a group of alternative params (of which a call must carry one): "alt:IBLOCK_CODE|IBLOCK_ID". */
export function alternativeId(paramPaths: readonly string[]): string {
  return `alt:${paramPaths.join('|')}`;
}

/** Identity of a response field, e.g. "result.PHONE[].VALUE". */
export function fieldId(parentId: string, name: string): string {
  return `${parentId}.${name}`;
}

/** Path of an array's items below `path`: "result.ITEMS[]". */
export function itemsPath(path: string): string {
  return `${path}[]`;
}

/** Path of a map's values below `path`: "result.BY_ID{}". */
export function valuesPath(path: string): string {
  return `${path}{}`;
}

/**
 * The type with every object field's id set to its path below `path` ("contact.PHONE",
 * "result.ITEMS[].ID"); `idOf` turns a path into the id (param-nested fields: `paramId`).
 * Union members share the path: they are alternatives for the same value.
 */
export function withFieldIds(t: TypeRef, path: string, idOf: (path: string) => string = (p) => p): TypeRef {
  switch (t.kind) {
    case 'object':
      return {
        ...t,
        fields: t.fields.map((f) => {
          const own = fieldId(path, f.name);
          return { ...f, id: idOf(own), type: withFieldIds(f.type, own, idOf) };
        }),
      };
    case 'array':
      return { kind: 'array', items: withFieldIds(t.items, itemsPath(path), idOf) };
    case 'union':
      return { kind: 'union', anyOf: t.anyOf.map((m) => withFieldIds(m, path, idOf)) };
    case 'map':
      return { ...t, values: withFieldIds(t.values, valuesPath(path), idOf) };
    default:
      return t;
  }
}

/** Identity of an example: its kind and a key unique among that spec's examples ("request:1", "response:curl"). */
export function exampleId(kind: string, key: string | number): string {
  return `${kind}:${key}`;
}

/** The n-th (n ≥ 2) example that would share `id` within one spec: "request:curl-2". */
export function repeatedExampleId(id: string, n: number): string {
  return `${id}-${n}`;
}

/** An example id taken from a second reader's spec that clashes with the first's: "request:1~vibe-page". */
export function mergedExampleId(id: string, reader: string): string {
  return `${id}~${reader}`;
}

/** Identity of an error: its code, or a slug of its message when the docs give no code. */
export function errorId(code: string | null, message: string | null, description?: string): string {
  if (code) return `error:${code}`;
  return `error:msg:${slug(message ?? description ?? '')}`;
}

/** Lower-case ASCII slug, stable across whitespace and punctuation changes. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'empty'
  );
}
