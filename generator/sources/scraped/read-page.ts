/**
 * The scraped-text reader: one flattened apidocs page in, one REST method spec out. It reads what the
 * scrape kept (names, markers, prose, headings, row wording) and infers what it lost (types, from the
 * JSON examples), marking every fact as read or inferred. It never throws: problems become warnings.
 */
import { sha256 } from '../../core/hash.ts';
import { exampleId, restMethodId } from '../../spec/ids.ts';
import { SPEC_VERSION, type Example, type MethodSpec } from '../../spec/schema.ts';
import type { ReaderOutput, SourcePage } from '../types.ts';
import { guardReader } from '../common/guard.ts';
import { readDeprecation } from './deprecation.ts';
import { readErrors } from './errors.ts';
import { codeSamples, curlSamples, jsonBlockIn, jsonExample, requestExample, type JsonBlock } from './examples.ts';
import { readIntro, readScopeAccess } from './header.ts';
import { lineOf, lineText, toPageText, type PageText } from './lines.ts';
import { isListMethod, readListSemantics } from './list-semantics.ts';
import { extractShapes, type ShapeTypes } from './known-shapes.ts';
import { exampleCalls, methodTokens, resolveMethodName, titleLine } from './method-name.ts';
import { createNotes, type Notes } from './notes.ts';
import { buildParams } from './params.ts';
import { buildResult } from './result.ts';
import { findLine, outline, SUB_HEADINGS, type Outline } from './sections.ts';
import { readSeeAlso } from './see-also.ts';
import { docFieldsOf, groupStructures, type DocField } from './structures.ts';
import { columnIndex, linesAfter, readTables, type FlatTable } from './tables.ts';

/** Read one scraped apidocs page into a REST method spec; never throws. */
export function readScrapedPage(page: SourcePage): ReaderOutput {
  const file = typeof page?.path === 'string' ? page.path : '';
  return guardReader('scraped-text', file, () => readPage(file, typeof page?.text === 'string' ? page.text : ''));
}

function readPage(file: string, raw: string): ReaderOutput {
  const notes = createNotes(file);
  const page = toPageText(raw);
  const shape = outline(page);
  const end = page.lines.length + 1;
  const title = titleLine(page);

  const examples = shape.sections.examples;
  const calls = exampleCalls(page, examples?.start ?? 1, examples?.end ?? end);
  const name = resolveMethodName(title, calls, notes);
  if (!title || !name) {
    if (raw.trim().length === 0) notes.warn('empty-page', 'The page is empty');
    else notes.warn('no-method-name', 'Neither the title nor the examples name a REST method', title?.line);
    return { specs: [], warnings: [...notes.warnings], skipped: 'no REST method name on the page' };
  }
  const method = name.name;
  notes.fact('method', notes.at(name.line, name.how, name.evidence));
  notes.fact('title', notes.at(title.line, 'read', 'title'));
  const restVersion: '1' | '3' = /\/rest\/api\/|belongs to REST 3\.0/i.test(page.text) ? '3' : '1';
  if (restVersion === '3') notes.fact('restVersion', notes.at(findLine(page, 1, end, /\/rest\/api\/|REST 3\.0/i), 'inferred', 'rest-v3-url'));

  // Header: scope, access, deprecation, intro.
  const headerFrom = title.line + 1;
  const scopeAccess = readScopeAccess(page, headerFrom, shape.headerEnd, notes);
  if (scopeAccess.scopeSource) notes.fact('scope', scopeAccess.scopeSource);
  if (scopeAccess.accessSource) notes.fact('access', scopeAccess.accessSource);
  const dep = readDeprecation(page, headerFrom, shape.headerEnd, name.title, title.line, notes);
  notes.fact('deprecated', dep.deprecated === false ? notes.at(undefined, 'inferred', 'no-deprecation-note') : dep.deprecated.source);

  // Params.
  const legendLine = findLine(page, 1, end, SUB_HEADINGS.legend);
  const samples = examples ? [...curlSamples(page, examples.start, examples.end, notes), ...codeSamples(page, examples.start, examples.end, method)] : [];
  const paramSection = shape.sections.params;
  const headerTables = readTables(page, headerFrom, shape.headerEnd, notes).filter(isNameTable);
  const paramTables = paramSection ? readTables(page, paramSection.start, paramSection.end, notes) : headerTables;
  const mainTable = paramTables.find(isNameTable);
  if (!paramSection && mainTable) notes.warn('params-table-in-intro', 'The params table sits in the intro, with no params heading', mainTable.start);
  const shapes: ShapeTypes = new Map();
  const params = (
    mainTable
      ? buildParams(
          page,
          mainTable,
          paramTables.filter((t) => t !== mainTable && t.start > mainTable.start),
          legendLine,
          samples,
          notes,
        )
      : []
  ).map(
    // A crm_multifield inside `fields` is the same shared type the response uses.
    (p) => ({ ...p, type: extractShapes(p.type, shapes, notes.facts[`${p.id}.type`] ?? p.source) }),
  );
  const paramsDocumented = documentedParams(page, shape, mainTable, notes);

  const skip = new Set<number>([...scopeAccess.lines, ...dep.lines, ...headerTables.flatMap((t) => range(t.start, t.end))]);
  const intro = readIntro(page, headerFrom, shape.headerEnd, skip);
  if (intro.line !== undefined) notes.fact('description', notes.at(intro.line, 'read', 'intro'));

  // Response.
  const response = readResponse(page, shape, notes);
  const isList = isListMethod(page, { method, params, bodyFrom: headerFrom, bodyTo: end });
  const built = buildResult(
    page,
    { method, isList, block: response.block, resultRow: response.resultRow, structures: response.structures, trailing: response.trailing, shapes },
    notes,
  );

  // Errors.
  const errs = readErrors(page, shape.sections.errors, notes);
  if (errs.systemBlockLine !== undefined) notes.fact('systemErrors', notes.at(errs.systemBlockLine, 'read', 'system-error-wording'));

  const list = isList
    ? readListSemantics(
        page,
        {
          method,
          nameLine: name.line,
          params,
          samples,
          envelopeRows: response.envelopeRows,
          responseKeys: topKeys(page, response.block),
          mentions: mentions(page),
          bodyFrom: headerFrom,
          bodyTo: end,
        },
        notes,
      )
    : null;

  const exampleList: Example[] = [];
  const curl = samples.filter((s) => s.language === 'curl');
  (curl.length > 0 ? curl : samples).forEach((s, i) => exampleList.push(requestExample(s, i + 1, notes)));
  if (response.block) exampleList.push(jsonExample(response.block, 'response', exampleId('response', 1), notes));
  if (errs.example) exampleList.push(jsonExample(errs.example, 'error', exampleId('error', 1), notes));

  const seeAlso = readSeeAlso(page, shape.sections.continue, method, notes);
  const truncated = [response.block, errs.example].some((b) => b !== undefined && !b.complete) || samples.some((s) => !s.complete);

  const spec: MethodSpec = {
    specVersion: SPEC_VERSION,
    id: restMethodId(method, restVersion),
    api: 'rest',
    method,
    restVersion,
    title: name.title,
    description: intro.text,
    scope: scopeAccess.scope,
    access: scopeAccess.access,
    deprecated: dep.deprecated,
    params,
    alternatives: [],
    paramsDocumented,
    result: built.result,
    types: built.types,
    errors: errs.errors,
    systemErrors: errs.systemBlockLine !== undefined ? 'rest' : null,
    list,
    examples: exampleList,
    seeAlso,
    facts: { ...notes.facts },
    sources: [
      {
        path: file,
        reader: 'scraped-text',
        sha256: sha256(raw),
        ...(truncated ? { truncated: true } : {}),
      },
    ],
    warnings: [...notes.warnings],
  };
  return { specs: [spec], warnings: [...notes.warnings] };
}

/** A table whose header (or, header-less, whose shape) makes it a Name/Description table. */
function isNameTable(t: FlatTable): boolean {
  if (!t.header) return (t.rows[0]?.cells.length ?? 0) >= 2;
  return columnIndex(t, /^(?:name|parameter|field|key)$/i) >= 0;
}

/** 'table' with a params table, 'none' when the page says "No parameters.", else 'missing'. */
function documentedParams(page: PageText, shape: Outline, main: FlatTable | undefined, notes: Notes): MethodSpec['paramsDocumented'] {
  const section = shape.sections.params;
  if (main) {
    notes.fact('paramsDocumented', notes.at(section?.line ?? main.start, 'read', 'params-table'));
    return 'table';
  }
  const noParams = findLine(page, 2, shape.sections.examples?.line ?? page.lines.length + 1, SUB_HEADINGS.noParams);
  if (noParams !== undefined) {
    notes.fact('paramsDocumented', notes.at(noParams, 'read', 'no-parameters-line'));
    return 'none';
  }
  notes.warn('no-params-table', section ? 'The params section holds no table' : 'The page has no params section', section?.line);
  return 'missing';
}

interface ResponseRead {
  block: JsonBlock | undefined;
  resultRow: DocField | undefined;
  envelopeRows: Map<string, number>;
  structures: ReturnType<typeof groupStructures>;
  trailing: ReturnType<typeof linesAfter>;
}

/** Envelope row names of Returned Data: the response wrapper, not the entity. */
const ENVELOPE = new Set(['result', 'time', 'total', 'next']);

/** The response example, the Returned Data envelope and the structure tables after it. */
function readResponse(page: PageText, shape: Outline, notes: Notes): ResponseRead {
  const section = shape.sections.response;
  const empty: ResponseRead = { block: undefined, resultRow: undefined, envelopeRows: new Map(), structures: [], trailing: [] };
  if (!section) {
    notes.warn('no-response-section', 'The page has no response section');
    return empty;
  }
  const returned = SUB_HEADINGS.returned.test(section.heading) ? section.line : findLine(page, section.start, section.end, SUB_HEADINGS.returned);
  const jsonTo = returned !== undefined && returned > section.line ? returned : section.end;
  const block = jsonBlockIn(page, section.start, jsonTo, notes);
  if (!block) notes.warn('no-response-example', 'The response section shows no JSON example', section.line);
  const tablesFrom = returned !== undefined ? returned + 1 : (block?.endLine ?? section.start - 1) + 1;
  const tables = readTables(page, tablesFrom, section.end, notes).filter((t) => !block || t.start > block.endLine || t.end < block.line);
  const first = tables[0];
  // A probe: its warnings go to a scratch notebook, since groupStructures reads the table again when it is no envelope.
  const firstDocs = first ? docFieldsOf(first, { deprecated: false }, createNotes(notes.file)) : [];
  const isEnvelope = firstDocs.length > 0 && firstDocs.every((d) => ENVELOPE.has(d.name.toLowerCase()));
  const envelopeRows = new Map<string, number>();
  if (isEnvelope) for (const d of firstDocs) envelopeRows.set(d.name.toLowerCase(), d.line);
  return {
    block,
    resultRow: isEnvelope ? firstDocs.find((d) => d.name.toLowerCase() === 'result') : undefined,
    envelopeRows,
    structures: groupStructures(isEnvelope ? tables.slice(1) : tables, notes),
    trailing: linesAfter(page, tables, tablesFrom, section.end),
  };
}

/** Top-level keys of the response example ("total", "next"), with their lines. */
function topKeys(page: PageText, block: JsonBlock | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (block?.node.kind === 'object') for (const e of block.node.entries) out.set(e.key.toLowerCase(), lineOf(page, e.keyOffset));
  return out;
}

/** Every dotted method name on the page, with the first line it appears on. */
function mentions(page: PageText): Map<string, number> {
  const out = new Map<string, number>();
  page.lines.forEach((_, i) => {
    for (const t of methodTokens(lineText(page, i + 1))) if (!out.has(t)) out.set(t, i + 1);
  });
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n <= to; n++) out.push(n);
  return out;
}
