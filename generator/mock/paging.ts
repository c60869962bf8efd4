/**
 * Paging over generated records, as the portal does it. REST 1 (settings/how-to-call-rest-api/list-methods-pecularities.md):
 * `filter` keys are `<operator><FIELD>`, `order` is `{ FIELD: 'ASC'|'DESC' }`, `select` names fields (masks
 * `*`, `UF_*`), pages of 50 from `start`, with `total` and `next` while more remain; `start: -1` skips the
 * count (no `total`, no `next`: the ID-cursor fast paging). REST 3.0 (api-reference/rest-v3.md): `filter` is a
 * list of `[field, operator, value]`, `pagination` `{ page, limit, offset }`. Vibe: `limit`/`offset`, `meta`.
 */
import { isRecord } from './synth.ts';

type Rec = Record<string, unknown>;

/** One page of a REST 1 list: the items, and `total`/`next` unless `start` is -1. */
export interface Page {
  items: Rec[];
  total?: number;
  next?: number;
}

/** Filter, order, page and project records for a REST 1 `start` list call. */
export function pageRest1(records: readonly Rec[], params: Rec, idField: string, pageSize: number): Page {
  const rows = orderBy(filterPrefix(records, lowerKeys(params)['filter']), lowerKeys(params)['order'], idField);
  const startRaw = Number(lowerKeys(params)['start'] ?? 0);
  const start = Number.isFinite(startRaw) ? Math.trunc(startRaw) : 0;
  const select = lowerKeys(params)['select'];
  if (start === -1) return { items: rows.slice(0, pageSize).map((r) => project(r, select)) };
  const from = Math.max(0, start);
  const page: Page = { items: rows.slice(from, from + pageSize).map((r) => project(r, select)), total: rows.length };
  if (from + pageSize < rows.length) page.next = from + pageSize;
  return page;
}

/** Params with lower-cased top-level keys: REST 1 reads `FILTER` as `filter`. */
function lowerKeys(params: Rec): Rec {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k.toLowerCase(), v]));
}

/** A record's field by name, exactly or else in any case (REST 1 field names are case-insensitive in filters). */
function fieldOf(rec: Rec, name: string): { found: boolean; value: unknown } {
  if (Object.hasOwn(rec, name)) return { found: true, value: rec[name] };
  const k = Object.keys(rec).find((x) => x.toLowerCase() === name.toLowerCase());
  return k === undefined ? { found: false, value: undefined } : { found: true, value: rec[k] };
}

/** Compare two scalars: as numbers when both read as numbers ("43" and 7), else as text. */
function compare(a: unknown, b: unknown): number {
  const na = toNumber(a);
  const nb = toNumber(b);
  if (na !== undefined && nb !== undefined) return na - nb;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

function toNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

/** `filter: { '>ID': 5, '@STATUS': ['A','B'], '%NAME': 'x' }`; a condition on a field the records lack is ignored, as the portal ignores unknown fields. */
export function filterPrefix(records: readonly Rec[], filter: unknown): Rec[] {
  if (!isRecord(filter)) return [...records];
  const conds = Object.entries(filter).flatMap(([key, value]) => {
    const m = /^([=!<>@%?]{0,3})(.+)$/.exec(key);
    return m ? [{ op: m[1]!, field: m[2]!, value }] : [];
  });
  return records.filter((r) =>
    conds.every(({ op, field, value }) => {
      const { found, value: v } = fieldOf(r, field);
      return !found || test(op, v, value);
    }),
  );
}

/** One prefix operator applied to a record value. */
function test(op: string, v: unknown, want: unknown): boolean {
  const list = Array.isArray(want) ? want : isRecord(want) ? Object.values(want) : [want];
  const inList = list.some((x) => compare(v, x) === 0);
  const like = (pattern: unknown) =>
    String(v ?? '')
      .toLowerCase()
      .includes(
        String(pattern ?? '')
          .replace(/%/g, '')
          .toLowerCase(),
      );
  switch (op) {
    case '':
    case '=':
    case '@':
      return inList;
    case '!':
    case '!=':
    case '!@':
      return !inList;
    case '>':
      return compare(v, want) > 0;
    case '>=':
      return compare(v, want) >= 0;
    case '<':
      return compare(v, want) < 0;
    case '<=':
      return compare(v, want) <= 0;
    case '%':
    case '=%':
    case '%=':
      return like(want);
    case '!%':
      return !like(want);
    default:
      return true;
  }
}

/** Sort by `order` (`{ FIELD: 'ASC'|'DESC' }`, either case); by id ascending when none is given. */
export function orderBy(records: Rec[], order: unknown, idField: string): Rec[] {
  const keys = isRecord(order) && Object.keys(order).length > 0 ? Object.entries(order) : [[idField, 'ASC'] as [string, unknown]];
  return [...records].sort((a, b) => {
    for (const [field, dir] of keys) {
      const c = compare(fieldOf(a, field).value, fieldOf(b, field).value);
      if (c !== 0) return String(dir).toUpperCase() === 'DESC' ? -c : c;
    }
    return 0;
  });
}

/** Keep the fields `select` names (any case); `*` keeps all, `PREFIX*` those starting so. No select: the whole record. */
export function project(rec: Rec, select: unknown): Rec {
  const names = Array.isArray(select) ? select.map(String) : isRecord(select) ? Object.values(select).map(String) : undefined;
  if (!names || names.length === 0 || names.includes('*')) return rec;
  const wanted = (k: string) =>
    names.some((n) => (n.endsWith('*') ? k.toLowerCase().startsWith(n.slice(0, -1).toLowerCase()) : n.toLowerCase() === k.toLowerCase()));
  return Object.fromEntries(Object.entries(rec).filter(([k]) => wanted(k)));
}

/**
 * A REST 3.0 list page: `filter` conditions `[field, op, value]` or `[field, value]` (a list value: `in`),
 * `order`, `select`, `pagination: { limit, page | offset }` (rest-v3.md). Returns the items, or the field
 * a condition names that the records do not have (the portal's UNKNOWNDTOPROPERTY error).
 */
export function pageRest3(records: readonly Rec[], params: Rec, idField: string, pageSize: number): { items: Rec[] } | { unknownField: string } {
  let rows = [...records];
  for (const cond of Array.isArray(params['filter']) ? params['filter'] : []) {
    if (!Array.isArray(cond) || typeof cond[0] !== 'string') continue;
    const [field, a, b] = cond as [string, unknown, unknown];
    if (rows[0] && !fieldOf(rows[0], field).found) return { unknownField: field };
    const [op, value] = cond.length === 2 ? [Array.isArray(a) ? 'in' : '=', a] : [String(a), b];
    rows = rows.filter((r) => testV3(op, fieldOf(r, field).value, value));
  }
  rows = orderBy(rows, params['order'], idField);
  const pg = isRecord(params['pagination']) ? params['pagination'] : {};
  const limit = Number(pg['limit'] ?? pageSize) || pageSize;
  const offset = pg['page'] !== undefined ? (Number(pg['page']) - 1) * limit : Number(pg['offset'] ?? 0) || 0;
  return { items: rows.slice(Math.max(0, offset), Math.max(0, offset) + limit).map((r) => project(r, params['select'])) };
}

/** A REST 3.0 operator (rest-v3.md#operators: `= != > >= < <= in between`). */
function testV3(op: string, v: unknown, want: unknown): boolean {
  if (op === 'in') return Array.isArray(want) && want.some((x) => compare(v, x) === 0);
  if (op === 'between') return Array.isArray(want) && compare(v, want[0]) >= 0 && compare(v, want[1]) <= 0;
  return test(op === '!=' ? '!' : op, v, want);
}

/** Vibe's `$` operators as REST 1 prefixes (vibecode docs_filtering.txt:17-31: `$gt $gte $lt $lte $ne $contains $in`). */
const VIBE_OPERATORS: Record<string, string> = { $gt: '>', $gte: '>=', $lt: '<', $lte: '<=', $ne: '!', $contains: '%', $in: '@' };

/**
 * A Vibe filter as prefix conditions: `{ amount: { $gte: 5 } }` is `{ '>=amount': 5 }`, a plain value an exact
 * match, a prefixed key (`'>=amount'`, docs_filtering.txt:43-50) stays as it is; an unknown `$` operator is dropped.
 */
export function vibeFilterToPrefix(filter: unknown): Rec {
  const out: Rec = {};
  if (!isRecord(filter)) return out;
  for (const [field, cond] of Object.entries(filter)) {
    if (!isRecord(cond) || !Object.keys(cond).some((k) => k.startsWith('$'))) out[field] = cond;
    else for (const [op, v] of Object.entries(cond)) if (VIBE_OPERATORS[op] !== undefined) out[`${VIBE_OPERATORS[op]}${field}`] = v;
  }
  return out;
}

/**
 * A Vibe list page: `filter` (both syntaxes), `order` (`{ lastName: 'asc' }`), `select` (`id,name` or a list),
 * `limit`/`offset` (vibecode docs_entities_contacts_list.txt:10-15), with its `meta` (`total`, `hasMore`).
 */
export function pageVibe(records: readonly Rec[], params: Rec, idField: string, pageSize: number): { data: Rec[]; meta: Rec } {
  const rows = orderBy(filterPrefix(records, vibeFilterToPrefix(params['filter'])), params['order'], idField);
  const limit = Math.max(1, Number(params['limit'] ?? pageSize) || pageSize);
  const offset = Math.max(0, Number(params['offset'] ?? 0) || 0);
  const select = typeof params['select'] === 'string' ? params['select'].split(',').map((x) => x.trim()) : params['select'];
  const data = rows.slice(offset, offset + limit).map((r) => project(r, select));
  return { data, meta: { total: rows.length, hasMore: offset + data.length < rows.length } };
}
