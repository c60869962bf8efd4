import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { B24Error, createRestClient, encodePhpQuery } from '../../generator/runtime/index.ts';
import { parsePhpQuery, startPortal, WEBHOOK_SECRET, type FakePortal } from './fake-portal.ts';
import { fastRetry, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal(237);
});
afterEach(async () => {
  await portal.close();
});

const client = () => createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry() });
const cmdOf = (i: number) => (portal.requests[i]!.body.cmd ?? {}) as Record<string, string>;

describe('batch', () => {
  it('batch: results per key, typed by each command', async () => {
    const r = await client().batch({ a: ['crm.contact.get', { id: 1 }], b: ['crm.lead.get', { id: 2 }], t: ['server.time'] });
    expect(r.a).toMatchObject({ ok: true, result: { ID: '1', NAME: 'Contact 1' } });
    expect(r.b).toMatchObject({ ok: true, result: { TITLE: 'Lead 2' } });
    expect(r.t).toMatchObject({ ok: true, result: '2024-01-01T00:00:00+03:00' });
    expect(portal.calls.batch).toBe(1);
    expect(cmdOf(0)).toEqual({ a: 'crm.contact.get?id=1', b: 'crm.lead.get?id=2', t: 'server.time' });
  });

  it('batch: a failing command surfaces on its key only', async () => {
    const r = await client().batch({ ok1: ['crm.contact.get', { id: 1 }], bad: ['crm.contact.get', { id: 99999 }], ok2: ['crm.lead.get', { id: 3 }] });
    expect(r.ok1.ok).toBe(true);
    expect(r.ok2.ok).toBe(true);
    expect(r.bad.ok).toBe(false);
    if (!r.bad.ok) {
      expect(r.bad.error).toBeInstanceOf(B24Error);
      expect(r.bad.error).toMatchObject({ code: 'NOT_FOUND', description: 'Not found', method: 'crm.contact.get' });
    }
  });

  it('batch: list commands keep total/next', async () => {
    const r = await client().batch({ l: ['crm.contact.list', { select: ['ID'] }] });
    expect(r.l).toMatchObject({ ok: true, total: 237, next: 50 });
  });

  it('batch: encodes params PHP-style (nested filter, indexed select)', async () => {
    await client().batch({ l: ['crm.contact.list', { filter: { '>=DATE_CREATE': '2024-05-01' }, select: ['ID', 'NAME'] }] });
    const line = cmdOf(0).l!;
    expect(line).toBe('crm.contact.list?filter[%3E%3DDATE_CREATE]=2024-05-01&select[0]=ID&select[1]=NAME');
    expect(parsePhpQuery(line.split('?')[1]!)).toEqual({ filter: { '>=DATE_CREATE': '2024-05-01' }, select: ['ID', 'NAME'] });
    expect(encodePhpQuery({ a: true, b: false, c: null, d: undefined, e: [], f: { g: [1, { h: 'x y&z' }] } })).toBe('a=1&b=0&f[g][0]=1&f[g][1][h]=x%20y%26z');
  });

  it('batch: $result[key] references are resolved by the server', async () => {
    const r = await client().batch({
      add: ['crm.contact.add', { fields: { NAME: 'Ref' } }],
      get: ['crm.contact.get', { id: '$result[add]' }],
      lead: ['crm.lead.get', { id: '$result[get][ID]' }],
    });
    expect(r.add).toMatchObject({ ok: true, result: 238 });
    expect(r.get).toMatchObject({ ok: true, result: { ID: '238', NAME: 'Ref' } });
    expect(r.lead).toMatchObject({ ok: true, result: { ID: '238' } });
  });

  it('batch: more than 50 commands are chunked into several requests', async () => {
    const cmds = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`c${i}`, ['crm.contact.get', { id: i + 1 }] as const]));
    const r = await client().batch(cmds);
    expect(portal.calls.batch).toBe(3);
    expect([0, 1, 2].map((i) => Object.keys(cmdOf(i)).length)).toEqual([50, 50, 20]);
    expect(Object.keys(r)).toHaveLength(120);
    expect(Object.values(r).every((x) => x.ok)).toBe(true);
    expect(r.c119).toMatchObject({ ok: true, result: { ID: '120' } });
  });

  it('batch: commands linked by $result stay in one chunk across the 50 boundary', async () => {
    const cmds: Record<string, readonly [string, Record<string, unknown>]> = {};
    for (let i = 0; i < 49; i++) cmds[`g${i}`] = ['crm.contact.get', { id: i + 1 }];
    cmds.add = ['crm.contact.add', { fields: { NAME: 'Linked' } }];
    cmds.x = ['crm.contact.get', { id: 5 }];
    cmds.use = ['crm.contact.get', { id: '$result[add]' }];
    const r = await client().batch(cmds as never);
    const chunks = [0, 1].map((i) => Object.keys(cmdOf(i)));
    const withAdd = chunks.find((c) => c.includes('add'))!;
    expect(withAdd).toContain('use');
    expect(chunks.every((c) => c.length <= 50)).toBe(true);
    expect((r as Record<string, { ok: boolean; result?: { NAME?: string } }>).use!.result?.NAME).toBe('Linked');
  });

  it('batch: a reference to an unknown key is rejected with INVALID_BATCH before sending', async () => {
    const err = await rejection(client().batch({ a: ['crm.contact.get', { id: '$result[nope][ID]' }] }));
    expect(err).toMatchObject({ code: 'INVALID_BATCH' });
    expect(err.message).toContain('nope');
    expect(portal.calls.batch).toBeUndefined();
  });

  it('batch: a reference to a later command is rejected', async () => {
    const err = await rejection(client().batch({ a: ['crm.contact.get', { id: '$result[b]' }], b: ['crm.contact.add', { fields: { NAME: 'x' } }] }));
    expect(err).toMatchObject({ code: 'INVALID_BATCH' });
  });

  it('batch: more than 50 mutually linked commands are rejected', async () => {
    const cmds: Record<string, readonly [string, Record<string, unknown>]> = { c0: ['crm.contact.add', { fields: { NAME: 'x' } }] };
    for (let i = 1; i < 51; i++) cmds[`c${i}`] = ['crm.contact.get', { id: `$result[c${i - 1}]` }];
    expect(await rejection(client().batch(cmds as never))).toMatchObject({ code: 'INVALID_BATCH' });
  });

  it('batch: halt stops at the first error; skipped commands report BATCH_HALTED', async () => {
    const r = await client().batch(
      { a: ['crm.contact.get', { id: 1 }], bad: ['crm.contact.get', { id: 99999 }], c: ['crm.contact.get', { id: 3 }] },
      { halt: true },
    );
    expect(portal.requests[0]!.body.halt).toBe(1);
    expect(r.a.ok).toBe(true);
    expect(r.bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(r.c).toMatchObject({
      ok: false,
      error: { code: 'BATCH_HALTED', message: 'crm.contact.get: not run: command "bad" (crm.contact.get) failed before it and halt is set' },
    });
  });

  it('batch: halt also skips later chunks, naming the command that failed', async () => {
    const cmds = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`c${i}`, ['crm.contact.get', { id: i === 10 ? 99999 : i + 1 }] as const]));
    const r = await client().batch(cmds, { halt: true });
    expect(portal.calls.batch).toBe(1);
    expect(r.c59).toMatchObject({
      ok: false,
      error: { code: 'BATCH_HALTED', message: 'crm.contact.get: not sent: command "c10" (crm.contact.get) failed in an earlier request and halt is set' },
    });
  });

  it('batch: without halt, commands after a failure still run', async () => {
    const r = await client().batch({ bad: ['crm.contact.get', { id: 99999 }], c: ['crm.contact.get', { id: 3 }] });
    expect(portal.requests[0]!.body.halt).toBe(0);
    expect(r.c.ok).toBe(true);
  });

  it('batch: a command the response has no result and no error for, with halt 0, says so (not "halt is set")', async () => {
    portal.overrides.batch = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: { result: { a: { ID: '1' } }, result_error: [], result_total: [], result_next: [], result_time: [] } }));
      return true;
    };
    const r = await client().batch({ a: ['crm.contact.get', { id: 1 }], b: ['crm.contact.get', { id: 2 }] });
    expect(r.a.ok).toBe(true);
    expect(r.b).toMatchObject({
      ok: false,
      error: { code: 'BATCH_NO_RESULT', message: 'crm.contact.get: the batch response has neither a result nor an error for command "b" (halt was not set)' },
    });
    expect(r.b.ok ? '' : r.b.error.message).not.toContain('halt is set');
  });

  it('batch: a request that fails as a whole (wrong webhook secret → 401) throws, as call does', async () => {
    const wrong = createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl.replace(WEBHOOK_SECRET, 'wrong-secret'), retry: fastRetry() });
    const err = await rejection(wrong.batch({ a: ['crm.contact.get', { id: 1 }], b: ['crm.contact.get', { id: 2 }] }));
    expect(err).toBeInstanceOf(B24Error);
    expect(err).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401, method: 'batch' });
    expect(err.partial).toBeUndefined();
  });

  it('batch: a later request failing throws too, with the outcomes of the requests that ran on .partial', async () => {
    portal.overrides.batch = (_r, res, n) => {
      if (n === 1) return false;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'INTERNAL_SERVER_ERROR', error_description: 'boom' }));
      return true;
    };
    const commands = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, ['crm.contact.add', { fields: { NAME: `n${i}` } }] as const]));
    const err = await rejection(client().batch(commands));
    expect(err).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', status: 500, method: 'batch' });
    expect(err.message).toContain('request 2 of 2 failed');
    expect(Object.keys(err.partial)).toHaveLength(50);
    expect(err.partial.k0).toMatchObject({ ok: true, result: 238 });
    expect(portal.calls.batch).toBe(2);
  });

  it('batch: throttled batch requests are retried as a whole', async () => {
    portal.overrides.batch = (_r, res, n) => {
      if (n > 2) return false;
      res.writeHead(503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'QUERY_LIMIT_EXCEEDED' }));
      return true;
    };
    const r = await client().batch({ a: ['crm.contact.add', { fields: { NAME: 'q' } }] });
    expect(r.a.ok).toBe(true);
    expect(portal.calls.batch).toBe(3);
  });

  it('batch: a batch of read commands is retried after a reset; a batch with a write is not', async () => {
    portal.overrides.batch = (_r, res, n) => {
      if (n > 1) return false;
      res.socket?.destroy();
      return true;
    };
    const reads = await client().batch({ a: ['crm.contact.get', { id: 1 }] });
    expect(reads.a.ok).toBe(true);
    expect(portal.calls.batch).toBe(2);
    portal.calls.batch = 0;
    const writes = await rejection(client().batch({ a: ['crm.contact.add', { fields: { NAME: 'w' } }] }));
    expect(writes).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(portal.calls.batch).toBe(1);
  });
});
