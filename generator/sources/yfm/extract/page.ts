/** readYfmPage: one YFM page in, method specs (or a skip reason) out. Never throws. */
import { sha256 } from '../../../core/hash.ts';
import { alternativeId, itemsPath, restMethodId, withFieldIds } from '../../../spec/ids.ts';
import {
  SPEC_VERSION,
  type Alternative,
  type Example,
  type MethodSpec,
  type Param,
  type Provenance,
  type TypeRef,
  type Warning,
} from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import type { FieldPage, ReaderOutput, SourcePage } from '../../types.ts';
import { guardReader } from '../../common/guard.ts';
import { readSystemErrorCatalogue, SYSTEM_ERRORS_INCLUDE } from './system-errors.ts';
import { readTypeCatalogue } from '../types/catalogue.ts';
import { readFieldPage } from '../types/field-page.ts';
import { CATALOGUE_PAGES } from '../types/vocab.ts';
import { classifyPage, hasMethodSkeleton } from './classify.ts';
import type { AlternativeGroup } from './alternatives.ts';
import { readDeprecation } from './deprecation.ts';
import { readErrors } from './errors.ts';
import { calledMethods, readExamples } from './examples.ts';
import { detectRestVersion, identifyMethod } from './identity.ts';
import { readListSemantics } from './list.ts';
import { REST_V3_OVERVIEW, v3OperatorsFromOverview } from './v3-filter.ts';
import { flattenBlocks, includeName, lineOf, textOf, walk } from './md.ts';
import { indexHeadings, PageTypes } from './nested-types.ts';
import type { AnyNode, YfmInclude, YfmNote } from './nodes.ts';
import { readParams } from './params.ts';
import { parsePage } from './parser.ts';
import { readResult, resultByConvention } from './result.ts';
import { RESULT_LIKE, resultLikeOf } from './result-like.ts';
import { isDeprecationText } from './deprecation.ts';
import { humanTitle, readAccess, readDescription, readScope } from './meta.ts';
import { outlinePage, sectionByRole, type Outline } from './sections.ts';
import { readSeeAlso } from './see-also.ts';

export interface PageContext {
  /** Read a file of the corpus by corpus-relative path; undefined when it does not exist. */
  readFile: (corpusRelativePath: string) => string | undefined;
}

/** Read one YFM page (never throws: failures become a `reader-error` warning and a skip). */
export function readYfmPage(page: SourcePage, ctx: PageContext): ReaderOutput {
  return guardReader('YFM', page.path, () => readPageUnsafe(page, ctx));
}

function readPageUnsafe(page: SourcePage, ctx: PageContext): ReaderOutput {
  const path = page.path;
  const parsed = parsePage(page.text, path, ctx.readFile);
  const pageWarnings: Warning[] = parsed.warnings.map((w) => ({ code: w.code, message: w.message, file: w.file, ...(w.line ? { line: w.line } : {}) }));
  const outline = outlinePage(parsed.tree);
  const kind = classifyPage(path, outline);

  if (kind === 'data-types') {
    const catalogueId = CATALOGUE_PAGES[path.replace(/^\.?\//, '')];
    const typeCatalogues = catalogueId ? [readTypeCatalogue(parsed.tree, path, catalogueId, pageWarnings)] : [];
    return { specs: [], warnings: pageWarnings, typeCatalogues, skipped: 'data-types' };
  }
  if (kind === 'include' && path === SYSTEM_ERRORS_INCLUDE) {
    // The shared REST system errors every method page refers to: a catalogue, not a method.
    const errorCatalogues = [readSystemErrorCatalogue(parsed.tree.children as unknown as AnyNode[], path)];
    return { specs: [], warnings: pageWarnings, errorCatalogues, skipped: kind };
  }
  if (kind === 'overview' && path.startsWith('api-reference/')) {
    // An overview can document an entity's fields under a heading that method pages link (`index.md#fields`).
    const fieldPage = readFieldPage(parsed.tree, path, []);
    return { specs: [], warnings: pageWarnings, skipped: kind, ...(fieldPage ? { fieldPage } : {}) };
  }
  if (kind === 'include' || kind === 'event' || kind === 'overview' || kind === 'placement' || kind === 'js-sdk' || kind === 'guide') {
    return { specs: [], warnings: pageWarnings, skipped: kind };
  }

  const top = parsed.tree.children as unknown as AnyNode[];
  const examplesSection = sectionByRole(outline, 'examples');
  const calls = calledMethods(examplesSection ? examplesSection.blocks : top);
  const pageText = page.text;
  const restVersion = detectRestVersion(path, outline.intro, pageText);

  if (kind === 'other' && !hasMethodSkeleton(outline)) {
    // A field reference page ("Task Fields"): its tables are what method pages link for a result's structure. Its
    // rows' reading notes are not the page's problems (most such pages are guides): a spec that adopts a structure
    // keeps each field's own provenance instead.
    const fieldPage = readFieldPage(parsed.tree, path, []);
    return { specs: [], warnings: pageWarnings, skipped: 'other', ...(fieldPage ? { fieldPage } : {}) };
  }
  const identity = identifyMethod({ path, titleMd: outline.titleMd, intro: outline.intro, all: top, calls, restVersion });
  if (identity.names.length === 0) {
    if (kind === 'method')
      pageWarnings.push({
        code: 'no-method-name',
        message: `no method name found in "${outline.title}"`,
        file: path,
        ...(lineOf(outline.h1) ? { line: lineOf(outline.h1) as number } : {}),
      });
    return { specs: [], warnings: pageWarnings, skipped: kind === 'method' ? 'no-method-name' : 'other' };
  }
  const h1Line = lineOf(outline.h1);
  for (const w of identity.warnings) pageWarnings.push({ code: w.code, message: w.message, file: path, ...(h1Line ? { line: h1Line } : {}) });

  const built = buildSpecs(page, ctx, outline, top, identity, pageWarnings);
  const specs = built.specs;
  // A method page's warnings travel inside its specs.
  return { specs, warnings: [], ...(specs.length === 0 ? { skipped: 'no-method-name' } : {}), ...(built.fieldPage ? { fieldPage: built.fieldPage } : {}) };
}

function hasInclude(nodes: readonly AnyNode[], name: string): boolean {
  return flattenBlocks(nodes).some((b) => b.node.type === 'yfmInclude' && includeName(b.node as YfmInclude) === name);
}

function buildSpecs(
  page: SourcePage,
  ctx: PageContext,
  outline: Outline,
  top: AnyNode[],
  identity: ReturnType<typeof identifyMethod>,
  pageWarnings: Warning[],
): { specs: MethodSpec[]; fieldPage: FieldPage | null } {
  const path = page.path;
  const warnings: Warning[] = [...pageWarnings];
  const warn = (code: string, message: string, line?: number, file?: string) => warnings.push({ code, message, file: file ?? path, ...(line ? { line } : {}) });
  const flat = flattenBlocks(top);
  const headings = indexHeadings(flat);
  const requiredLegend = hasInclude(top, 'required.md');
  const responseSection = sectionByRole(outline, 'response');
  const errorsSection = sectionByRole(outline, 'errors');
  const errorNodes = outline.sections.filter((s) => s.role === 'errors').flatMap((s) => s.blocks);
  const examples = readExamples(
    {
      examples: outline.sections.filter((s) => s.role === 'examples').flatMap((s) => s.blocks),
      response: responseSection?.blocks ?? [],
      errors: errorNodes,
    },
    path,
  );
  const exampleValue = exampleLookup(examples);
  const exampleKinds = requestKinds(examples);
  // Dangling anchors are reported once per page by the link scan below, not again by the resolver.
  const types = new PageTypes(
    flat,
    headings,
    { pagePath: path, requiredLegend, warn: (c, m, l) => warn(c, m, l), exampleValue, exampleKinds },
    () => undefined,
  );

  // Every same-page anchor link must land on a heading (72 dangling ones are known, many Russian slugs).
  const danglingSeen = new Set<string>();
  for (const b of flat) {
    if (b.include) continue;
    walk(b.node, (n) => {
      const url = (n as { url?: unknown }).url;
      if (n.type !== 'link' || typeof url !== 'string' || !url.startsWith('#') || url.length < 2) return;
      const anchor = url.slice(1);
      if (danglingSeen.has(anchor) || types.findAnchor(anchor)) return;
      danglingSeen.add(anchor);
      warn('dangling-anchor', `#${anchor} matches no heading on the page`, lineOf(n));
    });
  }
  const paramsSection = sectionByRole(outline, 'params');
  const params = readParams(paramsSection, outline.intro, types);
  for (const w of params.warnings) warn(w.code, w.message, w.line);
  const errors = readErrors(errorNodes, path);
  const systemErrors = errors.systemErrors || hasInclude(top, 'system-errors.md');
  if (!errorsSection) warn('no-errors-section', 'the page has no error section');

  // Pages without a response section often show the success JSON among the examples.
  const exampleResponses = responseSection
    ? examples
    : [
        ...examples,
        ...readExamples(
          { examples: [], response: outline.sections.filter((s) => s.role === 'examples' || s.role === 'other').flatMap((s) => s.blocks), errors: [] },
          path,
        ),
      ];
  const result = readResult(
    outline.sections.filter((s) => s.role === 'response'),
    types,
    path,
    { page: flat, examples: exampleResponses },
  );
  if (result.warning) warn(result.warning.code, result.warning.message, result.warning.line);
  const deprecationNodes = [...outline.intro, ...top.filter((n) => n.type === 'yfmNote' && isDeprecationText((n as YfmNote).title, ''))];
  const deprecated = readDeprecation({
    intro: deprecationNodes,
    title: outline.title,
    pagePath: path,
    self: identity.names,
    ...(lineOf(outline.h1) ? { h1Line: lineOf(outline.h1) as number } : {}),
  });
  const scope = readScope(outline.intro);
  const access = readAccess(outline.intro);
  if (scope.scopes.length === 0) warn('no-scope', 'the page gives no Scope line');
  if (!access) warn('no-access', 'the page gives no "Who can execute" line');
  const description = readDescription(outline.intro);
  const continueNodes = outline.sections.filter((s) => s.role === 'continue').flatMap((s) => s.blocks);
  const seeAlso = readSeeAlso(continueNodes, path, ctx.readFile, identity.names);
  const source = { path, reader: 'yfm-markdown' as const, sha256: sha256(page.text) };
  const h1Line = lineOf(outline.h1);
  const at = (line: number | undefined, evidence: string, how: 'read' | 'inferred' = 'read'): Provenance => ({
    file: path,
    ...(line ? { line } : {}),
    how,
    evidence,
  });

  const namedTypes = [...types.types.values()].map((t) => ({ ...t, type: withFieldIds(t.type, t.name) })).sort((a, b) => compareStrings(a.name, b.name));
  const resultOut = result.result ? { ...result.result, type: withFieldIds(result.result.type, 'result') } : null;
  const pageTextAll = textOf({ type: 'root', children: outline.sections.filter((s) => s.role === 'params').flatMap((s) => s.blocks) });

  // A REST 3.0 filter cell that lists no operators takes the overview's table (the one page every v3 filter refers to).
  const overviewText = identity.restVersion === '3' ? ctx.readFile(REST_V3_OVERVIEW) : undefined;
  const overviewOps = overviewText === undefined ? undefined : v3OperatorsFromOverview(overviewText);
  // Only a REST 3.0 filter cell's operators are looked up by line (list.ts).
  const pageLines = identity.restVersion === '3' ? page.text.split(/\r?\n/) : undefined;

  // A response section that only says the result is like another method's (no table, no example).
  const likeMethod = resultOut ? null : resultLikeOf(responseSection?.blocks ?? []);
  const alternatives = specAlternatives(params.params, params.alternatives ?? [], types);
  const specs: MethodSpec[] = [];
  for (const name of identity.names) {
    const list = readListSemantics({
      method: name,
      restVersion: identity.restVersion,
      params: params.params,
      pageText: pageTextAll,
      pagePath: path,
      resultFieldNames: result.rowNames,
      pageLines,
      v3Overview: overviewOps ? { ...overviewOps, file: REST_V3_OVERVIEW } : undefined,
    });
    const specWarnings = [...warnings, ...list.warnings.map((w) => ({ ...w, file: path }))];
    let specResult = resultOut;
    if (!specResult && likeMethod) {
      // "Returns a result similar to [rpa.item.get]": the link stage takes that method's result; until then, or
      // when no spec of that method exists, the verb's convention (or any) stands in.
      specResult = {
        type: resultByConvention(name) ?? { kind: 'scalar', name: 'any' },
        source: { file: path, ...(likeMethod.line ? { line: likeMethod.line } : {}), how: 'inferred', evidence: `${RESULT_LIKE}${likeMethod.method}` },
      };
    }
    if (!specResult) {
      const conv = resultByConvention(name);
      if (conv) {
        specResult = { type: conv, source: { file: path, ...(h1Line ? { line: h1Line } : {}), how: 'inferred', evidence: 'method-verb-convention' } };
        specWarnings.push({
          code: 'result-by-convention',
          message: `no documented result; ${name.split('.').pop()} → ${conv.kind === 'scalar' ? conv.name : conv.kind} by REST convention`,
          file: path,
          ...(h1Line ? { line: h1Line } : {}),
        });
      }
    }
    const facts: Record<string, Provenance> = {
      method: at(
        h1Line,
        identity.how === 'h1' ? 'h1' : identity.how === 'examples' ? 'example-calls' : identity.how,
        identity.how === 'h1' ? 'read' : 'inferred',
      ),
      title: at(h1Line, 'h1'),
    };
    if (scope.scopes.length) facts['scope'] = at(scope.line, 'scope-line');
    if (access) facts['access'] = at(access.line, 'who-can-line');
    if (deprecated) facts['deprecated'] = deprecated.source;
    if (specResult) facts['result'] = specResult.source;
    if (list.list) facts['list'] = list.list.source;
    if (list.list?.filter && list.operatorsSource) facts['list.filter.operators'] = list.operatorsSource;
    facts['params'] = at(
      params.line ?? paramsSection?.line,
      params.documented === 'table' ? 'table' : params.documented === 'none' ? 'no-parameters-prose' : 'no-params-section',
      params.documented === 'missing' ? 'inferred' : 'read',
    );
    if (identity.restVersion === '3') facts['restVersion'] = at(undefined, 'rest-v3-note');
    for (const [id, line] of errors.statusLines) facts[`${id}.status`] = at(line, 'http-status-prose');
    const spec: MethodSpec = {
      specVersion: SPEC_VERSION,
      id: restMethodId(name, identity.restVersion),
      api: 'rest',
      method: name,
      ...(identity.restVersion === '3' ? { restVersion: '3' as const } : {}),
      title: humanTitle(outline.title, identity.names),
      description,
      scope: scope.scopes,
      access: access?.value ?? null,
      deprecated,
      params: params.params,
      alternatives,
      paramsDocumented: params.documented,
      result: specResult,
      types: namedTypes,
      errors: errors.errors,
      systemErrors: systemErrors ? 'rest' : null,
      list: list.list,
      examples,
      seeAlso,
      facts,
      sources: [source],
      warnings: dedupeWarnings(specWarnings),
    };
    specs.push(spec);
  }
  // Other pages link this one's anchored structures (`crm-category-add.md#category`, `crm-activity-fields.md#all-fields`)
  // for theirs, also those the page itself never links: read after the specs took their types, so theirs do not change.
  for (const h of headings) if (h.depth >= 2 && h.anchor) types.resolveHeading(h, 'field', /^[A-Za-z_]\w*$/.test(h.anchor) ? h.anchor : types.nameOf(h));
  const anchors = types.anchoredTypes();
  const linkable = [...types.types.values()].map((t) => ({ ...t, type: withFieldIds(t.type, t.name) })).sort((a, b) => compareStrings(a.name, b.name));
  const fieldPage = Object.keys(anchors).length > 0 ? { path, types: linkable, anchors, root: null } : null;
  return { specs, fieldPage };
}

/**
 * The spec's alternative groups: those among the top-level params, and those among the fields of a named
 * type reached from a param through object fields and array items (`fields` → `company` →
 * "fields.company.uuid|fields.company.crmId"), as param paths. A type reached twice is walked once.
 */
function specAlternatives(params: readonly Param[], top: readonly AlternativeGroup[], types: PageTypes): Alternative[] {
  const out = new Map<string, Alternative>();
  const push = (g: AlternativeGroup, paths: string[]) => {
    const id = alternativeId(paths);
    if (out.has(id)) return;
    const evidence = g.from === 'row' ? 'alternatives-row' : g.from === 'prose' ? 'alternatives-prose' : 'call-variants';
    const how = g.from === 'variants' ? 'inferred' : 'read';
    out.set(id, { id, params: paths, source: { file: g.file, ...(g.line ? { line: g.line } : {}), how, evidence } });
  };
  for (const g of top) push(g, g.names);
  const walked = new Set<string>();
  const walk = (t: TypeRef, path: string): void => {
    if (t.kind === 'array') return walk(t.items, itemsPath(path));
    if (t.kind === 'object') {
      for (const f of t.fields) walk(f.type, `${path}.${f.name}`);
      return;
    }
    if (t.kind !== 'ref' || t.shared || walked.has(t.name)) return;
    walked.add(t.name);
    for (const g of types.alternatives.get(t.name) ?? [])
      push(
        g,
        g.names.map((n) => `${path}.${n}`),
      );
    const named = types.types.get(t.name);
    if (named) walk(named.type, path);
  };
  for (const p of params) walk(p.type, p.name);
  return [...out.values()];
}

/** Key → first value shown by the request (params) and response (fields) JSON examples, at any depth. */
function exampleLookup(examples: readonly Example[]): (name: string, position: 'param' | 'field') => unknown {
  const maps = { param: new Map<string, unknown>(), field: new Map<string, unknown>() };
  const walkJson = (v: unknown, into: Map<string, unknown>, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 3)) walkJson(x, into, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const key = k.toLowerCase();
      if (!into.has(key) && x !== null) into.set(key, x);
      walkJson(x, into, depth + 1);
    }
  };
  for (const e of examples) {
    if (e.json === undefined) continue;
    if (e.kind === 'request') walkJson(e.json, maps.param, 0);
    else if (e.kind === 'response' && e.json && typeof e.json === 'object') walkJson((e.json as Record<string, unknown>)['result'], maps.field, 0);
  }
  return (name, position) => maps[position].get(name.toLowerCase());
}

/**
 * Key → the JSON kinds ('array', 'object', 'scalar') the request examples send under that key, at any depth.
 * All of them, not the first: a nested `fields` list and the top-level `fields` object share a name.
 */
function requestKinds(examples: readonly Example[]): (name: string) => ReadonlySet<string> {
  const kinds = new Map<string, Set<string>>();
  const visit = (v: unknown, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v.slice(0, 3)) visit(x, depth + 1);
      return;
    }
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x !== null && x !== undefined) {
        const key = k.toLowerCase();
        const set = kinds.get(key) ?? new Set<string>();
        set.add(Array.isArray(x) ? 'array' : typeof x === 'object' ? 'object' : 'scalar');
        kinds.set(key, set);
      }
      visit(x, depth + 1);
    }
  };
  for (const e of examples) if (e.kind === 'request' && e.json !== undefined) visit(e.json, 0);
  const none: ReadonlySet<string> = new Set();
  return (name) => kinds.get(name.toLowerCase()) ?? none;
}

function dedupeWarnings(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const w of ws) {
    const k = `${w.code}|${w.file}|${w.line ?? ''}|${w.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(w);
  }
  return out.sort(
    (a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message),
  );
}
