/**
 * The provenance sidecar: line numbers and source hashes split out of an API document (a method spec or a
 * catalogue) into specs/_provenance/<same path>, and merged back on read. A doc edit that only moves lines
 * then rewrites sidecars, never API files.
 */
import { compareStrings } from './canonical.ts';
import { ProvenanceSidecar, SPEC_VERSION, type ErrorCatalogue, type MethodSpec, type TypeCatalogue, type TypeRef } from './schema.ts';
import { serializeJson } from './serialize.ts';

/** The folder of specs/ that holds the sidecars. */
export const SIDECAR_DIR = '_provenance';

/** Where the sidecar of an API file lives. */
export function sidecarPath(apiFile: string): string {
  return `${SIDECAR_DIR}/${apiFile}`;
}

/** Whether a path under specs/ is a sidecar. */
export function isSidecarPath(file: string): boolean {
  return file.startsWith(`${SIDECAR_DIR}/`);
}

type ApiDocument = MethodSpec | ErrorCatalogue | TypeCatalogue;
/** An object that may carry a `line`: a Provenance or a Warning. */
type LineHolder = { line?: number | undefined };

/** One JSON Pointer reference token (RFC 6901). */
function token(key: string | number): string {
  return `/${String(key).replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

/** Every provenance or warning object of a type, with its JSON Pointer. */
function typeHolders(t: TypeRef, at: string, out: Array<[string, LineHolder]>): void {
  switch (t.kind) {
    case 'array':
      return typeHolders(t.items, `${at}/items`, out);
    case 'map':
      return typeHolders(t.values, `${at}/values`, out);
    case 'union':
      return t.anyOf.forEach((m, i) => typeHolders(m, `${at}/anyOf${token(i)}`, out));
    case 'object':
      t.fields.forEach((f, i) => {
        out.push([`${at}/fields${token(i)}/source`, f.source]);
        if (f.presence) out.push([`${at}/fields${token(i)}/presence`, f.presence]);
        if (f.emptyArray) out.push([`${at}/fields${token(i)}/emptyArray`, f.emptyArray]);
        typeHolders(f.type, `${at}/fields${token(i)}/type`, out);
      });
      if (t.additional) typeHolders(t.additional, `${at}/additional`, out);
      return;
    case 'enum':
      if (t.source) out.push([`${at}/source`, t.source]);
      return;
    default:
      return;
  }
}

/** Every object of a document that may carry a line, in document order, with its JSON Pointer. */
export function lineHolders(doc: ApiDocument): Array<[string, LineHolder]> {
  const out: Array<[string, LineHolder]> = [];
  if ('types' in doc) {
    doc.types.forEach((t, i) => {
      out.push([`/types${token(i)}/source`, t.source]);
      typeHolders(t.type, `/types${token(i)}/type`, out);
    });
  }
  if ('errors' in doc) doc.errors.forEach((e, i) => out.push([`/errors${token(i)}/source`, e.source]));
  if (!('method' in doc)) return out;
  doc.params.forEach((p, i) => {
    out.push([`/params${token(i)}/source`, p.source]);
    typeHolders(p.type, `/params${token(i)}/type`, out);
  });
  (doc.alternatives ?? []).forEach((a, i) => out.push([`/alternatives${token(i)}/source`, a.source]));
  if (doc.result) {
    out.push(['/result/source', doc.result.source]);
    typeHolders(doc.result.type, '/result/type', out);
  }
  if (doc.deprecated) out.push(['/deprecated/source', doc.deprecated.source]);
  if (doc.list) out.push(['/list/source', doc.list.source]);
  doc.examples.forEach((e, i) => out.push([`/examples${token(i)}/source`, e.source]));
  for (const key of Object.keys(doc.facts)) out.push([`/facts${token(key)}`, doc.facts[key]!]);
  doc.warnings.forEach((w, i) => out.push([`/warnings${token(i)}`, w]));
  return out;
}

/**
 * Move the lines and source hashes out of a (canonical) document into its sidecar. Mutates `doc`: pass a
 * copy you own (the writer passes the copy schema validation returns, so nothing is cloned twice).
 */
export function extractProvenance(api: ApiDocument): ProvenanceSidecar {
  const sidecar: ProvenanceSidecar = { specVersion: SPEC_VERSION, sha256: {}, lines: {} };
  const holders = lineHolders(api);
  // Record every line before deleting any: one provenance object may be shared (facts.result is result.source).
  for (const [pointer, holder] of holders) if (holder.line !== undefined) sidecar.lines[pointer] = holder.line;
  for (const [, holder] of holders) delete holder.line;
  if ('sources' in api) {
    for (const source of [...api.sources].sort((a, b) => compareStrings(a.path, b.path))) {
      const seen = sidecar.sha256[source.path];
      if (seen !== undefined && seen !== source.sha256) throw new Error(`${api.id}: source ${source.path} listed twice with different hashes`);
      sidecar.sha256[source.path] = source.sha256;
      delete (source as { sha256?: string }).sha256;
    }
  }
  return sidecar;
}

/**
 * A written sidecar's text with its sources' hashes taken from `hashes` (path → content hash): the same
 * text when none differs, the text the writer would give otherwise, null when a source is not in `hashes`.
 */
export function withSourceHashes(text: string, hashes: ReadonlyMap<string, string>): string | null {
  const sidecar = JSON.parse(text) as ProvenanceSidecar;
  let changed = false;
  for (const path of Object.keys(sidecar.sha256 ?? {})) {
    const hash = hashes.get(path);
    if (hash === undefined) return null;
    if (hash !== sidecar.sha256[path]) {
      sidecar.sha256[path] = hash;
      changed = true;
    }
  }
  return changed ? serializeJson(ProvenanceSidecar, sidecar) : text;
}

/** Whether a sidecar holds nothing (no file is written for it). */
export function isEmptySidecar(sidecar: ProvenanceSidecar): boolean {
  return Object.keys(sidecar.sha256).length === 0 && Object.keys(sidecar.lines).length === 0;
}

/**
 * Put a sidecar's lines and hashes back into a parsed API file (before schema validation). Returns a
 * problem description when a pointer leads nowhere or a source has no hash, else null.
 */
export function mergeProvenance(apiJson: unknown, sidecar: ProvenanceSidecar): string | null {
  for (const [pointer, line] of Object.entries(sidecar.lines)) {
    const holder = resolvePointer(apiJson, pointer);
    if (!holder || typeof holder !== 'object' || Array.isArray(holder)) return `sidecar line ${pointer} points at no provenance object`;
    (holder as LineHolder).line = line;
  }
  const sources = (apiJson as { sources?: unknown }).sources;
  if (Array.isArray(sources)) {
    for (const source of sources as Array<{ path?: unknown; sha256?: string }>) {
      const hash = typeof source.path === 'string' ? sidecar.sha256[source.path] : undefined;
      // A hand-written spec may keep its hash inline; a written one never does.
      if (hash === undefined && source.sha256 === undefined) return `no sha256 in the sidecar for source ${String(source.path)}`;
      if (hash !== undefined) source.sha256 = hash;
    }
  }
  return null;
}

/** The value a JSON Pointer names in a parsed document; undefined when there is none. */
function resolvePointer(doc: unknown, pointer: string): unknown {
  let at = doc;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!at || typeof at !== 'object' || !Object.hasOwn(at, key)) return undefined;
    at = (at as Record<string, unknown>)[key];
  }
  return at;
}
