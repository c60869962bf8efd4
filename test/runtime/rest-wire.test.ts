/**
 * The same params reach the portal as the same values whichever way they travel: the JSON body of
 * `call`/`list`, or a batch command's query string (read here as PHP's parse_str reads it). A query
 * string carries only text, so booleans go as http_build_query writes them ("1"/"0") and Dates as ISO
 * strings, in both (runtime/query.ts wireValue; README "How params are sent").
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRestClient } from '../../generator/runtime/index.ts';
import { encodePhpQuery, flagsAsYN, wireValue } from '../../generator/runtime/query.ts';
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

  it('flagsAsYN: a boolean at a documented Y/N flag path becomes its letter; keys match in any case; other values stay', () => {
    const given = { fields: { OPENED: true, IS_RETURN_CUSTOMER: true, PHONE: [{ VALUE: '1', ACTIVE: false }] }, PARAMS: { register_sonet_event: false } };
    const paths = ['fields.OPENED', 'fields.PHONE.[].ACTIVE', 'params.REGISTER_SONET_EVENT', 'fields.MISSING'];
    expect(flagsAsYN(given, paths)).toEqual({
      fields: { OPENED: 'Y', IS_RETURN_CUSTOMER: true, PHONE: [{ VALUE: '1', ACTIVE: 'N' }] },
      PARAMS: { register_sonet_event: 'N' },
    });
    expect(given.fields.OPENED).toBe(true);
    expect(flagsAsYN(given, undefined)).toBe(given);
    expect(flagsAsYN({ m: { a: true, b: 'Y' } }, ['m.*'])).toEqual({ m: { a: 'Y', b: 'Y' } });
  });

  it('call and batch (and so list, which calls) send a boolean given for a Y/N flag as the letter (crm-deal-update.md: REGISTER_SONET_EVENT "Possible values: Y — yes, N — no")', async () => {
    const flagged = createRestClient<TestMethods>({
      webhookUrl: portal.webhookUrl,
      retry: fastRetry(),
      ynParams: { 'crm.contact.add': ['params.REGISTER_SONET_EVENT', 'fields.OPENED'] },
    });
    const p = { fields: { NAME: 't', OPENED: false }, params: { REGISTER_SONET_EVENT: true } };
    await flagged.call('crm.contact.add', p as never);
    await flagged.batch({ add: ['crm.contact.add', p as never] });
    expect(portal.requests[0]!.body).toEqual({ fields: { NAME: 't', OPENED: 'N' }, params: { REGISTER_SONET_EVENT: 'Y' } });
    const cmd = (portal.requests[1]!.body.cmd as Record<string, string>).add!;
    expect(parsePhpQuery(cmd.slice(cmd.indexOf('?') + 1))).toEqual(portal.requests[0]!.body);
  });
});
