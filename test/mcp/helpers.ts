// Helpers of the MCP server tests: a server from the generated package (generated/src/mcp) connected to an SDK
// client over the SDK's in-memory transport, and the text of a tool result.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { createClient } from '../../generated/src/index.ts';
import { createB24McpServer } from '../../generated/src/mcp/index.ts';
import type { RetryOptions } from '../../generator/runtime/index.ts';

/** A connected MCP client over a fresh server. */
export async function connect(options: Parameters<typeof createB24McpServer>[0] = {}): Promise<Client> {
  const server = createB24McpServer(options);
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '0.0.0' });
  await client.connect(clientSide);
  return client;
}

/** The generated package's client against a (fake) portal, as a user passes it to the server. */
export function portalClient(webhookUrl: string, retry: RetryOptions): ReturnType<typeof createClient> {
  return createClient({ webhookUrl, retry });
}

/** Call a tool; the result as the SDK client returns it. */
export async function callTool(client: Client, name: string, args: Record<string, unknown>): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** The text of a tool result's first content block. */
export function textOf(r: CallToolResult): string {
  const first = r.content[0];
  return first && first.type === 'text' ? first.text : '';
}
