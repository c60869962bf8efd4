import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestClient } from '../../generator/runtime/index.ts';
import { startPortal, type FakePortal } from './fake-portal.ts';
import { collect, fastRetry, rejection } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal(237);
});
afterEach(async () => {
  await portal.close();
});

const client = () => createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry() });
const ids = (xs: Array<{ ID: string }>) => xs.map((x) => Number(x.ID));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('list', () => {
  it('list offset: follows start=next across all pages (237 items, 5 requests)', async () => {
    const items = await collect(client().list('crm.contact.list', { select: ['ID', 'NAME'] }));
    expect(ids(items)).toEqual(range(1, 237));
    expect(portal.requests.map((r) => r.body.start)).toEqual([0, 50, 100, 150, 200]);
    expect(portal.requests[0]!.body).toMatchObject({ select: ['ID', 'NAME'] });
  });

  it('list offset: passes the filter through on every page', async () => {
    const items = await collect(client().list('crm.contact.list', { filter: { '>=DATE_CREATE': '2024-05-01' }, select: ['ID', 'DATE_CREATE'] }));
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((c) => c.DATE_CREATE! >= '2024-05-01')).toBe(true);
    expect(portal.requests.every((r) => (r.body.filter as Record<string, unknown>)['>=DATE_CREATE'] === '2024-05-01')).toBe(true);
  });

  it('list offset: breaking out early stops fetching', async () => {
    let n = 0;
    for await (const _ of client().list('crm.contact.list', {})) if (++n === 60) break;
    expect(portal.calls['crm.contact.list']).toBe(2);
  });

  it('list offset: yields items of {items:[...]} results (crm.item.list)', async () => {
    const items = await collect(client().list('crm.item.list', { entityTypeId: 2 }));
    expect(items.map((x) => x.id)).toEqual(range(1, 237));
  });

  it('list offset: a "next" that does not advance is an INVALID_RESPONSE, not an endless loop', async () => {
    portal.overrides['crm.contact.list'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: [{ ID: '1' }], next: 0, total: 9 }));
      return true;
    };
    expect(await rejection(collect(client().list('crm.contact.list', {})))).toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('list offset (documented limitation): a delete during iteration shifts offsets and skips an item', async () => {
    // Delete an already-seen record after page 1: every later record moves one position left.
    portal.afterListPage = (page) => {
      if (page === 0) portal.records.splice(0, 1);
    };
    const items = await collect(client().list('crm.contact.list', {}));
    const seen = new Set(ids(items));
    expect(seen.has(51)).toBe(false); // record 51 slid onto page 1's offsets and was never returned
  });

  it('list id mode: sorts by ID, pages with >ID filter and start=-1 (no COUNT)', async () => {
    const items = await collect(client().list('crm.contact.list', { select: ['NAME'] }, { mode: 'id' }));
    expect(ids(items)).toEqual(range(1, 237));
    const bodies = portal.requests.map((r) => r.body);
    expect(bodies).toHaveLength(5);
    expect(bodies.map((b) => (b.filter as Record<string, unknown>)['>ID'])).toEqual([0, 50, 100, 150, 200]);
    for (const b of bodies) {
      expect(b.start).toBe(-1);
      expect(b.order).toEqual({ ID: 'ASC' });
      expect(b.select).toEqual(['ID', 'NAME']); // the cursor needs the ID
    }
  });

  it('list id mode: never loses or repeats items under concurrent inserts and deletes', async () => {
    const original = new Set(portal.records.map((r) => Number(r.ID)));
    const deleted = new Set<number>();
    portal.afterListPage = (page) => {
      // Between pages: delete seen and unseen records, insert new ones (new IDs are higher).
      const drop = [page * 50 + 3, page * 50 + 75].filter((id) => portal.records.some((r) => Number(r.ID) === id));
      for (const id of drop) {
        portal.records = portal.records.filter((r) => Number(r.ID) !== id);
        deleted.add(id);
      }
      for (let k = 0; k < 3; k++) portal.records.push({ ID: String(portal.nextId++), NAME: 'new', DATE_CREATE: '2024-01-01' });
    };
    const items = ids(await collect(client().list('crm.contact.list', {}, { mode: 'id' })));
    expect(new Set(items).size).toBe(items.length); // no repeats
    for (const id of original) if (!deleted.has(id)) expect(items).toContain(id); // no losses among survivors
    expect(items).toEqual([...items].sort((a, b) => a - b));
  });

  it("list id mode: pages by the id field the client's listIdFields names for the method (crm.item.list: id)", async () => {
    // crm-item-list.md pages and sorts by `id` ("select":["id",…], filter keys such as ">=createdTime"): `>ID` would be rejected.
    const withIds = createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry(), listIdFields: { 'crm.item.list': 'id' } });
    const items = await collect(withIds.list('crm.item.list', { entityTypeId: 2 }, { mode: 'id' } as never));
    expect(items.map((x) => x.id)).toEqual(range(1, 237));
    const bodies = portal.requests.map((r) => r.body);
    expect(bodies.map((b) => (b.filter as Record<string, unknown>)['>id'])).toEqual([0, 50, 100, 150, 200]);
    for (const b of bodies) expect(b.order).toEqual({ id: 'ASC' });
  });

  it('list id mode: a caller lower bound (>ID / >=ID) becomes the start cursor', async () => {
    const a = await collect(client().list('crm.contact.list', { filter: { '>ID': 200 } }, { mode: 'id' }));
    expect(ids(a)).toEqual(range(201, 237));
    const b = await collect(client().list('crm.contact.list', { filter: { '>=ID': 230 } }, { mode: 'id' }));
    expect(ids(b)).toEqual(range(230, 237));
  });

  it('list id mode: rejects an order other than ID ASC', async () => {
    const err = await rejection(collect(client().list('crm.contact.list', { order: { NAME: 'ASC' } } as never, { mode: 'id' })));
    expect(err).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(portal.requests).toHaveLength(0);
  });

  it('list id mode: non-increasing IDs from the server are an INVALID_RESPONSE (no loop)', async () => {
    portal.overrides['crm.contact.list'] = (_r, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ result: Array.from({ length: 50 }, () => ({ ID: '1' })) }));
      return true;
    };
    expect(await rejection(collect(client().list('crm.contact.list', {}, { mode: 'id' })))).toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});
