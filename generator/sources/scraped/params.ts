/**
 * Method parameters. The params table gives names, the `*` marker and a cut description (read); the
 * types are gone from the scrape, so they are inferred from the request examples: cURL JSON bodies
 * first, then the JS object literal, then the PHP array.
 */
import type { Param, Provenance, TypeRef } from '../../spec/schema.ts';
import { paramId, withFieldIds } from '../../spec/ids.ts';
import { inferJsonType, mergeTypes } from '../common/infer-json-type.ts';
import type { RequestSample, SampleLanguage } from './examples.ts';
import { lineOf, type PageText } from './lines.ts';
import { findEntry, toPlain, type LNode } from './literal.ts';
import type { Notes } from './notes.ts';
import { applyDocFields, docFieldsOf, type DocField } from './structures.ts';
import { captionOf, type FlatTable } from './tables.ts';

/** Keys every OAuth example adds; they are credentials, not parameters. */
const TRANSPORT_KEYS = new Set(['auth']);

/** Params whose keys the caller picks (field names, with operator prefixes in filters): maps, not objects. */
const MAP_PARAMS = new Set(['filter', 'order', 'sort']);

/** A filter key's operator prefix, as Bitrix writes it before the field name. */
export const OPERATOR_PREFIX = /^([=!<>@%?]{1,3})(?=[A-Za-z_])/;

const LANGUAGE_ORDER: readonly SampleLanguage[] = ['curl', 'js', 'php'];

/**
 * Params from the params table, required-ness from the marker and the legend, types from the examples.
 * `legendLine` is the "Required parameters are marked with *" line, when the page has it.
 */
export function buildParams(
  page: PageText,
  table: FlatTable,
  nested: FlatTable[],
  legendLine: number | undefined,
  samples: RequestSample[],
  notes: Notes,
): Param[] {
  const docs = docFieldsOf(table, { deprecated: false }, notes);
  const params: Param[] = [];
  const seen = new Set<string>();
  for (const doc of docs) {
    if (seen.has(doc.name.toLowerCase())) {
      notes.warn('duplicate-param', `Parameter ${doc.name} is listed twice`, doc.line);
      continue;
    }
    seen.add(doc.name.toLowerCase());
    params.push(buildParam(page, doc, legendLine, samples, notes));
  }
  attachNested(params, nested, legendLine, notes);
  warnUndocumentedKeys(page, params, samples, notes);
  return params;
}

function buildParam(page: PageText, doc: DocField, legendLine: number | undefined, samples: RequestSample[], notes: Notes): Param {
  const id = paramId(doc.name);
  const required: Param['required'] = doc.marker === 'required' ? true : legendLine !== undefined ? false : 'unknown';
  if (doc.marker === 'required') notes.fact(`${id}.required`, notes.at(doc.line, 'read', 'required-marker'));
  else if (legendLine !== undefined) notes.fact(`${id}.required`, notes.at(legendLine, 'read', 'required-legend'));
  const evidence = paramEvidence(page, doc.name, samples, notes);
  let type: TypeRef = { kind: 'scalar', name: 'unknown' };
  if (evidence) {
    type = evidence.type;
    notes.fact(`${id}.type`, notes.at(evidence.line, 'inferred', `request-example:${evidence.language}`));
  } else {
    notes.warn('param-type-unknown', `No request example shows parameter ${doc.name}; its type is unknown`, doc.line);
  }
  return {
    id,
    name: doc.name,
    type,
    required,
    ...(doc.description !== undefined ? { description: doc.description } : {}),
    ...(doc.deprecated ? { deprecated: true } : {}),
    source: notes.at(doc.line, 'read', 'params-table'),
  };
}

/** The type the examples show for a param: the first language (cURL, JS, PHP) that shows a usable value. */
export function paramEvidence(
  page: PageText,
  name: string,
  samples: RequestSample[],
  notes: Notes,
): { type: TypeRef; line: number; language: SampleLanguage } | undefined {
  for (const language of LANGUAGE_ORDER) {
    let type: TypeRef | undefined;
    let line: number | undefined;
    for (const sample of samples) {
      if (sample.language !== language) continue;
      const entry = findEntry(sample.node, name);
      if (!entry) continue;
      const keyLine = lineOf(page, entry.keyOffset);
      const t = typeOfValue(name, entry.value, notes.at(keyLine, 'inferred', `request-example:${language}`));
      if (t.kind === 'scalar' && t.name === 'unknown') continue;
      type = type ? mergeTypes(type, t) : t;
      line ??= keyLine;
    }
    if (type && line !== undefined) return { type, line, language };
  }
  return undefined;
}

/** The type one example value shows; field-keyed params (filter, order) become maps. */
function typeOfValue(name: string, node: LNode, source: Provenance): TypeRef {
  if (node.kind === 'object' && (MAP_PARAMS.has(name.toLowerCase()) || node.entries.some((e) => OPERATOR_PREFIX.test(e.key)))) {
    let values: TypeRef = { kind: 'scalar', name: 'unknown' };
    for (const e of node.entries) values = mergeTypes(values, inferJsonType(toPlain(e.value), 'v', { source }));
    // Values of different kinds across keys say the map takes anything, not this exact union.
    if (values.kind === 'union') values = { kind: 'scalar', name: 'any' };
    return { kind: 'map', keys: 'string', values: stripFields(values) };
  }
  return withFieldIds(inferJsonType(toPlain(node), name, { source }), name, paramId);
}

/** Map value types carry no fields worth citing: objects in filter values are unusual and stay generic. */
function stripFields(type: TypeRef): TypeRef {
  return type.kind === 'object' ? { kind: 'scalar', name: 'any' } : type;
}

/**
 * Tables after the main one ("Parameter fields", "fields") document an object param's fields: match the
 * caption to a param and enrich that param's type with the rows.
 */
function attachNested(params: Param[], tables: FlatTable[], legendLine: number | undefined, notes: Notes): void {
  for (const table of tables) {
    const caption = captionOf(table);
    const words = (caption?.text ?? '').toLowerCase().split(/[^a-z0-9_]+/);
    const param = params.find((p) => words.includes(p.name.toLowerCase()));
    if (!param) {
      notes.warn('unattached-table', `Table in the params section matches no parameter (caption "${(caption?.text ?? '').slice(0, 60)}")`, table.start);
      continue;
    }
    const docs = docFieldsOf(table, { deprecated: false }, notes);
    const base: Extract<TypeRef, { kind: 'object' }> = param.type.kind === 'object' ? param.type : { kind: 'object', fields: [] };
    if (param.type.kind !== 'object' && !(param.type.kind === 'scalar' && param.type.name === 'unknown')) {
      notes.warn('nested-table-type-conflict', `Parameter ${param.name} has a documented field table but the example shows a non-object`, table.start);
      continue;
    }
    const enriched = applyDocFields(base, docs, param.id, notes);
    for (const f of enriched.fields) {
      const doc = docs.find((d) => d.name === f.name);
      if (doc && doc.marker !== 'required' && f.required === 'unknown' && legendLine !== undefined) f.required = false;
    }
    param.type = enriched;
  }
}

/** Keys the examples send that the table does not list: worth a look (renamed or undocumented params). */
function warnUndocumentedKeys(page: PageText, params: Param[], samples: RequestSample[], notes: Notes): void {
  const known = new Set(params.map((p) => p.name.toLowerCase()));
  const reported = new Set<string>();
  for (const sample of samples) {
    if (sample.node.kind !== 'object') continue;
    for (const e of sample.node.entries) {
      const k = e.key.toLowerCase();
      if (known.has(k) || TRANSPORT_KEYS.has(k) || reported.has(k)) continue;
      reported.add(k);
      notes.warn('undocumented-example-key', `The ${sample.language} example sends ${e.key}, which the params table does not list`, lineOf(page, e.keyOffset));
    }
  }
}
