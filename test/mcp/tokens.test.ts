/**
 * What the server costs an agent's context, counted with a real tokenizer (gpt-tokenizer, o200k_base): each tool's
 * description plus its input schema as tools/list sends it, and a typical describe_method answer. The budgets
 * asserted are the ones the issue's "a few good tools" asks for; the table is printed for the closing note.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encode } from 'gpt-tokenizer';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';
import { callTool, connect, textOf } from './helpers.ts';

const tokens = (text: string) => encode(text).length;

describe('context cost', () => {
  it('the tool list and a describe_method answer stay within an agent-sized budget', async () => {
    const client = await connect();
    const { tools } = await client.listTools();
    const rows: string[] = [];
    let total = 0;
    for (const t of tools) {
      const n = tokens(`${t.description ?? ''}\n${JSON.stringify(t.inputSchema)}`);
      const out = t.outputSchema ? tokens(JSON.stringify(t.outputSchema)) : 0;
      total += n + out;
      rows.push(`${t.name}: ${n} tokens (description + input schema)${out ? `, output schema ${out}` : ''}`);
      expect(n).toBeLessThan(400);
    }
    rows.push(`all tools (tools/list, output schemas included): ${total}`);
    expect(total).toBeLessThan(2500);
    for (const method of ['crm.deal.add', 'tasks.task.list', 'crm.contact.get', 'tasks.task.list@v3']) {
      const r = await callTool(client, 'describe_method', { method });
      const text = tokens(textOf(r));
      rows.push(`describe_method ${method}: ${text} tokens text, ${tokens(JSON.stringify(r.structuredContent))} structured`);
      expect(text).toBeLessThan(4000);
    }
    const dir = join(ROOT, 'generated/src/mcp/catalogue');
    const files = readdirSync(dir).map((f) => statSync(join(dir, f)).size);
    rows.push(`catalogue: ${files.reduce((a, b) => a + b, 0)} bytes in ${files.length} modules, index ${statSync(join(dir, 'search-index.ts')).size}`);
    console.log(rows.join('\n'));
  });
});
