/// <reference types="node" />
// The `b24-mcp` command: flags and environment → a policy and a portal client → the server over stdio (default)
// or Streamable HTTP (`--http <port>`, bound to 127.0.0.1 unless --host says otherwise). It logs to stderr
// only (stdout is the stdio protocol) and never prints a secret: the portal is named by its origin.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { CatalogueSource } from './catalogue.js';
import type { Policy } from './policy.js';
import { createMcpServer, type McpPortalClient } from './server.js';

/** Parsed command line. */
export interface CliOptions {
  policy: Policy;
  http?: number | undefined;
  host: string;
  help: boolean;
}

export const USAGE = `b24-mcp: the Bitrix24 REST API as an MCP server (stdio by default)

  --allow-writes          allow methods that change data (default: read-only)
  --allow <patterns>      only these methods (and these writes): names, globs (crm.deal.*), scopes (crm)
  --deny <patterns>       never these methods (wins over --allow)
  --http <port>           serve Streamable HTTP on 127.0.0.1:<port>/mcp instead of stdio
  --host <host>           the HTTP bind address (default 127.0.0.1)

Environment: B24_WEBHOOK_URL=https://<portal>/rest/<user>/<secret>/
  or B24_PORTAL_URL with B24_OAUTH_ACCESS_TOKEN, B24_OAUTH_REFRESH_TOKEN, B24_OAUTH_CLIENT_ID, B24_OAUTH_CLIENT_SECRET
`;

/** Parse the flags; throws on an unknown flag or a missing value. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const out: CliOptions = { policy: { allowWrites: false }, host: '127.0.0.1', help: false };
  const list = (v: string) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === '--allow-writes') out.policy.allowWrites = true;
    else if (flag === '--allow') out.policy.allow = [...(out.policy.allow ?? []), ...list(value())];
    else if (flag === '--deny') out.policy.deny = [...(out.policy.deny ?? []), ...list(value())];
    else if (flag === '--http') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--http needs a port number');
      out.http = port;
    } else if (flag === '--host') out.host = value();
    else if (flag === '--help' || flag === '-h') out.help = true;
    else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  return out;
}

/** Client options from the environment, the secrets to keep out of every answer, and the portal's origin to log. */
export function clientFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): { options: Record<string, unknown>; secrets: string[]; origin: string } | undefined {
  const webhook = env.B24_WEBHOOK_URL?.trim();
  if (webhook) {
    let origin = '(invalid URL)';
    try {
      origin = new URL(webhook).origin;
    } catch {
      // The runtime reports the bad URL (redacted) on the first call.
    }
    // The webhook's path segments after /rest/ are the user id and the secret: keep both out of answers.
    const secrets = [webhook, ...webhook.replace(/\/+$/, '').split('/').slice(-1)];
    return { options: { webhookUrl: webhook }, secrets, origin };
  }
  const portal = env.B24_PORTAL_URL?.trim();
  const accessToken = env.B24_OAUTH_ACCESS_TOKEN?.trim();
  if (portal && accessToken) {
    const auth = {
      accessToken,
      refreshToken: env.B24_OAUTH_REFRESH_TOKEN?.trim(),
      clientId: env.B24_OAUTH_CLIENT_ID?.trim(),
      clientSecret: env.B24_OAUTH_CLIENT_SECRET?.trim(),
    };
    const secrets = [auth.accessToken, auth.refreshToken, auth.clientSecret].filter((s): s is string => !!s);
    return { options: { portal, auth }, secrets, origin: portal };
  }
  return undefined;
}

/** What the generated bin passes in: the catalogue and the package's `createClient`. */
export interface CliDeps {
  catalogue: CatalogueSource;
  createClient(options: never): unknown;
  version?: string;
}

function log(message: string): void {
  process.stderr.write(`b24-mcp: ${message}\n`);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** Run the command: parse, connect, serve until the transport closes. Returns the HTTP server under --http (to embed or close it). */
export async function main(
  deps: CliDeps,
  argv = process.argv.slice(2),
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<Server | undefined> {
  const cli = parseArgs(argv);
  if (cli.help) {
    process.stdout.write(USAGE);
    return undefined;
  }
  const conf = clientFromEnv(env);
  const client = conf ? (deps.createClient(conf.options as never) as McpPortalClient) : undefined;
  log(conf ? `portal ${conf.origin}` : 'no portal configured (B24_WEBHOOK_URL): search and describe only');
  log(cli.policy.allowWrites ? 'writes allowed' : cli.policy.allow ? `allow-list: ${cli.policy.allow.join(', ')}` : 'read-only');
  const make = () => createMcpServer({ catalogue: deps.catalogue, client, policy: cli.policy, secrets: conf?.secrets, version: deps.version });

  if (cli.http === undefined) {
    await make().connect(new StdioServerTransport());
    return undefined;
  }
  let port = cli.http;
  // On a loopback address, requests must name it in Host: a web page cannot reach the server by DNS rebinding.
  const hosts = () =>
    LOOPBACK.has(cli.host) ? { enableDnsRebindingProtection: true, allowedHosts: [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`] } : {};
  // Stateless Streamable HTTP: a server and transport per request, so no session state leaks between clients.
  const http = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (!req.url?.startsWith('/mcp')) {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        try {
          const text = Buffer.concat(chunks).toString('utf8');
          const body: unknown = text ? JSON.parse(text) : undefined;
          const server = make();
          const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, ...hosts() });
          res.on('close', () => {
            void transport.close();
            void server.close();
          });
          await server.connect(transport);
          await transport.handleRequest(req, res, body);
        } catch {
          if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null }));
        }
      })();
    });
  });
  await new Promise<void>((resolve) => http.listen(cli.http, cli.host, resolve));
  const addr = http.address();
  if (typeof addr === 'object' && addr) port = addr.port;
  log(`Streamable HTTP on http://${cli.host.includes(':') ? `[${cli.host}]` : cli.host}:${port}/mcp`);
  return http;
}
