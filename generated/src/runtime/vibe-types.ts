// Type-level API of the Vibe client; the generated `VibeOperations` map plugs in via `VibeOperationShape`.

import type { VibeError } from './errors.js';
import type { Logger } from './logger.js';
import type { RetryOptions } from './retry.js';
import type { ValidatorMap } from './validate.js';

/** What the generator emits per operation (key: 'VERB /path/{param}'). */
export interface VibeOperationShape {
  path: unknown;
  query: unknown;
  body: unknown;
  result: unknown;
  errorCode: string;
  /** `never`, or `{ item }` for list/search operations. */
  list: unknown;
}

/** Structural constraint for a generated operation map. */
export type VibeOperationMap<O> = { [K in keyof O]: VibeOperationShape };

/** Options of `createVibeRestClient`. */
export interface VibeClientOptions {
  /** Personal key or app key (X-Api-Key). */
  apiKey: string;
  /** User session token for app keys (Authorization: Bearer). */
  sessionToken?: string;
  /** Default https://vibecode.bitrix24.tech. */
  baseUrl?: string;
  retry?: RetryOptions;
  /** Milliseconds a whole request may take, retries and backoff waits included (default: none; `retry.maxRetryTimeMs` bounds retries). */
  timeout?: number;
  /** Milliseconds one HTTP attempt may take, body included (default 30 000; 0 disables). */
  attemptTimeout?: number;
  /** Allow replaying POST/PUT/PATCH/DELETE after network errors / 5xx (default false). */
  retryNonIdempotent?: boolean;
  logger?: Logger;
  fetch?: typeof fetch;
  validate?: boolean;
  /** Validators keyed by operation key. */
  schemas?: ValidatorMap;
}

/** Per-request transport options. */
export interface VibeRequestOptions {
  signal?: AbortSignal;
  /** Milliseconds the whole request may take, retries included; overrides the client's `timeout`. */
  timeout?: number;
  /** Milliseconds one HTTP attempt may take; overrides the client's `attemptTimeout`. */
  attemptTimeout?: number;
  retryNonIdempotent?: boolean;
}

/** Request init: `path` required when the operation has required path params, `body` only when it takes one. */
export type VibeRequestInit<S extends VibeOperationShape> = VibeRequestOptions &
  ({} extends S['path'] ? { path?: S['path'] } : { path: S['path'] }) & { query?: S['query'] } & ([S['body']] extends [never]
    ? { body?: never }
    : {} extends S['body']
      ? { body?: S['body'] }
      : { body: S['body'] });

/** `[init?]` when nothing in the init is required. */
export type VibeArgs<S extends VibeOperationShape> = {} extends VibeRequestInit<S> ? [init?: VibeRequestInit<S>] : [init: VibeRequestInit<S>];

/** Operation keys whose `list` is not `never`. */
export type VibeListOperation<O extends VibeOperationMap<O>> = {
  [K in keyof O & string]: [O[K]['list']] extends [never] ? never : K;
}[keyof O & string];

/** Item type yielded by `list`. */
export type VibeListItem<S extends VibeOperationShape> = S['list'] extends { item: infer I } ? I : never;

/** Response `meta` (list operations). */
export interface VibeMeta {
  total?: number;
  hasMore?: boolean;
  limit?: number;
  offset?: number;
  [key: string]: unknown;
}

/** The error an operation rejects with, with its documented codes. */
export type OperationError<O extends VibeOperationMap<O>, K extends keyof O> = VibeError<O[K]['errorCode']>;

/** The typed Vibe client. */
export interface VibeClient<O extends VibeOperationMap<O>> {
  /** Performs an operation and returns the unwrapped `data`. */
  request<K extends keyof O & string>(op: K, ...args: VibeArgs<O[K]>): Promise<O[K]['result']>;
  /** Like `request` but keeps `meta`. */
  requestWithMeta<K extends keyof O & string>(op: K, ...args: VibeArgs<O[K]>): Promise<{ data: O[K]['result']; meta?: VibeMeta }>;
  /** Iterates a list/search operation with limit/offset until `meta.hasMore` is false. */
  list<K extends VibeListOperation<O>>(op: K, ...args: VibeArgs<O[K]>): AsyncGenerator<VibeListItem<O[K]>, void, undefined>;
}
