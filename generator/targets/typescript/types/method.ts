/**
 * The declarations of one method's own types: `XxxParams` (or Vibe `XxxPath`/`XxxQuery`/`XxxBody`),
 * `XxxItem` (list methods) and `XxxResult`. Error codes and list types are other parts' statements.
 */
import { StructureKind, type PropertySignatureStructure, type StatementStructures } from 'ts-morph';
import type { Alternative, Param } from '../../../spec/schema.ts';
import { type Plan, type PlanMethod, hasListParams, informative, listItemRef } from '../../plan/index.ts';
import { memberList, summary, type FileContext } from '../common/file-context.ts';
import { absentableType, quote, typePropertyKey } from '../common/identifiers.ts';
import { docCode, docs, renderDoc } from '../common/jsdoc.ts';
import { deprecatedTag, methodDoc } from '../common/method-doc.ts';
import { declFile } from '../common/paths.ts';
import { fieldDoc, indexKeyTypes, typeText, type TypeTextContext } from '../common/type-text.ts';
import { fieldProperties } from './named.ts';

/** `param name → type name` of the list params the method's own list types cover (`filter` → `XxxFilter`, …). */
export function listParamTypes(m: PlanMethod): Map<string, string> {
  const out = new Map<string, string>();
  const l = m.spec.list;
  if (!l || !hasListParams(m.spec)) return out;
  if (l.filter) out.set(l.filter.param, m.names.type('Filter'));
  if (l.select) out.set(l.select.param, m.names.type('Select'));
  if (l.order) out.set(l.order.param, m.names.type('Order'));
  return out;
}

/** `XxxItem` (list methods only; `itemDoc` says what it is) and `XxxResult` (`= XxxItem[]` when the result is a plain array). */
export function itemAndResultStatements(plan: Plan, m: PlanMethod, file: FileContext, itemDoc: string, fullDoc = false): StatementStructures[] {
  const n = m.names;
  const out: StatementStructures[] = [];
  const ctx: TypeTextContext = { scope: m.scope, file, mode: 'output' };
  const item = m.spec.list ? listItemText(m, ctx) : undefined;
  if (item !== undefined) {
    file.exported(n.type('Item'), 'type', summary(item));
    out.push({ kind: StructureKind.TypeAlias, name: n.type('Item'), isExported: true, docs: docs({ trusted: [itemDoc] }), type: item });
  }
  out.push(resultStatement(plan, m, file, ctx, item !== undefined && resultIsPlainArray(m) ? `${n.type('Item')}[]` : undefined, fullDoc));
  return out;
}

/**
 * `XxxParams` from a list of params: an interface (empty when the docs say "no parameters"), or
 * `Record<string, unknown>` when the docs have no parameter section. Used for Vibe path/query/body too.
 */
export function paramsStatement(
  plan: Plan,
  m: PlanMethod,
  file: FileContext,
  params: Param[],
  name: string,
  listParams: ReadonlyMap<string, string>,
  opts: { doc?: boolean; untyped?: boolean; alternatives?: readonly Alternative[] } = {},
): StatementStructures {
  const doc = opts.doc === false ? docs({ tags: [deprecatedTag(plan, m, file.file)] }) : docs(methodDoc(plan, m, file.file));
  const untyped = opts.untyped ?? (m.spec.paramsDocumented === 'missing' && params.length === 0);
  if (untyped && listParams.size === 0) {
    file.exported(name, 'type', 'Record<string, unknown>');
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs: doc, type: 'Record<string, unknown>' };
  }
  const ctx: TypeTextContext = { scope: m.scope, file, mode: 'input', api: m.spec.api };
  const overrides = new Map([...listParams].map(([k, v]) => [k.toLowerCase(), v]));
  const props: PropertySignatureStructure[] = [];
  // Param name → its property and the comment it carries, for the alternative groups' object type.
  const byName = new Map<string, { prop: PropertySignatureStructure; doc: string }>();
  // A REST param with aliases (other casings the docs write it in) is one of several spellings: each is
  // optional, and a required param becomes "one of them" below.
  const spellings: Alternative[] = [];
  for (const p of params) {
    if (byName.has(p.name)) continue;
    const override = overrides.get(p.name.toLowerCase());
    if (override) overrides.delete(p.name.toLowerCase());
    const aliases = m.spec.api === 'rest' ? (p.aliases ?? []).filter((a) => a !== p.name && !params.some((q) => q.name === a)) : [];
    const type = override ?? typeText(p.type, ctx);
    const optional = p.required !== true || aliases.length > 0;
    const prop: PropertySignatureStructure = {
      kind: StructureKind.PropertySignature,
      name: typePropertyKey(p.name),
      hasQuestionToken: optional,
      type: optional ? absentableType(p.name, type) : type,
      docs: docs(fieldDoc(p)),
    };
    props.push(prop);
    byName.set(p.name, { prop, doc: renderDoc(fieldDoc(p)) });
    for (const a of aliases) {
      if (byName.has(a)) continue;
      const aliasDoc = { trusted: [`Same as ${docCode(p.name)}: REST reads parameter names in any case, and the docs write it this way.`] };
      const aliasProp: PropertySignatureStructure = {
        kind: StructureKind.PropertySignature,
        name: typePropertyKey(a),
        hasQuestionToken: true,
        type: absentableType(a, type),
        docs: docs(aliasDoc),
      };
      props.push(aliasProp);
      byName.set(a, { prop: aliasProp, doc: renderDoc(aliasDoc) });
    }
    if (aliases.length > 0 && p.required === true) spellings.push({ id: `spelling:${p.name}`, params: [p.name, ...aliases], source: p.source });
  }
  // List params the spec's list semantics know but its params table missed.
  for (const [param, type] of overrides) {
    const original = [...listParams.keys()].find((k) => k.toLowerCase() === param) ?? param;
    props.push({ kind: StructureKind.PropertySignature, name: typePropertyKey(original), hasQuestionToken: true, type });
  }
  const signature = memberList(props.map((p) => `${p.name}${p.hasQuestionToken ? '?' : ''}`));
  const required = alternativesText([...(opts.alternatives ?? []), ...spellings], byName);
  if (required.length > 0) {
    // "At least one of `A` or `B`": an interface cannot say it, so the params become `{ … } & ({ A: … } | { B: … })`.
    const docOf = new Map([...byName.values()].map((x) => [x.prop, x.doc]));
    const members = props.map((p) => `${docOf.get(p) ?? ''}${p.name}${p.hasQuestionToken ? '?' : ''}: ${String(p.type)};`);
    const type = [`{\n${members.join('\n')}\n}`, ...required].join(' & ');
    file.exported(name, 'type', signature, type);
    return { kind: StructureKind.TypeAlias, name, isExported: true, docs: doc, type };
  }
  file.exported(name, 'interface', signature, props.map((p) => p.type).join(';'));
  return { kind: StructureKind.Interface, name, isExported: true, docs: doc, properties: props };
}

/**
 * One union per alternative group, each branch requiring one member: `({ A: T } | { B: U })`. A member
 * below a param (`fields.company.uuid`) requires the objects on its way and its key:
 * `{ fields: { company: Required<Pick<NonNullable<F["company"]>, "uuid">> } }`. A group naming a param
 * the type does not declare, or a member inside array items, is left out: its members stay optional,
 * as the spec's params say.
 */
function alternativesText(groups: readonly Alternative[], byName: ReadonlyMap<string, { prop: PropertySignatureStructure }>): string[] {
  const below = (typeExpr: string, segs: readonly string[]): string => {
    const [seg, ...rest] = segs as [string, ...string[]];
    if (rest.length === 0) return `Required<Pick<${typeExpr}, ${quote(seg)}>>`;
    return `{ ${typePropertyKey(seg)}: ${below(`NonNullable<${typeExpr}[${quote(seg)}]>`, rest)} }`;
  };
  const out: string[] = [];
  for (const g of groups) {
    const branches: string[] = [];
    for (const path of g.params) {
      // A param whose own name has a dot is itself the member; otherwise the first segment is the param.
      const [top = '', ...segs] = byName.has(path) ? [path] : path.split('.');
      const prop = byName.get(top)?.prop;
      if (!prop || typeof prop.type !== 'string' || segs.some((x) => x.endsWith('[]') || x === '') || top.endsWith('[]')) break;
      branches.push(`{ ${prop.name}: ${segs.length === 0 ? prop.type : below(prop.type, segs)} }`);
    }
    if (branches.length === g.params.length) out.push(`(${branches.join(' | ')})`);
  }
  return out;
}

/** `XxxResult`: an interface for object results, a type alias otherwise (`unknown` when undocumented). */
export function resultStatement(
  plan: Plan,
  m: PlanMethod,
  file: FileContext,
  ctx: TypeTextContext,
  forced: string | undefined,
  fullDoc = false,
): StatementStructures {
  const name = m.names.type('Result');
  const r = m.spec.result;
  const envelope = m.spec.api === 'vibe' ? 'data' : 'result';
  const base = fullDoc ? methodDoc(plan, m, file.file) : { tags: [deprecatedTag(plan, m, file.file)] };
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
export function resultIsPlainArray(m: PlanMethod): boolean {
  return m.spec.result?.type.kind === 'array';
}

/**
 * The item type of a list page: the items of an array result, or of the single array field of an
 * object result ({ items: […] }). When the docs say nothing useful about the items (any, unknown, an
 * object without fields), the list's entity type is used instead (crm.contact.list → CrmContact).
 */
export function listItemText(m: PlanMethod, ctx: TypeTextContext): string {
  const found = listItemRef(m.spec, m.scope);
  const at = found && { ...ctx, scope: found.scope };
  if (found && at && informative(found.type, found.scope)) return typeText(found.type, at);
  // The entity stands in only for lists with list types (those resolve it for their filter).
  const entity = hasListParams(m.spec) && m.list?.entity.ok ? m.list.entity.entity : undefined;
  if (entity?.decl) return ctx.file.useType(entity.decl.name, declFile(entity.decl));
  return found && at ? typeText(found.type, at) : 'unknown';
}
