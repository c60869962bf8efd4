/**
 * The result of a method. Its type is inferred from the response example's `result` value (the only
 * type evidence the scrape keeps), then enriched with what the structure tables read: descriptions,
 * deprecation, fields the example left out. An object result becomes a named type; known shapes such
 * as crm_multifield are declared once and referenced.
 */
import type { Field, MethodSpec, NamedType, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId, withFieldIds } from '../../spec/ids.ts';
import { compareStrings } from '../../spec/serialize.ts';
import { inferJsonType, mergeTypes } from '../common/infer-json-type.ts';
import { blockValue, type JsonBlock } from './examples.ts';
import { declareShape, extractShapes, knownShape, type ShapeTypes } from './known-shapes.ts';
import { lineOf, type PageText } from './lines.ts';
import { findEntry, type LNode } from './literal.ts';
import type { Notes } from './notes.ts';
import { applyDocFields, docOnlyField, type DocField, type Structure } from './structures.ts';
import type { Cell } from './tables.ts';

type ObjectType = Extract<TypeRef, { kind: 'object' }>;

export interface ResultInput {
  method: string;
  isList: boolean;
  block: JsonBlock | undefined;
  /** The `result` row of the Returned Data table. */
  resultRow: DocField | undefined;
  structures: Structure[];
  /** Prose after the last structure table ("Fields of type crm_multifield (PHONE, EMAIL, …)"). */
  trailing: Cell[];
  /** Shape types already declared (by the params); the result's uses join them. */
  shapes: ShapeTypes;
}

export interface ResultOutput {
  result: MethodSpec['result'];
  types: NamedType[];
  /** Name of the type that holds the result entity, when there is one. */
  entityType: string | undefined;
}

/** Names example data uses for per-portal fields: custom fields and per-entity-type parent links. */
const DYNAMIC_FIELD = /^(?:UF_|PARENT_ID_\d+$)/;

/** The result type and the named types it uses. */
export function buildResult(page: PageText, input: ResultInput, notes: Notes): ResultOutput {
  const found = resultValue(page, input.block, notes);
  const structure = input.structures.find((s) => s.name === null) ?? input.structures[0];
  const typeName = structure?.name ?? typeNameFromMethod(input.method);
  const exampleSource = notes.at(found?.line, 'inferred', 'response-example');
  const shapes: ShapeTypes = new Map(input.shapes);
  const named = new Map<string, NamedType>();

  let resultType: TypeRef | undefined;
  let entity: ObjectType | undefined;
  let entityIsArray = false;
  let source: Provenance = exampleSource;

  const value = found?.value;
  if (value !== undefined && value !== null) {
    const inferred = inferJsonType(value, typeName, { source: exampleSource });
    if (inferred.kind === 'object' && isNumericKeyed(inferred)) {
      resultType = numericMap(inferred);
    } else if (inferred.kind === 'object' && isFieldCatalogue(input.method, inferred)) {
      resultType = withFieldIds(fieldCatalogueMap(inferred), 'result');
    } else if (inferred.kind === 'object') {
      entity = inferred;
    } else if (inferred.kind === 'array' && inferred.items.kind === 'object') {
      entity = inferred.items;
      entityIsArray = true;
    } else {
      resultType = inferred;
    }
    if (entity) entity = withKeyLines(dropDynamicFields(entity, typeName, found!.node, page, notes), found!.node, page, notes);
  } else if (structure && structure.fields.length > 0) {
    // No example (or `null`): the table alone says which fields exist; their types are unknown.
    source = notes.at(structure.line, 'read', 'table');
    entity = { kind: 'object', fields: [] };
    entityIsArray = input.isList || /\barray\b/i.test(input.resultRow?.description ?? '');
    notes.warn('result-types-unknown', `No response example: the fields of ${typeName} come from the table with unknown types`, structure.line);
  }

  if (entity) {
    // Shapes inside the entity only: an entity that itself looks like a shape is still this method's type.
    entity = { ...entity, fields: entity.fields.map((f) => ({ ...f, type: extractShapes(f.type, shapes, exampleSource) })) };
    entity = applyMultiFieldProse(entity, [...(structure?.prose ?? []), ...input.trailing], typeName, shapes, notes);
    if (structure) {
      entity =
        value === undefined || value === null
          ? docOnlyObject(entity, structure.fields, typeName, notes)
          : applyDocFields(entity, structure.fields, typeName, notes);
    }
    named.set(typeName, {
      name: typeName,
      type: entity,
      source: structure?.name ? notes.at(structure.line, 'read', 'structure-heading') : notes.at(found?.line ?? structure?.line, 'inferred', 'method-name'),
    });
    resultType = entityIsArray ? { kind: 'array', items: { kind: 'ref', name: typeName } } : { kind: 'ref', name: typeName };
  }

  for (const other of input.structures) {
    if (other === structure || !other.name) continue;
    attachStructure(other, named, shapes, typeName, notes);
  }

  if (!resultType) {
    if (!found) notes.warn('no-result', 'No response example and no structure table: the result type is unknown', input.block?.line);
    return { result: null, types: finish(named, shapes), entityType: undefined };
  }
  notes.fact('result', source);
  return {
    result: {
      type: resultType,
      ...(input.resultRow?.description ? { description: input.resultRow.description } : {}),
      source,
    },
    types: finish(named, shapes),
    entityType: entity ? typeName : undefined,
  };
}

/** The `result` value of the response example, with the line of its key. */
function resultValue(page: PageText, block: JsonBlock | undefined, notes: Notes): { value: unknown; node: LNode; line: number } | undefined {
  if (!block) return undefined;
  const plain = blockValue(block);
  const entry = findEntry(block.node, 'result');
  if (entry && plain && typeof plain === 'object' && !Array.isArray(plain)) {
    return { value: (plain as Record<string, unknown>)['result'], node: entry.value, line: lineOf(page, entry.keyOffset) };
  }
  if (findEntry(block.node, 'error')) {
    notes.warn('response-is-error', 'The response example is an error response', block.line);
    return undefined;
  }
  notes.warn('no-result-key', 'The response example has no "result" key; taking the whole example as the result', block.line);
  return { value: plain, node: block.node, line: block.line };
}

/** "crm.contact.get" → "contact", "crm.company.contact.items.get" → "company_contact_items", "user.get" → "user". */
export function typeNameFromMethod(method: string): string {
  const parts = method
    .toLowerCase()
    .split('.')
    .filter((p) => p.length > 0);
  if (parts.length >= 3) return parts.slice(1, -1).join('_');
  return parts[0] ?? 'result';
}

function isNumericKeyed(t: ObjectType): boolean {
  return t.fields.length > 0 && t.fields.every((f) => /^\d+$/.test(f.name));
}

/** `{"1": {...}, "7": {...}}` is a map keyed by id, not an object with fields "1" and "7". */
function numericMap(t: ObjectType): TypeRef {
  const values = t.fields.map((f) => f.type).reduce<TypeRef>((a, b) => mergeTypes(a, b), { kind: 'scalar', name: 'unknown' });
  return { kind: 'map', keys: 'integer', values };
}

/** `*.fields` methods return field name → field description: a map, not an entity with those fields. */
function isFieldCatalogue(method: string, t: ObjectType): boolean {
  return /\.(?:get)?fields$/i.test(method) && t.fields.length > 0 && t.fields.every((f) => f.type.kind === 'object');
}

function fieldCatalogueMap(t: ObjectType): TypeRef {
  const values = t.fields.map((f) => f.type).reduce<TypeRef>((a, b) => mergeTypes(a, b), { kind: 'scalar', name: 'unknown' });
  return { kind: 'map', keys: 'string', values };
}

/** Per-portal fields in the example (UF_CRM_1720697698689, PARENT_ID_1224) are not fields of the type. */
function dropDynamicFields(t: ObjectType, typeName: string, node: LNode, page: PageText, notes: Notes): ObjectType {
  const dynamic = t.fields.filter((f) => DYNAMIC_FIELD.test(f.name));
  if (dynamic.length === 0) return t;
  const first = keyOffsets(node).get(dynamic[0]!.name);
  notes.fact(`${typeName}.customFields`, notes.at(first === undefined ? undefined : lineOf(page, first), 'inferred', 'response-example'));
  // The example's per-portal keys tell which key families exist (UF_…, PARENT_ID_…): type exactly those.
  const prefixes = [...new Set(dynamic.map((f) => (/^UF_/.test(f.name) ? 'UF_' : 'PARENT_ID_')))].sort();
  return {
    kind: 'object',
    fields: t.fields.filter((f) => !DYNAMIC_FIELD.test(f.name)),
    additional: { kind: 'scalar', name: 'any' },
    additionalKeys: mergeKeys(t, prefixes),
  };
}

/** Give each top-level field the line of its key in the example. */
function withKeyLines(t: ObjectType, node: LNode, page: PageText, notes: Notes): ObjectType {
  const offsets = keyOffsets(node);
  return {
    ...t,
    fields: t.fields.map((f) => {
      const off = offsets.get(f.name);
      return off === undefined ? f : { ...f, source: notes.at(lineOf(page, off), 'inferred', 'response-example') };
    }),
  };
}

/** First offset of each key of an object node, or of the objects in an array node. */
function keyOffsets(node: LNode): Map<string, number> {
  const out = new Map<string, number>();
  const objects = node.kind === 'object' ? [node] : node.kind === 'array' ? node.items.filter((i) => i.kind === 'object') : [];
  for (const o of objects) if (o.kind === 'object') for (const e of o.entries) if (!out.has(e.key)) out.set(e.key, e.keyOffset);
  return out;
}

/**
 * "Fields of type crm_multifield (PHONE, EMAIL, WEB, IM, LINK) …": the listed fields are arrays of that
 * type. Fields the example did not show are added from this sentence (read), typed by it.
 */
function applyMultiFieldProse(t: ObjectType, prose: Cell[], owner: string, shapes: ShapeTypes, notes: Notes): ObjectType {
  const fields = [...t.fields];
  for (const cell of prose) {
    const m = /\bof type\s+`?([A-Za-z_][\w]*)`?(?:\[\])?\s*\(([^)]+)\)/i.exec(cell.text);
    if (!m) continue;
    const shape = knownShape(m[1]!);
    if (!shape) continue;
    if (!shapes.has(shape.name)) declareShape(shape, undefined, shapes, notes.at(cell.line, 'inferred', 'known-shape'));
    const ref: TypeRef = { kind: 'array', items: { kind: 'ref', name: shape.name } };
    const names = m[2]!.split(/[\s,]+/).filter((n) => /^[A-Z][A-Z0-9_]*$/.test(n));
    for (const name of names) {
      const i = fields.findIndex((f) => f.name === name);
      const prev = fields[i];
      if (prev && isUntypedOrShape(prev.type, shape.name)) fields[i] = { ...prev, type: ref };
      else if (!prev) fields.push({ id: fieldId(owner, name), name, type: ref, required: 'unknown', source: notes.at(cell.line, 'read', 'prose') });
    }
  }
  return { ...t, fields };
}

function isUntypedOrShape(t: TypeRef, shape: string): boolean {
  if (t.kind === 'scalar') return t.name === 'unknown';
  if (t.kind === 'array') return isUntypedOrShape(t.items, shape) || (t.items.kind === 'ref' && t.items.name === shape);
  return false;
}

/** With no example, the documented fields in table order, each with unknown type (or the prose's). */
function docOnlyObject(t: ObjectType, docs: DocField[], owner: string, notes: Notes): ObjectType {
  const fields: Field[] = [];
  let additional = t.additional;
  let additionalKeys = t.additionalKeys;
  for (const doc of docs) {
    if (doc.custom) {
      if (!additional) additionalKeys = ['UF_'];
      additional ??= { kind: 'scalar', name: 'any' };
      continue;
    }
    const prev = t.fields.find((f) => f.name === doc.name);
    fields.push(docOnlyField(doc, owner, notes.at(doc.line, 'read', 'table'), prev?.type));
  }
  for (const f of t.fields) if (!fields.some((g) => g.name === f.name)) fields.push(f);
  return { kind: 'object', fields, ...(additional ? { additional } : {}), ...(additional && additionalKeys ? { additionalKeys } : {}) };
}

/** A further structure table: a known shape's docs, a nested field's type, or a type of its own. */
function attachStructure(s: Structure, named: Map<string, NamedType>, shapes: ShapeTypes, owner: string, notes: Notes): void {
  const name = s.name!;
  const shape = knownShape(name);
  if (shape) {
    if (!shapes.has(shape.name)) declareShape(shape, undefined, shapes, notes.at(s.line, 'read', 'structure-heading'));
    const decl = shapes.get(shape.name)!;
    if (decl.type.kind === 'object') shapes.set(shape.name, { ...decl, type: applyDocFields(decl.type, s.fields, shape.name, notes) });
    return;
  }
  const ownerType = named.get(owner);
  if (ownerType && ownerType.type.kind === 'object') {
    const field = ownerType.type.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
    const inner = field ? innerObject(field.type) : undefined;
    if (field && inner) {
      named.set(name, { name, type: applyDocFields(inner, s.fields, name, notes), source: notes.at(s.line, 'read', 'structure-heading') });
      field.type = replaceInner(field.type, { kind: 'ref', name });
      return;
    }
  }
  if (named.has(name)) return;
  notes.warn('unlinked-structure', `Structure ${name} is documented but nothing in the result example points to it`, s.line);
  named.set(name, {
    name,
    type: { kind: 'object', fields: s.fields.filter((d) => !d.custom).map((d) => docOnlyField(d, name, notes.at(d.line, 'read', 'table'))) },
    source: notes.at(s.line, 'read', 'structure-heading'),
  });
}

function innerObject(t: TypeRef): ObjectType | undefined {
  if (t.kind === 'object') return t;
  if (t.kind === 'array') return innerObject(t.items);
  return undefined;
}

function replaceInner(t: TypeRef, by: TypeRef): TypeRef {
  return t.kind === 'array' ? { kind: 'array', items: replaceInner(t.items, by) } : by;
}

/** All named types, field ids rooted at the type name ("contact.PHONE"), sorted by name. */
function finish(named: Map<string, NamedType>, shapes: ShapeTypes): NamedType[] {
  const all = [...named.values(), ...[...shapes.values()].filter((s) => !named.has(s.name))];
  return all.map((t) => ({ ...t, type: withFieldIds(t.type, t.name) })).sort((a, b) => compareStrings(a.name, b.name));
}

/** Key prefixes after adding `prefixes` to an object that may already have unlisted keys (unknown keys stay unknown). */
function mergeKeys(t: ObjectType, prefixes: string[]): string[] | undefined {
  if (t.additional && !t.additionalKeys) return undefined;
  return [...new Set([...(t.additionalKeys ?? []), ...prefixes])].sort();
}
