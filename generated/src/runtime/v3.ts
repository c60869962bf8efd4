// REST 3.0 (`client.v3`), as api-reference/rest-v3.md defines it: `POST /rest/api/<method>` with a JSON
// body (#call), the `{ result, time }` / `{ error: { code, message, validation } }` envelope (#response,
// parsed by rest-core), the `Idempotency-Key` header on writes (#idempotency), paging through the
// `pagination` object of the list pages (page/limit/offset, or a cursor), and `batch` as a JSON array of
// `{ method, query }` answered by an array of results in the same order (#batch).

import type { B24Error, B24ErrorInit } from './errors.js';
import { pageItems } from './items.js';
import { ownValue, setOwn } from './own.js';
import { envelopeError, type Envelope, type RestCore } from './rest-core.js';
import type { RawBatchItem } from './batch.js';

/** Page size `v3.list` asks for when the params give none: the default most REST 3.0 list pages document (tasks-task-list-rest-v3.md:60); every documented maximum is above it. */
export const V3_PAGE_SIZE = 50;

/** rest-v3.md#idempotency: "The key value is 1 to 255 printable ASCII characters." */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,255}$/;

/** Per-call options as `v3` reads them. */
export interface V3RawOptions {
  signal?: AbortSignal;
  timeout?: number;
  attemptTimeout?: number;
  retryNonIdempotent?: boolean;
  idempotencyKey?: string | false;
}

type RawCommand = readonly [method: string, params?: unknown];

/** What `v3` needs besides the engine: a maker of Idempotency-Keys and the result check (VALIDATION_FAILED or undefined). */
export interface V3Deps {
  newKey: () => string;
  validate: (method: string, result: unknown) => B24Error | undefined;
}

/** Builds the untyped REST 3.0 client over the shared engine. */
export function createV3Client(core: RestCore, { newKey, validate }: V3Deps) {
  const keyFor = (method: string, write: boolean, given: string | false | undefined): string | undefined => {
    if (!write || given === false) return undefined;
    const key = given ?? newKey();
    if (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)) {
      throw core.error({ code: 'INVALID_ARGUMENT', method, message: `${method}: idempotencyKey must be 1 to 255 printable ASCII characters` });
    }
    return key;
  };

  /** Sends one REST 3.0 request; a write carries its Idempotency-Key, which also makes its retries safe (a replay returns the stored response). */
  const send = async (method: string, params: Record<string, unknown> | readonly unknown[], write: boolean, opts: V3RawOptions = {}) => {
    const key = keyFor(method, write, opts.idempotencyKey);
    const { idempotencyKey: _, ...rest } = opts;
    const env = await core.send(method, params, {
      ...rest,
      v3: true,
      idempotent: !write || key !== undefined,
      ...(key === undefined ? {} : { headers: { 'idempotency-key': key } }),
    });
    if (method !== 'batch') {
      const bad = validate(method, env.result);
      if (bad) throw bad;
    }
    return { env, key };
  };

  const callWithMeta = async (method: string, params?: Record<string, unknown>, opts?: V3RawOptions) => {
    const { env, key } = await send(method, params ?? {}, !core.isRead(method), opts);
    return meta(env, key);
  };

  async function* list(method: string, params: Record<string, unknown> = {}, opts?: V3RawOptions): AsyncGenerator<unknown, void, undefined> {
    const given = isRecord(params.pagination) ? params.pagination : {};
    const limit = positiveInt(given.limit) ?? V3_PAGE_SIZE;
    const page = positiveInt(given.page);
    // "If `page` and `limit` are provided, the offset is calculated automatically" (tasks-task-list-rest-v3.md:61): page wins.
    let offset = page !== undefined ? (page - 1) * limit : (positiveInt(given.offset) ?? 0);
    let cursor: unknown = given.afterCursor;
    let previous: string | undefined;
    const { page: _p, offset: _o, afterCursor: _c, ...other } = given;
    const invalid = (message: string): B24Error => core.error({ code: 'INVALID_RESPONSE', method, message: `${method}: ${message}` });
    for (;;) {
      const pagination = { ...other, limit, ...(cursor !== undefined ? { afterCursor: cursor } : offset > 0 ? { offset } : {}) };
      const { env } = await send(method, { ...params, pagination }, false, opts);
      const items = pageItems(env.result);
      if (!items) throw invalid('list result has no item array');
      yield* items;
      const next = cursorOf(env.result);
      if (next === 'none') {
        // Offset paging: the page is the last when it is shorter than the limit asked for.
        if (items.length < limit || items.length === 0) return;
        const first = JSON.stringify(items[0]);
        if (first === previous)
          throw invalid(`pagination did not advance (offset ${offset} returned the page before it again; a method that does not page is called with v3.call)`);
        previous = first;
        offset += items.length;
      } else {
        if (next === 'end' || items.length === 0) return;
        if (JSON.stringify(next.cursor) === JSON.stringify(cursor)) throw invalid('the cursor did not advance');
        cursor = next.cursor;
      }
    }
  }

  async function batch(commands: readonly RawCommand[] | Readonly<Record<string, RawCommand>>, opts?: V3RawOptions): Promise<unknown> {
    const asArray = Array.isArray(commands);
    const entries: Array<[string, RawCommand]> = asArray ? commands.map((c, i) => [String(i), c]) : Object.entries(commands);
    const invalid = (message: string): B24Error => core.error({ code: 'INVALID_BATCH', method: 'batch', message: `batch: ${message}` });
    for (const [key, cmd] of entries) {
      if (!Array.isArray(cmd) || typeof cmd[0] !== 'string') throw invalid(`command "${key}" must be [method, params?]`);
      if (cmd[1] !== undefined && (cmd[1] === null || typeof cmd[1] !== 'object' || Array.isArray(cmd[1])))
        throw invalid(`params of "${key}" must be an object`);
    }
    const out: Record<string, RawBatchItem> = {};
    if (entries.length > 0) {
      // rest-v3.md#batch: "the request body is a JSON array at the root … `method` … `query`".
      const body = entries.map(([, [method, params]]) => ({ method, query: params ?? {} }));
      const write = entries.some(([, [method]]) => !core.isRead(method));
      // A failed batch request (auth, network, a REST 3.0 error for the whole batch) throws, like a call.
      const { env } = await send('batch', body, write, opts);
      const results = env.result;
      const at = (i: number): unknown => (Array.isArray(results) ? results[i] : isRecord(results) ? results[String(i)] : undefined);
      const count = Array.isArray(results) ? results.length : isRecord(results) ? Object.keys(results).length : 0;
      entries.forEach(([key, [method]], i) => {
        const value = at(i);
        const failure = commandError(value);
        if (value === undefined) {
          setOwn(out, key, {
            ok: false,
            error: core.error({
              code: 'BATCH_NO_RESULT',
              method,
              message: `${method}: the batch response has no result for command ${asArray ? `#${i}` : `"${key}"`} (${count} results for ${entries.length} commands)`,
            }),
          });
        } else if (failure) {
          setOwn(out, key, { ok: false, error: core.error({ ...failure, method }) });
        } else {
          const bad = validate(method, value);
          setOwn(out, key, bad ? { ok: false, error: bad } : { ok: true, result: value });
        }
      });
    }
    // Keys are the caller's (`__proto__` included): set as own keys, read back from the map itself.
    return asArray ? entries.map(([key]) => ownValue(out, key)) : out;
  }

  return {
    async call(method: string, params?: Record<string, unknown>, opts?: V3RawOptions) {
      return (await callWithMeta(method, params, opts)).result;
    },
    callWithMeta,
    callUntyped: callWithMeta,
    list,
    batch,
  };
}

function meta(env: Envelope, key: string | undefined): { result: unknown; time?: unknown; idempotencyKey?: string; replayed?: boolean } {
  return {
    result: env.result,
    ...(env.time === undefined ? {} : { time: env.time }),
    ...(key === undefined ? {} : { idempotencyKey: key }),
    ...(env.replayed ? { replayed: true } : {}),
  };
}

/**
 * How a list page says where the next one starts. `none`: no cursor, offset paging. A cursor page either
 * carries `nextCursor` (null on the last page; note-collection-list.md) or `hasMore` with `afterCursor`
 * (call-followup-list.md: "If `hasMore` … equals `true`, copy the `afterCursor` object … into the
 * `pagination.afterCursor` of the next request").
 */
function cursorOf(result: unknown): 'none' | 'end' | { cursor: unknown } {
  if (!isRecord(result)) return 'none';
  if ('nextCursor' in result) return result.nextCursor === null || result.nextCursor === undefined ? 'end' : { cursor: result.nextCursor };
  if (typeof result.hasMore === 'boolean') {
    if (!result.hasMore || result.afterCursor === null || result.afterCursor === undefined) return 'end';
    return { cursor: result.afterCursor };
  }
  return 'none';
}

/** A batch entry that is a REST 3.0 error body (`{ error: { code, message, validation? } }`) rather than a result. */
function commandError(value: unknown): B24ErrorInit<string> | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 1 || !isRecord(value.error) || typeof value.error.code !== 'string') return undefined;
  return envelopeError(value);
}

function positiveInt(v: unknown): number | undefined {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
