// The Bitrix24 MCP server: five tools over the catalogue and a portal client (search_methods, describe_method,
// call_method, list_all, batch) and one resource per namespace listing its methods. Every failure — an unknown
// method, params that do not match the docs, a refused write, a portal error — is a tool error carrying the
// Bitrix code; the server itself never throws. Secrets the server was given never appear in what it returns.
// REST 3.0 methods are in the same catalogue as `<method>@v3` (names.ts) and go through the client's `v3` side.

import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { openCatalogue, type Catalogue, type CatalogueSource } from './catalogue.js';
import type { IndexEntry } from './catalogue-types.js';
import { describe, describeText } from './describe.js';
import { checkParams } from './params.js';
import { documentedName, isV3Name, V3_SUFFIX } from './names.js';
import { refusal, type Policy } from './policy.js';

/** One API's calls (REST 1, or REST 3.0 as the runtime's `client.v3`), by the name the portal knows. */
export interface McpApiClient {
  callUntyped(method: string, params?: Record<string, unknown>): Promise<{ result: unknown; total?: number; next?: number }>;
  list(method: string, params?: Record<string, unknown>): AsyncIterable<unknown>;
  batch(commands: Record<string, readonly [string, Record<string, unknown>?]>): Promise<Record<string, BatchOutcome>>;
}

/** What the server needs of a portal client: the generated `createClient(...)` is one (REST 3.0 through its `v3`). */
export interface McpPortalClient extends McpApiClient {
  v3?: McpApiClient | undefined;
}

type BatchOutcome = { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } };

/** Options of {@link createMcpServer}. */
export interface McpServerOptions {
  catalogue: CatalogueSource;
  /** The portal client; without one the catalogue tools work and the call tools answer with an error. */
  client?: McpPortalClient | undefined;
  /** Read-only unless `allowWrites` or an allow-list says otherwise. */
  policy?: Policy | undefined;
  /** Strings never to return (webhook secret, tokens): replaced by `***` in every answer. */
  secrets?: readonly string[] | undefined;
  /** list_all's record cap when the call gives none, and its ceiling. */
  listCap?: number | undefined;
  name?: string | undefined;
  version?: string | undefined;
}

const DEFAULT_LIST_CAP = 200;
const MAX_LIST_CAP = 5000;
const BATCH_MAX = 50;
// An answer larger than this is cut (with a note): an agent's context is the budget.
const MAX_TEXT = 60_000;

/** The tool descriptions, kept short: they sit in the agent's context for the whole session. */
export const TOOL_DESCRIPTIONS = {
  search_methods:
    'Find Bitrix24 REST methods for a task in plain words ("create a deal") or by a name or part of one. Returns ranked method names with one-line summaries, read/write, deprecations; suggests names for a misspelt one. Names ending in @v3 are REST 3.0 methods.',
  describe_method:
    'Describe one Bitrix24 REST method from its docs: params (type, required, allowed values), fields of object params, result, error codes, deprecation and successor, an example. Use before call_method.',
  call_method:
    'Call a Bitrix24 REST method on the portal. Params are checked against the docs first; a mismatch is reported (field, expected, close names) and nothing is sent. Methods that change data need the server started with --allow-writes or an --allow list.',
  list_all: 'Fetch every record of a Bitrix24 list method (e.g. crm.deal.list) across pages, up to a cap. Use filter/select/order params as for call_method.',
  batch:
    'Run up to 50 Bitrix24 REST calls in one request ({key: {method, params}}), all REST 1 or all REST 3.0 (@v3); a later call may use $result[key] of an earlier one. Each is checked as call_method checks it.',
} as const;

const json = (v: unknown) => JSON.stringify(v, null, 0);

/** A new MCP server over a catalogue (and optionally a portal client). */
export function createMcpServer(options: McpServerOptions): McpServer {
  const catalogue: Catalogue = openCatalogue(options.catalogue);
  const policy: Policy = options.policy ?? { allowWrites: false };
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 4);
  const listCap = options.listCap ?? DEFAULT_LIST_CAP;
  const server = new McpServer({ name: options.name ?? 'b24-mcp', version: options.version ?? '0.0.0' });

  const scrub = (text: string) => secrets.reduce((t, s) => t.split(s).join('***'), text);
  const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}\n… (cut at ${MAX_TEXT} characters: narrow the select or filter)` : text);
  const ok = (text: string, structured?: Record<string, unknown>): CallToolResult => {
    const out: CallToolResult = { content: [{ type: 'text', text: clip(scrub(text)) }] };
    if (structured) out.structuredContent = JSON.parse(scrub(JSON.stringify(structured))) as Record<string, unknown>;
    return out;
  };
  const fail = (text: string): CallToolResult => ({ content: [{ type: 'text', text: clip(scrub(text)) }], isError: true });
  /** A portal or runtime error as the agent should see it: the Bitrix code first. */
  const portalError = (err: unknown): CallToolResult => {
    const e = err as { code?: unknown; message?: unknown; status?: unknown };
    const code = typeof e?.code === 'string' ? e.code : 'ERROR';
    const message = typeof e?.message === 'string' ? e.message : String(err);
    return fail(`Bitrix24 error ${code}${typeof e?.status === 'number' ? ` (HTTP ${e.status})` : ''}: ${message}`);
  };
  /** Run a tool body; anything it throws becomes a tool error. */
  const guarded =
    <A>(body: (args: A) => Promise<CallToolResult>) =>
    async (args: A): Promise<CallToolResult> => {
      try {
        return await body(args);
      } catch (err) {
        return portalError(err);
      }
    };

  /** The method's entry, or an error naming the methods it is close to (first its other-API twin: `x` ↔ `x@v3`). */
  async function known(method: string): Promise<{ entry: IndexEntry } | { error: string }> {
    const entry = await catalogue.entry(method);
    if (entry) return { entry };
    const twin = await catalogue.entry(isV3Name(method) ? documentedName(method) : `${method.trim()}${V3_SUFFIX}`);
    if (twin) return { error: `Unknown method ${method}. Did you mean ${twin.name} (${isV3Name(twin.name) ? 'REST 3.0' : 'REST 1'})?` };
    const { didYouMean } = (await catalogue.search()).search(method, { limit: 5 });
    const near = didYouMean?.length ? ` Did you mean ${didYouMean.join(', ')}?` : ' Use search_methods to find one.';
    return { error: `Unknown method ${method}.${near}` };
  }

  /** Policy and params check of one call; a tool error when it may not be sent. */
  async function admit(method: string, params: Record<string, unknown>): Promise<{ entry: IndexEntry } | { error: string }> {
    // The portal's own `batch` method would carry commands past the policy and the params check: only the batch tool runs them.
    if (documentedName(method.trim()).toLowerCase() === 'batch') return { error: 'Refused: use the batch tool, which checks each command.' };
    const looked = await known(method);
    if ('error' in looked) return looked;
    const found = looked.entry;
    const refused = refusal(policy, found.name, found);
    if (refused) return { error: `Refused: ${refused}.` };
    const detail = await catalogue.detail(found.name);
    const problems = detail ? checkParams(detail, params) : [];
    if (problems.length > 0) return { error: `Invalid params for ${found.name} (nothing was sent):\n${problems.map((p) => `- ${p}`).join('\n')}` };
    return { entry: found };
  }

  const needClient = (): McpPortalClient => {
    if (!options.client) throw Object.assign(new Error('no portal configured: set B24_WEBHOOK_URL (or the B24_OAUTH_* variables)'), { code: 'INVALID_CONFIG' });
    return options.client;
  };

  /** The API a catalogue method goes through and the name the portal knows it by: `x@v3` is `x` on the client's `v3` side. */
  const route = (name: string): { api: McpApiClient; method: string } => {
    const client = needClient();
    if (!isV3Name(name)) return { api: client, method: name };
    if (!client.v3) throw Object.assign(new Error('the portal client has no REST 3.0 side (client.v3)'), { code: 'INVALID_CONFIG' });
    return { api: client.v3, method: documentedName(name) };
  };

  server.registerTool(
    'search_methods',
    {
      description: TOOL_DESCRIPTIONS.search_methods,
      inputSchema: {
        query: z.string().min(1).describe('What to do, or a method name'),
        scope: z.string().optional().describe('Only this scope or namespace (crm, task, im, …)'),
        limit: z.number().int().min(1).max(25).optional().describe('Default 8'),
      },
      outputSchema: {
        results: z.array(
          z.object({
            name: z.string(),
            summary: z.string(),
            access: z.enum(['read', 'write']),
            deprecated: z.object({ successor: z.string().nullable() }).optional(),
          }),
        ),
        didYouMean: z.array(z.string()).optional(),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async ({ query, scope, limit }: { query: string; scope?: string | undefined; limit?: number | undefined }) => {
      const r = (await catalogue.search()).search(query, { scope, limit: limit ?? 8 });
      const results = r.hits.map(({ score: _score, ...hit }) => hit);
      const lines = results.map(
        (h) => `${h.name} — ${h.summary} [${h.access}${h.deprecated ? `; deprecated${h.deprecated.successor ? ` → ${h.deprecated.successor}` : ''}` : ''}]`,
      );
      if (r.didYouMean?.length) lines.unshift(`Did you mean: ${r.didYouMean.join(', ')}?`);
      if (lines.length === 0) lines.push('No method matches; try other words or no scope.');
      return ok(lines.join('\n'), r.didYouMean?.length ? { results, didYouMean: r.didYouMean } : { results });
    }),
  );

  server.registerTool(
    'describe_method',
    {
      description: TOOL_DESCRIPTIONS.describe_method,
      inputSchema: { method: z.string().min(1).describe('e.g. crm.deal.add') },
      outputSchema: {
        name: z.string(),
        title: z.string(),
        summary: z.string(),
        access: z.enum(['read', 'write']),
        scope: z.array(z.string()),
        deprecated: z.object({ successor: z.string().nullable() }).optional(),
        params: z.array(z.looseObject({ name: z.string(), type: z.string() })),
        paramsDocumented: z.string(),
        result: z.looseObject({ type: z.string() }).optional(),
        errors: z.array(z.string()),
        example: z.string().optional(),
        list: z.boolean().optional(),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    guarded(async ({ method }: { method: string }) => {
      const found = await known(method);
      if ('error' in found) return fail(found.error);
      const d = describe(found.entry, await catalogue.detail(found.entry.name));
      return ok(describeText(d), { ...d });
    }),
  );

  server.registerTool(
    'call_method',
    {
      description: TOOL_DESCRIPTIONS.call_method,
      inputSchema: {
        method: z.string().min(1),
        params: z.record(z.string(), z.unknown()).optional().describe('As describe_method lists them'),
      },
      outputSchema: { result: z.unknown(), total: z.number().optional(), next: z.number().optional() },
      annotations: { destructiveHint: true, openWorldHint: true },
    },
    guarded(async ({ method, params }: { method: string; params?: Record<string, unknown> | undefined }) => {
      const admitted = await admit(method, params ?? {});
      if ('error' in admitted) return fail(admitted.error);
      const { api, method: wire } = route(admitted.entry.name);
      const r = await api.callUntyped(wire, params ?? {});
      const out: Record<string, unknown> = { result: r.result ?? null };
      if (r.total !== undefined) out.total = r.total;
      if (r.next !== undefined) out.next = r.next;
      return ok(json(out), out);
    }),
  );

  server.registerTool(
    'list_all',
    {
      description: TOOL_DESCRIPTIONS.list_all,
      inputSchema: {
        method: z.string().min(1),
        params: z.record(z.string(), z.unknown()).optional(),
        max: z.number().int().min(1).max(MAX_LIST_CAP).optional().describe(`Record cap, default ${listCap}`),
      },
      outputSchema: { items: z.array(z.unknown()), count: z.number(), truncated: z.boolean() },
      annotations: { readOnlyHint: true, openWorldHint: true },
    },
    guarded(async ({ method, params, max }: { method: string; params?: Record<string, unknown> | undefined; max?: number | undefined }) => {
      const admitted = await admit(method, params ?? {});
      if ('error' in admitted) return fail(admitted.error);
      const detail = await catalogue.detail(admitted.entry.name);
      if (!detail?.list) return fail(`${admitted.entry.name} is not a pageable list method; use call_method.`);
      const cap = Math.min(max ?? listCap, MAX_LIST_CAP);
      const items: unknown[] = [];
      let truncated = false;
      const { api, method: wire } = route(admitted.entry.name);
      for await (const item of api.list(wire, params ?? {})) {
        if (items.length >= cap) {
          truncated = true;
          break;
        }
        items.push(item);
      }
      const out = { items, count: items.length, truncated };
      return ok(json(out), out);
    }),
  );

  server.registerTool(
    'batch',
    {
      description: TOOL_DESCRIPTIONS.batch,
      inputSchema: {
        commands: z.record(z.string(), z.object({ method: z.string().min(1), params: z.record(z.string(), z.unknown()).optional() })),
      },
      outputSchema: { results: z.record(z.string(), z.unknown()) },
      annotations: { destructiveHint: true, openWorldHint: true },
    },
    guarded(async ({ commands }: { commands: Record<string, { method: string; params?: Record<string, unknown> | undefined }> }) => {
      const keys = Object.keys(commands);
      if (keys.length === 0 || keys.length > BATCH_MAX) return fail(`A batch takes 1 to ${BATCH_MAX} commands (got ${keys.length}).`);
      const tuples: Record<string, readonly [string, Record<string, unknown>?]> = {};
      const problems: string[] = [];
      for (const key of keys) {
        const c = commands[key]!;
        // `$result[…]` references are resolved by the portal: they are not checked against the docs' types.
        const checked = Object.fromEntries(Object.entries(c.params ?? {}).filter(([, v]) => !(typeof v === 'string' && v.startsWith('$result'))));
        const admitted = await admit(c.method, checked);
        if ('error' in admitted) problems.push(`${key}: ${admitted.error}`);
        else tuples[key] = [admitted.entry.name, c.params ?? {}];
      }
      if (problems.length > 0) return fail(`Nothing was sent.\n${problems.join('\n')}`);
      // One batch is one request to one API (REST 1 `cmd` map or REST 3.0 JSON array, rest-v3.md#batch): no mixing.
      const apis = new Set(Object.values(tuples).map(([name]) => isV3Name(name)));
      if (apis.size > 1)
        return fail(`Nothing was sent: a batch goes to one API; send the REST 3.0 (${V3_SUFFIX}) commands and the REST 1 ones as two batches.`);
      const first = Object.values(tuples)[0];
      const { api } = route(first ? first[0] : '');
      const wire = Object.fromEntries(Object.entries(tuples).map(([k, [name, p]]) => [k, [documentedName(name), p] as const]));
      const r = await api.batch(wire);
      const results = Object.fromEntries(
        Object.entries(r).map(([k, v]) => [k, v.ok ? { ok: true, result: v.result } : { ok: false, error: { code: v.error.code, message: v.error.message } }]),
      );
      return ok(json(results), { results });
    }),
  );

  server.registerResource(
    'namespace-methods',
    new ResourceTemplate('b24://methods/{namespace}', {
      list: async () => ({
        resources: [...(await catalogue.namespaces()).keys()]
          .sort()
          .map((ns) => ({ uri: `b24://methods/${ns}`, name: `${ns}.* methods`, mimeType: 'text/plain' })),
      }),
    }),
    { description: 'The methods of one Bitrix24 REST namespace, one line each', mimeType: 'text/plain' },
    async (uri, { namespace }) => {
      const entries = (await catalogue.namespaces()).get(String(namespace)) ?? [];
      const text = entries.map((e) => `${e.name} — ${e.summary} [${e.access}${e.deprecated ? '; deprecated' : ''}]`).join('\n');
      return { contents: [{ uri: uri.href, mimeType: 'text/plain', text: text || `No namespace ${String(namespace)}.` }] };
    },
  );

  return server;
}
