/**
 * Result fields typed through the page their row links: a response field its own page leaves opaque
 * (`task` "Object with [task description](./fields.md)", `item` typed [`item`](./object-fields.md))
 * takes the structure that page documents — the heading the link's anchor names, or the page's own
 * table when it has no anchor (the reader's `fieldsRef` on the field, the page's `FieldPage`). The
 * structure's named types join the spec with their own provenance (the linked page's file and lines);
 * the field's type fact says it was inferred through the link.
 */
import type { Field, FieldsRef, MethodSpec, NamedType, Provenance, TypeCatalogue, TypeRef, Warning } from '../spec/schema.ts';
import { withFieldIds } from '../spec/ids.ts';
import { CATALOGUE_PAGES, FIELD_PAGE_ROOT, type FieldPage } from '../sources/index.ts';
import { donorType, isOpen } from './cross-page-fields.ts';
import { adoptTypes, localRefNames } from './type-refs.ts';

/** Evidence of a field type taken through a link (followed by the linked page and anchor). */
export const LINKED_STRUCTURE = 'linked-structure:';

/** Words the docs use as a type where they mean "some structure" (never a name for the adopted type). */
const GENERIC = /^(?:object|array|any|unknown|mixed|list|map|struct|structure|fields?)$/i;

/** The docs' own word for the field's structure (`item` of `item[]`), when it is a name and not "object". */
function docTypeOf(t: TypeRef): string | undefined {
  if (t.kind === 'array') return docTypeOf(t.items);
  return t.kind === 'scalar' && t.docType && /^[A-Za-z_]\w*$/.test(t.docType) && !GENERIC.test(t.docType) ? t.docType : undefined;
}

/** The name the whole-page structure takes in the linking spec: the docs' type word, else the field's name (singular for a list). */
function rootName(f: Field, many: boolean): string {
  const base = (docTypeOf(f.type) ?? f.name).replace(/\W+/g, '_');
  return many && /[a-z]s$/.test(base) && !/ss$/.test(base) ? base.slice(0, -1) : base;
}

/** Rebuild a type with `fn` applied to every field at any depth (through arrays, unions, maps and object fields). */
function mapFields(t: TypeRef, fn: (f: Field) => Field): TypeRef {
  switch (t.kind) {
    case 'array':
      return { kind: 'array', items: mapFields(t.items, fn) };
    case 'union':
      return { kind: 'union', anyOf: t.anyOf.map((m) => mapFields(m, fn)) };
    case 'map':
      return { ...t, values: mapFields(t.values, fn) };
    case 'object':
      return { ...t, fields: t.fields.map((f) => fn({ ...f, type: mapFields(f.type, fn) })) };
    default:
      return t;
  }
}

/** Every spec with the opaque result fields that link a structure typed from it (see the module comment). */
export function followLinkedStructures(
  specs: readonly MethodSpec[],
  pages: readonly FieldPage[],
  catalogues: readonly TypeCatalogue[] = [],
): { specs: MethodSpec[]; warnings: Warning[] } {
  const byPath = new Map(pages.map((p) => [p.path, p]));
  /** A data-types page's anchored structure (`crm/data-types.md#type`): the shared catalogue type of that name. */
  const catalogued = (ref: FieldsRef): TypeRef | null => {
    const id = CATALOGUE_PAGES[ref.page];
    const anchor = ref.anchor?.toLowerCase();
    const t = id && anchor ? catalogues.find((c) => c.id === id)?.types.find((x) => x.name.toLowerCase() === anchor) : undefined;
    return t ? { kind: 'ref', name: t.name, shared: true } : null;
  };
  const specsByPage = new Map<string, MethodSpec[]>();
  for (const s of specs) for (const src of s.sources) specsByPage.set(src.path, [...(specsByPage.get(src.path) ?? []), s]);
  /**
   * A method page linked with no anchor ("detailed descriptions of the fields can be found in the method
   * [crm.deal.userfield.add]"): the structure its `fields` param takes, or the entity its fields method documents.
   */
  const methodPage = (path: string, name: string): FieldPage | undefined => {
    const donor = specsByPage.get(path)?.[0];
    const from = donor ? donorType(donor, 'fields', name) : null;
    // Else the one structure the page documents under an anchored heading (crm-activity-fields.md#all-fields).
    const read = byPath.get(path);
    const only = read ? [...new Set(Object.values(read.anchors))] : [];
    if ((!from || isOpen(from.type)) && read && only.length === 1) return { ...read, root: only[0] as string };
    if (!donor || !from || isOpen(from.type)) return undefined;
    if (from.type.kind === 'ref' && !from.type.shared) return { path, types: donor.types, anchors: {}, root: from.type.name };
    if (from.type.kind !== 'object') return undefined;
    const source = donor.params.find((p) => /^fields$/i.test(p.name))?.source ?? donor.result?.source ?? { file: path, how: 'read' as const };
    return { path, types: [...donor.types, { name: FIELD_PAGE_ROOT, type: from.type, source }], anchors: {}, root: FIELD_PAGE_ROOT };
  };
  const warnings: Warning[] = [];
  const out = specs.map((spec) => {
    // A fields method's result describes each field (type, flags), not the entity the link documents.
    if (spec.api !== 'rest' || /\.(?:get)?fields$/i.test(spec.method)) return spec;
    let types: NamedType[] = spec.types;
    const facts = { ...spec.facts };
    const own: Warning[] = [];
    const file = spec.sources[0]?.path ?? '';
    /** The linked structure as a ref of this spec (its types adopted), or null when the link leads to none. */
    const adopt = (ref: FieldsRef, rootHint: string, factId: string, what: string): TypeRef | null => {
      const shared = catalogued(ref);
      if (shared) {
        facts[factId] = { file: ref.page, how: 'inferred', evidence: `${LINKED_STRUCTURE}${ref.page}#${ref.anchor ?? ''}` };
        own.push({ code: 'linked-structure', message: `${spec.method}: ${what} typed from ${ref.page}#${ref.anchor ?? ''}, which its row links`, file });
        return shared;
      }
      const read = byPath.get(ref.page);
      const page = ref.anchor || read?.root ? read : methodPage(ref.page, rootHint);
      const donorName = page ? (ref.anchor ? page.anchors[ref.anchor.toLowerCase()] : page.root) : undefined;
      const donor = donorName ? page?.types.find((t) => t.name === donorName) : undefined;
      if (!page || !donor) return null;
      // The page-wide structure is named here for what it is in this spec, unless the page's own types refer to it.
      const referred = page.types.some((t) => t !== donor && localRefNames(t.type).has(donor.name));
      const name = donor.name === FIELD_PAGE_ROOT && !referred ? rootHint : donor.name;
      const pool = page.types.map((t) => (t === donor ? { ...t, name, type: withFieldIds(t.type, name) } : t));
      const target: TypeRef = { kind: 'ref', name };
      const adopted = adoptTypes(types, [target], pool);
      if (!adopted) return null;
      types = adopted;
      const where = `${page.path}${ref.anchor ? `#${ref.anchor}` : ''}`;
      facts[factId] = { file: page.path, how: 'inferred', evidence: `${LINKED_STRUCTURE}${where}` };
      own.push({ code: 'linked-structure', message: `${spec.method}: ${what} typed from ${where}, which its row links`, file });
      return target;
    };
    const follow = (f: Field): Field => {
      // "An object where the key is the `user ID`, and the value is an object with [description of available actions](./fields.md#action)".
      const mapOfOpen = f.type.kind === 'map' && isOpen(f.type.values);
      if (!f.fieldsRef || (!isOpen(f.type) && !mapOfOpen)) return f;
      // "An array of objects, where each object contains a [task description]": the link types each element.
      const many = !mapOfOpen && (f.type.kind === 'array' || /\barray of\b/i.test(f.description ?? ''));
      const target = adopt(f.fieldsRef, rootName(f, many), `${f.id}.type`, f.name);
      if (!target) return f;
      if (f.type.kind === 'map' && mapOfOpen) return { ...f, type: { ...f.type, values: target } };
      return { ...f, type: many ? { kind: 'array', items: target } : target };
    };
    let result = spec.result ? { ...spec.result, type: mapFields(spec.result.type, follow) } : null;
    if (result?.fieldsRef && isOpen(result.type)) {
      const hint = (result.fieldsRef.anchor ?? result.fieldsRef.page.split('/').pop() ?? 'result').replace(/\.md$/, '').replace(/\W+/g, '_');
      const target = adopt(result.fieldsRef, hint, 'result.type', 'the result');
      if (target) result = { ...result, type: shapedLikeExample(result.type, target, spec, result.source) };
    }
    // Types adopted are the linked page's own, complete: only the spec's own types are followed.
    const followed = new Map(spec.types.map((t) => [t.name, { ...t, type: mapFields(t.type, follow) }]));
    types = types.map((t) => followed.get(t.name) ?? t);
    if (own.length === 0) return spec;
    warnings.push(...own);
    return { ...spec, result, types, facts, warnings: [...spec.warnings, ...own] };
  });
  return { specs: out, warnings };
}

/**
 * Where the linked structure sits in a `result` that "contains the [category] object": under the one key
 * the success example's result has (`{ category: {…} }`), else the result itself (a list of them when the
 * row says `array`).
 */
function shapedLikeExample(was: TypeRef, target: TypeRef, spec: MethodSpec, source: Provenance): TypeRef {
  const shown = spec.examples.find((e) => e.kind === 'response' && isRecord(e.json) && 'result' in e.json);
  const value = shown && isRecord(shown.json) ? shown.json['result'] : undefined;
  const keys = isRecord(value) ? Object.keys(value) : [];
  const inner = keys.length === 1 ? (value as Record<string, unknown>)[keys[0] as string] : undefined;
  if (keys.length === 1 && (isRecord(inner) || Array.isArray(inner))) {
    const key = keys[0] as string;
    return {
      kind: 'object',
      fields: [
        {
          id: `result.${key}`,
          name: key,
          type: Array.isArray(inner) ? { kind: 'array', items: target } : target,
          required: 'unknown',
          source: { ...shown?.source, file: shown?.source.file ?? source.file, how: 'inferred', evidence: 'response-example' },
        },
      ],
    };
  }
  return was.kind === 'array' ? { kind: 'array', items: target } : target;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
