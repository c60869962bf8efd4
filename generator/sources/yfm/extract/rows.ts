/** Turn param/field table rows into facts: names, required-ness, TypeRef, enums, defaults, nested refs. */
import type { FieldsRef, Provenance, TypeRef } from '../../../spec/schema.ts';
import { fieldsReference, linkedStructure } from './fields-ref.ts';
import { inferJsonType } from '../../common/infer-json-type.ts';
import { fieldId } from '../../../spec/ids.ts';
import { keyedValueType, readKeyedWording } from './keyed.ts';
import { alternativesAmong, relaxedByAlternatives } from './alternatives.ts';
import { arrayShape, hasBareArray, reshapeBareArray } from './array-shape.ts';
import { mapTypeName, mapTypeTokens, type MapContext } from '../types/map.ts';
import { cellsOf, fileOf, kids, squash } from './md.ts';
import { parseNameCell } from './name-cell.ts';
import { isNamePattern, withoutPlaceholders } from './patterns.ts';
import type { YfmCell, YfmRow } from './nodes.ts';
import { anchorLinks, coerceDefault, defaultFromProse, proseOf, saysNullable } from './prose.ts';
import { cellMd, cellProseMd, rowLine, type TableView } from './table.ts';
import { parseTypeLine } from './type-line.ts';
import { valueListOf, type ValueList } from './value-lists.ts';
import { describedKeys, keyTyping, type DescribedKeys } from './description-keys.ts';
import type { Field } from '../../../spec/schema.ts';

export interface RowFact {
  name: string;
  aliases: string[];
  required: boolean | 'unknown';
  type: TypeRef;
  description: string;
  default?: unknown;
  deprecated?: boolean;
  readOnly?: boolean;
  source: Provenance;
  /** Unknown type names met in the type line (for the unknown-type count). */
  unknownTypes: string[];
  /** True when the type came from the type line (not inferred). */
  typed: boolean;
  /** Another method's page that documents this (untyped) object's fields. */
  fieldsRef?: FieldsRef;
  /** Response fields: the page (and anchor) that lists this opaque field's structure (link stage follows it). */
  linkedStructure?: FieldsRef;
}

export interface RowContext {
  pagePath: string;
  position: 'param' | 'field';
  /** The page includes the `required.md` legend (or the table itself uses stars). */
  requiredLegend: boolean;
  /** Resolve `](#anchor)` to a named type; returns the ref, or null when dangling. */
  resolveAnchor(anchor: string, line: number | undefined, hint: string): TypeRef | null;
  resolveLocal: MapContext['resolveLocal'];
  /** The structure a heading documents for a row named `name` (by name alone; never the structure being read). */
  structureNamed?(name: string): TypeRef | null;
  warn(code: string, message: string, line?: number): void;
  /** A value the page's JSON examples show for a key (request examples for params, responses for fields). */
  exampleValue?(name: string, position: 'param' | 'field'): unknown;
  /** The field names of a named type of the page (for arrays of field names that link the structure). */
  fieldNamesOf?(typeName: string): string[] | undefined;
  /** The JSON kinds ('array', 'object', 'scalar') the request examples send under a key, anywhere. */
  exampleKinds?(name: string): ReadonlySet<string>;
  /** The values a table of codes under `#anchor` lists, when the description links one. */
  valuesAt?(anchor: string): ValueList | null;
}

/** Column roles of a field table, by header names (description, default, read/write). */
function columnRoles(header: string[] | null): { desc: number; def: number; read: number; write: number; example: number } {
  const h = header ?? [];
  const find = (re: RegExp) => h.findIndex((x) => re.test(x));
  const desc = find(/description|^value|meaning|descriptions and values/);
  return { desc: desc > 0 ? desc : 1, def: find(/^default/), read: find(/^read/), write: find(/^write/), example: find(/^example/) };
}

/** The type of a literal written in an Example column (`13`, `'N'`, `Array(...)`, `true`). */
export function literalType(raw: string): TypeRef | null {
  const t = raw
    .trim()
    .replace(/^`+|`+$/g, '')
    .trim();
  if (!t) return null;
  if (/^-?\d+$/.test(t)) return { kind: 'scalar', name: 'integer' };
  if (/^-?\d+\.\d+$/.test(t)) return { kind: 'scalar', name: 'number' };
  if (/^(true|false)$/i.test(t)) return { kind: 'scalar', name: 'boolean' };
  if (/^['"].*['"]$/s.test(t)) return /^['"][YN]['"]$/.test(t) ? { kind: 'scalar', name: 'string', format: 'yn' } : { kind: 'scalar', name: 'string' };
  if (/^(array\s*\(|\[)/i.test(t)) return { kind: 'array', items: { kind: 'scalar', name: 'any' } };
  if (/^\{/.test(t)) return { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };
  return null;
}

/** Prose saying an array lists field names ("list of fields … to be selected", "fields for grouping"), not field values. */
const NAMES_OF_FIELDS = /\blist of fields\b[^.]*\bselect|\bfields (?:to|for) (?:be )?(?:select|retriev|return|group|sort)/i;

/** Names that stand for a family of custom fields (`UF_...`, `UF_*`, `PARENT_ID_...`). */
const PATTERN_NAME = /(\.\.\.|…|\*|_xxx|_N)$|^UF_/i;

const SCALAR_BASES = new Set(['string', 'integer', 'number', 'boolean', 'unknown', 'any']);

/** A type that gives no field: unknown/any, an object without fields, arrays of those. */
function isOpaque(t: TypeRef): boolean {
  if (t.kind === 'scalar') return t.name === 'unknown' || t.name === 'any';
  if (t.kind === 'object') return t.fields.length === 0;
  if (t.kind === 'array') return isOpaque(t.items);
  return false;
}

function isPlainObjectish(t: TypeRef): boolean {
  if (t.kind === 'object') return t.fields.length === 0;
  if (t.kind === 'array') return isPlainObjectish(t.items) || (t.items.kind === 'scalar' && t.items.name === 'any');
  if (t.kind === 'scalar') return t.name === 'unknown' || t.name === 'any';
  if (t.kind === 'union') return t.anyOf.some(isPlainObjectish);
  if (t.kind === 'map') return true;
  return false;
}

/** Replace the object-ish member of a type with a ref, keeping array wrappers. */
function withRef(t: TypeRef, ref: TypeRef): TypeRef {
  if (t.kind === 'array') return { kind: 'array', items: withRef(t.items, ref) };
  if (t.kind === 'union') {
    let done = false;
    const anyOf = t.anyOf.map((m) => {
      if (!done && isPlainObjectish(m) && !(m.kind === 'scalar' && m.name === 'null')) {
        done = true;
        return withRef(m, ref);
      }
      return m;
    });
    return { kind: 'union', anyOf };
  }
  return ref;
}

function baseOf(t: TypeRef): 'string' | 'integer' | 'number' | 'boolean' | 'other' {
  if (t.kind === 'scalar' && (t.name === 'string' || t.name === 'integer' || t.name === 'number' || t.name === 'boolean')) return t.name;
  return 'other';
}

/** Prose saying a param holds field names: the select list, the name of the field to describe. */
const HOLDS_FIELD_NAMES =
  /\b(?:list|array) of (?:\w+ )?fields\b|\bfields? (?:to|for) (?:be )?(?:select|retriev|return|include)|\b(?:name of the field|field name)\b/i;

/** Prose saying a list of field names is not all there is (custom fields, masks). */
const MORE_FIELDS = /\bUF_|\bcustom (?:fields?|propert)|\buser fields?\b|\bmasks?\b|`[^`]*\*`/i;

/**
 * Apply a description's value list to a scalar type, or to the items of an array of scalars (params closed
 * unless the text says otherwise; fields open). The enum keeps the line of the list it was read from.
 */
function applyEnum(t: TypeRef, list: ValueList, position: 'param' | 'field', text: string, file: string, inArray = false): TypeRef {
  if (t.kind === 'array') {
    // An array of objects or conditions (`{…}`, `["field", "op", value]`) lists their parts, not values of its items.
    if (inArray || (/\bobjects?\b|\bconditions?\b|\bin the format\b/i.test(text) && !list.names)) return t;
    const items = applyEnum(t.items, list, position, text, file, true);
    return items === t.items ? t : { kind: 'array', items };
  }
  // `string` | `null` (mailservice.get SMTP_ENCRYPTION): the values are the non-null member's.
  if (t.kind === 'union') {
    const members = t.anyOf.filter((m) => !(m.kind === 'scalar' && m.name === 'null'));
    const only = members.length === 1 ? members[0] : undefined;
    if (!only || only.kind !== 'scalar') return t;
    const applied = applyEnum(only, list, position, text, file, inArray);
    // (A list with `null` in it makes the member nullable itself: the union's `null` already says so.)
    const inner = applied.kind === 'union' ? applied.anyOf.filter((m) => !(m.kind === 'scalar' && m.name === 'null')) : [applied];
    return applied === only ? t : { kind: 'union', anyOf: t.anyOf.flatMap((m) => (m === only ? inner : [m])) };
  }
  if (t.kind !== 'scalar' || !SCALAR_BASES.has(t.name)) return t;
  // "`null`, `day`, `month`, or `year`": `null` is the absence of a value, not one of the values.
  const nulls = list.values.filter((v) => v.value === 'null');
  if (nulls.length > 0) {
    const rest = { ...list, values: list.values.filter((v) => v.value !== 'null') };
    const applied = applyEnum(t, rest, position, text, file, inArray);
    // A `boolean` that is `true` or `null` ("`true` — on success, `null` — on failure"): the boolean, or null.
    const flag = t.name === 'boolean' && rest.values.length > 0 && rest.values.every((v) => v.value === 'true' || v.value === 'false');
    return applied === t && !flag ? t : orNull(applied);
  }
  // "Available fields:" names the fields a param may name: only a param that holds field names takes them.
  if (list.names && !(HOLDS_FIELD_NAMES.test(text) && (t.name === 'string' || t.name === 'any' || t.name === 'unknown'))) return t;
  // A row typed `any` says the value has no fixed form: a list in its prose describes cases, not values.
  // (The members of a bare `array` are `any` only because the type line names no item type.)
  if (t.name === 'any' && t.docType !== 'custom-field' && !list.names && !inArray) return t;
  const values = list.values;
  const vals = values.map((v) => v.value);
  if (t.name === 'boolean' && vals.every((v) => v === 'Y' || v === 'N')) {
    return { kind: 'scalar', name: 'string', format: 'yn', docType: t.docType ?? 'boolean' };
  }
  // A `boolean` whose values are `0` and `1` (document-generator-numerator-update.md isDirectNumeration) travels
  // as those numbers, as a `Y`/`N` one travels as letters: an integer enum. `true`/`false` is the boolean itself.
  const bit = t.name === 'boolean' && vals.length > 0 && vals.every((v) => v === '0' || v === '1');
  if (t.name === 'boolean' && !bit && vals.every((v) => v === 'true' || v === 'false' || v === '0' || v === '1')) return t;
  const numeric = vals.every((v) => typeof v === 'string' && /^-?\d+$/.test(v));
  const base: 'string' | 'integer' = numeric && (bit || t.name === 'integer' || t.name === 'unknown' || t.name === 'number') ? 'integer' : 'string';
  if (base === 'string' && (t.name === 'integer' || t.name === 'number') && !numeric) return t; // values are not of the type: prose, not an enum
  // Placeholders (`chatXXX`, `<ID>`, `U{id}`) and name patterns (`PROPERTY_PropertyId`) describe a family of
  // values: drop them, and what remains is only part of the story (an open enum), or too little to be an enum at all.
  const real = withoutPlaceholders(values);
  const named = list.names ? real.values.filter((v) => !isNamePattern(String(v.value), v.description ?? '')) : real.values;
  const partial = real.open || named.length < real.values.length;
  if (partial && named.length < 2) return t;
  if (named.length === 0) return t;
  // Words of a value's own description ("`Y` — original names, e.g., `UF_CRM_2`") say nothing of the list.
  const lead = values.reduce((acc, v) => (v.description ? acc.split(v.description).join(' ') : acc), text);
  // (No `\b` after "e.g.": the dot ends the word, and "e.g.," must count.)
  const open =
    partial ||
    position === 'field' ||
    /\b(?:for example|e\.g\.|such as|including|and others|etc\.?|among others)(?!\w)/i.test(lead) ||
    (list.names && MORE_FIELDS.test(lead));
  return {
    kind: 'enum',
    base,
    values: named.map((v) => (base === 'integer' ? { ...v, value: Number(v.value) } : v)),
    open,
    source: { file, ...(list.line ? { line: list.line } : {}), how: 'read', evidence: list.names ? 'field-name-list' : 'value-list' },
  };
}

/** `t` or null: a union with the `null` scalar (types that already admit null, or anything, stay as they are). */
export function orNull(t: TypeRef): TypeRef {
  if (t.kind === 'scalar' && (t.name === 'null' || t.name === 'any' || t.name === 'unknown')) return t;
  if (t.kind === 'union') {
    if (t.anyOf.some((m) => m.kind === 'scalar' && (m.name === 'null' || m.name === 'any'))) return t;
    return { kind: 'union', anyOf: [...t.anyOf, { kind: 'scalar', name: 'null' }] };
  }
  return { kind: 'union', anyOf: [t, { kind: 'scalar', name: 'null' }] };
}

/** The type a link's text names (`[rest_field_description](../data-types.md#rest_field_description)`); null when it names none. */
function linkedType(text: string, url: string, mapCtx: MapContext): TypeRef | null {
  const tokens = parseTypeLine(`[${text}](${url})`);
  if (tokens.length !== 1) return null;
  const mapped = mapTypeTokens(tokens, mapCtx);
  return mapped.unknown.length ? null : mapped.type;
}

/** Read the data rows of field/param tables into facts (several tables merge; first definition of a name wins). */
export function readRows(tables: readonly TableView[], ctx: RowContext): RowFact[] {
  const out: RowFact[] = [];
  const seen = new Set<string>();
  for (const view of tables) {
    const roles = columnRoles(view.header);
    const anyStar = view.rows.some((r) => parseNameCell(cellMd(cellsOf(r)[0])).required);
    for (const row of view.rows) {
      const fact = readRow(row, roles, ctx, ctx.requiredLegend || anyStar);
      if (!fact) continue;
      const key = fact.name;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(fact);
    }
  }
  // A note in the rows ("At least one of the parameters must be specified: `A` or `B`") unstars alternatives.
  const relaxed = relaxedByAlternatives(alternativesAmong(out, []));
  for (const f of out) if (relaxed.has(f.name)) f.required = false;
  return nestDotted(out);
}

function readRow(row: YfmRow, roles: ReturnType<typeof columnRoles>, ctx: RowContext, legend: boolean): RowFact | null {
  const cells = cellsOf(row);
  const first = cells[0];
  if (!first) return null;
  const nameCell = parseNameCell(cellMd(first));
  const name = nameCell.names[0];
  if (!name) return null;
  if (/^\{%/.test(name)) return null;
  const line = rowLine(row);
  const file = fileOf(first, ctx.pagePath);
  const descCell: YfmCell | undefined = cells.length > 1 ? (cells[roles.desc] ?? cells[1]) : undefined;
  // One-cell rows keep the description in the name cell, after the name line.
  const descNodes = descCell ? kids(descCell) : kids(first).slice(1);
  let description = squash(proseOf(descNodes).replace(/\n/g, ' \n ')).replace(/ \n /g, '\n');
  if (!descCell && nameCell.rest) description = [nameCell.rest.replace(/\*\*/g, ''), description].filter(Boolean).join('\n');
  description = description.trim();

  // "Object with currency data", "An array of objects with …": the row names a structure, not its id.
  const mapCtx: MapContext = { position: ctx.position, resolveLocal: ctx.resolveLocal, describesObject: /\bobjects?\b/i.test(description) };
  let type: TypeRef;
  let unknownTypes: string[] = [];
  let typed = false;
  let bareArray = false;
  if (nameCell.typeText) {
    const tokens = parseTypeLine(nameCell.typeText);
    bareArray = hasBareArray(tokens);
    const mapped = mapTypeTokens(tokens, mapCtx);
    type = mapped.type;
    unknownTypes = mapped.unknown;
    typed = tokens.length > 0;
    for (const u of mapped.unknown) ctx.warn('unknown-type', `type \`${u}\` of ${name} is not in the vocabulary`, line);
  } else {
    type = { kind: 'scalar', name: 'unknown' };
  }

  // The type line as written, before any structure the description links to replaces its object member.
  const lineType = type;
  const lineTyped = typed;
  let anchored: TypeRef | null = null;
  // Nested structure by anchor in the description ("described [below](#fields)").
  const anchors = anchorLinks(descNodes);
  if (anchors.length > 0 && (isPlainObjectish(type) || !typed)) {
    const ref = ctx.resolveAnchor(anchors[0] as string, line, name);
    anchored = ref;
    if (ref) {
      // "An array containing the [list of fields](#result) to be selected": the items name the structure's
      // fields; they are not the structure.
      const names = type.kind === 'array' && ref.kind === 'ref' && NAMES_OF_FIELDS.test(description) ? ctx.fieldNamesOf?.(ref.name) : undefined;
      type = names
        ? {
            kind: 'array',
            items: names.length ? { kind: 'enum', base: 'string', values: names.map((value) => ({ value })), open: true } : { kind: 'scalar', name: 'string' },
          }
        : typed
          ? withRef(type, ref)
          : ref;
      typed = true;
      unknownTypes = [];
    }
  }

  // An object param with no link whose structure sits under "### Parameter <name>" (sale.basketitem.add `fields`).
  if (typed && anchors.length === 0 && isPlainObjectish(type) && !(type.kind === 'scalar')) {
    const local = ctx.structureNamed ? ctx.structureNamed(name) : ctx.resolveLocal(name, null);
    if (local) type = withRef(type, local);
  }

  // "An object where the key is the user ID and the value is …": a map, whose values the linked structure types.
  const keyed = descCell && (isPlainObjectish(lineType) || !lineTyped) ? readKeyedWording(cellProseMd(descCell)) : null;
  let keyedFromProse = false;
  if (keyed) {
    // "where `field_N` is the identifier of the [object field](#fields)": the keys are that table's field names.
    const keyTable = keyed.keyLinks.filter((l) => l.url.startsWith('#')).map((l) => ctx.resolveAnchor(l.url.slice(1), line, name))[0];
    const values = keyedValueType(keyed, {
      typeOfLink: (text, url) => (url.startsWith('#') ? ctx.resolveAnchor(url.slice(1), line, name) : linkedType(text, url, mapCtx)),
      typeOfName: (word) => {
        const t = mapTypeName(word, null, mapCtx);
        return t?.kind === 'ref' ? t : null;
      },
      // The table the keys come from describes the keys, not the values.
      anchored: anchored && JSON.stringify(anchored) !== JSON.stringify(keyTable) ? anchored : null,
      position: ctx.position,
    });
    const map: TypeRef = { kind: 'map', keys: keyed.keys, values, ...(keyTable?.kind === 'ref' && !keyTable.shared ? { keysOf: keyTable.name } : {}) };
    // A bare `array` with keys is a PHP associative array: the map itself, not a list of maps.
    type = !lineTyped || (lineType.kind === 'array' && isPlainObjectish(lineType.items)) ? map : withRef(lineType, map);
    keyedFromProse = !lineTyped;
    typed = true;
    unknownTypes = lineTyped ? unknownTypes : [];
  }

  // "Phone. Multiple": the type line names one structure (or id) and the prose says the field holds several.
  // "Array of phone numbers" (crm-lead-get.md:489, `crm_multifield`) says so only of a catalogue structure or an
  // id: a page-local `object` "Array of fields to update" is PHP's associative array, the object itself.
  const multiple = /(?:^|[.;]\s+)Multiple\.?\s*$/m.test(description);
  const arrayOf = /^\s*(?:An\s+)?array\s+of\b/i.test(description);
  const one = (type.kind === 'ref' && (multiple || type.shared === true)) || (type.kind === 'scalar' && type.format === 'id');
  if ((multiple || arrayOf) && one) {
    type = { kind: 'array', items: type };
  }

  // A bare `array` param is often a PHP associative array (a JSON object): decide by the page's evidence.
  if (bareArray && ctx.position === 'param') type = reshapeBareArray(type, arrayShape(description, ctx.exampleKinds?.(name) ?? new Set()));

  // An object the page tables nowhere, whose description names its keys ("Pagination parameters: - `page` — …").
  const keys = !keyed && anchors.length === 0 && type.kind === 'object' && type.fields.length === 0 ? describedKeys(descNodes) : null;
  if (keys && type.kind === 'object') type = objectOfKeys(type, keys, { ctx, name, file, legend });

  // A scalar whose description links a table of its codes ("described [below](#reactions)") takes them as values.
  const linkedValues = () =>
    type.kind === 'scalar' && (type.name === 'string' || type.name === 'integer') && anchors[0] ? (ctx.valuesAt?.(anchors[0]) ?? null) : null;
  const valueList = keys ? null : (valueListOf(descNodes) ?? linkedValues());
  let inferredFrom: string | null = keyedFromProse ? 'prose' : null;
  if (!typed) {
    const untypedEnum = valueList ? applyEnum({ kind: 'scalar', name: 'unknown' }, valueList, ctx.position, description, file) : null;
    // No type line: the order of evidence is the row's own words first, then the page's examples.
    if (/^(order|sort)$/i.test(name)) {
      type = { kind: 'map', keys: 'string', values: { kind: 'enum', base: 'string', values: [{ value: 'asc' }, { value: 'desc' }], open: false } };
      inferredFrom = 'description';
    } else if (untypedEnum && untypedEnum.kind !== 'scalar') {
      type = untypedEnum;
      inferredFrom = 'description';
    } else if (roles.example >= 0 && cells[roles.example] && literalType(squash(proseOf(kids(cells[roles.example] as YfmCell))))) {
      type = literalType(squash(proseOf(kids(cells[roles.example] as YfmCell)))) as TypeRef;
      inferredFrom = 'example-column';
    } else if (PATTERN_NAME.test(name)) {
      type = { kind: 'scalar', name: 'any', docType: 'custom-field' };
      inferredFrom = 'custom-field-pattern';
    } else if (ctx.exampleValue) {
      const v = ctx.exampleValue(name, ctx.position);
      if (v !== undefined && v !== null) {
        const t = inferJsonType(v, name, { source: { file, how: 'inferred', evidence: 'example' }, stringFormats: true });
        if (!(t.kind === 'scalar' && t.name === 'unknown')) {
          type = t;
          inferredFrom = ctx.position === 'param' ? 'request-example' : 'response-example';
        }
      }
    }
    if (inferredFrom) {
      typed = true;
      ctx.warn('type-inferred', `row ${name} has no type line; type inferred from the ${inferredFrom}`, line);
    } else ctx.warn('no-type-line', `row ${name} has no type line`, line);
  } else if (valueList && !keyed) {
    type = applyEnum(type, valueList, ctx.position, description, file);
  }

  // Response fields carry no required legend: unmarked ones are 'unknown', not optional — unless the
  // description says which ("Optional parameter.", "Required parameter"), as legend-less tables do.
  const required: boolean | 'unknown' = nameCell.required
    ? true
    : legend && ctx.position === 'param'
      ? false
      : ctx.position === 'param'
        ? (statedRequired(description) ?? 'unknown')
        : 'unknown';
  // `**CALENDAR_EVENT**\|**UF_CRM_CAL_EVENT**` reads as two aliases, but may be one key with a pipe in it
  // (crm.type.add linkedUserFields): the page's own examples sending the joined key decide.
  const joined = nameCell.names.join('|');
  const oneKey = nameCell.names.length === 2 && ctx.exampleValue?.(joined, ctx.position) !== undefined;
  const fact: RowFact = {
    name: oneKey ? joined : name,
    aliases: oneKey ? [] : nameCell.names.slice(1),
    required,
    type,
    description,
    source: { file, ...(line ? { line } : {}), how: typed && nameCell.typeText ? 'read' : 'inferred', evidence: inferredFrom ?? 'table' },
    unknownTypes,
    typed,
  };
  // An object the page leaves open but whose fields another method's page documents (link stage follows it).
  if (ctx.position === 'param' && isPlainObjectish(fact.type) && !(fact.type.kind === 'scalar' && fact.type.name === 'unknown' && !typed)) {
    const ref = fieldsReference(descNodes, description, file);
    if (ref) fact.fieldsRef = ref;
  }
  // A response field its page leaves opaque but links to the page (or heading) that lists its fields.
  if (ctx.position === 'field' && (isOpaque(fact.type) || (fact.type.kind === 'map' && isOpaque(fact.type.values)))) {
    const ref = linkedStructure(nameCell.typeText ? parseTypeLine(nameCell.typeText).map((t) => t.link) : [], descNodes, file, description);
    if (ref) fact.linkedStructure = ref;
  }
  if (nameCell.footnote) fact.description = `${fact.description}${fact.description ? '\n' : ''}(**: footnote marker in the docs)`.trim();
  const defCell = roles.def >= 0 ? cells[roles.def] : undefined;
  const rawDefault = defCell ? squash(proseOf(kids(defCell))).replace(/^`|`$/g, '') || null : defaultFromProse(description);
  // A `boolean` whose documented default is `Y`/`N` is Bitrix's Y/N flag: the wire form is the letter.
  if (rawDefault !== null && /^['"]?[YN]['"]?$/.test(rawDefault) && type.kind === 'scalar' && type.name === 'boolean') {
    fact.type = { kind: 'scalar', name: 'string', format: 'yn', docType: type.docType ?? 'boolean' };
  }
  // A scalar default in the prose of an object whose keys the prose names belongs to a key ("`height` … Default — `0`").
  const keyDefault = keys !== null && !defCell && keys.keys.some((k) => defaultFromProse(k.description) === rawDefault);
  if (rawDefault !== null && rawDefault !== '' && rawDefault !== '-' && !keyDefault) fact.default = coerceDefault(rawDefault, baseOf(fact.type));
  // "Can be `null`", "Bot data or `null`": the documented type, or null.
  if (typed && saysNullable(description)) fact.type = orNull(fact.type);
  if (/^\s*(deprecated|outdated|obsolete)\b/i.test(description) || /\b(is|field is|parameter is) deprecated\b/i.test(description)) fact.deprecated = true;
  if (/\bread[- ]only\b/i.test(description)) fact.readOnly = true;
  if (roles.read >= 0 && roles.write >= 0) {
    const w = squash(proseOf(kids(cells[roles.write] ?? first)));
    if (/^(no|n|-)$/i.test(w)) fact.readOnly = true;
  }
  return fact;
}

/**
 * The object with the keys its description names. The page states the keys, never their types: a key is
 * typed from the value the page's example gives it inside this object, else from its words ("number of",
 * "page number", "offset", "ID"), else left unknown; provenance says which (`how: 'inferred'` when typed).
 * Under the required legend an unmarked key of a param is optional, as an unmarked row is.
 */
function objectOfKeys(
  t: Extract<TypeRef, { kind: 'object' }>,
  found: DescribedKeys,
  at: { ctx: RowContext; name: string; file: string; legend: boolean },
): TypeRef {
  const example = at.ctx.exampleValue?.(at.name, at.ctx.position);
  const fields: Field[] = found.keys.map((k) => {
    const typing = keyTyping(k, example);
    let type = typing.type;
    // A key's own value list ("`IMPORT` — import mode. Possible values: - `Y` … - `N` …").
    const list = valueListOf([{ type: 'paragraph', children: [{ type: 'text', value: k.description }] }, ...k.more]);
    if (list) type = applyEnum(type, list, at.ctx.position, k.description, at.file);
    const evidence =
      typing.from === null
        ? 'description-keys'
        : typing.from.kind === 'example'
          ? `description-keys; type from the ${at.ctx.position === 'param' ? 'request' : 'response'} example`
          : `description-keys; type from the words "${typing.from.word}"`;
    const stated = statedRequired(k.description);
    const required: boolean | 'unknown' = at.ctx.position !== 'param' ? 'unknown' : (stated ?? (at.legend ? false : 'unknown'));
    const raw = defaultFromProse(k.description);
    return {
      id: fieldId(at.name, k.name),
      name: k.name,
      type,
      required,
      ...(k.description ? { description: k.description } : {}),
      ...(raw !== null && raw !== '' ? { default: coerceDefault(raw, baseOf(type)) } : {}),
      source: { file: at.file, ...(k.line ? { line: k.line } : {}), how: typing.from === null ? 'read' : 'inferred', evidence },
    };
  });
  // The lead-in names the keys ("Pagination parameters:"): the object has those, unless it says they are examples of more.
  const { additional, ...closed } = t;
  return found.partial && additional ? { ...closed, fields, additional } : { ...closed, fields };
}

/** Rows named `a.b` (flattened nested fields) move into the object of row `a` when it exists. */
function nestDotted(facts: RowFact[]): RowFact[] {
  const byName = new Map(facts.map((f) => [f.name, f]));
  const out: RowFact[] = [];
  for (const f of facts) {
    const m = /^(.+?)(\[\])?\.([^.]+)$/.exec(f.name);
    const parent = m ? (byName.get(m[1] ?? '') ?? byName.get(`${m[1] ?? ''}[]`)) : undefined;
    if (!m || !parent || parent === f) {
      out.push(f);
      continue;
    }
    const holder = objectHolder(parent);
    if (!holder) {
      out.push(f);
      continue;
    }
    holder.fields.push({
      id: m[3] ?? f.name,
      name: m[3] ?? f.name,
      type: f.type,
      required: f.required,
      ...(f.description ? { description: f.description } : {}),
      source: f.source,
    });
  }
  return out;
}

function objectHolder(f: RowFact): { fields: import('../../../spec/schema.ts').Field[] } | null {
  const t = f.type;
  if (t.kind === 'object') return t;
  if (t.kind === 'array' && t.items.kind === 'object') return t.items;
  if (t.kind === 'array' && t.items.kind === 'scalar' && t.items.name === 'any') {
    const obj = { kind: 'object' as const, fields: [] as import('../../../spec/schema.ts').Field[] };
    f.type = { kind: 'array', items: obj };
    return obj;
  }
  if (t.kind === 'scalar' && (t.name === 'any' || t.name === 'unknown')) {
    const obj = { kind: 'object' as const, fields: [] as import('../../../spec/schema.ts').Field[] };
    f.type = obj;
    return obj;
  }
  return null;
}

/** What a parameter's description says of its being required: "Optional parameter." → false; "Required parameter." → true. */
export function statedRequired(description: string | undefined): boolean | null {
  if (!description) return null;
  if (/(?:^|[.(]\s*)(?:an?\s+)?optional\s*[.)]|\boptional parameter\b/i.test(description)) return false;
  if (/(?:^|[.(]\s*)(?:a\s+)?(?:required|mandatory)(?:\s+parameter)?\s*[.)]|(?:^|\.\s+)(?:required|mandatory) parameter\b/i.test(description)) return true;
  return null;
}
