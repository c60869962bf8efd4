/**
 * Helpers for the YFM tests that read real corpus pages (../shared): a page's specs and catalogues, and
 * small builders of spec fields. A page read without ../shared fails with the path it needs, never skips.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readYfmPage } from '../../generator/sources/yfm/extract/page.ts';
import type { Field, MethodSpec, NamedType, Param, TypeCatalogue, TypeRef } from '../../generator/spec/schema.ts';
import { requireShared, SHARED } from './shared.ts';
import type { PageReading } from '../../generator/sources/index.ts';

const CORPUS = SHARED.corpus;
const ctx = { readFile: (p: string) => (existsSync(`${CORPUS}/${p}`) ? readFileSync(`${CORPUS}/${p}`, 'utf8') : undefined) };
const read = (path: string) => readYfmPage({ path, text: readFileSync(`${requireShared(CORPUS)}/${path}`, 'utf8') }, ctx);

/** The whole reading of the corpus page `path` (specs, catalogues, field page), as the link stage gets it. */
export const readingOf = (path: string): PageReading => ({ path, reader: 'yfm-markdown', output: read(path) });

/** The first method spec the corpus page `path` yields. */
export const specOf = (path: string): MethodSpec => {
  const s = read(path).specs[0];
  if (!s) throw new Error(`${path} yields no spec`);
  return s;
};

/** The first type catalogue the corpus page `path` yields. */
export const catalogueOf = (path: string): TypeCatalogue => {
  const c = read(path).typeCatalogues?.[0];
  if (!c) throw new Error(`${path} yields no catalogue`);
  return c;
};

/** The param `name` of a spec; throws when it has none. */
export const param = (s: MethodSpec, name: string): Param => {
  const p = s.params.find((x) => x.name === name);
  if (!p) throw new Error(`${s.method} has no param ${name}`);
  return p;
};

/** The named type `name` of a spec; throws when it has none. */
export const named = (s: MethodSpec, name: string): NamedType => {
  const t = s.types.find((x) => x.name === name);
  if (!t) throw new Error(`${s.method} has no type ${name}`);
  return t;
};

/** The fields of an object type (none for any other type). */
export const fieldsOf = (t: TypeRef | undefined): Field[] => (t?.kind === 'object' ? t.fields : []);

/** A read field of unknown requiredness. */
export const field = (name: string, type: TypeRef, description?: string): Field => ({
  id: name,
  name,
  type,
  required: 'unknown',
  ...(description ? { description } : {}),
  source: { file: 'x.md', how: 'read' },
});

/** The plain string type. */
export const str: TypeRef = { kind: 'scalar', name: 'string' };
