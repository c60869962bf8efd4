/**
 * List-method semantics: paging, filter, select, order and where the entity's fields are documented.
 * The scrape dropped the operator bullet lists and the mask values, so most of this is inferred from
 * Bitrix conventions (REST 1 lists page by `start` in pages of 50; crm lists accept prefix filters)
 * and from what the examples actually send. Every inference is marked as such in `facts`.
 */
import type { ListSemantics, Param } from '../../spec/schema.ts';
import type { RequestSample } from './examples.ts';
import { lineOf, lineText, type PageText } from './lines.ts';
import { findEntry } from './literal.ts';
import type { Notes } from './notes.ts';
import { OPERATOR_PREFIX } from './params.ts';
import { typeNameFromMethod } from './result.ts';

/** The prefix operators REST 1 filters accept, in the order the docs list them ("" is equality). */
export const STANDARD_FILTER_OPERATORS: readonly string[] = ['', '=', '!=', '!', '>', '>=', '<', '<=', '@', '!@', '%', '=%', '%=', '!%'];

export interface ListInput {
  method: string;
  /** 1-based line the method name was read from (the title). */
  nameLine: number;
  params: Param[];
  samples: RequestSample[];
  /** Names of the Returned Data rows (result, total, next, time). */
  envelopeRows: Map<string, number>;
  /** Top-level keys of the response example, with their lines. */
  responseKeys: Map<string, number>;
  /** Method names the page mentions (for the `*.fields` evidence of the entity link). */
  mentions: Map<string, number>;
  /** 1-based line range of the whole page body, for prose searches. */
  bodyFrom: number;
  bodyTo: number;
}

/** True for a list method: a `.list`/`.getList` name, or a `start` param with the 50-record page prose. */
export function isListMethod(page: PageText, input: Pick<ListInput, 'method' | 'params' | 'bodyFrom' | 'bodyTo'>): boolean {
  if (/\.(?:list|getlist)$/i.test(input.method)) return true;
  return input.params.some((p) => p.name.toLowerCase() === 'start') && pageSizeLine(page, input.bodyFrom, input.bodyTo) !== undefined;
}

/** List semantics for a list method; call only when `isListMethod` holds. */
export function readListSemantics(page: PageText, input: ListInput, notes: Notes): ListSemantics {
  const param = (name: string) => input.params.find((p) => p.name.toLowerCase() === name);
  const start = param('start');
  const offset = param('offset');
  const pageParam = param('page') ?? param('pagination');
  const paging: ListSemantics['paging'] = start ? 'start' : offset ? 'offset' : pageParam ? 'page' : 'none';

  const sizeLine = pageSizeLine(page, input.bodyFrom, input.bodyTo);
  let pageSize: number | null = null;
  if (sizeLine) {
    pageSize = sizeLine.size;
    notes.fact('list.pageSize', notes.at(sizeLine.line, 'read', 'prose'));
  } else if (paging === 'start') {
    pageSize = 50;
    notes.fact('list.pageSize', notes.at(start?.source.line, 'inferred', 'rest-list-convention'));
  }

  const filterParam = param('filter');
  const orderParam = param('order') ?? param('sort');
  const selectParam = param('select');

  const cursorLine = findText(page, input.bodyFrom, input.bodyTo, /start\s*(?:=|:)\s*-1\b|start=-1/i);
  let idCursor = false;
  if (cursorLine !== undefined) {
    idCursor = true;
    notes.fact('list.idCursor', notes.at(cursorLine, 'read', 'prose'));
  } else if (paging === 'start' && filterParam && orderParam && /^crm\./i.test(input.method)) {
    // list-methods-pecularities: crm lists ordered by ID and filtered by >ID may page with start=-1.
    idCursor = true;
    notes.fact('list.idCursor', notes.at(filterParam.source.line, 'inferred', 'crm-list-convention'));
  }

  const filter = filterParam ? readFilter(page, filterParam, input.samples, notes) : null;
  const select = selectParam ? readSelect(selectParam, input, notes) : null;
  if (orderParam) notes.fact('list.order', notes.at(orderParam.source.line, 'read', 'params-table'));

  const source = /\.(?:list|getlist)$/i.test(input.method)
    ? notes.at(input.nameLine, 'inferred', 'method-name')
    : notes.at(start?.source.line, 'inferred', 'start-param');
  notes.fact('list', source);

  const next = input.envelopeRows.get('next') ?? input.responseKeys.get('next');
  const total = input.envelopeRows.get('total') ?? input.responseKeys.get('total');
  if (paging === 'start') {
    notes.fact('list.nextField', next !== undefined ? notes.at(next, 'read', 'returned-data') : notes.at(undefined, 'inferred', 'rest-list-convention'));
    notes.fact('list.totalField', total !== undefined ? notes.at(total, 'read', 'returned-data') : notes.at(undefined, 'inferred', 'rest-list-convention'));
  }

  return {
    paging,
    pageSize,
    ...(paging === 'start' ? { startParam: start!.name, nextField: 'next', totalField: 'total' } : {}),
    idCursor,
    filter,
    select,
    order: orderParam ? { param: orderParam.name } : null,
    entity: entityLink(input, notes),
    source,
  };
}

/** "… always static — 50 records", "page size … 50": the documented page size. */
function pageSizeLine(page: PageText, from: number, to: number): { size: number; line: number } | undefined {
  for (let n = from; n < to && n <= page.lines.length; n++) {
    const m = /\b(\d{1,4}) (?:records|elements|items|entries|rows)\b/i.exec(lineText(page, n));
    if (m && /page|pagination|static|batch|at most|max/i.test(lineText(page, n))) return { size: Number(m[1]), line: n };
  }
  return undefined;
}

function findText(page: PageText, from: number, to: number, re: RegExp): number | undefined {
  for (let n = from; n < to && n <= page.lines.length; n++) if (re.test(page.lines[n - 1] ?? '')) return n;
  return undefined;
}

/** The prefix filter: the standard operator set (inferred) plus every prefix the examples use (read). */
function readFilter(page: PageText, filterParam: Param, samples: RequestSample[], notes: Notes): NonNullable<ListSemantics['filter']> {
  const operators = [...STANDARD_FILTER_OPERATORS];
  let logic = false;
  let seenLine: number | undefined;
  for (const sample of samples) {
    const entry = findEntry(sample.node, filterParam.name);
    if (!entry || entry.value.kind !== 'object') continue;
    for (const e of entry.value.entries) {
      if (e.key.toUpperCase() === 'LOGIC') logic = true;
      const op = OPERATOR_PREFIX.exec(e.key)?.[1];
      if (op === undefined) continue;
      seenLine ??= lineOf(page, e.keyOffset);
      if (!operators.includes(op)) operators.push(op);
    }
  }
  notes.fact('list.filter.operators', notes.at(filterParam.source.line, 'inferred', 'rest-filter-convention'));
  if (seenLine !== undefined) notes.fact('list.filter.operatorsSeen', notes.at(seenLine, 'read', 'request-example'));
  notes.fact('list.filter.logic', notes.at(filterParam.source.line, 'inferred', logic ? 'request-example' : 'rest-filter-convention'));
  return { param: filterParam.name, syntax: 'prefix', operators, logic };
}

/** `select` masks: the crm convention `*` + `UF_*` when the cell talks about masks or the method is crm.*. */
function readSelect(selectParam: Param, input: ListInput, notes: Notes): NonNullable<ListSemantics['select']> {
  const mentionsMasks = /\bmask/i.test(selectParam.description ?? '');
  const masks = mentionsMasks || /^crm\./i.test(input.method) ? ['*', 'UF_*'] : [];
  if (masks.length > 0)
    notes.fact('list.select.masks', notes.at(selectParam.source.line, 'inferred', mentionsMasks ? 'select-cell-mentions-masks' : 'crm-list-convention'));
  return { param: selectParam.name, masks };
}

/** `ns.x.list` documents no fields itself; `ns.x.get` returns the entity (naming convention). */
function entityLink(input: ListInput, notes: Notes): ListSemantics['entity'] {
  const m = /^(.+)\.(?:list|getlist)$/i.exec(input.method);
  if (!m) return null;
  const base = m[1]!;
  const getter = `${base}.get`;
  const fieldsMethod = [...input.mentions.keys()].find((k) => k.toLowerCase() === `${base.toLowerCase()}.fields`);
  const evidence = fieldsMethod ? `naming-convention; page mentions ${fieldsMethod}` : 'naming-convention';
  notes.fact('list.entity', notes.at(fieldsMethod ? input.mentions.get(fieldsMethod) : undefined, 'inferred', evidence));
  return {
    method: getter,
    type: typeNameFromMethod(getter),
    ...(/^crm\./i.test(input.method) ? { customFields: 'UF_*' } : {}),
  };
}
