/**
 * Read a Vibe entity page ("Entity: diskFolder | Scope: disk | Base path: /v1/folders"): one spec per
 * enabled operation of its operations table, typed from its fields table.
 */
import type { Example, NamedType, Param, Provenance, TypeRef } from '../../spec/schema.ts';
import { paramId } from '../../spec/ids.ts';
import type { ReaderOutput } from '../types.ts';
import { isCutRow, pageContext, prov, warn, type PageContext } from './context.ts';
import type { VibeConventions } from './conventions.ts';
import type { VibePageKind } from './detect.ts';
import { fieldsFromTable, inputType, isEntityFieldsTable, recordType, type EntityField } from './entity-fields.ts';
import { requestExample, snippetText, snippetTarget, uniqueExampleIds } from './examples.ts';
import { conventionFilterParam, listSemantics } from './list-semantics.ts';
import { describeOperation, entityTypeName, inputTypeName, normalizeVibePath, type OperationShape } from './operation-name.ts';
import { headingTitle, nonEmpty, type VibeDoc } from './page-lines.ts';
import { includeParam, pathParam } from './params.ts';
import { sectionRoles } from './sections.ts';
import { buildSpec } from './spec-builder.ts';
import { cellOf, hasRoles, readTables, type TableRow, type VibeTable } from './tables.ts';

type EntityKind = Extract<VibePageKind, { kind: 'entity' }>;

const CUSTOM_FIELDS = /\b(uf[A-Za-z]*_\*|UF_\*)/;
const DISABLED = /^Disabled operations?:\s*(.+)$/i;

interface Operation {
  op: OperationShape;
  row: TableRow;
  summary: string;
  bitrixMethod: string;
}

/** Every enabled operation of an entity page, as specs. */
export function readEntityPage(doc: VibeDoc, kind: EntityKind, conv?: VibeConventions): ReaderOutput {
  const ctx = pageContext(doc, 'vibe-entity-page');
  const tables = readTables(doc.lines);
  const roles = sectionRoles(doc.sections);
  const pageTitle = kind.title ? headingTitle(kind.title.text) : kind.entity;
  const segment = normalizeVibePath(kind.basePath)?.split('/').filter(Boolean).pop() ?? null;
  const customFields = CUSTOM_FIELDS.exec(doc.raw)?.[1];
  const entityLine = prov(ctx, kind.line.no, 'read', 'prose');

  const disabled = disabledKinds(doc);
  const operations = readOperations(ctx, tables, disabled.kinds);
  const fieldsTable = tables.find(isEntityFieldsTable);
  const fields = fieldsTable ? fieldsFromTable(ctx, fieldsTable) : [];
  if (!fieldsTable) warn(ctx, 'no-fields-table', `entity ${kind.entity}: no fields table was read; record types are left open`, kind.line.no);
  const relations = tables.find((t) => hasRoles(t, 'relation'));
  const relationNames = relations ? relations.rows.map((r) => cellOf(relations, r, 'relation').trim()).filter((n) => /^[A-Za-z_]\w*$/.test(n)) : [];
  const snippets = doc.sections.filter((_, i) => roles[i] === 'snippet');

  const parts = operations.map(({ op, row, summary, bitrixMethod }) => {
    const typeName = op.segment ? entityTypeName(op.segment) : segment ? entityTypeName(segment) : null;
    const rowSource = prov(ctx, row.line, 'read', 'table');
    const kindSource = prov(ctx, row.line, 'inferred', 'operation-kind');
    const facts: Record<string, Provenance> = { title: rowSource, http: rowSource, description: rowSource, entity: entityLine };
    if (kind.scope.length > 0) facts['scope'] = entityLine;
    if (bitrixMethod) facts['bitrixMethod'] = rowSource;

    const params = operationParams(ctx, op, row.line, fields, relationNames, conv, relations?.line);
    const types: NamedType[] = [];
    const recordSource = fieldsTable ? prov(ctx, fieldsTable.line, 'read', 'table') : kindSource;
    const record = (): TypeRef => {
      if (typeName && !types.some((t) => t.name === typeName)) {
        types.push(recordType(typeName, fields, { description: `Entity ${kind.entity}`, open: !!customFields, source: recordSource }));
      }
      return { kind: 'ref', name: typeName ?? 'unknown' };
    };
    let result: { type: TypeRef; description?: string; source: Provenance } | null = null;
    if (typeName && (op.kind === 'get' || op.kind === 'create')) result = { type: record(), source: kindSource };
    if (typeName && op.kind === 'list') result = { type: { kind: 'array', items: record() }, source: kindSource };
    if (op.kind === 'fields') result = { type: { kind: 'map', values: { kind: 'scalar', name: 'unknown' }, keys: 'string' }, source: kindSource };
    if (result) facts['result'] = result.source;
    if (op.segment && (op.kind === 'create' || op.kind === 'update')) {
      types.push(
        inputType(inputTypeName(op.segment), fields, { description: `Writable fields of ${kind.entity}`, open: !!customFields, source: recordSource }),
      );
    }

    let list = null;
    if (op.kind === 'list' || op.kind === 'search') {
      const entity = typeName ? { method: op.name, type: typeName, ...(customFields ? { customFields } : {}) } : undefined;
      const built = listSemantics(params, { ...(entity ? { entity } : {}), source: rowSource }, conv);
      list = built.list;
      Object.assign(facts, built.facts);
    }

    return {
      op,
      title: `${pageTitle}: ${summary}`,
      description: [summary ? `${summary}.` : '', bitrixMethod ? `Bitrix24 method: ${bitrixMethod}.` : ''].filter(Boolean).join(' '),
      scope: kind.scope,
      params,
      paramsDocumented: params.some((p) => p.source.evidence === 'table' && p.source.file === ctx.doc.path) ? ('table' as const) : ('missing' as const),
      result,
      types,
      errors: [],
      list,
      examples: uniqueExampleIds(examplesFor(ctx, op, snippets)),
      seeAlso: bitrixMethod ? [bitrixMethod] : [],
      facts,
    };
  });
  // Build after reading everything, so every spec carries all of the page's warnings.
  const specs = parts.map((p) => buildSpec(ctx, p)).filter((s) => s !== null);
  const skipped =
    specs.length === 0
      ? disabled.kinds.size > 0 && operations.length === 0
        ? 'entity page whose operations are all disabled'
        : 'entity page with no readable operations'
      : undefined;
  if (specs.length === 0) warn(ctx, 'no-operations', `entity ${kind.entity}: no operation could be read`, kind.line.no);
  return { specs, warnings: ctx.warnings, ...(skipped ? { skipped } : {}) };
}

/** The operation kinds listed as disabled ("Disabled operations: create, delete"). */
function disabledKinds(doc: VibeDoc): { kinds: Set<string>; line?: number } {
  for (const l of nonEmpty(doc.lines)) {
    const m = DISABLED.exec(l.text);
    if (m)
      return {
        kinds: new Set(
          m[1]!
            .toLowerCase()
            .split(/[\s,;]+/)
            .filter(Boolean),
        ),
        line: l.no,
      };
  }
  return { kinds: new Set() };
}

/** Rows of the operations table, minus the disabled kinds. */
function readOperations(ctx: PageContext, tables: VibeTable[], disabled: Set<string>): Operation[] {
  const out: Operation[] = [];
  for (const table of tables.filter((t) => hasRoles(t, 'verb', 'path'))) {
    for (const row of table.rows) {
      if (isCutRow(ctx, table, row)) continue;
      const verb = cellOf(table, row, 'verb').trim();
      const path = cellOf(table, row, 'path').trim();
      const op = describeOperation(verb, path);
      if (!op) {
        warn(ctx, 'unsupported-operation', `cannot model "${verb} ${path}" as an operation`, row.line);
        continue;
      }
      // A disabled kind stays out even if a stale row lists it.
      if (disabled.has(op.kind) || out.some((o) => o.op.verb === op.verb && o.op.path === op.path)) continue;
      out.push({ op, row, summary: cellOf(table, row, 'description').trim(), bitrixMethod: cellOf(table, row, 'bitrixMethod').trim() });
    }
  }
  return out;
}

/** Path params (typed from the fields table), list params from the guides, include from relations, bodies from writable fields. */
function operationParams(
  ctx: PageContext,
  op: OperationShape,
  rowLine: number,
  fields: EntityField[],
  relations: string[],
  conv: VibeConventions | undefined,
  relationsLine: number | undefined,
): Param[] {
  const params: Param[] = op.pathParams.map((name) => {
    const field = fields.find((f) => f.name === name);
    return pathParam(name, prov(ctx, rowLine, field ? 'read' : 'inferred', 'path-template'), field?.type);
  });
  if ((op.kind === 'list' || op.kind === 'search') && conv) {
    // The guide documents these once for every entity; a search takes them in its JSON body.
    const where = op.kind === 'search' ? 'body' : 'query';
    for (const p of conv.listParams) params.push({ ...p, in: where, source: { ...p.source, how: 'inferred', evidence: 'vibe-conventions' } });
    const filter = conventionFilterParam(conv, where);
    if (filter && !params.some((p) => p.name === 'filter')) params.push(filter);
  }
  if ((op.kind === 'get' || op.kind === 'list') && relations.length > 0) {
    params.push(includeParam(relations, 'query', prov(ctx, relationsLine, 'inferred', 'relations-table'), ''));
  }
  if (op.kind === 'create' || op.kind === 'update') {
    for (const f of fields) {
      if (f.readOnly === true || params.some((p) => p.name === f.name)) continue;
      params.push({
        id: paramId(f.name),
        name: f.name,
        ...(f.bitrixName && f.bitrixName !== f.name ? { aliases: [f.bitrixName] } : {}),
        in: 'body',
        type: f.type,
        required: 'unknown',
        ...(f.description ? { description: f.description } : {}),
        source: f.source,
      });
    }
  }
  return params.map((p) => (p.description === '' ? withoutDescription(p) : p));
}

function withoutDescription(p: Param): Param {
  const { description: _drop, ...rest } = p;
  return rest;
}

/** Snippets whose curl/fetch call targets this operation's verb and path. */
function examplesFor(ctx: PageContext, op: OperationShape, snippets: VibeDoc['sections']): Example[] {
  const pattern = new RegExp(
    `^${op.path
      .split('/')
      .map((s) => (/^\{\w+\}$/.test(s) ? '[^/]+' : escapeRe(s)))
      .join('/')}$`,
  );
  const out: Example[] = [];
  for (const s of snippets) {
    const text = snippetText(s)?.text;
    const target = text ? snippetTarget(text) : null;
    if (!target || target.verb !== op.verb || !pattern.test(target.path.split('?')[0]!.replace(/\/+$/, ''))) continue;
    const e = requestExample(ctx, s);
    if (e) out.push(e);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
