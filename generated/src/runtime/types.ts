// Type-level API of the REST client. The generated `Methods` interface plugs in through
// `RestMethodShape` (see CONTRACT.md); nothing here exists at run time.

import type { B24Error } from './errors.js';
import type { RestV3Client } from './v3-types.js';
import type { Logger } from './logger.js';
import type { RetryOptions } from './retry.js';
import type { ValidatorMap } from './validate.js';

/** What the generator emits per method. */
export interface RestMethodShape {
  params: unknown;
  result: unknown;
  errorCode: string;
  /** `never` for non-list methods, else `{ item; idCursor; idField?; select; paging? }` (`select`: a {@link ListSelectShape} or `never`; `paging: false`: a REST 3.0 list that does not page). */
  list: unknown;
}

/** What a list method's select is: its param name, the names it accepts, the fields returned without one. */
export interface ListSelectShape {
  param: string;
  names: string;
  /** The fields the page says come back when no select is given; `never`: the whole item. */
  default: string;
  /** Select names the wire sends under another key (`RESPONSIBLE_ID` → `responsibleId`). */
  keys?: { readonly [name: string]: string };
}

/** The select facts of a method, or `never`. */
type SelectOf<S extends RestMethodShape> = [S['list']] extends [never] ? never : S['list'] extends { select: infer X extends ListSelectShape } ? X : never;

/** The names a call's select may list (`never` when the method has no typed select). */
export type SelectName<S extends RestMethodShape> = SelectOf<S>['names'];

/**
 * A method's params, with the select param typed as the names the caller wrote (`N`, inferred), so the
 * result can be narrowed to them. Other methods' params are unchanged.
 */
export type SelectParams<S extends RestMethodShape, N extends string> = [SelectOf<S>] extends [never]
  ? S['params']
  : S['params'] & (SelectOf<S> extends { param: 'SELECT' } ? { SELECT?: readonly N[] } : { select?: readonly N[] });

/** Keys of `I` that are fields, not index signatures (`UF_${string}`). */
type FieldKey<I> = keyof { [K in keyof I as {} extends Record<K, 1> ? never : K]: 0 };
/** What `'UF_*'` adds: `I`'s index signatures for `UF_…` keys (or for any key, when the docs do not say which). */
type CustomPart<I> = { [K in keyof I as {} extends Record<K, 1> ? (K extends `UF_${string}` ? K : string extends K ? K : never) : never]: I[K] };
/** What `'*'` selects: every documented field; array-valued (multiple) ones, which `'*'` leaves out, stay optional. */
type StarPart<I> = { [K in FieldKey<I> as NonNullable<I[K]> extends readonly unknown[] ? never : K]-?: Exclude<I[K], undefined> } & {
  [K in FieldKey<I> as NonNullable<I[K]> extends readonly unknown[] ? K : never]?: I[K];
};

/**
 * A list item narrowed to a select: each named field present (a name the item type does not know is
 * `unknown`), `'*'` every documented field, `'UF_*'` the custom fields. A wide `string` select keeps the item.
 */
export type SelectedItem<I, N extends string, R = {}> = string extends N
  ? I
  : ('*' extends N ? StarPart<I> : unknown) &
      ('UF_*' extends N ? CustomPart<I> : unknown) & {
        -readonly [K in Exclude<N, '*' | 'UF_*'> as K extends keyof R ? R[K] & string : K]-?: (K extends keyof R ? R[K] : K) extends infer P
          ? P extends keyof I
            ? Exclude<I[P], undefined>
            : unknown
          : never;
      };

/** The renames from select names to item keys a method's select entry carries (`keys`), or none. */
type KeysOf<S extends RestMethodShape> = SelectOf<S> extends { keys: infer R } ? R : {};

/**
 * The item `list` yields for the select names `N` the caller wrote: `never` (no select) gives the page's
 * default — the fields it names, else what `'*'` and `'UF_*'` give (without a select the portal sends every standard
 * field: user-get.md "Without this parameter, the method returns all fields"); the whole names union (a select held in a variable of the wide select type, whose names the
 * types cannot see) gives the item with every field optional.
 */
export type ListItemFor<S extends RestMethodShape, N extends string> = [SelectOf<S>] extends [never]
  ? ListItem<S>
  : [N] extends [never]
    ? [SelectOf<S>['default']] extends [never]
      ? SelectedItem<ListItem<S>, '*' | 'UF_*'>
      : SelectedItem<ListItem<S>, SelectOf<S>['default'], KeysOf<S>>
    : [SelectName<S>] extends [N]
      ? Partial<ListItem<S>>
      : SelectedItem<ListItem<S>, N, KeysOf<S>>;

/** A list method's result with its items narrowed (a plain array, or the array fields of a page object). */
export type NarrowedResult<S extends RestMethodShape, N extends string> = [SelectOf<S>] extends [never]
  ? S['result']
  : WithItems<S['result'], ListItem<S>, ListItemFor<S, N>>;

/** `R` with its arrays of `I` (itself, or its fields) holding `X` instead. */
type WithItems<R, I, X> = R extends readonly I[] ? X[] : R extends object ? { [P in keyof R]: R[P] extends readonly I[] ? X[] : R[P] } : R;

/** Structural constraint for a generated method map (interfaces have no index signature). */
export type RestMethodMap<M> = { [K in keyof M]: RestMethodShape };

/** Bitrix's `time` block of a response. */
export interface B24Time {
  start: number;
  finish: number;
  duration: number;
  processing: number;
  date_start: string;
  date_finish: string;
  operating_reset_at?: number;
  operating?: number;
}

/** A response with its paging and timing metadata. */
export interface CallMeta<R> {
  result: R;
  /** Total number of records (list methods). */
  total?: number;
  /** The `start` value of the next page; absent on the last page. */
  next?: number;
  time?: B24Time;
}

/** Per-call options. */
export interface CallOptions {
  signal?: AbortSignal;
  /** Milliseconds the whole call may take, retries and their waits included; overrides the client's `timeout`. */
  timeout?: number;
  /** Milliseconds one HTTP attempt may take (body included); overrides the client's `attemptTimeout`. */
  attemptTimeout?: number;
  /** Replay this call after network errors / 5xx even though its name does not look read-only. */
  retryNonIdempotent?: boolean;
}

/** Options of `list`. `mode: 'id'` is accepted only where the method's `list.idCursor` is true. */
export type ListOptions<S extends RestMethodShape> = CallOptions &
  (S['list'] extends { idCursor: true }
    ? {
        /**
         * 'offset' (default) pages with start/next: simple, but records inserted or deleted while you
         * iterate shift the offsets, so items can be skipped or repeated. 'id' sorts by ID and pages
         * with a `>ID` filter and start=-1: no total count, but it never skips or repeats.
         */
        mode?: 'offset' | 'id';
        /** Name of the ID field for mode 'id' (default: the one the method's spec names, else 'ID'). */
        idField?: S['list'] extends { idField: infer F extends string } ? F : string;
      }
    : { mode?: 'offset' });

/** Options of `batch`. */
export interface BatchOptions extends CallOptions {
  /** Stop at the first failing command; later commands report `BATCH_HALTED`. */
  halt?: boolean;
}

/** A `$result[key]…` reference to an earlier command in the same batch. */
export type BatchRef = `$${'result' | 'result_error' | 'result_total' | 'result_next' | 'result_time'}[${string}]${string}`;

/** Params in which any value may instead be a batch reference. */
export type WithRefs<T> = T extends string | number | boolean | bigint | null | undefined | Date
  ? T | BatchRef
  : T extends object
    ? { [K in keyof T]: WithRefs<T[K]> } | BatchRef
    : T;

/** `[params?, options?]` when every param is optional, else `[params, options?]`. */
export type ParamsArgs<P, O> = {} extends P ? [params?: P, options?: O] : [params: P, options?: O];

/** A `[method, params]` tuple for `batch`. */
export type BatchCommand<M extends RestMethodMap<M>> = {
  [K in keyof M & string]: {} extends M[K]['params']
    ? readonly [method: K, params?: WithRefs<M[K]['params']>]
    : readonly [method: K, params: WithRefs<M[K]['params']>];
}[keyof M & string];

/** The outcome of one batch command. */
export type BatchItemResult<R, C extends string = string> =
  { ok: true; result: R; total?: number; next?: number; time?: B24Time } | { ok: false; error: B24Error<C> };

/** The select names a batch command's params list, as `call` infers them (`never` without a select: the page's default). */
export type BatchSelect<S extends RestMethodShape, P> = [SelectOf<S>] extends [never]
  ? never
  : P extends { readonly [Q in SelectOf<S>['param']]: readonly (infer X)[] }
    ? Extract<X, SelectName<S>>
    : never;

/** Results keyed like the commands passed to `batch`; a list method's items narrowed to its command's select, as in `call`. */
export type BatchResults<M extends RestMethodMap<M>, C> = {
  -readonly [K in keyof C]: C[K] extends readonly [infer N, ...infer A]
    ? N extends keyof M
      ? BatchItemResult<NarrowedResult<M[N], BatchSelect<M[N], A[0]>>, M[N]['errorCode']>
      : never
    : never;
};

/** Names of methods whose `list` is not `never`. */
export type ListMethodName<M extends RestMethodMap<M>> = {
  [K in keyof M & string]: [M[K]['list']] extends [never] ? never : K;
}[keyof M & string];

/** The item type `list` yields for a method. */
export type ListItem<S extends RestMethodShape> = S['list'] extends { item: infer I } ? I : never;

/** The error a call to method K rejects with, with its documented codes. */
export type MethodError<M extends RestMethodMap<M>, K extends keyof M> = B24Error<M[K]['errorCode']>;

/** OAuth tokens as handed to `onTokens`. */
export interface OAuthTokens {
  accessToken: string;
  refreshToken: string;
  /** Seconds of validity, as returned by the OAuth server. */
  expiresIn?: number;
  /** Unix time (ms) the access token expires at, when the server said. */
  expiresAt?: number;
  /** Portal's REST endpoint as reported by the OAuth server (e.g. after a domain change). */
  clientEndpoint?: string;
  memberId?: string;
  scope?: string;
}

/** OAuth 2.0 credentials of a Bitrix24 application. */
export interface OAuthOptions {
  accessToken: string;
  refreshToken: string;
  clientId: string;
  clientSecret: string;
  /** Receives the new pair after each refresh; persist it (the old refresh token stops working). */
  onTokens?: (tokens: OAuthTokens) => void | Promise<void>;
  /** Default https://oauth.bitrix.info. */
  oauthServer?: string;
}

/** Options shared by every auth mode. */
export interface CommonClientOptions {
  retry?: RetryOptions;
  /**
   * Milliseconds a whole call may take, retries and backoff waits included (default: none, the retry
   * budget `retry.maxRetryTimeMs` bounds it). A call that runs out rejects with TIMEOUT.
   */
  timeout?: number;
  /** Milliseconds one HTTP attempt may take, body included (default 30 000; 0 disables). */
  attemptTimeout?: number;
  /** REST 3.0: makes the `Idempotency-Key` of a write that was given none (default `crypto.randomUUID()`). */
  newIdempotencyKey?: () => string;
  /** Allow replaying non-read methods after network errors / 5xx (default false). */
  retryNonIdempotent?: boolean;
  /** Overrides the read-method rule (see `isReadMethod`). */
  isReadMethod?: (method: string) => boolean;
  logger?: Logger;
  /** Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Check every result against `schemas[method]` (REST 3.0: `schemasV3[method]`), when present. */
  validate?: boolean;
  schemas?: ValidatorMap;
  /** Validators of REST 3.0 results, keyed by method (the package's `resultSchemasV3`). */
  schemasV3?: ValidatorMap;
  /**
   * The id field `list(…, { mode: 'id' })` pages by, per lower-cased method name, where it is not `ID`
   * (crm.item.list pages by `id`). The generated `createClient` passes the spec's; `idField` overrides it per call.
   */
  listIdFields?: Readonly<Record<string, string>>;
  /**
   * Param paths of the documented Y/N flags, per lower-cased method name (`params.REGISTER_SONET_EVENT`):
   * a boolean given there is sent as `'Y'`/`'N'` by call, list and batch alike. The generated `createClient` passes the spec's.
   */
  ynParams?: Readonly<Record<string, readonly string[]>>;
}

/** Inbound-webhook auth: the secret lives in the URL path. */
export interface WebhookClientOptions extends CommonClientOptions {
  /** e.g. https://example.bitrix24.com/rest/1/abc123/ */
  webhookUrl: string;
}

/** OAuth auth against `<portal>/rest/`. */
export interface OAuthClientOptions extends CommonClientOptions {
  /** e.g. https://example.bitrix24.com */
  portal: string;
  auth: OAuthOptions;
}

/** What an auth provider returns: the token to send and the portal it is for (`BX24.getAuth()`'s `access_token` and `domain`). */
export interface AuthSnapshot {
  accessToken: string;
  /** The portal's host (`example.bitrix24.com`, as BX24.getAuth() gives it) or its URL. */
  domain: string;
}

/**
 * Supplies the credentials of each request: called before every request with `{}`; after the portal
 * answered `expired_token`, called once with `{ expiredToken }` — refresh there (e.g. `BX24.refreshAuth`)
 * and return the new token; the call is then replayed once. Concurrent calls share that refresh.
 */
export type AuthProvider = (context: { expiredToken?: string }) => AuthSnapshot | Promise<AuthSnapshot>;

/** Auth from a provider function: browser and Bitrix24 iframe apps, which hold no client secret. */
export interface AuthProviderClientOptions extends CommonClientOptions {
  auth: AuthProvider;
}

/** Options of `createRestClient`. */
export type RestClientOptions = WebhookClientOptions | OAuthClientOptions | AuthProviderClientOptions;
/** Alias used by the generated index. */
export type ClientOptions = RestClientOptions;

/**
 * What the per-method functions (`crmDealGet(client, params)`, from `@b24gen/bitrix24/crm`) need of a client:
 * its untyped call path. Every {@link RestClient} is one, whatever map it is typed by (`createClient`, a namespace
 * client), and its `validate` and retries apply to those calls.
 */
export interface RestCaller {
  callUntyped(method: string, params?: Record<string, unknown>, options?: CallOptions): Promise<CallMeta<unknown>>;
}

/** The typed REST client; `V` types its REST 3.0 methods (`client.v3`, the generated `MethodsV3`). */
export interface RestClient<M extends RestMethodMap<M>, V extends RestMethodMap<V> = {}> extends RestCaller {
  /** REST 3.0 (`/rest/api/…`): its own methods, filter syntax, paging, batch and Idempotency-Key. */
  readonly v3: RestV3Client<V>;
  /** Calls a method and returns its unwrapped `result` (a list method's items narrowed to the `select` given). */
  call<K extends keyof M & string, N extends SelectName<M[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<M[K], N>, CallOptions>
  ): Promise<NarrowedResult<M[K], N>>;
  /** Calls a method and keeps `total`, `next` and `time`. */
  callWithMeta<K extends keyof M & string, N extends SelectName<M[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<M[K], N>, CallOptions>
  ): Promise<CallMeta<NarrowedResult<M[K], N>>>;
  /**
   * Iterates every item of a list method across pages. Items are narrowed to the `select` given
   * (`{ select: ['ID', 'TITLE'] }` yields `{ ID; TITLE }`); without one, to the page's documented default.
   */
  list<K extends ListMethodName<M>, N extends SelectName<M[K]> = never>(
    method: K,
    ...args: ParamsArgs<SelectParams<M[K], N>, ListOptions<M[K]>>
  ): AsyncGenerator<ListItemFor<M[K], N>, void, undefined>;
  /** Runs commands through `batch` (chunked by 50); each key gets its own ok/error result. */
  batch<const C extends { readonly [key: string]: BatchCommand<M> }>(commands: C, options?: BatchOptions): Promise<BatchResults<M, C>>;
  /** Escape hatch for methods missing from the generated map; untyped, with metadata. */
  callUntyped(method: string, params?: Record<string, unknown>, options?: CallOptions): Promise<CallMeta<unknown>>;
}
