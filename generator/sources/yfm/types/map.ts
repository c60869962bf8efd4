/** Map type tokens from a type line onto spec TypeRefs, through the three tiers of the vocabulary. */
import type { TypeRef } from '../../../spec/schema.ts';
import type { TypeToken } from '../extract/type-line.ts';
import { CATALOGUES, TYPE_VOCAB, dottedReference } from './vocab.ts';

export interface MapContext {
  /** Where the type is used: in parameter position, dual names ("sale_order") mean the id. */
  position: 'param' | 'field';
  /** Resolve a page-local type (by `#anchor` link or heading name); null when the page has none. */
  resolveLocal(name: string, link: string | null): TypeRef | null;
  /** The row's description calls its value an object (or objects): a structure-or-id name means the structure. */
  describesObject?: boolean;
}

export type MapOutcome = { type: TypeRef; unknown: string[] };

const SECTION_BY_LINK: Array<[RegExp, string]> = [
  [/(^|\/)crm\/data-types\.md/, CATALOGUES.crm],
  [/(^|\/)catalog\/data-types\.md/, CATALOGUES.catalog],
  [/(^|\/)sale\/data-types\.md/, CATALOGUES.sale],
];

function openObject(): TypeRef {
  return { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };
}

/** A link into a section data-types page with an anchor names a structure of that catalogue. */
function sectionRef(name: string, link: string | null): TypeRef | null {
  if (!link) return null;
  for (const [re] of SECTION_BY_LINK) if (re.test(link) && /#\w/.test(link)) return { kind: 'ref', name, shared: true };
  return null;
}

/** Map one type name (no `[]`) to a TypeRef; null when no tier knows it. */
export function mapTypeName(name: string, link: string | null, ctx: MapContext): TypeRef | null {
  // `sale_order.id` linked to `#sale_order` is the id of that structure, not the structure: a scalar.
  const entityKey = /^([A-Za-z][\w]*)\.[A-Za-z_]+$/.exec(name);
  if (entityKey && link?.startsWith('#') && link.slice(1).toLowerCase() === (entityKey[1] ?? '').toLowerCase()) return dottedReference(name);
  // A same-page anchor link wins: the page defines the structure right there.
  if (link?.startsWith('#')) {
    const local = ctx.resolveLocal(name, link);
    if (local) return local;
  }
  const entry = TYPE_VOCAB.get(name) ?? TYPE_VOCAB.get(name.toLowerCase());
  if (entry) {
    switch (entry.tier) {
      case 'primitive':
      case 'id':
      case 'value':
        return entry.type ? structuredClone(entry.type) : null;
      case 'structure':
        if (entry.idType && (entry.idUnlessObject ? ctx.describesObject !== true : ctx.position === 'param')) return structuredClone(entry.idType);
        return { kind: 'ref', name: TYPE_VOCAB.has(name) ? name : name.toLowerCase(), shared: true };
      case 'page-local': {
        const local = ctx.resolveLocal(name, link);
        if (local) return local;
        const section = sectionRef(name, link);
        if (section) return section;
        // `Object`, `File`: capitalised primitives when the page defines no such structure.
        const prim = TYPE_VOCAB.get(name.toLowerCase());
        if (prim && prim.tier === 'primitive' && prim.type) return structuredClone(prim.type);
        return /Dto$/.test(name) ? openObject() : null;
      }
    }
  }
  const local = ctx.resolveLocal(name, link);
  if (local) return local;
  const dotted = dottedReference(name);
  if (dotted) return dotted;
  const section = sectionRef(name, link);
  if (section) return section;
  // DTO-style names used by the timeline/layout pages and not tabulated anywhere: an open object.
  if (/Dto$/.test(name)) return openObject();
  return null;
}

/** Map the tokens of one type line to a TypeRef: arrays wrap, several members form a union. */
export function mapTypeTokens(tokens: readonly TypeToken[], ctx: MapContext): MapOutcome {
  const unknown: string[] = [];
  const members: TypeRef[] = [];
  for (const t of tokens) {
    let ref = mapTypeName(t.name, t.link, ctx);
    if (!ref) {
      unknown.push(t.name);
      ref = { kind: 'scalar', name: 'unknown', docType: t.name };
    }
    for (let i = 0; i < t.arrayDepth; i++) ref = { kind: 'array', items: ref };
    members.push(ref);
  }
  const uniq = dedupe(members);
  if (uniq.length === 0) return { type: { kind: 'scalar', name: 'unknown' }, unknown };
  if (uniq.length === 1) return { type: uniq[0] as TypeRef, unknown };
  return { type: { kind: 'union', anyOf: uniq }, unknown };
}

function dedupe(types: TypeRef[]): TypeRef[] {
  const seen = new Set<string>();
  const out: TypeRef[] = [];
  for (const t of types) {
    const k = JSON.stringify(t);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(t);
  }
  return out;
}

/** True when a TypeRef is (or contains, at the top) an unknown scalar. */
export function isUnknownType(t: TypeRef): boolean {
  if (t.kind === 'scalar') return t.name === 'unknown';
  if (t.kind === 'array') return isUnknownType(t.items);
  if (t.kind === 'union') return t.anyOf.some(isUnknownType);
  return false;
}
