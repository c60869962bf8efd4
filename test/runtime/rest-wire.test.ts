/**
 * The same params reach the portal as the same values whichever way they travel: the JSON body of
 * `call`/`list`, or a batch command's query string (read here as PHP's parse_str reads it). A query
 * string carries only text, so booleans go as http_build_query writes them ("1"/"0") and Dates as ISO
 * strings, in both (runtime/query.ts wireValue; README "How params are sent").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestClient } from '../../generator/runtime/index.ts';
import { encodePhpQuery, wireValue } from '../../generator/runtime/query.ts';
import { parsePhpQuery, startPortal, type FakePortal } from './fake-portal.ts';
import { fastRetry } from './helpers.ts';
import type { TestMethods } from './methods.ts';

let portal: FakePortal;
beforeEach(async () => {
  portal = await startPortal();
});
afterEach(async () => {
  await portal.close();
});

const client = () => createRestClient<TestMethods>({ webhookUrl: portal.webhookUrl, retry: fastRetry() });

// crm-lead-add.md request example: "params":{"REGISTER_SONET_EVENT":"Y"}, "OPENED":"Y", "ASSIGNED_BY_ID":1; plus a boolean, a Date and an id read from a result.
const fields = {
  TITLE: 'IP Titov',
  NAME: 'Gleb',
  OPENED: 'Y',
  ASSIGNED_BY_ID: 1,
  COMPANY_ID: '12',
  IS_RETURN_CUSTOMER: true,
  IS_MANUAL: false,
  BIRTHDATE: new Date('2001-11-11T00:00:00Z'),
};
const params = { fields, params: { REGISTER_SONET_EVENT: 'Y' } };

describe('params on the wire', () => {
  it('wireValue: booleans as "1"/"0", Dates as ISO strings, everything else as given', () => {
    expect(wireValue({ a: true, b: false, c: [true, 2, '3'], d: new Date('2024-01-01T00:00:00Z'), e: null, f: 'Y' })).toEqual({
      a: '1',
      b: '0',
      c: ['1', 2, '3'],
      d: '2024-01-01T00:00:00.000Z',
      e: null,
      f: 'Y',
    });
  });

  it('wireValue: a cycle is an error, not a hang', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => wireValue(a)).toThrow(TypeError);
  });

  it('call and batch send the same values (booleans "1"/"0" in both; before: JSON true from call, 1 from batch)', async () => {
    await client().call('crm.contact.add', params as never);
    await client().batch({ add: ['crm.contact.add', params as never] });
    const viaCall = portal.requests[0]!.body;
    const cmd = (portal.requests[1]!.body.cmd as Record<string, string>).add!;
    const viaBatch = parsePhpQuery(cmd.slice(cmd.indexOf('?') + 1));
    expect(viaCall).toEqual({
      fields: {
        TITLE: 'IP Titov',
        NAME: 'Gleb',
        OPENED: 'Y',
        ASSIGNED_BY_ID: 1,
        COMPANY_ID: '12',
        IS_RETURN_CUSTOMER: '1',
        IS_MANUAL: '0',
        BIRTHDATE: '2001-11-11T00:00:00.000Z',
      },
      params: { REGISTER_SONET_EVENT: 'Y' },
    });
    // PHP reads every query value as text: the JSON body's values, as strings, are what batch delivers.
    expect(viaBatch).toEqual(JSON.parse(JSON.stringify(viaCall, (_k, v: unknown) => (typeof v === 'number' ? String(v) : v))));
  });

  it('batch encodes a boolean exactly as wireValue does', () => {
    expect(encodePhpQuery({ a: true, b: false })).toBe(`a=${wireValue(true) as string}&b=${wireValue(false) as string}`);
  });
});
