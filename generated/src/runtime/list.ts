// Paging over Bitrix list methods.
//
// Offset mode follows `start`/`next`. It is what Bitrix documents, but offsets are positions in a live
// result set: a record inserted before the cursor while you iterate pushes an item you have already
// seen onto the next page (a repeat), and a deleted one pulls an unseen item back onto a page you have
// already read (a skip).
//
// ID mode sorts by ID ascending, asks for `ID > lastSeenId` with `start: -1` (which also tells Bitrix
// to skip the COUNT query), and moves the cursor to the last ID it yielded. The cursor is a value, not
// a position, so concurrent inserts and deletes can never make it skip or repeat a record.

import type { B24Error } from './errors.js';
import { pageItems } from './items.js';
import type { Envelope } from './rest-core.js';

/** Bitrix's fixed page size for list methods. */
export const PAGE_SIZE = 50;

/** Sends one page request (with validation already applied). */
export type PageFetcher = (params: Record<string, unknown>) => Promise<Envelope>;

/** Dependencies of the list iterators. */
export interface ListDeps {
  method: string;
  fetchPage: PageFetcher;
  error: (init: { code: string; method: string; message: string }) => B24Error;
}

/** Iterates all items with start/next offsets. */
export async function* listByOffset(deps: ListDeps, params: Record<string, unknown>): AsyncGenerator<unknown, void, undefined> {
  let start = typeof params.start === 'number' && params.start > 0 ? params.start : 0;
  for (;;) {
    const page = await deps.fetchPage({ ...params, start });
    const items = itemsOf(deps, page.result);
    yield* items;
    if (page.next === undefined || items.length === 0) return;
    // A `next` that does not advance would loop forever on a misbehaving server or proxy.
    if (page.next <= start)
      throw deps.error({ code: 'INVALID_RESPONSE', method: deps.method, message: `${deps.method}: "next" did not advance (${start} → ${page.next})` });
    start = page.next;
  }
}

/** Iterates all items by ascending ID with a `>ID` filter and start=-1. */
export async function* listById(deps: ListDeps, params: Record<string, unknown>, idField = 'ID'): AsyncGenerator<unknown, void, undefined> {
  const { filter, order, select, rest } = splitParams(params);
  const gt = `>${idField}`;
  const gte = `>=${idField}`;
  if (order && !isIdAscending(order, idField)) {
    throw deps.error({
      code: 'INVALID_ARGUMENT',
      method: deps.method,
      message: `${deps.method}: mode 'id' orders by ${idField} ascending; remove "order" or set it to { ${idField}: 'ASC' }`,
    });
  }
  // A caller's lower bound becomes the starting cursor; the other ID conditions (<, <=, =) stay in the filter.
  const baseFilter: Record<string, unknown> = { ...filter };
  let cursor = 0;
  if (gt in baseFilter) cursor = Math.max(cursor, Number(baseFilter[gt]));
  if (gte in baseFilter) cursor = Math.max(cursor, Number(baseFilter[gte]) - 1);
  delete baseFilter[gt];
  delete baseFilter[gte];
  if (!Number.isFinite(cursor)) throw deps.error({ code: 'INVALID_ARGUMENT', method: deps.method, message: `${deps.method}: ${gt} must be numeric` });
  // The cursor is read from the items, so the ID must be selected.
  const sel = Array.isArray(select) && select.length > 0 && !select.includes(idField) && !select.includes('*') ? [idField, ...select] : select;

  for (;;) {
    const page = await deps.fetchPage({
      ...rest,
      filter: { ...baseFilter, [gt]: cursor },
      order: { [idField]: 'ASC' },
      ...(sel === undefined ? {} : { select: sel }),
      start: -1,
    });
    const items = itemsOf(deps, page.result);
    for (const item of items) {
      const id = Number((item as Record<string, unknown> | null)?.[idField]);
      // Strictly increasing IDs are what makes the cursor exact; anything else means the filter or
      // order was ignored, and continuing could loop or skip.
      if (!Number.isFinite(id) || id <= cursor) {
        throw deps.error({
          code: 'INVALID_RESPONSE',
          method: deps.method,
          message: `${deps.method}: mode 'id' got ${idField}=${String(id)} after ${cursor}; IDs must be numeric and increasing`,
        });
      }
      cursor = id;
      yield item;
    }
    if (items.length < PAGE_SIZE) return;
  }
}

function itemsOf(deps: ListDeps, result: unknown): unknown[] {
  const items = pageItems(result);
  if (!items) throw deps.error({ code: 'INVALID_RESPONSE', method: deps.method, message: `${deps.method}: list result has no item array` });
  return items;
}

/** Separates filter/order/select (either case, as Bitrix accepts both) from the other params. */
function splitParams(params: Record<string, unknown>): {
  filter: Record<string, unknown> | undefined;
  order: Record<string, unknown> | undefined;
  select: unknown[] | undefined;
  rest: Record<string, unknown>;
} {
  const rest: Record<string, unknown> = { ...params };
  const take = (name: string): unknown => {
    const v = rest[name] ?? rest[name.toUpperCase()];
    delete rest[name];
    delete rest[name.toUpperCase()];
    return v;
  };
  const filter = take('filter');
  const order = take('order');
  const select = take('select');
  delete rest.start;
  return {
    filter: isRecord(filter) ? filter : undefined,
    order: isRecord(order) ? order : undefined,
    select: Array.isArray(select) ? select : undefined,
    rest,
  };
}

function isIdAscending(order: Record<string, unknown>, idField: string): boolean {
  const keys = Object.keys(order);
  return keys.length === 0 || (keys.length === 1 && keys[0] === idField && String(order[idField]).toUpperCase() === 'ASC');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
