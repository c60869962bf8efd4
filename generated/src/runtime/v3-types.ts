// Type-level API of REST 3.0 (`client.v3`), typed by the generated `MethodsV3` map (same shape as `Methods`,
// see CONTRACT.md). The per-method filter types (`["field", "operator", value]` triples, `in` lists,
// `between` pairs, `{ logic, conditions }` groups; rest-v3.md#filter) come with each method's params.

import type { B24Error } from './errors.js';
import type {
  B24Time,
  BatchItemResult,
  BatchSelect,
  CallOptions,
  ListItemFor,
  ListMethodName,
  NarrowedResult,
  ParamsArgs,
  RestMethodMap,
  SelectName,
  SelectParams,
} from './types.js';

/** Error codes rest-v3.md documents for every REST 3.0 method (#response, #permissions, #filter-errors, #call). */
export type V3ErrorCode =
  | 'BITRIX_REST_V3_EXCEPTION_VALIDATION_REQUESTVALIDATIONEXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_INVALIDJSONEXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_UNKNOWNDTOPROPERTYEXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_UNKNOWNFILTEROPERATOREXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_ENTITYNOTFOUNDEXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_ACCESSDENIEDEXCEPTION'
  | 'BITRIX_REST_V3_EXCEPTION_INSUFFICIENTSCOPEEXCEPTION'
  | 'ERROR_METHOD_NOT_FOUND';

/** The two errors of the `Idempotency-Key` header (rest-v3.md#idempotency): a key reused with another body (422), a malformed key (400). */
export type V3IdempotencyErrorCode = 'BITRIX_REST_V3_EXCEPTION_IDEMPOTENCYKEYREUSEDEXCEPTION' | 'BITRIX_REST_V3_EXCEPTION_INVALIDIDEMPOTENCYKEYEXCEPTION';

type LastSegment<K extends string> = K extends `${string}.${infer R}` ? LastSegment<R> : K;
type ReadSegment =
  | 'get'
  | 'list'
  | 'fields'
  | 'search'
  | 'count'
  | 'info'
  | 'current'
  | 'time'
  | 'scope'
  | 'methods'
  | 'profile'
  | 'version'
  | `get${'list' | 'fields' | 'all' | 'count' | 'children'}`
  | `getby${string}`;

/** True for a method the runtime treats as a write (the `isReadMethod` rule at the type level): it is sent with an Idempotency-Key. */
export type IsV3Write<K extends string> = Lowercase<LastSegment<K>> extends ReadSegment ? false : true;

/** The codes a REST 3.0 call can fail with: the method's documented ones, the common REST 3.0 ones, and on writes the idempotency ones. */
export type V3MethodErrorCode<V extends RestMethodMap<V>, K extends keyof V & string> =
  V[K]['errorCode'] | V3ErrorCode | (IsV3Write<K> extends true ? V3IdempotencyErrorCode : never);

/** The error a REST 3.0 call rejects with: `code` typed, `description` the server's `message`, `validation` its field list. */
export type V3MethodError<V extends RestMethodMap<V>, K extends keyof V & string> = B24Error<V3MethodErrorCode<V, K>>;

/** Options of a REST 3.0 call. */
export interface V3CallOptions extends CallOptions {
  /**
   * The `Idempotency-Key` header of a write (rest-v3.md#idempotency: 1 to 255 printable ASCII characters).
   * Default: a new UUID per call (the client's `newIdempotencyKey`), kept across its retries; `false` sends none.
   * Reads are sent without one.
   */
  idempotencyKey?: string | false;
}

/** A REST 3.0 response with its metadata. */
export interface V3CallMeta<R> {
  result: R;
  time?: B24Time;
  /** The Idempotency-Key the call was sent with (writes). */
  idempotencyKey?: string;
  /** True when the portal answered with the stored response of an earlier call with the same key (`Idempotent-Replayed: true`). */
  replayed?: boolean;
}

/** One REST 3.0 batch command: `[method, params]`, params as in a regular call (rest-v3.md#batch). */
export type V3BatchCommand<V extends RestMethodMap<V>> = {
  [K in keyof V & string]: {} extends V[K]['params'] ? readonly [method: K, params?: V[K]['params']] : readonly [method: K, params: V[K]['params']];
}[keyof V & string];

/** The outcome of each command, in the shape the commands were given (an array, or an object keyed like it). */
export type V3BatchResults<V extends RestMethodMap<V>, C> = {
  -readonly [I in keyof C]: C[I] extends readonly [infer N, ...infer A]
    ? N extends keyof V & string
      ? BatchItemResult<NarrowedResult<V[N], BatchSelect<V[N], A[0]>>, V3MethodErrorCode<V, N>>
      : never
    : never;
};

/** REST 3.0 methods `v3.list` pages: list methods, less those the map marks `paging: false` (the docs give them no paging). */
export type V3ListMethodName<V extends RestMethodMap<V>> = {
  [K in ListMethodName<V>]: V[K]['list'] extends { paging: false } ? never : K;
}[ListMethodName<V>];

/** The REST 3.0 client (`client.v3`). */
export interface RestV3Client<V extends RestMethodMap<V>> {
  /** Calls a REST 3.0 method (`POST /rest/api/…`) and returns its `result` (a list method's items narrowed to the `select` given). */
  call<K extends keyof V & string, N extends SelectName<V[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<V[K], N>, V3CallOptions>
  ): Promise<NarrowedResult<V[K], N>>;
  /** Like `call`, keeping `time`, the Idempotency-Key sent and whether the answer was a replay. */
  callWithMeta<K extends keyof V & string, N extends SelectName<V[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<V[K], N>, V3CallOptions>
  ): Promise<V3CallMeta<NarrowedResult<V[K], N>>>;
  /**
   * Iterates every item of a REST 3.0 list across pages: `pagination: { limit, offset }` (limit 50 unless the
   * params give one) until a page comes back shorter than the limit; a method that answers with a cursor
   * (`nextCursor`, or `hasMore` + `afterCursor`) is followed by `pagination.afterCursor` instead.
   */
  list<K extends V3ListMethodName<V>, N extends SelectName<V[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<V[K], N>, CallOptions>
  ): AsyncGenerator<ListItemFor<V[K], N>, void, undefined>;
  /**
   * Runs commands in one REST 3.0 `batch` request (a JSON array of `{ method, query }`, rest-v3.md#batch).
   * Pass an array (results in the same order) or an object (results under the same keys).
   */
  batch<const C extends readonly V3BatchCommand<V>[] | { readonly [key: string]: V3BatchCommand<V> }>(
    commands: C,
    options?: V3CallOptions,
  ): Promise<V3BatchResults<V, C>>;
  /** Escape hatch for REST 3.0 methods missing from the generated map; untyped, with metadata. */
  callUntyped(method: string, params?: Record<string, unknown>, options?: V3CallOptions): Promise<V3CallMeta<unknown>>;
}
