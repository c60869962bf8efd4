/**
 * Link each list method to the entity whose fields it filters, selects and sorts by: a pass over the
 * whole spec set (the entity is documented on a sibling page), run the same way whatever was read.
 */
import type { MethodSpec, TypeCatalogue, TypeRef } from '../spec/schema.ts';
import { compareStrings } from '../spec/serialize.ts';
import { customFieldPattern, isListMethodName } from '../sources/index.ts';
import { withFieldIds } from '../spec/ids.ts';
import { choosePlan, namedInProse, planFromExample, planFromType, replaceInline, resolversOver, type EntityPlan } from './list-entity-plans.ts';

/**
 * Link each list method to the entity whose fields it filters, selects and sorts by (see `list-entity-plans.ts`):
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
  const resolverOf = resolversOver(catalogues);
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
    const listProse = spec.params
      .filter((p) => /^(filter|select|order)$/i.test(p.name))
      .map((p) => p.description ?? '')
      .join('\n');
    const plan = choosePlan(candidates, namedInProse(listProse));
    if (!plan) continue;
    applyPlan(plan);
    // The entity's structure, through aliases (`type_item` → the shared `type` of crm/data-types.md).
    let entityType = resolverOf(plan.owner)({ kind: 'ref', name: plan.type });
    for (let i = 0; i < 4 && entityType?.kind === 'ref'; i++) entityType = resolverOf(plan.owner)(entityType);
    const custom = customFieldPatterns(spec, entityType);
    const idField = spec.list.idCursor ? idFieldOf(entityType) : undefined;
    const file = spec.sources[0]?.path ?? '';
    spec.list = {
      ...spec.list,
      ...(idField ? { idField } : {}),
      entity: { method: plan.owner.method, type: plan.type, ...(custom ? { customFields: custom } : {}) },
    };
    spec.facts = {
      ...spec.facts,
      'list.entity': { file, how: 'inferred', evidence: `sibling:${plan.owner.method}:${plan.evidence}` },
      ...(idField ? { 'list.idField': { file, how: 'inferred', evidence: `entity-id-field:${plan.owner.method}` } } : {}),
    };
  }
  return out;
}

/**
 * The custom-field patterns a list accepts: those its filter/select prose names (`UF_*`), those a param
 * about custom field names gives ("custom fields will be returned with their original names, for example
 * `UF_CRM_2_…`"), and the key patterns of the entity's own table (`ufCrm...`, `parentId...`).
 */
function customFieldPatterns(spec: MethodSpec, entity: TypeRef | undefined): string | undefined {
  const prose = (re: RegExp) =>
    spec.params
      .filter((p) => re.test(p.name) || (p.name.toLowerCase() !== 'order' && /custom field/i.test(p.description ?? '')))
      .map((p) => p.description ?? '')
      .join('\n');
  const own = customFieldPattern(prose(/^(filter|select)$/i));
  const fromTable = entity?.kind === 'object' && entity.additional ? (entity.additionalKeys ?? []).map((k) => `${k}*`) : [];
  const all = [...new Set([...(own ? [own] : []), ...fromTable])];
  return all.length ? all.join(' | ') : undefined;
}

/** The entity's id field as it spells it (`ID`, `id`), when it has exactly one. */
function idFieldOf(entity: TypeRef | undefined): string | undefined {
  if (entity?.kind !== 'object') return undefined;
  const ids = entity.fields.filter((f) => f.name.toLowerCase() === 'id');
  return ids.length === 1 ? ids[0]?.name : undefined;
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
    if (site.where === 'param')
      owner.params = owner.params.map((p) => (p.name === site.name ? { ...p, type: replaceInline(p.type, inline.path, ref, rewriteNamed) } : p));
  }
  owner.types = [...owner.types, { ...add, type: withFieldIds(add.type, add.name) }].sort((a, b) => compareStrings(a.name, b.name));
}
