/**
 * The declarations of one REST method: `XxxErrorCode`, list types (`XxxFilter`, …), `XxxParams`,
 * `XxxItem` (list methods) and `XxxResult`.
 */
import { StructureKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { Param, TypeRef } from '../../spec/schema.ts';
import { errorCodeStatements } from '../errors/codes.ts';
import { summary, type FileContext } from '../file-context.ts';
import { listTypeStatements, type ListTypes } from '../filters/rest.ts';
import type { EntityInfo } from '../filters/entity.ts';
import { docCode, docs } from '../jsdoc.ts';
import type { EmitModel, MethodModel } from '../model.ts';
import { typePropertyKey } from '../naming.ts';
import { deref } from './deref.ts';
import { deprecatedTag, methodDoc } from './method-doc.ts';
import { fieldProperties, memberList } from './named.ts';
import { fieldDoc, indexKeyTypes, typeText, type TypeTextContext } from './type-text.ts';

/** Everything a REST method declares, in a fixed order. */
export function restMethodStatements(model: EmitModel, m: MethodModel, file: FileContext): StatementStructures[] {
  const n = m.names;
  const out: StatementStructures[] = [];
  out.push(...errorCodeStatements(n.type('ErrorCode'), m.spec.errors, docCode(m.spec.method), file));
  const list = listTypeStatements(model, m, file);
  out.push(...list.statements);
  out.push(paramsStatement(model, m, file, m.spec.params, n.type('Params'), list));
  const ctx: TypeTextContext = { scope: m.scope, file, mode: 'output' };
  const item = m.spec.list ? listItemText(m, ctx, list.entity) : undefined;
  if (item !== undefined) {
    file.exported(n.type('Item'), 'type', summary(item));
    out.push({
      kind: StructureKind.TypeAlias,
      name: n.type('Item'),
      isExported: true,
      docs: docs({ trusted: [`One item of a ${docCode(m.spec.method)} page.`] }),
      type: item,
    });
  }
  out.push(resultStatement(model, m, file, ctx, item !== undefined && resultIsPlainArray(m) ? `${n.type('Item')}[]` : undefined));
  return out;
}

/**
 * `XxxParams` from a list of params: an interface (empty when the docs say "no parameters"), or
 * `Record<string, unknown>` when the docs have no parameter section. Used for Vibe path/query/body too.
 */
export function paramsStatement(
  model: EmitModel,
  m: MethodModel,
  file: FileContext,
  params: Param[],
  name: string,
  list: ListTypes | undefined,
  opts: { doc?: boolean; untyped?: boolean } = {},
): StatementStructures {
  const doc = opts.doc === false ? docs({ tags: [deprecatedTag(model, m, file.file)] }) : docs(methodDoc(model, m, file.file));
  const untyped = opts.untyped ?? (m.spec.paramsDocumented === 'missing' && params.length === 0);
  if (untyped && !(list && list.overrides.size > 0)) {
    file.exported(name, 'type', 'Record<string, unknown>');
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs: doc, type: 'Record<string, unknown>' };
  }
  const ctx: TypeTextContext = { scope: m.scope, file, mode: 'input' };
  const overrides = new Map([...(list?.overrides ?? new Map<string, string>())].map(([k, v]) => [k.toLowerCase(), v]));
  const props: PropertySignatureStructure[] = [];
  const seen = new Set<string>();
  for (const p of params) {
    if (seen.has(p.name)) continue;
    seen.add(p.name);
    const override = overrides.get(p.name.toLowerCase());
    if (override) overrides.delete(p.name.toLowerCase());
    props.push({
      kind: StructureKind.PropertySignature,
      name: typePropertyKey(p.name),
      hasQuestionToken: p.required !== true,
      type: override ?? typeText(p.type, ctx),
      docs: docs(fieldDoc(p)),
    });
  }
  // List params the spec's list semantics know but its params table missed.
  for (const [param, type] of overrides) {
    const original = [...(list?.overrides.keys() ?? [])].find((k) => k.toLowerCase() === param) ?? param;
    props.push({ kind: StructureKind.PropertySignature, name: typePropertyKey(original), hasQuestionToken: true, type });
  }
  file.exported(name, 'interface', memberList(props.map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}`)), props.map((p) => p.type).join(';'));
  return { kind: StructureKind.Interface, name, isExported: true, docs: doc, properties: props };
}

/** `XxxResult`: an interface for object results, a type alias otherwise (`unknown` when undocumented). */
export function resultStatement(
  model: EmitModel,
  m: MethodModel,
  file: FileContext,
  ctx: TypeTextContext,
  forced: string | undefined,
  fullDoc = false,
): StatementStructures {
  const name = m.names.type('Result');
  const r = m.spec.result;
  const envelope = m.spec.api === 'vibe' ? 'data' : 'result';
  const base = fullDoc ? methodDoc(model, m, file.file) : { tags: [deprecatedTag(model, m, file.file)] };
  const doc = docs({
    ...base,
    trusted: [...(base.trusted ?? []), `Result of ${docCode(m.key)} (the ${docCode(envelope)} field).`],
    paragraphs: [...(base.paragraphs ?? []), r?.description, !r && 'The docs describe no result.'],
  });
  if (!forced && r && r.type.kind === 'object' && r.type.fields.length > 0) {
    const t = r.type;
    const props = fieldProperties(t.fields, ctx);
    file.exported(name, 'interface', memberList(props.map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}`)), props.map((p) => p.type).join(';'));
    return {
      kind: StructureKind.Interface,
      name,
      isExported: true,
      docs: doc,
      properties: props,
      indexSignatures: t.additional
        ? indexKeyTypes(t.additionalKeys).map((keyType) => ({ kind: StructureKind.IndexSignature as const, keyName: 'key', keyType, returnType: 'unknown' }))
        : [],
    };
  }
  const type = forced ?? (r ? typeText(r.type, ctx) : 'unknown');
  file.exported(name, 'type', summary(type));
  return { kind: StructureKind.TypeAlias, name, isExported: true, docs: doc, type };
}

/** True when the documented result is literally an array (so `XxxResult = XxxItem[]`). */
export function resultIsPlainArray(m: MethodModel): boolean {
  return m.spec.result?.type.kind === 'array';
}

/**
 * The item type of a list page: the items of an array result, or of the single array field of an
 * object result ({ items: […] }). When the docs say nothing useful about the items (any, unknown, an
 * object without fields), the list's entity type is used instead (crm.contact.list → CrmContact).
 */
export function listItemText(m: MethodModel, ctx: TypeTextContext, entity: EntityInfo | undefined): string {
  const found = listItemRef(m);
  if (found && informative(found.type, found.ctx)) return typeText(found.type, found.ctx);
  if (entity?.decl) return ctx.file.useType(entity.decl.tsName, entity.decl.file);
  return found ? typeText(found.type, found.ctx) : 'unknown';

  function listItemRef(mm: MethodModel): { type: TypeRef; ctx: TypeTextContext } | undefined {
    const r = mm.spec.result;
    if (!r) return undefined;
    const d = deref(r.type, mm.scope);
    if (!d) return undefined;
    const c: TypeTextContext = { ...ctx, scope: d.scope };
    if (d.type.kind === 'array') return { type: d.type.items, ctx: c };
    if (d.type.kind === 'object') {
      const arrays = d.type.fields.filter((f) => {
        const fd = deref(f.type, d.scope);
        return fd?.type.kind === 'array';
      });
      if (arrays.length === 1) {
        const fd = deref(arrays[0]!.type, d.scope)!;
        if (fd.type.kind === 'array') return { type: fd.type.items, ctx: { ...ctx, scope: fd.scope } };
      }
    }
    return undefined;
  }
}

/** Does a type say anything about its values? */
export function informative(t: TypeRef, ctx: TypeTextContext): boolean {
  const d = deref(t, ctx.scope);
  if (!d) return false;
  if (d.type.kind === 'scalar') return d.type.name !== 'any' && d.type.name !== 'unknown';
  if (d.type.kind === 'object') return d.type.fields.length > 0;
  return true;
}
