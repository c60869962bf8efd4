/**
 * readYfmCorpus: the one function that does I/O. It reads every `.md` file under the root, runs the
 * per-page reader, then the corpus-level passes: duplicate ids, list entities, shared-type checks,
 * the REST system-error catalogue, and schema validation of every spec.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SPEC_VERSION, MethodSpec, type ErrorCatalogue, type NamedType, type TypeCatalogue, type TypeRef, type Warning } from '../../../spec/schema.ts';
import { compareStrings } from '../../../spec/serialize.ts';
import { readSystemErrorTable } from './errors.ts';
import { isListMethodName } from './list.ts';
import { customFieldPattern } from './patterns.ts';
import { choosePlan, namedInProse, planFromExample, planFromType, replaceInline, type EntityPlan, type RefResolver } from './list-entity.ts';
import { readYfmPageWithStats, type PageContext } from './page.ts';
import { withFieldIds } from '../../../spec/ids.ts';
import { parsePage } from './parser.ts';
import { typeFieldReferences } from '../types/field-refs.ts';
import { mapTypeLeaves } from '../../../spec/type-walk.ts';

export const SYSTEM_ERRORS_INCLUDE = '_includes/system-errors.md';

export interface CorpusResult {
  specs: MethodSpec[];
  warnings: Warning[];
  errorCatalogues: ErrorCatalogue[];
  typeCatalogues: TypeCatalogue[];
  pages: Array<{ path: string; kind: string; methods: string[]; skipped?: string }>;
}

/** Read `_includes/system-errors.md` into the shared REST system-error catalogue ('rest-system-errors'). */
export function readSystemErrorCatalogue(ctx: PageContext): ErrorCatalogue {
  const text = ctx.readFile(SYSTEM_ERRORS_INCLUDE) ?? '';
  const parsed = parsePage(text, SYSTEM_ERRORS_INCLUDE, ctx.readFile);
  const errors = readSystemErrorTable(parsed.tree.children as never, SYSTEM_ERRORS_INCLUDE);
  return { specVersion: SPEC_VERSION, id: 'rest-system-errors', api: 'rest', errors: errors.sort((a, b) => compareStrings(a.id, b.id)) };
}

function listMarkdown(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && e.name.endsWith('.md')) out.push(relative(root, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort(compareStrings);
}

/** Read the whole corpus: every page through the reader, then the corpus passes. */
export function readYfmCorpus(root: string, opts: { onProgress?(done: number, total: number): void } = {}): CorpusResult {
  const files = listMarkdown(root);
  const texts = new Map<string, string>();
  for (const f of files) {
    try {
      texts.set(f, readFileSync(join(root, f), 'utf8'));
    } catch {
      /* unreadable files are reported as skipped below */
    }
  }
  const ctx: PageContext = { readFile: (p) => texts.get(p.replace(/^\.?\//, '')) };
  const warnings: Warning[] = [];
  const pages: CorpusResult['pages'] = [];
  let specs: MethodSpec[] = [];
  const typeCatalogues: TypeCatalogue[] = [];
  files.forEach((path, i) => {
    const text = texts.get(path);
    if (text === undefined) {
      pages.push({ path, kind: 'unreadable', methods: [], skipped: 'unreadable' });
      return;
    }
    const { output, stats } = readYfmPageWithStats({ path, text }, ctx);
    warnings.push(...output.warnings);
    for (const s of output.specs) warnings.push(...s.warnings);
    specs.push(...output.specs);
    typeCatalogues.push(...(output.typeCatalogues ?? []));
    pages.push({ path, kind: stats.kind, methods: output.specs.map((s) => s.id), ...(output.skipped ? { skipped: output.skipped } : {}) });
    opts.onProgress?.(i + 1, files.length);
  });

  const dedup = dropDuplicateIds(specs);
  specs = dedup.specs;
  warnings.push(...dedup.warnings);
  const borrowed = borrowSiblingTypes(specs);
  specs = borrowed.specs;
  warnings.push(...borrowed.warnings);
  specs = typeFieldReferences(specs, typeCatalogues);
  specs = linkListEntities(specs, typeCatalogues);
  warnings.push(...checkSharedRefs(specs, typeCatalogues));
  const valid: MethodSpec[] = [];
  for (const s of specs) {
    const r = MethodSpec.safeParse(s);
    if (r.success) valid.push(s);
    else warnings.push({ code: 'invalid-spec', message: `${s.id}: ${r.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, file: s.sources[0]?.path ?? '' });
  }
  const errorCatalogues = [readSystemErrorCatalogue(ctx)];
  return {
    specs: valid.sort((a, b) => compareStrings(a.id, b.id)),
    warnings: sortWarnings(warnings),
    errorCatalogues,
    typeCatalogues: typeCatalogues.sort((a, b) => compareStrings(a.id, b.id)),
    pages,
  };
}

function sortWarnings(ws: Warning[]): Warning[] {
  const seen = new Set<string>();
  const out: Warning[] = [];
  for (const w of ws) {
    const k = `${w.code}|${w.file}|${w.line ?? ''}|${w.message}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(w);
    }
  }
  return out.sort((a, b) => compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.code, b.code) || compareStrings(a.message, b.message));
}

/** Two pages yielding the same id: keep the one whose path sorts first (outdated copies rarely do), warn about the other. */
export function dropDuplicateIds(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const byId = new Map<string, MethodSpec>();
  const warnings: Warning[] = [];
  const sorted = [...specs].sort((a, b) => compareStrings(a.id, b.id) || rank(a) - rank(b) || compareStrings(a.sources[0]?.path ?? '', b.sources[0]?.path ?? ''));
  for (const s of sorted) {
    const prev = byId.get(s.id);
    if (!prev) {
      byId.set(s.id, s);
      continue;
    }
    warnings.push({ code: 'duplicate-method', message: `${s.id} is also documented on ${prev.sources[0]?.path}; this page is ignored`, file: s.sources[0]?.path ?? '' });
  }
  return { specs: [...byId.values()], warnings };
}

/** Prefer pages outside outdated/deprecated folders. */
function rank(s: MethodSpec): number {
  if (s.facts['method']?.evidence === 'wildcard') return 2;
  return /(^|\/)(outdated|deprecated)\//.test(s.sources[0]?.path ?? '') ? 1 : 0;
}

/**
 * Link each list method to the entity whose fields it filters, selects and sorts by (see `list-entity.ts`):
 * the item under the sibling `*.fields`/`*.getFields`/`*.field.list` result, else under the `*.get`
 * result, else the fields a `*.fields` response example describes, else the `*.add` `fields` param.
 * Results that wrap the item (`{payment: {…}}`, `{items: […]}`) or describe fields (`{type, isRequired}`)
 * are unwrapped or skipped, so the entity never names a wrapper. The entity always names a real type in a
 * real spec: inline items and catalogue structures become a named type of the owner spec.
 */
export function linkListEntities(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[] = []): MethodSpec[] {
  const out = specs.map((s) => ({ ...s }));
  const byName = new Map<string, MethodSpec[]>();
  for (const s of out) {
    const k = s.method.toLowerCase();
    byName.set(k, [...(byName.get(k) ?? []), s]);
  }
  const shared = new Map<string, TypeRef>();
  for (const c of catalogues) for (const t of c.types) if (!shared.has(t.name)) shared.set(t.name, t.type);
  const resolverOf = (owner: MethodSpec): RefResolver => (ref) => (ref.shared ? undefined : owner.types.find((t) => t.name === ref.name)?.type) ?? shared.get(ref.name);
  const sibling = (base: string, suffixes: string[], rv: string | undefined, self: string): MethodSpec | undefined => {
    for (const suf of suffixes) {
      const cands = byName.get(`${base}.${suf}`.toLowerCase()) ?? [];
      // Entity names are plain method names: only a sibling of the same REST version may be meant.
      const same = cands.find((c) => (c.restVersion ?? '1') === (rv ?? '1') && c.method !== self);
      if (same) return same;
    }
    return undefined;
  };
  for (const spec of out) {
    if (!spec.list || spec.list.entity) continue;
    if (!isListMethodName(spec.method) && !spec.list.filter) continue;
    const base = spec.method.replace(/\.[^.]+$/, '');
    // A list method named `*.get` (sonet_group.get) is no sibling of itself. Some namespaces have both
    // `*.fields` and `*.getFields` (catalog.document): each is asked before falling back further.
    const fieldsMethods = ['fields', 'getFields', 'field.list'].flatMap((suf) => sibling(base, [suf], spec.restVersion, spec.method) ?? []);
    const get = sibling(base, ['get'], spec.restVersion, spec.method);
    const add = sibling(base, ['add'], spec.restVersion, spec.method);
    const candidates = [
      ...fieldsMethods.map((f) => planFromType(f, f.result?.type, base, resolverOf(f), { where: 'result' })),
      get ? planFromType(get, get.result?.type, base, resolverOf(get), { where: 'result' }) : null,
      ...fieldsMethods.map((f) => planFromExample(f, base)),
      add ? planFromType(add, addFields(add)?.type, base, resolverOf(add), { where: 'param', name: addFields(add)?.name ?? '' }) : null,
    ].filter((p): p is EntityPlan => p !== null);
    const listProse = spec.params.filter((p) => /^(filter|select|order)$/i.test(p.name)).map((p) => p.description ?? '').join('\n');
    const plan = choosePlan(candidates, namedInProse(listProse));
    if (!plan) continue;
    applyPlan(plan);
    const custom = customFieldPattern(spec.params.filter((p) => /^(filter|select)$/i.test(p.name)).map((p) => p.description ?? '').join('\n'));
    spec.list = { ...spec.list, entity: { method: plan.owner.method, type: plan.type, ...(custom ? { customFields: custom } : {}) } };
    spec.facts = { ...spec.facts, 'list.entity': { file: spec.sources[0]?.path ?? '', how: 'inferred', evidence: `sibling:${plan.owner.method}:${plan.evidence}` } };
  }
  return out;
}

/** The `fields` param of an `*.add` method. */
function addFields(add: MethodSpec): MethodSpec['params'][number] | undefined {
  return add.params.find((p) => /^fields$/i.test(p.name));
}

/** Give the owner spec the named type a plan needs (once: lists of one namespace share it); an inline item becomes a ref to it. */
function applyPlan(plan: EntityPlan): void {
  const { owner, add, inline } = plan;
  if (!add || owner.types.some((t) => t.name === add.name)) return;
  const rewriteNamed = (name: string, f: (t: TypeRef) => TypeRef) => {
    const cur = owner.types.find((t) => t.name === name);
    if (!cur) return;
    // Computed before the assignment: `f` may itself rewrite other named types of the owner.
    const next = withFieldIds(f(cur.type), name);
    owner.types = owner.types.map((t) => (t.name === name ? { ...t, type: next } : t));
  };
  if (inline) {
    const ref: TypeRef = { kind: 'ref', name: add.name };
    const site = inline.site;
    if (site.where === 'result' && owner.result) owner.result = { ...owner.result, type: replaceInline(owner.result.type, inline.path, ref, rewriteNamed) };
    if (site.where === 'param') owner.params = owner.params.map((p) => (p.name === site.name ? { ...p, type: replaceInline(p.type, inline.path, ref, rewriteNamed) } : p));
  }
  owner.types = [...owner.types, { ...add, type: withFieldIds(add.type, add.name) }].sort((a, b) => compareStrings(a.name, b.name));
}

/** Warn about shared refs no catalogue defines. */
function checkSharedRefs(specs: readonly MethodSpec[], catalogues: readonly TypeCatalogue[]): Warning[] {
  const known = new Set(catalogues.flatMap((c) => c.types.map((t) => t.name)));
  const missing = new Map<string, string>();
  const visit = (t: TypeRef, file: string) => {
    switch (t.kind) {
      case 'ref':
        if (t.shared && !known.has(t.name) && !missing.has(t.name)) missing.set(t.name, file);
        break;
      case 'array':
        visit(t.items, file);
        break;
      case 'union':
        t.anyOf.forEach((m) => visit(m, file));
        break;
      case 'map':
        visit(t.values, file);
        break;
      case 'object':
        t.fields.forEach((f) => visit(f.type, file));
        break;
    }
  };
  for (const s of specs) {
    const file = s.sources[0]?.path ?? '';
    s.params.forEach((p) => visit(p.type, file));
    if (s.result) visit(s.result.type, file);
    s.types.forEach((t) => visit(t.type, file));
  }
  return [...missing].map(([name, file]) => ({ code: 'unresolved-shared-type', message: `shared type ${name} is defined by no data-types catalogue`, file }));
}

/** Replace unknown scalars whose docType a function maps to a ref (arrays and unions kept). */
function replaceUnknown(t: TypeRef, f: (docType: string) => TypeRef | null): TypeRef {
  return mapTypeLeaves(t, (leaf) => (leaf.kind === 'scalar' && leaf.name === 'unknown' && leaf.docType ? f(leaf.docType) ?? leaf : leaf));
}

function localRefs(t: TypeRef, out: Set<string>): Set<string> {
  switch (t.kind) {
    case 'ref':
      if (!t.shared) out.add(t.name);
      break;
    case 'array':
      localRefs(t.items, out);
      break;
    case 'union':
      t.anyOf.forEach((m) => localRefs(m, out));
      break;
    case 'map':
      localRefs(t.values, out);
      break;
    case 'object':
      t.fields.forEach((x) => localRefs(x.type, out));
      break;
  }
  return out;
}

/**
 * A page-local type name the page does not define (`contact` on crm.contact.list, `item` on crm.item.list)
 * is borrowed from a sibling method of the same namespace that defines it (`.get` first), with the types it
 * references; provenance keeps pointing at the donor page.
 */
export function borrowSiblingTypes(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  const byBase = new Map<string, MethodSpec[]>();
  const base = (m: string) => m.toLowerCase().replace(/\.[^.]+$/, '');
  for (const s of specs) byBase.set(base(s.method), [...(byBase.get(base(s.method)) ?? []), s]);
  const verbRank = (m: string) => ['get', 'add', 'fields', 'getfields', 'list'].indexOf(m.split('.').pop()?.toLowerCase() ?? '') >>> 0;
  const out = specs.map((spec) => {
    const siblings = (byBase.get(base(spec.method)) ?? []).filter((x) => x !== spec).sort((a, b) => verbRank(a.method) - verbRank(b.method) || compareStrings(a.id, b.id));
    if (siblings.length === 0) return spec;
    const added = new Map<string, NamedType>();
    const file = spec.sources[0]?.path ?? '';
    const borrow = (docType: string): TypeRef | null => {
      if (spec.types.some((t) => t.name === docType) || added.has(docType)) return { kind: 'ref', name: docType };
      const donor = siblings.find((x) => x.types.some((t) => t.name === docType));
      if (!donor) return null;
      const queue = [docType];
      while (queue.length) {
        const n = queue.shift() as string;
        if (added.has(n) || spec.types.some((t) => t.name === n)) continue;
        const t = donor.types.find((x) => x.name === n);
        if (!t) continue;
        added.set(n, t);
        for (const r of localRefs(t.type, new Set())) queue.push(r);
      }
      warnings.push({ code: 'type-borrowed', message: `${spec.method}: type ${docType} taken from ${donor.method}`, file });
      return { kind: 'ref', name: docType };
    };
    const params = spec.params.map((p) => ({ ...p, type: replaceUnknown(p.type, borrow) }));
    const result = spec.result ? { ...spec.result, type: replaceUnknown(spec.result.type, borrow) } : null;
    const types = spec.types.map((t) => ({ ...t, type: replaceUnknown(t.type, borrow) }));
    if (added.size === 0) return spec;
    return { ...spec, params, result, types: [...types, ...added.values()].sort((a, b) => compareStrings(a.name, b.name)), warnings: [...spec.warnings, ...warnings.filter((w) => w.file === file && w.message.startsWith(`${spec.method}:`))] };
  });
  return { specs: out, warnings };
}
