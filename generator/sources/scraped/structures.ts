/**
 * Name/Description tables that document the fields of a structure (a response entity, a nested param).
 * What the scrape keeps of them is the field names, the `*` marker and a description cut at its first
 * inline code: no types. Tables under one heading but split by bold pseudo-headings ("Fields for
 * external data source connections", "Deprecated Fields") are one structure.
 */
import type { Field, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId } from '../../spec/ids.ts';
import type { Notes } from './notes.ts';
import { captionOf, columnIndex, type Cell, type FlatTable } from './tables.ts';

export interface DocField {
  name: string;
  description?: string;
  /** 1-based line of the row. */
  line: number;
  deprecated: boolean;
  /** The `*` marker: 'required', the `**` footnote, or none. */
  marker: 'required' | 'footnote' | 'none';
  /** `UF_…` / `UF_*` rows stand for the portal's custom fields, not one field. */
  custom: boolean;
}

export interface Structure {
  /** The type name the caption gives ("contact", "Type lead" → "lead"), or null under a pseudo-heading. */
  name: string | null;
  /** 1-based line of the caption, or of the first table when there is none. */
  line: number;
  fields: DocField[];
  /** Prose lines between the tables of the structure. */
  prose: Cell[];
}

/** Single words that head a pseudo-section rather than name a type. */
const NOT_TYPE_NAMES = new Set([
  'fields',
  'deprecated',
  'note',
  'notes',
  'example',
  'examples',
  'description',
  'parameters',
  'parameter',
  'result',
  'response',
  'important',
  'attention',
  'warning',
  'errors',
  'values',
  'structure',
  'object',
]);

/** What a caption line says: a type name, a pseudo-heading (maybe of deprecated fields), or nothing. */
export function classifyCaption(text: string | undefined): { kind: 'name'; name: string } | { kind: 'pseudo'; deprecated: boolean } | { kind: 'none' } {
  if (!text) return { kind: 'none' };
  const t = text.replace(/[:.]$/, '').trim();
  const keyed =
    /^(?:type|parameter|structure|object|entity|fields of type|fields of|description of(?: the)?|structure of(?: the)?)\s+`?([A-Za-z_][\w]*)`?(?:\s+(?:object|type|structure))?$/i.exec(
      t,
    );
  if (keyed?.[1] && !NOT_TYPE_NAMES.has(keyed[1].toLowerCase())) return { kind: 'name', name: keyed[1] };
  if (/^[A-Za-z_][\w]*$/.test(t) && !NOT_TYPE_NAMES.has(t.toLowerCase())) return { kind: 'name', name: t };
  return { kind: 'pseudo', deprecated: /\bdeprecated\b/i.test(t) };
}

/** Parse a name cell: `id*` required, `weight**` a footnote (not required), `CHAT_ID^*^` required. */
export function parseNameCell(text: string): { name: string; marker: DocField['marker'] } {
  let t = text.replace(/`/g, '').trim();
  let marker: DocField['marker'] = 'none';
  const sup = /\^\*\^/;
  if (sup.test(t)) {
    marker = 'required';
    t = t.replace(/\^\*\^/g, '');
  }
  const stars = /(\*+)(,\s*\*+)?\s*$/.exec(t);
  // `UF_*` is a mask, not a marker: a star right after `_` belongs to the name.
  if (stars && !/_\*+$/.test(t)) {
    const n = stars[1]!.length;
    if (n === 1 || n === 3 || stars[2]) marker = 'required';
    else if (marker === 'none') marker = 'footnote';
    t = t.slice(0, stars.index).trim();
  }
  return { name: t, marker };
}

/** The documented fields of one Name/Description table. Rows whose name cell was lost are skipped. */
export function docFieldsOf(table: FlatTable, opts: { deprecated: boolean }, notes: Notes): DocField[] {
  const nameCol = Math.max(0, columnIndex(table, /^(?:name|parameter|field|key|value|field name)$/i));
  const descCol = columnIndex(table, /^description$/i) >= 0 ? columnIndex(table, /^description$/i) : nameCol === 0 ? 1 : 0;
  const rows = table.rows
    .map((r) => ({ row: r, name: r.cells[nameCol]?.text ?? '', desc: r.cells[descCol]?.text ?? '' }))
    .filter((r) => r.name.length > 0 || r.desc.length > 0);
  const identifiers = rows.map((r) => parseNameCell(r.name).name).filter((n) => /^[A-Za-z_][\w]*$/.test(n));
  const upperShare = identifiers.length === 0 ? 0 : identifiers.filter((n) => n === n.toUpperCase()).length / identifiers.length;
  const out: DocField[] = [];
  for (const { row, name: rawName, desc } of rows) {
    const { name, marker } = parseNameCell(rawName);
    const custom = /^UF_/i.test(name);
    if (!custom && isLostName(name, desc, upperShare)) {
      notes.warn('lost-row-name', `Row "${name.slice(0, 60)}" has no field name (the scrape dropped it); skipped`, row.line);
      continue;
    }
    const description = desc.length > 0 ? desc : undefined;
    out.push({
      name,
      ...(description !== undefined ? { description } : {}),
      line: row.cells[nameCol]?.line ?? row.line,
      deprecated: opts.deprecated || /^deprecated\b/i.test(desc),
      marker,
      custom,
    });
  }
  return out;
}

/**
 * A name cell that is really a description: a sentence, or a capitalised word with an empty description
 * in a table of UPPER_CASE names (the "IM" row of crm.contact.get scraped as "Messenger |").
 */
function isLostName(name: string, desc: string, upperShare: number): boolean {
  if (name.length === 0) return true;
  if (/\s/.test(name) && !/^[\w.[\]*<>-]+(?:\s*\|\s*[\w.[\]*<>-]+)*$/.test(name)) return true;
  if (/[.!?]$/.test(name) && !/\.\.\.$/.test(name)) return true;
  return desc.length === 0 && upperShare >= 0.8 && /^[A-Z][a-z]/.test(name);
}

/** Group the tables that follow Returned Data into structures by their captions. */
export function groupStructures(tables: FlatTable[], notes: Notes): Structure[] {
  const groups: Structure[] = [];
  let current: Structure | undefined;
  for (const table of tables) {
    const caption = captionOf(table);
    const kind = classifyCaption(caption?.text);
    let deprecated = false;
    if (kind.kind === 'name') {
      current = { name: kind.name, line: caption!.line, fields: [], prose: [] };
      groups.push(current);
    } else {
      if (kind.kind === 'pseudo') deprecated = kind.deprecated;
      if (!current) {
        current = { name: null, line: caption?.line ?? table.start, fields: [], prose: [] };
        groups.push(current);
      }
    }
    current.prose.push(...table.before);
    current.fields.push(...docFieldsOf(table, { deprecated }, notes));
  }
  return groups;
}

/**
 * Enrich an inferred object type with what a table documents: descriptions, deprecation, fields the
 * example did not show (type unknown), and custom-field rows as `additional`.
 */
export function applyDocFields(
  type: Extract<TypeRef, { kind: 'object' }>,
  docs: DocField[],
  idPrefix: string,
  notes: Notes,
  evidence = 'table',
): Extract<TypeRef, { kind: 'object' }> {
  const fields = type.fields.map((f) => ({ ...f }));
  let additional = type.additional;
  // Custom-field rows (`UF_…`) name the UF_ family; an object already open to any key stays so.
  let additionalKeys = type.additional ? type.additionalKeys : undefined;
  for (const doc of docs) {
    if (doc.custom) {
      if (!additional) additionalKeys = ['UF_'];
      else if (additionalKeys) additionalKeys = [...new Set([...additionalKeys, 'UF_'])].sort();
      additional ??= { kind: 'scalar', name: 'any' };
      notes.fact(`${idPrefix}.customFields`, notes.at(doc.line, 'read', evidence));
      continue;
    }
    const target = findFieldPath(fields, doc.name);
    if (target) {
      if (doc.description !== undefined) target.description = doc.description;
      if (doc.deprecated) target.deprecated = true;
      if (doc.marker === 'required') target.required = true;
      continue;
    }
    if (/[.[]/.test(doc.name)) {
      notes.warn('unresolved-field-path', `Documented field path ${doc.name} matches nothing in the example`, doc.line);
      continue;
    }
    notes.warn('field-type-unknown', `Field ${doc.name} is documented but absent from the response example; its type is unknown`, doc.line);
    fields.push(docOnlyField(doc, idPrefix, notes.at(doc.line, 'read', evidence)));
  }
  return { kind: 'object', fields, ...(additional ? { additional } : {}), ...(additional && additionalKeys ? { additionalKeys } : {}) };
}

/** A field known only from its table row. */
export function docOnlyField(doc: DocField, idPrefix: string, source: Provenance, type: TypeRef = { kind: 'scalar', name: 'unknown' }): Field {
  return {
    id: fieldId(idPrefix, doc.name),
    name: doc.name,
    type,
    required: doc.marker === 'required' ? true : 'unknown',
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    ...(doc.deprecated ? { deprecated: true } : {}),
    source,
  };
}

/** The field a (possibly dotted, `[]`-suffixed) documented name points to; exact match first, then any case. */
function findFieldPath(fields: Field[], path: string): Field | undefined {
  const parts = path.split('.').map((p) => p.replace(/\[\]$/, ''));
  let level: Field[] = fields;
  let found: Field | undefined;
  for (const part of parts) {
    found = level.find((f) => f.name === part) ?? level.find((f) => f.name.toLowerCase() === part.toLowerCase());
    if (!found) return undefined;
    let t: TypeRef = found.type;
    while (t.kind === 'array') t = t.items;
    level = t.kind === 'object' ? t.fields : [];
  }
  return found;
}
