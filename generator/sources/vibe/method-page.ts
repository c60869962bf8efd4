/** Read a Vibe method page ("#Get contact" ⏎ "GET /v1/contacts/:id" ⏎ parameters, examples, response, errors). */
import type { ErrorEntry, Example, Field, NamedType, Param, Provenance, TypeRef } from '../../spec/schema.ts';
import { fieldId, itemsPath } from '../../spec/ids.ts';
import type { ReaderOutput } from '../types.ts';
import { inferJsonType } from '../common/infer-json-type.ts';
import { pageContext, prov, warn, type PageContext } from './context.ts';
import type { VibeConventions, VibeFact } from './conventions.ts';
import { pageScope, type VibePageKind } from './detect.ts';
import { fieldsFromExample, fieldsFromTable, inputType, recordType, unionFields, type EntityField } from './entity-fields.ts';
import { errorFromExample, errorsFromProse, errorsFromTable, isErrorTable, mergeErrors } from './errors.ts';
import { jsonExample, requestExample, uniqueExampleIds } from './examples.ts';
import { listSemantics } from './list-semantics.ts';
import { describeOperation, entityTypeName, inputTypeName, type OperationShape } from './operation-name.ts';
import { headingTitle, nonEmpty, type Line, type Section, type VibeDoc } from './page-lines.ts';
import { includeList, includeParam, isParamTable, paramsFromTable, pathParam, saysNoParams, uniqueParams, type ParamIn } from './params.ts';
import { sectionRoles, type SectionRole } from './sections.ts';
import { buildSpec } from './spec-builder.ts';
import { cellOf, readTables, type VibeTable } from './tables.ts';

type MethodKind = Extract<VibePageKind, { kind: 'method' }>;

// "User fields (ufCrm_*) are also accepted": records carry custom fields beyond the documented ones.
const CUSTOM_FIELDS = /\b(uf[A-Za-z]*_\*|UF_\*)/;

/** The operation a method page documents, as a one-spec ReaderOutput. */
export function readMethodPage(doc: VibeDoc, kind: MethodKind, conv?: VibeConventions): ReaderOutput {
  const ctx = pageContext(doc, 'vibe-page');
  const op = describeOperation(kind.verb, kind.path);
  if (!op) {
    warn(ctx, 'unsupported-operation', `cannot model "${kind.verb} ${kind.path}" as an operation`, kind.verbLine.no);
    return { specs: [], warnings: ctx.warnings, skipped: 'method page whose operation cannot be modelled' };
  }
  const roles = sectionRoles(doc.sections);
  const withRole = (role: SectionRole) => doc.sections.filter((_, i) => roles[i] === role);
  const facts: Record<string, Provenance> = {
    title: prov(ctx, kind.title.no, 'read', 'heading'),
    http: prov(ctx, kind.verbLine.no, 'read', 'prose'),
  };
  const typeName = op.segment ? entityTypeName(op.segment) : null;
  const customFields = CUSTOM_FIELDS.exec(doc.raw)?.[1];

  const description = leadSentence(doc, kind);
  if (description) facts['description'] = prov(ctx, description.no, 'read', 'prose');
  const scope = pageScope(doc);
  if (scope && scope.scope.length > 0) facts['scope'] = prov(ctx, scope.line, 'read', 'prose');

  // Parameters: tables, then the path template, then the include list.
  const tabled = withRole('params').flatMap((s) =>
    readTables(s.body)
      .filter(isParamTable)
      .flatMap((t) => paramsFromTable(ctx, t, locationOf(s.title, op))),
  );
  const params: Param[] = [];
  for (const name of op.pathParams) {
    const row = tabled.find((p) => p.name === name);
    // A template-only param's type is a guess from its name: say so.
    params.push(row ? { ...row, in: 'path', required: true } : pathParam(name, prov(ctx, kind.verbLine.no, 'inferred', 'path-template')));
  }
  params.push(...tabled.filter((p) => !op.pathParams.includes(p.name)));
  const includes = includeList(doc.lines);
  if (includes) {
    const line = doc.lines[includes.line - 1]?.text.trim() ?? '';
    params.push(includeParam(includes.values, op.verb === 'GET' ? 'query' : 'body', prov(ctx, includes.line, 'read', 'prose'), line));
  }
  attachNestedTables(ctx, doc, roles, params);
  const paramsDocumented = tabled.length > 0 ? 'table' : saysNoParams(doc.lines) ? 'none' : 'missing';

  // Response: the fields table, the example, and "The contact object …" prose.
  const response = readResponse(ctx, withRole('response-fields'), withRole('response-example'));
  const examples: Example[] = [];
  for (const s of withRole('snippet')) {
    const e = requestExample(ctx, s);
    if (e) examples.push(e);
  }
  if (response.example) examples.push(response.example);
  const errorExamples = withRole('error-example')
    .map((s) => jsonExample(ctx, s, 'error'))
    .filter((e): e is Example => !!e);
  examples.push(...errorExamples);

  const types: NamedType[] = [];
  const fields = unionFields(response.tableFields, response.exampleFields);
  const result = resultFor(ctx, op, response, typeName, kind);
  if (typeName && (refersTo(result?.type, typeName) || (op.kind === 'fields' && fields.length > 0))) {
    types.push(
      recordType(typeName, fields, { open: !!customFields, source: response.typeSource ?? prov(ctx, kind.verbLine.no, 'inferred', 'operation-kind') }),
    );
  }
  if (result) facts['result'] = result.source;
  const bodyParams = params.filter((p) => p.in === 'body');
  if (op.segment && (op.kind === 'create' || op.kind === 'update') && bodyParams.length > 0) {
    types.push(inputType(inputTypeName(op.segment), bodyParams.map(paramAsField), { open: !!customFields, source: bodyParams[0]!.source }));
  }

  const errors = readErrors(ctx, doc, roles, errorExamples);
  if (errors.length > 0) facts['errors'] = errors[0]!.source;

  let list = null;
  const isList = (op.kind === 'list' || op.kind === 'search') && (response.dataIsArray || params.some((p) => ['limit', 'offset', 'filter'].includes(p.name)));
  if (isList) {
    const entity =
      typeName && types.some((t) => t.name === typeName) ? { method: op.name, type: typeName, ...(customFields ? { customFields } : {}) } : undefined;
    const built = listSemantics(
      params,
      {
        ...(response.totalField ? { totalField: response.totalField } : {}),
        ...(entity ? { entity } : {}),
        source: prov(ctx, kind.verbLine.no, 'read', 'prose'),
      },
      conv,
    );
    list = built.list;
    Object.assign(facts, built.facts);
  }

  const spec = buildSpec(ctx, {
    op,
    title: headingTitle(kind.title.text),
    description: description?.text ?? '',
    scope: scope?.scope ?? [],
    params: uniqueParams(ctx, params),
    paramsDocumented,
    result,
    types,
    errors,
    list,
    examples: uniqueExampleIds(examples),
    seeAlso: seeAlso(withRole('see-also')),
    facts,
  });
  return { specs: spec ? [spec] : [], warnings: ctx.warnings, ...(spec ? {} : { skipped: 'method page whose spec failed validation' }) };
}

/** The first prose line of the title section that is not the verb line or a "Scope: …" line. */
function leadSentence(doc: VibeDoc, kind: MethodKind): Line | null {
  const first = doc.sections[0];
  const body = first && first.line === kind.title.no ? first.body : doc.preamble;
  return (
    nonEmpty(body).find(
      (l) => l.no !== kind.verbLine.no && l.no !== kind.title.no && !/^(Scope|Base URL|Authorization|Auth):/i.test(l.text) && !/^[⚠]/.test(l.text),
    ) ?? null
  );
}

/** Where a table's params travel: its heading says so ("Request fields (body)"), else the verb decides. */
function locationOf(title: string, op: OperationShape): ParamIn {
  if (/\bbody\b/i.test(title)) return 'body';
  if (/\bquery\b/i.test(title)) return 'query';
  if (/\bpath\b/i.test(title)) return 'path';
  if (/\b(request fields|frequently updated fields)\b/i.test(title)) return 'body';
  return op.verb === 'GET' || op.verb === 'DELETE' ? 'query' : 'body';
}

interface ResponseFacts {
  tableFields: EntityField[];
  exampleFields: EntityField[];
  /** Where the record's fields were documented (table row) or shown (example). */
  typeSource?: Provenance;
  dataIsArray: boolean;
  dataIsObject: boolean;
  dataSource?: Provenance;
  exampleData?: { value: unknown; line: number };
  totalField?: VibeFact<string>;
  example?: Example;
}

function readResponse(ctx: PageContext, fieldSections: Section[], exampleSections: Section[]): ResponseFacts {
  const out: ResponseFacts = { tableFields: [], exampleFields: [], dataIsArray: false, dataIsObject: false };
  for (const s of fieldSections) {
    for (const table of readTables(s.body).filter((t) => t.roles.includes('name') && t.roles.includes('type'))) {
      readResponseTable(ctx, table, out);
    }
    // "The contact object with all fields — see Contact fields."
    const prose = nonEmpty(s.body).find((l) => /^The\s+[\w -]+?\s+object\b/i.test(l.text));
    if (prose && !out.dataSource) {
      out.dataIsObject = true;
      out.dataSource = prov(ctx, prose.no, 'read', 'prose');
    }
  }
  for (const s of exampleSections) {
    const ex = jsonExample(ctx, s, 'response');
    if (!ex) continue;
    out.example ??= ex;
    const body = ex.json as { data?: unknown; meta?: Record<string, unknown> } | undefined;
    if (!body || typeof body !== 'object' || !('data' in body)) continue;
    const line = ex.source.line ?? s.line;
    out.exampleData ??= { value: body.data, line };
    if (Array.isArray(body.data)) out.dataIsArray = true;
    else if (body.data && typeof body.data === 'object') out.dataIsObject = true;
    out.dataSource ??= prov(ctx, line, 'inferred', 'response-example');
    out.exampleFields = unionFields(out.exampleFields, fieldsFromExample(ctx, body.data, line));
    out.typeSource ??= prov(ctx, line, 'inferred', 'response-example');
    if (body.meta && typeof body.meta === 'object' && 'total' in body.meta)
      out.totalField ??= { value: 'meta.total', source: prov(ctx, line, 'read', 'response-example') };
  }
  return out;
}

/** A response table either wraps the record (`data`, `meta.total`) or lists the record's own fields. */
function readResponseTable(ctx: PageContext, table: VibeTable, out: ResponseFacts): void {
  const names = table.rows.map((r) => cellOf(table, r, 'name').trim());
  const wraps = names.some((n) => n === 'data' || n.startsWith('meta.') || n.startsWith('data.') || n.startsWith('data[].'));
  if (!wraps) {
    const fields = fieldsFromTable(ctx, table);
    out.tableFields = unionFields(out.tableFields, fields);
    if (fields[0]) out.typeSource ??= fields[0].source;
    return;
  }
  for (const row of table.rows) {
    const name = cellOf(table, row, 'name').trim();
    const type = cellOf(table, row, 'type').trim().toLowerCase();
    if (name === 'data') {
      out.dataIsArray ||= /array|\[\]/.test(type);
      out.dataIsObject ||= /^object$/.test(type);
      out.dataSource = prov(ctx, row.line, 'read', 'table');
    } else if (name === 'meta.total') {
      out.totalField = { value: 'meta.total', source: prov(ctx, row.line, 'read', 'table') };
    }
  }
  // `data.title` / `data[].title` rows describe the record itself.
  const inner: VibeTable = {
    ...table,
    rows: table.rows
      .filter((r) => /^data(\[\])?\./.test(cellOf(table, r, 'name').trim()))
      .map((r) => ({ ...r, cells: r.cells.map((c, i) => (table.roles[i] === 'name' ? c.trim().replace(/^data(\[\])?\./, '') : c)) })),
  };
  const fields = fieldsFromTable(ctx, inner);
  out.tableFields = unionFields(out.tableFields, fields);
  if (fields[0]) out.typeSource ??= fields[0].source;
}

/** The operation's result: the entity record, a list of them, the field map, or what the example shows. */
function resultFor(ctx: PageContext, op: OperationShape, r: ResponseFacts, typeName: string | null, kind: MethodKind) {
  const ref: TypeRef | null = typeName ? { kind: 'ref', name: typeName } : null;
  if (op.kind === 'fields') {
    return {
      type: { kind: 'map', values: { kind: 'scalar', name: 'unknown' }, keys: 'string' } as TypeRef,
      source: prov(ctx, kind.verbLine.no, 'inferred', 'operation-kind'),
    };
  }
  if (ref && r.dataSource) {
    if ((op.kind === 'list' || op.kind === 'search') && r.dataIsArray) return { type: { kind: 'array', items: ref } as TypeRef, source: r.dataSource };
    if (op.kind !== 'list' && op.kind !== 'search' && op.kind !== 'delete' && r.dataIsObject) return { type: ref, source: r.dataSource };
  }
  if (r.exampleData) {
    return {
      type: inferJsonType(r.exampleData.value, 'result', { source: prov(ctx, r.exampleData.line, 'inferred', 'response-example') }),
      source: prov(ctx, r.exampleData.line, 'inferred', 'response-example'),
    };
  }
  return null;
}

function refersTo(type: TypeRef | undefined, name: string): boolean {
  if (!type) return false;
  if (type.kind === 'ref') return type.name === name;
  if (type.kind === 'array') return refersTo(type.items, name);
  return false;
}

function paramAsField(p: Param): EntityField {
  return { name: p.name, type: p.type, ...(p.description ? { description: p.description } : {}), source: p.source };
}

/** Errors: the errors table, the error example, then "returns 400 CODE" prose outside code snippets. */
function readErrors(ctx: PageContext, doc: VibeDoc, roles: SectionRole[], errorExamples: Example[]): ErrorEntry[] {
  const tableErrors = doc.sections
    .filter((_, i) => roles[i] === 'errors')
    .flatMap((s) =>
      readTables(s.body)
        .filter(isErrorTable)
        .flatMap((t) => errorsFromTable(ctx, t)),
    );
  const exampleErrors = errorExamples.map((e) => errorFromExample(ctx, e.json, e.status, e.source.line ?? 1)).filter((e): e is ErrorEntry => !!e);
  // Errors named in the lead, the parameter rows and the errors section concern this operation; a
  // response-field description ("on input … returns 400 …") describes other operations' input.
  const proseRoles = new Set<SectionRole>(['params', 'errors', 'other']);
  const proseLines = [...doc.preamble, ...doc.sections.filter((_, i) => i === 0 || proseRoles.has(roles[i]!)).flatMap((s) => s.body)];
  return mergeErrors(tableErrors, exampleErrors, errorsFromProse(ctx, proseLines));
}

/**
 * A param whose description points at "the table below" (batch `calls`) gets that table's rows as the
 * fields of its items; the nested table sits under its own heading ("Fields of a single call").
 */
function attachNestedTables(ctx: PageContext, doc: VibeDoc, roles: SectionRole[], params: Param[]): void {
  const pointing = params.filter((p) => /\btable below\b/i.test(p.description ?? '') && p.source.line);
  for (const p of pointing) {
    const section = doc.sections.find((s, i) => roles[i] === 'other' && s.line > (p.source.line ?? 0) && readTables(s.body).some(isParamTable));
    const table = section ? readTables(section.body).find(isParamTable) : undefined;
    if (!table) continue;
    const fields: Field[] = paramsFromTable(ctx, table, 'body').map((q) => ({
      id: fieldId(p.type.kind === 'array' ? itemsPath(p.name) : p.name, q.name),
      name: q.name,
      type: q.type,
      required: q.required,
      ...(q.description ? { description: q.description } : {}),
      ...(q.default !== undefined ? { default: q.default } : {}),
      source: q.source,
    }));
    const obj: TypeRef = { kind: 'object', fields };
    p.type = p.type.kind === 'array' ? { kind: 'array', items: obj } : obj;
  }
}

/** Names listed under "See also". */
function seeAlso(sections: Section[]): string[] {
  return sections.flatMap((s) => nonEmpty(s.body).map((l) => l.text.replace(/^[-•*]\s*/, ''))).filter(Boolean);
}
