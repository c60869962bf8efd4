import type http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestClient, isReadMethod, type RetryOptions } from '../../generator/runtime/index.ts';
import { backoffDelay, parseRetryAfter, resolveRetryPolicy } from '../../generator/runtime/retry.ts';
import { startPortal, type FakePortal } from './fake-portal.ts';
import { fastRetry, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal();
});
afterEach(async () => {
  await portal.close();
});

const client = (retry: RetryOptions = fastRetry(), extra: Record<string, unknown> = {}) =>
  createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry, ...extra });

const json = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): true => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
  return true;
};
/** Override that fails the first `k` calls with `fail`, then lets the default handler answer. */
const failFirst = (k: number, fail: (res: http.ServerResponse) => void) => (_r: unknown, res: http.ServerResponse, n: number) => {
  if (n > k) return false;
  fail(res);
  return true;
};
const limit = (res: http.ServerResponse) => json(res, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
const reset = (res: http.ServerResponse) => res.socket?.destroy();

describe('retries', () => {
  it('retry: QUERY_LIMIT_EXCEEDED (503) burst is retried until it passes', async () => {
    portal.overrides['crm.contact.get'] = failFirst(3, limit);
    expect((await client().call('crm.contact.get', { id: 1 })).ID).toBe('1');
    expect(portal.calls['crm.contact.get']).toBe(4);
  });

  it('retry: QUERY_LIMIT_EXCEEDED is retried even for writes (the request was not executed)', async () => {
    portal.overrides['crm.contact.add'] = failFirst(2, limit);
    expect(await client().call('crm.contact.add', { fields: { NAME: 'n' } })).toBe(238);
    expect(portal.calls['crm.contact.add']).toBe(3);
  });

  it('retry: OPERATION_TIME_LIMIT and HTTP 429 are retried', async () => {
    portal.overrides['crm.contact.add'] = failFirst(1, (res) => json(res, 400, { error: 'OPERATION_TIME_LIMIT', error_description: 'Method is blocked' }));
    portal.overrides['crm.contact.get'] = failFirst(1, (res) => json(res, 429, { error: 'TOO_MANY', error_description: '' }));
    await client().call('crm.contact.add', { fields: { NAME: 'n' } });
    await client().call('crm.contact.get', { id: 1 });
    expect(portal.calls['crm.contact.add']).toBe(2);
    expect(portal.calls['crm.contact.get']).toBe(2);
  });

  it('retry: exponential backoff with full jitter (random × min(max, base·2ⁿ))', async () => {
    portal.overrides['crm.contact.get'] = failFirst(4, limit);
    const retry = fastRetry({ random: () => 0.5, baseDelayMs: 100, maxDelayMs: 500 });
    await client(retry).call('crm.contact.get', { id: 1 });
    expect(retry.delays).toEqual([50, 100, 200, 250]);
    const p = resolveRetryPolicy({ random: () => 0.999, baseDelayMs: 100, maxDelayMs: 10_000 });
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, p))).toEqual([99, 199, 399, 799]);
  });

  it('retry: Retry-After in seconds is honoured', async () => {
    portal.overrides['crm.contact.get'] = failFirst(1, (res) => json(res, 429, { error: 'QUERY_LIMIT_EXCEEDED' }, { 'retry-after': '7' }));
    const retry = fastRetry();
    await client(retry).call('crm.contact.get', { id: 1 });
    expect(retry.delays).toEqual([7000]);
  });

  it('retry: Retry-After as an HTTP date is honoured', async () => {
    const now = Date.parse('2025-01-01T00:00:00Z');
    portal.overrides['crm.contact.get'] = failFirst(1, (res) =>
      json(res, 503, { error: 'QUERY_LIMIT_EXCEEDED' }, { 'retry-after': 'Wed, 01 Jan 2025 00:00:03 GMT' }),
    );
    const retry = fastRetry({ now: () => now });
    await client(retry).call('crm.contact.get', { id: 1 });
    expect(retry.delays).toEqual([3000]);
    expect(parseRetryAfter('garbage', now)).toBeUndefined();
  });

  it('retry: stops at maxRetries and throws the last error', async () => {
    portal.overrides['crm.contact.get'] = failFirst(100, limit);
    const err = await rejection(client(fastRetry({ maxRetries: 2 })).call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', status: 503 });
    expect(portal.calls['crm.contact.get']).toBe(3);
  });

  it('retry: total time is bounded by maxRetryTimeMs (fake clock)', async () => {
    portal.overrides['crm.contact.get'] = failFirst(100, limit);
    let clock = 0;
    const retry = fastRetry({
      maxRetries: 100,
      random: () => 1,
      baseDelayMs: 1000,
      maxDelayMs: 100_000,
      maxRetryTimeMs: 10_000,
      now: () => clock,
      sleep: async (ms) => void (clock += ms),
    });
    const err = await rejection(client(retry).call('crm.contact.get', { id: 1 }));
    expect(err.code).toBe('QUERY_LIMIT_EXCEEDED');
    // waits 1000 + 2000 + 4000 = 7000; the next (8000) would end past 10 000 → give up after 4 attempts.
    expect(portal.calls['crm.contact.get']).toBe(4);
  });

  it('retry: 5xx retried for read methods', async () => {
    portal.overrides['crm.contact.get'] = failFirst(2, (res) => json(res, 500, { error: 'INTERNAL_SERVER_ERROR' }));
    await client().call('crm.contact.get', { id: 1 });
    expect(portal.calls['crm.contact.get']).toBe(3);
  });

  it('retry: 5xx with an HTML body (proxy) is retried for reads', async () => {
    portal.overrides['crm.contact.get'] = failFirst(1, (res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad Gateway</html>');
    });
    await client().call('crm.contact.get', { id: 1 });
    expect(portal.calls['crm.contact.get']).toBe(2);
  });

  it('retry: 500 not retried for writes (may have executed), unless retryNonIdempotent', async () => {
    portal.overrides['crm.contact.add'] = failFirst(1, (res) => json(res, 500, { error: 'INTERNAL_SERVER_ERROR' }));
    expect(await rejection(client().call('crm.contact.add', { fields: { NAME: 'n' } }))).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500 });
    expect(portal.calls['crm.contact.add']).toBe(1);
    portal.calls['crm.contact.add'] = 0;
    await client().call('crm.contact.add', { fields: { NAME: 'n' } }, { retryNonIdempotent: true });
    expect(portal.calls['crm.contact.add']).toBe(2);
  });

  it('retry: 4xx API errors are not retried', async () => {
    await rejection(client().call('crm.contact.get', { id: 424242 }));
    expect(portal.calls['crm.contact.get']).toBe(1);
  });

  it('network: connection reset retried for read methods', async () => {
    portal.overrides['crm.contact.get'] = failFirst(2, reset);
    expect((await client().call('crm.contact.get', { id: 5 })).ID).toBe('5');
    expect(portal.calls['crm.contact.get']).toBe(3);
  });

  it('network: connection reset NOT retried for writes → NETWORK_ERROR', async () => {
    portal.overrides['crm.contact.add'] = failFirst(1, reset);
    const err = await rejection(client().call('crm.contact.add', { fields: { NAME: 'n' } }));
    expect(err).toMatchObject({ code: 'NETWORK_ERROR', method: 'crm.contact.add' });
    expect(portal.calls['crm.contact.add']).toBe(1);
  });

  it('network: writes retried after reset when retryNonIdempotent is set (per call or per client)', async () => {
    portal.overrides['crm.contact.add'] = failFirst(1, reset);
    await client().call('crm.contact.add', { fields: { NAME: 'n' } }, { retryNonIdempotent: true });
    expect(portal.calls['crm.contact.add']).toBe(2);
    portal.overrides['crm.contact.add'] = failFirst(3, reset);
    await client(fastRetry(), { retryNonIdempotent: true }).call('crm.contact.add', { fields: { NAME: 'n' } });
    expect(portal.calls['crm.contact.add']).toBe(4);
  });

  it('isReadMethod: the rule that decides which methods are replayed after network errors', () => {
    const reads = [
      'crm.contact.get',
      'crm.contact.list',
      'crm.contact.fields',
      'tasks.task.getList',
      'task.item.getlist',
      'crm.item.getById',
      'user.search',
      'user.current',
      'server.time',
      'profile',
      'app.info',
    ];
    const writes = [
      'crm.contact.add',
      'crm.contact.update',
      'crm.contact.delete',
      'disk.file.getExternalLink',
      'im.message.send',
      'crm.item.batchImport',
      'batch',
    ];
    expect(reads.filter((m) => !isReadMethod(m))).toEqual([]);
    expect(writes.filter((m) => isReadMethod(m))).toEqual([]);
  });

  it('isReadMethod: can be overridden per client', async () => {
    portal.overrides['crm.contact.add'] = failFirst(1, reset);
    await client(fastRetry(), { isReadMethod: () => true }).call('crm.contact.add', { fields: { NAME: 'n' } });
    expect(portal.calls['crm.contact.add']).toBe(2);
  });

  it('timeout: a slow response fails with TIMEOUT', async () => {
    const err = await rejection(client(fastRetry({ maxRetries: 0 })).call('app.slow.get', {}, { timeout: 50 }));
    expect(err).toMatchObject({ code: 'TIMEOUT', method: 'app.slow.get' });
  });

  it('timeout: client-level attemptTimeout applies per attempt; timed-out reads are retried', async () => {
    const err = await rejection(client(fastRetry({ maxRetries: 2 }), { attemptTimeout: 30 }).call('app.slow.get'));
    expect(err).toMatchObject({ code: 'TIMEOUT', message: 'app.slow.get: timed out after 30ms (attemptTimeout)' });
    expect(portal.calls['app.slow.get']).toBe(3);
  });

  it('timeout: `timeout` is a deadline for the whole call, retries and waits included', async () => {
    // Before: `{ timeout: 1500 }` on a hanging read was per attempt and threw after 6 attempts (18 s).
    const started = Date.now();
    const err = await rejection(client(undefined, { timeout: 300 }).call('app.slow.get'));
    const took = Date.now() - started;
    expect(err).toMatchObject({ code: 'TIMEOUT', message: "app.slow.get: timed out (the call's timeout of 300ms has passed)" });
    expect(took).toBeGreaterThanOrEqual(290);
    expect(took).toBeLessThan(2000);
    expect(portal.calls['app.slow.get']).toBe(1);
  });

  it("timeout: an attempt that starts late still names the call's timeout, not what was left of it", async () => {
    // A busy event loop: 120 ms pass between the call's start and its first attempt (the clock is read twice).
    let reads = 0;
    const now = () => Date.now() - (reads++ === 0 ? 120 : 0);
    const err = await rejection(client({ ...fastRetry(), now }, { timeout: 300 }).call('app.slow.get'));
    expect(err).toMatchObject({ code: 'TIMEOUT', message: "app.slow.get: timed out (the call's timeout of 300ms has passed)" });
  });

  it('timeout: attempts share the deadline (each gets the shorter of attemptTimeout and what is left); no wait passes it', async () => {
    const started = Date.now();
    // Each attempt may take 100ms, the call 350ms: retries of the timed-out read run until the deadline cuts one short.
    const retry = { random: () => 0, sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
    const err = await rejection(client(retry, { timeout: 350, attemptTimeout: 100 }).call('app.slow.get'));
    const took = Date.now() - started;
    expect(err.code).toBe('TIMEOUT');
    expect(took).toBeGreaterThanOrEqual(340);
    expect(took).toBeLessThan(1500);
    // 3 full attempts, then (timing allowing) a 4th cut to the ~50ms left; never the 6 attempts of the retry budget.
    expect(portal.calls['app.slow.get']).toBeGreaterThanOrEqual(3);
    expect(portal.calls['app.slow.get']).toBeLessThanOrEqual(4);
    // A throttled write whose Retry-After wait would pass the deadline fails with the portal's error at once.
    portal.overrides['crm.contact.add'] = failFirst(5, (res) => json(res, 429, { error: 'QUERY_LIMIT_EXCEEDED' }, { 'retry-after': '5' }));
    const t0 = Date.now();
    const e2 = await rejection(client(retry, { timeout: 1000 }).call('crm.contact.add', { fields: { NAME: 'n' } }));
    expect(e2).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', status: 429 });
    expect(Date.now() - t0).toBeLessThan(900);
  });

  it('abort: an already-aborted signal sends nothing', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    const err = await rejection(client().call('crm.contact.get', { id: 1 }, { signal: ctrl.signal }));
    expect(err).toMatchObject({ code: 'ABORTED' });
    expect(portal.requests).toHaveLength(0);
  });

  it('abort: aborting an in-flight request rejects with ABORTED and is not retried', async () => {
    const ctrl = new AbortController();
    const p = client().call('app.slow.get', {}, { signal: ctrl.signal });
    while (!portal.calls['app.slow.get']) await new Promise((r) => setTimeout(r, 2));
    ctrl.abort();
    expect(await rejection(p)).toMatchObject({ code: 'ABORTED' });
    expect(portal.calls['app.slow.get']).toBe(1);
  });

  it('abort: aborting during a backoff wait stops the retries', async () => {
    portal.overrides['crm.contact.get'] = failFirst(100, limit);
    const ctrl = new AbortController();
    const retry = fastRetry({
      sleep: async (_ms, signal) => {
        ctrl.abort();
        if (signal?.aborted) throw signal.reason;
      },
    });
    const err = await rejection(client(retry).call('crm.contact.get', { id: 1 }, { signal: ctrl.signal }));
    expect(err).toMatchObject({ code: 'ABORTED' });
    expect(portal.calls['crm.contact.get']).toBe(1);
  });

  it('abort: the default sleep wakes up on abort', async () => {
    portal.overrides['crm.contact.get'] = failFirst(100, (res) => json(res, 503, { error: 'QUERY_LIMIT_EXCEEDED' }, { 'retry-after': '3600' }));
    const ctrl = new AbortController();
    const p = client({ maxRetryTimeMs: 10_000_000 }).call('crm.contact.get', { id: 1 }, { signal: ctrl.signal });
    while (!portal.calls['crm.contact.get']) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, 10));
    ctrl.abort();
    expect(await rejection(p)).toMatchObject({ code: 'ABORTED' });
  });
});
