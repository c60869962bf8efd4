/**
 * Cross-page field references: a param its page leaves an open object, whose description says the fields
 * are described on another method's page (`fieldsRef`, read by the YFM reader), takes the type that page
 * gives the same param (or the param the description names). The named types that type refers to come
 * along; the param's type provenance points at the donor page (`inferred`, `cross-page-ref`).
 */
import type { FieldsRef, MethodSpec, NamedType, Param, TypeRef, Warning } from '../spec/schema.ts';
import { paramId, withFieldIds } from '../spec/ids.ts';
import { findItem } from './list-entity-plans.ts';
import { adoptTypes } from './type-refs.ts';

const LIST_PARAMS = /^(?:filter|select|order|sort)$/i;

/** True for a type that says nothing of an object's keys (`object`, `any`, `array` of those, unions of them). */
export function isOpen(t: TypeRef): boolean {
  if (t.kind === 'object') return t.fields.length === 0;
  if (t.kind === 'scalar') return t.name === 'any' || t.name === 'unknown';
  if (t.kind === 'array') return isOpen(t.items);
  // A bare `array` param reads as `any[] | object` (a PHP associative array or a list).
  if (t.kind === 'union') return t.anyOf.every(isOpen);
  return false;
}

/** The spec read from the linked page (the one of the named method when the page has several), else the named method's. */
function findDonor(byPage: ReadonlyMap<string, MethodSpec[]>, byName: ReadonlyMap<string, MethodSpec[]>, ref: FieldsRef): MethodSpec | undefined {
  const onPage = byPage.get(ref.page) ?? [];
  const method = ref.method?.toLowerCase();
  return onPage.find((s) => s.method.toLowerCase() === method) ?? onPage[0] ?? (method ? byName.get(method)?.[0] : undefined);
}

/**
 * What the donor page gives: its param of that name; else, on a `*.fields`/`*.getFields` page (the
 * page "To find out the required format of the fields, execute the method crm.product.fields" points
 * to), the entity structure its result documents, found as list entities find it (never a field
 * description such as `{type, isRequired}`).
 */
export function donorType(donor: MethodSpec, wanted: string, paramName: string): { type: TypeRef; what: string } | null {
  const param = donor.params.find((x) => x.name.toLowerCase() === wanted);
  if (param) return { type: param.type, what: param.name };
  if (!/\.(?:get)?fields$/i.test(donor.method) || !donor.result) return null;
  const hit = findItem(donor.result.type, (ref) => (ref.shared ? undefined : donor.types.find((t) => t.name === ref.name)?.type));
  if (!hit || hit.path.length > 0) return null;
  // A named structure is taken with its types; an inline one gets the param's field ids.
  if (hit.at.kind === 'ref') return { type: hit.at, what: 'the result' };
  if (hit.at.kind === 'object') return { type: withFieldIds(hit.at, paramName, paramId), what: 'the result' };
  return null;
}

/** Every spec with its `fieldsRef` params typed from the page they point to (see the module comment). */
export function followFieldsRefs(specs: readonly MethodSpec[]): { specs: MethodSpec[]; warnings: Warning[] } {
  const byName = new Map<string, MethodSpec[]>();
  const byPage = new Map<string, MethodSpec[]>();
  for (const s of specs) {
    byName.set(s.method.toLowerCase(), [...(byName.get(s.method.toLowerCase()) ?? []), s]);
    for (const src of s.sources) byPage.set(src.path, [...(byPage.get(src.path) ?? []), s]);
  }
  const warnings: Warning[] = [];
  const out = specs.map((spec) => {
    if (!spec.params.some((p) => p.fieldsRef)) return spec;
    const file = spec.sources[0]?.path ?? '';
    let types: NamedType[] = [...spec.types];
    const facts = { ...spec.facts };
    const own: Warning[] = [];
    const params = spec.params.map((p): Param => {
      if (!p.fieldsRef || !isOpen(p.type)) return p;
      // A list's filter/select/order names the entity's fields with operators and directions: its keys are
      // the entity's (list-entities.ts links them), its values are not the fields' values.
      if (spec.list && LIST_PARAMS.test(p.name)) return p;
      const donor = findDonor(byPage, byName, p.fieldsRef);
      const wanted = (p.fieldsRef.param ?? p.name).toLowerCase();
      const from = donor ? donorType(donor, wanted, p.name) : null;
      if (!donor || donor === spec || !from || isOpen(from.type)) return p;
      // The donor's named types join this spec's; a name this spec already uses for another type blocks it.
      const adopted = adoptTypes(types, [from.type], donor.types);
      if (!adopted) return p;
      types = adopted;
      const donorFile = donor.sources[0]?.path ?? file;
      facts[`${p.id}.type`] = { file: donorFile, how: 'inferred', evidence: 'cross-page-ref' };
      own.push({
        code: 'cross-page-fields',
        message: `${spec.method}: ${p.name} typed from ${from.what} of ${donor.method}, whose page the description points to`,
        file,
      });
      return { ...p, type: from.type };
    });
    if (own.length === 0) return spec;
    warnings.push(...own);
    return {
      ...spec,
      params,
      types,
      facts,
      warnings: [...spec.warnings, ...own],
    };
  });
  return { specs: out, warnings };
}
