import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { B24Error, createRestClient } from '../../generator/runtime/index.ts';
import { startPortal, WEBHOOK_SECRET, type FakePortal } from './fake-portal.ts';
import { fastRetry, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal();
});
afterEach(async () => {
  await portal.close();
});

const client = (extra: Record<string, unknown> = {}) => createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry(), ...extra });

describe('call (webhook)', () => {
  it('call: POSTs JSON to <webhookUrl><method> and unwraps result', async () => {
    const c = await client().call('crm.contact.get', { id: 23 });
    expect(c).toEqual(portal.records[22]);
    const req = portal.requests[0]!;
    expect(req.url).toBe(`/rest/1/${WEBHOOK_SECRET}/crm.contact.get`);
    expect(req.body).toEqual({ id: 23 });
    expect(req.headers['content-type']).toBe('application/json');
  });

  it('call: params are optional when the method takes none', async () => {
    expect(await client().call('server.time')).toBe('2024-01-01T00:00:00+03:00');
  });

  it('callWithMeta: keeps total, next and time', async () => {
    const page = await client().callWithMeta('crm.contact.list', { select: ['ID'] });
    expect(page.result).toHaveLength(50);
    expect(page.total).toBe(237);
    expect(page.next).toBe(50);
    expect(page.time?.duration).toBe(1);
  });

  it('callUntyped: reaches methods outside the map', async () => {
    const r = await client().callUntyped('crm.contact.get', { id: 2 });
    expect((r.result as { ID: string }).ID).toBe('2');
  });

  it('error: API errors become B24Error with code, status, description, method', async () => {
    const err = await rejection(client().call('crm.contact.get', { id: 99999 }));
    expect(err).toBeInstanceOf(B24Error);
    expect(err).toMatchObject({ name: 'B24Error', code: 'NOT_FOUND', status: 400, description: 'Not found', method: 'crm.contact.get' });
    expect(String(err)).toBe('B24Error: crm.contact.get: NOT_FOUND — Not found (HTTP 400)');
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({ code: 'NOT_FOUND', status: 400, method: 'crm.contact.get' });
  });

  it('error: an empty code with a description (old CRM errors) keeps the description, as in a batch', async () => {
    // crm-contact-get.md documents: HTTP status: **400** {"error": "", "error_description": "ID is not defined or invalid."}
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: '', error_description: 'ID is not defined or invalid.' }));
      return true;
    };
    const err = await rejection(client().call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: '', status: 400, description: 'ID is not defined or invalid.' });
  });

  it('error: non-JSON body → INVALID_RESPONSE with the status', async () => {
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>maintenance</html>');
      return true;
    };
    const err = await rejection(client().call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  });

  it('error: a proxy’s 502 HTML page → INVALID_RESPONSE whose message carries a short, redacted text snippet', async () => {
    const page = `<html><head><title>502 Bad Gateway</title><style>body{color:red}</style></head><body><h1>502 Bad Gateway</h1>
      <p>upstream /rest/1/${WEBHOOK_SECRET}/crm.contact.get failed</p>${'<p>padding</p>'.repeat(100)}<hr>nginx</body></html>`;
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end(page);
      return true;
    };
    const err = await rejection(client({ retry: fastRetry({ maxRetries: 0 }) }).call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 502 });
    expect(err.message).toBe(
      `crm.contact.get: response is not a JSON object (HTTP 502, ${page.length} chars): "502 Bad Gateway 502 Bad Gateway upstream /rest/1/***/crm.contact.get failed padding padding padding padding padding padding padding padding padding padding padd…"`,
    );
    expect(err.message).not.toContain(WEBHOOK_SECRET);
  });

  it('error: truncated JSON (complete HTTP body) → INVALID_RESPONSE', async () => {
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"result":{"ID":"1","NAM');
      return true;
    };
    const err = await rejection(client().call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
  });

  it('error: body cut off mid-stream (socket destroyed) → INVALID_RESPONSE with status', async () => {
    portal.overrides['crm.contact.add'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      res.write('{"result":');
      setTimeout(() => res.socket?.destroy(), 5);
      return true;
    };
    const err = await rejection(client().call('crm.contact.add', { fields: { NAME: 'x' } }));
    expect(err).toMatchObject({ code: 'INVALID_RESPONSE', status: 200 });
    expect(portal.calls['crm.contact.add']).toBe(1); // a write is not replayed
  });

  it('error: JSON without "result" → INVALID_RESPONSE', async () => {
    portal.overrides['server.time'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"foo":1}');
      return true;
    };
    expect(await rejection(client().call('server.time'))).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('logger: receives debug lines per request; a throwing logger does not fail the call', async () => {
    const lines: string[] = [];
    await client({ logger: { debug: (m: string) => void lines.push(m) } }).call('server.time');
    expect(lines.some((l) => l.startsWith('POST ') && l.includes('server.time'))).toBe(true);
    const boom = {
      debug: () => {
        throw new Error('logger down');
      },
      warn: () => {
        throw new Error('logger down');
      },
    };
    expect(await client({ logger: boom }).call('server.time')).toBe('2024-01-01T00:00:00+03:00');
  });

  it('rejects method names that could escape the REST path', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- an untyped client, to send a name no method map allows
    const c = createRestClient<any>({ webhookUrl: portal.webhookUrl });
    const err = await rejection(c.call('../../admin', {}));
    expect(err).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(portal.requests).toHaveLength(0);
  });
});

describe('validation', () => {
  const schemas = {
    'crm.contact.get': z.object({ ID: z.string(), NAME: z.string() }),
    'crm.contact.list': z.array(z.object({ ID: z.string(), NAME: z.number() })),
  };

  it('validate: passes valid results through', async () => {
    const c = await client({ validate: true, schemas }).call('crm.contact.get', { id: 1 });
    expect(c.ID).toBe('1');
  });

  it('validate: VALIDATION_FAILED names the method and the bad field path', async () => {
    const err = await rejection(client({ validate: true, schemas }).call('crm.contact.list', { select: ['ID', 'NAME'] }));
    expect(err).toMatchObject({ code: 'VALIDATION_FAILED', method: 'crm.contact.list' });
    expect(err.message).toContain('crm.contact.list');
    expect(err.message).toContain('result[0].NAME');
  });

  it('validate: inside a union (the generated `object | []`), names the field of the branch that got furthest', async () => {
    const union = { 'crm.contact.get': z.union([z.looseObject({ ID: z.number() }), z.tuple([])]) };
    const err = await rejection(client({ validate: true, schemas: union }).call('crm.contact.get', { id: 1 }));
    expect(err.message).toContain('result.ID');
    expect(err.message).toContain('expected number');
  });

  it('validate: off unless validate is true', async () => {
    const items = await client({ schemas }).call('crm.contact.list', { select: ['ID', 'NAME'] });
    expect(items).toHaveLength(50);
  });
});
