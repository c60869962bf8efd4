// Where a REST request goes and which credentials it carries, for the three ways to authenticate: an
// inbound webhook (secret in the URL path), OAuth tokens this client refreshes itself (TokenManager), and
// an `auth` provider function the app supplies (a browser or Bitrix24 iframe app: BX24.getAuth()), which
// is asked before every request and does its own refreshing.

import type { LogFn } from './logger.js';
import { TokenManager } from './oauth.js';
import type { Redactor } from './redact.js';
import type { AuthProvider, AuthSnapshot, RestClientOptions } from './types.js';
import { parseSecureUrl } from './url-safety.js';

/** One request's target: `root` is `https://<portal>/rest/`, `cred` the webhook's `<userId>/<secret>/` (or ''), `token` the OAuth token. */
export interface Endpoint {
  root: string;
  cred: string;
  token?: string;
}

/** The credentials of a client. */
export interface AuthSource {
  /** The endpoint and token for the next attempt. */
  endpoint(): Promise<Endpoint>;
  /** After `expired_token` for `token`: gets a new one; false when this source cannot (a webhook). */
  refresh(token: string): Promise<boolean>;
}

/** What building a source needs from the client. */
export interface AuthDeps {
  redactor: Redactor;
  log: LogFn;
  fetch: typeof fetch;
  /** Milliseconds for the OAuth refresh request. */
  timeoutMs: number;
  configError: (message: string) => Error;
}

// `/rest/api/` (REST 3.0) is accepted too: the v3 docs print webhook URLs that way (rest-v3.md#call).
const WEBHOOK_PATH = /^(.*\/rest\/)(?:api\/)?(\d+\/)([^/]+)\/?$/;

/** Builds the credential source the options describe; throws INVALID_CONFIG for unusable or insecure ones. */
export function createAuthSource(options: RestClientOptions, deps: AuthDeps): AuthSource {
  const { redactor, configError } = deps;
  if ('webhookUrl' in options && typeof options.webhookUrl === 'string') {
    const url = parseSecureUrl(options.webhookUrl, 'webhookUrl', configError);
    const m = WEBHOOK_PATH.exec(url.pathname);
    // Register the secret before any error or log line can mention it.
    if (m?.[3]) redactor.add(m[3], decodeURIComponentSafe(m[3]));
    if (!m || url.search || url.hash) throw configError('webhookUrl must look like https://<portal>/rest/<userId>/<secret>/');
    const ep: Endpoint = { root: `${url.origin}${m[1]}`, cred: `${m[2]}${m[3]}/` };
    return { endpoint: () => Promise.resolve(ep), refresh: () => Promise.resolve(false) };
  }
  if ('auth' in options && typeof options.auth === 'function') return providerSource(options.auth, deps);
  if ('portal' in options && typeof options.portal === 'string' && options.auth) {
    const url = parseSecureUrl(options.portal, 'portal', configError);
    const auth = options.auth;
    if (!auth.accessToken || !auth.refreshToken || !auth.clientId || !auth.clientSecret) {
      throw configError('auth needs accessToken, refreshToken, clientId and clientSecret (or pass auth as a function returning { accessToken, domain })');
    }
    const server = parseSecureUrl(auth.oauthServer ?? 'https://oauth.bitrix.info', 'auth.oauthServer', configError);
    const root = restRoot(url);
    const tokens = new TokenManager(auth, {
      redactor,
      fetch: deps.fetch,
      log: deps.log,
      timeoutMs: deps.timeoutMs,
      oauthServer: `${server.origin}${server.pathname.replace(/\/+$/, '')}`,
    });
    return {
      async endpoint() {
        await tokens.ready();
        return { root, cred: '', token: tokens.accessToken };
      },
      async refresh(token) {
        await tokens.refresh(token);
        return true;
      },
    };
  }
  throw configError('pass webhookUrl, portal + auth, or auth as a function returning { accessToken, domain }');
}

/**
 * An app-supplied provider, asked before every request (`{}`) and, after the portal answered
 * `expired_token`, once more with `{ expiredToken }` so it can refresh (BX24.refreshAuth) — concurrent
 * calls that hit the same expired token share that one refresh.
 */
function providerSource(provider: AuthProvider, deps: AuthDeps): AuthSource {
  const refreshing = new Map<string, Promise<AuthSnapshot>>();
  const resolve = (s: AuthSnapshot): Endpoint => {
    if (!s || typeof s.accessToken !== 'string' || s.accessToken === '' || typeof s.domain !== 'string' || s.domain === '') {
      throw deps.configError('the auth provider must return { accessToken, domain }');
    }
    deps.redactor.add(s.accessToken);
    // BX24.getAuth().domain is a bare host; a URL (http://127.0.0.1:8080 for a local portal) is taken as is.
    const url = parseSecureUrl(/^[a-z][a-z0-9+.-]*:\/\//i.test(s.domain) ? s.domain : `https://${s.domain}`, 'auth().domain', deps.configError);
    return { root: restRoot(url), cred: '', token: s.accessToken };
  };
  return {
    async endpoint() {
      return resolve(await provider({}));
    },
    async refresh(token) {
      let p = refreshing.get(token);
      if (!p) {
        deps.log('warn', 'access token expired; asking the auth provider for a new one');
        p = Promise.resolve(provider({ expiredToken: token })).finally(() => refreshing.delete(token));
        refreshing.set(token, p);
      }
      resolve(await p);
      return true;
    },
  };
}

/** `https://<portal>[/<prefix>]/rest/` from a portal URL (a trailing `/rest` is folded in). */
function restRoot(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/+$/, '').replace(/\/rest$/, '')}/rest/`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
