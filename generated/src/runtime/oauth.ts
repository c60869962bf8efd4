// OAuth token holder with single-flight refresh: however many calls hit `expired_token` at once, one
// refresh request is made and they all wait on it. Bitrix rotates refresh tokens, so a second
// concurrent refresh with the old token would fail — single-flight is a correctness matter, not only
// an optimisation.

import { makeB24Error, type B24Error } from './errors.js';
import { bodySnippet, parseJson, sendHttp } from './http.js';
import type { LogFn } from './logger.js';
import type { Redactor } from './redact.js';
import type { OAuthOptions, OAuthTokens } from './types.js';

/** Dependencies injected by the client. */
export interface TokenManagerDeps {
  redactor: Redactor;
  fetch: typeof fetch;
  log: LogFn;
  timeoutMs: number;
  /** Validated OAuth server origin, without trailing slash. */
  oauthServer: string;
}

/** Holds the current access token and refreshes it at most once per expiry. */
export class TokenManager {
  private access: string;
  private refreshTok: string;
  private inflight: Promise<void> | undefined;

  constructor(
    private readonly opts: OAuthOptions,
    private readonly deps: TokenManagerDeps,
  ) {
    this.access = opts.accessToken;
    this.refreshTok = opts.refreshToken;
    deps.redactor.add(opts.accessToken, opts.refreshToken, opts.clientSecret);
  }

  /** The token to send now. */
  get accessToken(): string {
    return this.access;
  }

  /** Waits for an in-flight refresh so new calls do not go out with a token known to be stale. */
  async ready(): Promise<void> {
    if (this.inflight) await this.inflight;
  }

  /**
   * Refreshes unless the token already changed since `stale` was used (another call refreshed it).
   * Concurrent callers share one request and one outcome; a failure rejects all of them with the
   * same REFRESH_FAILED error.
   */
  refresh(stale: string): Promise<void> {
    if (this.inflight) return this.inflight;
    if (this.access !== stale) return Promise.resolve();
    this.inflight = this.doRefresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  private async doRefresh(): Promise<void> {
    const { redactor, log } = this.deps;
    const q = new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: this.opts.clientId,
      client_secret: this.opts.clientSecret,
      refresh_token: this.refreshTok,
    });
    log('warn', 'access token expired; refreshing');
    const fail = (description: string, status?: number, cause?: unknown): B24Error =>
      makeB24Error(redactor, { code: 'REFRESH_FAILED', method: 'oauth/token', description, status, cause });
    const res = await sendHttp(
      { url: `${this.deps.oauthServer}/oauth/token/?${q.toString()}`, method: 'GET', headers: { accept: 'application/json' } },
      { fetch: this.deps.fetch, timeoutMs: this.deps.timeoutMs },
      (kind, cause, status) => fail(`token refresh request failed (${kind})`, status, cause),
    );
    const parsed = parseJson(res.text);
    const body = (parsed?.value ?? {}) as Record<string, unknown>;
    if (res.status >= 400 || typeof body.error === 'string' || typeof body.access_token !== 'string' || typeof body.refresh_token !== 'string') {
      const reason =
        typeof body.error === 'string'
          ? `${body.error}${typeof body.error_description === 'string' ? `: ${body.error_description}` : ''}`
          : parsed
            ? 'response has no access_token/refresh_token'
            : `response is not JSON (HTTP ${res.status}): ${JSON.stringify(bodySnippet(res.text, (t) => redactor.redact(t)))}`;
      throw fail(reason, res.status);
    }
    this.access = body.access_token;
    this.refreshTok = body.refresh_token;
    redactor.add(this.access, this.refreshTok);
    const tokens: OAuthTokens = { accessToken: this.access, refreshToken: this.refreshTok };
    if (typeof body.expires_in === 'number') tokens.expiresIn = body.expires_in;
    if (typeof body.expires === 'number') tokens.expiresAt = body.expires * 1000;
    if (typeof body.client_endpoint === 'string') tokens.clientEndpoint = body.client_endpoint;
    if (typeof body.member_id === 'string') tokens.memberId = body.member_id;
    if (typeof body.scope === 'string') tokens.scope = body.scope;
    log('debug', 'access token refreshed');
    try {
      await this.opts.onTokens?.(tokens);
    } catch (err) {
      // The new tokens are valid and in memory; failing the calls would not bring the old ones back.
      log('warn', `onTokens threw: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}
