import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { B24Error, createRestClient, createVibeRestClient, isLoopbackHost } from '../../generator/runtime/index.ts';
import { Redactor } from '../../generator/runtime/redact.ts';
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, startPortal, WEBHOOK_SECRET, type FakePortal } from './fake-portal.ts';
import { expectNoSecrets, fastRetry, memoryLogger, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal(10);
});
afterEach(async () => {
  await portal.close();
});

const oauth = { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };

describe('url safety', () => {
  it('refuses plain http:// for non-loopback webhook, portal, oauthServer and vibe baseUrl', () => {
    const cases: Array<() => unknown> = [
      () => createRestClient({ webhookUrl: `http://example.bitrix24.com/rest/1/${WEBHOOK_SECRET}/` }),
      () => createRestClient({ portal: 'http://example.bitrix24.com', auth: oauth }),
      () => createRestClient({ portal: 'https://example.bitrix24.com', auth: { ...oauth, oauthServer: 'http://oauth.example.com' } }),
      () => createVibeRestClient({ apiKey: 'k', baseUrl: 'http://vibe.example.com' }),
      () => createRestClient({ webhookUrl: `http://128.0.0.1/rest/1/${WEBHOOK_SECRET}/` }),
      () => createRestClient({ webhookUrl: `http://127.0.0.1.evil.com/rest/1/${WEBHOOK_SECRET}/` }),
      () => createRestClient({ webhookUrl: `ftp://example.com/rest/1/${WEBHOOK_SECRET}/` }),
    ];
    for (const make of cases) {
      let err: unknown;
      try {
        make();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(Error);
      expect((err as B24Error).code).toBe('INVALID_CONFIG');
      expectNoSecrets(err, [WEBHOOK_SECRET, CLIENT_SECRET, ACCESS_TOKEN]);
    }
  });

  it('accepts https everywhere and http only for loopback hosts', () => {
    expect(() => createRestClient({ webhookUrl: `https://example.bitrix24.com/rest/1/${WEBHOOK_SECRET}/` })).not.toThrow();
    expect(() => createRestClient({ webhookUrl: `http://127.0.0.5:8080/rest/1/${WEBHOOK_SECRET}/` })).not.toThrow();
    expect(() => createRestClient({ webhookUrl: `http://localhost/rest/1/${WEBHOOK_SECRET}/` })).not.toThrow();
    expect(() => createRestClient({ webhookUrl: `http://[::1]:9/rest/1/${WEBHOOK_SECRET}/` })).not.toThrow();
    expect(() => createVibeRestClient({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1' })).not.toThrow();
    expect(isLoopbackHost('127.255.0.1')).toBe(true);
    expect(isLoopbackHost('127.256.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });

  it('rejects malformed webhook URLs without echoing them', () => {
    for (const url of [`https://x.bitrix24.com/${WEBHOOK_SECRET}`, `not a url ${WEBHOOK_SECRET}`, `https://x.bitrix24.com/rest/1/${WEBHOOK_SECRET}/?a=1`]) {
      let err: unknown;
      try {
        createRestClient({ webhookUrl: url });
      } catch (e) {
        err = e;
      }
      expect((err as B24Error).code).toBe('INVALID_CONFIG');
      expectNoSecrets(err, [WEBHOOK_SECRET]);
    }
  });
});

describe('secret redaction', () => {
  it('redact: webhook secret absent from an API error (String, stack, JSON, inspect, logs)', async () => {
    const logger = memoryLogger();
    const c = createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry(), logger });
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      // A server echoing the URL in its description must not leak it either.
      res.end(JSON.stringify({ error: 'BAD', error_description: `failed for ${portal.webhookUrl}crm.contact.get` }));
      return true;
    };
    const err = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(err.description).toContain('/rest/1/***/');
    expect(logger.lines.some((l) => l.includes('/rest/1/***/crm.contact.get'))).toBe(true);
    expectNoSecrets(err, [WEBHOOK_SECRET], logger.lines);
  });

  it('redact: webhook secret absent from a connection-refused error', async () => {
    const srv = http.createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const { port } = srv.address() as AddressInfo;
    await new Promise<void>((r) => srv.close(() => r()));
    const logger = memoryLogger();
    const c = createRestClient<TestMethods>({ webhookUrl: `http://127.0.0.1:${port}/rest/1/${WEBHOOK_SECRET}/`, retry: fastRetry({ maxRetries: 1 }), logger });
    const err = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'NETWORK_ERROR' });
    expect(err.cause).toBeInstanceOf(Error);
    expectNoSecrets(err, [WEBHOOK_SECRET], logger.lines);
  });

  it('redact: fetch error messages that embed the URL are scrubbed (message, stack, cause chain)', async () => {
    const leaky: typeof fetch = async (input) => {
      const inner = new Error(`connect ECONNRESET while requesting ${String(input)}?auth=${ACCESS_TOKEN}`);
      throw new TypeError(`fetch failed for ${String(input)}`, { cause: inner });
    };
    const logger = memoryLogger();
    const c = createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, fetch: leaky, retry: fastRetry({ maxRetries: 1 }), logger });
    const err = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(err.message).toContain('/rest/1/***/crm.contact.get');
    expectNoSecrets(err, [WEBHOOK_SECRET, ACCESS_TOKEN], logger.lines);
  });

  it('redact: OAuth tokens and client secret absent from errors and logs, and from the cause', async () => {
    const leaky: typeof fetch = async (input, init) => {
      throw new TypeError(`boom ${String(input)} body=${String(init?.body)}`);
    };
    const logger = memoryLogger();
    const c = createRestClient<TestMethods>({
      portal: portal.origin,
      auth: { ...oauth, oauthServer: portal.origin },
      fetch: leaky,
      retry: fastRetry({ maxRetries: 0 }),
      logger,
    });
    const err = await rejection(c.call('crm.contact.get', { id: 1 }));
    expectNoSecrets(err, [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET], logger.lines);
  });

  it('redact: timeout errors carry no secret', async () => {
    const logger = memoryLogger();
    const c = createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry({ maxRetries: 0 }), logger, timeout: 20 });
    const err = await rejection(c.call('app.slow.get'));
    expect(err.code).toBe('TIMEOUT');
    expectNoSecrets(err, [WEBHOOK_SECRET], logger.lines);
  });

  it('B24Error: stack names the class; toJSON has only safe fields', () => {
    const e = new B24Error({ code: 'X', status: 500, method: 'm', description: 'd' });
    expect(e.stack?.startsWith('B24Error: m: X — d (HTTP 500)')).toBe(true);
    expect(Object.keys(JSON.parse(JSON.stringify(e))).sort()).toEqual(['code', 'description', 'message', 'method', 'name', 'status']);
  });

  it('Redactor: masks known values (plain and URL-encoded) and credential shapes', () => {
    const r = new Redactor();
    r.add('s3cr/et', 'tok3n9');
    const out = r.redact('a s3cr/et b s3cr%2Fet c ?auth=abc&x=1 "access_token":"zzz" Bearer qqq /rest/7/hook123/crm.x x-api-key: kkk tok3n9');
    expect(out).toBe('a *** b *** c ?auth=***&x=1 "access_token":"***" Bearer *** /rest/7/***/crm.x x-api-key: *** ***');
  });
});
