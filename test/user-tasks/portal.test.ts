/** The loopback portal answers like the docs' examples: the page's response, its error, paging, batch and Vibe. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../targets/helpers.ts';
import { parsePhpQuery, startPortal, type Portal } from './portal.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal(join(ROOT, 'specs'));
});
afterAll(async () => {
  await portal?.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(new URL(path, portal.webhookUrl), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('loopback portal', () => {
  it("answers a method with its page's response example, case-insensitively and with .json, and records the call", async () => {
    portal.received.length = 0;
    const r = await post('CRM.Contact.Get.json', { id: 23 });
    // crm-contact-get.md, response: "ID": "43", "NAME": "John".
    expect(r.status).toBe(200);
    expect(r.json.result).toMatchObject({ ID: '43', NAME: 'John' });
    expect(portal.received).toMatchObject([{ api: 'rest', method: 'CRM.Contact.Get', params: { id: 23 }, via: 'call', status: 200 }]);
  });

  it("answers a call missing a required param, or one the test fails, with the page's error example and status", async () => {
    // crm-contact-get.md: HTTP Status 400, {"error": "", "error_description": "ID is not defined or invalid."}.
    expect(await post('crm.contact.get', {})).toEqual({ status: 400, json: { error: '', error_description: 'ID is not defined or invalid.' } });
    portal.failWithDocumentedError('im.message.add');
    // im-message-add.md: {"error": "MESSAGE_EMPTY", "error_description": "Message can't be empty"}; only the next call fails.
    expect((await post('im.message.add', { DIALOG_ID: 'chat1', MESSAGE: '' })).json).toEqual({
      error: 'MESSAGE_EMPTY',
      error_description: "Message can't be empty",
    });
    expect((await post('im.message.add', { DIALOG_ID: 'chat1', MESSAGE: 'hi' })).json.result).toBe(34239);
  });

  it('answers an undocumented method with ERROR_METHOD_NOT_FOUND / 404 (rest-v3.md)', async () => {
    expect(await post('no.such.method', {})).toMatchObject({ status: 404, json: { error: 'ERROR_METHOD_NOT_FOUND' } });
  });

  it("pages a list's example records by start, orders them and applies the id cursor", async () => {
    // crm-contact-list.md, response: five contacts "ID": "75", "74", "78", "77", "73", "total": 5.
    const first = await post('crm.contact.list', { start: 0 });
    expect(first.json.total).toBe(5);
    expect(first.json.next).toBeUndefined();
    const byId = await post('crm.contact.list', { filter: { '>ID': 74 }, order: { ID: 'ASC' }, start: -1 });
    expect((byId.json.result as { ID: string }[]).map((c) => c.ID)).toEqual(['75', '77', '78']);
    expect(byId.json.total).toBeUndefined();
    const past = await post('crm.contact.list', { start: 50 });
    expect(past.json).toMatchObject({ result: [], total: 5 });
  });

  it('runs batch commands in order with $result references, in the shape batch.md documents', async () => {
    portal.received.length = 0;
    const r = await post('batch', {
      halt: 0,
      // batch.md: "get_department": "department.get?ID=$result[get_user][UF_DEPARTMENT][0]".
      cmd: { get_user: 'user.current', get_department: 'department.get?ID=$result[get_user][UF_DEPARTMENT][0]', bad: 'crm.contact.get' },
    });
    const result = r.json.result as Record<string, Record<string, unknown>>;
    expect(result.result?.get_user).toMatchObject({ ID: '3' });
    expect(result.result?.get_department).toEqual(expect.arrayContaining([expect.objectContaining({ NAME: 'R&D' })]));
    expect(result.result_error).toEqual({ bad: { error: '', error_description: 'ID is not defined or invalid.' } });
    expect(result.result_total).toEqual({ get_department: 5 });
    expect(result.result_next).toEqual([]);
    expect(portal.received.filter((x) => x.via === 'batch').map((x) => [x.method, x.params])).toEqual([
      ['user.current', {}],
      ['department.get', { ID: '1' }],
      ['crm.contact.get', {}],
    ]);
  });

  it('stops a batch at the first error with halt', async () => {
    const r = await post('batch', { halt: 1, cmd: { bad: 'crm.contact.get', me: 'user.current' } });
    expect(r.json.result).toMatchObject({ result: [], result_error: { bad: { error: '' } } });
  });

  it('decodes batch queries like PHP parse_str', () => {
    expect(parsePhpQuery('filter%5B%3E%3DDATE_CREATE%5D=2024-01-01&select[0]=ID&select[1]=NAME&flag=Y&a[]=x&a[]=y&text=a+b%26c')).toEqual({
      filter: { '>=DATE_CREATE': '2024-01-01' },
      select: ['ID', 'NAME'],
      flag: 'Y',
      a: ['x', 'y'],
      text: 'a b&c',
    });
  });

  it('serves REST 3.0 methods under /rest/api/', async () => {
    const url = portal.webhookUrl.replace('/rest/', '/rest/api/');
    const res = await fetch(`${url}call.followup.field.list`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    // call-followup-field-list (REST 3.0) response: items starting with { "name": "callId", "type": "int", … }.
    expect(((await res.json()) as { result: { items: { name: string }[] } }).result.items[0]?.name).toBe('callId');
  });

  it('serves Vibe operations by path template with the documented envelope', async () => {
    portal.received.length = 0;
    const res = await fetch(`${portal.vibeUrl}/v1/contacts/71`, { headers: { 'x-api-key': 'k' } });
    // seeds/vibe.contacts.get.txt: { "success": true, "data": { "id": 71, "name": "Ivan", … } }.
    expect(await res.json()).toMatchObject({ success: true, data: { id: 71, name: 'Ivan' } });
    expect(portal.received[0]).toMatchObject({ api: 'vibe', method: 'GET /v1/contacts/{id}', params: { path: { id: '71' } } });
  });
});
