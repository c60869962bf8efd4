/** The set of specs a run produces, and its layout as files under specs/. */
import type { z } from 'zod';
import { filesDigest } from '../core/hash.ts';
import { canonicalErrorCatalogue, canonicalPage, canonicalSpec, canonicalTypeCatalogue, compareStrings } from './canonical.ts';
import { ErrorCatalogue, MethodSpec, MethodSpecFile, PageReport, ProvenanceSidecar, SpecIndex, TypeCatalogue, type PageRecord } from './schema.ts';
import { jsonText, serializeJson } from './serialize.ts';
import { extractProvenance, isEmptySidecar, isSidecarPath, mergeProvenance, sidecarPath } from './sidecar.ts';
import { specJsonSchemaText } from './json-schema.ts';
import { SPEC_VERSION } from './schema.ts';

export interface SpecSet {
  specs: MethodSpec[];
  errorCatalogues: ErrorCatalogue[];
  typeCatalogues: TypeCatalogue[];
  /** What each input page yielded, for the coverage report. */
  pages: PageRecord[];
}

/** Where a spec lives under specs/: a pure function of its identity, so files never move between runs. */
export function specFilePath(spec: Pick<MethodSpec, 'id' | 'api' | 'method' | 'restVersion' | 'http'>): string {
  if (spec.api === 'vibe') {
    const verb = (spec.http?.verb ?? 'GET').toLowerCase();
    const path = (spec.http?.path ?? `/${spec.method}`).replace(/[{}]/g, '').replace(/[^A-Za-z0-9_.-]+/g, '_');
    return `vibe/${verb}${path}.json`;
  }
  const name = spec.method
    .toLowerCase()
    .replace(/[^a-z0-9_.*-]+/g, '_')
    .replace(/\*/g, '_all_');
  const ns = name.includes('.') ? name.slice(0, name.indexOf('.')) : '_root';
  return `rest/${ns}/${name}${spec.restVersion === '3' ? '@v3' : ''}.json`;
}

/** The canonical form of a set (canonical.ts): output never depends on input order. */
export function normalizeSpecSet(set: SpecSet): SpecSet {
  const byId = <T extends { id: string }>(a: T, b: T) => compareStrings(a.id, b.id);
  return {
    specs: set.specs.map(canonicalSpec).sort(byId),
    errorCatalogues: set.errorCatalogues.map(canonicalErrorCatalogue).sort(byId),
    typeCatalogues: set.typeCatalogues.map(canonicalTypeCatalogue).sort(byId),
    pages: set.pages.map(canonicalPage).sort((a, b) => compareStrings(a.path, b.path)),
  };
}

/** Validate an API document, write it without lines and hashes, and write those to its sidecar when it has any. */
function setApiFile<T extends MethodSpec | ErrorCatalogue | TypeCatalogue>(files: Map<string, string>, file: string, schema: z.ZodType<T>, doc: T): void {
  // The parsed value is a fresh copy in schema key order: the provenance can be moved out of it in place.
  const api = schema.parse(doc);
  const sidecar = extractProvenance(api);
  files.set(file, jsonText(api));
  if (!isEmptySidecar(sidecar)) files.set(sidecarPath(file), serializeJson(ProvenanceSidecar, sidecar));
}

/**
 * The files of specs/: one JSON per method, the shared catalogues, the index, the JSON Schema, and per
 * method or catalogue file its provenance sidecar under _provenance/ (lines and hashes).
 */
export function specSetToFiles(input: SpecSet): Map<string, string> {
  const set = normalizeSpecSet(input);
  const files = new Map<string, string>();
  const index: SpecIndex = { specVersion: SPEC_VERSION, methods: [], shared: [] };
  for (const spec of set.specs) {
    const file = specFilePath(spec);
    if (files.has(file)) throw new Error(`two specs map to ${file}: ${spec.id}`);
    setApiFile(files, file, MethodSpec, spec);
    index.methods.push({ id: spec.id, api: spec.api, method: spec.method, file, deprecated: spec.deprecated !== false });
  }
  for (const cat of set.errorCatalogues) {
    const file = `_shared/${cat.id}.json`;
    setApiFile(files, file, ErrorCatalogue, cat);
    index.shared.push(file);
  }
  for (const cat of set.typeCatalogues) {
    const file = `_shared/${cat.id}.json`;
    setApiFile(files, file, TypeCatalogue, cat);
    index.shared.push(file);
  }
  index.shared.sort(compareStrings);
  files.set('index.json', serializeJson(SpecIndex, index));
  files.set('pages.json', serializeJson(PageReport, { specVersion: SPEC_VERSION, pages: set.pages }));
  files.set('spec.schema.json', specJsonSchemaText());
  return files;
}

/**
 * A digest of spec files (path → text) as the targets see them: everything but the sources' content
 * hashes, which the targets are never given (`withoutSourceHashes`), so a page edit that moves no fact
 * digests the same.
 */
export function targetInputDigest(files: ReadonlyMap<string, string>): string {
  const seen = new Map<string, string>();
  for (const [file, text] of files) seen.set(file, isSidecarPath(file) ? sidecarWithoutHashes(text) : text);
  return filesDigest(seen);
}

function sidecarWithoutHashes(text: string): string {
  try {
    const json = JSON.parse(text) as { sha256?: unknown };
    delete json.sha256;
    return JSON.stringify(json);
  } catch {
    return text;
  }
}

/** The set with every source's content hash blanked: what the targets are given, so nothing they emit can change with a hash alone. */
export function withoutSourceHashes(set: SpecSet): SpecSet {
  return { ...set, specs: set.specs.map((s) => ({ ...s, sources: s.sources.map((f) => ({ ...f, sha256: '' })) })) };
}

/** A spec file that failed validation, named by path with the zod issue paths. */
export class SpecFileError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'SpecFileError';
  }
}

/**
 * Read specs/ back from its files (path → text), merging each sidecar into its API file and validating
 * the result; throws SpecFileError naming the file.
 */
export function specSetFromFiles(files: Map<string, string>): SpecSet {
  const set: SpecSet = { specs: [], errorCatalogues: [], typeCatalogues: [], pages: [] };
  for (const [file, text] of [...files.entries()].sort(([a], [b]) => compareStrings(a, b))) {
    if (!file.endsWith('.json') || file === 'index.json' || file === 'spec.schema.json' || isSidecarPath(file)) continue;
    const json = parseJson(file, text);
    if (file !== 'pages.json') withSidecar(file, text, json, files);
    if (file === 'pages.json') set.pages = validate(file, json, PageReport).pages;
    else if (!file.startsWith('_shared/')) set.specs.push(validate(file, json, MethodSpec));
    // A catalogue's kind is its top-level key, not a substring of its text (a type may have a field "errors").
    else if (json && typeof json === 'object' && 'errors' in json) set.errorCatalogues.push(validate(file, json, ErrorCatalogue));
    else set.typeCatalogues.push(validate(file, json, TypeCatalogue));
  }
  return normalizeSpecSet(set);
}

/** Merge the sidecar of an API file into its parsed JSON (a file without one has no lines or hashes). */
function withSidecar(file: string, text: string, json: unknown, files: Map<string, string>): void {
  const path = sidecarPath(file);
  const sidecarText = files.get(path);
  const none: ProvenanceSidecar = { specVersion: SPEC_VERSION, sha256: {}, lines: {} };
  const sidecar = sidecarText === undefined ? none : validate(path, parseJson(path, sidecarText), ProvenanceSidecar);
  const problem = mergeProvenance(json, sidecar);
  if (!problem) return;
  // A broken API file breaks its sidecar's pointers too: name the API file's own problem first.
  validate(file, parseJson(file, text), fileSchema(file, json));
  throw new SpecFileError(file, problem);
}

/** The schema of an API file as written (before its sidecar is merged). */
function fileSchema(file: string, json: unknown): z.ZodType<unknown> {
  if (!file.startsWith('_shared/')) return MethodSpecFile;
  return json && typeof json === 'object' && 'errors' in json ? ErrorCatalogue : TypeCatalogue;
}

/** Parse a JSON file, naming it on failure. */
function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new SpecFileError(file, `not valid JSON (${(err as Error).message})`);
  }
}

/** Validate a parsed document against its schema, naming the file and the bad paths on failure. */
function validate<T>(file: string, json: unknown, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new SpecFileError(file, `does not match the spec schema: ${issues.join('; ')}`);
  }
  return parsed.data;
}
