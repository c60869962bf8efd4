/**
 * `createMockPortal`: a mock Bitrix24 portal driven by the spec, for users' tests. It answers every
 * documented method (REST 1 webhook and OAuth paths, REST 3.0, Vibe) with the documented response example
 * (or one built from the result type), validates requests against the params, pages lists over generated
 * records, runs `batch`, refreshes OAuth tokens, and injects faults on demand. See the README's
 * "Mock portal" section.
 */
import { loadSpecSet } from '../pipeline/inputs.ts';
import type { SpecSet } from '../spec/spec-set.ts';
import { buildCatalog } from './catalog.ts';
import { mockCoverage, type MockCoverage } from './coverage.ts';
import { parseFault, type Fault } from './faults.ts';
import type { OAuthOptions } from './oauth.ts';
import { createPortalState, handleRequest, type MockRequest } from './portal.ts';
import { startServer } from './server.ts';

export type { Fault } from './faults.ts';
export type { MockCoverage } from './coverage.ts';
export type { MockRequest } from './portal.ts';
export type { OAuthOptions } from './oauth.ts';
export { parseFault } from './faults.ts';

export interface MockPortalOptions {
  /** A specs folder (as `b24gen build` writes it) or a loaded spec set. */
  specs: string | SpecSet;
  /** Serve only these methods: names, namespaces (`crm`, `crm.*`); default: all. */
  only?: readonly string[];
  /** Port on 127.0.0.1 (default 0: a free one). */
  port?: number;
  host?: string;
  /** Records each list method pages over (default 120). */
  records?: number;
  /** Seed of the generated records (default 1): the same seed, the same records. */
  seed?: number;
  /** Answer params a method does not document with ERROR_ARGUMENT (default true). */
  strict?: boolean;
  /** The inbound webhook the REST paths accept (default user 1, token "mocktoken"). */
  webhook?: { user?: string; token?: string };
  /** The OAuth app and its current tokens. */
  oauth?: OAuthOptions;
  /** The Vibe API key (X-Api-Key) the `/v1/` paths accept (default "vibe_api_mock"). */
  vibeApiKey?: string;
  /** Faults in force from the start (objects or their text form, see `parseFault`). */
  faults?: ReadonlyArray<Fault | string>;
}

export interface MockPortal {
  /** The origin: `http://127.0.0.1:<port>` (the OAuth `portal` and `oauthServer`, the Vibe `baseUrl`). */
  url: string;
  /** `<url>/rest/<user>/<token>/`: a client's `webhookUrl`. */
  webhookUrl: string;
  /** The current OAuth credentials (the tokens change on each refresh). */
  readonly oauth: { accessToken: string; refreshToken: string; clientId: string; clientSecret: string; refreshCalls: number };
  vibeApiKey: string;
  /** Every request received, in order. */
  requests: MockRequest[];
  /** What the loaded specs let the mock do. */
  coverage: MockCoverage;
  /** Add a fault (see `Fault`; text form `[<method>=]<code|status|<n>ms>[*<times>]`). */
  inject(fault: Fault | string): void;
  clearFaults(): void;
  /** Make the current access token expired: the next OAuth call answers expired_token until the client refreshes. */
  expireToken(): void;
  close(): Promise<void>;
}

/** Start a mock portal serving the given specs. */
export async function createMockPortal(options: MockPortalOptions): Promise<MockPortal> {
  const set = typeof options.specs === 'string' ? await loadSpecSet(options.specs) : options.specs;
  const catalog = buildCatalog(set, options.only);
  const state = createPortalState(
    catalog,
    {
      records: options.records,
      seed: options.seed,
      strict: options.strict,
      webhook: { user: options.webhook?.user ?? '1', token: options.webhook?.token ?? 'mocktoken' },
      vibeApiKey: options.vibeApiKey,
    },
    options.oauth,
  );
  const toFault = (f: Fault | string) => (typeof f === 'string' ? parseFault(f) : f);
  for (const f of options.faults ?? []) state.faults.add(toFault(f));
  const server = await startServer((req) => handleRequest(state, req), options.port ?? 0, options.host);
  const { user, token } = state.settings.webhook;
  return {
    url: server.origin,
    webhookUrl: `${server.origin}/rest/${user}/${token}/`,
    get oauth() {
      const t = state.tokens;
      return { accessToken: t.access, refreshToken: t.refresh, clientId: t.clientId, clientSecret: t.clientSecret, refreshCalls: t.refreshCalls };
    },
    vibeApiKey: state.settings.vibeApiKey,
    requests: state.requests,
    coverage: mockCoverage(catalog),
    inject: (f) => state.faults.add(toFault(f)),
    clearFaults: () => state.faults.clear(),
    expireToken: () => void state.tokens.expired.add(state.tokens.access),
    close: () => server.close(),
  };
}
