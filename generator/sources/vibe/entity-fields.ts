/** An entity's fields, from a fields table (read) or a response example (inferred), and the named types built from them. */
import type { Field, NamedType, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId } from '../../spec/ids.ts';
import { inferJsonType } from '../common/infer-json-type.ts';
import { isCutRow, prov, warn, type PageContext } from './context.ts';
import { cellOf, hasRoles, type VibeTable } from './tables.ts';
import { mapVibeType } from './type-map.ts';

export interface EntityField {
  name: string;
  /** The Bitrix24 field behind the API name (`UF_HEAD` behind `headId`), when the docs give it. */
  bitrixName?: string;
  type: TypeRef;
  /** true/false when a read-only column says so; undefined when the source does not tell. */
  readOnly?: boolean;
  description?: string;
  source: Provenance;
}

const FIELD_NAME = /^[A-Za-z_$][\w$]*$/;
const YES = /^(yes|true|y|✓|✔)$/i;

/** Whether a table lists an entity's fields (a name and a type column, and a read-only or Bitrix24-name column). */
export function isEntityFieldsTable(table: VibeTable): boolean {
  return hasRoles(table, 'name', 'type') && (hasRoles(table, 'readOnly') || hasRoles(table, 'bitrixName'));
}

/** Fields from a fields table; rows whose name is not an identifier (`meta.total`, prose) are skipped. */
export function fieldsFromTable(ctx: PageContext, table: VibeTable): EntityField[] {
  const out: EntityField[] = [];
  const hasRo = hasRoles(table, 'readOnly');
  for (const row of table.rows) {
    const name = cellOf(table, row, 'name').trim();
    if (!FIELD_NAME.test(name) || out.some((f) => f.name === name) || isCutRow(ctx, table, row)) continue;
    const typeText = cellOf(table, row, 'type').trim();
    const { type, unknownWords } = mapVibeType(typeText, name);
    if (unknownWords.length > 0) warn(ctx, 'unknown-type', `field ${name}: unknown type "${unknownWords.join(', ')}"`, row.line);
    const bitrixName = cellOf(table, row, 'bitrixName').trim();
    const description = cellOf(table, row, 'description').trim();
    out.push({
      name,
      ...(bitrixName ? { bitrixName } : {}),
      type,
      ...(hasRo ? { readOnly: YES.test(cellOf(table, row, 'readOnly').trim()) } : {}),
      ...(description ? { description } : {}),
      source: prov(ctx, row.line, 'read', 'table'),
    });
  }
  return out;
}

/** Fields a response example shows (types inferred from the values). */
export function fieldsFromExample(ctx: PageContext, value: unknown, line: number): EntityField[] {
  const objects = (Array.isArray(value) ? value : [value]).filter((v): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v));
  const source = prov(ctx, line, 'inferred', 'response-example');
  const out: EntityField[] = [];
  for (const obj of objects) {
    for (const [name, v] of Object.entries(obj)) {
      if (name.startsWith('_') || out.some((f) => f.name === name)) continue; // `_included` is per request, not a field
      out.push({ name, type: inferJsonType(v, name, { source, stringFormats: true }), source });
    }
  }
  return out;
}

/** Union of field lists by name: earlier lists win; order is first appearance. */
export function unionFields(...lists: EntityField[][]): EntityField[] {
  const out: EntityField[] = [];
  for (const f of lists.flat()) if (!out.some((g) => g.name === f.name)) out.push(f);
  return out;
}

function toField(typeName: string, f: EntityField, input: boolean): Field {
  return {
    id: fieldId(typeName, f.name),
    name: f.name,
    ...(f.bitrixName && f.bitrixName !== f.name ? { aliases: [f.bitrixName] } : {}),
    type: f.type,
    required: 'unknown',
    ...(!input && f.readOnly !== undefined ? { readOnly: f.readOnly } : {}),
    ...(f.description ? { description: f.description } : {}),
    source: f.source,
  };
}

const UNKNOWN: TypeRef = { kind: 'scalar', name: 'unknown' };

/** The entity's record type: every known field, read-only ones marked. */
export function recordType(typeName: string, fields: EntityField[], opts: { description?: string; open: boolean; source: Provenance }): NamedType {
  const type: TypeRef = {
    kind: 'object',
    fields: fields.map((f) => toField(typeName, f, false)),
    ...(opts.open || fields.length === 0 ? { additional: UNKNOWN } : {}),
  };
  return { name: typeName, ...(opts.description ? { description: opts.description } : {}), type, source: opts.source };
}

/** The create/update body type: the fields not known to be read-only. */
export function inputType(typeName: string, fields: EntityField[], opts: { description?: string; open: boolean; source: Provenance }): NamedType {
  const writable = fields.filter((f) => f.readOnly !== true);
  const type: TypeRef = {
    kind: 'object',
    fields: writable.map((f) => toField(typeName, f, true)),
    ...(opts.open ? { additional: UNKNOWN } : {}),
  };
  return { name: typeName, ...(opts.description ? { description: opts.description } : {}), type, source: opts.source };
}
