/**
 * The Streamable HTTP transport of `b24-mcp --http <port>` (the command's `main`, in process): an SDK client
 * connects over HTTP, lists the tools and searches; a request naming another Host is refused (DNS rebinding).
 */
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '../../generated/src/index.ts';
import { main } from '../../generated/src/mcp/cli.ts';
import { catalogue } from '../../generated/src/mcp/index.ts';

let http: Server | undefined;
afterAll(async () => {
  await new Promise((resolve) => (http ? http.close(resolve) : resolve(undefined)));
});

/** POST a JSON-RPC body with a chosen Host header; resolves with the status. */
function postWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/mcp',
        method: 'POST',
        headers: { host, 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }));
  });
}

describe('b24-mcp --http', () => {
  it('serves the tools over Streamable HTTP on 127.0.0.1 and refuses a foreign Host', async () => {
    http = await main({ catalogue, createClient }, ['--http', '0'], {});
    const port = (http!.address() as AddressInfo).port;
    const client = new Client({ name: 'http-test', version: '0.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`)));
    const { tools } = await client.listTools();
    expect(tools).toHaveLength(5);
    const r = (await client.callTool({ name: 'search_methods', arguments: { query: 'start a business process workflow', limit: 1 } })) as CallToolResult;
    expect(JSON.stringify(r.structuredContent)).toContain('bizproc.workflow.start');
    await client.close();
    expect(await postWithHost(port, 'evil.example')).toBe(403);
  });
});
