/** Helpers for the scraped-text reader tests: read a seed or a synthetic page, look into its types. */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { MethodSpec, type Field, type NamedType, type TypeRef } from '../../generator/spec/schema.ts';
import { readScrapedPage } from '../../generator/sources/scraped/index.ts';
import { toPageText, type PageText } from '../../generator/sources/scraped/lines.ts';
import { createNotes, type Notes } from '../../generator/sources/scraped/notes.ts';

/** The text of a seed page in test/fixtures/seeds/. */
export const seedText = (name: string) => readFileSync(new URL(`../fixtures/seeds/${name}`, import.meta.url), 'utf8');

/** Read a page and check the one spec it yields against the schema. */
export function read(path: string, text: string): MethodSpec {
  const out = readScrapedPage({ path, text });
  expect(out.specs).toHaveLength(1);
  return MethodSpec.parse(out.specs[0]);
}

/** The one spec of a seed page. */
export const seed = (name: string) => read(name, seedText(name));

/** The named type of a spec, or an error listing the names it has. */
export function namedType(spec: MethodSpec, name: string): NamedType {
  const t = spec.types.find((x) => x.name === name);
  if (!t) throw new Error(`no type ${name} in ${spec.types.map((x) => x.name).join(', ')}`);
  return t;
}

/** The fields of an object type. */
export function fieldsOf(t: NamedType): Field[] {
  if (t.type.kind !== 'object') throw new Error(`${t.name} is ${t.type.kind}, not an object`);
  return t.type.fields;
}

/** One field of an object type. */
export function field(t: NamedType, name: string): Field {
  const f = fieldsOf(t).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name} in ${t.name}`);
  return f;
}

/** An array of the shared crm_multifield type (PHONE, EMAIL, WEB, IM). */
export const multifieldArray: TypeRef = { kind: 'array', items: { kind: 'ref', name: 'crm_multifield' } };

/** A scraped page given as its lines, with a fresh notebook for it (file "p.txt"). */
export function pageOf(...lines: string[]): { page: PageText; notes: Notes } {
  return { page: toPageText(lines.join('\n')), notes: createNotes('p.txt') };
}
