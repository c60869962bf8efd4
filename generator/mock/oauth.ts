/**
 * The OAuth side of the mock: the access token calls must carry, and the token endpoint
 * (`GET /oauth/token/?grant_type=refresh_token&client_id&client_secret&refresh_token`, settings/oauth/index.md)
 * that rotates both tokens. A refreshed-away access token answers `expired_token` (401), an unknown one
 * `invalid_token` (401); a bad refresh request `invalid_grant` (400), as the runtime's fake portal does.
 */
import type { Answer } from './errors.ts';

export interface OAuthOptions {
  accessToken?: string;
  refreshToken?: string;
  clientId?: string;
  clientSecret?: string;
  /** Seconds the issued tokens say they live (`expires_in`). */
  expiresIn?: number;
}

export interface TokenState {
  access: string;
  refresh: string;
  clientId: string;
  clientSecret: string;
  expiresIn: number;
  /** Access tokens that have been replaced or expired by `expireToken`: they answer expired_token. */
  expired: Set<string>;
  generation: number;
  refreshCalls: number;
}

/** The initial token state. */
export function newTokenState(o: OAuthOptions = {}): TokenState {
  return {
    access: o.accessToken ?? 'mock-access-token',
    refresh: o.refreshToken ?? 'mock-refresh-token',
    clientId: o.clientId ?? 'local.mock.app',
    clientSecret: o.clientSecret ?? 'mock-client-secret',
    expiresIn: o.expiresIn ?? 3600,
    expired: new Set(),
    generation: 0,
    refreshCalls: 0,
  };
}

/** Why a call's `auth` token is refused (the REST 1 error code and text), or undefined when it is the current one. */
export function checkAccessToken(state: TokenState, token: unknown): { code: string; message: string } | undefined {
  if (token === undefined || token === null || token === '') return { code: 'NO_AUTH_FOUND', message: 'Wrong authorization data' };
  if (state.expired.has(String(token))) return { code: 'expired_token', message: 'The access token provided has expired' };
  if (token !== state.access) return { code: 'invalid_token', message: 'The access token provided is invalid' };
  return undefined;
}

/** Answer a token request: on a valid refresh, rotate both tokens (the old access token then answers expired_token). */
export function refreshTokens(state: TokenState, q: URLSearchParams, origin: string): Answer {
  state.refreshCalls++;
  const ok =
    q.get('grant_type') === 'refresh_token' &&
    q.get('client_id') === state.clientId &&
    q.get('client_secret') === state.clientSecret &&
    q.get('refresh_token') === state.refresh;
  if (!ok) return { status: 400, body: { error: 'invalid_grant', error_description: 'Invalid grant' } };
  const g = ++state.generation;
  state.expired.add(state.access);
  state.access = `mock-access-${g}-${Math.random().toString(36).slice(2, 10)}`;
  state.refresh = `mock-refresh-${g}-${Math.random().toString(36).slice(2, 10)}`;
  return {
    status: 200,
    body: {
      access_token: state.access,
      refresh_token: state.refresh,
      expires_in: state.expiresIn,
      expires: Math.floor(Date.now() / 1000) + state.expiresIn,
      member_id: 'mock-member',
      scope: 'app',
      domain: new URL(origin).host,
      server_endpoint: `${origin}/rest/`,
      client_endpoint: `${origin}/rest/`,
      status: 'L',
    },
  };
}
