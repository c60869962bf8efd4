import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { B24Error, createRestClient, type OAuthTokens } from '../../generator/runtime/index.ts';
import { ACCESS_TOKEN, CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, startPortal, type FakePortal } from './fake-portal.ts';
import { collect, expectNoSecrets, fastRetry, memoryLogger, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal();
});
afterEach(async () => {
  await portal.close();
});

function oauthClient(onTokens?: (t: OAuthTokens) => void, logger = memoryLogger()) {
  const c = createRestClient<TestMethods>({
    portal: portal.origin,
    auth: { accessToken: ACCESS_TOKEN, refreshToken: REFRESH_TOKEN, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, onTokens, oauthServer: portal.origin },
    retry: fastRetry(),
    logger,
  });
  return { c, logger };
}

/** Makes the server consider the current access token expired (as after its lifetime ran out). */
function expireCurrentToken(): void {
  portal.tokens.expired.add(portal.tokens.access);
}

describe('OAuth', () => {
  it('oauth: calls <portal>/rest/<method> with the token in the JSON body, never the URL', async () => {
    const { c } = oauthClient();
    expect((await c.call('crm.contact.get', { id: 3 })).ID).toBe('3');
    expect(portal.requests[0]!.url).toBe('/rest/crm.contact.get');
    expect(portal.requests[0]!.body).toEqual({ id: 3, auth: ACCESS_TOKEN });
  });

  it('oauth: 5 concurrent calls hitting expired_token cause exactly 1 refresh, then all replay', async () => {
    const seen: OAuthTokens[] = [];
    const { c } = oauthClient((t) => void seen.push(t));
    expireCurrentToken();
    const results = await Promise.all([1, 2, 3, 4, 5].map((id) => c.call('crm.contact.get', { id })));
    expect(results.map((r) => r.ID)).toEqual(['1', '2', '3', '4', '5']);
    expect(portal.refreshCalls).toBe(1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ accessToken: 'acc-NEW-1-c0ffee', refreshToken: 'ref-NEW-1-beef01', expiresIn: 3600, memberId: 'm1' });
    // Each call: one expired attempt + one replay with the new token.
    const replays = portal.requests.filter((r) => r.body.auth === 'acc-NEW-1-c0ffee');
    expect(replays).toHaveLength(5);
  });

  it('oauth: later calls use the refreshed token without another refresh', async () => {
    const { c } = oauthClient();
    expireCurrentToken();
    await c.call('crm.contact.get', { id: 1 });
    await c.call('crm.contact.get', { id: 2 });
    expect(portal.refreshCalls).toBe(1);
    expect(portal.requests.at(-1)!.body.auth).toBe('acc-NEW-1-c0ffee');
  });

  it('oauth: list and batch refresh too', async () => {
    const { c } = oauthClient();
    expireCurrentToken();
    expect(await collect(c.list('crm.contact.list', { select: ['ID'] }))).toHaveLength(237);
    expireCurrentToken();
    const r = await c.batch({ a: ['crm.contact.get', { id: 1 }] });
    expect(r.a.ok).toBe(true);
    expect(portal.refreshCalls).toBe(2);
  });

  it('oauth: a failed refresh fails every waiting call with one REFRESH_FAILED error (1 refresh)', async () => {
    const { c, logger } = oauthClient();
    portal.refreshMode = 'fail';
    expireCurrentToken();
    const errs = await Promise.all([1, 2, 3, 4, 5].map((id) => rejection(c.call('crm.contact.get', { id }))));
    expect(portal.refreshCalls).toBe(1);
    for (const e of errs) {
      expect(e).toBeInstanceOf(B24Error);
      expect(e).toMatchObject({ code: 'REFRESH_FAILED', status: 400 });
      expect(e.description).toContain('invalid_grant');
    }
    expect(new Set(errs).size).toBe(1);
    // The server echoed the refresh token in its error description; it must be gone.
    expectNoSecrets(errs[0], [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET], logger.lines);
  });

  it('oauth: a non-JSON refresh answer is REFRESH_FAILED, secrets redacted', async () => {
    const { c, logger } = oauthClient();
    portal.refreshMode = 'garbage';
    expireCurrentToken();
    const e = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(e).toMatchObject({ code: 'REFRESH_FAILED', status: 502 });
    expectNoSecrets(e, [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET], logger.lines);
  });

  it('oauth: expired_token again after a refresh is not looped on', async () => {
    const { c } = oauthClient();
    portal.overrides['crm.contact.get'] = (_r, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'expired_token', error_description: 'expired' }));
      return true;
    };
    const e = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(e.code).toBe('expired_token');
    expect(portal.refreshCalls).toBe(1);
    expect(portal.calls['crm.contact.get']).toBe(2);
  });

  it('oauth: tokens never appear in log lines (including refresh)', async () => {
    const { c, logger } = oauthClient();
    expireCurrentToken();
    await c.call('crm.contact.get', { id: 1 });
    expect(logger.lines.length).toBeGreaterThan(2);
    for (const l of logger.lines) {
      for (const s of [ACCESS_TOKEN, REFRESH_TOKEN, CLIENT_SECRET, 'acc-NEW-1-c0ffee', 'ref-NEW-1-beef01']) expect(l).not.toContain(s);
    }
  });

  it('oauth: a throwing onTokens does not fail the call', async () => {
    const { c, logger } = oauthClient(() => {
      throw new Error('disk full');
    });
    expireCurrentToken();
    expect((await c.call('crm.contact.get', { id: 1 })).ID).toBe('1');
    expect(logger.lines.some((l) => l.includes('onTokens threw: disk full'))).toBe(true);
  });
});

describe('auth provider (browser and Bitrix24 iframe apps: BX24.getAuth())', () => {
  /** A provider in the shape BX24.getAuth() feeds (`access_token`, `domain`), refreshing through the portal's OAuth server like BX24.refreshAuth. */
  function provider() {
    const calls: Array<{ expiredToken?: string }> = [];
    let current = { access_token: ACCESS_TOKEN, domain: portal.origin };
    const fn = async (ctx: { expiredToken?: string }) => {
      calls.push(ctx);
      if (ctx.expiredToken) {
        // What BX24.refreshAuth does in the frame; here the fake portal's OAuth server stands in.
        const q = new URLSearchParams({
          grant_type: 'refresh_token',
          client_id: CLIENT_ID,
          client_secret: CLIENT_SECRET,
          refresh_token: portal.tokens.refresh,
        });
        const body = (await (await fetch(`${portal.origin}/oauth/token/?${q}`)).json()) as { access_token: string };
        current = { ...current, access_token: body.access_token };
      }
      return { accessToken: current.access_token, domain: current.domain };
    };
    return { fn, calls };
  }

  it('auth: a function returning { accessToken, domain } is asked before every request; no clientSecret needed', async () => {
    const p = provider();
    const c = createRestClient<TestMethods>({ auth: p.fn, retry: fastRetry() });
    expect((await c.call('crm.contact.get', { id: 3 })).ID).toBe('3');
    await c.call('crm.contact.get', { id: 4 });
    expect(p.calls).toEqual([{}, {}]);
    expect(portal.requests[0]!.url).toBe('/rest/crm.contact.get');
    expect(portal.requests[0]!.body).toEqual({ id: 3, auth: ACCESS_TOKEN });
  });

  it('auth: expired_token asks the provider once with { expiredToken } (shared by concurrent calls), then replays', async () => {
    const p = provider();
    const c = createRestClient<TestMethods>({ auth: p.fn, retry: fastRetry() });
    expireCurrentToken();
    const results = await Promise.all([1, 2, 3].map((id) => c.call('crm.contact.get', { id })));
    expect(results.map((r) => r.ID)).toEqual(['1', '2', '3']);
    expect(p.calls.filter((x) => x.expiredToken === ACCESS_TOKEN)).toHaveLength(1);
    expect(portal.refreshCalls).toBe(1);
    expect(portal.requests.filter((r) => r.body.auth === portal.tokens.access)).toHaveLength(3);
  });

  it('auth: a provider that throws gives AUTH_PROVIDER_FAILED (not retried); a bad shape INVALID_CONFIG; insecure domains are refused', async () => {
    const failing = createRestClient<TestMethods>({ auth: () => Promise.reject(new Error('not in a Bitrix24 frame')), retry: fastRetry() });
    const err = await rejection(failing.call('crm.contact.get', { id: 1 }));
    expect(err).toBeInstanceOf(B24Error);
    expect(err).toMatchObject({ code: 'AUTH_PROVIDER_FAILED', method: 'crm.contact.get' });
    expect(err.cause.message).toBe('not in a Bitrix24 frame');
    const shapeless = createRestClient<TestMethods>({ auth: () => ({ accessToken: '', domain: 'x' }), retry: fastRetry() });
    expect(await rejection(shapeless.call('crm.contact.get', { id: 1 }))).toMatchObject({ code: 'INVALID_CONFIG' });
    const insecure = createRestClient<TestMethods>({ auth: () => ({ accessToken: 't', domain: 'http://example.bitrix24.com' }), retry: fastRetry() });
    expect(await rejection(insecure.call('crm.contact.get', { id: 1 }))).toMatchObject({ code: 'INVALID_CONFIG' });
    expect(portal.requests).toHaveLength(0);
  });

  it('auth: a bare host (as BX24.getAuth().domain gives it) means https://<host>/rest/', async () => {
    const urls: string[] = [];
    const fetchSpy = (async (url: string | URL | Request) => {
      urls.push(String(url));
      return new Response(JSON.stringify({ result: '2024-01-01T00:00:00+03:00' }), { status: 200 });
    }) as typeof fetch;
    const c = createRestClient<TestMethods>({ auth: () => ({ accessToken: 'tok', domain: 'example.bitrix24.com' }), fetch: fetchSpy });
    await c.call('server.time');
    await c.v3.callUntyped('rest.scope.list');
    expect(urls).toEqual(['https://example.bitrix24.com/rest/server.time', 'https://example.bitrix24.com/rest/api/rest.scope.list']);
  });

  it('auth: tokens from the provider are redacted from errors', async () => {
    const c = createRestClient<TestMethods>({ auth: () => ({ accessToken: 'provider-secret-123', domain: portal.origin }), retry: fastRetry() });
    const err = await rejection(c.call('crm.contact.get', { id: 1 }));
    expect(err).toMatchObject({ code: 'invalid_token', status: 401 });
    expectNoSecrets(err, ['provider-secret-123']);
  });
});
