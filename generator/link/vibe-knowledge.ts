/**
 * Cross-page knowledge: an entity's fields are documented on its entity page, its `…/fields` page and
 * shown in response examples; each operation page sees only part. These functions pool what all pages say
 * about an entity into the record (`contact`) and input (`contact_input`) types of every operation of it,
 * and pool the shared error catalogue. Pure and independent of input order.
 */
import type { ErrorCatalogue, ErrorEntry, Field, MethodSpec, NamedType, TypeRef } from '../spec/schema.ts';
import { SPEC_VERSION } from '../spec/schema.ts';
import { fieldId } from '../spec/ids.ts';
import { compareStrings } from '../spec/serialize.ts';
import { describeOperation, entityTypeName, inputTypeName, sortErrors, VIBE_ERROR_CATALOGUE, type ReaderOutput } from '../sources/index.ts';

interface FieldCandidate {
  field: Field;
  key: string;
}

interface TypeSource {
  spec: MethodSpec;
  type: NamedType;
  /** Orders sources: explicit field tables first, whole pages before cut ones, then by file. */
  key: string;
}

/** Apply every page's entity knowledge to every output, keeping one output per page (for page records). */
export function enrichVibeOutputs(outputs: ReaderOutput[]): ReaderOutput[] {
  const specs = outputs.flatMap((o) => o.specs);
  const knowledge = entityKnowledge(specs);
  const scopes = entityScopes(specs);
  const catalogue = mergedCatalogue(outputs.flatMap((o) => o.errorCatalogues ?? []));
  return outputs.map((o) => ({
    ...o,
    specs: o.specs.map((s) => applyKnowledge(s, knowledge, scopes)),
    ...(o.errorCatalogues ? { errorCatalogues: o.errorCatalogues.map((c) => (c.id === VIBE_ERROR_CATALOGUE && catalogue ? catalogue : c)) } : {}),
  }));
}

function segmentOf(spec: MethodSpec): string | null {
  return spec.http ? (describeOperation(spec.http.verb, spec.http.path)?.segment ?? null) : null;
}

function sourceKey(spec: MethodSpec, type: NamedType): string {
  const src = spec.sources[0];
  const hasReadFields = type.type.kind === 'object' && type.type.fields.some((f) => f.source.how === 'read') ? '0' : '1';
  return `${hasReadFields}${src?.reader === 'vibe-entity-page' ? '0' : '1'}${src?.truncated ? '1' : '0'}${src?.path ?? ''}\u0000${spec.id}`;
}

interface Knowledge {
  record: Map<string, NamedType>;
  input: Map<string, NamedType>;
}

/** The pooled record and input type of each entity segment. */
function entityKnowledge(specs: MethodSpec[]): Knowledge {
  const records = new Map<string, TypeSource[]>();
  const inputs = new Map<string, TypeSource[]>();
  for (const spec of specs) {
    const segment = segmentOf(spec);
    if (!segment) continue;
    for (const type of spec.types) {
      const target = type.name === entityTypeName(segment) ? records : type.name === inputTypeName(segment) ? inputs : null;
      if (!target || type.type.kind !== 'object') continue;
      target.set(type.name, [...(target.get(type.name) ?? []), { spec, type, key: sourceKey(spec, type) }]);
    }
  }
  const record = new Map<string, NamedType>();
  for (const [name, sources] of records)
    record.set(
      name,
      pooledType(sources, () => true),
    );
  const input = new Map<string, NamedType>();
  for (const [name, sources] of inputs) {
    const recordName = name.replace(/_input$/, '');
    const recordFields = record.get(recordName);
    const readOnly = new Set(recordFields?.type.kind === 'object' ? recordFields.type.fields.filter((f) => f.readOnly === true).map((f) => f.name) : []);
    // Writable fields a read table documents (RO column says no) also belong in the body type.
    const writable = (records.get(recordName) ?? []).map((s) => ({
      ...s,
      type: { ...s.type, type: onlyFields(s.type.type, (f) => f.readOnly === false && f.source.how === 'read') },
    }));
    const pooled = pooledType([...sources, ...writable], (f) => !readOnly.has(f.name));
    input.set(name, stripReadOnly(pooled));
  }
  return { record, input };
}

function onlyFields(t: TypeRef, keep: (f: Field) => boolean): TypeRef {
  return t.kind === 'object' ? { ...t, fields: t.fields.filter(keep) } : t;
}

function stripReadOnly(t: NamedType): NamedType {
  if (t.type.kind !== 'object') return t;
  return {
    ...t,
    type: {
      ...t.type,
      fields: t.type.fields.map((f) => {
        const { readOnly: _ro, ...rest } = f;
        return { ...rest, id: fieldId(t.name, f.name) };
      }),
    },
  };
}

/** Union of the sources' fields: each field from its best source, gaps (read-only, aliases, description) filled from others. */
function pooledType(sources: TypeSource[], keep: (f: Field) => boolean): NamedType {
  const ordered = [...sources].sort((a, b) => compareStrings(a.key, b.key));
  const best = ordered[0]!;
  const candidates = new Map<string, FieldCandidate[]>();
  const order: string[] = [];
  let open = false;
  for (const s of ordered) {
    if (s.type.type.kind !== 'object') continue;
    if (s.type.type.additional && s.type.type.fields.length > 0) open = true;
    for (const f of s.type.type.fields) {
      if (!keep(f)) continue;
      if (!candidates.has(f.name)) order.push(f.name);
      const rank = `${f.source.how === 'read' ? '0' : '1'}${s.key}`;
      candidates.set(f.name, [...(candidates.get(f.name) ?? []), { field: f, key: rank }]);
    }
  }
  const fields = order.map((name) => {
    const list = [...candidates.get(name)!].sort((a, b) => compareStrings(a.key, b.key)).map((c) => c.field);
    const top = list[0]!;
    const readOnly = top.readOnly ?? list.find((f) => f.readOnly !== undefined)?.readOnly;
    const aliases = top.aliases ?? list.find((f) => f.aliases)?.aliases;
    const description = top.description ?? list.find((f) => f.description)?.description;
    return {
      ...top,
      id: fieldId(best.type.name, name),
      ...(readOnly !== undefined ? { readOnly } : {}),
      ...(aliases ? { aliases } : {}),
      ...(description ? { description } : {}),
    };
  });
  const type: TypeRef = { kind: 'object', fields, ...(open || fields.length === 0 ? { additional: { kind: 'scalar', name: 'unknown' } } : {}) };
  return { ...best.type, type };
}

/** The scope an entity page states for each segment. */
function entityScopes(specs: MethodSpec[]): Map<string, MethodSpec> {
  const out = new Map<string, MethodSpec>();
  const sorted = [...specs].sort((a, b) => compareStrings(`${a.sources[0]?.path ?? ''}\u0000${a.id}`, `${b.sources[0]?.path ?? ''}\u0000${b.id}`));
  for (const s of sorted) {
    const segment = segmentOf(s);
    if (segment && s.scope.length > 0 && s.sources[0]?.reader === 'vibe-entity-page' && !out.has(segment)) out.set(segment, s);
  }
  return out;
}

function applyKnowledge(spec: MethodSpec, k: Knowledge, scopes: Map<string, MethodSpec>): MethodSpec {
  const segment = segmentOf(spec);
  if (!segment) return spec;
  const types = spec.types.map((t) => k.record.get(t.name) ?? k.input.get(t.name) ?? t);
  const scopeFrom = spec.scope.length === 0 ? scopes.get(segment) : undefined;
  const scopeFact = scopeFrom?.facts['scope'];
  return {
    ...spec,
    types,
    ...(scopeFrom && scopeFact
      ? {
          scope: scopeFrom.scope,
          facts: Object.fromEntries(
            Object.entries({ ...spec.facts, scope: { ...scopeFact, evidence: `${scopeFact.evidence ?? 'prose'} (entity page)` } }).sort(([a], [b]) =>
              compareStrings(a, b),
            ),
          ),
        }
      : {}),
  };
}

/** One `vibe-errors` catalogue from all pages: per code, the entry with a status first, then by file and line. */
function mergedCatalogue(catalogues: ErrorCatalogue[]): ErrorCatalogue | null {
  const entries = catalogues.filter((c) => c.id === VIBE_ERROR_CATALOGUE).flatMap((c) => c.errors);
  if (entries.length === 0) return null;
  const byId = new Map<string, ErrorEntry[]>();
  for (const e of entries) byId.set(e.id, [...(byId.get(e.id) ?? []), e]);
  const errors: ErrorEntry[] = [];
  for (const group of byId.values()) {
    const ranked = [...group].sort((a, b) => compareStrings(errorRank(a), errorRank(b)));
    const top = ranked[0]!;
    const description = top.description ?? ranked.find((e) => e.description)?.description;
    errors.push({
      ...top,
      status: top.status ?? ranked.find((e) => e.status !== null)?.status ?? null,
      message: top.message ?? ranked.find((e) => e.message !== null)?.message ?? null,
      ...(description ? { description } : {}),
    });
  }
  return { specVersion: SPEC_VERSION, id: VIBE_ERROR_CATALOGUE, api: 'vibe', errors: sortErrors(errors) };
}

function errorRank(e: ErrorEntry): string {
  const evidence = e.source.evidence === 'table' ? '0' : '1';
  return `${e.status === null ? '1' : '0'}${evidence}${e.source.file}\u0000${String(e.source.line ?? 0).padStart(8, '0')}`;
}
