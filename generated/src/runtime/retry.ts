// Retry policy shared by the REST and Vibe clients: exponential backoff with full jitter, Retry-After
// honoured, a cap on attempts and on total elapsed time, and a classification that never replays a
// request that might already have changed data unless the caller says it is safe.

import { ApiError, isTransportError } from './errors.js';

/** Retry knobs; the clock, randomness and sleep are injectable so tests run instantly and deterministically. */
export interface RetryOptions {
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** Backoff base: attempt n waits random() * min(maxDelayMs, baseDelayMs * 2^n) (default 500). */
  baseDelayMs?: number;
  /** Upper bound of one computed backoff (default 15 000). Retry-After is honoured even above it. */
  maxDelayMs?: number;
  /** Give up once the next wait would end later than this after the first attempt (default 60 000). */
  maxRetryTimeMs?: number;
  /** Returns [0, 1); default Math.random. */
  random?: () => number;
  /** Waits `ms`, rejecting early when `signal` aborts; default uses setTimeout. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** Milliseconds clock; default Date.now. */
  now?: () => number;
}

/** Fully-defaulted retry policy. */
export type RetryPolicy = Required<RetryOptions>;

/** Error codes that mean "the server refused before doing anything": always safe to replay. */
const THROTTLE_CODES = /^(QUERY_LIMIT_EXCEEDED|OPERATION_TIME_LIMIT|RATE_LIMITED|TOO_MANY_REQUESTS)$/;

/** Runtime codes that a replay cannot fix (the refresh already had its single chance). */
const NEVER_RETRY = /^(ABORTED|REFRESH_FAILED|VALIDATION_FAILED|INVALID_CONFIG|INVALID_ARGUMENT|INVALID_BATCH)$/;

/** Fills in defaults. */
export function resolveRetryPolicy(o: RetryOptions | undefined): RetryPolicy {
  return {
    maxRetries: o?.maxRetries ?? 5,
    baseDelayMs: o?.baseDelayMs ?? 500,
    maxDelayMs: o?.maxDelayMs ?? 15_000,
    maxRetryTimeMs: o?.maxRetryTimeMs ?? 60_000,
    random: o?.random ?? Math.random,
    sleep: o?.sleep ?? defaultSleep,
    now: o?.now ?? Date.now,
  };
}

/**
 * Decides whether a failed attempt may be replayed. Throttling (429, 503, QUERY_LIMIT_EXCEEDED,
 * OPERATION_TIME_LIMIT) is always retried: the request was rejected before it ran. Transport failures
 * and other 5xx are retried only for idempotent requests, because the server may have executed them.
 */
export function isRetryable(err: unknown, idempotent: boolean): boolean {
  if (!(err instanceof ApiError)) return false;
  if (NEVER_RETRY.test(err.code)) return false;
  if (isTransportError(err)) return idempotent;
  if (THROTTLE_CODES.test(err.code) || err.status === 429 || err.status === 503) return true;
  return err.status !== undefined && err.status >= 500 && idempotent;
}

/** Full-jitter exponential backoff for retry number `n` (0-based). */
export function backoffDelay(n: number, p: RetryPolicy): number {
  const cap = Math.min(p.maxDelayMs, p.baseDelayMs * 2 ** n);
  return Math.floor(p.random() * cap);
}

/** Parses Retry-After (delta-seconds or HTTP-date) into milliseconds from `now`; undefined when absent/invalid. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

/** Hooks for `withRetry`. */
export interface RetryContext {
  policy: RetryPolicy;
  idempotent: boolean;
  signal?: AbortSignal;
  /** Called before each wait, e.g. to log. */
  onRetry?: (err: ApiError, attempt: number, delayMs: number) => void;
  /** Builds the error thrown when the caller aborts during a wait. */
  aborted: (cause: unknown) => Error;
}

/** Runs `attempt` until it succeeds, fails with a non-retryable error, or the attempt/time budget runs out. */
export async function withRetry<T>(attempt: (n: number) => Promise<T>, ctx: RetryContext): Promise<T> {
  const { policy } = ctx;
  const started = policy.now();
  for (let n = 0; ; n++) {
    try {
      return await attempt(n);
    } catch (err) {
      if (n >= policy.maxRetries || !isRetryable(err, ctx.idempotent)) throw err;
      const e = err as ApiError;
      const delay = e.retryAfterMs ?? backoffDelay(n, policy);
      // The budget is checked before waiting: sleeping past it only to fail afterwards helps nobody.
      if (policy.now() - started + delay > policy.maxRetryTimeMs) throw err;
      ctx.onRetry?.(e, n + 1, delay);
      try {
        await policy.sleep(delay, ctx.signal);
      } catch (sleepErr) {
        throw ctx.aborted(sleepErr);
      }
      if (ctx.signal?.aborted) throw ctx.aborted(ctx.signal.reason);
    }
  }
}

/** setTimeout-based sleep that rejects (and clears its timer) when the signal aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
