/**
 * Smoke test of the real `b24-mcp` bin (generated/src/mcp/bin.ts, run through tsx as the package's sources are)
 * over stdio with the SDK's stdio client: it starts, lists its tools, answers a search, and refuses a write in
 * its read-only default without printing the webhook secret anywhere (stderr included).
 */
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';

const SECRET = 'stdioSecr3tAbc987';

describe('b24-mcp over stdio', () => {
  it('starts, lists tools, searches, refuses a write, never prints the secret', async () => {
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: ['--import', 'tsx', join(ROOT, 'generated/src/mcp/bin.ts')],
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', B24_WEBHOOK_URL: `https://portal.invalid/rest/1/${SECRET}/` },
      stderr: 'pipe',
    });
    let stderr = '';
    transport.stderr?.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const client = new Client({ name: 'smoke', version: '0.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name)).toContain('search_methods');
      const found = (await client.callTool({ name: 'search_methods', arguments: { query: 'get the current user', limit: 3 } })) as CallToolResult;
      expect(JSON.stringify(found.structuredContent)).toContain('user.current');
      const write = (await client.callTool({
        name: 'call_method',
        arguments: { method: 'crm.contact.add', params: { fields: { NAME: 'x' } } },
      })) as CallToolResult;
      expect(write.isError).toBe(true);
      expect(JSON.stringify(write)).not.toContain(SECRET);
    } finally {
      await client.close();
    }
    expect(stderr).toContain('portal https://portal.invalid');
    expect(stderr).toContain('read-only');
    expect(stderr).not.toContain(SECRET);
  }, 20_000);
});
