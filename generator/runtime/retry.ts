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
const NEVER_RETRY = /^(ABORTED|REFRESH_FAILED|AUTH_PROVIDER_FAILED|VALIDATION_FAILED|INVALID_CONFIG|INVALID_ARGUMENT|INVALID_BATCH)$/;

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
  /** Milliseconds one attempt may take (0 or undefined: no limit). */
  attemptTimeoutMs?: number;
  /** Milliseconds the whole call may take, retries and waits included (0 or undefined: no deadline). */
  timeoutMs?: number;
  /** Builds the error thrown when the deadline has passed before an attempt could start. */
  timedOut?: (deadlineMs: number) => Error;
  /** Called before each wait, e.g. to log. */
  onRetry?: (err: ApiError, attempt: number, delayMs: number) => void;
  /** Builds the error thrown when the caller aborts during a wait. */
  aborted: (cause: unknown) => Error;
}

/** What one attempt is given: its number (0-based), its time limit, and whether the call's deadline set that limit. */
export interface AttemptInfo {
  n: number;
  /** Milliseconds this attempt may take; 0: no limit. */
  timeoutMs: number;
  /** True when the limit is what is left of the call's `timeout` (shorter than `attemptTimeout`). */
  byDeadline: boolean;
  /** The call's `timeout` (ms), when it has one: what a timed-out attempt cut short by the deadline reports. */
  callTimeoutMs?: number | undefined;
}

/** The end of a TIMEOUT message once the call's deadline has passed (between attempts or cutting one short). */
export function deadlinePassed(callTimeoutMs: number): string {
  return ` (the call's timeout of ${callTimeoutMs}ms has passed)`;
}

/** Why an attempt timed out, for its error message: the call's timeout when the deadline cut it short (not what was left of it), else `attemptTimeout`. */
export function timeoutReason(a: AttemptInfo): string {
  return a.byDeadline && a.callTimeoutMs !== undefined ? deadlinePassed(a.callTimeoutMs) : ` after ${a.timeoutMs}ms (attemptTimeout)`;
}

/** An attempt's time limit: the shorter of `attemptTimeout` and what is left before the call's deadline. */
export function attemptLimit(attemptTimeoutMs: number | undefined, deadline: number | undefined, now: number): { timeoutMs: number; byDeadline: boolean } {
  const per = attemptTimeoutMs !== undefined && attemptTimeoutMs > 0 ? attemptTimeoutMs : Infinity;
  const left = deadline === undefined ? Infinity : deadline - now;
  if (left < per) return { timeoutMs: Math.max(0, left), byDeadline: true };
  return { timeoutMs: per === Infinity ? 0 : per, byDeadline: false };
}

/**
 * Runs `attempt` until it succeeds, fails with a non-retryable error, or the attempt/time budget runs out.
 * `timeoutMs` is a deadline for the whole call: each attempt gets at most what is left of it, no wait
 * goes past it, and an attempt the deadline cut short is not retried (it is the call's own TIMEOUT).
 */
export async function withRetry<T>(attempt: (a: AttemptInfo) => Promise<T>, ctx: RetryContext): Promise<T> {
  const { policy } = ctx;
  const started = policy.now();
  const deadline = ctx.timeoutMs !== undefined && ctx.timeoutMs > 0 ? started + ctx.timeoutMs : undefined;
  for (let n = 0; ; n++) {
    const limit = attemptLimit(ctx.attemptTimeoutMs, deadline, policy.now());
    if (limit.byDeadline && limit.timeoutMs <= 0) throw ctx.timedOut ? ctx.timedOut(ctx.timeoutMs!) : new Error('deadline passed');
    try {
      return await attempt({ n, ...limit, callTimeoutMs: deadline === undefined ? undefined : ctx.timeoutMs });
    } catch (err) {
      if (n >= policy.maxRetries || !isRetryable(err, ctx.idempotent)) throw err;
      if (limit.byDeadline && (err as ApiError).code === 'TIMEOUT') throw err;
      const e = err as ApiError;
      const delay = e.retryAfterMs ?? backoffDelay(n, policy);
      // The budgets are checked before waiting: sleeping past them only to fail afterwards helps nobody.
      if (policy.now() - started + delay > policy.maxRetryTimeMs) throw err;
      if (deadline !== undefined && policy.now() + delay >= deadline) throw err;
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
