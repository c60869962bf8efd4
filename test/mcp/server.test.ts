/**
 * The MCP server (`@b24gen/bitrix24/mcp`) through the SDK's in-memory client–server transport, against the loopback
 * fake portal of the runtime tests: the tool list, search, describe, a valid call, an invalid call stopped before
 * any request, the read-only default, a throttled call retried by the runtime, and no secret in any answer.
 */
import type http from 'node:http';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startPortal, WEBHOOK_SECRET, type FakePortal } from '../runtime/fake-portal.ts';
import { fastRetry } from '../runtime/helpers.ts';
import { callTool, connect, portalClient, textOf } from './helpers.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal(120);
});
afterEach(async () => {
  await portal.close();
});

/** A server wired to the fake portal, as `b24-mcp` wires it from B24_WEBHOOK_URL (secrets included). */
const serve = (extra: Parameters<typeof connect>[0] = {}, retry = fastRetry()): Promise<Client> =>
  connect({ client: portalClient(portal.webhookUrl, retry), secrets: [portal.webhookUrl, WEBHOOK_SECRET], ...extra });

const json = (res: http.ServerResponse, status: number, body: unknown): true => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
  return true;
};

describe('b24-mcp tools', () => {
  it('lists five tools, each with a description and an input schema; the catalogue tools declare their output', async () => {
    const { tools } = await (await connect()).listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['batch', 'call_method', 'describe_method', 'list_all', 'search_methods']);
    for (const t of tools) {
      expect(t.description?.length).toBeGreaterThan(40);
      expect(t.inputSchema.type).toBe('object');
    }
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('search_methods')?.outputSchema).toBeDefined();
    expect(byName.get('describe_method')?.outputSchema).toBeDefined();
    expect(byName.get('search_methods')?.annotations?.readOnlyHint).toBe(true);
  });

  it('search: "create a deal" puts crm.deal.add and crm.item.add on top', async () => {
    const r = await callTool(await connect(), 'search_methods', { query: 'create a deal' });
    const names = (r.structuredContent as { results: Array<{ name: string }> }).results.map((x) => x.name);
    expect(names.slice(0, 3)).toEqual(expect.arrayContaining(['crm.deal.add', 'crm.item.add']));
    // crm.deal.add is deprecated (api-reference/crm/deals/crm-deal-add.md:15 "Please use crm.item.add"): the answer says so.
    expect(textOf(r)).toMatch(/crm\.deal\.add — .*deprecated → crm\.item\.add/);
  });

  it('search: a misspelt method name gets a did-you-mean', async () => {
    const r = await callTool(await connect(), 'search_methods', { query: 'crm.deal.lst' });
    expect((r.structuredContent as { didYouMean?: string[] }).didYouMean).toContain('crm.deal.list');
    expect(textOf(r)).toMatch(/^Did you mean: crm\.deal\.list/);
  });

  it('search: a scope keeps the results inside it', async () => {
    const r = await callTool(await connect(), 'search_methods', { query: 'add', scope: 'task', limit: 5 });
    const results = (r.structuredContent as { results: Array<{ name: string }> }).results;
    expect(results.length).toBe(5);
    for (const x of results) expect(x.name).toMatch(/^tasks?\./);
  });

  it('describe: params with types and required flags, fields, result, errors, deprecation and successor', async () => {
    const client = await connect();
    const deal = await callTool(client, 'describe_method', { method: 'crm.deal.add' });
    const text = textOf(deal);
    // api-reference/crm/deals/crm-deal-add.md:53 TITLE in `fields`, :222 the Y/N REGISTER_SONET_EVENT in `params`.
    expect(text).toContain('crm.deal.add — Create a New Deal [write; scope crm]');
    expect(text).toContain('DEPRECATED: use crm.item.add');
    expect(text).toMatch(/^ {2}- TITLE: string/m);
    expect(text).toMatch(/^ {2}- REGISTER_SONET_EVENT: "Y" \| "N"/m);
    expect(text).toContain('Result: integer');
    const get = await callTool(client, 'describe_method', { method: 'crm.contact.get' });
    // api-reference/crm/contacts/crm-contact-get.md:30: `id*`, required.
    expect(textOf(get)).toMatch(/^- id \(required\): integer/m);
    expect((get.structuredContent as { access: string }).access).toBe('read');
    const unknown = await callTool(client, 'describe_method', { method: 'crm.contact.gett' });
    expect(unknown.isError).toBe(true);
    expect(textOf(unknown)).toContain('Did you mean crm.contact.get');
  });

  it('call: a valid call reaches the portal through the generated runtime', async () => {
    const r = await callTool(await serve(), 'call_method', { method: 'crm.contact.get', params: { id: 7 } });
    expect(r.isError).toBeFalsy();
    expect((r.structuredContent as { result: { ID: string } }).result.ID).toBe('7');
    expect(portal.calls['crm.contact.get']).toBe(1);
  });

  it('call: invalid params are refused before any request, naming the field, what was expected and close names', async () => {
    const client = await serve();
    const typo = await callTool(client, 'call_method', { method: 'crm.contact.get', params: { idd: 7 } });
    expect(typo.isError).toBe(true);
    expect(textOf(typo)).toContain('idd: not a documented parameter; did you mean id?');
    expect(textOf(typo)).toContain('id: required (integer), missing');
    const wrongType = await callTool(client, 'call_method', { method: 'crm.contact.get', params: { id: 'seven' } });
    expect(textOf(wrongType)).toContain('id: expected integer, got "seven"');
    const field = await callTool(client, 'describe_method', { method: 'crm.deal.list' });
    expect(field.isError).toBeFalsy();
    const misspeltMethod = await callTool(client, 'call_method', { method: 'crm.contact.gte', params: { id: 1 } });
    expect(textOf(misspeltMethod)).toContain('Did you mean crm.contact.get');
    expect(portal.requests).toHaveLength(0);
  });

  it('call: a misspelt field inside an object param is refused with the documented name', async () => {
    const client = await serve({ policy: { allowWrites: true } });
    // api-reference/crm/contacts/crm-contact-add.md:62: NAME is a field of `fields`.
    const r = await callTool(client, 'call_method', { method: 'crm.contact.add', params: { fields: { NAEM: 'Ann' } } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('fields.NAEM: not a documented field; did you mean fields.NAME');
    expect(portal.requests).toHaveLength(0);
  });

  it('safety: a write is refused in the read-only default, allowed by --allow-writes or an allow-list, never when denied', async () => {
    const add = { method: 'crm.contact.add', params: { fields: { NAME: 'Ann' } } };
    const readOnly = await callTool(await serve(), 'call_method', add);
    expect(readOnly.isError).toBe(true);
    expect(textOf(readOnly)).toContain('read-only');
    expect(portal.requests).toHaveLength(0);
    expect((await callTool(await serve({ policy: { allowWrites: true } }), 'call_method', add)).isError).toBeFalsy();
    expect((await callTool(await serve({ policy: { allowWrites: false, allow: ['crm.contact.*'] } }), 'call_method', add)).isError).toBeFalsy();
    const outside = await callTool(await serve({ policy: { allowWrites: false, allow: ['crm.contact.*'] } }), 'call_method', {
      method: 'server.time',
    });
    expect(textOf(outside)).toContain('not in the server');
    const denied = await callTool(await serve({ policy: { allowWrites: true, deny: ['crm'] } }), 'call_method', add);
    expect(textOf(denied)).toContain('denied');
    // The portal's `batch` method cannot carry a denied command past the list.
    const smuggled = await callTool(await serve({ policy: { allowWrites: true, deny: ['crm'] } }), 'call_method', {
      method: 'batch',
      params: { cmd: { a: 'crm.contact.add?fields[NAME]=x' } },
    });
    expect(textOf(smuggled)).toContain('use the batch tool');
    expect(portal.calls['crm.contact.add']).toBe(2);
  });

  it('rate limits: QUERY_LIMIT_EXCEEDED is retried by the runtime and the call succeeds', async () => {
    portal.overrides['crm.contact.get'] = (_req, res, n) => n <= 2 && json(res, 503, { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' });
    const retry = fastRetry();
    const r = await callTool(await serve({}, retry), 'call_method', { method: 'crm.contact.get', params: { id: 3 } });
    expect(r.isError).toBeFalsy();
    expect(portal.calls['crm.contact.get']).toBe(3);
    expect(retry.delays).toHaveLength(2);
  });

  it('errors: a portal error is a tool error with the Bitrix code, and the server keeps serving', async () => {
    const client = await serve();
    const r = await callTool(client, 'call_method', { method: 'crm.contact.get', params: { id: 9999 } });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toMatch(/^Bitrix24 error NOT_FOUND/);
    expect((await callTool(client, 'call_method', { method: 'crm.contact.get', params: { id: 1 } })).isError).toBeFalsy();
  });

  it('list_all pages through the runtime up to the cap; batch runs checked commands', async () => {
    const client = await serve();
    const all = await callTool(client, 'list_all', { method: 'crm.contact.list', params: { select: ['ID'] }, max: 70 });
    expect(all.structuredContent).toMatchObject({ count: 70, truncated: true });
    const notList = await callTool(client, 'list_all', { method: 'crm.contact.get', params: { id: 1 } });
    expect(textOf(notList)).toContain('not a pageable list method');
    const b = await callTool(client, 'batch', {
      commands: { a: { method: 'crm.contact.get', params: { id: 1 } }, b: { method: 'crm.contact.get', params: { id: 2 } } },
    });
    expect(b.isError).toBeFalsy();
    expect(b.structuredContent).toMatchObject({ results: { a: { ok: true, result: { ID: '1' } }, b: { ok: true, result: { ID: '2' } } } });
    const refused = await callTool(client, 'batch', {
      commands: { a: { method: 'crm.contact.get', params: { id: 1 } }, w: { method: 'crm.contact.add', params: { fields: { NAME: 'x' } } } },
    });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toContain('w: Refused');
    expect(portal.calls.batch).toBe(1);
  });

  it('secrets: the webhook secret never appears in any tool result, even when the portal echoes it', async () => {
    portal.overrides['server.time'] = (_req, res) =>
      json(res, 400, { error: 'ERROR_CORE', error_description: `bad hook ${portal.webhookUrl} (${WEBHOOK_SECRET})` });
    portal.overrides['crm.contact.get'] = (_req, res) => json(res, 200, { result: { ID: '1', NAME: `echo ${WEBHOOK_SECRET}`, URL: portal.webhookUrl } });
    const client = await serve();
    const results: CallToolResult[] = [
      await callTool(client, 'call_method', { method: 'server.time' }),
      await callTool(client, 'call_method', { method: 'crm.contact.get', params: { id: 1 } }),
      await callTool(client, 'list_all', { method: 'crm.contact.list', max: 3 }),
      await callTool(client, 'batch', { commands: { a: { method: 'server.time' } } }),
      await callTool(client, 'describe_method', { method: 'crm.contact.get' }),
    ];
    expect(results[0]?.isError).toBe(true);
    for (const r of results) expect(JSON.stringify(r)).not.toContain(WEBHOOK_SECRET);
  });

  it('without a portal the catalogue tools work and the call tools answer with a configuration error', async () => {
    const client = await connect();
    const r = await callTool(client, 'call_method', { method: 'server.time' });
    expect(r.isError).toBe(true);
    expect(textOf(r)).toContain('INVALID_CONFIG');
  });

  it('resources: one method list per namespace', async () => {
    const client = await connect();
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toContain('b24://methods/crm');
    const tasks = (await client.readResource({ uri: 'b24://methods/tasks' })).contents[0];
    expect(tasks && 'text' in tasks ? tasks.text : '').toMatch(/^tasks\.task\.add — /m);
  });

  describe("REST 3.0 methods (`<method>@v3`) through the runtime's client.v3", () => {
    it('search finds a v3 method by its name, and a name finds both versions of the operation', async () => {
      const client = await connect();
      const names = async (query: string) =>
        ((await callTool(client, 'search_methods', { query, limit: 5 })).structuredContent as { results: Array<{ name: string }> }).results.map((x) => x.name);
      expect((await names('tasks.task.get@v3'))[0]).toBe('tasks.task.get@v3');
      expect((await names('tasks.task.get')).slice(0, 2)).toEqual(['tasks.task.get', 'tasks.task.get@v3']);
      // note.collection.get is REST 3.0 only (api-reference/note/collection/note-collection-get.md): its bare name finds it.
      expect((await names('note.collection.get'))[0]).toBe('note.collection.get@v3');
      const bare = await callTool(client, 'describe_method', { method: 'note.collection.get' });
      expect(textOf(bare)).toContain('Did you mean note.collection.get@v3 (REST 3.0)?');
    });

    it('search: a word and its learned synonym count once, so the REST 3.0 "Find …" titles do not push a REST 1 answer out', async () => {
      // REST 3.0 adds "Find Departments" (humanresources.node.search@v3) and the like: "find" → `search` is learned,
      // and im.search.*.list ("Find Chats") would match "find" twice. api-reference/crm/duplicates/crm-duplicate-find-by-comm.md.
      const r = await callTool(await connect(), 'search_methods', { query: 'find contacts by phone number', limit: 3 });
      expect((r.structuredContent as { results: Array<{ name: string }> }).results.map((x) => x.name)).toContain('crm.duplicate.findbycomm');
    });

    it('describe and a valid call go to /rest/api/ with the documented name', async () => {
      const client = await serve();
      // api-reference/tasks/tasks-task-get-rest-v3.md:33 `id*` (required), :37 `select`.
      const d = await callTool(client, 'describe_method', { method: 'tasks.task.get@v3' });
      expect(textOf(d)).toMatch(/^tasks\.task\.get@v3 — .* \[read; scope tasks; REST 3\.0\]/);
      expect(textOf(d)).toMatch(/^- id \(required\): integer/m);
      const r = await callTool(client, 'call_method', { method: 'tasks.task.get@v3', params: { id: 3835, select: ['id', 'title'] } });
      expect(r.isError).toBeFalsy();
      expect(r.structuredContent).toEqual({ result: { item: { id: 3835, title: 'Task 1' } } });
      expect(portal.v3.requests.map((q) => q.method)).toEqual(['tasks.task.get']);
      expect(portal.v3.requests[0]?.path).toMatch(/^\/rest\/api\//);
      expect(portal.requests).toHaveLength(0);
      const missing = await callTool(client, 'call_method', { method: 'tasks.task.get@v3', params: {} });
      expect(textOf(missing)).toContain('id: required (integer), missing');
      expect(portal.v3.requests).toHaveLength(1);
    });

    it('a REST 3.0 write is refused in the read-only default; allowed, it carries an Idempotency-Key', async () => {
      // api-reference/tasks/tasks-task-add-rest-v3.md:40,42,45: fields.title, creatorId and responsibleId are required.
      const add = { method: 'tasks.task.add@v3', params: { fields: { title: 'Call back', creatorId: 1, responsibleId: 29 } } };
      const readOnly = await callTool(await serve(), 'call_method', add);
      expect(readOnly.isError).toBe(true);
      expect(textOf(readOnly)).toContain('tasks.task.add@v3 changes portal data and the server is read-only');
      expect(portal.v3.requests).toHaveLength(0);
      const denied = await callTool(await serve({ policy: { allowWrites: true, deny: ['*@v3'] } }), 'call_method', add);
      expect(textOf(denied)).toContain('denied');
      const allowed = await callTool(await serve({ policy: { allowWrites: false, allow: ['tasks.task.add'] } }), 'call_method', add);
      expect(allowed.isError).toBeFalsy();
      expect(portal.v3.requests[0]?.headers['idempotency-key']).toBeTruthy();
    });

    it('list_all pages with REST 3.0 pagination; batch goes to the v3 batch and never mixes the two APIs', async () => {
      const client = await serve();
      const all = await callTool(client, 'list_all', { method: 'tasks.task.list@v3', params: { select: ['id'] }, max: 70 });
      expect(all.structuredContent).toMatchObject({ count: 70, truncated: true });
      expect(portal.v3.requests.map((q) => (q.body as { pagination?: unknown }).pagination)).toEqual([{ limit: 50 }, { limit: 50, offset: 50 }]);
      const b = await callTool(client, 'batch', {
        commands: { a: { method: 'tasks.task.get@v3', params: { id: 3835 } }, b: { method: 'tasks.task.get@v3', params: { id: 3836 } } },
      });
      expect(b.structuredContent).toMatchObject({
        results: { a: { ok: true, result: { item: { id: 3835 } } }, b: { ok: true, result: { item: { id: 3836 } } } },
      });
      expect(portal.v3.requests.at(-1)?.method).toBe('batch');
      const mixed = await callTool(client, 'batch', {
        commands: { a: { method: 'tasks.task.get@v3', params: { id: 3835 } }, b: { method: 'crm.contact.get', params: { id: 1 } } },
      });
      expect(textOf(mixed)).toContain('a batch goes to one API');
      expect(portal.v3.requests).toHaveLength(3);
      expect(portal.requests).toHaveLength(0);
    });
  });
});
