/**
 * The result from the "Returned Data" table: the `result` row's type (a ref to its structure), or, when the
 * table lists the result's fields directly, an object of them. `time`, `total` and `next` are envelope.
 */
import type { Example, Field, Provenance, TypeRef } from '../../../spec/schema.ts';
import { inferJsonType } from '../../common/infer-json-type.ts';
import { fileOf, flattenBlocks, inBoilerplateInclude, lineOf, squash, textOf, type FlatBlock } from './md.ts';
import type { AnyNode, YfmTable } from './nodes.ts';
import type { PageTypes } from './nested-types.ts';
import { factToField } from './nested-types.ts';
import { openNamePatterns } from './patterns.ts';
import { readRows, type RowFact } from './rows.ts';
import {
  exampleResult,
  isPlainArray,
  isPlainObject,
  isRecord,
  nestByExample,
  scalarWrappedByExample,
  wrapInExampleKey,
  wrapRowsInExampleKey,
} from './result-wrapper.ts';
import { viewTable } from './table.ts';

export const ENVELOPE_FIELDS = new Set(['time', 'total', 'next']);

export interface ResultRead {
  result: { type: TypeRef; description?: string; source: Provenance } | null;
  /** Names of all top-level rows (including envelope ones), for list semantics. */
  rowNames: string[];
  /** Unknown type names met. */
  unknownTypes: string[];
  typed: boolean;
  warning: { code: string; message: string; line?: number } | null;
}

const RETURNED_HEADING = /returned|^result|response fields|fields returned|return value|response parameters|response structure/i;

/**
 * The "Returned Data" table(s) of a response section: those under a returned-data heading (or the whole
 * section when its own title says so) are `explicit`; without such a heading, the section's first table.
 */
function returnedTables(blocks: readonly FlatBlock[], sectionIsReturned: boolean): { tables: YfmTable[]; explicit: boolean } {
  let inReturned = sectionIsReturned;
  const out: YfmTable[] = [];
  for (const b of blocks) {
    if (inBoilerplateInclude(b)) continue;
    if (b.node.type === 'heading') {
      if (out.length > 0) break;
      inReturned = RETURNED_HEADING.test(squash(textOf(b.node)));
      continue;
    }
    if (b.node.type === 'yfmTable' && inReturned) out.push(b.node as YfmTable);
  }
  if (out.length > 0) return { tables: out, explicit: true };
  // No "Returned Data" heading: the first typed table of the section.
  for (const b of blocks) if (b.node.type === 'yfmTable' && !inBoilerplateInclude(b)) return { tables: [b.node as YfmTable], explicit: false };
  return { tables: [], explicit: false };
}

/**
 * The Returned Data tables of the page's response sections. 60 pages split "## Response Handling" (the
 * example) from "## Returned Data" (the table): a returned-data table of any response section wins over
 * a section's first table picked without such a heading.
 */
function responseTables(sections: readonly { blocks: readonly AnyNode[]; title: string }[]): YfmTable[] {
  const found = sections.map((s) => returnedTables(flattenBlocks(s.blocks), /returned|fields returned|^result/i.test(s.title)));
  return (found.find((f) => f.explicit) ?? found.find((f) => f.tables.length > 0))?.tables ?? [];
}

/**
 * The one structure the response section documents after its Returned Data table without linking it
 * ("### Fields of the Country Object" under a `result` row typed `array`): the result's (item) type. With
 * two or more such structures, which one is the result is not said, and none is taken.
 */
function unlinkedStructure(tables: readonly YfmTable[], types: PageTypes, list: boolean): TypeRef | null {
  const candidates = types.unlinkedStructuresAfter(tables[tables.length - 1]);
  const only = candidates[0];
  if (candidates.length !== 1 || !only) return null;
  const own = types.nameOf(only);
  const name = types.resolveHeading(only, 'field', /^[\w.]+$/.test(own) ? own : 'result');
  if (!name) return null;
  const ref: TypeRef = { kind: 'ref', name };
  return list ? { kind: 'array', items: ref } : ref;
}

/** A "Returned Data"/"Response Handling" heading anywhere on the page (some pages nest it under another H2). */
function deepReturnedBlocks(page: readonly FlatBlock[]): FlatBlock[] | null {
  const i = page.findIndex(
    (b) => b.node.type === 'heading' && /^(returned data|returned values|response handling|returned fields)$/i.test(squash(textOf(b.node))),
  );
  if (i < 0) return null;
  return page.slice(i);
}

/** The result type shown by a documented success response (`result` of the first response example). */
function resultFromExample(examples: readonly Example[]): ResultRead['result'] {
  for (const e of examples) {
    if (e.kind !== 'response' || !e.json || typeof e.json !== 'object' || Array.isArray(e.json)) continue;
    const obj = e.json as Record<string, unknown>;
    if ('error' in obj) continue;
    const source: Provenance = { ...e.source, how: 'inferred', evidence: 'response-example' };
    // Old pages show the result object itself, without the {result, time} envelope.
    const value = 'result' in obj ? obj['result'] : obj;
    // `"result": null` documents a null result, not an unknown one.
    if (value === null) return { type: { kind: 'scalar', name: 'null' }, source };
    return { type: inferJsonType(value, 'result', { source, stringFormats: true }), source };
  }
  return null;
}

/** "A file is returned …": the response body is the file itself. */
function resultFromProse(blocks: readonly AnyNode[], pagePath: string): ResultRead['result'] {
  for (const b of flattenBlocks(blocks)) {
    if (b.node.type !== 'paragraph') continue;
    // A bare literal as the whole success response ("`true`").
    const lit = /^`?(true|false|-?\d+)`?$/.exec(squash(textOf(b.node)));
    if (lit?.[1]) {
      const line = lineOf(b.node);
      const type: TypeRef = /\d/.test(lit[1]) ? { kind: 'scalar', name: 'integer' } : { kind: 'scalar', name: 'boolean' };
      return { type, source: { file: fileOf(b.node, pagePath), ...(line ? { line } : {}), how: 'inferred', evidence: 'response-literal' } };
    }
    if (!/\b(file|binary|image) (is|will be) returned|returns (the|a) file\b|file content/i.test(textOf(b.node))) continue;
    const line = lineOf(b.node);
    return {
      type: { kind: 'scalar', name: 'any', format: 'binary', docType: 'file' },
      source: { file: fileOf(b.node, pagePath), ...(line ? { line } : {}), how: 'inferred', evidence: 'prose' },
    };
  }
  return null;
}

/**
 * The result REST 1 conventions give a verb when the page documents none (old pages with no response
 * section): `add` → the new id, `update`/`delete`/`set`/… → boolean, `get` → object, `list` → array of
 * objects, `fields` → object. Always `inferred`, with a `result-by-convention` warning.
 */
export function resultByConvention(method: string): TypeRef | null {
  const verb = (method.split('.').pop() ?? '').toLowerCase();
  const anyObject: TypeRef = { kind: 'object', fields: [], additional: { kind: 'scalar', name: 'any' } };
  if (verb === 'add') return { kind: 'scalar', name: 'integer', format: 'id' };
  if (/^(update|delete|set|bind|unbind|clear|stop|resume|recall|vote|do|setdefault|default\.set)$/.test(verb)) return { kind: 'scalar', name: 'boolean' };
  if (/^(get|getbyid)$/.test(verb)) return anyObject;
  if (/^(list|getlist)$/.test(verb)) return { kind: 'array', items: anyObject };
  if (/^(fields|getfields)$/.test(verb)) return { kind: 'map', keys: 'string', values: anyObject };
  return null;
}

/** Read the result of a method from its response sections (falling back to a nested heading, then the response example). */
export function readResult(
  sections: readonly { blocks: readonly AnyNode[]; title: string }[],
  types: PageTypes,
  pagePath: string,
  fallback: { page: readonly FlatBlock[]; examples: readonly Example[] },
): ResultRead {
  const empty: ResultRead = { result: null, rowNames: [], unknownTypes: [], typed: false, warning: null };
  const section = sections[0];
  const deep = section ? null : deepReturnedBlocks(fallback.page);
  const tables = section ? responseTables(sections) : deep ? returnedTables(deep, true).tables : [];
  if (tables.length === 0) {
    const fromExample = resultFromExample(fallback.examples) ?? resultFromProse(section?.blocks ?? [], pagePath);
    const where = section ? `response section "${section.title}" has no Returned Data table` : 'the page has no response section';
    if (fromExample) {
      return {
        ...empty,
        result: fromExample,
        typed: true,
        warning: {
          code: 'result-from-example',
          message: `${where}; result type inferred from the response example`,
          ...(fromExample.source.line ? { line: fromExample.source.line } : {}),
        },
      };
    }
    return {
      ...empty,
      warning: { code: 'no-result-table', message: where, ...(section && lineOf(section.blocks[0]) ? { line: lineOf(section.blocks[0]) as number } : {}) },
    };
  }
  const facts = readRows(tables.map(viewTable), types.rowContext('field'));
  const rowNames = facts.map((f) => f.name);
  const unknownTypes = facts.flatMap((f) => f.unknownTypes);
  const first = tables[0] as YfmTable;
  const tableSource: Provenance = {
    file: fileOf(first, pagePath),
    ...(lineOf(first) ? { line: lineOf(first) as number } : {}),
    how: 'read',
    evidence: 'table',
  };
  const resultRow = facts.find((f) => f.name === 'result');
  const others = facts.filter((f) => f.name !== 'result' && !ENVELOPE_FIELDS.has(f.name));
  const shown = exampleResult(fallback.examples);
  if (resultRow) {
    let type = resultRow.type;
    let source = resultRow.source;
    // `array` is also Bitrix's word for a PHP associative array: a success example showing an object says which.
    const list = isPlainArray(type) && !(shown && isRecord(shown.value));
    if (isPlainObject(type) && others.length > 0) {
      // "result: object" followed by its fields flattened into the same table (REST 3.0 `item`, …).
      type = {
        kind: 'object',
        fields: nestByExample(
          others.map((f) => factToField(f, 'result')),
          shown?.value,
        ),
      };
    } else if (isPlainArray(type) && others.length > 0) {
      // "result: array", then its keys as rows, or "The result is an array of objects, each containing the following fields:" and their table.
      // A `result[]` row (REST 3.0's flattened tables) is the item itself, not one of its keys.
      const fields = nestByExample(
        others.filter((f) => f.name !== 'result[]').map((f) => factToField(f, 'result')),
        shown?.value,
      );
      const object = objectOfRows(fields);
      type = list ? { kind: 'array', items: object } : object;
    } else if (isPlainObject(type) || isPlainArray(type)) {
      const after = unlinkedStructure(tables, types, list);
      if (after) {
        type = after;
        source = { ...source, how: 'inferred', evidence: 'structure-after-table' };
      }
    }
    // `result` typed a scalar, the example's result an object holding it (beside-rows read flat, or "an object with the key …").
    const nested = scalarWrappedByExample(
      type,
      resultRow,
      others.map((f) => factToField(f, 'result')),
      shown?.value,
    );
    if (nested) {
      type = nested.type;
      source = { ...source, how: 'read', evidence: nested.evidence };
    }
    const wrapped = wrapInExampleKey(type, resultRow.description, shown, (n) => types.rowContext('field').fieldNamesOf?.(n));
    // "Root element of the response. Contains the [`category`](./crm-category-add.md#category) object": the link stage follows it.
    const linked = !wrapped && resultRow.linkedStructure && JSON.stringify(type) === JSON.stringify(resultRow.type) ? resultRow.linkedStructure : undefined;
    return {
      result: {
        type: wrapped?.type ?? type,
        ...(resultRow.description ? { description: resultRow.description } : {}),
        ...(linked ? { fieldsRef: linked } : {}),
        source,
      },
      rowNames,
      unknownTypes,
      typed: resultRow.typed,
      warning: wrapped
        ? {
            code: 'result-wrapper-inferred',
            message: `the response example wraps the documented structure in \`${wrapped.key}\`; the result is typed as the wire sends it`,
            ...(shown?.source.line ? { line: shown.source.line } : {}),
          }
        : null,
    };
  }
  if (others.length === 0)
    return {
      ...empty,
      rowNames,
      warning: { code: 'no-result-row', message: 'the Returned Data table has only envelope rows', ...(tableSource.line ? { line: tableSource.line } : {}) },
    };
  // The table lists the result's fields directly.
  const fields: Field[] = nestByExample(
    others.map((f: RowFact) => factToField(f, 'result')),
    shown?.value,
  );
  const wrapped = wrapRowsInExampleKey(fields, shown?.value, tableSource);
  return {
    result: { type: wrapped?.type ?? objectOfRows(fields), source: { ...tableSource, how: 'inferred', evidence: 'table-without-result-row' } },
    rowNames,
    unknownTypes,
    typed: others.some((f) => f.typed),
    warning: {
      code: 'result-row-missing',
      message: 'Returned Data has no `result` row; its rows are taken as the result fields',
      ...(tableSource.line ? { line: tableSource.line } : {}),
    },
  };
}

/** An object of the result table's rows; pattern rows (`UF_...`, `PARENT_ID_...`) open it to the keys they name instead of standing as literal fields. */
function objectOfRows(fields: readonly Field[]): TypeRef {
  return { kind: 'object', ...openNamePatterns(fields) };
}
