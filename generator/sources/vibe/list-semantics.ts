/** Paging, filtering, select and order of list/search operations, from the page's own params and the shared conventions. */
import type { ListSemantics, Param, Provenance } from '../../spec/schema.ts';
import { paramId } from '../../spec/ids.ts';
import { compareStrings } from '../../spec/serialize.ts';
import type { VibeConventions, VibeFact } from './conventions.ts';

export interface ListEvidence {
  /** `meta.total` as the page itself documents it (response table or example). */
  totalField?: VibeFact<string>;
  entity?: { method: string; type: string; customFields?: string };
  /** Where the operation is declared (its verb line or operations row). */
  source: Provenance;
}

const FilterPrefix = /^[=!<>@%?]{0,3}$/;

/** List semantics and the facts they rest on (`list.*` keys for `facts`). */
export function listSemantics(
  params: Param[],
  ev: ListEvidence,
  conv: VibeConventions | undefined,
): { list: ListSemantics; facts: Record<string, Provenance> } {
  const facts: Record<string, Provenance> = { list: ev.source };
  const byName = (n: string) => params.find((p) => p.name === n);
  const offset = byName('offset');
  const limit = byName('limit');
  const filter = byName('filter');

  const paging: ListSemantics['paging'] = offset || conv?.offsetParam ? 'offset' : 'none';
  if (offset) facts['list.paging'] = offset.source;
  else if (conv?.offsetParam) facts['list.paging'] = conv.offsetParam.source;

  let pageSize: number | null = null;
  if (limit && typeof limit.default === 'number' && Number.isInteger(limit.default) && limit.default > 0) {
    pageSize = limit.default;
    facts['list.pageSize'] = limit.source;
  } else if (conv?.limitDefault) {
    pageSize = conv.limitDefault.value;
    facts['list.pageSize'] = conv.limitDefault.source;
  }

  const total = ev.totalField ?? conv?.totalField;
  if (total) facts['list.totalField'] = total.source;

  let filterSpec: ListSemantics['filter'] = null;
  if (filter || conv?.filterParam) {
    const prefix = (conv?.filterPrefixOperators?.value ?? []).map((o) => o.operator);
    if (conv?.filterEquality) prefix.push('');
    const objectOps = (conv?.filterObjectOperators?.value ?? []).map((o) => o.operator);
    filterSpec = {
      param: 'filter',
      syntax: 'vibe',
      operators: [...new Set(prefix.filter((o) => FilterPrefix.test(o)))].sort(compareStrings),
      ...(objectOps.length > 0 ? { objectOperators: [...new Set(objectOps)].sort(compareStrings) } : {}),
      logic: conv?.filterLogic?.value ?? false,
    };
    facts['list.filter'] = filter?.source ?? conv!.filterParam!.source;
    if (conv?.filterPrefixOperators) facts['list.filter.operators'] = conv.filterPrefixOperators.source;
    if (conv?.filterObjectOperators) facts['list.filter.objectOperators'] = conv.filterObjectOperators.source;
    if (conv?.filterLogic) facts['list.filter.logic'] = conv.filterLogic.source;
  }

  const select = byName('select');
  const order = byName('order');
  const list: ListSemantics = {
    paging,
    pageSize,
    ...(paging === 'offset' ? { startParam: 'offset' } : {}),
    ...(total ? { totalField: total.value } : {}),
    idCursor: false,
    filter: filterSpec,
    select: select || conv?.selectParam ? { param: 'select', masks: [] } : null,
    order: order || conv?.orderParam ? { param: 'order' } : null,
    entity: ev.entity ?? null,
    source: ev.source,
  };
  return { list, facts };
}

/** The filter parameter the conventions imply for list operations that do not table one. */
export function conventionFilterParam(conv: VibeConventions, where: 'query' | 'body'): Param | null {
  if (!conv.filterParam) return null;
  return {
    id: paramId('filter'),
    name: 'filter',
    in: where,
    type: { kind: 'map', values: { kind: 'scalar', name: 'unknown' }, keys: 'string' },
    required: false,
    source: { ...conv.filterParam.source, how: 'inferred', evidence: 'vibe-conventions' },
  };
}
